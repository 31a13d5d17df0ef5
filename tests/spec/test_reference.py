"""The document agrees with the reference (`shared/reference/canvas-account-reports.md`), which records
what a live Canvas sends, read from Canvas's source.

Each test parses the reference itself, so a fact is checked where it is written rather than copied here.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from canvas_contract import load_spec, operations, resolve, schema_validator

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(
    os.environ.get("CANVAS_REFERENCE", ROOT.parent / "shared" / "reference" / "canvas-account-reports.md")
)

if not REFERENCE.exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"reference not found at {REFERENCE} (set CANVAS_REFERENCE)")
    pytest.skip(f"reference not found at {REFERENCE} (set CANVAS_REFERENCE)", allow_module_level=True)

TEXT = REFERENCE.read_text(encoding="utf-8")
SPEC = load_spec()
OPS = {op.operation_id: op for op in operations()}


def _section(number: int) -> str:
    return TEXT.split(f"\n## {number}.")[1].split("\n## ")[0]


def _table(section: str) -> list[list[str]]:
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("|---")]
    return [[c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]] for row in rows[1:]]


def _response(op_id: str, status: str) -> dict[str, Any]:
    return resolve(OPS[op_id].node["responses"][status])


def _content_schema(op_id: str, status: str, media: str = "application/json") -> dict[str, Any]:
    return _response(op_id, status)["content"][media]["schema"]


def _valid(schema: dict[str, Any], value: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in schema_validator(schema).iter_errors(value)]


# --- §1 endpoints ---------------------------------------------------------------------------------


def _endpoint_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for cells in _table(_section(1)):
        method, path = re.match(r"`(\w+) ([^`]+)`", cells[0]).groups()  # type: ignore[union-attr]
        scope = re.search(r"`(url:[^`]+)`", cells[2]).group(1).replace("\\|", "|")  # type: ignore[union-attr]
        rows.append((method, "/api/v1" + path, scope, cells[4]))
    return rows


def test_exactly_the_six_endpoints() -> None:
    documented = {(op.method, op.route) for op in OPS.values()}
    assert documented == {(m, p) for m, p, _, _ in _endpoint_rows()}
    assert len(OPS) == 6


@pytest.mark.parametrize("row", _endpoint_rows(), ids=lambda r: f"{r[0]} {r[1]}")
def test_scope_and_errors_of_each_endpoint(row: tuple[str, str, str, str]) -> None:
    method, route, scope, errors = row
    op = next(o for o in OPS.values() if (o.method, o.route) == (method, route))
    # The scope is the method and path, exactly as the reference spells it, on every operation.
    assert op.scopes == (scope,)
    assert scope == f"url:{op.method}|{op.route}"
    assert (
        scope in SPEC["components"]["securitySchemes"]["CanvasOAuth2"]["flows"]["authorizationCode"]["scopes"]
    )
    # Every error status the reference lists is documented, plus 401 and 403 everywhere.
    for status in set(re.findall(r"\b([45]\d\d)\b", errors)) | {"401", "403", "404"}:
        assert status in op.node["responses"], f"{op.operation_id} lacks {status}"


def test_every_operation_documents_the_hosted_429_and_the_self_hosted_403() -> None:
    """Throttling answers on any operation (ADR §4): 429 text/plain with an optional Retry-After, any
    body; the 403 keeps its text/plain branch."""
    for op in OPS.values():
        throttled = _response(op.operation_id, "429")
        assert list(throttled["content"]) == ["text/plain"], op.operation_id
        assert "Retry-After" in throttled["headers"], op.operation_id
        assert not resolve(throttled["headers"]["Retry-After"]).get("required"), op.operation_id
        for body in ("", "429 Too Many Requests (Rate Limit Exceeded)\n", "<html>slow down</html>"):
            assert not _valid(throttled["content"]["text/plain"]["schema"], body)
        assert "text/plain" in _response(op.operation_id, "403")["content"], op.operation_id


def test_echoed_parameters_validate_in_responses_only_as_canvas_reads_them_in_requests() -> None:
    """Canvas echoes whatever a client stored (audit D1); requests say how Canvas reads each key."""
    report = dict(SPEC["components"]["examples"]["ReportCreated"]["value"])
    echoed = {"users": 1, "course_id": None, "enrollment_term_id": None, "tags": {"a": [1, {"b": None}]}}
    assert not _valid({"$ref": "#/components/schemas/Report"}, {**report, "parameters": echoed})
    request = {"$ref": "#/components/schemas/StartReportRequest"}
    assert not _valid(request, {"parameters": echoed})
    assert not _valid(request, {"parameters": None})
    assert not _valid(request, {"parameters": {"users": "2", "created_by_sis": "false"}})
    assert _valid(request, {"parameters": {"users": {"nested": True}}})  # no reading of it is meaningful
    assert _valid(request, {"parameters": {"enrollment_term_id": True}})


def test_security_is_on_every_operation() -> None:
    for op in OPS.values():
        schemes = {name for requirement in op.node["security"] for name in requirement}
        assert schemes == {"CanvasToken", "CanvasOAuth2"}, op.operation_id


def test_only_the_index_is_paginated() -> None:
    for op in OPS.values():
        has_link = "Link" in _response(op.operation_id, "200").get("headers", {})
        assert has_link == (op.operation_id == "listReports"), op.operation_id


# --- §8 errors ------------------------------------------------------------------------------------


def _error_rows() -> list[tuple[str, tuple[str, ...], str, str]]:
    rows = []
    for situation, status_cell, body_cell, headers in _table(_section(8)):
        statuses = tuple(re.findall(r"\b([45]\d\d)\b", status_cell))
        body = re.search(r"`([^`]+)`", body_cell)
        if "unconfirmed" in body_cell:  # the unreachable 422: no known shape to check (see ADR)
            continue
        if body and (body.group(1).startswith("{") or "text/plain" in body_cell):
            rows.append((situation, statuses, body.group(1), headers))
    return rows


def test_the_error_table_was_parsed() -> None:
    assert len(_error_rows()) >= 10


@pytest.mark.parametrize("row", _error_rows(), ids=lambda r: r[0][:40])
def test_error_bodies_and_headers_validate(row: tuple[str, tuple[str, ...], str, str]) -> None:
    situation, statuses, body, headers = row
    checked = 0
    for op in OPS.values():
        if "on POST" in situation and op.method != "POST":
            continue
        for status in statuses:
            if status not in op.node["responses"]:
                continue
            response = _response(op.operation_id, status)
            if "text/plain" in situation or body.startswith("403 Forbidden"):
                value = body.replace("\\n", "\n")
                assert not _valid(response["content"]["text/plain"]["schema"], value)
            else:
                value = json.loads(body.replace("'<value>'", "'sis_term_id:invalid'"))
                assert not _valid(response["content"]["application/json"]["schema"], value), op.operation_id
                if "expired_at" in body:
                    value["errors"][0]["expired_at"] = None
                    assert not _valid(response["content"]["application/json"]["schema"], value)
            for name, header_value in re.findall(r"`([A-Za-z-]+): ([^`…]+)`", headers):
                if name == "Content-Type":
                    assert header_value.split(";")[0] in response["content"]
                    continue
                header = resolve(response["headers"][name])
                assert not _valid(header["schema"], header_value), (name, header_value)
            checked += 1
    assert checked, f"no operation documents {statuses} for {situation!r}"


def test_the_409_has_a_required_location() -> None:
    location = resolve(_response("startReport", "409")["headers"]["Location"])
    assert location["required"] is True
    example = re.search(r"`Location: (\S+)`", _section(3)).group(1)  # type: ignore[union-attr]
    assert not _valid(location["schema"], example)
    assert _content_schema("startReport", "409") == {"$ref": "#/components/schemas/Report"}


def test_the_401_without_www_authenticate_still_validates() -> None:
    """Scope failures carry no WWW-Authenticate, so the header is documented but not required."""
    header = resolve(_response("getReport", "401")["headers"]["WWW-Authenticate"])
    assert not header.get("required", False)


# --- §9, §10 headers ------------------------------------------------------------------------------


def test_link_header_example_validates() -> None:
    link = re.search(r"```\nLink: (.+)\n```", _section(9)).group(1)  # type: ignore[union-attr]
    schema = resolve(_response("listReports", "200")["headers"]["Link"])["schema"]
    assert not _valid(schema, link)
    assert _valid(schema, link.replace('",<', '", <')), "a space after the comma is not Canvas's format"


def test_throttle_header_values_validate() -> None:
    values = re.findall(r"e\.g\. `([0-9.]+)`|`([0-9.]+)` when blocked", _section(10))
    floats = [a or b for a, b in values]
    assert floats, "no header values found in §10"
    for name in ("X-Request-Cost", "X-Rate-Limit-Remaining"):
        schema = resolve(SPEC["components"]["headers"][name])["schema"]
        for value in [*floats, "1.0e-05"]:
            assert not _valid(schema, value), (name, value)
        assert _valid(schema, "fast"), name


# --- §4, §6, §12 objects --------------------------------------------------------------------------


def _json_blocks() -> list[Any]:
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)\n```", _section(12), re.DOTALL)]


def test_reference_examples_validate() -> None:
    blocks = _json_blocks()
    reports, available = blocks[:-1], blocks[-1]
    assert len(reports) >= 5
    for report in reports:
        assert not _valid({"$ref": "#/components/schemas/Report"}, report), report["status"]
    assert not _valid(_content_schema("listAvailableReports", "200"), available)


def test_older_and_newer_reports_validate() -> None:
    """Older Canvas omits run_time, user and message and sends `attachment: null`; newer may add states."""
    report = _json_blocks()[2]
    older = {k: v for k, v in report.items() if k not in ("run_time", "user", "message")} | {
        "attachment": None
    }
    newer = report | {"status": "queued_for_review", "new_field": {"x": 1}}
    for value in (older, newer):
        assert not _valid({"$ref": "#/components/schemas/Report"}, value)


def test_report_nullability_matches_the_field_table() -> None:
    schema = SPEC["components"]["schemas"]["Report"]
    for cells in _table(_section(4))[:14]:
        field, nullable = cells[0].strip("`"), cells[2]
        prop = schema["properties"][field]
        types = prop.get("type", [])
        allows_null = "null" in types or any(s.get("type") == "null" for s in prop.get("anyOf", []))
        if "**yes**" in nullable:
            assert allows_null, field
        elif field not in ("user", "attachment"):  # both tolerate null for older Canvas (see ADR)
            assert not allows_null, field


def test_every_status_value_is_known() -> None:
    statuses = re.findall(r"^\*\*`status` values\*\*.*?\n\n", _section(4), re.DOTALL | re.MULTILINE)[0]
    documented = set(re.findall(r"`([a-z]+)` \(", statuses))
    assert documented == set(SPEC["components"]["schemas"]["ReportStatus"]["enum"])


def test_catalogue_names_are_documented_known_values() -> None:
    names = [cells[0].strip("`") for cells in _table(_section(7))]
    assert len(names) >= 19
    assert names == SPEC["components"]["schemas"]["ReportType"]["examples"]
    catalogue = SPEC["components"]["examples"]["AvailableReports"]["value"]
    assert [entry["report"] for entry in catalogue] == names
    titles = [cells[1] for cells in _table(_section(7))]
    assert [entry["title"] for entry in catalogue] == titles
    assert titles == sorted(titles), "listAvailableReports sorts by title in code-point order"
    for cells, entry in zip(_table(_section(7)), catalogue, strict=True):
        if "none" in cells[2]:
            assert entry["parameters"] is None
            continue
        required = set(re.findall(r"`(\w+)` \*\*\(req\)\*\*", cells[2]))
        assert {k for k, v in entry["parameters"].items() if v["required"]} == required, entry["report"]
