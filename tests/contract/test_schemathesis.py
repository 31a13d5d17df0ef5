"""Schemathesis against the mock Canvas, in-process (ASGI): every operation, then stateful scenarios.

The same schemathesis.toml as `make contract` (checks, phases, hooks), so `make test` tests the mock the
way other teams' CI tests a Canvas, only smaller: CONTRACT_PYTEST_MAX_EXAMPLES cases per operation
(default 15). The checks are also shown to fail on a mock that ignores tokens or scopes, so a green run
means the checks ran, not that they were skipped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.failures import FailureGroup
from schemathesis.python import asgi

from canvas_contract import SPEC_PATH, example_value, operations
from canvas_contract.runner import CONFIG_PATH
from mock_canvas import Settings, create_app

ROOT = Path(__file__).resolve().parents[2]
ADMIN_TOKEN = "mock-admin-token"  # the mock's documented tokens (mock_canvas.seed)
READONLY_TOKEN = "mock-readonly-token"
MAX_EXAMPLES = int(os.environ.get("CONTRACT_PYTEST_MAX_EXAMPLES", "15"))
# No example database: a stored example replayed against a fresh mock meets different state (ids, 409s)
# and Hypothesis calls that flaky. In CI the cases are fixed (derandomize); locally each run explores.
BUDGET: dict[str, Any] = {
    "max_examples": MAX_EXAMPLES,
    "deadline": None,
    "database": None,
    "derandomize": os.environ.get("CI", "").lower() == "true",
}


def load_schema(app: Any) -> schemathesis.BaseSchema:
    """The spec with schemathesis.toml's settings, sending requests to `app` in-process."""
    os.environ.setdefault("CONTRACT_TOKEN", ADMIN_TOKEN)  # schemathesis.toml reads the token from here
    config = schemathesis.Config.from_path(CONFIG_PATH)
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=config)
    schema.app = app
    return schema


# Frozen clock: reports stay `created` until a test moves the clock, so each stateful scenario, which
# starts from the seed (`setup` below), sees the same server whenever Hypothesis replays it. The
# lifecycle on real time (running, complete with a file, error) is what `make contract` exercises.
MOCK = create_app(Settings(strict=True, freeze_clock=True))
CONTROL = asgi.get_client(MOCK)  # in-process client for the mock's control API (/__mock__/...)
schema = load_schema(MOCK)


