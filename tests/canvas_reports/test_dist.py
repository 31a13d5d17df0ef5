"""Other teams can install the helpers: `pip install ./generated ./canvas-reports` (the README's line) in a
fresh venv gives a typed `canvas_reports` package and a working `canvas-reports` command, and the client
package from ./generated imports as tests/client/test_dist.py expects of its wheel (one venv for both)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.client.client_fixtures import CLIENT_SMOKE, client_version

ROOT = Path(__file__).resolve().parents[2]
SMOKE = (
    "import canvas_reports, importlib.metadata as m, pathlib;"
    "from canvas_reports import ReportsClient, AsyncReportsClient, FINAL_STATUSES, check_parameters;"
    "print(m.version('canvas-reports'), canvas_reports.__file__,"
    " (pathlib.Path(canvas_reports.__file__).parent / 'py.typed').exists(),"
    " check_parameters('provisioning_csv', {'user': True}).unknown[0][1])"
)


def _run(*command: str | Path, cwd: Path = ROOT) -> str:
    result = subprocess.run([str(p) for p in command], cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{command}:\n{result.stdout}{result.stderr}"
    return result.stdout


def test_pip_install_the_two_directories(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv)
    pip: list[str | Path] = [venv / "bin" / "pip", "install", "--quiet", "--disable-pip-version-check"]
    _run(*pip, ROOT / "generated", ROOT / "canvas-reports")
    client, client_location = _run(venv / "bin" / "python", "-c", CLIENT_SMOKE, cwd=tmp_path).split()
    assert client == client_version() and client_location.startswith(str(venv))
    version, location, typed, hint = _run(venv / "bin" / "python", "-c", SMOKE, cwd=tmp_path).split()
    assert location.startswith(str(venv)) and typed == "True"
    assert hint == "users"  # the parameter hints work without the repository's spec
    assert _run(venv / "bin" / "canvas-reports", "--version", cwd=tmp_path).split() == [
        "canvas-reports",
        version,
    ]
    usage = subprocess.run(
        [venv / "bin" / "canvas-reports", "list"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={},
        timeout=60,
    )
    assert usage.returncode == 2 and usage.stderr.startswith("canvas-reports: set CANVAS_BASE_URL")
