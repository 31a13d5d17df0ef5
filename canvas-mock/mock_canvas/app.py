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
from typing import Any, NamedTuple
from urllib.parse import quote, unquote

from mock_canvas import control, downloads
from mock_canvas.contract import JSON_MEDIA_TYPE, Contract, OperationContract, encode_json
from mock_canvas.handlers import HANDLERS
from mock_canvas.http import (
    JSON_CONTENT_TYPE,
    TEXT_CONTENT_TYPE,
    BadInput,
    Reply,
    StreamedBody,
    decode_form,
    decode_json,
    decode_multipart,
    error_body,
    json_reply,
    media_type,
    parse_query,
    read_body,
)
from mock_canvas.lifecycle import Lifecycle
from mock_canvas.settings import Settings
from mock_canvas.store import Account, Store, Token
from mock_canvas.throttle import Throttle, ruby_float

log = logging.getLogger("mock_canvas")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

ROUTE_METHODS = {"HEAD": "GET"}  # Rails routes HEAD to the GET action (and scopes check it as GET)
FORM_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class Call:
    """One API request after the shared checks: what a handler needs and nothing more."""

    __slots__ = ("account", "base_url", "body", "now", "op", "params", "target", "token", "user_id")

    def __init__(
        self,
        target: Target,
        op: OperationContract,
        token: Token,
        user_id: int,
        account: Account,
        base_url: str,
        now: float,
    ) -> None:
        self.target = target
        self.op = op
        self.params = target.params
        self.token = token
        self.user_id = user_id
        self.account = account
        self.base_url = base_url
        self.now = now
        self.body: tuple[dict[str, Any], bool] = ({}, False)

    @property
    def query(self) -> list[tuple[str, str]]:
        return self.target.query

    def copy(self) -> Call:
        """A private Call for a request that awaits its body (a shared one could be changed meanwhile)."""
        return Call(self.target, self.op, self.token, self.user_id, self.account, self.base_url, self.now)

    def query_values(self, name: str) -> list[str]:
        return [value for key, value in self.target.query if key == name]

    @property
    def request_path(self) -> str:
        """The path as requested (percent-encoded again, without a `.json` suffix), for Link URLs."""
        return "/" + "/".join(quote(s, safe=":~@!$&'()*+,;=") for s in self.target.segments or ())


class Target(NamedTuple):
    """The meaning of one request line: the operation (None: not an API route), its raw and validated
    parameters, and the first validation problem (None when the request matches the spec)."""

    op: OperationContract | None
    segments: list[str] | None
    raw_params: list[str]
    query: list[tuple[str, str]]
    query_problem: str | None
    params: dict[str, Any]
    problem: str | None


_UNROUTED = Target(None, None, [], [], None, {}, None)

# (target, token, outcome of the shared checks: a Call to handle, a Reply to send, None to check each time)
Plan = tuple[Target, str | None, "Call | Reply | None"]


