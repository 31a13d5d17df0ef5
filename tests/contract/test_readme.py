"""docs/contract-testing.md stays true: its knobs exist, its CI example is valid and runs
targets that exist."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from canvas_contract import runner
from canvas_contract.testing import transport

ROOT = Path(__file__).resolve().parents[2]
# Where the contract run reads its knobs: the runner, the transport and the hooks (canvas_contract).
# Read as files: importing the hooks would register them with schemathesis in this process.
PACKAGE = Path(runner.__file__ or "").parent
SOURCES = (PACKAGE / "runner.py", PACKAGE / "testing" / "transport.py", PACKAGE / "testing" / "hooks.py")


def section() -> str:
    return (ROOT / "docs" / "contract-testing.md").read_text(encoding="utf-8")


def read_by_code() -> set[str]:
    names: set[str] = set()
    for source in SOURCES:
        names |= set(re.findall(r"\"(CONTRACT_[A-Z_]+)\"", source.read_text()))
    names |= set(re.findall(r"\$\{(CONTRACT_[A-Z_]+)\}", runner.CONFIG_PATH.read_text()))
    names |= set(
        re.findall(r"\"(CONTRACT_[A-Z_]+)\"", (ROOT / "tests/contract/test_schemathesis.py").read_text())
    )
    return names


def test_every_documented_knob_is_read_and_every_knob_is_documented() -> None:
    documented = set(re.findall(r"\b(CONTRACT_[A-Z_]+)", section()))
    assert documented <= read_by_code(), documented - read_by_code()
    driver_doc = runner.__doc__ or ""
    transport_doc = transport.__doc__ or ""
    knobs = set(re.findall(r"CONTRACT_[A-Z_]+", driver_doc + transport_doc)) - {
        "CONTRACT_MODE",  # set by the driver for its child processes, not a knob
        "CONTRACT_LEDGER",
    }
    assert knobs <= documented, knobs - documented


def test_the_ci_example_is_valid_and_runs_real_targets() -> None:
    block = section().split("```yaml\n", 1)[1].split("```", 1)[0]
    workflow = yaml.safe_load(block)
    runs = [step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step]
    targets = {run.split()[1] for run in runs if run.startswith("make ")}
    assert {"setup", "contract", "verify-recording"} <= targets
    listed = subprocess.run(
        ["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for target in targets:
        assert re.search(rf"^\s+{re.escape(target)}\s", listed, re.MULTILINE), target
