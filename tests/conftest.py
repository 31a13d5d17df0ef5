"""Shared fixtures: the repository root and the parsed OpenAPI document."""

from __future__ import annotations

import subprocess
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
def built_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make dist` once for the session: every wheel and sdist and the TypeScript .tgz, for the tests that
    install them (marked xdist_group("dist"), so they share a worker and the build runs once). Read only."""
    dist = tmp_path_factory.mktemp("dist")
    command = ["make", "--no-print-directory", "-s", "-o", "setup", "dist", f"DIST={dist}"]
    built = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert built.returncode == 0, f"{command}:\n{built.stdout}\n{built.stderr}"
    return dist


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()