class MockCanvas:
    """The ASGI app. Build it with `create_app(settings)`; it owns its SQLite store and throttle."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.contract = Contract(settings.spec_path)
        self.states = self.contract.states
        get_scopes = self.contract.scopes_for(lambda op: op.method == "GET")
        self.store = Store(
            settings.db_path,
            get_scopes={"GET": get_scopes},
            freeze_clock=settings.freeze_clock,
            seed_users=settings.seed_users,
        )
        self.lifecycle = Lifecycle(self.store, self.contract, settings)
        self.throttle = Throttle(
            high_water_mark=settings.throttle_high_water_mark,
            maximum=settings.throttle_maximum,
            outflow=settings.throttle_outflow,
            up_front_cost=settings.throttle_up_front_cost,
            enabled=settings.throttle_enabled,
        )
        self.catalogue = self.contract.catalogue
        self.available_reports = frozenset(entry["report"] for entry in self.catalogue)
        self.routes = self.contract.routes
        self.handlers = {op_id: HANDLERS[op_id] for op_id in self.contract.operations}
        missing = set(HANDLERS) ^ set(self.contract.operations)
        if missing:
            raise RuntimeError(f"handlers and spec operations differ: {sorted(missing)}")
        self.path_plans = {
            op_id: tuple(next(r for r in op.path_rules if r.name == name) for name in op.path_names)
            for op_id, op in self.contract.operations.items()
        }
        self.bodies = {
            "not_found": encode_json(self.contract.not_found),
            "unauthenticated": encode_json(self.contract.unauthenticated),
            "invalid_token": encode_json(self.contract.invalid_token),
            "expired_token": self.contract.expired_token,
            "revoked_token": encode_json(self.contract.revoked_token),
            "insufficient_scopes": encode_json(self.contract.insufficient_scopes),
            "invalid_as_user_id": encode_json(self.contract.invalid_as_user_id),
            "unauthorized": encode_json(self.contract.unauthorized),
        }
        self.base_urls: dict[bytes, str] = {}
        self.plans: dict[tuple[Any, ...], Plan] = {}
        self.plans_generation = -1
        self.float_texts: dict[float, bytes] = {}  # X-Request-Cost / X-Rate-Limit-Remaining spellings
        self.request_cost = settings.request_cost
        if settings.throttle_status not in self.contract.throttled_bodies:
            raise ValueError(
                f"MOCK_THROTTLE_STATUS={settings.throttle_status}: expected one of "
                f"{sorted(self.contract.throttled_bodies)} (429 hosted Canvas, 403 self-hosted)"
            )
        self.throttled_status = settings.throttle_status
        self.throttled_body = self.contract.throttled_bodies[settings.throttle_status]
        self.strict = settings.strict
        self.violations: list[dict[str, Any]] = []
        self.started_at = time.time()

    # -- canned replies (bodies from the spec's examples) ------------------------------------------

    def not_found(self) -> Reply:
        return (404, [(b"content-type", JSON_CONTENT_TYPE)], self.bodies["not_found"])

    def canned(self, status: int, body_name: str, *, www_authenticate: bool = False) -> Reply:
        headers = [(b"content-type", JSON_CONTENT_TYPE)]
        if www_authenticate:
            headers.append((b"www-authenticate", self.contract.www_authenticate))
        return (status, headers, self.bodies[body_name])

    def bad_request(self, message: str) -> Reply:
        return json_reply(400, error_body(message))

    # -- ASGI entry point ------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await self._lifespan(receive, send)
            return
        started = perf_counter()
        path: str = scope["path"]
        if path.startswith("/__mock__"):
            status, headers, body = await self._guarded(control.handle(self, scope, receive))
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
                plan = (_UNROUTED, None, json_reply(500, self.contract.internal_error))
            else:
                if len(self.plans) >= 4096:
                    self.plans.clear()
                self.plans[signature] = plan
        target, token_value, checked = plan
        bucket = self.throttle.admit(token_value or _client_key(scope), started)
        if bucket is None:
            await _send(
                send,
                scope,
                self.throttled_status,
                self._throttled_headers(token_value, scope),
                self.throttled_body,
            )
            return
        try:
            if checked is None:  # not plannable: file downloads depend on the files themselves
                checked = self._check(scope, target, token_value, host)
            if isinstance(checked, Call):
                op = checked.op
                if op.body_validators:
                    call = checked.copy()
                    call.now = store.now()
                    try:
                        call.body = await self._request_body(op, scope, receive, target.query)
                    except BadInput as exc:
                        reply = self.bad_request(str(exc))
                    else:
                        reply = self.handlers[op.operation_id](self, call)
                else:
                    checked.now = store.now()
                    reply = self.handlers[op.operation_id](self, checked)
            else:
                reply = (checked[0], list(checked[1]), checked[2])
        except Exception:  # a bug; never let it escape as a bare 500 without a Canvas body
            log.exception("mock_canvas: unhandled error for %s %s", scope["method"], path)
            reply = json_reply(500, self.contract.internal_error)
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
            cost_text = texts[cost] = ruby_float(cost).encode()
        remaining_text = texts.get(remaining)
        if remaining_text is None:
            if len(texts) > 4096:
                texts.clear()
            remaining_text = texts[remaining] = ruby_float(remaining).encode()
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
            return self.bad_request(str(exc))
        except Exception:
            log.exception("mock_canvas: unhandled error in the control API")
            return json_reply(500, self.contract.internal_error)

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
    ) -> Reply | Call:
        """The shared checks in Canvas's order: a Reply for the first that fails, else the Call to handle."""
        op = target.op
        if op is None:
            segments = target.segments
            if segments is not None and segments[-1:] == ["download"]:
                return downloads.handle(self, scope, segments, token_value)
            return self.not_found()

        # Token, scopes, user (reference §1 steps 2-4).
        if token_value is None:
            return self.canned(401, "unauthenticated", www_authenticate=True)
        store = self.store
        token = store.token(token_value)
        if token is None or token.state != "active":
            return self.check_token(token_value) or self.not_found()
        if token.requires_scopes and op.scope not in token.scopes:
            return self.canned(401, "insufficient_scopes")
        user_id = token.user_id
        query = target.query  # empty when the query string is malformed (a 400 at the validation step)
        if query and any(key == "as_user_id" for key, _ in query):
            masquerade = self._masquerade(token, query)
            if masquerade is None:
                return self.canned(401, "invalid_as_user_id")
            user_id = masquerade

        # Account and permission (steps 5 and 7; step 6, elevated auth, is off as in a default Canvas).
        account = store.account(target.raw_params[0])
        if account is None:
            return self.not_found()
        if not store.can_read_reports(user_id, account):
            return self.canned(403, "unauthorized")

        # Request validation against the spec (stricter than Canvas), then the operation itself.
        if target.problem is not None:
            return self.bad_request(target.problem)
        return Call(target, op, token, user_id, account, self.base_url_of(host, scope), store.now())

    def check_token(self, token_value: str) -> Reply | None:
        """The 401s of an unknown, expired or revoked token (with WWW-Authenticate), or None if valid."""
        token = self.store.token(token_value)
        if token is None:
            return self.canned(401, "invalid_token", www_authenticate=True)
        if token.state == "expired":
            body = {"errors": [{**self.bodies["expired_token"]["errors"][0], "expired_at": token.expired_at}]}
            return json_reply(401, body, [(b"www-authenticate", self.contract.www_authenticate)])
        if token.state == "revoked":
            return self.canned(401, "revoked_token", www_authenticate=True)
        return None

    def _route(self, method: str, segments: list[str]) -> tuple[OperationContract, list[str]] | None:
        for op in self.routes.get((method, len(segments)), ()):
            op_segments = op.segments
            for i in op.literal_positions:
                if segments[i] != op_segments[i]:
                    break
            else:
                return op, [segments[i] for i, s in enumerate(op_segments) if s is None]
        return None

    def _masquerade(self, token: Token, query: list[tuple[str, str]]) -> int | None:
        """Canvas's `as_user_id`: root-account admins may act as an existing user; anything else is 401."""
        value = [v for k, v in query if k == "as_user_id"][-1]
        root = self.store.account("self")
        if root is None or not self.store.can_read_reports(token.user_id, root):
            return None
        if value.startswith("sis_user_id:"):
            row = self.store.db.execute(
                "SELECT id FROM users WHERE sis_user_id = ?", (value[12:],)
            ).fetchone()
            return None if row is None else row[0]
        if value.isascii() and value.isdigit() and self.store.user(int(value)) is not None:
            return int(value)
        return None

    async def _request_body(
        self, op: OperationContract, scope: Scope, receive: Receive, query: list[tuple[str, str]]
    ) -> tuple[dict[str, Any], bool]:
        """startReport's `parameters` from the body (or the query string) and whether any were sent."""
        content_type = _header(scope, b"content-type")
        body = await read_body(receive, self.settings.max_body_bytes, _header(scope, b"content-length"))
        kind, options = media_type(content_type)
        validate = self.settings.validate_requests
        form_fields = [(k, v) for k, v in query if k.startswith("parameters[")]
        if body.strip() == b"":
            parameters, sent = _form_parameters(form_fields) if form_fields else ({}, False)
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
                return ({}, False) if not form_fields else _form_parameters(form_fields)
            parameters = document["parameters"]
            if parameters is None:  # Canvas treats `"parameters": null` as no parameters at all
                return ({}, False) if not form_fields else _form_parameters(form_fields)
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
            return _form_parameters(merged)
        accepted = ", ".join(op.body_validators)
        if not kind:
            raise BadInput(f"A request body needs a Content-Type: one of {accepted}.")
        raise BadInput(f"Unsupported Content-Type {kind!r}; send one of {accepted}.")

    def _validate_form(
        self, op: OperationContract, fields: list[tuple[str, str]], kind: str = FORM_MEDIA_TYPES[0]
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
        base = f"{scope.get('scheme', 'http')}://{text}"
        if len(self.base_urls) > 1000:
            self.base_urls.clear()
        self.base_urls[host] = base
        return base

    # -- strict mode -----------------------------------------------------------------------------

    def _strict_check(self, op: OperationContract, scope: Scope, reply: Reply) -> Reply:
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

    def response_problem(self, op: OperationContract, method: str, reply: Reply) -> str | None:
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


def _form_parameters(fields: list[tuple[str, str]]) -> tuple[dict[str, Any], bool]:
    """`parameters[name]=v` fields -> {"name": "v"}; `parameters[name][]` repeated -> a list of strings."""
    parameters: dict[str, Any] = {}
    sent = False
    for key, value in fields:
        if not key.startswith("parameters[") or "]" not in key:
            continue
        name = key[len("parameters[") : key.index("]")]
        rest = key[key.index("]") + 1 :]
        sent = True
        if rest == "[]":
            existing = parameters.get(name)
            if isinstance(existing, list):
                existing.append(value)
            else:
                parameters[name] = [value]
        elif rest == "":
            parameters[name] = value
    return parameters, sent


def _first_error(validator: Any, instance: Any) -> str:
    for error in validator.iter_errors(instance):
        where = "/".join(str(p) for p in error.instance_path)
        return f"{error.message}" + (f" (at {where})" if where else "")
    return "invalid"
