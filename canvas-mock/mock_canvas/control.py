"""The control API under `/__mock__/`: what tests need to drive the mock, outside the spec's paths.

It needs no token and is never throttled. Bodies are JSON; bad input is a 400 with a message. `GET
/__mock__` lists the endpoints (docs/backend.md documents the same list):

- `POST /__mock__/reset`: back to the seed (no reports, files, forced failures or extra tokens; real time).
- `GET|POST /__mock__/clock`: read the mock clock; `{"advance": seconds}` moves it, `{"freeze": true}`
  stops it (and `false` lets it run again). Reports move through their lifecycle on this clock.
- `POST /__mock__/reports/<id>/fail`: make the report's job fail, `{"mode": "exception"}` (Canvas's
  `error` with a message, the default) or `"permanent"` (state only); `{"when": "now"}` (default) or
  `"end"` (when the job would have finished).
- `GET|POST /__mock__/failures`: `{"report": "grade_export_csv", "count": 1, "mode": "exception"}`
  makes the jobs of the next reports started (of that type, or any type when `report` is null) fail.
- `GET /__mock__/reports`: every report with its job state, deleted ones included.
- `GET|POST /__mock__/throttle`: the buckets and settings; `{"token": "mock-admin-token", "level": 800}`
  fills a token's bucket so its next request is throttled.
- `POST /__mock__/tokens`: add a token, e.g. `{"token": "t", "user_id": 1077, "scopes": null, "state":
  "expired", "expired_at": "2026-01-31T00:00:00Z"}` (`scopes` null = unscoped key).
- `GET /__mock__/violations`: responses that failed strict-mode validation (empty when all is well).
- `GET /__mock__/health`: liveness.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from mock_canvas.http import BadInput, read_body
from mock_canvas.replies import Reply, json_reply

if TYPE_CHECKING:
    from mock_canvas.backend import Backend

FAIL_MODES = ("exception", "permanent")
TOKEN_STATES = ("active", "expired", "revoked")

ENDPOINTS = {
    "POST /__mock__/reset": "Back to the seed: no reports, files, forced failures or extra tokens; real "
    "time.",
    "GET /__mock__/clock": "The mock clock: now (ISO 8601 and epoch seconds), offset from real time, frozen.",
    "POST /__mock__/clock": '{"advance": seconds} moves the clock; {"freeze": true|false} stops/restarts it.',
    "POST /__mock__/reports/<id>/fail": '{"mode": "exception"|"permanent", "when": "now"|"end"}: job fails.',
    "GET /__mock__/failures": "Pending forced failures for reports not started yet.",
    "POST /__mock__/failures": '{"report": type or null, "count": n, "mode": ...}: the next n jobs fail.',
    "GET /__mock__/reports": "Every report with its job state, deleted ones included.",
    "GET /__mock__/throttle": "Bucket levels per client and the throttle settings.",
    "POST /__mock__/throttle": '{"token": "...", "level": units}: set a bucket level (800: full).',
    "POST /__mock__/tokens": '{"token", "user_id", "scopes": [...] or null, "state": "active"|"expired"|…}.',
    "GET /__mock__/violations": "Responses that failed strict-mode validation.",
    "GET /__mock__/health": "Liveness.",
}


async def handle(
    backend: Backend, scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]]
) -> Reply:
    method = scope["method"]
    parts = [p for p in scope["path"].split("/") if p][1:]
    body: dict[str, Any] = {}
    if method in ("POST", "PUT", "PATCH", "DELETE"):
        body = _json_object(await read_body(receive, 65536, None))
    if backend.store.is_file:
        backend.store.refresh()
    store = backend.store
    route = (method, *parts[:1])

    if not parts and method == "GET":
        return json_reply(200, {"endpoints": ENDPOINTS})
    if route == ("GET", "health"):
        return json_reply(200, {"status": "ok", "strict": backend.settings.strict})
    if route == ("POST", "reset") and len(parts) == 1:
        store.reset(backend.settings.freeze_clock)
        backend.throttle.reset()
        backend.violations.clear()
        return json_reply(200, {"reset": True, "clock": _clock(backend)})
    if parts == ["clock"] and method in ("GET", "POST"):
        if method == "POST":
            freeze = body.get("freeze")
            if freeze is not None:
                if not isinstance(freeze, bool):
                    raise BadInput("`freeze` must be true or false.")
                store.freeze_clock(freeze)
            advance = body.get("advance")
            if advance is not None:
                store.advance_clock(_number(advance, "advance", minimum=0.0))
        return json_reply(200, _clock(backend))
    if parts == ["reports"] and method == "GET":
        return json_reply(200, [_report_state(backend, row) for row in store.all_reports()])
    if len(parts) == 3 and parts[0] == "reports" and parts[2] == "fail" and method == "POST":
        return _fail_report(backend, parts[1], body)
    if parts == ["failures"] and method in ("GET", "POST"):
        if method == "POST":
            report = body.get("report")
            if report is not None and (not isinstance(report, str) or not report):
                raise BadInput("`report` must be a report type or null.")
            count = body.get("count", 1)
            if type(count) is not int or count < 1:
                raise BadInput("`count` must be a positive integer.")
            store.add_fail_rule(report, count, _mode(body))
        return json_reply(200, store.fail_rules())
    if parts == ["throttle"] and method in ("GET", "POST"):
        if method == "POST":
            token = body.get("token")
            if not isinstance(token, str) or not token:
                raise BadInput("`token` must be the token whose bucket to set.")
            backend.throttle.set_level(token, _number(body.get("level"), "level", minimum=0.0))
        t = backend.throttle
        return json_reply(
            200,
            {
                "high_water_mark": t.high_water_mark,
                "maximum": t.maximum,
                "outflow": t.outflow,
                "up_front_cost": t.up_front_cost,
                "enabled": t.enabled,
                "status": backend.replies.throttled_status,
                "retry_after": backend.settings.throttle_retry_after,
                "buckets": t.snapshot(),
            },
        )
    if parts == ["tokens"] and method == "POST":
        return _add_token(backend, body)
    if parts == ["violations"] and method == "GET":
        return json_reply(200, backend.violations)
    return json_reply(
        404,
        {"errors": [{"message": f"No control endpoint {method} {scope['path']}; GET /__mock__ lists them."}]},
    )


def _json_object(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadInput(f"Control API bodies are JSON objects: {exc}") from None
    if not isinstance(value, dict):
        raise BadInput("Control API bodies are JSON objects.")
    return value


def _number(value: Any, name: str, *, minimum: float) -> float:
    if type(value) not in (int, float) or value != value or value in (float("inf"), float("-inf")):
        raise BadInput(f"`{name}` must be a finite number.")
    if value < minimum:
        raise BadInput(f"`{name}` must be at least {minimum}.")
    return float(value)


def _mode(body: dict[str, Any]) -> str:
    mode = body.get("mode", "exception")
    if mode not in FAIL_MODES:
        raise BadInput(f"`mode` must be one of {', '.join(FAIL_MODES)}.")
    return str(mode)


def _clock(backend: Backend) -> dict[str, Any]:
    state = backend.store.clock_state()
    return {
        "now": backend.lifecycle.local_time(state["now"]),
        "epoch": state["now"],
        "offset": state["offset"],
        "frozen": state["frozen"],
    }


def _report_state(backend: Backend, row: dict[str, Any]) -> dict[str, Any]:
    row = backend.lifecycle.settle(row, backend.store.now())
    keys = ("id", "account_id", "report", "status", "job_state", "fail_mode", "job_starts_at", "job_ends_at")
    return {key: row[key] for key in keys}


def _fail_report(backend: Backend, raw_id: str, body: dict[str, Any]) -> Reply:
    if not (raw_id.isascii() and raw_id.isdigit() and len(raw_id) <= 19):
        raise BadInput("The report id must be numeric.")
    row = backend.store.report(int(raw_id))
    if row is None:
        return json_reply(404, {"errors": [{"message": f"No report {raw_id}."}]})
    when = body.get("when", "now")
    if when not in ("now", "end"):
        raise BadInput('`when` must be "now" or "end".')
    now = backend.store.now()
    row = backend.lifecycle.settle(row, now)
    if row["status"] not in backend.lifecycle.in_progress:
        raise BadInput(f"Report {raw_id} is {row['status']}; only a report in progress can fail.")
    row = backend.lifecycle.force_failure(row, _mode(body), now, immediately=(when == "now"))
    return json_reply(200, _report_state(backend, row))


def _add_token(backend: Backend, body: dict[str, Any]) -> Reply:
    token = body.get("token")
    user_id = body.get("user_id")
    scopes = body.get("scopes")
    state = body.get("state", "active")
    expired_at = body.get("expired_at")
    if not isinstance(token, str) or not token or len(token) > 512:
        raise BadInput("`token` must be a non-empty string.")
    if type(user_id) is not int or backend.store.user(user_id) is None:
        raise BadInput("`user_id` must be the id of a seeded user (e.g. 1077, 1078, 1079).")
    if scopes is not None and (not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes)):
        raise BadInput("`scopes` must be a list of scope strings, or null for an unscoped key.")
    if state not in TOKEN_STATES:
        raise BadInput(f"`state` must be one of {', '.join(TOKEN_STATES)}.")
    if expired_at is not None and not isinstance(expired_at, str):
        raise BadInput("`expired_at` must be an ISO 8601 string or null.")
    backend.store.add_token(token, user_id, scopes is not None, scopes or [], state, expired_at)
    return json_reply(200, {"token": token, "user_id": user_id, "scopes": scopes, "state": state})
