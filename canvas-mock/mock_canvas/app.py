"""The mock Canvas as a raw ASGI application: the shared checks, written once in Canvas's order.

Every API request goes through the same pipeline, in the order a live Canvas checks (reference §1):
throttle (429, or 403 text/plain) -> route (404) -> token (401) -> scopes (401, before any lookup) -> user
(401 `unauthenticated`) -> account (404) -> `read_reports` (403) -> request validation against the spec (400)
-> the operation's own checks in its handler. Routing is by the spec's paths and operationIds, without a
framework router: the speed target (at least 0.7x a no-op ASGI app on the same uvicorn) leaves a few
microseconds per request, so the hot path avoids per-request objects beyond one small `Call`, and
reports that can no longer change are served from cached bytes.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable
from time import perf_counter
from typing import Any
from urllib.parse import unquote

from canvas_contract.wire import form_parameters, media_type
from mock_canvas import control, downloads
from mock_canvas.access import Granted
from mock_canvas.backend import Backend
from mock_canvas.caches import BoundedCache
from mock_canvas.call import UNROUTED, Admitted, Call, Target
from mock_canvas.handlers import HANDLERS
from mock_canvas.http import (
    BadInput,
    decode_form,
    decode_json,
    decode_multipart,
    parse_query,
    read_body,
)
from mock_canvas.replies import TEXT_CONTENT_TYPE, Reply, StreamedBody, bad_request, json_reply
from mock_canvas.settings import Settings
from mock_canvas.spec_model import JSON_MEDIA_TYPE, OperationSpec
from mock_canvas.throttle import ruby_float

log = logging.getLogger("mock_canvas")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

ROUTE_METHODS = {"HEAD": "GET"}  # Rails routes HEAD to the GET action (and scopes check it as GET)
FORM_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

# (target, token, outcome of the shared checks: the admitted request, a Reply to send, or None to check
# each time). Immutable, so one plan can serve every request with the same signature.
Plan = tuple[Target, str | None, "Admitted | Reply | None"]


class MockCanvas:
    """The ASGI app. Build it with `create_app(settings)`; its `backend` owns the store and throttle."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.backend = backend = Backend(settings)
        # What callers and tests reach through the app (the running mock's state and compiled spec).
        self.spec_model = backend.spec_model
        self.store = backend.store
        self.throttle = backend.throttle
        self.violations = backend.violations
        self.replies = backend.replies
        self.throttled_status = backend.replies.throttled_status
        self.routes = self.spec_model.routes
        self.handlers = {op_id: HANDLERS[op_id] for op_id in self.spec_model.operations}
        missing = set(HANDLERS) ^ set(self.spec_model.operations)
        if missing:
            raise RuntimeError(f"handlers and spec operations differ: {sorted(missing)}")
        self.path_plans = {
            op_id: tuple(next(r for r in op.path_rules if r.name == name) for name in op.path_names)
            for op_id, op in self.spec_model.operations.items()
        }
        caches = settings.caches
        # The app's caches (the store keeps its own); ARCHITECTURE.md says what invalidates each.
        self.base_urls: BoundedCache[bytes, str] = BoundedCache("base_urls", 1000, enabled=caches)
        self.plans: BoundedCache[tuple[Any, ...], Plan] = BoundedCache("plans", 4096, enabled=caches)
        self.plans_generation = -1
        # X-Request-Cost / X-Rate-Limit-Remaining spellings
        self.float_texts: BoundedCache[float, bytes] = BoundedCache("float_texts", 4096, enabled=caches)
        self.request_cost = settings.request_cost
        self.strict = settings.strict
        self.started_at = time.time()

    # -- ASGI entry point ------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await self._lifespan(receive, send)
            return
        started = perf_counter()
        path: str = scope["path"]
        if path.startswith("/__mock__"):
            status, headers, body = await self._guarded(control.handle(self.backend, scope, receive))
            await _send(send, scope, status, headers, body)
            return
        store = self.store
        if store.is_file:
            store.refresh()
        authorization = host = None
        for key, value in scope["headers"]:
            if key == b"authorization":
                authorization = value
            elif key == b"host":
                host = value
        # The outcome of routing, validation and the token/account/permission checks depends only on the
        # request line, the credentials, the Host header and state that changes through the control API,
        # so it is planned once per signature and reused until that state changes.
        if store.generation != self.plans_generation:
            self.plans.clear()
            self.plans_generation = store.generation
        signature = (
            scope["method"],
            scope.get("raw_path") or path,
            scope["query_string"],
            authorization,
            host,
        )
        plan = self.plans.get(signature)
        if plan is None:
            try:
                plan = self._plan(scope, authorization, host)
            except Exception:  # a bug: answer Canvas's 500 body rather than let uvicorn send its own
                log.exception("mock_canvas: unhandled error for %s %s", scope["method"], path)
                plan = (UNROUTED, None, self.replies.server_error())
            else:
                self.plans.put(signature, plan)
        target, token_value, checked = plan
        bucket = self.throttle.admit(token_value or _client_key(scope), started)
        if bucket is None:
            await _send(
                send,
                scope,
                self.throttled_status,
                self._throttled_headers(token_value, scope),
                self.replies.throttled_body,
            )
            return
        try:
            if checked is None:  # not plannable: file downloads depend on the files themselves
                checked = self._check(scope, target, token_value, host)
            if isinstance(checked, Admitted):
                op = checked.op
                handler = self.handlers[op.operation_id]
                if op.body_validators:
                    now = store.now()  # when the request arrived, not when its body finished
                    try:
                        parameters = await self._request_body(op, scope, receive, target.query)
                    except BadInput as exc:
                        reply = bad_request(str(exc))
                    else:
                        reply = handler(self.backend, Call(checked, now, parameters))
                else:
                    reply = handler(self.backend, Call(checked, store.now()))
            else:
                reply = (checked[0], list(checked[1]), checked[2])
        except Exception:  # a bug; never let it escape as a bare 500 without a Canvas body
            log.exception("mock_canvas: unhandled error for %s %s", scope["method"], path)
            reply = self.replies.server_error()
        cost = self.request_cost
        if cost is None:
            cost = perf_counter() - started
        remaining = self.throttle.settle(bucket, cost)
        status, headers, body = reply
        cost = round(cost, 6)
        remaining = round(remaining, 6)
        texts = self.float_texts
        cost_text = texts.get(cost)
        if cost_text is None:
            cost_text = texts.put(cost, ruby_float(cost).encode())
        remaining_text = texts.get(remaining)
        if remaining_text is None:
            remaining_text = texts.put(remaining, ruby_float(remaining).encode())
        headers.append((b"x-request-cost", cost_text))
        headers.append((b"x-rate-limit-remaining", remaining_text))
        if self.strict and target.op is not None:
            status, headers, body = self._strict_check(target.op, scope, reply)
        if isinstance(body, StreamedBody):  # a report file: chunks straight from the database
            headers.append((b"content-length", str(body.size).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            if scope["method"] != "HEAD":
                for chunk in body.chunks:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
            return
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})

    def _throttled_headers(self, token_value: str | None, scope: Scope) -> list[tuple[bytes, bytes]]:
        """Headers of the throttled answer (off the hot path: only refused requests get here)."""
        headers = [(b"content-type", TEXT_CONTENT_TYPE), (b"x-rate-limit-remaining", b"0.0")]
        if self.settings.throttle_retry_after:
            wait = self.throttle.seconds_until_admitted(token_value or _client_key(scope), perf_counter())
            headers.append((b"retry-after", str(max(1, math.ceil(wait))).encode()))
        return headers

    async def _guarded(self, pending: Awaitable[Reply]) -> Reply:
        try:
            return await pending
        except BadInput as exc:
            return bad_request(str(exc))
        except Exception:
            log.exception("mock_canvas: unhandled error in the control API")
            return self.replies.server_error()

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    # -- the pipeline ----------------------------------------------------------------------------

    def _plan(self, scope: Scope, authorization: bytes | None, host: bytes | None) -> Plan:
        """Route, validate and run the shared checks for a request signature not seen since the last
        change of tokens, accounts or permissions."""
        target = self._analyse(scope)
        token_value = _bearer_token(authorization, target.query)
        if target.op is None:
            return target, token_value, None
        return target, token_value, self._check(scope, target, token_value, host)

    def _analyse(self, scope: Scope) -> Target:
        method: str = scope["method"]
        segments = _segments(scope)
        query: list[tuple[str, str]] = []
        query_problem = None
        try:
            query = parse_query(scope["query_string"])
        except BadInput as exc:
            query_problem = str(exc)
        route = None if segments is None else self._route(ROUTE_METHODS.get(method, method), segments)
        if route is None:
            return Target(None, segments, [], query, query_problem, {}, None)
        op, raw_params = route
        params: dict[str, Any] = {}
        problem = query_problem
        validate = self.settings.validate_requests
        for rule, raw in zip(self.path_plans[op.operation_id], raw_params, strict=True):
            value = rule.coerce(raw)
            if validate and problem is None and not rule.validator.is_valid(value):
                problem = rule.error(value)
            params[rule.name] = value
        for rule in op.query_rules:
            raw_values = [v for k, v in query if k == rule.name]
            if not raw_values:
                if rule.required and validate and problem is None:
                    problem = f"Missing required parameter '{rule.name}'."
                continue
            value = rule.coerce(raw_values)
            if validate and problem is None and not rule.validator.is_valid(value):
                problem = rule.error(value)
            params[rule.name] = value
        return Target(op, segments, raw_params, query, query_problem, params, problem)

    def _check(
        self, scope: Scope, target: Target, token_value: str | None, host: bytes | None
    ) -> Reply | Admitted:
        """The shared checks in Canvas's order (access.py), then request validation against the spec
        (stricter than Canvas): a Reply for the first that fails, else the admitted request."""
        op = target.op
        if op is None:
            segments = target.segments
            if segments is not None and segments[-1:] == ["download"]:
                return downloads.handle(
                    self.backend, scope, segments, token_value, self.base_url_of(host, scope)
                )
            return self.replies.not_found()
        # `target.query` is empty when the query string is malformed (a 400 at the validation step).
        granted = self.backend.access.check(
            token_value, target.raw_params[0], scope=op.scope, query=target.query
        )
        if not isinstance(granted, Granted):
            return granted
        if target.problem is not None:
            return bad_request(target.problem)
        token, user_id, account = granted
        return Admitted(target, op, token, user_id, account, self.base_url_of(host, scope))

    def _route(self, method: str, segments: list[str]) -> tuple[OperationSpec, list[str]] | None:
        for op in self.routes.get((method, len(segments)), ()):
            op_segments = op.segments
            for i in op.literal_positions:
                if segments[i] != op_segments[i]:
                    break
            else:
                return op, [segments[i] for i, s in enumerate(op_segments) if s is None]
        return None

    async def _request_body(
        self, op: OperationSpec, scope: Scope, receive: Receive, query: list[tuple[str, str]]
    ) -> tuple[dict[str, Any], bool]:
        """startReport's `parameters` from the body (or the query string) and whether any were sent."""
        content_type = _header(scope, b"content-type")
        body = await read_body(receive, self.settings.max_body_bytes, _header(scope, b"content-length"))
        kind, options = media_type(content_type)
        validate = self.settings.validate_requests
        form_fields = [(k, v) for k, v in query if k.startswith("parameters[")]
        if body.strip() == b"":
            parameters, sent = form_parameters(form_fields) if form_fields else ({}, False)
            if form_fields and validate:
                self._validate_form(op, form_fields)
            return parameters, sent
        if kind == JSON_MEDIA_TYPE or (kind.startswith("application/") and kind.endswith("+json")):
            document = decode_json(body, options.get("charset"))
            validator = op.body_validators.get(JSON_MEDIA_TYPE)
            if validate and validator is not None and not validator.is_valid(document):
                raise BadInput("Invalid request body: " + _first_error(validator, document))
            if not isinstance(document, dict):
                raise BadInput("The JSON body must be an object with a `parameters` object.")
            if "parameters" not in document:
                return ({}, False) if not form_fields else form_parameters(form_fields)
            parameters = document["parameters"]
            if parameters is None:  # Canvas treats `"parameters": null` as no parameters at all
                return ({}, False) if not form_fields else form_parameters(form_fields)
            if not isinstance(parameters, dict):
                raise BadInput("`parameters` must be an object.")
            return dict(parameters), True
        if kind in FORM_MEDIA_TYPES:
            if kind not in op.body_validators:
                raise BadInput(f"Unsupported Content-Type {kind!r}.")
            fields = (
                decode_form(body, options.get("charset"))
                if kind == FORM_MEDIA_TYPES[0]
                else (decode_multipart(body, content_type or b""))
            )
            merged = form_fields + fields  # Rails: body values win over the query string
            if validate:
                self._validate_form(op, merged, kind)
            if not any(k.startswith("parameters[") for k, _ in merged):
                return {}, False
            return form_parameters(merged)
        accepted = ", ".join(op.body_validators)
        if not kind:
            raise BadInput(f"A request body needs a Content-Type: one of {accepted}.")
        raise BadInput(f"Unsupported Content-Type {kind!r}; send one of {accepted}.")

    def _validate_form(
        self, op: OperationSpec, fields: list[tuple[str, str]], kind: str = FORM_MEDIA_TYPES[0]
    ) -> None:
        flat: dict[str, Any] = {}
        for key, value in fields:
            if key.endswith("[]"):
                flat.setdefault(key, []).append(value)
            else:
                flat[key] = value
        validator = op.body_validators.get(kind)
        if validator is not None and not validator.is_valid(flat):
            raise BadInput("Invalid request body: " + _first_error(validator, flat))

    def base_url_of(self, host: bytes | None, scope: Scope) -> str:
        """`http://<Host>` as the client addressed the mock, so file_url and Link work from the client."""
        host = host or b""
        cached = self.base_urls.get(host)
        if cached is not None:
            return cached
        text = host.decode("latin-1")
        if not text or not all(c.isalnum() or c in ".-:[]_" for c in text):
            server = scope.get("server") or ("127.0.0.1", 80)
            text = f"{server[0]}:{server[1]}"
        return self.base_urls.put(host, f"{scope.get('scheme', 'http')}://{text}")

    # -- strict mode -----------------------------------------------------------------------------

    def _strict_check(self, op: OperationSpec, scope: Scope, reply: Reply) -> Reply:
        problem = self.response_problem(op, scope["method"], reply)
        if problem is None:
            return reply
        status, headers, _ = reply
        record = {
            "operation": op.operation_id,
            "status": status,
            "problem": problem,
            "path": scope["path"],
            "method": scope["method"],
        }
        self.violations.append(record)
        log.error("mock_canvas strict mode: %s", record)
        body = {
            "errors": [
                {
                    "message": f"The mock's response violates the spec: {problem}",
                    "error_code": "mock_response_invalid",
                }
            ]
        }
        return json_reply(500, body, headers[-2:])

    def response_problem(self, op: OperationSpec, method: str, reply: Reply) -> str | None:
        """Why a response does not match the spec for this operation, or None when it does."""
        status, reply_headers, reply_body = reply
        rule = op.responses.get(str(status)) or op.responses.get(f"{status // 100}XX")
        if rule is None:
            return f"status {status} is not documented for {op.operation_id}"
        headers: dict[str, str] = {}
        for key, raw in reply_headers:
            headers[key.decode("latin-1").lower()] = raw.decode("latin-1")
        for header_rule in rule.headers:
            value = headers.get(header_rule.name)
            if value is None:
                if header_rule.required:
                    return f"required header {header_rule.name} is missing"
                continue
            if not header_rule.validator.is_valid(value):
                return f"header {header_rule.name}: " + _first_error(header_rule.validator, value)
        kind, _ = media_type(headers.get("content-type", "").encode("latin-1"))
        if rule.bodies and kind not in rule.bodies:
            return f"media type {kind!r} is not documented for status {status}"
        if method == "HEAD" or not rule.bodies:
            return None
        validator = rule.bodies[kind]
        try:
            document: Any = reply_body.decode() if kind.startswith("text/") else decode_json(reply_body, None)
        except (BadInput, UnicodeDecodeError) as exc:
            return f"body is not {kind}: {exc}"
        if not validator.is_valid(document):
            return "body: " + _first_error(validator, document)
        return None


