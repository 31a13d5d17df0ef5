"""What the sync and async clients share: reading responses, recognising the throttle, pacing, retry rules,
and following `Link`. Nothing here does I/O, so both clients (and the unit tests) use it as is.
"""

from __future__ import annotations

import contextlib
import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx
from canvas_account_reports_client.models import ErrorResponse, Report, TermError
from canvas_account_reports_client.types import RateLimitExceeded, Response
from tenacity import RetryCallState, retry_if_exception
from tenacity.stop import stop_base
from tenacity.wait import wait_base

from canvas_reports.errors import (
    AuthenticationError,
    BadRequest,
    NotFound,
    PermissionDenied,
    ServerError,
    Throttled,
    UnexpectedResponse,
)

T = TypeVar("T")

# httpx.Headers match names case-insensitively (hosted Canvas sends them in lower case).
RATE_LIMIT_REMAINING = "X-Rate-Limit-Remaining"
RETRY_AFTER = "Retry-After"


@dataclass
class RateLimitPacer:
    """Slows requests down as Canvas's leaky bucket fills, so the throttle is rarely hit at all.

    Canvas reports the units left in `X-Rate-Limit-Remaining`; its bucket drains at `drain_per_second`
    (Canvas's default outflow is 10 units/s) and charges 50 units up front per request, so with fewer
    than 50 left the next request may be refused. Below `low_water` remaining units the next request
    waits long enough for the bucket to drain back to `low_water`, at most `max_pause` seconds: a
    pause that grows as the bucket fills. The wait counts from the response, so time spent elsewhere
    (a retry's backoff, the caller's own work) is not added on top.
    """

    low_water: float = 50.0
    drain_per_second: float = 10.0
    max_pause: float = 5.0
    clock: Callable[[], float] = time.monotonic
    not_before: float = field(default=0.0, init=False)
    last_remaining: float | None = field(default=None, init=False)

    def observe(self, headers: Mapping[str, str]) -> None:
        remaining = remaining_units(headers)
        if remaining is None:
            return
        self.last_remaining = remaining
        pause = self.pause_for(remaining)
        self.not_before = max(self.not_before, self.clock() + pause) if pause > 0 else self.not_before

    def pause_for(self, remaining: float) -> float:
        if remaining >= self.low_water or self.drain_per_second <= 0:
            return 0.0
        return min(self.max_pause, (self.low_water - remaining) / self.drain_per_second)

    def delay(self) -> float:
        """Seconds to wait before the next request may go out."""
        return max(0.0, self.not_before - self.clock())


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try. The defaults suit a person at a terminal and a nightly job alike.

    Backoff is exponential with jitter (`initial_backoff * 2**(n-1)` plus up to `jitter` seconds, at most
    `max_backoff`), for at most `max_attempts` tries or `max_elapsed` seconds. Throttled requests are
    retried for every operation (Canvas checks its throttle before anything else, so nothing happened);
    5xx answers and timeouts only for operations that are safe to repeat.
    """

    max_attempts: int = 6
    max_elapsed: float = 120.0
    initial_backoff: float = 1.0
    max_backoff: float = 30.0
    jitter: float = 1.0

    def wait(self) -> wait_base:
        return _ExponentialJitter(self.initial_backoff, self.max_backoff, self.jitter)

    def stop(self, clock: Callable[[], float] = time.monotonic) -> stop_base:
        return _StopAfter(self.max_attempts, self.max_elapsed, clock)


class _StopAfter(stop_base):
    """Stop after `attempts` tries, or before a retry whose wait would end past `seconds` from the start.

    Reads the client's clock (tenacity's own delay stop reads time.monotonic), so the budget includes
    pacing pauses and the tests can run it on fake time.
    """

    def __init__(self, attempts: int, seconds: float, clock: Callable[[], float]) -> None:
        self.attempts, self.seconds, self.clock = attempts, seconds, clock
        self.start = clock()

    def __call__(self, retry_state: RetryCallState) -> bool:
        if retry_state.attempt_number >= self.attempts:
            return True
        return self.clock() - self.start + (retry_state.upcoming_sleep or 0.0) > self.seconds


class _ExponentialJitter(wait_base):
    """tenacity's wait_exponential_jitter, with the random source injectable for tests."""

    def __init__(
        self, initial: float, maximum: float, jitter: float, rng: random.Random | None = None
    ) -> None:
        self.initial, self.maximum, self.jitter = initial, maximum, jitter
        self.rng = rng or random.Random()

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        failure = outcome.exception() if outcome is not None and outcome.failed else None
        if isinstance(failure, Throttled) and failure.retry_after is not None:
            # Canvas (or its proxy) said how long: wait that, plus a little jitter so clients that were
            # throttled together do not return together. The stop rule still bounds the total.
            return failure.retry_after + self.rng.uniform(0, min(self.jitter, 1.0))
        exponent = retry_state.attempt_number - 1
        try:
            backoff = self.initial * math.pow(2, exponent)
        except OverflowError:
            backoff = self.maximum
        return max(0.0, min(backoff + self.rng.uniform(0, self.jitter), self.maximum))


