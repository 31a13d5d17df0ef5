"""The report files part of the spec's catalogue, as the document the canvas-reports package ships.

Why here: extracting needs the spec (and its `$ref`s), which only this repository has; the package gets the
result (`canvas-reports/canvas_reports/report_files.json`, written by scripts/generate_report_files.py at
`make generate`) and reads it with `canvas_reports.report_files.parse`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from canvas_contract.spec import resolve


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


def _file_entry(entry: Mapping[str, Any], spec: Mapping[str, Any]) -> dict[str, Any]:
    ref = entry["row"].get("$ref", "") if isinstance(entry["row"], Mapping) else ""
    row = resolve(entry["row"], spec)
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
