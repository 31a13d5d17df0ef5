"""A scripted Canvas for the helpers' unit tests: httpx.MockTransport behind the generated client.

Bodies come from the spec's examples (canvas_contract.example_value), so a fixture is what Canvas sends,
not something typed out here. Time is fake: `sleep` advances a clock and records how long it was asked
to wait, so retry and polling schedules are checked exactly and the tests never sleep.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from canvas_reports import RateLimitPacer, RetryPolicy

from canvas_contract import example_value, load_spec

BASE_URL = "https://canvas.example.edu"  # the host of the spec's example file_url values
TOKEN = "test-token-4f9a"
JSON_HEADERS = {"Content-Type": "application/json; charset=utf-8", "X-Rate-Limit-Remaining": "599.5"}


def report_json(example: str, **changes: Any) -> dict[str, Any]:
    """A Report from the spec's examples, with some fields changed."""
    value = copy.deepcopy(example_value(example))
    value.update(changes)
    return value


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={**JSON_HEADERS, **headers},
    )


def throttled_response() -> httpx.Response:
    """Canvas's throttle exactly as the spec describes it: text/plain 403, remaining 0.0, no request cost."""
    return httpx.Response(
        403,
        content=example_value("RateLimitExceeded").encode(),
        headers={"Content-Type": "text/plain; charset=utf-8", "X-Rate-Limit-Remaining": "0.0"},
    )


def hosted_throttled_response(
    content_type: str = "text/plain; charset=utf-8", **headers: str
) -> httpx.Response:
    """Hosted Canvas's throttle: 429 with a text body (the spec's example), headers as given (Retry-After)."""
    return httpx.Response(
        429,
        content=example_value("RateLimitExceededHosted").encode(),
        headers={"Content-Type": content_type, **headers},
    )


def link_example() -> str:
    return str(load_spec()["components"]["headers"]["Link"]["example"])


@dataclass
class FakeClock:
    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class ScriptedCanvas:
    """Answers each request with the next response queued for its (method, path), or calls a handler."""

    queues: dict[tuple[str, str], list[httpx.Response | Exception | Handler]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)

    def on(self, method: str, path: str, *responses: httpx.Response | Exception | Handler) -> None:
        self.queues.setdefault((method, path), []).extend(responses)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self.queues.get((request.method, request.url.path))
        if not queue:
            return json_response(404, example_value("NotFound"))
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        if callable(item) and not isinstance(item, httpx.Response):
            return item(request)
        return item

    def calls(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == path]


def fast_policy() -> RetryPolicy:
    # Jitter 0 makes the backoff schedule exact: 1, 2, 4, ... capped at 30.
    return RetryPolicy(max_attempts=4, max_elapsed=1000.0, initial_backoff=1.0, max_backoff=30.0, jitter=0.0)


def exact_pacer(clock: FakeClock) -> RateLimitPacer:
    # Explicit numbers (not the defaults) so the expected pauses read straight off the test:
    # (100 - remaining) / 10 seconds, at most 10.
    return RateLimitPacer(low_water=100.0, drain_per_second=10.0, max_pause=10.0, clock=clock)
