"""End to end: the installed `canvas-reports` command and the helpers against the mock Canvas, each in its
own process, over a real 127.0.0.1 port; throttling included.

The mock runs in strict mode (every response it sends is validated against the spec) with a short
lifecycle; `/__mock__/` (its control API) resets it between tests, freezes its clock, fills a token's
throttle bucket and forces job failures.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from canvas_account_reports_client.models import Attachment
from canvas_reports import RateLimitPacer, ReportsClient, RetryPolicy

from canvas_contract import example_value
from tests.canvas_reports.scripted_canvas import FakeClock
from tests.cli.cli_mock import Mock, recording_proxy

COMMAND = Path(sys.executable).with_name("canvas-reports")
ADMIN = "mock-admin-token"
TEACHER = "mock-teacher-token"


@pytest.fixture(autouse=True)
def fresh(mock: Mock) -> Iterator[None]:
    mock.control("POST", "reset")
    yield
    assert mock.control("GET", "violations") in ([], {"violations": []}), "the mock sent an off-spec response"


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float

    def json(self) -> Any:
        return json.loads(self.out)


def cli(mock: Mock, *args: str, token: str | None = ADMIN, timeout: float = 60, **env: str) -> Run:
    """Run the installed command; every run is also checked never to print the token."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("CANVAS_", "TTY_", "FORCE_COLOR"))}
    environ |= {"CANVAS_BASE_URL": mock.url, **env}
    if token is not None:
        environ["CANVAS_TOKEN"] = token
    started = time.monotonic()
    proc = subprocess.run([str(COMMAND), *args], env=environ, capture_output=True, text=True, timeout=timeout)
    run = Run(proc.returncode, proc.stdout, proc.stderr, time.monotonic() - started)
    assert "Traceback" not in run.err
    if token:
        assert token not in run.out + run.err
    return run


