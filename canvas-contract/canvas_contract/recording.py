"""Check recorded Canvas traffic (a HAR file or a VCR cassette) against the OpenAPI document.

Why: a team can hold the contract up against its production Canvas without fuzzing it. It records what
its own client exchanged with Canvas (browser/mitmproxy HAR, Ruby `vcr` or Python `vcrpy` cassettes,
schemathesis's `--report vcr`), and this lists every request and response that disagrees with the spec.

The command is `canvas-contract recording [--strict] FILE [FILE ...]` (canvas_contract.cli); this
module is the library it runs: `load_recording`, `verify`, and the request and response checks.
Requests outside the spec's paths (other Canvas APIs, file downloads) are skipped and counted; with
`strict=True` they are mismatches too.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import yaml

from canvas_contract import Operation, load_spec, operations, resolve, schema_validator
from canvas_contract.routes import build_routes, in_scope, matches
from canvas_contract.wire import FORM_MEDIA_TYPES, media_type, parse_form


class RecordingError(Exception):
    """The file is not a readable HAR or VCR recording (reported in one line)."""


@dataclass
class Exchange:
    """One recorded request and its response, whatever format it came from."""

    where: str  # file#index, for messages
    method: str
    url: str
    request_headers: list[tuple[str, str]]
    request_body: bytes | None
    status: int
    response_headers: list[tuple[str, str]]
    response_body: bytes

    def header(self, name: str, *, response: bool = True) -> str | None:
        """First value of a header, matched case-insensitively (hosted Canvas sends lower-case names)."""
        pairs = self.response_headers if response else self.request_headers
        return next((v for k, v in pairs if k.lower() == name.lower()), None)


# ---------------------------------------------------------------------------------------------------
# Reading recordings


def load_recording(path: Path) -> list[Exchange]:
    """Parse a HAR (JSON) or VCR cassette (YAML) file into exchanges."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordingError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        # JSON is YAML, but parse JSON first: it is faster and its errors are clearer for HAR files.
        data = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        reason = str(exc).splitlines()[0]
        raise RecordingError(f"cannot parse {path}: {reason}") from None
    if isinstance(data, Mapping) and isinstance(data.get("log"), Mapping):
        return list(_har_exchanges(path, data["log"]))
    if isinstance(data, Mapping) and isinstance(data.get("http_interactions"), list):
        return list(_vcr_exchanges(path, data["http_interactions"]))
    if isinstance(data, Mapping) and isinstance(data.get("interactions"), list):
        return list(_vcr_exchanges(path, data["interactions"]))
    raise RecordingError(
        f"{path} is neither a HAR file (log.entries) nor a VCR cassette (http_interactions or interactions)"
    )


def _har_exchanges(path: Path, log: Mapping[str, Any]) -> Iterator[Exchange]:
    entries = log.get("entries")
    if not isinstance(entries, list):
        raise RecordingError(f"{path}: HAR log has no entries list")
    for index, entry in enumerate(entries, 1):
        where = f"{path.name}#{index}"
        try:
            request, response = entry["request"], entry["response"]
            post = request.get("postData") or {}
            body: bytes | None = None
            if "text" in post:
                body = post["text"].encode("utf-8")
            elif post.get("params"):
                # Some HAR writers keep only the parsed form fields.
                body = "&".join(f"{p['name']}={p.get('value', '')}" for p in post["params"]).encode("utf-8")
            content = response.get("content") or {}
            text = content.get("text") or ""
            raw = base64.b64decode(text) if content.get("encoding") == "base64" else text.encode("utf-8")
            yield Exchange(
                where=where,
                method=str(request["method"]).upper(),
                url=str(request["url"]),
                request_headers=[(h["name"], str(h["value"])) for h in request.get("headers", [])],
                request_body=body,
                status=int(response["status"]),
                response_headers=[(h["name"], str(h["value"])) for h in response.get("headers", [])],
                response_body=raw,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RecordingError(f"{where}: malformed HAR entry ({type(exc).__name__}: {exc})") from None


def _vcr_headers(headers: Any) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, values in (headers or {}).items():
        for value in values if isinstance(values, list) else [values]:
            pairs.append((str(name), str(value)))
    return pairs


def _vcr_body(body: Any) -> bytes | None:
    """Ruby vcr/schemathesis: {encoding, string | base64_string}; vcrpy: a string, bytes or {string}."""
    if body is None:
        return None
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, Mapping):
        if "base64_string" in body:
            return base64.b64decode(body["base64_string"])
        value = body.get("string")
        if value is None:
            return None
        return value if isinstance(value, bytes) else str(value).encode("utf-8")
    raise TypeError(f"unsupported body {type(body).__name__}")


