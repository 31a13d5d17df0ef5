"""AsyncReportsClient over HTTP: the same behaviours as the sync client, through `asyncio_detailed`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from canvas_account_reports_client.models import Report, ReportStatus
from canvas_reports import (
    AsyncReportsClient,
    DownloadError,
    DuplicateReport,
    PermissionDenied,
    ServerError,
    Throttled,
    WaitTimeout,
)

from canvas_contract import example_value
from tests.canvas_reports.scripted_canvas import (
    BASE_URL,
    TOKEN,
    FakeClock,
    ScriptedCanvas,
    hosted_throttled_response,
    json_response,
    report_json,
    throttled_response,
)

T = TypeVar("T")
RUNS = "/api/v1/accounts/1/reports/provisioning_csv"
ONE = f"{RUNS}/4821"
FILE = "/accounts/1/files/90311/download"


def run(client: AsyncReportsClient, work: Awaitable[T]) -> T:
    async def main() -> T:
        try:
            return await work
        finally:
            await client.aclose()

    return asyncio.run(main())


def linked_pages(total: int, per_page: int) -> list[httpx.Response]:
    responses = []
    last = -(-total // per_page)
    for page in range(1, last + 1):
        items = [report_json("ReportComplete", id=i) for i in range(total - (page - 1) * per_page, 0, -1)][
            :per_page
        ]
        link = f'<{BASE_URL}{RUNS}?page={page}&per_page={per_page}>; rel="current"'
        if page < last:
            link += f',<{BASE_URL}{RUNS}?page={page + 1}&per_page={per_page}>; rel="next"'
        responses.append(json_response(200, items, Link=link))
    return responses


def test_iterates_every_page_lazily(async_client: AsyncReportsClient, canvas_script: ScriptedCanvas) -> None:
    canvas_script.on("GET", RUNS, *linked_pages(25, 10))

    async def collect() -> tuple[list[int], int]:
        runs = async_client.iter_reports("provisioning_csv", per_page=10)
        first = await runs.__anext__()
        requests_after_first = len(canvas_script.requests)
        return [first.id] + [r.id async for r in runs], requests_after_first

    ids, after_first = run(async_client, collect())
    assert ids == list(range(25, 0, -1))
    assert after_first == 1
    assert [r.url.params["page"] for r in canvas_script.calls("GET", RUNS)] == ["1", "2", "3"]


def test_throttle_retried_with_backoff(
    async_client: AsyncReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
) -> None:
    canvas_script.on("GET", ONE, throttled_response(), json_response(200, report_json("ReportRunning")))
    report = run(async_client, async_client.get("provisioning_csv", 4821))
    assert report.status == ReportStatus.RUNNING
    assert clock.sleeps == [1.0, 9.0]


def test_hosted_429_retried_after_retry_after(
    async_client: AsyncReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
) -> None:
    canvas_script.on(
        "GET",
        ONE,
        hosted_throttled_response(**{"Retry-After": "4"}),
        json_response(200, report_json("ReportRunning")),
    )
    report = run(async_client, async_client.get("provisioning_csv", 4821))
    assert report.status == ReportStatus.RUNNING
    assert clock.sleeps == [4.0]


def test_gives_up_and_does_not_retry_permission(
    async_client: AsyncReportsClient, canvas_script: ScriptedCanvas
) -> None:
    canvas_script.on("GET", ONE, throttled_response())
    canvas_script.on("GET", f"{RUNS}/7", json_response(403, example_value("Unauthorized")))

    async def both() -> None:
        with pytest.raises(Throttled):
            await async_client.get("provisioning_csv", 4821)
        with pytest.raises(PermissionDenied):
            await async_client.get("provisioning_csv", 7)

    run(async_client, both())
    assert len(canvas_script.calls("GET", ONE)) == 4
    assert len(canvas_script.calls("GET", f"{RUNS}/7")) == 1


def test_5xx_not_retried_for_start(async_client: AsyncReportsClient, canvas_script: ScriptedCanvas) -> None:
    canvas_script.on("POST", RUNS, json_response(500, example_value("InternalServerError")))
    with pytest.raises(ServerError):
        run(async_client, async_client.start("provisioning_csv", {"users": True}))
    assert len(canvas_script.calls("POST", RUNS)) == 1
    assert json.loads(canvas_script.calls("POST", RUNS)[0].content) == {"parameters": {"users": True}}


def test_duplicate(async_client: AsyncReportsClient, canvas_script: ScriptedCanvas) -> None:
    canvas_script.on(
        "POST", RUNS, json_response(409, report_json("ReportDuplicate"), Location=f"{BASE_URL}{ONE}")
    )
    with pytest.raises(DuplicateReport) as raised:
        run(async_client, async_client.start("provisioning_csv"))
    assert raised.value.location == f"{BASE_URL}{ONE}"


def test_wait_for_report(
    async_client: AsyncReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
) -> None:
    canvas_script.on(
        "GET",
        ONE,
        json_response(200, report_json("ReportCreated")),
        json_response(200, report_json("ReportRunning")),
        json_response(200, report_json("ReportComplete")),
    )
    seen: list[str] = []
    final = run(
        async_client,
        async_client.wait_for_report(
            "provisioning_csv", 4821, on_update=lambda r: seen.append(str(r.status))
        ),
    )
    assert final.status == ReportStatus.COMPLETE
    assert seen == ["created", "running", "complete"]
    assert clock.sleeps == [1.0, 1.5]


def test_wait_times_out(
    async_client: AsyncReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
) -> None:
    canvas_script.on("GET", ONE, json_response(200, report_json("ReportRunning")))
    with pytest.raises(WaitTimeout):
        run(async_client, async_client.wait_for_report("provisioning_csv", 4821, timeout=5.0))
    assert sum(clock.sleeps) == pytest.approx(5.0)


def test_download_streams_with_the_token(
    async_client: AsyncReportsClient, canvas_script: ScriptedCanvas, tmp_path: Path
) -> None:
    body = b"user_id,login_id\n" * 10000
    canvas_script.on("GET", FILE, throttled_response(), httpx.Response(200, content=body))
    value = report_json("ReportComplete")
    value["attachment"]["size"] = len(body)
    result = run(async_client, async_client.download(Report.from_dict(value), tmp_path))
    assert result.path.read_bytes() == body
    assert result.path.name == value["attachment"]["filename"]
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in canvas_script.calls("GET", FILE))


def test_download_refuses_foreign_host(canvas_script: ScriptedCanvas, tmp_path: Path) -> None:
    client = AsyncReportsClient(
        "http://127.0.0.1:9", TOKEN, httpx_args={"transport": httpx.MockTransport(canvas_script)}
    )
    with pytest.raises(DownloadError, match="refusing"):
        run(client, client.download(Report.from_dict(report_json("ReportComplete")), tmp_path))
    assert canvas_script.requests == []
