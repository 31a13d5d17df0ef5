"""scripts/check_breaking.py also guards the canvas_mock fixture's public names: it fails when a fixture, an
attribute or a method of `CanvasMock` disappears, or a method gains a required parameter, unless the
mock's major version goes up. Each case edits a copy of the real plugin, so the gate is shown to fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_breaking.py"
MOCK = ROOT / "canvas-mock"


def copy_of_mock(where: Path) -> Path:
    (where / "mock_canvas").mkdir(parents=True)
    shutil.copy(MOCK / "pyproject.toml", where / "pyproject.toml")
    shutil.copy(MOCK / "mock_canvas" / "pytest_plugin.py", where / "mock_canvas" / "pytest_plugin.py")
    return where


def edit(folder: Path, old: str, new: str, file: str = "mock_canvas/pytest_plugin.py") -> None:
    path = folder / file
    text = path.read_text()
    assert old in text, f"{old!r} is not in {path}: update this test with the plugin"
    path.write_text(text.replace(old, new, 1))


def gate(old: Path, new: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), "--old-mock", str(old), "--new-mock", str(new)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    return copy_of_mock(tmp_path / "old"), copy_of_mock(tmp_path / "new")


@pytest.mark.parametrize(
    ("old_text", "new_text", "finding"),
    [
        ("    def reports(self)", "    def _reports(self)", "CanvasMock.reports: removed"),
        ("def canvas_mock(", "def canvas_mock_at_seed(", "fixture canvas_mock: removed"),
        ("    teacher_token = ", "    _teacher_token = ", "CanvasMock.teacher_token: removed"),
        ("self.url = server.url", "self.base_url = server.url", "CanvasMock.url: removed"),
        (
            'mode: str = "exception"',
            'how: str = "exception"',
            "CanvasMock.fail_next: parameter 'mode' removed",
        ),
        (
            "token: str | None = None)",
            "token: str | None = None, *, level: float)",
            "new required parameter 'level'",
        ),
    ],
)
def test_a_breaking_change_fails_without_a_major_bump(
    folders: tuple[Path, Path], old_text: str, new_text: str, finding: str
) -> None:
    old, new = folders
    edit(new, old_text, new_text)
    result = gate(old, new)
    assert result.returncode == 1, result.stdout + result.stderr
    assert finding in result.stdout
    edit(new, 'version = "0.', 'version = "1.', "pyproject.toml")
    assert gate(old, new).returncode == 0


def test_growth_is_not_breaking(folders: tuple[Path, Path]) -> None:
    old, new = folders
    assert gate(old, new).returncode == 0
    edit(new, "token: str | None = None)", "token: str | None = None, level: float | None = None)")
    edit(new, "    def reports(self)", "    def tokens(self) -> None:\n        pass\n\n    def reports(self)")
    result = gate(old, new)
    assert result.returncode == 0 and "unchanged or grew" in result.stdout, result.stdout


def test_an_unreadable_folder_is_a_usage_error(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    result = gate(tmp_path / "nowhere", folders[1])
    assert result.returncode == 2 and result.stderr.startswith("check_breaking: cannot read")