def _vcr_exchanges(path: Path, interactions: list[Any]) -> Iterator[Exchange]:
    for index, interaction in enumerate(interactions, 1):
        where = f"{path.name}#{index}"
        try:
            request, response = interaction["request"], interaction["response"]
            if response is None:  # schemathesis records requests that got no response (network errors)
                continue
            status = response["status"]
            yield Exchange(
                where=where,
                method=str(request["method"]).upper(),
                url=str(request["uri"]),
                request_headers=_vcr_headers(request.get("headers")),
                request_body=_vcr_body(request.get("body")) or None,
                status=int(status["code"] if isinstance(status, Mapping) else status),
                response_headers=_vcr_headers(response.get("headers")),
                response_body=_vcr_body(response.get("body")) or b"",
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RecordingError(
                f"{where}: malformed VCR interaction ({type(exc).__name__}: {exc})"
            ) from None


# ---------------------------------------------------------------------------------------------------
# Matching a request to an operation


# ---------------------------------------------------------------------------------------------------
# Validation


def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    """Turn a string from a URL or header into the type its schema asks for, so the schema can judge it."""
    schema = resolve(schema)
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "integer" in types and re.fullmatch(r"-?[0-9]+", value):
        return int(value)
    if "number" in types and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?", value):
        return float(value)
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    return value


def _schema_errors(instance: Any, schema: Mapping[str, Any], what: str) -> list[str]:
    validator = schema_validator(schema)
    found = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
        location = error.json_path if error.absolute_path else "$"
        message = error.message if len(error.message) <= 200 else error.message[:197] + "..."
        found.append(f"{what} {location}: {message}")
    return found


def _charset(content_type: str | None) -> str:
    return media_type(content_type)[1].get("charset") or "utf-8"


def _decode_body(exchange: Exchange) -> bytes:
    """Undo a Content-Encoding that a recorder (e.g. vcrpy) kept."""
    encoding = (exchange.header("content-encoding") or "").lower()
    body = exchange.response_body
    try:
        if encoding == "gzip" and body[:2] == b"\x1f\x8b":
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body)
    except (OSError, zlib.error):
        return body
    return body


def _content_for(content: Mapping[str, Any], media_type: str) -> tuple[str, Mapping[str, Any]] | None:
    for declared, node in content.items():
        if declared.lower() == media_type:
            return declared, node
    for declared, node in content.items():
        main, _, sub = declared.lower().partition("/")
        if (sub == "*" and media_type.startswith(main + "/")) or declared == "*/*":
            return declared, node
    return None


def _decoded(body: bytes, declared: str, content_type: str | None) -> Any:
    """A body as its schema sees it: JSON parsed, a form as flat `parameters[...]` keys, text decoded."""
    if declared == "application/json" or declared.endswith("+json"):
        return json.loads(body)
    if declared in FORM_MEDIA_TYPES:
        return parse_form(body, content_type or "")
    return body.decode(_charset(content_type))


