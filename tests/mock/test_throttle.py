"""Canvas's leaky-bucket throttle (reference §10): cost headers as Ruby float strings, the throttled answer
(429 as hosted Canvas sends it by default, the text/plain 403 of self-hosted Canvas with
MOCK_THROTTLE_STATUS=403), per-token buckets, the up-front cost of concurrent requests, and the outflow."""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

import httpx
import pytest

from mock_canvas import Settings, create_app, running_mock
from mock_canvas.throttle import ruby_float

RUBY_FLOAT = re.compile(r"^[0-9]+\.[0-9]+(?:e[-+][0-9]{2,})?$")


def test_every_response_carries_cost_and_remaining_as_float_strings(canvas: Any) -> None:
    for response in (
        canvas.get("/api/v1/accounts/1/reports"),
        canvas.get("/api/v1/accounts/1/reports", token=None),
        canvas.get("/api/v1/accounts/999/reports"),
        canvas.start(json={"parameters": {"users": True}}),
    ):
        assert RUBY_FLOAT.match(response.headers["x-request-cost"]), response.headers
        assert RUBY_FLOAT.match(response.headers["x-rate-limit-remaining"]), response.headers
        assert 0 < float(response.headers["x-rate-limit-remaining"]) <= 600


def test_ruby_float_spelling() -> None:
    assert [ruby_float(v) for v in (0.0, 599.981737, 1e-05, 1.2e-05, 1e16, 600.0)] == [
        "0.0",
        "599.981737",
        "1.0e-05",
        "1.2e-05",
        "1.0e+16",
        "600.0",
    ]


def test_a_full_bucket_gets_hosted_canvas_429_by_default(canvas: Any, examples: Any) -> None:
    canvas.control("POST", "throttle", json={"token": "mock-admin-token", "level": 800}).raise_for_status()
    assert canvas.control("GET", "throttle").json()["status"] == 429
    for response in (
        canvas.get("/api/v1/accounts/1/reports"),
        canvas.start(json={"parameters": {"users": True}}),  # writes too: nothing runs
        canvas.request("PUT", "/api/v1/accounts/1/reports/provisioning_csv/1/abort"),
    ):
        assert response.status_code == 429
        assert response.headers["content-type"] == "text/plain; charset=utf-8"
        assert response.text == examples("RateLimitExceededHosted")
        assert response.headers["x-rate-limit-remaining"] == "0.0"
        assert "x-request-cost" not in response.headers
        assert "retry-after" not in response.headers  # Canvas's middleware does not send it
    # Buckets are per token: another token is not throttled.
    assert canvas.get("/api/v1/accounts/1/reports", token="mock-readonly-token").status_code == 200
    # Nothing was started while throttled.
    assert canvas.get("/api/v1/accounts/1/reports/provisioning_csv", token="mock-readonly-token").json() == []


def test_self_hosted_mode_answers_the_text_plain_403(examples: Any) -> None:
    auth = {"Authorization": "Bearer mock-admin-token"}
    settings = Settings.from_env({"MOCK_THROTTLE_STATUS": "403"}).with_changes(strict=True)
    with running_mock(settings) as mock, httpx.Client(base_url=mock.url) as http:
        http.post("/__mock__/throttle", json={"token": "mock-admin-token", "level": 800}).raise_for_status()
        response = http.get("/api/v1/accounts/1/reports", headers=auth)
        assert response.status_code == 403
        assert response.headers["content-type"] == "text/plain; charset=utf-8"
        assert response.text == examples("RateLimitExceeded")
        assert response.headers["x-rate-limit-remaining"] == "0.0"
        assert "x-request-cost" not in response.headers
        assert not http.get("/__mock__/violations").json()


def test_retry_after_says_when_the_bucket_is_back_under_the_mark() -> None:
    auth = {"Authorization": "Bearer mock-admin-token"}
    settings = Settings(strict=True, freeze_clock=True, throttle_retry_after=True)
    with running_mock(settings) as mock, httpx.Client(base_url=mock.url) as http:
        http.post("/__mock__/throttle", json={"token": "mock-admin-token", "level": 800}).raise_for_status()
        response = http.get("/api/v1/accounts/1/reports", headers=auth)
        assert response.status_code == 429
        # 800 units, 600 the mark, 10 units/s: 20 s (and a little) until a request is admitted.
        assert 20 <= int(response.headers["retry-after"]) <= 22
        assert not http.get("/__mock__/violations").json()


