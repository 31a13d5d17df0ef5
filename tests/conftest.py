"""Shared fixtures: the repository root and the parsed OpenAPI document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from canvas_contract import load_spec

ROOT = Path(__file__).resolve().parent.parent

# tests/consumer/ is another team's project, run from outside the checkout by tests/packaging/.
collect_ignore = ["consumer"]


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One fresh mypy cache for the session's `mypy --strict` runs (marked xdist_group("mypy"), so they share
    a worker): each re-checks its own files, not the standard library, httpx and attrs again."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()
