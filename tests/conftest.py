"""Shared fixtures: the repository root and the parsed OpenAPI document."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from canvas_contract import load_spec

ROOT = Path(__file__).resolve().parent.parent

# tests/consumer/ is another team's project, run from outside the checkout by tests/packaging/.
collect_ignore = ["consumer"]

# scripts/ is a folder of commands, not a package, and pytest's importlib mode adds no folder to sys.path:
# put it there once so a test imports a script by name (`import verify_recording`).
sys.path.insert(0, str(ROOT / "scripts"))


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()