def check_request(exchange: Exchange, op: Operation, path_params: Mapping[str, str]) -> list[str]:
    problems: list[str] = []
    query = parse_qsl(urlsplit(exchange.url).query, keep_blank_values=True)
    for param in op.parameters:
        schema = param.get("schema", {})
        name, location = param["name"], param["in"]
        if location == "path":
            problems += _schema_errors(
                _coerce(unquote(path_params[name]), schema), schema, f"path parameter {name}"
            )
        elif location == "query":
            values = [v for k, v in query if k == name]
            if not values:
                if param.get("required"):
                    problems.append(f"query parameter {name}: required but missing")
                continue
            if resolve(schema).get("type") == "array":
                items = resolve(schema).get("items", {})
                instance: Any = [_coerce(v, items) for v in values]
            else:
                instance = _coerce(values[-1], schema)
            problems += _schema_errors(instance, schema, f"query parameter {name}")
        elif location == "header":
            value = exchange.header(name, response=False)
            if value is None:
                if param.get("required"):
                    problems.append(f"request header {name}: required but missing")
                continue
            problems += _schema_errors(_coerce(value, schema), schema, f"request header {name}")

    body_spec = resolve(op.node.get("requestBody")) if op.node.get("requestBody") else None
    body = exchange.request_body
    if not body:
        if body_spec and body_spec.get("required"):
            problems.append("request body: required but missing")
        return problems
    if body_spec is None:
        return problems  # Rails ignores a body it does not read; so does the spec.
    content_type = exchange.header("content-type", response=False) or ""
    match = _content_for(body_spec.get("content", {}), media_type(content_type)[0])
    if match is None:
        documented = ", ".join(body_spec.get("content", {}))
        return [
            *problems,
            f"request body: content type {content_type or '(none)'!r} not documented ({documented})",
        ]
    declared, node = match
    try:
        instance = _decoded(body, declared, content_type)
    except ValueError as exc:  # UnicodeDecodeError included
        return [*problems, f"request body: not valid {declared} ({exc})"]
    if "schema" in node:
        problems += _schema_errors(instance, node["schema"], "request body")
    return problems


def check_response(exchange: Exchange, op: Operation) -> list[str]:
    responses = op.node.get("responses", {})
    status = str(exchange.status)
    spec_response = responses.get(status) or responses.get(f"{status[0]}XX") or responses.get("default")
    if spec_response is None:
        return [f"status {status} is not documented (documented: {', '.join(responses)})"]
    spec_response = resolve(spec_response)
    problems: list[str] = []

    for name, header in (spec_response.get("headers") or {}).items():
        header = resolve(header)
        value = exchange.header(name)
        if value is None:
            if header.get("required"):
                problems.append(f"response header {name}: required but missing")
            continue
        schema = header.get("schema", {})
        problems += _schema_errors(_coerce(value, schema), schema, f"response header {name}")

    content = spec_response.get("content") or {}
    body = _decode_body(exchange)
    content_type = exchange.header("content-type")
    if not content:
        return problems
    if not body:
        return [*problems, f"response body: empty, expected {' or '.join(content)}"]
    match = _content_for(content, media_type(content_type)[0])
    if match is None:
        return [
            *problems,
            f"response content type {content_type or '(none)'!r} not documented for {status} "
            f"(documented: {', '.join(content)})",
        ]
    declared, node = match
    try:
        instance = _decoded(body, declared, content_type)
    except ValueError as exc:
        return [*problems, f"response body: not valid {declared} ({exc})"]
    if "schema" in node:
        problems += _schema_errors(instance, node["schema"], "response body")
    return problems


@dataclass
class Result:
    checked: int = 0
    skipped: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)


def verify(
    exchanges: Iterable[Exchange], spec: Mapping[str, Any] | None = None, *, strict: bool = False
) -> Result:
    """Match each exchange to an operation and validate both halves; collect every mismatch."""
    spec = load_spec() if spec is None else spec
    routes = build_routes(operations(spec))
    result = Result()
    for exchange in exchanges:
        path = urlsplit(exchange.url).path
        label = f"{exchange.where} {exchange.method} {path} -> {exchange.status}"
        matched = list(matches(path, routes))
        if not matched:
            if in_scope(path, routes) or strict:
                result.mismatches.append(f"{label}: no operation in the spec matches this path")
                result.checked += 1
            else:
                result.skipped.append(label)
            continue
        route, path_params = next(
            ((r, m) for r, m in matched if exchange.method in r.operations),
            matched[0],
        )
        op = route.operations.get(exchange.method)
        result.checked += 1
        if op is None:
            documented = ", ".join(route.operations)
            result.mismatches.append(
                f"{label}: method {exchange.method} is not documented for {route.template} "
                f"(documented: {documented})"
            )
            continue
        for problem in check_request(exchange, op, path_params) + check_response(exchange, op):
            result.mismatches.append(f"{label} [{op.operation_id}] {problem}")
    return result
