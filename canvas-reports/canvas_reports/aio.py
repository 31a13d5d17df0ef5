"""AsyncReportsClient: the same helpers as ReportsClient for asyncio code (the generated `asyncio_detailed`).

Pagination, retry rules, pacing, error mapping and file naming come from the shared `_core`/`_files`, so
the two clients differ only in how they wait and send.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from http import HTTPStatus
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
from canvas_account_reports_client.models import AvailableReport, AvailableReportsInclude, Report
from canvas_account_reports_client.types import UNSET, Response
from tenacity import AsyncRetrying

from canvas_reports import _core, _files
from canvas_reports.client import DEFAULT_TIMEOUT, MAX_PER_PAGE, USER_AGENT, start_body
from canvas_reports.errors import (
    DownloadError,
    DuplicateReport,
    TransportError,
    WaitTimeout,
)
from canvas_reports.hints import warn_about_parameters
from canvas_reports.statuses import is_final, status_text


class AsyncReportsClient:
    """Asynchronous helpers for one Canvas and one account; see ReportsClient for the semantics.

    Run calls one at a time per token (Canvas's advice): the pacer is shared, not a concurrency limiter.
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
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.account_id = account_id
        self.retry = retry or _core.RetryPolicy()
        self.pacer = pacer or _core.RateLimitPacer(clock=clock)
        self._sleep = sleep
        self._clock = clock
        self.api = AuthenticatedClient(
            base_url=self.base_url,
            token=token,
            headers={"User-Agent": USER_AGENT},
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            httpx_args=dict(httpx_args or {}),
            raise_on_unexpected_status=False,
        )

    async def aclose(self) -> None:
        await self.api.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncReportsClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _call(
        self,
        send: Callable[[], Awaitable[Response[Any]]],
        *,
        idempotent: bool,
        what: str,
        accept: tuple[int, ...] = (),
    ) -> Response[Any]:
        retrying = AsyncRetrying(
            stop=self.retry.stop(self._clock),
            wait=self.retry.wait(),
            retry=_core.retry_condition(idempotent),
            sleep=self._sleep,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    pause = self.pacer.delay()
                    if pause > 0:
                        await self._sleep(pause)
                    response = await send()
                    self.pacer.observe(response.headers)
                    if int(response.status_code) not in accept:
                        _core.raise_for_status(response, what)
                    return response
        except httpx.HTTPError as exc:
            raise TransportError(f"{what}: {_core.describe_transport_error(exc, self.base_url)}") from exc
        raise AssertionError("unreachable: tenacity either returns or raises")  # pragma: no cover

    async def available_reports(
        self, *, include: list[AvailableReportsInclude] | None = None
    ) -> list[AvailableReport]:
        what = "listAvailableReports"
        response = await self._call(
            lambda: list_available_reports.asyncio_detailed(
                self.account_id, client=self.api, include=include or UNSET
            ),
            idempotent=True,
            what=what,
        )
        return list(_core.parsed_or_raise(response, list, what))

    async def start(
        self, report_type: str, parameters: Mapping[str, Any] | None = None, *, strict_params: bool = False
    ) -> Report:
        """Start a report; parameter hints and errors as in ReportsClient.start."""
        warn_about_parameters(report_type, parameters, strict=strict_params, stacklevel=2)
        what = f"startReport {report_type}"
        body = start_body(parameters)
        response = await self._call(
            lambda: start_report.asyncio_detailed(self.account_id, report_type, client=self.api, body=body),
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

    async def get(self, report_type: str, report_id: int) -> Report:
        what = f"getReport {report_type} {report_id}"
        response = await self._call(
            lambda: get_report.asyncio_detailed(self.account_id, report_type, report_id, client=self.api),
            idempotent=True,
            what=what,
        )
        return _core.parsed_or_raise(response, Report, what)

    async def delete(self, report_type: str, report_id: int) -> Report:
        what = f"deleteReport {report_type} {report_id}"
        response = await self._call(
            lambda: delete_report.asyncio_detailed(self.account_id, report_type, report_id, client=self.api),
            idempotent=False,
            what=what,
        )
        return _core.parsed_or_raise(response, Report, what)

    async def abort(self, report_type: str, report_id: int) -> Report:
        what = f"abortReport {report_type} {report_id}"
        response = await self._call(
            lambda: abort_report.asyncio_detailed(self.account_id, report_type, report_id, client=self.api),
            idempotent=False,
            what=what,
        )
        return _core.parsed_or_raise(response, Report, what)

    async def list_page(
        self, report_type: str, *, page: int = 1, per_page: int = MAX_PER_PAGE
    ) -> _core.ReportPage:
        what = f"listReports {report_type}"
        response = await self._call(
            lambda: list_reports.asyncio_detailed(
                self.account_id, report_type, client=self.api, page=page, per_page=per_page
            ),
            idempotent=True,
            what=f"{what} page {page}",
        )
        return _core.report_page(response, what)

    async def iter_reports(self, report_type: str, *, per_page: int = MAX_PER_PAGE) -> AsyncIterator[Report]:
        """Every run of `report_type`, newest first, one page in memory at a time (`async for`)."""
        number: int | None = 1
        while number is not None:
            page = await self.list_page(report_type, page=number, per_page=per_page)
            for report in page.reports:
                yield report
            per_page = (page.next_page[1] if page.next_page else None) or per_page
            number = _core.following_page(number, page, f"listReports {report_type}")

    async def wait_for_report(
        self,
        report_type: str,
        report_id: int,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        on_update: Callable[[Report], None] | None = None,
    ) -> Report:
        deadline = self._clock() + timeout
        interval = poll_interval
        while True:
            report = await self.get(report_type, report_id)
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
            await self._sleep(min(interval, left))
            interval = min(interval * 1.5, max_poll_interval)

    async def download(
        self,
        report: Report,
        dest: str | os.PathLike[str],
        *,
        on_chunk: Callable[[int, int | None], None] | None = None,
        chunk_size: int = 64 * 1024,
    ) -> _files.Download:
        url = _files.file_url(report)
        _files.check_same_origin(url, self.base_url)
        what = f"download of report {report.id}"
        expected = _files.expected_size(report)

        async def fetch() -> Response[Any]:
            client = self.api.get_async_httpx_client()
            async with client.stream("GET", url, follow_redirects=True) as streamed:
                if streamed.status_code >= 300:
                    await streamed.aread()
                    return _files.error_response(streamed)
                content_type = streamed.headers.get("Content-Type")
                final = _files.target_path(report, dest, content_type)
                fd, partial = _files.open_partial(final)
                size = 0
                total = _files.announced_size(streamed.headers, expected)
                try:
                    with os.fdopen(fd, "wb") as out:
                        async for chunk in streamed.aiter_bytes(chunk_size):
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

        response = await self._call(fetch, idempotent=True, what=what)
        return _core.parsed_or_raise(response, _files.Download, what)
