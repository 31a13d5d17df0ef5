"""The helpers are typed as strictly as the generated client they sit on (mypy --strict)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HELPERS = "canvas-reports/canvas_reports"


@pytest.mark.xdist_group("mypy")
def test_mypy_strict_on_the_helpers(mypy_cache: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(mypy_cache),
            "canvas-reports/canvas_reports",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
