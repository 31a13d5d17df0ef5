"""Canvas-aware HTTP for the contract runs: throttle backoff, the ledger of started reports, live safety.

Why: schemathesis does not wait out Canvas's throttle (a 429 on hosted Canvas, a text/plain 403 on
self-hosted and older Canvas), so a throttled answer would reach the checks; and a run pointed
at a production Canvas must never write unless asked, never touch another account or a report it did
not start, and must be able to delete every report it started. Schemathesis has no hook around its
HTTP sessions, so `install_transport()` wraps `requests.adapters.HTTPAdapter.send`, the one place every
request of the process passes through: test cases, the checks' extra probes, link follow-ups, replays,
and the driver's own cleanup requests.

- Retries Canvas's throttle (429, or the text/plain 403) after `Retry-After` when the answer has one,
  else with exponential backoff and jitter, and pauses while
  `X-Rate-Limit-Remaining` is below the up-front cost of the next request.
- Records every report a 200 startReport created in a ledger (JSON lines at `CONTRACT_LEDGER`).
- In live mode (`CONTRACT_MODE=live`) refuses, before sending, any request outside the safety rules
  (`ContractSafetyError`): another host or account, a write without `CONTRACT_ALLOW_WRITES=1`, a start
  of another type than `CONTRACT_SAFE_REPORT`, an abort or delete of a report not in the ledger.

Installed explicitly, never on import: by the runner (`canvas-contract`, which sets `CONTRACT_MODE`) and by
the hooks in the schemathesis process it starts.
Tuning: CONTRACT_THROTTLE_RETRIES (default 6), CONTRACT_THROTTLE_DELAY (first backoff, default 2 s),
CONTRACT_THROTTLE_OUTFLOW (the installation's bucket outflow in units/s, default Canvas's 10).
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import requests
import requests.adapters
from canvas_reports import retry_after_seconds

from canvas_contract import example_value, operations
from canvas_contract.routes import suffix_regex, template_pattern

WRITE_METHODS = frozenset({"POST", "PUT", "DELETE"})
# Canvas's leaky bucket (reference §10): every request is charged 50 units up front and the bucket
# drains at 10 units per second, so below 50 remaining units the next request is likely throttled.
UPFRONT_COST = 50.0
OUTFLOW_PER_SECOND = 10.0
MAX_BACKOFF_SECONDS = 60.0

THROTTLE_BODY = example_value("RateLimitExceeded").strip().encode()
INSUFFICIENT_SCOPES = example_value("InsufficientScopes")
OPERATIONS = {op.operation_id: op for op in operations()}


# Matched with `.search`, anchored at the end, so a base URL with a path prefix still matches.
START_ROUTE = suffix_regex(OPERATIONS["startReport"].path)
REPORT_ROUTE = suffix_regex(OPERATIONS["getReport"].path)  # also deleteReport
ABORT_ROUTE = suffix_regex(OPERATIONS["abortReport"].path)
# Any Account Reports path of an account: listAvailableReports's path or anything under it.
ANY_ROUTE = re.compile(template_pattern(OPERATIONS["listAvailableReports"].path) + "(?:/|$)")


class ContractSafetyError(RuntimeError):
    """A request broke the live-mode safety rules; it was not sent."""


def setting(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def is_live() -> bool:
    return setting("CONTRACT_MODE") == "live"


def writes_allowed() -> bool:
    return not is_live() or setting("CONTRACT_ALLOW_WRITES") == "1"


def log(message: str) -> None:
    print(f"contract: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------
# The ledger of started reports


class Ledger:
    """Reports this run started (from 200 startReport responses), kept in memory and in a JSON-lines file."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded: tuple[str, int] | None = None
        self.entries: list[dict[str, Any]] = []

    @property
    def path(self) -> Path | None:
        value = setting("CONTRACT_LEDGER")
        return Path(value) if value else None

    def _sync(self) -> None:
        """Re-read the file when another process (the driver, or schemathesis) has appended to it."""
        path = self.path
        if path is None:
            return
        state = (str(path), path.stat().st_size if path.exists() else 0)
        if state != self._loaded:
            self.entries = read_ledger(path)
            self._loaded = state

    def ids(self) -> list[int]:
        with self._lock:
            self._sync()
            return [entry["id"] for entry in self.entries]

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._sync()
            if any(e["id"] == entry["id"] and e["url"] == entry["url"] for e in self.entries):
                return
            self.entries.append(entry)
            path = self.path
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(entry) + "\n")
                self._loaded = (str(path), path.stat().st_size)


