"""docs/client.md's helpers example and command-line example run against the mock Canvas (and the Python one
type-checks under mypy --strict), so the documentation cannot drift from the code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from canvas_contract import example_value
from tests.cli.cli_mock import ROOT, Mock

README_PORT_URL = "http://127.0.0.1:8765"  # what docs/client.md tells readers (`make mock`'s default port)


def block(marker: str, language: str) -> str:
    page = (ROOT / "docs" / "client.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- {marker} -->\n```{language}\n(.*?)```", page, re.DOTALL)
    assert match, f"docs/client.md has no <!-- {marker} --> {language} block"
    return match.group(1)


def environment(mock: Mock) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CANVAS_", "TTY_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env | {"CANVAS_BASE_URL": mock.url, "CANVAS_TOKEN": "mock-admin-token"}


def test_helpers_example_runs(mock: Mock, tmp_path: Path) -> None:
    mock.control("POST", "reset")
    script = tmp_path / "example.py"
    script.write_text(block("helpers-example", "python"))
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=environment(mock),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    saved = list((tmp_path / "reports").iterdir())
    assert len(saved) == 1 and saved[0].suffix == ".zip"
    assert f"saved reports/{saved[0].name}" in proc.stdout
    assert "complete 100%" in proc.stdout
    catalogue = [entry["report"] for entry in example_value("AvailableReports")]
    assert proc.stdout.strip().splitlines()[-1] == ", ".join(catalogue)


@pytest.mark.xdist_group("mypy")
def test_helpers_example_type_checks(tmp_path: Path, mypy_cache: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(block("helpers-example", "python"))
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_command_line_example_runs(mock: Mock, tmp_path: Path) -> None:
    mock.control("POST", "reset")
    script = block("cli-example", "sh")
    assert README_PORT_URL in script
    proc = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script.replace(README_PORT_URL, mock.url)],
        cwd=tmp_path,
        env=environment(mock),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "provisioning_csv" in proc.stdout and "saved reports/" in proc.stdout
    assert '"status": "deleted"' in proc.stdout
    assert len(list((tmp_path / "reports").iterdir())) == 1