def test_an_unknown_throttle_status_is_refused_at_start_up() -> None:
    with pytest.raises(ValueError, match="MOCK_THROTTLE_STATUS=500"):
        create_app(Settings(throttle_status=500))


def test_canvas_defaults(canvas: Any) -> None:
    settings = canvas.control("GET", "throttle").json()
    assert (
        settings["high_water_mark"],
        settings["maximum"],
        settings["outflow"],
        settings["up_front_cost"],
    ) == (
        600.0,
        800.0,
        10.0,
        50.0,
    )


def test_cost_accumulates_until_the_high_water_mark() -> None:
    auth = {"Authorization": "Bearer mock-admin-token"}
    with (
        running_mock(Settings(strict=True, request_cost=101.0)) as mock,
        httpx.Client(base_url=mock.url) as http,
    ):
        responses = [http.get("/api/v1/accounts/1/reports", headers=auth) for _ in range(8)]
        assert [r.status_code for r in responses] == [200] * 6 + [429] * 2
        assert responses[0].headers["x-request-cost"] == "101.0"
        remaining = [float(r.headers["x-rate-limit-remaining"]) for r in responses[:6]]
        assert remaining == sorted(remaining, reverse=True) and remaining[0] == 499.0
        # Another token has its own bucket (and the teacher's 403 is the JSON permission one).
        other = http.get("/api/v1/accounts/1/reports", headers={"Authorization": "Bearer mock-teacher-token"})
        assert other.status_code == 403 and other.headers["content-type"].startswith("application/json")


def test_the_bucket_leaks_at_the_outflow_rate() -> None:
    auth = {"Authorization": "Bearer mock-admin-token"}
    settings = Settings(strict=True, request_cost=200.0, throttle_outflow=4000.0)
    with running_mock(settings) as mock, httpx.Client(base_url=mock.url) as http:
        for _ in range(10):  # 2000 units in all, but 200 leak away in the 50 ms between requests
            assert http.get("/api/v1/accounts/1/reports", headers=auth).status_code == 200
            time.sleep(0.05)


def test_concurrent_requests_pay_the_up_front_cost() -> None:
    """Each request in flight holds 50 units until it ends, so with a high-water mark of 600 only twelve
    (thirteen if the bucket leaked a little meanwhile) can be in flight at once: the rest are refused
    although no request has finished and none is expensive (Canvas's design against bursts)."""
    app = create_app(Settings())
    release = asyncio.Event()

    async def one(body_gate: asyncio.Event | None) -> int:
        status = 0
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if body_gate is not None:
                await body_gate.wait()
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]

        scope = {
            "type": "http",
            "method": "POST",
            "path": "/api/v1/accounts/1/reports/provisioning_csv",
            "raw_path": b"/api/v1/accounts/1/reports/provisioning_csv",
            "query_string": b"",
            "headers": [
                (b"host", b"mock"),
                (b"authorization", b"Bearer mock-admin-token"),
                (b"content-type", b"application/json"),
            ],
            "scheme": "http",
            "server": ("127.0.0.1", 80),
            "client": ("127.0.0.1", 1),
        }
        await app(scope, receive, send)
        return status

    async def scenario() -> list[int]:
        slow = [asyncio.create_task(one(release)) for _ in range(14)]
        await asyncio.sleep(0.05)  # all are waiting for their bodies, their up-front cost charged
        refused = await one(None)
        release.set()
        finished = await asyncio.gather(*slow)
        return [refused, *finished]

    statuses = asyncio.run(scenario())
    admitted = [s for s in statuses[1:] if s != 429]
    assert statuses[0] == 429
    assert len(admitted) in (12, 13)
    assert set(admitted) == {200, 409}  # one started the report, the others were its duplicates
    app.store.close()


def test_throttle_can_be_switched_off() -> None:
    settings = Settings(strict=True, request_cost=1000.0, throttle_enabled=False)
    with running_mock(settings) as mock, httpx.Client(base_url=mock.url) as http:
        for _ in range(5):
            response = http.get(
                "/api/v1/accounts/1/reports", headers={"Authorization": "Bearer mock-admin-token"}
            )
            assert response.status_code == 200