def read_ledger(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


LEDGER = Ledger()


def record_started_report(request: requests.PreparedRequest, response: requests.Response) -> None:
    if request.method != "POST" or response.status_code != 200:
        return
    url = (request.url or "").split("?")[0]
    match = START_ROUTE.search(urlsplit(url).path)
    if match is None:
        return
    try:
        body = response.json()
        report_id = int(body["id"])
    except (ValueError, KeyError, TypeError):
        return  # not a report: response_schema_conformance reports it, nothing to clean up
    LEDGER.add(
        {
            "id": report_id,
            "report": str(body.get("report") or unquote(match["report"])),
            "account_id": unquote(match["account_id"]),
            "url": f"{url.rstrip('/')}/{report_id}",
        }
    )


# ---------------------------------------------------------------------------------------------------
# Live-mode safety rules


def check_safety(request: requests.PreparedRequest) -> None:
    """Refuse (before sending) anything live mode must not do. Mock mode allows everything."""
    if not is_live():
        return
    method = (request.method or "GET").upper()
    parts = urlsplit(request.url or "")
    base = urlsplit(setting("CONTRACT_BASE_URL"))
    if base.netloc and parts.netloc != base.netloc:
        raise ContractSafetyError(f"live mode only talks to {base.netloc}, refused {method} {request.url}")
    path = parts.path
    match = ANY_ROUTE.search(path)
    pinned = setting("CONTRACT_ACCOUNT_ID")
    if match and pinned and unquote(match["account_id"]) != pinned:
        raise ContractSafetyError(f"live mode is pinned to account {pinned}, refused {method} {request.url}")
    if method in ("GET", "HEAD"):
        return
    if method not in WRITE_METHODS or not writes_allowed():
        raise ContractSafetyError(
            f"live mode is read-only (CONTRACT_ALLOW_WRITES=1 allows writes), refused {method}"
        )
    if method == "POST":
        match = START_ROUTE.search(path)
        safe = setting("CONTRACT_SAFE_REPORT")
        if match and safe and unquote(match["report"]) != safe:
            raise ContractSafetyError(f"live mode starts only {safe} reports, refused POST {request.url}")
        return
    match = (ABORT_ROUTE if method == "PUT" else REPORT_ROUTE).search(path)
    if match:
        try:
            report_id = int(unquote(match["id"]))
        except ValueError:
            return  # not a report id at all: Canvas answers 404 without touching anything
        if report_id not in LEDGER.ids():
            raise ContractSafetyError(
                f"live mode only changes reports it started, refused {method} {request.url}"
            )


# ---------------------------------------------------------------------------------------------------
# The transport: throttle backoff, ledger, safety


def is_throttled(response: requests.Response) -> bool:
    """Canvas's throttle: any 429 (hosted Canvas), or a 403 with the middleware's text/plain body
    (self-hosted and older Canvas, reference §8). A JSON 403 is a permission error."""
    if response.status_code == 429:
        return True
    if response.status_code != 403:
        return False
    if "text/plain" not in response.headers.get("Content-Type", ""):
        return False
    return response.content.strip() == THROTTLE_BODY


def backoff_delay(attempt: int, response: requests.Response | None = None) -> float:
    """`Retry-After` when the throttled answer has one (at most MAX_BACKOFF_SECONDS); otherwise
    exponential backoff with full jitter on top of the base: base * 2**attempt * (1 + U[0, 1))."""
    asked = retry_after_seconds(response.headers) if response is not None else None
    if asked is not None:
        return min(MAX_BACKOFF_SECONDS, asked)
    base = float(setting("CONTRACT_THROTTLE_DELAY", "2"))
    return min(MAX_BACKOFF_SECONDS, base * (2**attempt) * (1 + random.random()))


def low_bucket_pause(response: requests.Response) -> float:
    """Seconds to wait so the bucket drains enough for the next request's up-front cost."""
    remaining = response.headers.get("X-Rate-Limit-Remaining")
    try:
        left = float(remaining) if remaining is not None else UPFRONT_COST
    except ValueError:
        return 0.0
    outflow = float(setting("CONTRACT_THROTTLE_OUTFLOW") or OUTFLOW_PER_SECOND)
    return max(0.0, (UPFRONT_COST - left) / outflow)


THROTTLE_RETRIES_SEEN = 0
_original_send = requests.adapters.HTTPAdapter.send


def canvas_send(self: requests.adapters.HTTPAdapter, request: requests.PreparedRequest, **kwargs: Any) -> Any:
    global THROTTLE_RETRIES_SEEN
    check_safety(request)
    retries = int(setting("CONTRACT_THROTTLE_RETRIES", "6"))
    attempt = 0
    while True:
        response = _original_send(self, request, **kwargs)
        if not is_throttled(response) or attempt >= retries:
            break
        delay = backoff_delay(attempt, response)
        attempt += 1
        THROTTLE_RETRIES_SEEN += 1
        log(
            f"Canvas throttled {request.method} {request.path_url} ({response.status_code}); "
            f"retry {attempt}/{retries} in {delay:.1f}s"
        )
        response.close()
        time.sleep(delay)
    record_started_report(request, response)
    pause = low_bucket_pause(response)
    if pause and not is_throttled(response):
        time.sleep(pause)
    return response


def install_transport() -> None:
    """Route every real HTTP request of this process through `canvas_send` (idempotent)."""
    if requests.adapters.HTTPAdapter.send is not canvas_send:
        requests.adapters.HTTPAdapter.send = canvas_send  # type: ignore[method-assign, assignment]


def uninstall_transport() -> None:
    requests.adapters.HTTPAdapter.send = _original_send  # type: ignore[method-assign]
