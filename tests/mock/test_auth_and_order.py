"""Tokens, scopes, accounts, permissions, and the order in which Canvas checks them (reference §1, §8, §11).

Each test pits two failures against each other and asserts that the one Canvas checks first wins.
"""

from __future__ import annotations

from typing import Any

import pytest

from canvas_contract import operations

ROUTES = {
    "listAvailableReports": ("GET", "/api/v1/accounts/{a}/reports"),
    "startReport": ("POST", "/api/v1/accounts/{a}/reports/provisioning_csv"),
    "listReports": ("GET", "/api/v1/accounts/{a}/reports/provisioning_csv"),
    "getReport": ("GET", "/api/v1/accounts/{a}/reports/provisioning_csv/4821"),
    "deleteReport": ("DELETE", "/api/v1/accounts/{a}/reports/provisioning_csv/4821"),
    "abortReport": ("PUT", "/api/v1/accounts/{a}/reports/provisioning_csv/4821/abort"),
}


def test_every_spec_operation_is_exercised_here() -> None:
    assert {op.operation_id for op in operations()} == set(ROUTES)


@pytest.mark.parametrize("operation", sorted(ROUTES))
def test_no_token_is_401_unauthenticated_with_www_authenticate(
    canvas: Any, examples: Any, operation: str
) -> None:
    method, path = ROUTES[operation]
    response = canvas.request(method, path.format(a="1"), token=None)
    assert response.status_code == 401
    assert response.json() == examples("Unauthenticated")
    assert response.headers["www-authenticate"] == 'Bearer realm="canvas-lms"'


@pytest.mark.parametrize("operation", sorted(ROUTES))
def test_unknown_token_is_401_invalid_access_token(canvas: Any, examples: Any, operation: str) -> None:
    method, path = ROUTES[operation]
    response = canvas.request(method, path.format(a="1"), token="not-a-real-token")
    assert response.status_code == 401
    assert response.json() == examples("InvalidAccessToken")
    assert "www-authenticate" in response.headers


def test_token_is_checked_before_the_account(canvas: Any, examples: Any) -> None:
    response = canvas.get("/api/v1/accounts/999/reports", token="not-a-real-token")
    assert response.status_code == 401
    assert response.json() == examples("InvalidAccessToken")


@pytest.mark.parametrize("operation", ["startReport", "deleteReport", "abortReport"])
def test_readonly_token_lacks_the_write_scopes(canvas: Any, examples: Any, operation: str) -> None:
    method, path = ROUTES[operation]
    response = canvas.request(method, path.format(a="1"), token="mock-readonly-token")
    assert response.status_code == 401
    assert response.json() == examples("InsufficientScopes")
    assert "www-authenticate" not in response.headers  # unlike the other 401s


@pytest.mark.parametrize("operation", ["listAvailableReports", "listReports"])
def test_readonly_token_holds_the_get_scopes(canvas: Any, operation: str) -> None:
    method, path = ROUTES[operation]
    assert canvas.request(method, path.format(a="1"), token="mock-readonly-token").status_code == 200


def test_readonly_token_can_read_a_report(canvas: Any) -> None:
    report = canvas.started()
    assert canvas.report(report, token="mock-readonly-token").status_code == 200


def test_scopes_are_checked_before_the_account_lookup(canvas: Any, examples: Any) -> None:
    response = canvas.start(account="999", token="mock-readonly-token")
    assert response.status_code == 401
    assert response.json() == examples("InsufficientScopes")


def test_unknown_account_is_404(canvas: Any, examples: Any) -> None:
    for account in ("999", "sis_account_id:nope", "uuid:nope", "site_admin", "2~2"):
        response = canvas.get(f"/api/v1/accounts/{account}/reports")
        assert response.status_code == 404, account
        assert response.json() == examples("NotFound")


@pytest.mark.parametrize(
    "account",
    [
        "1",
        "self",
        "default",
        "1~1",
        "2",
        "sis_account_id:sub-2",
        "sis_integration_id:int-sub-2",
        "hex:sis_account_id:" + b"sub-2".hex(),
        "uuid:Ab3Yz2Wx1Uv0St9Qr8Op7Nn6Lm5Zk4Xy3Wc2hV1u",
        "lti_context_id:9f1e3d5c7b9a1f3e5d7c9b1a3f5e7d9c1b3a5f7e",
    ],
)
def test_account_id_forms_resolve(canvas: Any, account: str) -> None:
    assert canvas.get(f"/api/v1/accounts/{account}/reports").status_code == 200


def test_self_is_the_root_account_and_location_uses_the_numeric_id(canvas: Any) -> None:
    first = canvas.started(account="self", json={"parameters": {"users": True}})
    duplicate = canvas.start(account="self", json={"parameters": {"users": True}})
    assert duplicate.status_code == 409
    assert duplicate.headers["location"].endswith(
        f"/api/v1/accounts/1/reports/provisioning_csv/{first['id']}"
    )


