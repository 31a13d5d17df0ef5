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


HINTS_MODULE_HEADER = '''"""Every built-in report's parameters, generated from the spec's report catalogue.

Do not edit: `make generate` writes this file (scripts/generate_catalogue_module.py) and
tests/helpers/test_parameter_hints.py fails when it drifts from the spec. The installed canvas-reports
wheel reads the catalogue from here, so it needs no copy of the spec at run time.
"""

from __future__ import annotations

from typing import NamedTuple


class Parameter(NamedTuple):
    """How a report reads one parameter (`read_as`), and what Canvas's catalogue says about it."""

    read_as: str
    listed: bool = False
    required: bool = False
    alias_of: str | None = None


'''


def parameter_hints_module(spec: Mapping[str, Any] | None = None) -> str:
    """Source of canvas_reports/_catalogue.py: each report's parameter names and how Canvas treats them."""
    spec = load_spec() if spec is None else spec
    lines = ["PARAMETERS: dict[str, dict[str, Parameter]] = {"]
    for report in report_catalogue(spec):
        lines.append(f"    {report!r}: {{".replace("'", '"'))
        for name, node in parameters(report, spec).items():
            args = [repr(node["x-read-as"])]
            if node.get("x-listed"):
                args.append("listed=True")
            if node.get("x-required"):
                args.append("required=True")
            if node.get("x-alias-of"):
                args.append(f"alias_of={node['x-alias-of']!r}")
            lines.append(f"        {name!r}: Parameter({', '.join(args)}),".replace("'", '"'))
        lines.append("    },")
    lines.append("}")
    return HINTS_MODULE_HEADER + "\n".join(lines) + "\n"


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
