"""Read the report catalogue (`components.x-report-catalogue`): what each built-in report reads and writes.

The catalogue is written once, in the spec; this module answers the questions the mock, the tests and the
generators ask of it (the parameters of a report, the listAvailableReports answer, a file's columns), so
none of them walks the YAML on its own.
"""

from __future__ import annotations

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
