"""Other teams can install the client: the wheel from `make dist` works in a fresh venv (dependencies come
from the package registry). `pip install ./generated` is proved in the same fresh venv as the helpers'
directory (tests/canvas_reports/test_dist.py), which runs CLIENT_SMOKE there too: one venv, not two."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.client.client_fixtures import CLIENT_SMOKE as SMOKE
from tests.client.client_fixtures import ROOT, client_version

UV = ROOT / ".tools" / "bin" / "uv"


def _run(*command: str | Path, cwd: Path = ROOT) -> str:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}{result.stderr}"
    return result.stdout


@pytest.mark.xdist_group("dist")  # the one `make dist` of the session (tests/conftest.py)
def test_make_dist_wheel_installs_into_a_fresh_venv(tmp_path: Path, built_dist: Path) -> None:
    dist = built_dist
    wheels = list(dist.glob("canvas_account_reports_client-*.whl"))
    sdists = list(dist.glob("canvas_account_reports_client-*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(dist.iterdir())

    venv = tmp_path / "venv"
    _run(UV, "venv", "--quiet", "--python", sys.executable, venv)
    _run(UV, "pip", "install", "--quiet", "--python", venv / "bin" / "python", wheels[0])
    version, location = _run(venv / "bin" / "python", "-c", SMOKE).split()
    assert version == client_version()
    assert location.startswith(str(venv))
