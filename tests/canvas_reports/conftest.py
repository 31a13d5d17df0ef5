"""Fixtures for the helpers' unit tests; the scripted Canvas itself is in scripted_canvas.py."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from canvas_reports import AsyncReportsClient, ReportsClient

from tests.canvas_reports.scripted_canvas import (
    BASE_URL,
    TOKEN,
    FakeClock,
    ScriptedCanvas,
    exact_pacer,
    fast_policy,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def canvas_script() -> ScriptedCanvas:
    return ScriptedCanvas()


@pytest.fixture
def sync_client(canvas_script: ScriptedCanvas, clock: FakeClock) -> Iterator[ReportsClient]:
    client = ReportsClient(
        BASE_URL,
        TOKEN,
        account_id="1",
        retry=fast_policy(),
        pacer=exact_pacer(clock),
        httpx_args={"transport": httpx.MockTransport(canvas_script)},
        sleep=clock.sleep,
        clock=clock,
    )
    yield client
    client.close()


@pytest.fixture
def async_client(canvas_script: ScriptedCanvas, clock: FakeClock) -> AsyncReportsClient:
    return AsyncReportsClient(
        BASE_URL,
        TOKEN,
        account_id="1",
        retry=fast_policy(),
        pacer=exact_pacer(clock),
        httpx_args={"transport": httpx.MockTransport(canvas_script)},
        sleep=clock.asleep,
        clock=clock,
    )
