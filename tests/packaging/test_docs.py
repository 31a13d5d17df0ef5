"""docs/installable-mock.md stays true: its fixture table names exactly CanvasMock's public members (read
as the breaking-change gate reads them), and its CI jobs are valid YAML whose canvas-contract lines the
real command line parser accepts."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from canvas_contract.cli import _parser

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "installable-mock.md").read_text()
PLUGIN = ROOT / "canvas-mock" / "mock_canvas" / "pytest_plugin.py"


def block(marker: str) -> str:
    start = DOC.index("```yaml\n", DOC.index(f"<!-- {marker} -->")) + len("```yaml\n")
    return DOC[start : DOC.index("\n```", start)]


def test_the_fixture_table_lists_every_public_member() -> None:
    from scripts import check_breaking

    api = check_breaking.fixture_api(PLUGIN.read_text(), str(PLUGIN))
    members = {name.split(".", 1)[1] for name in api if name.startswith("CanvasMock.")}
    table = DOC[DOC.index("| `canvas_mock.` |") : DOC.index("\n\n", DOC.index("| `canvas_mock.` |"))]
    documented = set(re.findall(r"^\| `(\w+)", table, flags=re.MULTILINE)) - {"canvas_mock"}
    assert documented == members


def strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    values = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    return [text for value in values for text in strings(value)]


@pytest.mark.parametrize("marker", ["ci-github", "ci-gitlab"])
def test_the_ci_jobs_parse_and_call_real_options(marker: str) -> None:
    texts = strings(yaml.safe_load(block(marker)))
    lines = [text for text in texts if text.startswith("canvas-contract ")]
    lines += [m for text in texts for m in re.findall(r"then (canvas-contract [^;]+)", text)]
    assert any(line.startswith("canvas-contract mock") for line in lines), lines
    assert any(line.startswith("canvas-contract live") for line in lines), lines
    for line in lines:
        words = shlex.split(re.sub(r"\$\{\{[^}]*\}\}|\"?\$\w+\"?", "X", line.split(";")[0]))
        _parser().parse_args(words[1:])  # SystemExit (a failure) on an option that does not exist
