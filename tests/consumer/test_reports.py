"""Another team's tests: their report code (the canvas_reports helpers) against the installed mock.

Nothing is started by hand: installing canvas-account-reports-mock gives pytest the `canvas_mock` fixture.
The mock's clock is frozen; the helpers' `sleep` advances it, so waiting for a report takes no real time.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from canvas_reports import AsyncReportsClient, ReportsClient, RetryPolicy, Throttled


def test_a_report_runs_to_complete_and_its_file_downloads(canvas_mock, tmp_path: Path) -> None:
    with ReportsClient(
        canvas_mock.url, canvas_mock.token, account_id="1", sleep=canvas_mock.advance
    ) as canvas:
        report = canvas.start("provisioning_csv", {"users": True})
        assert report.status in ("created", "running")
        canvas_mock.advance(60)
        report = canvas.get("provisioning_csv", report.id)
        assert report.status == "complete"
        download = canvas.download(report, tmp_path)
    header, *rows = download.path.read_text().splitlines()
    assert download.size > 0 and "user_id" in header.split(",") and rows


def test_a_forced_failure_ends_in_error(canvas_mock) -> None:
    canvas_mock.fail_next("provisioning_csv")
    with ReportsClient(
        canvas_mock.url, canvas_mock.token, account_id="1", sleep=canvas_mock.advance
    ) as canvas:
        report = canvas.start("provisioning_csv", {"users": True})
        report = canvas.wait_for_report("provisioning_csv", report.id)
    assert report.status == "error"
    assert [r["status"] for r in canvas_mock.reports()] == ["error"]


def test_each_test_starts_from_the_seed(canvas_mock) -> None:
    # The two tests above started reports; this one sees none.
    assert canvas_mock.reports() == []


def test_the_async_helpers_work_too(canvas_mock) -> None:
    async def run() -> str:
        async with AsyncReportsClient(canvas_mock.url, canvas_mock.token, account_id="1") as canvas:
            report = await canvas.start("provisioning_csv", {"users": True})
            canvas_mock.advance(60)
            return str((await canvas.get("provisioning_csv", report.id)).status)

    assert asyncio.run(run()) == "complete"


def test_a_full_throttle_bucket_is_throttled(canvas_mock) -> None:
    canvas_mock.fill_throttle()
    once = RetryPolicy(max_attempts=1)
    with (
        ReportsClient(canvas_mock.url, canvas_mock.token, account_id="1", retry=once) as canvas,
        pytest.raises(Throttled),
    ):
        canvas.available_reports()
