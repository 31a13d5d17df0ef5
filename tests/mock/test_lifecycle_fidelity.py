"""The report job as Canvas's plugin code runs it: each test names the fidelity-audit item it pins
(shared/reference/fidelity-audit.md §2 D*, §3 M*). Per-report facts come from the spec's
`x-report-catalogue.<type>.job`, so the tests read them from there too.

Default timings: 1 s in `created`, then 2 s running; parallel reports compile in the last fifth.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from canvas_contract import load_spec

CATALOGUE = load_spec()["components"]["x-report-catalogue"]
ABORTED = "Report has been aborted"


def _path(report: dict[str, Any], suffix: str = "") -> str:
    return f"/api/v1/accounts/1/reports/{report['report']}/{report['id']}{suffix}"


@pytest.mark.parametrize("report_type", sorted(CATALOGUE))
def test_only_parallel_reports_compile_and_only_tracked_ones_move_progress(
    canvas: Any, report_type: str
) -> None:
    """M1, D9: `compiling` only for runner: parallel; `progress` stays 0 while running when untracked."""
    job = CATALOGUE[report_type]["job"]
    parameters = {"users": True} if report_type in ("provisioning_csv", "sis_export_csv") else {}
    report = canvas.started(report_type, json={"parameters": parameters})
    canvas.advance(1 + 2 * 0.5)
    halfway = canvas.report(report).json()
    assert halfway["status"] == "running"
    assert halfway["progress"] == (50 if job["progress"] == "tracked" else 0)
    canvas.advance(2 * 0.4)  # 90% of the run: parallel reports are joining their parts
    late = canvas.report(report).json()
    assert late["status"] == ("compiling" if job["runner"] == "parallel" else "running")
    canvas.advance(1)
    done = canvas.report(report).json()
    assert done["status"] == "complete" and done["progress"] == 100


def test_abort_while_queued_is_finalised_when_the_job_comes_up(canvas: Any, examples: Any) -> None:
    """M4, D4: progress 100, ended_at, the "stopped." message and `Report has been aborted`; started_at
    stays null; no file; visible in the list."""
    report = canvas.started(json={"parameters": {"users": "true"}})
    canvas.advance(0.5)
    aborted = canvas.request("PUT", _path(report, "/abort")).json()
    assert aborted["status"] == "aborted" and aborted["ended_at"] is None and aborted["message"] is None
    canvas.advance(1)  # the job comes up
    final = canvas.report(report).json()
    assert final["status"] == "aborted"
    assert final["progress"] == 100 and final["ended_at"] is not None and final["started_at"] is None
    assert final["message"] == "Generating the report, Provisioning Csv, stopped."
    assert final["parameters"] == {"users": "true", "extra_text": ABORTED}  # no locale: the job never ran
    assert final["file_url"] is None and "attachment" not in final
    assert set(final) == set(examples("ReportAbortedWhileQueued"))
    listed = canvas.get("/api/v1/accounts/1/reports/provisioning_csv").json()
    assert [r["id"] for r in listed] == [report["id"]]


def test_abort_while_running_keeps_the_jobs_message_and_never_attaches_a_file(canvas: Any) -> None:
    """M5, D4: the settings summary stays the message, extra_text is replaced, no file, ended_at set."""
    report = canvas.started("sis_export_csv", json={"parameters": {"users": True, "courses": True}})
    canvas.advance(2)
    canvas.request("PUT", _path(report, "/abort")).raise_for_status()
    canvas.advance(5)
    final = canvas.report(report).json()
    assert final["status"] == "aborted" and final["progress"] == 100 and final["ended_at"] is not None
    assert final["message"] == (
        "SIS Export report successfully generated with the following settings. "
        "Account: Example University; Term: All Terms; Reports: users courses "
    )
    assert final["parameters"]["extra_text"] == ABORTED
    assert final["file_url"] is None and "attachment" not in final


def test_delete_while_writing_rows_comes_back_as_aborted(canvas: Any) -> None:
    """M6, D5: the job re-reads the report every 1000 rows; finding it deleted, it sets `aborted`."""
    report = canvas.started(json={"parameters": {"users": True, "enrollments": True}})
    canvas.advance(1.2)  # running, early: more than 1000 rows still to write
    deleted = canvas.request("DELETE", _path(report))
    assert deleted.json()["status"] == "deleted"
    assert canvas.report(report).status_code == 404  # hidden until the job notices
    canvas.advance(3)
    listed = canvas.get("/api/v1/accounts/1/reports/provisioning_csv").json()
    assert [r["id"] for r in listed] == [report["id"]]
    back = canvas.report(report).json()
    assert back["status"] == "aborted"
    assert back["progress"] == 100 and back["ended_at"] is not None
    assert back["parameters"]["extra_text"] == ABORTED
    assert back["message"] == "Generating the report, Provisioning Csv, stopped."
    assert "attachment" not in back
    entry = next(
        e for e in canvas.get("/api/v1/accounts/1/reports").json() if e["report"] == "provisioning_csv"
    )
    assert entry["last_run"]["id"] == report["id"]


def test_delete_near_the_end_or_while_queued_stays_deleted(canvas: Any) -> None:
    """M6: a job with fewer than 1000 rows left never re-reads the report; a queued job is skipped."""
    late = canvas.started(json={"parameters": {"users": True}})
    queued = canvas.started(json={"parameters": {"accounts": True}})
    canvas.advance(2.99)  # `late` is a breath from its end
    canvas.request("DELETE", _path(late)).raise_for_status()
    canvas.request("DELETE", _path(queued)).raise_for_status()  # started at the same time: also late
    fresh = canvas.started(json={"parameters": {"terms": True}})
    canvas.request("DELETE", _path(fresh)).raise_for_status()  # still queued
    canvas.advance(10)
    for report in (late, queued, fresh):
        assert canvas.report(report).status_code == 404
    assert canvas.get("/api/v1/accounts/1/reports/provisioning_csv").json() == []


def test_echoed_parameters_are_accepted_and_come_back_as_sent(canvas: Any) -> None:
    """D1, D8: Canvas stores any JSON value and echoes it; the mock answers 200 where Canvas does."""
    sent = {
        "users": 1,
        "courses": "t",
        "course_id": None,
        "enrollment_term_id": None,
        "include_deleted": 0,
        "created_by_sis": "false",
        "tags": {"team": "registrar", "run": [1, {"n": 2}]},
        "enrollment_filter": ["StudentEnrollment"],
    }
    report = canvas.started(json={"parameters": sent})
    assert report["parameters"] == sent
    assert list(report["parameters"]) == list(sent)  # key order kept
    canvas.advance(5)
    done = canvas.report(report).json()
    assert {k: done["parameters"][k] for k in sent} == sent
    entry = next(
        e for e in canvas.get("/api/v1/accounts/1/reports").json() if e["report"] == "provisioning_csv"
    )
    assert {k: entry["last_run"]["parameters"][k] for k in sent} == sent


def test_null_parameters_are_no_parameters(canvas: Any) -> None:
    """D1: `"parameters": null` stores `{}` and, like no parameters, matches any in-progress report."""
    report = canvas.started("lti_report_csv", json={"parameters": None})
    assert report["parameters"] == {}
    duplicate = canvas.start("lti_report_csv", json={"parameters": None})
    assert duplicate.status_code == 409 and duplicate.json()["id"] == report["id"]


def test_several_terms_are_accepted_then_the_job_fails(canvas: Any) -> None:
    """M13, D7: the controller accepts `active_terms` and comma lists; the report job cannot use them."""
    for value in ("active_terms", "12,sis_term_id:nope"):
        report = canvas.started("grade_export_csv", json={"parameters": {"enrollment_term_id": value}})
        canvas.advance(5)
        failed = canvas.report(report).json()
        assert failed["status"] == "error", value
        assert failed["message"] == "Generating the report, Grade Export Csv, failed."
        assert "attachment" not in failed


def test_missing_dates_are_computed_and_written_back(canvas: Any) -> None:
    """D8: students_with_no_submissions_csv writes the window it used into parameters."""
    window = CATALOGUE["students_with_no_submissions_csv"]["job"]["date_window_days"]
    report = canvas.started("students_with_no_submissions_csv", json={"parameters": {"course_id": 310}})
    assert "start_at" not in report["parameters"]
    canvas.advance(1.5)
    running = canvas.report(report).json()
    start = datetime.fromisoformat(running["parameters"]["start_at"])
    end = datetime.fromisoformat(running["parameters"]["end_at"])
    assert end == datetime.fromisoformat(running["started_at"])
    assert end - start == timedelta(days=window)
    given = canvas.started(
        "students_with_no_submissions_csv",
        json={"parameters": {"start_at": "2026-02-01T00:00:00-07:00", "end_at": "2026-02-10T00:00:00-07:00"}},
    )
    canvas.advance(1.5)
    kept = canvas.report(given).json()["parameters"]
    assert (kept["start_at"], kept["end_at"]) == ("2026-02-01T00:00:00-07:00", "2026-02-10T00:00:00-07:00")


def test_a_permanent_failure_is_not_finalised(canvas: Any) -> None:
    """D11: status `error`, progress below 100, no ended_at, no message."""
    report = canvas.started("mgp_grade_export_csv", json={"parameters": {"enrollment_term_id": 12}})
    canvas.advance(1.5)
    canvas.control("POST", f"reports/{report['id']}/fail", json={"mode": "permanent"}).raise_for_status()
    failed = canvas.report(report).json()
    assert failed["status"] == "error" and failed["progress"] < 100
    assert failed["ended_at"] is None and failed["message"] is None
