"""The control API under /__mock__/, strict mode (which must be able to fail), and the spec as the mock's
only source of API facts: change the spec and the mock changes with it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from canvas_contract import load_spec
from mock_canvas import Settings, create_app, running_mock


def test_the_control_api_lists_its_endpoints(canvas: Any) -> None:
    endpoints = canvas.control("GET", "").json()["endpoints"]
    assert "POST /__mock__/reset" in endpoints and "POST /__mock__/clock" in endpoints
    assert canvas.control("GET", "health").json()["status"] == "ok"


def test_the_clock(canvas: Any) -> None:
    clock = canvas.control("GET", "clock").json()
    assert clock["frozen"] is True and clock["offset"] == 0
    canvas.advance(90)
    later = canvas.control("GET", "clock").json()
    assert later["epoch"] == clock["epoch"] + 90 and later["offset"] == 90
    unfrozen = canvas.control("POST", "clock", json={"freeze": False}).json()
    assert unfrozen["frozen"] is False
    assert canvas.control("POST", "clock", json={"freeze": True}).json()["frozen"] is True


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("clock", {"advance": -1}),
        ("clock", {"advance": "soon"}),
        ("clock", {"freeze": "yes"}),
        ("failures", {"count": 0}),
        ("failures", {"mode": "meltdown"}),
        ("throttle", {"token": "", "level": 1}),
        ("throttle", {"token": "t", "level": "full"}),
        ("tokens", {"token": "t", "user_id": 5}),
        ("tokens", {"token": "t", "user_id": 1077, "state": "sleepy"}),
        ("reports/abc/fail", {}),
        ("reports/1/fail", {"when": "later"}),
    ],
)
def test_bad_control_input_is_a_400(canvas: Any, path: str, body: dict[str, Any]) -> None:
    report = canvas.started()
    response = canvas.control("POST", path.replace("/1/", f"/{report['id']}/"), json=body)
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["message"]


def test_control_bodies_must_be_json_objects(canvas: Any) -> None:
    assert canvas.control("POST", "clock", content=b"[1]").status_code == 400
    assert canvas.control("POST", "clock", content=b"{").status_code == 400


def test_unknown_control_endpoints_are_404(canvas: Any) -> None:
    assert canvas.control("GET", "nope").status_code == 404
    assert canvas.control("POST", "reports/999999/fail").status_code == 404


def test_strict_mode_catches_a_response_that_breaks_the_spec() -> None:
    app = create_app(Settings(strict=True))
    op = app.spec_model.operations["getReport"]
    good_headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"x-request-cost", b"0.1"),
        (b"x-rate-limit-remaining", b"599.9"),
    ]
    not_found = (
        404,
        list(good_headers),
        b'{"errors":[{"message":"The specified resource does not exist."}]}',
    )
    assert app.response_problem(op, "GET", not_found) is None
    assert "not documented" in (app.response_problem(op, "GET", (418, good_headers, b"{}")) or "")
    assert "body" in (app.response_problem(op, "GET", (200, good_headers, b'{"id": "x"}')) or "")
    bad_header = [*good_headers[:1], (b"x-request-cost", b"cheap"), good_headers[2]]
    assert "x-request-cost" in (app.response_problem(op, "GET", (404, bad_header, not_found[2])) or "")
    assert "media type" in (
        app.response_problem(op, "GET", (404, [(b"content-type", b"text/html")], b"<p>")) or ""
    )
    start = app.spec_model.operations["startReport"]
    assert "location" in (app.response_problem(start, "POST", (409, good_headers, b"{}")) or "")
    app.store.close()


def _spec_with(tmp_path: Path, change: Any) -> Path:
    spec = copy.deepcopy(load_spec())
    change(spec)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def test_error_bodies_catalogue_and_scopes_come_from_the_spec(tmp_path: Path) -> None:
    def change(spec: dict[str, Any]) -> None:
        examples = spec["components"]["examples"]
        examples["NotFound"]["value"] = {"errors": [{"message": "Nothing here."}]}
        catalogue = spec["components"]["x-report-catalogue"]
        catalogue["custom_plugin_csv"] = dict(
            catalogue["developer_key_report_csv"], title="AAA Custom Plugin Report"
        )
        get = spec["paths"]["/api/v1/accounts/{account_id}/reports/{report}"]["get"]
        get["security"][1]["CanvasOAuth2"] = ["url:GET|/api/v1/accounts/:account_id/reports/:report/custom"]

    settings = Settings(spec_path=_spec_with(tmp_path, change), strict=True)
    auth = {"Authorization": "Bearer mock-readonly-token"}
    with running_mock(settings) as mock, httpx.Client(base_url=mock.url, headers=auth) as http:
        assert http.get("/api/v1/accounts/999/reports").json() == {"errors": [{"message": "Nothing here."}]}
        catalogue = http.get("/api/v1/accounts/1/reports").json()
        assert catalogue[0]["report"] == "custom_plugin_csv"  # sorted by title, and startable
        # The readonly token holds the GET scopes as the changed spec spells them.
        assert http.get("/api/v1/accounts/1/reports/custom_plugin_csv").status_code == 200
        admin = {"Authorization": "Bearer mock-admin-token"}
        report = http.post("/api/v1/accounts/1/reports/custom_plugin_csv", headers=admin).json()
        assert report["status"] == "created"


def test_a_spec_without_what_the_mock_needs_fails_at_start_up(tmp_path: Path) -> None:
    def drop_status(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["ReportStatus"]["enum"].remove("compiling")

    with pytest.raises(Exception, match="compiling"):
        create_app(Settings(spec_path=_spec_with(tmp_path, drop_status)))

    def drop_example(spec: dict[str, Any]) -> None:
        del spec["components"]["examples"]["InsufficientScopes"]

    with pytest.raises(Exception, match="InsufficientScopes"):
        create_app(Settings(spec_path=_spec_with(tmp_path, drop_example)))


def test_request_validation_can_be_switched_off_for_canvas_leniency() -> None:
    with running_mock(Settings(validate_requests=False)) as mock:
        auth = {"Authorization": "Bearer mock-admin-token"}
        # Canvas clamps per_page and answers 404 for a malformed id, as the mock then does.
        response = httpx.get(
            mock.url + "/api/v1/accounts/1/reports/provisioning_csv?per_page=1000", headers=auth
        )
        assert response.status_code == 200 and "per_page=100>" in response.headers["link"]
        assert (
            httpx.get(mock.url + "/api/v1/accounts/1/reports/provisioning_csv/abc", headers=auth).status_code
            == 404
        )
        assert (
            httpx.get(mock.url + "/api/v1/accounts/1/reports?include[]=params_html", headers=auth).status_code
            == 200
        )
