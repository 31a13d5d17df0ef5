"""The helpers ride through a filled bucket on the mock Canvas, in both throttle modes: hosted Canvas's 429
(the mock's default) and self-hosted Canvas's text/plain 403 (MOCK_THROTTLE_STATUS=403), sync and async.

The mock drains its bucket fast here (2000 units/s instead of Canvas's 10) so a filled bucket empties in
a tenth of a second; the client's pacer is told the same outflow, so the test runs on real time quickly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from canvas_reports import AsyncReportsClient, RateLimitPacer, ReportsClient, RetryPolicy, Throttled

from mock_canvas import Settings, running_mock

ADMIN = "mock-admin-token"
OUTFLOW = 2000.0  # units per second: 800 -> under the 600 mark in 0.1 s
FAST = RetryPolicy(max_attempts=6, max_elapsed=30.0, initial_backoff=0.05, max_backoff=1.0, jitter=0.01)


@pytest.fixture(scope="module", params=["429", "403"], ids=["hosted-429", "self-hosted-403"])
def throttled_mock(request: pytest.FixtureRequest) -> Iterator[Any]:
    settings = Settings.from_env({"MOCK_THROTTLE_STATUS": request.param}).with_changes(
        strict=True, throttle_outflow=OUTFLOW
    )
    with running_mock(settings) as mock:
        yield mock


def fill_bucket(mock: Any) -> httpx.Response:
    """Fill the admin token's bucket; return the answer a request then gets (the throttled one)."""
    with httpx.Client(base_url=mock.url) as http:
        http.post("/__mock__/throttle", json={"token": ADMIN, "level": 800}).raise_for_status()
        answer = http.get("/api/v1/accounts/1/reports", headers={"Authorization": f"Bearer {ADMIN}"})
        http.post("/__mock__/throttle", json={"token": ADMIN, "level": 800}).raise_for_status()
        return answer


def test_sync_helpers_ride_through_a_filled_bucket(throttled_mock: Any) -> None:
    answer = fill_bucket(throttled_mock)
    assert answer.status_code == throttled_mock.app.throttled_status
    with ReportsClient(
        throttled_mock.url, ADMIN, account_id="1", retry=FAST, pacer=RateLimitPacer(drain_per_second=OUTFLOW)
    ) as canvas:
        report = canvas.start("lti_report_csv", {"include_deleted": 1})
        assert report.parameters.to_dict() == {"include_deleted": 1}
        fill_bucket(throttled_mock)
        assert canvas.get("lti_report_csv", report.id).id == report.id
        fill_bucket(throttled_mock)
        assert [r.id for r in canvas.iter_reports("lti_report_csv")] == [report.id]
    with httpx.Client(base_url=throttled_mock.url) as http:
        assert http.get("/__mock__/violations").json() == []


def test_async_helpers_ride_through_a_filled_bucket(throttled_mock: Any) -> None:
    async def scenario() -> list[int]:
        async with AsyncReportsClient(
            throttled_mock.url,
            ADMIN,
            account_id="1",
            retry=FAST,
            pacer=RateLimitPacer(drain_per_second=OUTFLOW),
        ) as canvas:
            fill_bucket(throttled_mock)
            catalogue = await canvas.available_reports()
            fill_bucket(throttled_mock)
            runs = [r.id async for r in canvas.iter_reports("grade_export_csv")]
            return [len(catalogue), len(runs)]

    catalogue_size, runs = asyncio.run(scenario())
    assert catalogue_size > 0 and runs == 0


@pytest.mark.parametrize("status", [429, 403])
def test_a_bucket_that_stays_full_raises_throttled_with_the_status(status: int) -> None:
    """At Canvas's own outflow (10 units/s) a full bucket outlasts two quick attempts."""
    quick = RetryPolicy(max_attempts=2, max_elapsed=5.0, initial_backoff=0.01, max_backoff=0.01, jitter=0.0)
    with (
        running_mock(Settings(strict=True, throttle_status=status)) as mock,
        ReportsClient(
            mock.url, ADMIN, account_id="1", retry=quick, pacer=RateLimitPacer(max_pause=0.0)
        ) as canvas,
    ):
        fill_bucket(mock)
        with pytest.raises(Throttled) as raised:
            canvas.get("lti_report_csv", 1)
    assert raised.value.status_code == status