def popen_cli(mock: Mock, *args: str) -> subprocess.Popen[str]:
    """The installed command in the background, for a test that drives the mock while it runs."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("CANVAS_", "TTY_", "FORCE_COLOR"))}
    environ |= {"CANVAS_BASE_URL": mock.url, "CANVAS_TOKEN": ADMIN}
    command = [str(COMMAND), *args]
    return subprocess.Popen(command, env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_list_shows_the_catalogue(mock: Mock) -> None:
    catalogue = [entry["report"] for entry in example_value("AvailableReports")]
    table = cli(mock, "list")
    assert table.code == 0
    assert all(name in table.out for name in catalogue)
    as_json = cli(mock, "list", "--json")
    assert [entry["report"] for entry in as_json.json()] == catalogue


def test_start_wait_download(mock: Mock, tmp_path: Path) -> None:
    run = cli(
        mock,
        "start",
        "provisioning_csv",
        "-p",
        "users=true",
        "-p",
        "courses=true",
        "--download",
        f"{tmp_path}/",
    )
    assert run.code == 0, run.err
    saved = Path(one_line(run.out).split()[1])
    assert saved.parent == tmp_path and saved.suffix == ".zip"
    with zipfile.ZipFile(saved) as archive:
        names = sorted(archive.namelist())
        assert names == ["courses.csv", "users.csv"]
        header = archive.read("users.csv").decode().splitlines()[0]
        assert "user_id" in header
    assert run.err == ""  # no progress bar on a pipe


def test_start_json_for_scripts(mock: Mock, tmp_path: Path) -> None:
    target = tmp_path / "grades.csv"
    run = cli(
        mock, "start", "grade_export_csv", "-p", "enrollment_term_id:=12", "--download", str(target), "--json"
    )
    assert run.code == 0, run.err
    result = run.json()
    assert result["report"]["status"] == "complete"
    assert result["report"]["parameters"]["enrollment_term_id"] == 12  # := kept the JSON type
    assert result["download"]["path"] == str(target)
    assert result["download"]["size"] == target.stat().st_size == result["report"]["attachment"]["size"]
    assert target.read_text().splitlines()[0]


def test_progress_bar_on_a_terminal(mock: Mock) -> None:
    run = cli(
        mock, "start", "sis_export_csv", "-p", "users=true", "--wait", TTY_COMPATIBLE="1", TTY_INTERACTIVE="1"
    )
    assert run.code == 0, run.err
    assert "sis_export_csv #" in run.err and "100%" in run.err
    assert "complete" in run.out


def test_status_runs_abort_delete(mock: Mock) -> None:
    mock.control("POST", "clock", {"freeze": True})  # keep reports in `created`
    started = cli(mock, "start", "last_user_access_csv", "-p", "course_id:=310", "--json").json()
    other = cli(mock, "start", "last_user_access_csv", "-p", "course_id:=311", "--json").json()
    report_id = str(started["id"])

    status = cli(mock, "status", "last_user_access_csv", report_id)
    assert status.code == 0 and "created" in status.out and "0%" in status.out
    runs = cli(mock, "runs", "last_user_access_csv", "--json").json()
    assert [r["id"] for r in runs] == [other["id"], started["id"]]

    aborted = cli(mock, "abort", "last_user_access_csv", report_id)
    assert aborted.code == 0 and aborted.out.strip() == f"aborted last_user_access_csv #{report_id} (aborted)"
    again = cli(mock, "abort", "last_user_access_csv", report_id)
    assert again.code == 1 and "does not exist" in one_line(again.err)

    deleted = cli(mock, "delete", "last_user_access_csv", report_id, "--json")
    assert deleted.code == 0 and deleted.json()["status"] == "deleted"
    gone = cli(mock, "status", "last_user_access_csv", report_id)
    assert gone.code == 1 and "HTTP 404" in one_line(gone.err)


def test_duplicate_then_reuse(mock: Mock) -> None:
    """The clock stays frozen until the `--reuse --wait` command is polling the first report, so the report
    cannot finish (and stop counting as a duplicate) before the command found it, however slow it starts."""
    mock.control("POST", "clock", {"freeze": True})
    first = cli(mock, "start", "outcome_export_csv", "--json").json()
    duplicate = cli(mock, "start", "outcome_export_csv")
    assert duplicate.code == 1
    line = one_line(duplicate.err)
    assert f"id {first['id']}" in line and "--reuse" in line
    with recording_proxy(mock) as proxy:
        reusing = popen_cli(
            Mock(proxy.url, mock.process), "start", "outcome_export_csv", "--reuse", "--wait", "--json"
        )
        polls = f"/reports/outcome_export_csv/{first['id']}"
        deadline = time.monotonic() + 60
        while not any(e.path.endswith(polls) for e in proxy.requests("GET")) and reusing.poll() is None:
            assert time.monotonic() < deadline, "the command never polled the report it reused"
            time.sleep(0.05)
        mock.control("POST", "clock", {"advance": 5})  # past the short lifecycle: the next poll sees it final
        out, err = reusing.communicate(timeout=60)
    assert reusing.returncode == 0, err
    assert "Traceback" not in err and ADMIN not in out + err
    assert [e.method for e in proxy.requests("POST")] == ["POST"]  # the one start, answered as a duplicate
    assert json.loads(out)["id"] == first["id"]
    assert json.loads(out)["status"] == "complete"


def test_report_error_exits_3_with_canvas_message(mock: Mock) -> None:
    mock.control("POST", "failures", {"report": "grade_export_csv", "count": 1, "mode": "exception"})
    run = cli(mock, "start", "grade_export_csv", "--wait")
    assert run.code == 3
    line = one_line(run.err)
    assert "ended error" in line and "failed" in line.lower()


def test_wait_timeout_exits_3(mock: Mock) -> None:
    """It gives up at its own deadline: polls 0.5 s apart, growing by half, fit at most four times in 1.5 s
    (at 0, 0.5, 1.25 and 1.5 s), however slowly the machine runs them; a hang fails on cli's timeout."""
    mock.control("POST", "clock", {"freeze": True})
    with recording_proxy(mock) as proxy:
        run = cli(Mock(proxy.url, mock.process), "start", "zero_activity_csv", "--wait", "--timeout", "1.5")
    assert run.code == 3
    line = one_line(run.err)
    assert "still created" in line and "after 1.5s" in line
    assert [e.method for e in proxy.requests("POST")] == ["POST"]
    assert 1 <= len(proxy.requests("GET")) <= 4


def test_bad_token_says_so(mock: Mock) -> None:
    run = cli(mock, "list", token="not-a-real-token-9c1d")
    assert run.code == 1
    line = one_line(run.err)
    assert example_value("InvalidAccessToken")["errors"][0]["message"] in line and "CANVAS_TOKEN" in line
    missing = cli(mock, "list", token=None)
    assert missing.code == 2 and "CANVAS_TOKEN" in one_line(missing.err)


def test_user_without_permission(mock: Mock) -> None:
    with recording_proxy(mock) as proxy:
        run = cli(Mock(proxy.url, mock.process), "list", token=TEACHER)
    assert run.code == 1
    assert example_value("Unauthorized")["errors"][0]["message"] in one_line(run.err)
    assert [e.status for e in proxy.exchanges] == [403], "a permission 403 is not retried"


def test_unknown_report_type(mock: Mock) -> None:
    run = cli(mock, "start", "no_such_report_csv")
    assert run.code == 1 and "HTTP 404" in one_line(run.err)
    assert cli(mock, "runs", "no_such_report_csv").out.strip() == "no runs"


def test_unreachable_canvas(mock: Mock) -> None:
    closed = Mock("http://127.0.0.1:9", mock.process)
    run = cli(closed, "list")
    assert run.code == 1 and "cannot connect to http://127.0.0.1:9" in one_line(run.err)


def test_throttled_command_waits_and_succeeds(mock: Mock) -> None:
    """An overfull bucket: 20 units above the high-water mark take 2 s to drain at Canvas's 10 units/s, so
    the first request gets the text/plain 403; the command backs off, retries and succeeds."""
    mock.control("POST", "throttle", {"token": ADMIN, "level": 620})
    run = cli(mock, "list", "--json")
    assert run.code == 0, run.err
    assert len(run.json()) == len(example_value("AvailableReports"))
    assert run.seconds >= 1.5, "it cannot have succeeded without waiting for the bucket"


