"""Schemathesis hooks for the Canvas Account Reports contract tests (loaded through schemathesis.toml).

Why: schemathesis knows nothing about Canvas. The HTTP side (throttle backoff, the ledger of started
reports, live-mode safety net) is in canvas_contract.testing.transport; this module adds what has to act on
schemathesis's own objects:

- a generation hook (live mode with writes) aims deleteReport/abortReport at a report this run started,
  so the safety net never has to fire (account and report type are pinned by the live config);
- a `filter_failure` hook for the one documented, state-dependent 400 (an unknown enrollment term);
- the `write_requires_scope` check: each positive write is re-sent with a token that holds only the
  GET scopes (`CONTRACT_READONLY_TOKEN`) and must get Canvas's 401 `Insufficient scopes on access token.`.
"""

from __future__ import annotations

import atexit
import json
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis.core.failures import AcceptedNegativeData
from schemathesis.core.parameters import ParameterLocation
from schemathesis.openapi.checks import RejectedPositiveData

from canvas_contract import operations, resolve, schema_validator
from canvas_contract.testing.transport import (
    INSUFFICIENT_SCOPES,
    LEDGER,
    WRITE_METHODS,
    install_transport,
    is_live,
    log,
    setting,
)
from canvas_contract.wire import FORM_MEDIA_TYPES, form_parameters, media_type, parse_form

# schemathesis imports this module in the process the runner starts (CONTRACT_MODE set): route its
# requests through the Canvas-aware transport. Imported anywhere else (a test), it changes nothing.
if setting("CONTRACT_MODE"):
    install_transport()

# ---------------------------------------------------------------------------------------------------
# Generation hooks (live mode): keep generated requests inside the safety rules


def _operation_id(context: schemathesis.HookContext) -> str | None:
    operation = context.operation
    if operation is None:
        return None
    return operation.definition.raw.get("operationId")


@schemathesis.hook
def map_path_parameters(context: schemathesis.HookContext, path_parameters: dict[str, Any]) -> dict[str, Any]:
    """Live mode with writes: abort and delete only reports this run started.

    The account and the report type are pinned by the live config's `parameters`; ids cannot be, so a
    generated id that is not ours becomes the first report of the ledger (the one the driver started
    up front): always the same choice, so Hypothesis replays stay deterministic.
    """
    if not is_live() or _operation_id(context) not in ("deleteReport", "abortReport"):
        return path_parameters
    ours = LEDGER.ids()
    if not ours or path_parameters.get("id") in ours:
        return path_parameters
    return {**path_parameters, "id": ours[0]}


def _path_examples() -> dict[str, tuple[list[Any], Any]]:
    """Each path parameter's example values in the spec, with a validator for its schema."""
    found: dict[str, tuple[list[Any], Any]] = {}
    for op in operations():
        for param in op.parameters:
            if param["in"] != "path" or param["name"] in found:
                continue
            schema = resolve(param.get("schema", {}))
            values = [param["example"]] if "example" in param else []
            values += [resolve(e)["value"] for e in (param.get("examples") or {}).values()]
            values += list(schema.get("examples") or [])
            if values:
                found[param["name"]] = (list(dict.fromkeys(values)), schema_validator(param["schema"]))
    return found


PATH_EXAMPLES = _path_examples()


@schemathesis.hook
def flatmap_path_parameters(context: schemathesis.HookContext, path_parameters: dict[str, Any]) -> Any:
    """Mock mode: three times in four, a valid path parameter takes one of the spec's own example values.

    Random strings that match `account_id`'s or `report`'s pattern name no account or report type,
    so without this nearly every generated start is a 404 and the stateful phase has few reports to
    chain getReport, abortReport and deleteReport through. The examples (`1`, `self`,
    `sis_account_id:sub-2`, the built-in report types, report 4821) are what the mock is seeded with.
    A value that breaks its schema is left alone, so a negative case stays negative. Live runs pin
    these parameters in their config instead.
    """
    if is_live() or not path_parameters:
        return st.just(path_parameters)
    choices = {}
    for name, value in path_parameters.items():
        examples, validator = PATH_EXAMPLES.get(name, ([], None))
        if examples and validator.is_valid(value):
            example = st.sampled_from(examples)
            choices[name] = st.one_of(st.just(value), example, example, example)  # 3 in 4: an example
        else:
            choices[name] = st.just(value)
    return st.fixed_dictionaries(choices)


# ---------------------------------------------------------------------------------------------------
# Failures that are not failures


TERM_ERROR = schema_validator({"$ref": "#/components/schemas/TermError"})
TERM_KEYS = ("enrollment_term_id", "enrollment_term")