def remaining_units(headers: Mapping[str, str]) -> float | None:
    value = headers.get(RATE_LIMIT_REMAINING)
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def retry_after_seconds(headers: Mapping[str, str], now: Callable[[], float] = time.time) -> float | None:
    """`Retry-After` as seconds to wait: whole (or decimal) seconds, or an HTTP date; None when absent or
    unreadable. A date is measured against the response's own `Date` header when there is one (so a
    skewed local clock does not matter), else against `now()`; a date in the past means "now" (0)."""
    value = headers.get(RETRY_AFTER)
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    reference = now()
    sent = headers.get("Date")
    if sent:
        with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
            reference = email.utils.parsedate_to_datetime(sent).timestamp()
    return max(0.0, when - reference)


def is_throttled(status_code: int, headers: Mapping[str, str], parsed: Any) -> bool:
    """Canvas's throttle, told apart from a permission 403.

    Hosted Canvas answers 429 (since the change announced on 2025-10-06), whatever its body; self-hosted
    and older Canvas answer 403 with a text/plain body, which the generated client parses to
    RateLimitExceeded (by its Content-Type). A 403 that is neither that nor a JSON error body but says
    `X-Rate-Limit-Remaining: 0.0` is the throttle too. A JSON 403 is a permission error whatever the
    header says.
    """
    if status_code == 429:
        return True
    if status_code != 403:
        return False
    if isinstance(parsed, RateLimitExceeded):
        return True
    if isinstance(parsed, ErrorResponse):
        return False
    remaining = remaining_units(headers)
    return remaining is not None and remaining <= 0


def error_text(parsed: Any, content: bytes) -> str:
    """Canvas's own words from an error body: ErrorResponse messages, TermError's `error`, or the text."""
    if isinstance(parsed, ErrorResponse):
        if isinstance(parsed.errors, str):
            return parsed.errors
        messages = [e.message for e in parsed.errors if e.message]
        if messages:
            return "; ".join(messages)
    if isinstance(parsed, TermError):
        return parsed.error
    if isinstance(parsed, RateLimitExceeded):
        return parsed.text.strip()
    text = content.decode("utf-8", errors="replace").strip()
    return " ".join(text.split())[:200] if text else "(empty body)"


