"""Download finished report files from a Canvas (or the mock) and check them against the spec's catalogue.

Why: the contract tests check every response of the API, but people run reports for the files. These
functions give the contract driver the same check for files: `check_latest_runs` is read-only (it lists
runs and downloads the newest complete one of each report type: GET requests only), `check_new_runs`
starts reports, waits for them and checks what they wrote.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from canvas_account_reports_client.models import Report

from canvas_reports.client import ReportsClient
from canvas_reports.errors import CanvasReportsError
from canvas_reports.report_files import ReportFiles, shipped_catalogue
from canvas_reports.statuses import SUCCESS_STATUSES, is_final, known_status
from canvas_reports.verify import Difference, verify_report


@dataclass
class FileCheck:
    """The outcome for one report type: the run checked (if any) and the differences found."""

    report_type: str
    report_id: int | None = None
    differences: list[Difference] = field(default_factory=list)
    note: str | None = None  # why nothing was checked, or what went wrong fetching the file
    failed: bool = False  # the note is a failure (a file could not be fetched), not just nothing to check

    @property
    def ok(self) -> bool:
        return not self.differences and not self.failed

    def lines(self) -> list[str]:
        where = f"{self.report_type} #{self.report_id}" if self.report_id else self.report_type
        if self.note:
            return [f"{where}: {self.note}"]
        if not self.differences:
            return [f"{where}: file matches the spec"]
        return [f"{where}: {difference}" for difference in self.differences]


def selecting_parameters(report: ReportFiles) -> dict[str, Any]:
    """Parameters that make a report write every file it can (each `selected_by` flag set)."""
    return {f.selected_by: True for f in report.files if f.selected_by}


def _complete_with_file(report: Report) -> bool:
    return bool(report.file_url) and known_status(report.status) in SUCCESS_STATUSES


def _check(
    canvas: ReportsClient, report: Report, workdir: Path, catalogue: Mapping[str, ReportFiles]
) -> FileCheck:
    result = FileCheck(report.report, report.id)
    try:
        download = canvas.download(report, f"{workdir}/{report.report}_{report.id}/")  # keeps its name
        result.differences = verify_report(download, report.report, catalogue=catalogue)
    except (CanvasReportsError, OSError) as exc:
        result.note, result.failed = f"could not check the file: {exc}", True
    return result


def check_runs(
    canvas: ReportsClient,
    workdir: Path,
    runs: Iterable[tuple[str, int]],
    *,
    catalogue: Mapping[str, ReportFiles] | None = None,
) -> list[FileCheck]:
    """Read-only: the given runs (report type, id) that are complete with a file; others are noted."""
    catalogue = shipped_catalogue() if catalogue is None else catalogue
    results = []
    for report_type, report_id in runs:
        try:
            report = canvas.get(report_type, report_id)
        except CanvasReportsError as exc:
            results.append(FileCheck(report_type, report_id, note=f"gone: {exc}"))
            continue
        if not _complete_with_file(report):
            results.append(FileCheck(report_type, report_id, note=f"{report.status}: no file to check"))
            continue
        results.append(_check(canvas, report, workdir, catalogue))
    return results


def check_latest_runs(
    canvas: ReportsClient,
    workdir: Path,
    report_types: Iterable[str] | None = None,
    *,
    runs_to_look_at: int = 20,
    catalogue: Mapping[str, ReportFiles] | None = None,
) -> list[FileCheck]:
    """Read-only: for each report type, the newest complete run with a file among its latest runs."""
    catalogue = shipped_catalogue() if catalogue is None else catalogue
    results = []
    for report_type in report_types if report_types is not None else catalogue:
        try:
            runs = list(islice(canvas.iter_reports(report_type, per_page=runs_to_look_at), runs_to_look_at))
        except CanvasReportsError as exc:
            results.append(FileCheck(report_type, note=f"could not list its runs: {exc}"))
            continue
        finished = next((r for r in runs if _complete_with_file(r)), None)
        if finished is None:
            results.append(FileCheck(report_type, note="no complete run with a file to check"))
            continue
        results.append(_check(canvas, finished, workdir, catalogue))
    return results


def check_new_runs(
    canvas: ReportsClient,
    workdir: Path,
    parameters: Mapping[str, Mapping[str, Any]],
    *,
    timeout: float = 120.0,
    poll_interval: float = 0.5,
    catalogue: Mapping[str, ReportFiles] | None = None,
) -> tuple[list[FileCheck], list[Report]]:
    """Start each report type with its parameters, wait for all of them, check every file written.

    Returns the checks and the reports started (the caller deletes them on a live Canvas). All are
    started first, so they run side by side.
    """
    catalogue = shipped_catalogue() if catalogue is None else catalogue
    started: list[Report] = []
    results: list[FileCheck] = []
    for report_type, params in parameters.items():
        try:
            started.append(canvas.start(report_type, dict(params)))
        except CanvasReportsError as exc:
            results.append(FileCheck(report_type, note=f"could not start it: {exc}", failed=True))
    deadline = time.monotonic() + timeout
    for report in started:
        try:
            final = canvas.wait_for_report(
                report.report,
                report.id,
                timeout=max(0.0, deadline - time.monotonic()),
                poll_interval=poll_interval,
            )
        except CanvasReportsError as exc:
            results.append(FileCheck(report.report, report.id, note=f"did not finish: {exc}", failed=True))
            continue
        if not _complete_with_file(final):
            state = final.status if is_final(final) else "unfinished"
            note = f"ended {state} without a file"
            results.append(FileCheck(report.report, report.id, note=note, failed=True))
            continue
        results.append(_check(canvas, final, workdir, catalogue))
    return results, started


__all__ = ["FileCheck", "check_latest_runs", "check_new_runs", "check_runs", "selecting_parameters"]
