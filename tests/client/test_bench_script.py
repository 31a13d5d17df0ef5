"""scripts/bench_decode.py runs and reports both ratios. Its figures are never asserted (timing depends on
the machine); this only keeps the script working."""

from __future__ import annotations

import subprocess
import sys

from tests.client.client_fixtures import ROOT


def test_bench_decode_prints_both_ratios() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/bench_decode.py", "--repeat", "1", "--number", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "client / json.loads" in result.stdout
    assert "client / canvasapi" in result.stdout


def test_bench_decode_rejects_bad_arguments() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/bench_decode.py", "--repeat", "0"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