@pytest.fixture(autouse=True)
def readonly_token(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turns on the `write_requires_scope` check (see canvas_contract.testing.hooks)."""
    monkeypatch.setenv("CONTRACT_READONLY_TOKEN", READONLY_TOKEN)


@schema.parametrize()
@settings(**BUDGET, suppress_health_check=[HealthCheck.too_slow])
def test_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()


class StatefulMock(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        """Every scenario starts from the seed, so a replay meets the same server."""
        CONTROL.post(f"http://{asgi.HOST}/__mock__/reset").raise_for_status()


TestStatefulScenarios = StatefulMock.TestCase
TestStatefulScenarios.settings = settings(StatefulMock.TestCase.settings, **BUDGET, stateful_step_count=8)


def test_violations_are_none() -> None:
    """Strict mode records every response of the mock that broke the spec; after the runs above, none."""
    assert MOCK.violations == []


# ---------------------------------------------------------------------------------------------------
# Auth: the read-only token, and proof that the auth checks can fail


ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}  # hand-built cases carry no configured auth


def write_cases() -> Iterator[tuple[str, schemathesis.Case]]:
    """One schema-valid request per write operation, aimed at a report that exists."""
    created = schema["/api/v1/accounts/{account_id}/reports/{report}"]["POST"].Case(
        path_parameters={"account_id": "1", "report": "last_user_access_csv"},
        body={"parameters": {"course_id": 310}},
        media_type="application/json",
    )
    response = created.call(headers=ADMIN)
    assert response.status_code in (200, 409), response.text
    report = response.json()
    ids = {"account_id": "1", "report": report["report"], "id": report["id"]}
    yield "POST", created
    yield (
        "PUT",
        schema["/api/v1/accounts/{account_id}/reports/{report}/{id}/abort"]["PUT"].Case(path_parameters=ids),
    )
    yield (
        "DELETE",
        schema["/api/v1/accounts/{account_id}/reports/{report}/{id}"]["DELETE"].Case(path_parameters=ids),
    )


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_readonly_token_is_refused_writes(method: str) -> None:
    case = dict(write_cases())[method]
    response = case.call(headers={"Authorization": f"Bearer {READONLY_TOKEN}"})
    assert response.status_code == 401
    assert response.json() == example_value("InsufficientScopes")
    case.validate_response(response)  # and the 401 itself is what the spec documents


class RewriteToken:
    """A broken Canvas: rewrites the Authorization header before the mock sees it."""

    def __init__(self, app: Any, rewrite: Any) -> None:
        self.app, self.rewrite = app, rewrite

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k != b"authorization"]
            old = dict(scope["headers"]).get(b"authorization", b"").decode()
            new = self.rewrite(old)
            if new:
                headers.append((b"authorization", new.encode()))
            scope = {**scope, "headers": headers}
        await self.app(scope, receive, send)


def failures_of(case: schemathesis.Case) -> str:
    with pytest.raises(FailureGroup) as raised:
        case.call_and_validate()
    return str(raised.value)


def test_ignored_auth_fails_on_a_server_that_ignores_tokens() -> None:
    broken = load_schema(RewriteToken(create_app(Settings()), lambda _: f"Bearer {ADMIN_TOKEN}"))
    case = broken["/api/v1/accounts/{account_id}/reports"]["GET"].Case(
        path_parameters={"account_id": "1"}, headers=dict(ADMIN)
    )
    message = failures_of(case)
    assert "ST401 API accepts requests without authentication" in message


def test_write_requires_scope_fails_on_a_server_that_ignores_scopes() -> None:
    def upgrade(value: str) -> str:
        return f"Bearer {ADMIN_TOKEN}" if value == f"Bearer {READONLY_TOKEN}" else value

    broken = load_schema(RewriteToken(create_app(Settings()), upgrade))
    case = broken["/api/v1/accounts/{account_id}/reports/{report}"]["POST"].Case(
        path_parameters={"account_id": "1", "report": "grade_export_csv"},
        body={"parameters": {"course_id": 7}},
        media_type="application/json",
        headers=dict(ADMIN),
    )
    message = failures_of(case)
    assert "write_requires_scope" in message
    assert json.dumps(example_value("InsufficientScopes")) in message


# ---------------------------------------------------------------------------------------------------
# Every operation's success path and every report state, deterministically


def control(path: str, body: dict[str, Any] | None = None) -> Any:
    response = CONTROL.post(f"http://{asgi.HOST}/__mock__/{path}", json=body or {})
    response.raise_for_status()
    return response.json()


def checked(operation_id: str, expected_status: int, **kwargs: Any) -> Any:
    """Send one hand-built request through every configured check; return the response body."""
    op = next(op for op in operations() if op.operation_id == operation_id)
    kwargs.setdefault("path_parameters", {})
    kwargs["path_parameters"] = {"account_id": "1", **kwargs["path_parameters"]}
    response = schema[op.path][op.method].Case(headers=dict(ADMIN), **kwargs).call_and_validate()
    assert response.status_code == expected_status, response.text
    return response.json()


def test_every_operation_and_report_state_conforms() -> None:
    """What a random run may miss: start, duplicate, get, list, abort, delete, and the states created,
    running, complete (with its file), error, aborted and deleted, each through all the checks."""
    control("reset")
    json_body = {"body": example_value("StartProvisioningJson"), "media_type": "application/json"}
    provisioning = {"report": "provisioning_csv"}

    assert checked("listAvailableReports", 200)
    created = checked("startReport", 200, path_parameters=provisioning, **json_body)
    assert created["status"] == "created"
    assert checked("startReport", 409, path_parameters=provisioning, **json_body)["id"] == created["id"]
    one = {**provisioning, "id": created["id"]}
    assert checked("getReport", 200, path_parameters=one)["status"] == "created"
    assert [r["id"] for r in checked("listReports", 200, path_parameters=provisioning)] == [created["id"]]
    assert checked("abortReport", 200, path_parameters=one)["status"] == "aborted"
    assert checked("deleteReport", 200, path_parameters=one)["status"] == "deleted"
    checked("getReport", 404, path_parameters=one)

    grades = {"report": "grade_export_csv"}
    started = checked("startReport", 200, path_parameters=grades, body={}, media_type="application/json")
    grade = {**grades, "id": started["id"]}
    control("clock", {"advance": Settings().queue_seconds + 0.1})
    assert checked("getReport", 200, path_parameters=grade)["status"] == "running"
    control("clock", {"advance": Settings().run_seconds + 0.1})
    complete = checked("getReport", 200, path_parameters=grade)
    assert complete["status"] == "complete" and complete["attachment"]["size"] > 0

    control("failures", {"report": "lti_report_csv", "count": 1})
    lti = {"report": "lti_report_csv"}
    failing = checked("startReport", 200, path_parameters=lti, body={}, media_type="application/json")
    control("clock", {"advance": Settings().queue_seconds + Settings().run_seconds + 0.1})
    assert checked("getReport", 200, path_parameters={**lti, "id": failing["id"]})["status"] == "error"
