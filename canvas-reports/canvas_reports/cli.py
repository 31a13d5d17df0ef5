"""`canvas-reports`: run and follow Canvas account reports from a terminal or a script.

Configured from the environment: CANVAS_BASE_URL, CANVAS_TOKEN (never printed, never an option, so it
stays out of shell history and `ps`) and CANVAS_ACCOUNT_ID (default `self`, the root account).
Every failure is one line on stderr and a non-zero exit code:

    0  done                       2  bad usage or configuration
    1  a request failed           3  the report ended without a file, or the wait timed out
  130  interrupted
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn
from urllib.parse import urlsplit

from canvas_account_reports_client.models import AvailableReport, AvailableReportParameters, Report
from rich import filesize
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from canvas_reports import _core
from canvas_reports._files import Download
from canvas_reports.client import ReportsClient, __version__
from canvas_reports.errors import (
    AuthenticationError,
    CanvasReportsError,
    DuplicateReport,
    PermissionDenied,
    UnknownParameter,
    WaitTimeout,
)
from canvas_reports.hints import ParameterWarning
from canvas_reports.statuses import SUCCESS_STATUSES, known_status, status_text

PROG = "canvas-reports"
PIPE_WIDTH = 132
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REPORT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class UsageError(Exception):
    """Bad arguments or configuration: exit 2."""


class _Parser(argparse.ArgumentParser):
    """argparse prints usage plus an error; a failure here is one line like every other."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


