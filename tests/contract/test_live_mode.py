"""Live mode of `make contract`, proven against the mock served on a real port as if it were Canvas.

The driver (scripts/contract.py) is run exactly as a team would run it against production, with the mock
throttling hard enough that the run must back off on Canvas's text/plain 403. Afterwards the mock's own
state (its control API, outside the spec) is the witness: what was started, on which account, and
whether every report the run started was deleted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import requests

from canvas_contract import operations
from mock_canvas import Settings, running_mock

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "scripts" / "contract.py"
ADMIN_TOKEN = "mock-admin-token"
# The mock throttles like Canvas, with a faster outflow so a throttled token recovers in about 0.3 s.
# Every two seconds the test fills the run's bucket to the maximum through the control API, so the run is
# throttled several times and must back off on the text/plain 403 to finish green.
OUTFLOW = 600.0
BUCKET_MAXIMUM = 800.0


@pytest.fixture
def canvas() -> Iterator[Any]:
    # A frozen clock keeps every report `created`, so the colleague's reports below stay abortable and
    # deletable for the whole run: the strongest bait for a run that touched reports not its own.
    with running_mock(Settings(strict=True, throttle_outflow=OUTFLOW, freeze_clock=True)) as mock:
        # Someone else's reports on the same account: a live run must not abort or delete them.
        for report in ("developer_key_report_csv", "provisioning_csv"):
            started = requests.post(
                f"{mock.url}/api/v1/accounts/1/reports/{report}",
                json={"parameters": {"owner": "colleague"}},
                headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
                timeout=10,
            )
            started.raise_for_status()
        stop = threading.Event()

        def throttle_the_run() -> None:
            while not stop.wait(2.0):
                requests.post(
                    f"{mock.url}/__mock__/throttle",
                    json={"token": ADMIN_TOKEN, "level": BUCKET_MAXIMUM},
                    timeout=10,
                )

        thread = threading.Thread(target=throttle_the_run, daemon=True)
        thread.start()
        try:
            yield mock
        finally:
            stop.set()
            thread.join(timeout=10)


def clean_environment() -> dict[str, str]:
    """The caller's environment without any Canvas or contract settings that would change the run."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("CANVAS_", "CONTRACT_", "MOCK_"))}


def run_live(canvas: Any, tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        **clean_environment(),
        "CANVAS_BASE_URL": canvas.url,
        "CANVAS_TOKEN": ADMIN_TOKEN,
        "CANVAS_ACCOUNT_ID": "1",
        "CONTRACT_MAX_EXAMPLES": "3",
        "CONTRACT_SEED": "4821",
        "CONTRACT_RATE_LIMIT": "50/s",
        "CONTRACT_THROTTLE_DELAY": "0.05",
        "CONTRACT_THROTTLE_OUTFLOW": str(OUTFLOW),
        "CONTRACT_REPORT_DIR": str(tmp_path),
        **extra,
    }
    return subprocess.run(
        [sys.executable, str(DRIVER)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=240
    )


def mock_reports(canvas: Any) -> list[dict[str, Any]]:
    """Every report the mock holds, deleted ones included (control API)."""
    response = requests.get(f"{canvas.url}/__mock__/reports", timeout=10)
    response.raise_for_status()
    return response.json()


def har_requests(tmp_path: Path) -> list[tuple[str, str]]:
    har = json.loads((tmp_path / "contract-live.har").read_text())
    return [(e["request"]["method"], e["request"]["url"]) for e in har["log"]["entries"]]


def test_live_mode_reads_only_by_default(canvas: Any, tmp_path: Path) -> None:
    before = mock_reports(canvas)
    done = run_live(canvas, tmp_path)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert mock_reports(canvas) == before  # nothing started, aborted or deleted
    sent = har_requests(tmp_path)
    assert sent, "the run sent nothing"
    assert {method for method, _ in sent} == {"GET"}
    assert all("/api/v1/accounts/1/reports" in url for _, url in sent)
    tested = {
        case.get("name") for case in ElementTree.parse(tmp_path / "contract-junit.xml").iter("testcase")
    }
    assert tested - {"Stateful tests"} == {f"GET {op.path}" for op in operations() if op.method == "GET"}


def test_live_mode_with_writes_deletes_every_report_it_started(canvas: Any, tmp_path: Path) -> None:
    colleagues = {r["id"]: r["status"] for r in mock_reports(canvas)}
    done = run_live(canvas, tmp_path, CONTRACT_ALLOW_WRITES="1")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "Canvas throttled" in done.stderr, "the mock never throttled: the backoff was not exercised"

    reports = mock_reports(canvas)
    ours = [r for r in reports if r["id"] not in colleagues]
    assert ours, "the run started no report"
    left = [r for r in ours if r["status"] != "deleted"]
    assert left == [], f"reports left behind: {left}"
    # Someone else's reports are untouched (not aborted, not deleted).
    assert {r["id"]: r["status"] for r in reports if r["id"] in colleagues} == colleagues
    # Pinned: one account, one report type: the one the driver chose and announced.
    assert {r["account_id"] for r in ours} == {1}
    assert len({r["report"] for r in ours}) == 1
    assert f"starts only {ours[0]['report']} reports" in done.stderr

    # The driver's own record agrees: everything it started was deleted and is gone.
    cleanup = json.loads((tmp_path / "contract-cleanup.json").read_text())
    assert {c["id"] for c in cleanup} == {r["id"] for r in ours}
    assert all(c["get_after_status"] == 404 for c in cleanup)

    # The traffic it recorded is valid input for `make verify-recording`, and matches the spec.
    verified = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "verify_recording.py"), str(tmp_path / "contract-live.har")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verified.returncode == 0, verified.stdout[-4000:] + verified.stderr


def test_live_mode_needs_all_three_settings(tmp_path: Path) -> None:
    env = clean_environment()
    env["CANVAS_BASE_URL"] = "https://canvas.example.edu"
    done = subprocess.run(
        [sys.executable, str(DRIVER)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "CANVAS_TOKEN" in done.stderr and "CANVAS_ACCOUNT_ID" in done.stderr