def create_app(settings: Settings | None = None) -> MockCanvas:
    """The mock as an ASGI app (settings from `MOCK_*` variables when not given)."""
    return MockCanvas(settings or Settings.from_env())


# -- small helpers ----------------------------------------------------------------------------------


async def _send(
    send: Send, scope: Scope, status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    """Send a reply that skipped the pipeline (control API, throttled)."""
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return value
    return None


def _bearer_token(authorization: bytes | None, query: list[tuple[str, str]]) -> str | None:
    """The token from `Authorization: Bearer …`, else from Canvas's `access_token` query parameter."""
    if authorization is not None:
        scheme, _, token = authorization.partition(b" ")
        if scheme.lower() == b"bearer":
            token = token.strip()
            return token.decode("latin-1") if token else None
        return None
    if query:
        for key, value in query:
            if key == "access_token" and value:
                return value
    return None


def _client_key(scope: Scope) -> str:
    client = scope.get("client")
    return f"ip:{client[0]}" if client else "ip:unknown"


def _segments(scope: Scope) -> list[str] | None:
    """Path segments as Rails routes see them: one trailing slash and a `.json` suffix ignored,
    `%2F` kept inside its segment. None when a segment is not valid percent-encoded UTF-8."""
    raw = scope.get("raw_path")
    path = raw.decode("latin-1") if raw else scope["path"]
    path = path.split("?", 1)[0]
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    parts = path.split("/")[1:]
    last = parts[-1]
    if last.endswith(".json"):
        parts[-1] = last[:-5]
    if "%" in path or not path.isascii():
        try:
            parts = [unquote(p, errors="strict") for p in parts]
        except UnicodeDecodeError:
            return None
    return parts


def _first_error(validator: Any, instance: Any) -> str:
    for error in validator.iter_errors(instance):
        where = "/".join(str(p) for p in error.instance_path)
        return f"{error.message}" + (f" (at {where})" if where else "")
    return "invalid"
