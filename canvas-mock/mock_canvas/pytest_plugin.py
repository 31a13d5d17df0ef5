"""The pytest plugin (registered through the `pytest11` entry point): a mock Canvas for your tests.

Why: installing the wheel should be enough to test against a Canvas that behaves like the real one, with
nothing to start by hand. `canvas_mock` is one server per session on a free 127.0.0.1 port, put back to
the seed before every test (a reset is one request, a restart would be a second); `canvas_mock_factory`
starts servers with other settings (any `Settings` field: `strict=True`, `throttle_enabled=False`, ...),
one per distinct set of settings, all stopped when the session ends.

The fixture names and `CanvasMock`'s public attributes, methods and their parameters are the wheel's API:
scripts/check_breaking.py reads them from this file and fails when one disappears (or a method gains a
required parameter) without a major bump of the mock's version.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

import pytest

from mock_canvas.seed import TOKENS
from mock_canvas.settings import Settings

if TYPE_CHECKING:
    from mock_canvas.serve import RunningMock

# The mock's clock is frozen in tests (it moves only through `advance`), so a test is deterministic.
FIXTURE_DEFAULTS: dict[str, Any] = {"freeze_clock": True}


class ControlError(RuntimeError):
    """The control API refused a request (bad input): its status and message, not a bare HTTPError."""


class CanvasMock:
    """A running mock Canvas: where it is, the seeded tokens, and the control API as methods."""

    token = TOKENS[0].token  # an account admin (an unscoped key)
    readonly_token = TOKENS[1].token  # a developer key holding only the GET scopes
    teacher_token = TOKENS[2].token  # a valid token whose user may not read reports

    def __init__(self, server: RunningMock, settings: Settings) -> None:
        self.url = server.url
        self.settings = settings
        self._server = server

    def __repr__(self) -> str:
        return f"CanvasMock(url={self.url!r})"

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """Call the control API (`/__mock__/<path>`) and return its JSON answer."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}/__mock__/{path}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            raise ControlError(f"{method} /__mock__/{path}: {exc.code} {exc.read().decode()}") from None

    def reset(self) -> None:
        """Back to the seed: no reports, files, forced failures or extra tokens."""
        self.control("POST", "reset")

    def advance(self, seconds: float) -> None:
        """Move the mock clock forward; reports move through their lifecycle on it."""
        self.control("POST", "clock", {"advance": seconds})

    def fail_next(self, report: str | None = None, mode: str = "exception") -> None:
        """Make the job of the next report started (of type `report`, or any type) fail.

        `mode="exception"` ends in Canvas's `error` with a message; `"permanent"` changes only the state.
        """
        self.control("POST", "failures", {"report": report, "count": 1, "mode": mode})

    def fill_throttle(self, token: str | None = None) -> None:
        """Fill a token's throttle bucket (default: the admin token) so its next request is throttled."""
        level = self.settings.throttle_maximum
        self.control("POST", "throttle", {"token": token or self.token, "level": level})

    def reports(self) -> list[dict[str, Any]]:
        """Every report with its job state, deleted ones included."""
        result: list[dict[str, Any]] = self.control("GET", "reports")
        return result


class CanvasMockFactory:
    """Starts mock servers on demand, one per distinct set of settings, and stops them all at the end."""

    def __init__(self) -> None:
        self._stack = ExitStack()
        # Keyed by repr: Settings is frozen but may hold a dict, so it is not always hashable.
        self._mocks: dict[str, CanvasMock] = {}

    def __call__(self, **settings: Any) -> CanvasMock:
        """A mock with these `Settings` fields (on top of the fixture defaults), reset to the seed."""
        chosen = Settings(**{**FIXTURE_DEFAULTS, **settings})
        key = repr(chosen)
        mock = self._mocks.get(key)
        if mock is None:
            from mock_canvas.serve import running_mock  # the server stack only when a test needs it

            server = self._stack.enter_context(running_mock(chosen))
            mock = self._mocks[key] = CanvasMock(server, chosen)
        else:
            mock.reset()
        return mock

    def close(self) -> None:
        self._mocks.clear()
        self._stack.close()


@pytest.fixture(scope="session")
def canvas_mock_factory() -> Iterator[Callable[..., CanvasMock]]:
    """`canvas_mock_factory(strict=True)`: a mock with other settings, started once per session."""
    factory = CanvasMockFactory()
    try:
        yield factory
    finally:
        factory.close()


@pytest.fixture
def canvas_mock(canvas_mock_factory: Callable[..., CanvasMock]) -> CanvasMock:
    """The mock Canvas at the seed: one server per session, reset before each test."""
    return canvas_mock_factory()
