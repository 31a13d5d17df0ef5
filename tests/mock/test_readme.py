"""docs/mock.md stays true: its Python example runs, and its tables name real settings and control
endpoints."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from mock_canvas import Settings
from mock_canvas.control import ENDPOINTS

MOCK_PAGE = Path(__file__).resolve().parents[2] / "docs" / "mock.md"


def _section() -> str:
    return MOCK_PAGE.read_text(encoding="utf-8")


def test_the_python_example_runs() -> None:
    block = _section().split("<!-- mock-example -->\n```python\n", 1)[1].split("```", 1)[0]
    exec(compile(block, "docs/mock.md (mock example)", "exec"), {})


def test_every_documented_variable_is_a_setting() -> None:
    settable = {"MOCK_PORT", "MOCK_DB", "MOCK_SPEC"} | {"MOCK_" + f.name.upper() for f in fields(Settings)}
    documented = set(re.findall(r"`(MOCK_[A-Z_]+)`", _section())) - {"MOCK_THROTTLE_"}
    assert documented <= settable, documented - settable
    assert {"MOCK_QUEUE_SECONDS", "MOCK_THROTTLE_OUTFLOW", "MOCK_REQUEST_COST"} <= documented


def test_every_control_endpoint_is_documented() -> None:
    section = _section()
    for endpoint in ENDPOINTS:
        _, path = endpoint.split(" ")
        assert path in section, endpoint
