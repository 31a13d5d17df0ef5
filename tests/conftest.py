"""Shared fixtures: the repository root and the parsed OpenAPI document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from canvas_contract import load_spec

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()