def test_user_without_read_reports_gets_403_unauthorized(canvas: Any, examples: Any) -> None:
    response = canvas.get("/api/v1/accounts/1/reports", token="mock-teacher-token")
    assert response.status_code == 403
    assert response.json() == examples("Unauthorized")
    assert response.headers["content-type"].startswith("application/json")


def test_permission_is_checked_before_the_report_name(canvas: Any, examples: Any) -> None:
    """On POST an unauthorized caller gets 403 even for an unknown report type (reference §1)."""
    response = canvas.start("no_such_report_csv", token="mock-teacher-token")
    assert response.status_code == 403
    assert response.json() == examples("Unauthorized")


def test_account_is_checked_before_the_permission(canvas: Any) -> None:
    assert canvas.get("/api/v1/accounts/999/reports", token="mock-teacher-token").status_code == 404


def test_permission_is_checked_before_request_validation(canvas: Any) -> None:
    response = canvas.get(
        "/api/v1/accounts/1/reports/provisioning_csv/not-a-number", token="mock-teacher-token"
    )
    assert response.status_code == 403


def test_admin_of_the_root_account_reads_sub_account_reports(canvas: Any) -> None:
    report = canvas.started(account="sis_account_id:sub-2")
    assert canvas.report(report, account="2").status_code == 200
    assert canvas.report(report, account="1").status_code == 404  # reports belong to their account


def test_access_token_query_parameter_works_like_the_header(canvas: Any) -> None:
    response = canvas.get("/api/v1/accounts/1/reports?access_token=mock-admin-token", token=None)
    assert response.status_code == 200


def test_other_authorization_schemes_count_as_no_token(canvas: Any, examples: Any) -> None:
    response = canvas.get("/api/v1/accounts/1/reports", token=None, headers={"Authorization": "Basic eDp5"})
    assert response.status_code == 401
    assert response.json() == examples("Unauthenticated")


def test_expired_and_revoked_tokens(canvas: Any, examples: Any) -> None:
    expired_at = examples("ExpiredAccessToken")["errors"][0]["expired_at"]
    canvas.control(
        "POST", "tokens", json={"token": "old", "user_id": 1077, "state": "expired", "expired_at": expired_at}
    ).raise_for_status()
    canvas.control(
        "POST", "tokens", json={"token": "gone", "user_id": 1077, "state": "revoked"}
    ).raise_for_status()
    expired = canvas.get("/api/v1/accounts/1/reports", token="old")
    assert expired.status_code == 401
    assert expired.json() == examples("ExpiredAccessToken")
    revoked = canvas.get("/api/v1/accounts/1/reports", token="gone")
    assert revoked.status_code == 401
    assert revoked.json() == examples("RevokedAccessToken")


def test_a_scoped_token_added_through_the_control_api(canvas: Any, examples: Any) -> None:
    scope = next(op.scopes[0] for op in operations() if op.operation_id == "listReports")
    canvas.control(
        "POST", "tokens", json={"token": "narrow", "user_id": 1077, "scopes": [scope]}
    ).raise_for_status()
    assert canvas.get("/api/v1/accounts/1/reports/provisioning_csv", token="narrow").status_code == 200
    # Scope patterns are anchored: the listReports scope does not cover listAvailableReports.
    response = canvas.get("/api/v1/accounts/1/reports", token="narrow")
    assert response.status_code == 401
    assert response.json() == examples("InsufficientScopes")


def test_masquerading(canvas: Any, examples: Any) -> None:
    assert canvas.get("/api/v1/accounts/1/reports?as_user_id=1078").status_code == 200
    # Acting as the teacher, the admin loses read_reports.
    assert canvas.get("/api/v1/accounts/1/reports?as_user_id=1079").status_code == 403
    response = canvas.get("/api/v1/accounts/1/reports?as_user_id=424242")
    assert response.status_code == 401
    assert response.json() == examples("InvalidAsUserId")


def test_report_started_while_masquerading_belongs_to_the_target_user(canvas: Any) -> None:
    report = canvas.started(params={"as_user_id": "1078"})
    assert report["user"]["id"] == 1078


def test_throttle_is_checked_before_everything(canvas: Any, examples: Any) -> None:
    canvas.control("POST", "throttle", json={"token": "mock-teacher-token", "level": 800}).raise_for_status()
    for path in ("/api/v1/accounts/999/reports", "/no/such/route"):
        response = canvas.get(path, token="mock-teacher-token")
        assert response.status_code == 429
        assert response.content == examples("RateLimitExceededHosted").encode()
