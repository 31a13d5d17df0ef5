"""ReportsClient: the loops every caller of the Account Reports API would otherwise write themselves.

Built on the generated client's public API (`AuthenticatedClient`, the `api.account_reports` functions and
the models); this module adds pagination, throttle-aware retries, pacing, waiting and downloading.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Mapping
from http import HTTPStatus
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import httpx
from canvas_account_reports_client import AuthenticatedClient
from canvas_account_reports_client.api.account_reports import (
    abort_report,
    delete_report,
    get_report,
    list_available_reports,
    list_reports,
    start_report,
)
from canvas_account_reports_client.models import (
    AvailableReport,
    AvailableReportsInclude,
    Report,
    ReportParameters,
    StartReportRequest,
)
from canvas_account_reports_client.types import UNSET, Response, Unset
from tenacity import Retrying

from canvas_reports import _core, _files
from canvas_reports.errors import (
    DownloadError,
    DuplicateReport,
    TransportError,
    WaitTimeout,
)
from canvas_reports.hints import warn_about_parameters
from canvas_reports.statuses import is_final, status_text

try:
    __version__ = version("canvas-reports")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without installing
    __version__ = "0"

USER_AGENT = f"canvas-reports/{__version__} (+httpx)"  # hosted Canvas refuses requests without one
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_PER_PAGE = 100  # the spec's PerPage maximum


def start_body(parameters: Mapping[str, Any] | None) -> StartReportRequest | Unset:
    """JSON body for startReport: JSON keeps value types, so `{"course_id": 310}` stays a number.

    None sends no body, which Canvas stores as `{}` (and which, for the duplicate check, matches any
    in-progress report of the type).
    """
    if parameters is None:
        return UNSET
    return StartReportRequest(parameters=ReportParameters.from_dict(dict(parameters)))


class ReportsClient:
    """Synchronous helpers for one Canvas and one account.

    >>> with ReportsClient("https://canvas.example.edu", token) as canvas:      # doctest: +SKIP
    ...     report = canvas.start("provisioning_csv", {"users": True})
    ...     report = canvas.wait_for_report("provisioning_csv", report.id)
    ...     canvas.download(report, "reports/")
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        account_id: str = "self",
        retry: _core.RetryPolicy | None = None,
        pacer: _core.RateLimitPacer | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        httpx_args: dict[str, Any] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.account_id = account_id
        self.retry = retry or _core.RetryPolicy()
        self.pacer = pacer or _core.RateLimitPacer(clock=clock)
        self._sleep = sleep
        self._clock = clock
        self._token = token
        self.api = AuthenticatedClient(
            base_url=self.base_url,
            token=token,
            headers={"User-Agent": USER_AGENT},
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            httpx_args=dict(httpx_args or {}),
            raise_on_unexpected_status=False,
        )

    # -- lifecycle -------------------------------------------------------------------------------------
    def close(self) -> None:
        self.api.get_httpx_client().close()

    def __enter__(self) -> ReportsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the one place requests go out ------------------------------------------------------------------
    def _call(
        self,
        send: Callable[[], Response[Any]],
        *,
        idempotent: bool,
        what: str,
        accept: tuple[int, ...] = (),
    ) -> Response[Any]:
        """Send with pacing and retries; return the response or raise the matching error."""
        retrying = Retrying(
            stop=self.retry.stop(self._clock),
            wait=self.retry.wait(),
            retry=_core.retry_condition(idempotent),
            sleep=self._sleep,
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    pause = self.pacer.delay()
                    if pause > 0:
                        self._sleep(pause)
                    response = send()
                    self.pacer.observe(response.headers)
                    if int(response.status_code) not in accept:
                        _core.raise_for_status(response, what)
                    return response
        except httpx.HTTPError as exc:
            raise TransportError(f"{what}: {_core.describe_transport_error(exc, self.base_url)}") from exc
        raise AssertionError("unreachable: tenacity either returns or raises")  # pragma: no cover

    # -- the six operations ------------------------------------------------------------------------------
    def available_reports(
        self, *, include: list[AvailableReportsInclude] | None = None
    ) -> list[AvailableReport]:
        """The catalogue: every report type this account can run (one response, sorted by title)."""
        what = "listAvailableReports"
        response = self._call(
            lambda: list_available_reports.sync_detailed(
                self.account_id, client=self.api, include=include or UNSET
            ),
            idempotent=True,
            what=what,
        )
        return list(_core.parsed_or_raise(response, list, what))

    def start(
        self, report_type: str, parameters: Mapping[str, Any] | None = None, *, strict_params: bool = False
    ) -> Report:
        """Start a report. An identical one already in progress raises DuplicateReport (with it attached).

        Parameter names are checked against the report's catalogue entry first: an unknown name or a
        missing required one is a `hints.ParameterWarning` (the request still goes out, as Canvas ignores
        what it does not read); with `strict_params` an unknown name raises UnknownParameter instead.
        """
        warn_about_parameters(report_type, parameters, strict=strict_params, stacklevel=2)
        what = f"startReport {report_type}"
        body = start_body(parameters)
        response = self._call(
            lambda: start_report.sync_detailed(self.account_id, report_type, client=self.api, body=body),
            idempotent=False,
            what=what,
            accept=(409,),
        )
        if int(response.status_code) == 409:
            existing = _core.parsed_as(response, Report, what)
            raise DuplicateReport(
                f"{what}: an identical report is already in progress: "
                f"id {existing.id} ({status_text(existing)})",
                report=existing,
                location=response.headers.get("Location"),
                body=response.content,
            )
        return _core.parsed_or_raise(response, Report, what)

    def get(self, report_type: str, report_id: int) -> Report:
        what = f"getReport {report_type} {report_id}"
        response = self._call(
            lambda: get_report.sync_detailed(self.account_id, report_type, report_id, client=self.api),
            idempotent=True,
            what=what,
        )
        return _core.parsed_or_raise(response, Report, what)

    def delete(self, report_type: str, report_id: int) -> Report:
        """Soft-delete. Not retried after a timeout or 5xx: a repeat of a delete that worked is a 404."""
        what = f"deleteReport {report_type} {report_id}"
        response = self._call(
            lambda: delete_report.sync_detailed(self.account_id, report_type, report_id, client=self.api),
            idempotent=False,
            what=what,
        )
        return _core.parsed_or_raise(response, Report, what)

    def abort(self, report_type: str, report_id: int) -> Report:
        """Abort a report in progress (404 once it is final). Not retried after a timeout, like delete."""
        what = f"abortReport {report_type} {report_id}"
        response = self._call(
            lambda: abort_report.sync_detailed(self.account_id, report_type, report_id, client=self.api),
            idempotent=False,
            what=what,
        )
        return _core.parsed_or_raise(response, Report, what)

    def list_page(self, report_type: str, *, page: int = 1, per_page: int = MAX_PER_PAGE) -> _core.ReportPage:
        """One page of listReports, with the page its `Link` header names as next."""
        what = f"listReports {report_type}"
        response = self._call(
            lambda: list_reports.sync_detailed(
                self.account_id, report_type, client=self.api, page=page, per_page=per_page
            ),
            idempotent=True,
            what=f"{what} page {page}",
        )
        return _core.report_page(response, what)

    def iter_reports(self, report_type: str, *, per_page: int = MAX_PER_PAGE) -> Iterator[Report]:
        """Every run of `report_type`, newest first, fetched one page at a time as you iterate.

        Follows the `rel="next"` link (its page and per_page) until there is none; only the current page
        is held in memory, so this runs in constant memory however many runs there are.
        """
        number: int | None = 1
        while number is not None:
            page = self.list_page(report_type, page=number, per_page=per_page)
            yield from page.reports
            per_page = (page.next_page[1] if page.next_page else None) or per_page
            number = _core.following_page(number, page, f"listReports {report_type}")

    # -- waiting and downloading ---------------------------------------------------------------------------
    def wait_for_report(
        self,
        report_type: str,
        report_id: int,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        on_update: Callable[[Report], None] | None = None,
    ) -> Report:
        """Poll getReport until the report is final (complete, error, aborted, deleted) and return it.

        The interval grows by half each poll up to `max_poll_interval`. `on_update` sees every state
        (drive a progress bar with `report.progress`). Raises WaitTimeout after `timeout` seconds.
        """
        deadline = self._clock() + timeout
        interval = poll_interval
        while True:
            report = self.get(report_type, report_id)
            if on_update is not None:
                on_update(report)
            if is_final(report):
                return report
            left = deadline - self._clock()
            if left <= 0:
                raise WaitTimeout(
                    f"report {report_id} ({report_type}) still {status_text(report)} "
                    f"at {report.progress}% after {timeout:g}s",
                    report=report,
                )
            self._sleep(min(interval, left))
            interval = min(interval * 1.5, max_poll_interval)

    def download(
        self,
        report: Report,
        dest: str | os.PathLike[str],
        *,
        on_chunk: Callable[[int, int | None], None] | None = None,
        chunk_size: int = 64 * 1024,
    ) -> _files.Download:
        """Stream the report's file to `dest` (a file path, or a directory to put it in) with the token.

        Written to a temporary file and renamed into place, so `dest` is either complete or untouched.
        Retried like any GET. `on_chunk(bytes_so_far, total_or_None)` reports progress.
        """
        url = _files.file_url(report)
        _files.check_same_origin(url, self.base_url)
        what = f"download of report {report.id}"
        expected = _files.expected_size(report)

        def fetch() -> Response[Any]:
            client = self.api.get_httpx_client()
            with client.stream("GET", url, follow_redirects=True) as streamed:
                if streamed.status_code >= 300:
                    streamed.read()
                    return _files.error_response(streamed)
                content_type = streamed.headers.get("Content-Type")
                final = _files.target_path(report, dest, content_type)
                fd, partial = _files.open_partial(final)
                size = 0
                total = _files.announced_size(streamed.headers, expected)
                try:
                    with os.fdopen(fd, "wb") as out:
                        for chunk in streamed.iter_bytes(chunk_size):
                            out.write(chunk)
                            size += len(chunk)
                            if on_chunk is not None:
                                on_chunk(size, total)
                    if expected is not None and size != expected:
                        raise DownloadError(f"{what}: got {size} bytes, the attachment says {expected}")
                    os.replace(partial, final)
                except BaseException:
                    Path(partial).unlink(missing_ok=True)
                    raise
                result = _files.Download(final, size, content_type)
                return Response(HTTPStatus(streamed.status_code), b"", streamed.headers, result)

        response = self._call(fetch, idempotent=True, what=what)
        return _core.parsed_or_raise(response, _files.Download, what)
