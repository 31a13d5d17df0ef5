"""A report's life: created -> running -> (compiling) -> complete, abort, soft delete and the error state
(reference §4, §5 and §12), driven by the mock clock that the tests advance.

Default timings: 1 s in `created`, then 2 s running; parallel reports (the grade exports) spend the last
fifth compiling. The fidelity items of the audit (abort, delete, failure text, progress) are in
test_lifecycle_fidelity.py.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime
from typing import Any

import httpx


def test_start_answers_200_with_a_created_report(canvas: Any) -> None:
    response = canvas.start(data={"parameters[users]": "true", "parameters[enrollment_term_id]": "12"})
    assert response.status_code == 200  # not 201
    report = response.json()
    assert report["status"] == "created"
    assert report["progress"] == 0
    assert report["parameters"] == {"users": "true", "enrollment_term_id": "12"}  # no locale yet
    for key in ("current_line", "started_at", "ended_at", "file_url", "message"):
        assert report[key] is None, key
    assert "attachment" not in report
    assert report["user"]["id"] == 1077
    assert report["user"]["anonymous_id"] == "tx"
    assert report["user"]["display_name"] == "Dana Admin"
    assert list(report)[:4] == ["id", "progress", "parameters", "current_line"]


def test_running_then_complete(canvas: Any) -> None:
    report = canvas.started(json={"parameters": {"users": True, "enrollments": True}})
    canvas.advance(1.5)
    running = canvas.report(report).json()
    assert running["status"] == "running"
    assert running["parameters"]["locale"] == "en"
    assert running["started_at"] is not None and running["ended_at"] is None
    assert running["progress"] == 0  # provisioning does not track progress (catalogue job.progress)
    assert running["current_line"] is None or running["current_line"] % 1000 == 0
    assert running["run_time"] == 0.5  # since the start, on the frozen clock
    canvas.advance(1.0)
    later = canvas.report(report).json()
    assert later["progress"] == 0
    assert later["current_line"] is not None and later["current_line"] % 1000 == 0
    canvas.advance(1.0)
    done = canvas.report(report).json()
    assert done["status"] == "complete"
    assert done["progress"] == 100
    assert done["ended_at"] is not None
    assert done["run_time"] == 2.0  # ended_at - started_at
    assert done["parameters"]["extra_text"].startswith("Term: ")
    assert done["message"].startswith("Provisioning report successfully generated")
    assert done["current_line"] > 0
    attachment = done["attachment"]
    assert attachment["content-type"] == "application/zip"
    assert attachment["filename"].startswith("provisioning_csv_") and attachment["filename"].endswith(".zip")
    assert attachment["created_at"].endswith("Z")
    assert done["file_url"] == f"{canvas.url}/accounts/1/files/{attachment['id']}/download"


def test_running_tracked_progress_moves(canvas: Any) -> None:
    report = canvas.started("grade_export_csv")
    canvas.advance(1.5)
    running = canvas.report(report).json()
    assert running["status"] == "running" and running["progress"] == 25
    canvas.advance(0.5)
    assert canvas.report(report).json()["progress"] == 50


def test_timestamps_have_whole_seconds_and_the_account_offset(canvas: Any) -> None:
    report = canvas.started()
    created = datetime.fromisoformat(report["created_at"])
    assert created.microsecond == 0
    offset = created.utcoffset()
    assert offset is not None and offset.total_seconds() in (-7 * 3600, -6 * 3600)


def test_run_time_grows_while_queued(canvas: Any) -> None:
    report = canvas.started()
    canvas.advance(0.25)
    assert canvas.report(report).json()["run_time"] == 0.25


def _download(canvas: Any, report: dict[str, Any]) -> httpx.Response:
    redirect = canvas.get(report["file_url"])
    assert redirect.status_code == 302
    assert redirect.headers["location"] == report["attachment"]["url"]
    return httpx.get(redirect.headers["location"])


def test_the_file_is_a_real_zip_of_csvs_built_from_the_seed(canvas: Any) -> None:
    report = canvas.started(
        data={
            "parameters[users]": "true",
            "parameters[courses]": "true",
            "parameters[enrollment_term_id]": "sis_term_id:2026-SP",
        }
    )
    canvas.advance(5)
    done = canvas.report(report).json()
    assert done["parameters"]["extra_text"] == "Term: Spring 2026; Reports: users courses "
    file = _download(canvas, done)
    assert file.status_code == 200
    assert file.headers["content-type"] == "application/zip"
    assert len(file.content) == done["attachment"]["size"]
    with zipfile.ZipFile(io.BytesIO(file.content)) as archive:
        assert sorted(archive.namelist()) == ["courses.csv", "users.csv"]
        courses = list(csv.DictReader(io.StringIO(archive.read("courses.csv").decode())))
    assert courses and {row["term_id"] for row in courses} == {"2026-SP"}
    with zipfile.ZipFile(io.BytesIO(file.content)) as archive:
        last = archive.namelist()[-1]
        last_lines = list(csv.reader(io.StringIO(archive.read(last).decode())))
    # current_line is the CSV writer's count of the last file written, header included (audit M9).
    assert done["current_line"] == len(last_lines)


def test_single_csv_reports(canvas: Any) -> None:
    report = canvas.started("grade_export_csv", json={"parameters": {"enrollment_term_id": 12}})
    canvas.advance(5)
    done = canvas.report(report).json()
    assert done["attachment"]["content-type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(_download(canvas, done).text)))
    assert rows[0][:3] == ["student name", "student id", "student sis"]
    assert len(rows) == done["current_line"] > 1  # header included (audit M9)


def test_every_catalogue_report_produces_a_file(canvas: Any) -> None:
    catalogue = canvas.get("/api/v1/accounts/1/reports").json()
    started = [canvas.started(entry["report"], json={"parameters": {"users": True}}) for entry in catalogue]
    canvas.advance(5)
    for report in started:
        done = canvas.report(report).json()
        assert done["status"] == "complete", done
        assert _download(canvas, done).status_code == 200


def test_file_url_needs_a_valid_token_with_read_reports(canvas: Any, examples: Any) -> None:
    report = canvas.started("grade_export_csv")
    canvas.advance(5)
    file_url = canvas.report(report).json()["file_url"]
    assert canvas.get(file_url, token=None).status_code == 401
    assert canvas.get(file_url, token="nope").json() == examples("InvalidAccessToken")
    assert canvas.get(file_url, token="mock-teacher-token").status_code == 403
    assert canvas.get(file_url.replace("/accounts/1/", "/accounts/2/")).status_code == 404
    without_verifier = report_file_url = canvas.report(report).json()["attachment"]["url"].split("?")[0]
    assert httpx.get(without_verifier).status_code == 401
    assert canvas.get(report_file_url).status_code == 200


def test_a_running_report_has_no_file_yet(canvas: Any) -> None:
    report = canvas.started("grade_export_csv")
    canvas.advance(1.5)
    running = canvas.report(report).json()
    assert running["file_url"] is None and "attachment" not in running
    # The job's file exists but is not published until the report completes.
    assert canvas.get("/accounts/1/files/90311/download").status_code == 404


def test_abort_a_created_report(canvas: Any) -> None:
    report = canvas.started()
    aborted = canvas.request("PUT", f"/api/v1/accounts/1/reports/provisioning_csv/{report['id']}/abort")
    assert aborted.status_code == 200
    assert aborted.json()["status"] == "aborted"
    assert aborted.json()["progress"] == 0 and aborted.json()["ended_at"] is None


def test_abort_a_running_report_keeps_its_progress_then_the_job_finishes_its_last_step(canvas: Any) -> None:
    report = canvas.started(json={"parameters": {"users": True, "enrollments": True}})
    canvas.advance(2)
    aborted = canvas.request(
        "PUT", f"/api/v1/accounts/1/reports/provisioning_csv/{report['id']}/abort"
    ).json()
    assert aborted["status"] == "aborted"
    assert aborted["progress"] == 0 and aborted["ended_at"] is None  # provisioning: progress untracked
    assert aborted["current_line"] is not None
    canvas.advance(5)
    final = canvas.report(report).json()
    assert final["status"] == "aborted"  # stays aborted
    assert final["progress"] == 100 and final["ended_at"] is not None
    assert final["parameters"]["extra_text"] == "Report has been aborted"
    assert final["current_line"] == aborted["current_line"]


def test_abort_a_compiling_report(canvas: Any) -> None:
    report = canvas.started("grade_export_csv")
    canvas.advance(2.9)
    assert canvas.report(report).json()["status"] == "compiling"
    response = canvas.request("PUT", f"/api/v1/accounts/1/reports/grade_export_csv/{report['id']}/abort")
    assert response.status_code == 200


def test_abort_in_a_final_state_is_404_and_changes_nothing(canvas: Any, examples: Any) -> None:
    report = canvas.started()
    path = f"/api/v1/accounts/1/reports/provisioning_csv/{report['id']}/abort"
    assert canvas.request("PUT", path).status_code == 200
    again = canvas.request("PUT", path)
    assert again.status_code == 404
    assert again.json() == examples("NotFound")
    done = canvas.started("grade_export_csv")
    canvas.advance(5)
    assert (
        canvas.request("PUT", f"/api/v1/accounts/1/reports/grade_export_csv/{done['id']}/abort").status_code
        == 404
    )
    assert canvas.report(done).json()["status"] == "complete"


def test_abort_is_put_only(canvas: Any) -> None:
    report = canvas.started()
    path = f"/api/v1/accounts/1/reports/provisioning_csv/{report['id']}/abort"
    for method in ("POST", "GET", "DELETE"):
        assert canvas.request(method, path).status_code == 404
    assert canvas.report(report).json()["status"] == "created"


def test_delete_is_soft_and_hides_the_report(canvas: Any, examples: Any) -> None:
    report = canvas.started("grade_export_csv")
    canvas.advance(5)
    path = f"/api/v1/accounts/1/reports/grade_export_csv/{report['id']}"
    deleted = canvas.request("DELETE", path)
    assert deleted.status_code == 200
    body = deleted.json()
    assert body["status"] == "deleted"
    assert body["file_url"] and body["attachment"]  # the file is kept
    assert canvas.get(body["file_url"]).status_code == 302
    for method, suffix in (("GET", ""), ("DELETE", ""), ("PUT", "/abort")):
        response = canvas.request(method, path + suffix)
        assert response.status_code == 404
        assert response.json() == examples("NotFound")
    assert canvas.get("/api/v1/accounts/1/reports/grade_export_csv").json() == []
    entry = next(
        e for e in canvas.get("/api/v1/accounts/1/reports").json() if e["report"] == "grade_export_csv"
    )
    assert entry["last_run"] is None


def test_delete_while_queued_keeps_json_types_and_stops_the_job(canvas: Any) -> None:
    report = canvas.started("last_user_access_csv", json={"parameters": {"course_id": 310}})
    deleted = canvas.request(
        "DELETE", f"/api/v1/accounts/1/reports/last_user_access_csv/{report['id']}"
    ).json()
    assert deleted["status"] == "deleted" and deleted["parameters"] == {"course_id": 310}
    canvas.advance(10)
    rows = canvas.control("GET", "reports").json()
    assert rows[0]["status"] == "deleted" and rows[0]["job_state"] == "stopped"


def test_lookup_needs_the_right_account_and_type(canvas: Any) -> None:
    report = canvas.started()
    assert canvas.get(f"/api/v1/accounts/1/reports/sis_export_csv/{report['id']}").status_code == 404
    assert canvas.get(f"/api/v1/accounts/2/reports/provisioning_csv/{report['id']}").status_code == 404
    assert canvas.get("/api/v1/accounts/1/reports/provisioning_csv/999999").status_code == 404


def test_forced_error_now(canvas: Any) -> None:
    report = canvas.started("grade_export_csv", data={"parameters[enrollment_term_id]": "12"})
    response = canvas.control("POST", f"reports/{report['id']}/fail")
    assert response.status_code == 200
    failed = canvas.report(report).json()
    assert failed["status"] == "error"
    assert failed["progress"] == 100 and failed["ended_at"] is not None
    assert failed["file_url"] is None and "attachment" not in failed
    # Canvas's pairing (fidelity audit D3/M3): the title in the message, the error code in extra_text.
    assert failed["message"] == "Generating the report, Grade Export Csv, failed."
    assert re.fullmatch(
        r"Failed, please report the following error code to your system administrator: ErrorReport:\d+;",
        failed["parameters"]["extra_text"],
    )
    assert failed["parameters"]["locale"] == "en"


def test_forced_error_when_the_job_would_finish(canvas: Any) -> None:
    report = canvas.started("grade_export_csv")
    canvas.control("POST", f"reports/{report['id']}/fail", json={"when": "end"}).raise_for_status()
    canvas.advance(1.5)
    assert canvas.report(report).json()["status"] == "running"
    canvas.advance(2)
    assert canvas.report(report).json()["status"] == "error"


def test_permanent_failure_changes_the_state_only(canvas: Any) -> None:
    report = canvas.started("grade_export_csv")
    canvas.advance(2)
    canvas.control("POST", f"reports/{report['id']}/fail", json={"mode": "permanent"}).raise_for_status()
    failed = canvas.report(report).json()
    assert failed["status"] == "error"
    assert failed["ended_at"] is None and failed["message"] is None and failed["progress"] < 100
    canvas.advance(3)
    assert canvas.report(report).json()["run_time"] == failed["run_time"] + 3  # no ended_at: it keeps growing


def test_failure_rules_for_the_next_reports(canvas: Any) -> None:
    canvas.control("POST", "failures", json={"report": "grade_export_csv", "count": 1}).raise_for_status()
    other = canvas.started("lti_report_csv")
    failing = canvas.started("grade_export_csv")
    fine = canvas.started("grade_export_csv", json={"parameters": {"include_deleted": True}})
    canvas.advance(5)
    assert canvas.report(other).json()["status"] == "complete"
    assert canvas.report(failing).json()["status"] == "error"
    assert canvas.report(fine).json()["status"] == "complete"
    assert canvas.control("GET", "failures").json() == []


def test_a_provisioning_report_without_object_types_fails(canvas: Any) -> None:
    report = canvas.started(json={"parameters": {"enrollment_term_id": 12}})
    canvas.advance(5)
    assert canvas.report(report).json()["status"] == "error"


def test_forcing_a_failure_on_a_finished_report_is_refused(canvas: Any) -> None:
    report = canvas.started("grade_export_csv")
    canvas.advance(5)
    assert canvas.control("POST", f"reports/{report['id']}/fail").status_code == 400
