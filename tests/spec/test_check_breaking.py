"""scripts/check_breaking.py: what it calls breaking (small before/after fixtures in breaking/), how it picks
its baseline in git, and the gate itself on this repository's spec."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from canvas_contract import load_spec
from tests.client.client_fixtures import ROOT

SCRIPT = ROOT / "scripts" / "check_breaking.py"
FIXTURES = Path(__file__).resolve().parent / "breaking"
SPEC = Path("openapi/canvas-account-reports.yaml")


def check(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), *map(str, args)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("after", "finding"),
    [
        ("removed_operation", "putThing: operation removed (PUT /things/{id})"),
        ("removed_field", "getThing 200 application/json.note: field removed"),
        ("removed_enum_value", "getThing 200 application/json.status: enum value removed: 'done'"),
        ("narrowed_type", "putThing request application/json.note: type narrowed: null no longer allowed"),
        (
            "new_required_request_field",
            "putThing request application/json.priority: new required request field",
        ),
    ],
)
def test_breaking_change_fails_without_major_bump(after: str, finding: str) -> None:
    result = check("--old", FIXTURES / "base.yaml", "--new", FIXTURES / f"{after}.yaml")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        f"  {finding}",
        f"check_breaking: 1 breaking change(s) against {FIXTURES / 'base.yaml'} without a major version bump "
        "(info.version 1.0.0 -> 1.0.0)",
    ]


def test_breaking_change_passes_with_major_bump() -> None:
    result = check("--old", FIXTURES / "base.yaml", "--new", FIXTURES / "major_bump.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "allowed by the major version bump 1.0.0 -> 2.0.0" in result.stdout
    assert "note: field removed" in result.stdout


@pytest.mark.parametrize("after", ["base", "compatible"])
def test_compatible_changes_pass(after: str) -> None:
    result = check("--old", FIXTURES / "base.yaml", "--new", FIXTURES / f"{after}.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("check_breaking: no breaking change")


def test_new_value_in_a_closed_response_enum_is_breaking(tmp_path: Path) -> None:
    """Unlike Status behind `anyOf: [Status, string]`, a closed enum rejects values it does not know."""
    open_status = "anyOf:\n            - $ref: '#/components/schemas/Status'\n            - type: string"
    base = (FIXTURES / "base.yaml").read_text()
    closed = base.replace(
        f"status:\n          {open_status}", "status: {$ref: '#/components/schemas/Status'}"
    )
    assert "status: {$ref" in closed
    before, after = tmp_path / "before.yaml", tmp_path / "after.yaml"
    before.write_text(closed)
    after.write_text(closed.replace("enum: [new, done]", "enum: [new, done, archived]"))
    result = check("--old", before, "--new", after)
    assert result.returncode == 1
    assert "new value in a closed response enum: 'archived'" in result.stdout


@pytest.mark.parametrize(
    "args",
    [("--old", "no/such/file.yaml"), ("--base", "no-such-revision"), ("--old", "README.md")],
    ids=["missing-file", "unknown-revision", "not-openapi"],
)
def test_bad_usage_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    result = check(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("check_breaking: ")
    assert result.stderr.count("\n") == 1


def _git(repo: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args]
    return subprocess.run(command, cwd=repo, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose main holds the fixture spec at the real spec's path."""
    repo = tmp_path / "repo"
    (repo / SPEC.parent).mkdir(parents=True)
    shutil.copy(FIXTURES / "base.yaml", repo / SPEC)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    return repo


def _commit_spec(repo: Path, fixture: str) -> None:
    shutil.copy(FIXTURES / f"{fixture}.yaml", repo / SPEC)
    _git(repo, "commit", "-q", "-am", fixture)


def test_baseline_is_the_newest_release_tag(repo: Path) -> None:
    _git(repo, "tag", "v1.0.0")
    _commit_spec(repo, "compatible")
    _git(repo, "tag", "v1.1.0")
    _commit_spec(repo, "removed_field")  # committed on main after the release: still breaking
    result = check("--repo", repo)
    assert result.returncode == 1
    assert f"against v1.1.0:{SPEC}" in result.stdout


def test_without_tags_a_branch_is_compared_with_main(repo: Path) -> None:
    _git(repo, "checkout", "-q", "-b", "feature")
    _commit_spec(repo, "removed_operation")
    result = check("--repo", repo)
    assert result.returncode == 1
    assert f"against main:{SPEC}" in result.stdout


def test_without_tags_on_main_the_working_spec_is_compared_with_head(repo: Path) -> None:
    shutil.copy(FIXTURES / "narrowed_type.yaml", repo / SPEC)
    result = check("--repo", repo)
    assert result.returncode == 1
    assert f"against HEAD:{SPEC}" in result.stdout


def test_this_repository_has_no_unreleased_breaking_change() -> None:
    """The gate: the working spec against its baseline (see the script's docstring)."""
    result = check()
    assert result.returncode == 0, result.stdout + result.stderr


def test_changelog_has_an_entry_for_the_spec_version() -> None:
    """A version bump (which the gate above may demand) comes with its CHANGELOG entry."""
    version = load_spec()["info"]["version"]
    headings = [line for line in (ROOT / "CHANGELOG.md").read_text().splitlines() if line.startswith("## ")]
    assert any(heading.split()[1] == version for heading in headings), f"CHANGELOG.md has no '## {version}'"