def raise_for_status(response: Response[Any], what: str) -> None:
    """Raise the CanvasHTTPError subclass that matches an error response; return for 2xx."""
    status = int(response.status_code)
    if 200 <= status < 300:
        return
    parsed, headers, content = response.parsed, response.headers, response.content
    message = f"{what}: {error_text(parsed, content)} (HTTP {status})"
    if is_throttled(status, headers, parsed):
        retry_after = retry_after_seconds(headers)
        hint = f", Retry-After {retry_after:g}s" if retry_after is not None else ""
        raise Throttled(
            f"{what}: throttled by Canvas (HTTP {status}, rate limit exceeded{hint})",
            status_code=status,
            body=content,
            retry_after=retry_after,
        )
    if status == 401:
        raise AuthenticationError(message, status_code=status, body=content)
    if status == 403:
        raise PermissionDenied(message, status_code=status, body=content)
    if status == 404:
        raise NotFound(message, status_code=status, body=content)
    if status == 400:
        raise BadRequest(message, status_code=status, body=content)
    if status >= 500:
        raise ServerError(message, status_code=status, body=content)
    raise UnexpectedResponse(message, status_code=status, body=content)


def parsed_or_raise(response: Response[Any], expected: type[T], what: str) -> T:
    """The parsed body of a successful response, checked to be of the generated type we expect."""
    raise_for_status(response, what)
    return parsed_as(response, expected, what)


def parsed_as(response: Response[Any], expected: type[T], what: str) -> T:
    """The parsed body, whatever the status, if it is of the expected generated type (e.g. a 409 Report)."""
    if response.parsed is None or not isinstance(response.parsed, expected):
        raise UnexpectedResponse(
            f"{what}: Canvas answered {int(response.status_code)} with a body the contract does not describe",
            status_code=int(response.status_code),
            body=response.content,
        )
    parsed: T = response.parsed
    return parsed


@dataclass(frozen=True)
class ReportPage:
    """One page of listReports and where the next one is (None on the last page)."""

    reports: list[Report]
    next_page: tuple[int, int | None] | None
    remaining: float | None


def report_page(response: Response[Any], what: str) -> ReportPage:
    reports: list[Report] = parsed_or_raise(response, list, what)
    return ReportPage(reports, next_page(response.headers), remaining_units(response.headers))


def following_page(current: int, page: ReportPage, what: str) -> int | None:
    """The page number to fetch after `current`, or None when done; refuses a link that loops back."""
    if page.next_page is None:
        return None
    if page.next_page[0] <= current:
        raise UnexpectedResponse(
            f"{what}: the next link points back to page {page.next_page[0]}", status_code=200
        )
    return page.next_page[0]


def retryable(exc: BaseException, *, idempotent: bool) -> bool:
    """Whether to try a call again after `exc`."""
    if isinstance(exc, Throttled):
        return True
    if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
        return True  # the request never reached Canvas
    if not idempotent:
        return False
    if isinstance(exc, ServerError):
        return True
    return isinstance(exc, httpx.TimeoutException)


def retry_condition(idempotent: bool) -> Any:
    return retry_if_exception(lambda exc: retryable(exc, idempotent=idempotent))


def next_page(headers: Mapping[str, str]) -> tuple[int, int | None] | None:
    """(page, per_page) of the `rel="next"` link, or None on the last page.

    httpx parses the header (`Response.links`); the generated listReports takes `page` and `per_page`, so
    the link's own values are passed on rather than page numbers being counted here.
    """
    link = headers.get("Link")
    if not link:
        return None
    links = httpx.Response(200, headers={"Link": link}).links
    target = links.get("next", {}).get("url")
    if not target:
        return None
    query = parse_qs(urlsplit(target).query)
    try:
        page = int(query["page"][0])
    except (KeyError, ValueError) as exc:
        raise UnexpectedResponse(
            f"listReports: the next-page link has no numeric page: {target}", status_code=200
        ) from exc
    per_page = query.get("per_page", [None])[0]
    return page, int(per_page) if per_page and per_page.isdigit() else None


def redact(text: str, secret: str | None) -> str:
    """Never let the token into output, even if some library put it into an exception message."""
    if secret and secret in text:
        return text.replace(secret, "[token]")
    return text


def describe_transport_error(exc: httpx.HTTPError, base_url: str) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"no answer from {base_url} in time ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect to {base_url}: {exc}"
    return f"request to {base_url} failed: {type(exc).__name__}: {exc}"