def _sent_term(case: schemathesis.Case) -> bool:
    body = case.body if isinstance(case.body, dict) else {}
    sent = body.get("parameters")
    parameters = sent if isinstance(sent, dict) else {}
    form, _ = form_parameters(body.items())  # a form body: flat `parameters[name]` keys
    return any(key in parameters or key in form for key in TERM_KEYS)


REQUEST_BODIES = {
    op.operation_id: resolve(op.node["requestBody"]) for op in operations() if "requestBody" in op.node
}


def _unknown_term_rejected(context: schemathesis.HookContext, case: schemathesis.Case, response: Any) -> bool:
    """startReport's documented 400 for an `enrollment_term_id` that names no term of the account.

    The schema cannot say which values name a term, so a schema-valid random term id is rightly answered
    400 with a TermError body. Any other 400, or a TermError for a request without a term, is not this.
    """
    if _operation_id(context) != "startReport" or response.status_code != 400 or not _sent_term(case):
        return False
    try:
        return TERM_ERROR.is_valid(response.json())
    except ValueError:
        return False


def _wire_form_is_valid(context: schemathesis.HookContext, case: schemathesis.Case, response: Any) -> bool:
    """A "negative" form body whose bytes on the wire are a valid form.

    Form and multipart fields are strings on the wire, so schemathesis's wrong-type mutations (an object
    or a number where the schema says string) are sent as valid strings such as `{}` or `0`. Only the
    body may be negative, and what was actually sent is parsed back and validated against the spec.
    """
    meta = case.meta
    if meta is None or not meta.is_negative_at(ParameterLocation.BODY):
        return False
    if any(
        meta.is_negative_at(location) for location in ParameterLocation if location != ParameterLocation.BODY
    ):
        return False
    request = response.request
    content_type = request.headers.get("Content-Type", "")
    kind, _ = media_type(content_type)
    body_spec = REQUEST_BODIES.get(_operation_id(context) or "")
    if kind not in FORM_MEDIA_TYPES or body_spec is None or kind not in body_spec["content"]:
        return False
    body = request.body or b""
    try:
        fields = parse_form(body.encode() if isinstance(body, str) else body, content_type)
    except (ValueError, UnicodeDecodeError):
        return False
    return schema_validator(body_spec["content"][kind]["schema"]).is_valid(fields)


@schemathesis.hook
def filter_failure(
    context: schemathesis.HookContext, failure: Any, case: schemathesis.Case, response: schemathesis.Response
) -> bool:
    """Drop the two failures that are not disagreements with the spec (each one logged); keep the rest."""
    reason = None
    if isinstance(failure, RejectedPositiveData) and _unknown_term_rejected(context, case, response):
        reason = "400 for an enrollment term the account does not have (documented)"
    elif isinstance(failure, AcceptedNegativeData) and _wire_form_is_valid(context, case, response):
        reason = "the 'negative' form body is a valid form on the wire"
    if reason is None:
        return True
    log(f"dropped {failure.code} on {case.operation.label}: {reason}")
    return False


# ---------------------------------------------------------------------------------------------------
# The scope check


def _is_positive(case: schemathesis.Case) -> bool:
    meta = case.meta
    return meta is None or meta.generation.mode.name.lower() == "positive"


@schemathesis.check
def write_requires_scope(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> None:
    """A token holding only the GET scopes must get 401 Insufficient scopes on every write."""
    token = setting("CONTRACT_READONLY_TOKEN")
    if not token or case.method.upper() not in WRITE_METHODS or not _is_positive(case):
        return None
    probe = case.call(headers={"Authorization": f"Bearer {token}"})
    try:
        body: Any = probe.json()
    except ValueError:
        body = probe.text
    if probe.status_code != 401 or body != INSUFFICIENT_SCOPES:
        raise AssertionError(
            f"{case.method} with a token lacking the write scope got {probe.status_code} {body!r}; "
            f"expected 401 {json.dumps(INSUFFICIENT_SCOPES)}"
        )
    return None


REACHED: dict[str, set[int]] = {}


@schemathesis.hook
def after_call(context: schemathesis.HookContext, case: schemathesis.Case, response: Any) -> None:
    """Count the statuses each operation answered, for the summary printed when the run ends."""
    REACHED.setdefault(case.operation.label, set()).add(response.status_code)


@atexit.register
def report_unreached_operations() -> None:
    """Say which operations never answered 2xx (in any phase): their success path went untested.

    A note, not a failure: whether a random run chains a start into an abort of that same report is
    luck, and the seed cannot make the mock's clock repeat. tests/contract/test_schemathesis.py walks
    every operation's success path deterministically.
    """
    if not REACHED or setting("CONTRACT_MODE") != "mock":
        return
    unreached = sorted(
        label for label, statuses in REACHED.items() if not any(200 <= s < 300 for s in statuses)
    )
    if unreached:
        log("note: never answered 2xx in this run: " + ", ".join(unreached))
