"""A stateful mock of Canvas LMS's Account Reports API, driven by `openapi/canvas-account-reports.yaml`.

Contract tests prove little against a mock that is easier than Canvas, and other teams run their own
integration tests against this one, so it behaves like the Canvas of `../shared/reference/` down to
status codes, bodies, headers and the order of checks; everything it knows about the API comes from the
spec at start-up (its own copy, shipped in the package). Entry points: `create_app(settings)` (an ASGI
app), `running_mock(settings)` (serve it on a free port from a test), the `canvas_mock` pytest fixture
(mock_canvas.pytest_plugin) and the `canvas-mock` command (`make mock`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_canvas.app import MockCanvas, create_app
    from mock_canvas.serve import RunningMock, running_mock
    from mock_canvas.settings import Settings

__all__ = ["MockCanvas", "RunningMock", "Settings", "create_app", "running_mock"]

# Imported on first use: pytest loads the plugin (mock_canvas.pytest_plugin) in every session of every
# project that installs the wheel, and the app (uvicorn, the spec compiler) is not needed until a test
# asks for the fixture.
_HOMES = {
    "MockCanvas": "mock_canvas.app",
    "create_app": "mock_canvas.app",
    "RunningMock": "mock_canvas.serve",
    "running_mock": "mock_canvas.serve",
    "Settings": "mock_canvas.settings",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'mock_canvas' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