def _parameter(text: str) -> tuple[str, Any]:
    """`key=value` sends the string value (as Canvas's own form does); `key:=json` sends a JSON value."""
    if ":=" in text and text.index(":=") + 1 == text.index("="):
        key, raw = text.split(":=", 1)
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise argparse.ArgumentTypeError(f"{text!r}: the value after := is not JSON ({exc.msg})") from exc
    elif "=" in text:
        key, value = text.split("=", 1)
    else:
        raise argparse.ArgumentTypeError(f"{text!r} is not key=value (or key:=json)")
    if not key:
        raise argparse.ArgumentTypeError(f"{text!r} has an empty key")
    return key, value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be more than 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    # The shared options work before or after the command (`canvas-reports --json list` or `list --json`);
    # SUPPRESS keeps a subcommand's unset copy from overwriting the one given before it.
    common = _Parser(add_help=False)
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output (JSON)"
    )
    common.add_argument(
        "--account",
        default=argparse.SUPPRESS,
        metavar="ID",
        help="account id, `self` (the root account) or sis_account_id:… ($CANVAS_ACCOUNT_ID, else self)",
    )
    common.add_argument(
        "--base-url", default=argparse.SUPPRESS, metavar="URL", help="Canvas URL (default: $CANVAS_BASE_URL)"
    )
    common.add_argument(
        "--http-timeout",
        type=_seconds,
        default=argparse.SUPPRESS,
        metavar="S",
        help="seconds to wait for each HTTP answer (default 30)",
    )

    parser = _Parser(
        prog=PROG,
        parents=[common],
        description="Run and follow Canvas account reports. Needs CANVAS_BASE_URL and CANVAS_TOKEN.",
        epilog="Exit codes: 0 done, 1 a request failed, 2 bad usage/configuration, "
        "3 the report ended without a file or the wait timed out.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    commands.add_parser("list", parents=[common], help="the report types this account can run")

    start = commands.add_parser("start", parents=[common], help="start a report; optionally wait, download")
    start.add_argument("report_type", metavar="TYPE", help="report type, e.g. provisioning_csv")
    start.add_argument(
        "-p",
        "--param",
        dest="params",
        action="append",
        type=_parameter,
        default=[],
        metavar="KEY=VALUE",
        help="report parameter; repeat for more. key=value sends a string, key:=json a JSON value",
    )
    start.add_argument("--wait", action="store_true", help="wait until the report is final (progress bar)")
    start.add_argument("--download", metavar="PATH", help="wait, then save the file to PATH (file or dir)")
    start.add_argument(
        "--timeout", type=_seconds, default=3600.0, metavar="S", help="give up waiting after S seconds (3600)"
    )
    start.add_argument(
        "--reuse",
        action="store_true",
        help="if an identical report is already running, follow that one instead of failing",
    )
    start.add_argument(
        "--strict-params",
        action="store_true",
        help="refuse a parameter the report does not read (default: warn, and send it anyway)",
    )

    status = commands.add_parser("status", parents=[common], help="one report's state")
    status.add_argument("report_type", metavar="TYPE")
    status.add_argument("report_id", metavar="ID", type=_positive_int)

    runs = commands.add_parser("runs", parents=[common], help="the runs of a report type, newest first")
    runs.add_argument("report_type", metavar="TYPE")
    runs.add_argument(
        "--limit", type=int, default=20, metavar="N", help="show at most N runs; 0 for all (default 20)"
    )

    for name, help_text in (("abort", "abort a report in progress"), ("delete", "delete a report")):
        sub = commands.add_parser(name, parents=[common], help=help_text)
        sub.add_argument("report_type", metavar="TYPE")
        sub.add_argument("report_id", metavar="ID", type=_positive_int)

    download = commands.add_parser("download", parents=[common], help="save a complete report's file")
    download.add_argument("report_type", metavar="TYPE")
    download.add_argument("report_id", metavar="ID", type=_positive_int)
    download.add_argument("path", metavar="PATH", nargs="?", default=".", help="file or directory (.)")
    return parser


# -- output ------------------------------------------------------------------------------------------------
class Output:
    """Where results go: tables and lines for people, JSON for scripts; progress only on a terminal."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.out = Console(highlight=False)
        if not self.out.is_terminal:
            self.out.width = PIPE_WIDTH  # rich would assume 80 columns; a pipe or file has no edge
        self.err = Console(stderr=True, highlight=False)

    def json(self, value: Any) -> None:
        sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")

    def line(self, text: str) -> None:
        self.out.print(text, markup=False, soft_wrap=True)

    @property
    def show_progress(self) -> bool:
        return not self.as_json and self.err.is_terminal


def _when(value: Any) -> str:
    return value.isoformat(sep=" ") if value is not None else "-"


def _parameters_text(parameters: AvailableReportParameters | None) -> str:
    if parameters is None:
        return "-"
    names = []
    for name, info in parameters.additional_properties.items():
        required = getattr(info, "required", False)
        names.append(f"{name}*" if required is True else name)
    return ", ".join(names) or "-"


def _last_run_text(entry: AvailableReport) -> str:
    run = entry.last_run
    if not isinstance(run, Report):
        return "-"
    return f"#{run.id} {status_text(run)} {_when(run.created_at)}"


def show_catalogue(output: Output, entries: list[AvailableReport]) -> None:
    if output.as_json:
        output.json([e.to_dict() for e in entries])
        return
    table = Table(title=None, show_lines=False, header_style="bold")
    table.add_column("report", no_wrap=True)
    table.add_column("title", ratio=1)
    table.add_column("parameters (* required)", ratio=2, overflow="fold")
    table.add_column("last run", no_wrap=True)
    for entry in entries:
        table.add_row(entry.report, entry.title, _parameters_text(entry.parameters), _last_run_text(entry))
    output.out.print(table)


def show_report(output: Output, report: Report) -> None:
    if output.as_json:
        output.json(report.to_dict())
        return
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    rows: list[tuple[str, Any]] = [
        ("id", report.id),
        ("report", report.report),
        ("status", status_text(report)),
        ("progress", f"{report.progress}%"),
        ("created", _when(report.created_at)),
        ("started", _when(report.started_at)),
        ("ended", _when(report.ended_at)),
    ]
    if isinstance(report.run_time, float | int):
        rows.append(("run time", f"{report.run_time:.1f}s"))
    if report.parameters.to_dict():
        rows.append(("parameters", json.dumps(report.parameters.to_dict(), ensure_ascii=False)))
    if isinstance(report.message, str) and report.message:
        rows.append(("message", report.message))
    if report.file_url:
        rows.append(("file", report.file_url))
    for key, value in rows:
        table.add_row(key, str(value))
    output.out.print(table)


def show_runs(output: Output, runs: Iterator[Report], limit: int) -> None:
    taken = []
    for report in runs:
        taken.append(report)
        if limit and len(taken) >= limit:
            break
    if output.as_json:
        output.json([r.to_dict() for r in taken])
        return
    if not taken:
        output.line("no runs")
        return
    table = Table(header_style="bold")
    for column in ("id", "status", "progress", "created", "ended", "by"):
        table.add_column(column, no_wrap=column in ("id", "status"))
    for r in taken:
        user = getattr(r.user, "display_name", None) or "-"
        row = (str(r.id), status_text(r), f"{r.progress}%", _when(r.created_at), _when(r.ended_at), user)
        table.add_row(*row)
    output.out.print(table)


@contextmanager
def progress_bars(output: Output) -> Iterator[Progress | None]:
    if not output.show_progress:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=output.err, transient=False) as progress:
        yield progress


class ReportProgress:
    """Drives a bar from each polled report's `progress` (0-100) and names the state in its label."""

    def __init__(self, progress: Progress | None, report: Report) -> None:
        self.progress = progress
        self.task: TaskID | None = None
        if progress is not None:
            self.task = progress.add_task(
                self._label(report), total=100, completed=report.progress, detail=self._detail(report)
            )

    @staticmethod
    def _label(report: Report) -> str:
        return f"{report.report} #{report.id} {status_text(report)}"

    @staticmethod
    def _detail(report: Report) -> str:
        return f"{report.current_line} lines" if report.current_line else ""

    def __call__(self, report: Report) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(
                self.task,
                completed=report.progress,
                description=self._label(report),
                detail=self._detail(report),
            )


def _download_with_bar(
    canvas: ReportsClient, progress: Progress | None, report: Report, path: str
) -> Download:
    task: TaskID | None = None
    if progress is not None:
        task = progress.add_task(f"download #{report.id}", total=None, detail="")

    def on_chunk(done: int, total: int | None) -> None:
        if progress is not None and task is not None:
            size = filesize.decimal(done) + (f"/{filesize.decimal(total)}" if total else "")
            progress.update(task, completed=done, total=total, detail=size)

    return canvas.download(report, path, on_chunk=on_chunk)


# -- commands ---------------------------------------------------------------------------------------------
@contextmanager
def parameter_warnings(output: Output) -> Iterator[None]:
    """Show the helpers' ParameterWarnings as one `warning:` line each on stderr (other warnings pass)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ParameterWarning)
        try:
            yield
        finally:
            for seen in caught:
                if issubclass(seen.category, ParameterWarning):
                    output.err.print(f"{PROG}: warning: {seen.message}", markup=False, soft_wrap=True)
                else:
                    warnings.warn_explicit(seen.message, seen.category, seen.filename, seen.lineno)


def cmd_start(canvas: ReportsClient, output: Output, args: argparse.Namespace) -> int:
    parameters = dict(args.params) if args.params else None
    try:
        with parameter_warnings(output):
            report = canvas.start(args.report_type, parameters, strict_params=args.strict_params)
    except DuplicateReport as duplicate:
        if not args.reuse:
            raise
        report = duplicate.report
        if not output.as_json:
            note = f"an identical report is already in progress; following #{report.id}"
            output.err.print(note, markup=False, soft_wrap=True)
    wait = args.wait or args.download is not None
    if not wait:
        if output.as_json:
            show_report(output, report)
        else:
            output.line(f"started {report.report} #{report.id} ({status_text(report)})")
            output.line(f"follow it: {PROG} status {report.report} {report.id}")
        return EXIT_OK

    downloaded: Download | None = None
    with progress_bars(output) as progress:
        on_update = ReportProgress(progress, report)
        try:
            report = canvas.wait_for_report(
                report.report, report.id, timeout=args.timeout, poll_interval=0.5, on_update=on_update
            )
        except WaitTimeout as exc:
            raise _ReportEnded(
                f"{exc} (it keeps running: {PROG} status {report.report} {report.id})", exc.report
            ) from exc
        failed = _failure(report)
        if failed is None and args.download is not None:
            downloaded = _download_with_bar(canvas, progress, report, args.download)

    if output.as_json:
        if downloaded is not None:
            output.json({"report": report.to_dict(), "download": _download_json(downloaded)})
        else:
            show_report(output, report)
    if failed is not None:
        raise _ReportEnded(failed, report)
    if not output.as_json:
        if downloaded is not None:
            output.line(f"saved {downloaded.path} ({downloaded.size} bytes)")
        else:
            output.line(f"{report.report} #{report.id} complete: {report.file_url}")
    return EXIT_OK


def _download_json(download: Download) -> dict[str, Any]:
    return {"path": str(download.path), "size": download.size, "content_type": download.content_type}


class _ReportEnded(CanvasReportsError):
    """The report reached a final state without a file, or the wait gave up: exit 3."""

    def __init__(self, message: str, report: Report) -> None:
        super().__init__(message)
        self.report = report


def _failure(report: Report) -> str | None:
    """Why a final report is no use to someone who wanted its file, or None when it has one.

    A state newer than this client counts as success when it came with a file.
    """
    status = known_status(report.status)
    if report.file_url and (status is None or status in SUCCESS_STATUSES):
        return None
    message = report.message if isinstance(report.message, str) and report.message else None
    return f"{report.report} #{report.id} ended {status_text(report)}" + (f": {message}" if message else "")


def cmd_download(canvas: ReportsClient, output: Output, args: argparse.Namespace) -> int:
    report = canvas.get(args.report_type, args.report_id)
    with progress_bars(output) as progress:
        downloaded = _download_with_bar(canvas, progress, report, args.path)
    if output.as_json:
        output.json(_download_json(downloaded))
    else:
        output.line(f"saved {downloaded.path} ({downloaded.size} bytes)")
    return EXIT_OK


def run(args: argparse.Namespace, output: Output, canvas: ReportsClient) -> int:
    command = args.command
    if command == "list":
        show_catalogue(output, canvas.available_reports())
    elif command == "start":
        return cmd_start(canvas, output, args)
    elif command == "status":
        show_report(output, canvas.get(args.report_type, args.report_id))
    elif command == "runs":
        if args.limit < 0:
            raise UsageError("--limit must be 0 (all) or more")
        per_page = min(args.limit, 100) if args.limit else 100
        show_runs(output, canvas.iter_reports(args.report_type, per_page=per_page), args.limit)
    elif command == "abort":
        report = canvas.abort(args.report_type, args.report_id)
        if output.as_json:
            show_report(output, report)
        else:
            output.line(f"aborted {report.report} #{report.id} ({status_text(report)})")
    elif command == "delete":
        report = canvas.delete(args.report_type, args.report_id)
        if output.as_json:
            show_report(output, report)
        else:
            output.line(f"deleted {report.report} #{report.id} ({status_text(report)})")
    elif command == "download":
        return cmd_download(canvas, output, args)
    return EXIT_OK


def configure(args: argparse.Namespace, environ: dict[str, str]) -> tuple[str, str, str]:
    base_url = getattr(args, "base_url", None) or environ.get("CANVAS_BASE_URL", "")
    token = environ.get("CANVAS_TOKEN", "")
    account = getattr(args, "account", None) or environ.get("CANVAS_ACCOUNT_ID") or "self"
    if not base_url:
        raise UsageError("set CANVAS_BASE_URL to your Canvas, e.g. https://school.instructure.com")
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"CANVAS_BASE_URL must be an http(s) URL, got {base_url!r}")
    if not token.strip():
        raise UsageError("set CANVAS_TOKEN to a Canvas access token (it is read from the environment only)")
    return base_url, token.strip(), account


def _hint(exc: CanvasReportsError) -> str:
    if isinstance(exc, AuthenticationError):
        return " — check CANVAS_TOKEN"
    if isinstance(exc, PermissionDenied):
        return " — the token's user needs the 'Reports - manage' permission on this account"
    if isinstance(exc, DuplicateReport):
        return f" — follow it with --reuse, or: {PROG} status {exc.report.report} {exc.report.id}"
    return ""


def main(argv: Sequence[str] | None = None, environ: dict[str, str] | None = None) -> int:
    environ = dict(os.environ if environ is None else environ)
    token: str | None = environ.get("CANVAS_TOKEN")

    def fail(message: str, code: int) -> int:
        sys.stdout.flush()
        sys.stderr.write(f"{PROG}: {_core.redact(message, token)}\n")
        return code

    try:
        args = build_parser().parse_args(argv)
        output = Output(as_json=getattr(args, "json", False))
        base_url, token, account = configure(args, environ)
        timeout = getattr(args, "http_timeout", 30.0)
        with ReportsClient(base_url, token, account_id=account, timeout=timeout) as canvas:
            return run(args, output, canvas)
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    except UnknownParameter as exc:
        return fail(f"{exc} — fix the name, or leave out --strict-params to send it anyway", EXIT_USAGE)
    except _ReportEnded as exc:
        return fail(str(exc), EXIT_REPORT_FAILED)
    except WaitTimeout as exc:
        return fail(str(exc), EXIT_REPORT_FAILED)
    except CanvasReportsError as exc:
        return fail(f"{exc}{_hint(exc)}", EXIT_FAILED)
    except KeyboardInterrupt:
        return fail("interrupted (a started report keeps running on Canvas)", EXIT_INTERRUPTED)
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        return fail(f"{exc.strerror or exc} ({exc.filename})" if exc.filename else str(exc), EXIT_FAILED)
    except Exception as exc:  # the promise is no traceback, ever
        return fail(f"unexpected error: {type(exc).__name__}: {exc}", EXIT_FAILED)
