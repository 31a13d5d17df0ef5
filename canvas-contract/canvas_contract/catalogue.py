"""Read the report catalogue (`components.x-report-catalogue`): what each built-in report reads and writes.

The catalogue is written once, in the spec; this module answers the questions the mock, the tests and the
generators ask of it (the parameters of a report, the listAvailableReports answer, a file's columns), so
none of them walks the YAML on its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from canvas_contract.spec import load_spec, resolve

CATALOGUE_KEY = "x-report-catalogue"
OUTPUT_KINDS = ("csv", "zip", "by_selection", "per_term_zip")
READ_AS = ("flag", "truthy", "id", "list", "datetime", "string", "enum", "integer")


def report_catalogue(spec: Mapping[str, Any] | None = None) -> Mapping[str, Mapping[str, Any]]:
    """Every built-in report type and its entry (title, job, parameters, output), in spec order."""
    spec = load_spec() if spec is None else spec
    catalogue: Mapping[str, Mapping[str, Any]] = spec["components"][CATALOGUE_KEY]
    return catalogue


def parameters_schema(report: str, spec: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    """The report's parameter schema (`<Report>Parameters`), resolved."""
    spec = load_spec() if spec is None else spec
    schema: Mapping[str, Any] = resolve(report_catalogue(spec)[report]["parameters"], spec)
    return schema


