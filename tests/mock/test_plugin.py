"""The pytest plugin the mock's wheel registers (`pytest11`): `canvas_mock` and `canvas_mock_factory`,
used here exactly as another team would (no import, no start-up code)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mock_canvas.pytest_plugin import CanvasMock, ControlError


def get(mock: CanvasMock, path: str, token: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token or mock.token}"}
    return httpx.get(mock.url + path, headers=headers, timeout=30)


def start(mock: CanvasMock, report: str = "provisioning_csv") -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {mock.token}"}
    url = f"{mock.url}/api/v1/accounts/1/reports/{report}"
    response = httpx.post(url, headers=headers, json={"parameters": {"users": True}}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_tokens_are_the_seeded_ones(canvas_mock: CanvasMock) -> None:
    assert canvas_mock.url.startswith("http://127.0.0.1:")
    assert get(canvas_mock, "/api/v1/accounts/1/reports").status_code == 200
    assert get(canvas_mock, "/api/v1/accounts/1/reports", canvas_mock.readonly_token).status_code == 200
    assert get(canvas_mock, "/api/v1/accounts/1/reports", canvas_mock.teacher_token).status_code == 403


def test_the_clock_moves_only_when_advanced(canvas_mock: CanvasMock) -> None:
    report = start(canvas_mock)
    path = f"/api/v1/accounts/1/reports/provisioning_csv/{report['id']}"
    assert get(canvas_mock, path).json()["status"] == "created"
    canvas_mock.advance(60)
    assert get(canvas_mock, path).json()["status"] == "complete"
    assert [r["status"] for r in canvas_mock.reports()] == ["complete"]


def test_fail_next_only_hits_the_named_report_type(canvas_mock: CanvasMock) -> None:
    canvas_mock.fail_next("grade_export_csv", mode="permanent")
    start(canvas_mock, "provisioning_csv")
    canvas_mock.advance(60)
    assert [r["status"] for r in canvas_mock.reports()] == ["complete"]


def test_fill_throttle_throttles_that_token_only(canvas_mock: CanvasMock) -> None:
    canvas_mock.fill_throttle(canvas_mock.readonly_token)
    assert get(canvas_mock, "/api/v1/accounts/1/reports", canvas_mock.readonly_token).status_code >= 400
    assert get(canvas_mock, "/api/v1/accounts/1/reports").status_code == 200


def test_reset_goes_back_to_the_seed(canvas_mock: CanvasMock) -> None:
    start(canvas_mock)
    canvas_mock.reset()
    assert canvas_mock.reports() == []


def test_control_errors_are_typed(canvas_mock: CanvasMock) -> None:
    with pytest.raises(ControlError, match="mode"):
        canvas_mock.fail_next(mode="sometimes")


def test_the_factory_passes_any_setting_through(canvas_mock_factory: Callable[..., CanvasMock]) -> None:
    unthrottled = canvas_mock_factory(throttle_enabled=False, queue_seconds=0.0)
    assert unthrottled.settings.throttle_enabled is False
    unthrottled.fill_throttle()
    assert get(unthrottled, "/api/v1/accounts/1/reports").status_code == 200
    # The same settings give the same server, back at the seed.
    start(unthrottled)
    again = canvas_mock_factory(throttle_enabled=False, queue_seconds=0.0)
    assert again is unthrottled and again.reports() == []
    with pytest.raises(TypeError, match="no_such_setting"):
        canvas_mock_factory(no_such_setting=1)
