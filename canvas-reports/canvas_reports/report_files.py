"""What each built-in report's files look like: tables, file names and typed columns, from the spec.

The facts are written once, in the spec's `components.x-report-catalogue` (`output.files`, each with a row
schema whose property order is the column order). `catalogue_from_spec` extracts the part a reader needs;
`make generate` writes it next to this module as `report_files.json` (checked against the spec by
tests/files/test_report_files_drift.py), so an installed wheel knows the files without the repository.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

DATA_FILE = "report_files.json"

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


# -- extraction from the spec (used by `make generate` and by checks that read the spec itself) ----------
def _resolve(node: Any, spec: Mapping[str, Any]) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {ref!r}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _merged(node: Any, spec: Mapping[str, Any]) -> dict[str, Any]:
    """A property schema with its `$ref`s and `allOf` parts folded into one mapping (outer keys win)."""
    node = _resolve(node, spec)
    if not isinstance(node, Mapping):
        return {}
    merged: dict[str, Any] = {}
    for part in node.get("allOf", ()):
        merged.update(_merged(part, spec))
    merged.update({k: v for k, v in node.items() if k != "allOf"})
    return merged


def column_kind(schema: Mapping[str, Any]) -> str:
    """The reader's cell type for a column schema: ids/counts integer, flags boolean, ISO times datetime."""
    types = schema.get("type", "string")
    types = {types} if isinstance(types, str) else set(types)
    for kind in ("integer", "number", "boolean"):
        if kind in types:
            return kind
    fmt = schema.get("format")
    if fmt == "date-time":
        return "datetime"
    if fmt == "date":
        return "date"
    return "string"


def _file_entry(entry: Mapping[str, Any], spec: Mapping[str, Any]) -> dict[str, Any]:
    ref = entry["row"].get("$ref", "") if isinstance(entry["row"], Mapping) else ""
    row = _resolve(entry["row"], spec)
    columns = []
    for name, prop in (row.get("properties") or {}).items():
        schema = _merged(prop, spec)
        columns.append([name, column_kind(schema), schema.get("x-condition")])
    patterns = [[regex, column_kind(_merged(prop, spec))] for regex, prop in _pattern_columns(row, spec)]
    placeholder = entry.get("placeholder")
    return {
        "table": entry["table"],
        "name": entry["name"],
        "row": ref.rsplit("/", 1)[-1] or f"{entry['table']}Row",
        "selected_by": entry.get("selected_by"),
        "columns": columns,
        "patterns": patterns,
        "repeated_after": (row.get("x-repeated-columns") or {}).get("after"),
        "duplicates": [d["name"] for d in row.get("x-duplicate-columns") or ()],
        "trailing_cells": bool(row.get("x-trailing-cells")),
        "placeholder": placeholder.get("cell") if isinstance(placeholder, Mapping) else placeholder,
        "empty_row": entry.get("empty_row"),
    }


def _pattern_columns(row: Mapping[str, Any], spec: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Columns named after data, as (regex, schema): `patternProperties`, and `x-repeated-columns` whose
    names carry a placeholder (`<gp> current score` becomes `^(.+) current score$`)."""
    found = list((row.get("patternProperties") or {}).items())
    repeated = row.get("x-repeated-columns") or {}
    placeholder = repeated.get("placeholder")
    for name, prop in (repeated.get("columns") or {}).items():
        if placeholder and placeholder in name:
            regex = "^" + "(.+)".join(re.escape(part) for part in name.split(placeholder)) + "$"
            found.append((regex, prop))
    return found


def catalogue_from_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The files part of the spec's report catalogue, as the JSON document shipped with the package."""
    catalogue = spec.get("components", {}).get("x-report-catalogue") or {}
    reports: dict[str, Any] = {}
    for report, entry in catalogue.items():
        output = entry.get("output")
        if not isinstance(output, Mapping):
            continue
        reports[report] = {
            "kind": output["kind"],
            "files": [_file_entry(f, spec) for f in output.get("files") or ()],
        }
    return {"spec_version": spec.get("info", {}).get("version"), "reports": reports}


def render(document: Mapping[str, Any]) -> str:
    """The generated file's exact text (stable, so a drift check can compare it byte for byte)."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


# -- the shipped catalogue ---------------------------------------------------------------------------------
def parse(document: Mapping[str, Any]) -> dict[str, ReportFiles]:
    """ReportFiles per report type from a document `catalogue_from_spec` made."""
    parsed = {}
    for report, entry in document["reports"].items():
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
def shipped_catalogue() -> dict[str, ReportFiles]:
    """The catalogue generated from the spec this package was built with."""
    text = resources.files("canvas_reports").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse(json.loads(text))
