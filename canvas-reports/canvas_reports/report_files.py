"""What each built-in report's files look like: tables, file names and typed columns, from the spec.

The facts are written once, in the spec's `components.x-report-catalogue` (`output.files`, each with a row
schema whose property order is the column order). `canvas_contract.catalogue.catalogue_from_spec` extracts
what this package needs (these files, and the parameters the hints check) and `make generate` writes it
next to this module as `catalogue.json` (tests/files/test_reader.py checks it against the spec), so an
installed wheel knows the catalogue without the repository or its spec.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

DATA_FILE = "catalogue.json"

# How a reader converts a cell: the spec's JSON Schema type (and format) of the column, reduced to one word.
KINDS = ("integer", "number", "boolean", "datetime", "date", "string")


@dataclass(frozen=True)
class Column:
    """One header cell as Canvas writes it, its cell type and, when Canvas writes it only sometimes, why."""

    name: str
    kind: str
    condition: str | None = None

    @property
    def conditional(self) -> bool:
        return self.condition is not None


@dataclass(frozen=True)
class ColumnPattern:
    """Columns named after data (mgp's `<grading period> current score`): a regex over the header cell."""

    regex: str
    kind: str

    def matches(self, header_cell: str) -> bool:
        return re.fullmatch(self.regex, header_cell) is not None


@dataclass(frozen=True)
class FileSpec:
    """One CSV a report writes: its table name, its name (or name pattern) and its columns in order."""

    table: str
    name: str
    row: str
    columns: tuple[Column, ...]
    patterns: tuple[ColumnPattern, ...] = ()
    selected_by: str | None = None
    repeated_after: str | None = None  # the patterned columns repeat after this column
    duplicates: tuple[str, ...] = ()  # columns Canvas writes twice (a known quirk, not a difference)
    trailing_cells: bool = False  # rows may continue past the header with unlabelled cells
    placeholder: str | None = None  # a file whose only cell is this text stands for "no rows"
    empty_row: str | None = None  # a row whose only cell is this text stands for "no rows"

    @functools.cached_property
    def by_name(self) -> dict[str, Column]:
        return {c.name: c for c in self.columns}

    @property
    def required(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.conditional)

    def column_kind(self, header_cell: str) -> str | None:
        """The cell type of a header cell, or None when the spec does not know the column."""
        column = self.by_name.get(header_cell)
        if column is not None:
            return column.kind
        for pattern in self.patterns:
            if pattern.matches(header_cell):
                return pattern.kind
        return None


@dataclass(frozen=True)
class ReportFiles:
    """What one report type produces: `kind` is csv, zip, by_selection or per_term_zip (see the spec)."""

    report: str
    kind: str
    files: tuple[FileSpec, ...]


# -- the shipped catalogue ---------------------------------------------------------------------------------
def parse(document: Mapping[str, Any]) -> dict[str, ReportFiles]:
    """ReportFiles per report type (those with an output) from a document `catalogue_from_spec` made."""
    parsed = {}
    for report, entry in document["reports"].items():
        if "files" not in entry:
            continue
        files = tuple(
            FileSpec(
                table=f["table"],
                name=f["name"],
                row=f["row"],
                columns=tuple(Column(*c) for c in f["columns"]),
                patterns=tuple(ColumnPattern(*p) for p in f.get("patterns") or ()),
                selected_by=f.get("selected_by"),
                repeated_after=f.get("repeated_after"),
                duplicates=tuple(f.get("duplicates") or ()),
                trailing_cells=bool(f.get("trailing_cells")),
                placeholder=f.get("placeholder"),
                empty_row=f.get("empty_row"),
            )
            for f in entry["files"]
        )
        parsed[report] = ReportFiles(report, entry["kind"], files)
    return parsed


@functools.cache
def shipped_document() -> dict[str, Any]:
    """The generated catalogue.json of the spec this package was built with (read once, on first use)."""
    text = resources.files("canvas_reports").joinpath(DATA_FILE).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@functools.cache
def shipped_catalogue() -> dict[str, ReportFiles]:
    """The report files of the catalogue generated from the spec this package was built with."""
    return parse(shipped_document())