def parameters(report: str, spec: Mapping[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """The parameters a report reads, by name, in catalogue order: each property with a `$ref` resolved
    and its own keys (`description`, `x-listed`, `x-required`, `x-read-as`, …) on top."""
    spec = load_spec() if spec is None else spec
    found: dict[str, dict[str, Any]] = {}
    for name, node in parameters_schema(report, spec).get("properties", {}).items():
        merged = dict(resolve(node, spec))
        merged.update({k: v for k, v in node.items() if k != "$ref"})
        found[name] = merged
    return found


def listed_parameters(report: str, spec: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
    """The report's `parameters` as listAvailableReports shows them: `{name: {required, description}}`
    for each `x-listed` parameter, or None when the schema says Canvas sends `parameters: null`."""
    spec = load_spec() if spec is None else spec
    schema = parameters_schema(report, spec)
    if "x-catalogue-parameters" in schema and schema["x-catalogue-parameters"] is None:
        return None
    return {
        name: {"required": bool(node.get("x-required", False)), "description": node["description"]}
        for name, node in parameters(report, spec).items()
        if node.get("x-listed")
    }


def available_reports(spec: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """listAvailableReports on a fresh account (nothing has run): every built-in report, sorted by title
    as Canvas sorts them."""
    spec = load_spec() if spec is None else spec
    entries = [
        {
            "title": entry["title"],
            "parameters": listed_parameters(report, spec),
            "report": report,
            "last_run": None,
        }
        for report, entry in report_catalogue(spec).items()
    ]
    return sorted(entries, key=lambda e: e["title"])


class CatalogueError(ValueError):
    """The catalogue lacks a fact its readers need (raised when they load it, never later)."""


@dataclass(frozen=True)
class ReportJob:
    """How Canvas's code runs one report type's job (the catalogue entry's `job`)."""

    parallel: bool  # parallel runners: passes through `compiling` while the parts are joined
    tracks_progress: bool  # sets total_lines, so `progress` moves while running (else it stays 0)
    date_window_days: int | None = None  # missing start_at/end_at default to this window, written back


def report_jobs(spec: Mapping[str, Any] | None = None) -> dict[str, ReportJob]:
    """Each built-in report's `job` entry, checked: runner single|parallel, progress tracked|untracked,
    date_window_days a positive integer when present. Raises CatalogueError naming what is wrong."""
    spec = load_spec() if spec is None else spec
    catalogue = spec.get("components", {}).get(CATALOGUE_KEY)
    if not isinstance(catalogue, Mapping) or not catalogue:
        raise CatalogueError(f"components/{CATALOGUE_KEY} is missing")
    jobs = {}
    for report, entry in catalogue.items():
        job = entry.get("job") if isinstance(entry, Mapping) else None
        if not isinstance(job, Mapping) or job.get("runner") not in ("single", "parallel"):
            raise CatalogueError(f"{CATALOGUE_KEY}/{report}/job needs runner: single|parallel")
        if job.get("progress") not in ("tracked", "untracked"):
            raise CatalogueError(f"{CATALOGUE_KEY}/{report}/job needs progress: tracked|untracked")
        window = job.get("date_window_days")
        if window is not None and (type(window) is not int or window < 1):
            raise CatalogueError(f"{CATALOGUE_KEY}/{report}/job/date_window_days must be a positive integer")
        jobs[str(report)] = ReportJob(
            parallel=job["runner"] == "parallel",
            tracks_progress=job["progress"] == "tracked",
            date_window_days=window,
        )
    return jobs


@dataclass(frozen=True)
class Column:
    """One column of a report file: its header cell and the schema of its cells."""

    name: str
    schema: Mapping[str, Any]

    @property
    def condition(self) -> str | None:
        """Plain-English condition under which Canvas writes this column, or None when it always does."""
        value = self.schema.get("x-condition")
        return value if isinstance(value, str) else None


def report_files(report: str, spec: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """The report's files in the order Canvas writes them, each with its `row` schema resolved."""
    spec = load_spec() if spec is None else spec
    return [
        {**entry, "row": resolve(entry["row"], spec)}
        for entry in report_catalogue(spec)[report]["output"]["files"]
    ]


def columns(row: Mapping[str, Any], *, repeat_labels: tuple[str, ...] = ()) -> Iterator[Column]:
    """Every column a row schema describes, in header order, conditional ones included.

    `x-repeated-columns` (the per-grading-period block) is expanded once per label in `repeat_labels`;
    `x-duplicate-columns` adds a header cell Canvas writes twice at its second position.
    """
    repeated = row.get("x-repeated-columns")
    duplicates = {d["after"]: d["name"] for d in row.get("x-duplicate-columns", ())}
    properties: Mapping[str, Any] = row.get("properties", {})
    for name, schema in properties.items():
        yield Column(name, schema)
        if name in duplicates:
            yield Column(duplicates[name], properties[duplicates[name]])
        if repeated and name == repeated["after"]:
            for label in repeat_labels:
                for template, cell in repeated["columns"].items():
                    yield Column(template.replace(repeated["placeholder"], label), cell)


def header(row: Mapping[str, Any], *, repeat_labels: tuple[str, ...] = ()) -> list[str]:
    """The full header of a row schema (every conditional column present)."""
    return [column.name for column in columns(row, repeat_labels=repeat_labels)]


# -- the catalogue the canvas-reports package ships ------------------------------------------------------
# One generated file, `canvas-reports/canvas_reports/catalogue.json` (scripts/generate_catalogue.py at
# `make generate`): each report's parameters (read by the parameter hints) and files (read by the report
# file reader), so an installed wheel knows both without this repository or its spec.

SCHEMA_REF = "#/components/schemas/"


def schema_name(node: Any) -> str | None:
    """`UsersRow` for `{$ref: '#/components/schemas/UsersRow'}`; None for anything else."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            return ref[len(SCHEMA_REF) :]
    return None


def plain_catalogue(spec: Mapping[str, Any] | None = None) -> Any:
    """The catalogue as plain data, each schema reference replaced by the schema's name (what a generator
    for another language writes out; the schemas themselves it takes from `components`)."""

    def walk(value: Any) -> Any:
        name = schema_name(value)
        if name is not None:
            return name
        if isinstance(value, Mapping):
            return {key: walk(item) for key, item in value.items()}
        if isinstance(value, list):
            return [walk(item) for item in value]
        return value

    return walk(report_catalogue(spec))


def _merged(node: Any, spec: Mapping[str, Any]) -> dict[str, Any]:
    """A property schema with its `$ref`s and `allOf` parts folded into one mapping (outer keys win)."""
    node = resolve(node, spec)
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


def _pattern_columns(row: Mapping[str, Any]) -> list[tuple[str, Any]]:
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


def _shipped_file(entry: Mapping[str, Any], spec: Mapping[str, Any]) -> dict[str, Any]:
    """One file of a report as the reader needs it: typed columns in header order and the file's quirks."""
    row = resolve(entry["row"], spec)
    columns = []
    for name, prop in (row.get("properties") or {}).items():
        schema = _merged(prop, spec)
        columns.append([name, column_kind(schema), schema.get("x-condition")])
    patterns = [[regex, column_kind(_merged(prop, spec))] for regex, prop in _pattern_columns(row)]
    placeholder = entry.get("placeholder")
    return {
        "table": entry["table"],
        "name": entry["name"],
        "row": schema_name(entry["row"]) or f"{entry['table']}Row",
        "selected_by": entry.get("selected_by"),
        "columns": columns,
        "patterns": patterns,
        "repeated_after": (row.get("x-repeated-columns") or {}).get("after"),
        "duplicates": [d["name"] for d in row.get("x-duplicate-columns") or ()],
        "trailing_cells": bool(row.get("x-trailing-cells")),
        "placeholder": placeholder.get("cell") if isinstance(placeholder, Mapping) else placeholder,
        "empty_row": entry.get("empty_row"),
    }


def _shipped_parameters(report: str, spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """How the report reads each parameter (`x-read-as`) and what Canvas's catalogue says about it."""
    if "parameters" not in report_catalogue(spec)[report]:
        return {}
    return {
        name: {
            "read_as": node["x-read-as"],
            "listed": bool(node.get("x-listed")),
            "required": bool(node.get("x-required")),
            "alias_of": node.get("x-alias-of"),
        }
        for name, node in parameters(report, spec).items()
    }


def catalogue_from_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The catalogue document the canvas-reports package ships: per report its parameters and, when the
    entry has an `output`, the output kind and its files."""
    reports: dict[str, Any] = {}
    for report, entry in (spec.get("components", {}).get(CATALOGUE_KEY) or {}).items():
        shipped: dict[str, Any] = {"parameters": _shipped_parameters(report, spec)}
        output = entry.get("output")
        if isinstance(output, Mapping):
            shipped["kind"] = output["kind"]
            shipped["files"] = [_shipped_file(f, spec) for f in output.get("files") or ()]
        reports[report] = shipped
    return {"spec_version": spec.get("info", {}).get("version"), "reports": reports}


def render(document: Mapping[str, Any]) -> str:
    """The generated file's exact text (stable, so the drift check compares it byte for byte)."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


REFERENCE_TAG = "Report catalogue"


def reference_tag(spec: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A Redoc trait tag that shows the catalogue on the reference page: per report, its parameter schema
    and each file's row schema (embedded with Redocly's `schemaDefinition` tag), built from the catalogue at
    `make docs` time so the spec holds no second list of them."""
    spec = load_spec() if spec is None else spec
    parts = [
        "What each built-in report reads (its parameters) and writes (its CSV files, columns in order), from "
        "`components.x-report-catalogue`. Conditional columns say when Canvas writes them "
        "(`x-condition`); see docs/report-catalogue.md.",
    ]
    for report, entry in report_catalogue(spec).items():
        output = entry["output"]
        parts.append(f"## {report}: {entry['title']}")
        parts.append(f"Output: `{output['kind']}`; runs as a {entry['job']['runner']} job.")
        parts.append("### Parameters")
        parts.append(_embed(entry["parameters"]["$ref"]))
        for file in output["files"]:
            selected = f", written when `{file['selected_by']}` is set" if "selected_by" in file else ""
            parts.append(f"### File: {file['table']}")
            parts.append(f"Named `{file['name']}`{selected}.")
            parts.append(_embed(file["row"]["$ref"]))
    return {"name": REFERENCE_TAG, "x-traitTag": True, "description": "\n\n".join(parts) + "\n"}


def _embed(ref: str) -> str:
    """Redocly's Markdoc tag that renders a schema inside a description."""
    return f'{{% schemaDefinition schemaRef="{ref}" /%}}'


def with_reference_tag(spec: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The spec as the reference page renders it: unchanged, plus the catalogue's trait tag."""
    spec = load_spec() if spec is None else spec
    return {**spec, "tags": [*spec.get("tags", ()), reference_tag(spec)]}