# -- the helpers library against the same mock ---------------------------------------------------------


def _client(mock: Mock, statuses: list[int], **kwargs: Any) -> ReportsClient:
    def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    return ReportsClient(mock.url, ADMIN, httpx_args={"event_hooks": {"response": [record]}}, **kwargs)


@pytest.mark.filterwarnings("ignore::canvas_reports.ParameterWarning")  # `batch` only makes the runs distinct
def test_helpers_follow_the_mocks_link_header(mock: Mock) -> None:
    mock.control("POST", "clock", {"freeze": True})
    statuses: list[int] = []
    with _client(mock, statuses) as canvas:
        started = [canvas.start("course_storage_csv", {"batch": i}).id for i in range(23)]
        statuses.clear()
        seen = [report.id for report in canvas.iter_reports("course_storage_csv", per_page=10)]
    assert seen == sorted(started, reverse=True)
    assert statuses == [200, 200, 200]  # three pages, found through rel="next"


def test_helpers_ride_out_the_throttle_then_pace_themselves(mock: Mock) -> None:
    """An overfull bucket gives hosted Canvas's 429 (the mock's default) and a retry; the success that
    follows reports a nearly full bucket, so the pacer holds the next request back long enough that
    refilling the bucket above the high-water mark no longer gets it throttled.

    The helpers run on fake time whose sleeps drain the mock's bucket as that much real time would (at
    the mock's outflow), so no outcome depends on how fast this machine is: the first fill leaves 4.5 s
    of real time before the bucket would drain on its own."""
    clock = FakeClock()
    settings = mock.control("GET", "throttle")
    outflow, high_water = settings["outflow"], settings["high_water_mark"]

    def sleep_draining_the_bucket(seconds: float) -> None:
        clock.sleep(seconds)
        level = mock.control("GET", "throttle")["buckets"].get(ADMIN, 0.0)
        mock.control("POST", "throttle", {"token": ADMIN, "level": max(0.0, level - seconds * outflow)})

    statuses: list[int] = []
    policy = RetryPolicy(initial_backoff=5.0, jitter=0.2, max_backoff=10.0)  # one backoff drains 50 units
    pacer = RateLimitPacer(max_pause=1.0, clock=clock)
    with _client(
        mock, statuses, retry=policy, pacer=pacer, sleep=sleep_draining_the_bucket, clock=clock
    ) as canvas:
        mock.control("POST", "throttle", {"token": ADMIN, "level": high_water + 45})
        assert len(canvas.available_reports()) == len(example_value("AvailableReports"))
        assert statuses == [429, 200]
        assert 5.0 <= clock.sleeps[0] <= 5.2, "the retry's backoff"
        assert pacer.last_remaining is not None and pacer.last_remaining < pacer.low_water
        assert pacer.delay() == pytest.approx(pacer.max_pause)
        mock.control("POST", "throttle", {"token": ADMIN, "level": high_water + 5})
        assert len(canvas.available_reports()) == len(example_value("AvailableReports"))
    assert statuses == [429, 200, 200]
    assert clock.sleeps[1:] == [pytest.approx(1.0)], (
        "the pacer's pause, which drained the bucket below the mark"
    )


def test_helpers_download_is_byte_exact(mock: Mock, tmp_path: Path) -> None:
    with ReportsClient(mock.url, ADMIN) as canvas:
        report = canvas.start("user_access_tokens_csv")
        report = canvas.wait_for_report(report.report, report.id, poll_interval=0.3)
        saved = canvas.download(report, tmp_path)
        assert isinstance(report.file_url, str) and isinstance(report.attachment, Attachment)
        direct = httpx.get(
            report.file_url, headers={"Authorization": f"Bearer {ADMIN}"}, follow_redirects=True
        )
    assert saved.path.read_bytes() == direct.content
    assert saved.size == report.attachment.size
    assert io.BytesIO(direct.content).read(1)


def _terminal_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_interrupting_a_wait_is_one_line_and_exit_130(mock: Mock) -> None:
    mock.control("POST", "clock", {"freeze": True})
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("CANVAS_", "TTY_"))}
    environ |= {"CANVAS_BASE_URL": mock.url, "CANVAS_TOKEN": ADMIN}
    proc = subprocess.Popen(
        [str(COMMAND), "start", "public_courses_csv", "--wait"],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A child inherits SIGINT's disposition and the signal mask: a suite run in the background, or a
        # test process whose mask some library changed, would hand the command an ignored or blocked
        # SIGINT. Give it what a terminal would.
        preexec_fn=_terminal_sigint,
    )
    deadline = time.monotonic() + 15
    while not mock.control("GET", "reports") and time.monotonic() < deadline:
        time.sleep(0.1)  # until the report exists, i.e. the command is waiting
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=15)
    assert proc.returncode == 130
    assert "interrupted" in one_line(err) and "Traceback" not in err
