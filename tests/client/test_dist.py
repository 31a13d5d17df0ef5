"""Other teams can install the client: the wheel from `make dist` and `pip install ./generated` both work in
a fresh venv (dependencies come from the package registry)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from tests.client.client_fixtures import GENERATED, ROOT

UV = ROOT / ".tools" / "bin" / "uv"
SMOKE = (
    "import canvas_account_reports_client as c, importlib.metadata as m;"
    "from canvas_account_reports_client.api.account_reports import get_report, start_report;"
    "from canvas_account_reports_client.models import Report, RateLimitExceeded;"
    "print(m.version('canvas-account-reports-client'), c.__file__)"
)


def _run(*command: str | Path, cwd: Path = ROOT) -> str:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}{result.stderr}"
    return result.stdout


def _version() -> str:
    return str(tomllib.loads((GENERATED / "pyproject.toml").read_text())["project"]["version"])


def test_make_dist_wheel_installs_into_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run("make", "--no-print-directory", "-s", "-o", "setup", "dist", f"DIST={dist}")
    wheels = list(dist.glob("canvas_account_reports_client-*.whl"))
    sdists = list(dist.glob("canvas_account_reports_client-*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, list(dist.iterdir())

    venv = tmp_path / "venv"
    _run(UV, "venv", "--quiet", "--python", sys.executable, venv)
    _run(UV, "pip", "install", "--quiet", "--python", venv / "bin" / "python", wheels[0])
    version, location = _run(venv / "bin" / "python", "-c", SMOKE).split()
    assert version == _version()
    assert location.startswith(str(venv))


def test_pip_install_generated_directory(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv)
    _run(venv / "bin" / "pip", "install", "--quiet", "--disable-pip-version-check", GENERATED)
    version, location = _run(venv / "bin" / "python", "-c", SMOKE, cwd=tmp_path).split()
    assert version == _version()
    assert location.startswith(str(venv))
