"""canvas-reports in-process against a scripted Canvas: output, exit codes, one-line failures, no token."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from canvas_reports import cli
from scripted_canvas import BASE_URL, TOKEN, json_response, report_json, throttled_response

from canvas_contract import example_value

REPORTS = "/api/v1/accounts/self/reports"
RUNS = f"{REPORTS}/provisioning_csv"


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


class TestArguments:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("users=true", ("users", "true")),
            ("enrollment_term_id:=12", ("enrollment_term_id", 12)),
            ("users:=true", ("users", True)),
            ("start_at=2026-02-01T00:00:00-07:00", ("start_at", "2026-02-01T00:00:00-07:00")),
            ("extra=a=b", ("extra", "a=b")),
            ('states:=["active"]', ("states", ["active"])),
        ],
    )
    def test_parameters(self, text: str, expected: tuple[str, object]) -> None:
        assert cli._parameter(text) == expected

    @pytest.mark.parametrize(
        "argv",
        [
            ["start", "provisioning_csv", "-p", "users"],
            ["start", "x", "-p", "a:={"],
            ["status", "provisioning_csv", "abc"],
            ["nope"],
            [],
            ["runs"],
        ],
    )
    def test_bad_usage_is_one_line_and_exit_2(self, run_cli, argv: list[str]) -> None:
        result, script = run_cli(*argv)
        assert result.code == 2
        assert one_line(result.err).startswith("canvas-reports: ")
        assert script.requests == []

    @pytest.mark.parametrize(
        ("env", "needle"),
        [
            ({"CANVAS_TOKEN": TOKEN}, "set CANVAS_BASE_URL"),
            ({"CANVAS_BASE_URL": BASE_URL}, "set CANVAS_TOKEN"),
            ({"CANVAS_BASE_URL": "canvas.example.edu", "CANVAS_TOKEN": TOKEN}, "http(s) URL"),
        ],
    )
    def test_configuration_errors(self, run_cli, env: dict[str, str], needle: str) -> None:
        result, _ = run_cli("list", env=env)
        assert result.code == 2
        assert needle in one_line(result.err)


class TestCommands:
    def test_list_is_a_table_of_the_catalogue(self, run_cli) -> None:
        run_cli.script.on("GET", REPORTS, json_response(200, example_value("AvailableReports")))
        result, _ = run_cli("list")
        assert result.code == 0
        for entry in example_value("AvailableReports"):
            assert entry["report"] in result.out
        assert "enrollment_term_id*" in result.out  # mgp_grade_export_csv requires it

    def test_list_json_round_trips(self, run_cli) -> None:
        run_cli.script.on("GET", REPORTS, json_response(200, example_value("AvailableReports")))
        result, _ = run_cli("list", "--json")
        assert json.loads(result.out) == example_value("AvailableReports")

    def test_account_option_and_env(self, run_cli) -> None:
        run_cli.script.on("GET", "/api/v1/accounts/sis_account_id:sub-2/reports", json_response(200, []))
        result, script = run_cli("--account", "sis_account_id:sub-2", "list")
        assert result.code == 0
        env = {
            "CANVAS_BASE_URL": BASE_URL,
            "CANVAS_TOKEN": TOKEN,
            "CANVAS_ACCOUNT_ID": "sis_account_id:sub-2",
        }
        result, script = run_cli("list", env=env)
        assert result.code == 0 and len(script.requests) == 2

    def test_start_sends_typed_parameters(self, run_cli) -> None:
        run_cli.script.on("POST", RUNS, json_response(200, report_json("ReportCreated")))
        result, script = run_cli(
            "start", "provisioning_csv", "-p", "users=true", "-p", "enrollment_term_id:=12"
        )
        assert result.code == 0
        assert "started provisioning_csv #4821 (created)" in result.out
        sent = json.loads(script.calls("POST", RUNS)[0].content)
        assert sent == {"parameters": {"users": "true", "enrollment_term_id": 12}}

    def test_unknown_parameter_warns_with_the_closest_name_and_is_sent(self, run_cli) -> None:
        run_cli.script.on("POST", RUNS, json_response(200, report_json("ReportCreated")))
        result, script = run_cli("start", "provisioning_csv", "-p", "user=true", "--json")
        assert result.code == 0
        warning = "provisioning_csv does not read parameter `user`; did you mean `users`?"
        assert result.err == f"canvas-reports: warning: {warning}\n"
        assert json.loads(script.calls("POST", RUNS)[0].content) == {"parameters": {"user": "true"}}
        json.loads(result.out)  # stdout stays pure JSON

    def test_strict_params_refuses_an_unknown_parameter(self, run_cli) -> None:
        result, script = run_cli("start", "provisioning_csv", "-p", "user=true", "--strict-params")
        assert result.code == cli.EXIT_USAGE
        assert result.err.count("\n") == 1 and "did you mean `users`?" in result.err
        assert "--strict-params" in result.err
        assert script.requests == []

    def test_missing_required_parameter_warns(self, run_cli) -> None:
        mgp = f"{REPORTS}/mgp_grade_export_csv"
        run_cli.script.on("POST", mgp, json_response(200, report_json("ReportCreated")))
        result, _ = run_cli("start", "mgp_grade_export_csv", "--strict-params")
        assert result.code == 0  # Canvas does not enforce it, so neither does --strict-params
        assert "parameter `enrollment_term_id` is missing" in result.err

    def test_start_wait_download(self, run_cli, tmp_path: Path) -> None:
        complete = report_json("ReportComplete")
        body = b"canvas_user_id,user_id\n1,u1\n"
        complete["attachment"]["size"] = len(body)
        run_cli.script.on("POST", RUNS, json_response(200, report_json("ReportCreated")))
        run_cli.script.on(
            "GET",
            f"{RUNS}/4821",
            json_response(200, report_json("ReportRunning")),
            json_response(200, complete),
        )
        run_cli.script.on("GET", "/accounts/1/files/90311/download", httpx.Response(200, content=body))
        result, _ = run_cli("start", "provisioning_csv", "--download", str(tmp_path), "--json")
        assert result.code == 0, result.err
        out = json.loads(result.out)
        assert out["report"]["status"] == "complete"
        saved = Path(out["download"]["path"])
        assert saved.parent == tmp_path and saved.read_bytes() == body
        assert result.err == ""

    def test_report_that_fails_exits_3_with_canvas_message(self, run_cli) -> None:
        run_cli.script.on(
            "POST",
            f"{REPORTS}/grade_export_csv",
            json_response(200, report_json("ReportError", status="created")),
        )
        run_cli.script.on(
            "GET", f"{REPORTS}/grade_export_csv/4823", json_response(200, report_json("ReportError"))
        )
        result, _ = run_cli("start", "grade_export_csv", "--wait")
        assert result.code == 3
        line = one_line(result.err)
        assert "ended error" in line and example_value("ReportError")["message"] in line

    def test_duplicate_fails_or_follows_with_reuse(self, run_cli) -> None:
        location = f"{BASE_URL}/api/v1/accounts/1/reports/provisioning_csv/4821"
        run_cli.script.on("POST", RUNS, json_response(409, report_json("ReportDuplicate"), Location=location))
        result, _ = run_cli("start", "provisioning_csv")
        assert result.code == 1
        assert "already in progress" in one_line(result.err) and "--reuse" in result.err
        run_cli.script.on("GET", f"{RUNS}/4821", json_response(200, report_json("ReportComplete")))
        result, _ = run_cli("start", "provisioning_csv", "--reuse", "--wait")
        assert result.code == 0
        assert "complete" in result.out

    def test_status_runs_abort_delete(self, run_cli) -> None:
        script = run_cli.script
        script.on("GET", f"{RUNS}/4821", json_response(200, report_json("ReportRunning")))
        script.on(
            "GET",
            RUNS,
            json_response(200, [report_json("ReportComplete"), report_json("ReportRunning", id=4820)]),
        )
        script.on("PUT", f"{RUNS}/4821/abort", json_response(200, report_json("ReportAborted", id=4821)))
        script.on("DELETE", f"{RUNS}/4821", json_response(200, report_json("ReportDeleted", id=4821)))
        status, _ = run_cli("status", "provisioning_csv", "4821")
        assert "running" in status.out and "40%" in status.out
        runs, _ = run_cli("runs", "provisioning_csv", "--json")
        assert [r["id"] for r in json.loads(runs.out)] == [4821, 4820]
        aborted, _ = run_cli("abort", "provisioning_csv", "4821")
        assert aborted.out.strip() == "aborted sis_export_csv #4821 (aborted)"
        deleted, _ = run_cli("delete", "provisioning_csv", "4821", "--json")
        assert json.loads(deleted.out)["status"] == "deleted"


class TestFailures:
    def test_bad_token_says_so_and_never_prints_it(self, run_cli) -> None:
        run_cli.script.on("GET", REPORTS, json_response(401, example_value("InvalidAccessToken")))
        result, _ = run_cli("list")
        assert result.code == 1
        line = one_line(result.err)
        assert "Invalid access token." in line and "CANVAS_TOKEN" in line
        assert TOKEN not in result.out + result.err

    def test_permission_and_not_found(self, run_cli) -> None:
        run_cli.script.on("GET", REPORTS, json_response(403, example_value("Unauthorized")))
        result, _ = run_cli("list")
        assert result.code == 1 and "not authorized" in one_line(result.err)
        result, _ = run_cli("status", "provisioning_csv", "999")
        assert result.code == 1 and "does not exist" in one_line(result.err)

    def test_throttle_outlasting_retries(self, run_cli) -> None:
        run_cli.script.on("GET", REPORTS, throttled_response())
        result, script = run_cli("list")
        assert result.code == 1 and "throttled" in one_line(result.err)
        assert len(script.requests) == 4

    def test_unreachable_canvas(self, run_cli) -> None:
        run_cli.script.on("GET", REPORTS, httpx.ConnectError("[Errno 111] Connection refused"))
        result, _ = run_cli("list")
        assert result.code == 1 and "cannot connect" in one_line(result.err)

    def test_unexpected_exception_is_one_line_and_the_token_is_redacted(self, run_cli, monkeypatch) -> None:
        def boom(*args: object, **kwargs: object) -> None:
            raise RuntimeError(f"something odd with Bearer {TOKEN}")

        monkeypatch.setattr(cli, "show_catalogue", boom)
        run_cli.script.on("GET", REPORTS, json_response(200, []))
        result, _ = run_cli("list")
        assert result.code == 1
        line = one_line(result.err)
        assert "unexpected error: RuntimeError" in line and TOKEN not in line


class TestProgress:
    def test_bar_follows_the_reports_progress(self) -> None:
        from canvas_account_reports_client.models import Report
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(file=open(os.devnull, "w"), force_terminal=True))  # noqa: SIM115
        bar = cli.ReportProgress(progress, Report.from_dict(report_json("ReportCreated")))
        task = progress.tasks[0]
        seen = []
        for value in (10, 40, 90):
            bar(Report.from_dict(report_json("ReportRunning", progress=value, current_line=value * 50)))
            seen.append((task.completed, task.description, task.fields["detail"]))
        bar(Report.from_dict(report_json("ReportComplete")))
        assert seen == [
            (10, "provisioning_csv #4821 running", "500 lines"),
            (40, "provisioning_csv #4821 running", "2000 lines"),
            (90, "provisioning_csv #4821 running", "4500 lines"),
        ]
        assert task.completed == 100 and task.description.endswith("complete")

    def test_terminal_shows_the_bar_pipes_do_not(self, run_cli, monkeypatch) -> None:
        run_cli.script.on("POST", RUNS, json_response(200, report_json("ReportCreated")))
        run_cli.script.on(
            "GET",
            f"{RUNS}/4821",
            json_response(200, report_json("ReportRunning")),
            json_response(200, report_json("ReportComplete")),
        )
        piped, _ = run_cli("start", "provisioning_csv", "--wait")
        assert piped.code == 0 and piped.err == ""
        monkeypatch.setenv("TTY_COMPATIBLE", "1")  # rich: treat stderr as a terminal
        shown, _ = run_cli("start", "provisioning_csv", "--wait")
        assert shown.code == 0
        assert "provisioning_csv #4821 complete" in shown.err and "100%" in shown.err
        assert "complete: https://canvas.example.edu/accounts/1/files/90311/download" in shown.out
