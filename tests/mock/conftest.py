"""Fixtures for the mock Canvas behaviour tests.

One mock per session from the wheel's own pytest plugin (`canvas_mock_factory`, so the tests use what
other teams use), served over real HTTP on a free port in strict mode (every response it sends is
validated against the spec) with a frozen clock that the tests advance; each test starts from the seed
and ends by asserting that strict mode recorded no violation. Expected bodies
and messages come from the spec's examples, never retyped here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from canvas_contract import example_value
from mock_canvas.pytest_plugin import CanvasMock

ADMIN = CanvasMock.token
READONLY = CanvasMock.readonly_token
TEACHER = CanvasMock.teacher_token


class Canvas:
    """A thin HTTP helper over the running mock: API calls with a token, plus the control API."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=30, headers={"User-Agent": "mock-tests"})

    def request(self, method: str, path: str, *, token: str | None = ADMIN, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return self.http.request(method, path, headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def start(self, report: str = "provisioning_csv", account: str = "1", **kwargs: Any) -> httpx.Response:
        return self.request("POST", f"/api/v1/accounts/{account}/reports/{report}", **kwargs)

    def started(self, report: str = "provisioning_csv", account: str = "1", **kwargs: Any) -> dict[str, Any]:
        response = self.start(report, account, **kwargs)
        assert response.status_code == 200, response.text
        return response.json()

    def report(self, report: dict[str, Any], account: str = "1", **kwargs: Any) -> httpx.Response:
        return self.get(f"/api/v1/accounts/{account}/reports/{report['report']}/{report['id']}", **kwargs)

    def advance(self, seconds: float) -> None:
        self.http.post("/__mock__/clock", json={"advance": seconds}).raise_for_status()

    def control(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.request(method, f"/__mock__/{path}", **kwargs)


@pytest.fixture
def mock_server(canvas_mock_factory: Callable[..., CanvasMock]) -> CanvasMock:
    """The session's strict mock, back at the seed (the plugin starts it once and resets it per call)."""
    return canvas_mock_factory(strict=True)


@pytest.fixture
def canvas(mock_server: CanvasMock) -> Iterator[Canvas]:
    helper = Canvas(mock_server.url)
    yield helper
    violations = helper.control("GET", "violations").json()
    helper.http.close()
    assert violations == [], f"strict mode: the mock sent responses that violate the spec: {violations}"


@pytest.fixture(scope="session")
def examples() -> Any:
    """`examples("NotFound")` -> the value of components/examples/NotFound."""
    return example_value
