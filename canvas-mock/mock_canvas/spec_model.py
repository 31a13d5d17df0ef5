"""What the mock knows about the Account Reports API, all of it read from the OpenAPI document at start-up.

The mock writes no schema, status list, scope string or error message of its own: routes, parameter and
body schemas, each operation's scope (from its `security`), the report states, the error bodies (from
`components/examples`) and the catalogue (from `components.x-report-catalogue`) come from here.
Validators are compiled once, with jsonschema-rs (Draft 2020-12, the dialect of OpenAPI 3.1), because
the pure-Python validator costs ~17 µs per call and the request budget of the hot path is a few
microseconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema_rs

from canvas_contract import example_value, operations, resolve
from canvas_contract.catalogue import CatalogueError, available_reports, report_jobs
from canvas_contract.catalogue import ReportJob as JobFacts
from canvas_contract.spec import SPEC_URI, load_spec, rebase_refs

JSON_MEDIA_TYPE = "application/json"
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


class SpecError(Exception):
    """The OpenAPI document lacks something the mock needs; raised at start-up, never per request."""


@dataclass(frozen=True)
class ParameterRule:
    """One declared parameter: how to turn its raw string(s) into a JSON value, and its validator."""

    name: str
    location: str  # "path" or "query"
    required: bool
    kind: str  # JSON type the raw strings are coerced to: integer, number, boolean, array, string
    item_kind: str
    validator: Any

    def coerce(self, raw: str | list[str]) -> Any:
        """Strings from the URL become the schema's type when they spell it; otherwise they stay strings
        (and then fail validation with the validator's own message)."""
        if self.kind == "array":
            items = raw if isinstance(raw, list) else [raw]
            return [_coerce_scalar(item, self.item_kind) for item in items]
        if isinstance(raw, list):
            raw = raw[-1]  # Rails keeps the last of repeated scalar keys
        return _coerce_scalar(raw, self.kind)

    def error(self, value: Any) -> str | None:
        """A one-line reason when `value` violates the parameter's schema, else None."""
        if self.validator.is_valid(value):
            return None
        first = next(iter(self.validator.iter_errors(value)))
        return f"Invalid value for parameter '{self.name}': {first.message}"


def _coerce_scalar(raw: str, kind: str) -> Any:
    if len(raw) > 1000:  # Python refuses int() of over 4300 digits; such a value is invalid anyway
        return raw
    if kind == "integer" and _INTEGER.fullmatch(raw):
        return int(raw)
    if kind == "number" and _NUMBER.fullmatch(raw):
        return float(raw)
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


@dataclass(frozen=True)
class HeaderRule:
    name: str  # lower case
    required: bool
    validator: Any


@dataclass(frozen=True)
class ResponseRule:
    """What the spec allows for one status of one operation (used by strict mode)."""

    bodies: Mapping[str, Any]  # media type -> validator
    headers: tuple[HeaderRule, ...]


@dataclass
class OperationSpec:
    """One operation as the mock needs it: route, scope, parameter and body validators, responses."""

    operation_id: str
    method: str
    path: str
    segments: tuple[str | None, ...]  # literal path segments, None where a parameter goes
    path_names: tuple[str, ...]
    scope: str
    path_rules: tuple[ParameterRule, ...]
    query_rules: tuple[ParameterRule, ...]
    body_validators: Mapping[str, Any]  # media type -> validator
    responses: Mapping[str, ResponseRule]
    literal_positions: tuple[int, ...] = field(default=())


SINGLE_JOB = JobFacts(parallel=False, tracks_progress=True)  # a report type outside the catalogue


class ReportStates:
    """The report states, taken from the spec's ReportStatus enum.

    The attributes below are the states the mock's job refers to by name; each must be a value of the
    enum, so a state the spec renames or drops fails at start-up instead of drifting. `all` is the
    whole enum, in the spec's order.
    """

    created: str
    running: str
    compiling: str
    complete: str
    error: str
    aborted: str
    deleted: str

    def __init__(self, known: Iterable[str]) -> None:
        self.all = tuple(known)
        used = [name for name in ReportStates.__annotations__ if name != "all"]
        missing = [name for name in used if name not in self.all]
        if missing:
            raise SpecError(f"ReportStatus enum lacks the states the mock's job uses: {missing}")
        for name in used:
            setattr(self, name, name)


class SpecModel:
    """The parsed spec plus everything compiled from it. Build once per app; it is read-only afterwards."""

    def __init__(self, spec_path: Path) -> None:
        try:  # read afresh, not canvas_contract's cached copy: a test may rewrite the file
            self.spec: Mapping[str, Any] = load_spec(Path(spec_path), fresh=True)
        except ValueError as exc:
            raise SpecError(str(exc)) from None
        self._registry = jsonschema_rs.Registry([(SPEC_URI, dict(self.spec))])
        self.operations: dict[str, OperationSpec] = {}
        for op in operations(self.spec):
            self.operations[op.operation_id] = self._operation(op)
        self.routes = self._route_table()
        self.states = ReportStates(self._schema("ReportStatus").get("enum", ()))

        examples = self.example
        self.not_found = examples("NotFound")
        self.unauthenticated = examples("Unauthenticated")
        self.invalid_token = examples("InvalidAccessToken")
        self.expired_token = examples("ExpiredAccessToken")
        self.revoked_token = examples("RevokedAccessToken")
        self.insufficient_scopes = examples("InsufficientScopes")
        self.invalid_as_user_id = examples("InvalidAsUserId")
        self.unauthorized = examples("Unauthorized")
        self.internal_error = examples("InternalServerError")
        throttled = examples("RateLimitExceeded")
        if not isinstance(throttled, str):
            raise SpecError("components/examples/RateLimitExceeded must be the text/plain body")
        hosted = examples("RateLimitExceededHosted")
        if not isinstance(hosted, str):
            raise SpecError("components/examples/RateLimitExceededHosted must be the text/plain body")
        # The throttled answer by status: the middleware's 403 (self-hosted, older) and hosted Canvas's 429.
        self.throttled_bodies = {403: throttled.encode(), 429: hosted.encode()}
        term_error = examples("InvalidEnrollmentTerm")
        text = term_error.get("error") if isinstance(term_error, Mapping) else None
        if not isinstance(text, str) or text.count("'") < 2:
            raise SpecError("components/examples/InvalidEnrollmentTerm must quote the value in '…'")
        # "invalid enrollment_term_id 'sis_term_id:invalid'" -> prefix, value, suffix
        self._term_error_prefix = text[: text.index("'") + 1]
        self._term_error_suffix = text[text.rindex("'") :]
        self.www_authenticate = self._header_example("WWW-Authenticate").encode()

        try:  # how each report's job runs: x-report-catalogue.<type>.job, read by canvas_contract
            self.jobs: dict[str, JobFacts] = report_jobs(self.spec)
        except CatalogueError as exc:
            raise SpecError(str(exc)) from None
        try:  # listAvailableReports on a fresh account, derived from components.x-report-catalogue
            self.catalogue: list[dict[str, Any]] = available_reports(self.spec)
        except (KeyError, TypeError) as exc:
            raise SpecError(f"components.x-report-catalogue is incomplete: {exc!r}") from None
        self.descriptions_html: dict[str, str] = {}
        for name, node in self.spec["components"]["examples"].items():
            value = node.get("value")
            if name.startswith("AvailableReports") and isinstance(value, list):
                for entry in value:
                    if isinstance(entry, Mapping) and isinstance(entry.get("description_html"), str):
                        self.descriptions_html.setdefault(entry["report"], entry["description_html"])

    # -- helpers ---------------------------------------------------------------------------------

    def example(self, name: str) -> Any:
        try:
            return example_value(name, self.spec)
        except KeyError:
            raise SpecError(f"components/examples/{name} is missing") from None

    def term_error(self, value: str) -> dict[str, str]:
        """The 400 body for a bad enrollment_term_id, in the wording of the spec's example."""
        return {"error": self._term_error_prefix + value + self._term_error_suffix}

    def validator(self, schema: Mapping[str, Any], *, formats: bool = True) -> Any:
        """A compiled Draft 2020-12 validator whose `#/…` refs resolve into the whole document."""
        return jsonschema_rs.Draft202012Validator(
            rebase_refs(schema), registry=self._registry, validate_formats=formats
        )

    def _schema(self, name: str) -> Mapping[str, Any]:
        try:
            return self.spec["components"]["schemas"][name]
        except KeyError:
            raise SpecError(f"components/schemas/{name} is missing") from None

    def _header_example(self, name: str) -> str:
        header = resolve(self.spec["components"]["headers"][name], self.spec)
        value = header.get("example", header.get("schema", {}).get("example"))
        if not isinstance(value, str):
            raise SpecError(f"components/headers/{name} needs a string example")
        return value

    def _kind(self, schema: Mapping[str, Any]) -> tuple[str, str]:
        schema = resolve(schema, self.spec)
        types = schema.get("type", "string")
        if isinstance(types, list):
            types = next((t for t in types if t != "null"), "string")
        item_kind = "string"
        if types == "array":
            item_kind, _ = self._kind(schema.get("items", {}))
        return str(types), item_kind

    def _parameter(self, node: Mapping[str, Any]) -> ParameterRule:
        schema = node.get("schema", {})
        kind, item_kind = self._kind(schema)
        return ParameterRule(
            name=node["name"],
            location=node["in"],
            required=bool(node.get("required", False)),
            kind=kind,
            item_kind=item_kind,
            validator=self.validator(schema),
        )

    def _operation(self, op: Any) -> OperationSpec:
        scope = _oauth_scope(op.node, self.spec)
        rules = [self._parameter(p) for p in op.parameters]
        body = resolve(op.node.get("requestBody", {}), self.spec)
        body_validators = {
            media: self.validator(content.get("schema", {}))
            for media, content in body.get("content", {}).items()
        }
        responses = {
            status: self._response(resolve(node, self.spec)) for status, node in op.node["responses"].items()
        }
        segments = tuple(None if part.startswith("{") else part for part in op.path.strip("/").split("/"))
        names = tuple(part[1:-1] for part in op.path.strip("/").split("/") if part.startswith("{"))
        return OperationSpec(
            operation_id=op.operation_id,
            method=op.method,
            path=op.path,
            segments=segments,
            path_names=names,
            scope=scope,
            path_rules=tuple(r for r in rules if r.location == "path"),
            query_rules=tuple(r for r in rules if r.location == "query"),
            body_validators=body_validators,
            responses=responses,
            literal_positions=tuple(i for i, s in enumerate(segments) if s is not None),
        )

    def _response(self, node: Mapping[str, Any]) -> ResponseRule:
        bodies = {
            media: self.validator(content.get("schema", {}))
            for media, content in node.get("content", {}).items()
        }
        headers = []
        for name, header in node.get("headers", {}).items():
            header = resolve(header, self.spec)
            headers.append(
                HeaderRule(
                    name.lower(),
                    bool(header.get("required", False)),
                    self.validator(header.get("schema", {})),
                )
            )
        return ResponseRule(bodies, tuple(headers))

    def _route_table(self) -> dict[tuple[str, int], list[OperationSpec]]:
        table: dict[tuple[str, int], list[OperationSpec]] = {}
        for op in self.operations.values():
            table.setdefault((op.method, len(op.segments)), []).append(op)
        return table

    def scopes_for(self, predicate: Callable[[OperationSpec], bool]) -> frozenset[str]:
        return frozenset(op.scope for op in self.operations.values() if predicate(op))


def _oauth_scope(node: Mapping[str, Any], spec: Mapping[str, Any]) -> str:
    """The single `url:METHOD|route` scope an operation's `security` lists for the OAuth2 scheme."""
    schemes = spec["components"]["securitySchemes"]
    found = []
    for requirement in node.get("security", ()):
        for scheme, scopes in requirement.items():
            if schemes.get(scheme, {}).get("type") == "oauth2":
                found.extend(scopes)
    if len(found) != 1:
        raise SpecError(f"{node.get('operationId')}: expected exactly one OAuth2 scope, found {found}")
    return found[0]
