"""Schemathesis hooks for the Canvas Account Reports contract tests (loaded through schemathesis.toml).

Why: schemathesis knows nothing about Canvas. The HTTP side (throttle backoff, the ledger of started
reports, live-mode safety net) is in contract_transport.py; this file adds what has to act on
schemathesis's own objects:

- generation hooks (live mode only) pin `account_id`, pin startReport to one cheap report type and aim
  deleteReport/abortReport at a report this run started, so the safety net never has to fire;
- a `filter_failure` hook for the one documented, state-dependent 400 (an unknown enrollment term);
- the `write_requires_scope` check: each positive write is re-sent with a token that holds only the
  GET scopes (`CONTRACT_READONLY_TOKEN`) and must get Canvas's 401 `Insufficient scopes on access token.`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.openapi.checks import RejectedPositiveData

from canvas_contract import schema_validator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contract_transport import (
    INSUFFICIENT_SCOPES,
    LEDGER,
    WRITE_METHODS,
    is_live,
    setting,
)

# ---------------------------------------------------------------------------------------------------
# Generation hooks (live mode): keep generated requests inside the safety rules


def _operation_id(context: schemathesis.HookContext) -> str | None:
    operation = context.operation
    if operation is None:
        return None
    return operation.definition.raw.get("operationId")


@schemathesis.hook
def map_path_parameters(context: schemathesis.HookContext, path_parameters: dict[str, Any]) -> dict[str, Any]:
    if not is_live() or not path_parameters:
        return path_parameters
    mapped = dict(path_parameters)
    if "account_id" in mapped and setting("CONTRACT_ACCOUNT_ID"):
        mapped["account_id"] = setting("CONTRACT_ACCOUNT_ID")
    operation_id = _operation_id(context)
    if operation_id == "startReport" and setting("CONTRACT_SAFE_REPORT"):
        mapped["report"] = setting("CONTRACT_SAFE_REPORT")
    if operation_id in ("deleteReport", "abortReport"):
        ours = LEDGER.ids()
        if ours and mapped.get("id") not in ours:
            # The first started report: always the same choice, so Hypothesis replays stay deterministic.
            mapped["id"] = ours[0]
    return mapped


# ---------------------------------------------------------------------------------------------------
# Failures that are not failures


TERM_ERROR = schema_validator({"$ref": "#/components/schemas/TermError"})
TERM_KEYS = ("enrollment_term_id", "enrollment_term")


def _sent_term(case: schemathesis.Case) -> bool:
    body = case.body if isinstance(case.body, dict) else {}
    parameters = body.get("parameters") if isinstance(body.get("parameters"), dict) else {}
    return any(key in parameters or f"parameters[{key}]" in body for key in TERM_KEYS)


@schemathesis.hook
def filter_failure(
    context: schemathesis.HookContext, failure: Any, case: schemathesis.Case, response: schemathesis.Response
) -> bool:
    """Drop only `positive_data_acceptance` failing on startReport's documented 400 for an unknown term.

    The schema cannot say which `enrollment_term_id` values name a term of the account, so a
    schema-valid random term id is rightly answered 400 `{"error": "invalid enrollment_term_id ..."}`
    (a TermError). Any other 400, or a TermError for a request without a term, stays a failure.
    """
    if not isinstance(failure, RejectedPositiveData) or response.status_code != 400:
        return True
    if _operation_id(context) != "startReport" or not _sent_term(case):
        return True
    try:
        body = response.json()
    except ValueError:
        return True
    return not TERM_ERROR.is_valid(body)


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
