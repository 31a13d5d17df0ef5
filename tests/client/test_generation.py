"""generated/ (and the TypeScript types in typescript/src/generated/) is exactly what `make generate`
writes from the spec; generated/ type-checks under mypy --strict and names its classes after the
document's schemas."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from canvas_account_reports_client import models

from canvas_contract import load_spec
from tests.client.client_fixtures import GENERATED, ROOT

PACKAGE = "canvas_account_reports_client"
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache"}
TS_GENERATED = ROOT / "typescript" / "src" / "generated"


def _tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that are missing, extra or different between two directory trees."""
    differences: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        differences.extend(prefix + name for name in comparison.left_only if name not in IGNORED)
        differences.extend(prefix + name for name in comparison.right_only if name not in IGNORED)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        differences.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            if name not in IGNORED:
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(expected, actual, ignore=list(IGNORED)), "")
    return sorted(differences)


def test_generated_is_what_make_generate_writes(tmp_path: Path) -> None:
    """The drift gate: regenerate from the spec into temp dirs and compare with generated/ and with the
    TypeScript package's typescript/src/generated/."""
    fresh = tmp_path / "generated"
    fresh_typescript = tmp_path / "ts-generated"
    # -o setup: the venv is already set up (this test runs in it); only the generator recipe runs.
    result = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-s",
            "-o",
            "setup",
            "generate",
            f"GENERATED={fresh}",
            f"TS_GENERATED={fresh_typescript}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    differences = _tree_differences(fresh, GENERATED)
    assert not differences, f"generated/ is stale, run `make generate`: {differences}"
    differences = _tree_differences(fresh_typescript, TS_GENERATED)
    assert not differences, f"typescript/src/generated/ is stale, run `make generate`: {differences}"


@pytest.mark.skipif(
    not os.environ.get("CI"), reason="CI only: locally generated/ may be regenerated but not yet committed"
)
def test_generated_is_committed() -> None:
    """In CI `make` has just regenerated generated/, so any difference from the commit is drift."""
    status = subprocess.run(
        ["git", "status", "--porcelain", "--", "generated", "typescript/src/generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert status.stdout == "", f"generated/ differs from the committed tree:\n{status.stdout}"


@pytest.mark.xdist_group("mypy")
def test_mypy_strict_passes_on_generated(mypy_cache: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), "-p", PACKAGE],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_distribution_name_and_version_come_from_the_config_and_the_spec() -> None:
    project = tomllib.loads((GENERATED / "pyproject.toml").read_text())["project"]
    assert project["name"] == "canvas-account-reports-client"
    assert project["version"] == load_spec()["info"]["version"]
    assert (GENERATED / PACKAGE / "py.typed").exists()


def test_every_component_model_is_a_class_of_the_same_name() -> None:
    for name, schema in load_spec()["components"]["schemas"].items():
        is_model = schema.get("type") == "object" or "enum" in schema or "allOf" in schema
        if is_model:
            assert hasattr(models, name), f"components/schemas/{name} has no class {name}"


def test_no_class_has_a_positional_name() -> None:
    """Inline schemas are named in generator_config.yml, not left as ...Type0 or ...Item."""
    for name in models.__all__:
        assert not name.endswith(("Type0", "Type1", "Item")), name
    assert callable(models.AvailableReportParameters) and callable(models.AvailableReportsInclude)
