"""Every documented response parses to a typed value, and anything else is a typed error.

The fixtures are the document's own examples (components/examples), served as recorded HTTP responses.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from canvas_account_reports_client import errors, models
from canvas_account_reports_client.types import UNSET, PlainTextBody

from canvas_contract import example_value, load_spec, operations
from tests.client.client_fixtures import (
    MISSING,
    DocumentedResponse,
    as_json,
    documented_responses,
    endpoint_module,
    expected_class,
    mock_client,
    path_arguments,
)

DOCUMENTED = documented_responses()
OPERATIONS = list(operations(load_spec()))


def _call_detailed(documented: DocumentedResponse, *, raise_on_unexpected_status: bool = True) -> Any:
    module = endpoint_module(documented.operation)
    client = mock_client(
        lambda request: documented.http_response(), raise_on_unexpected_status=raise_on_unexpected_status
    )
    return module.sync_detailed(**path_arguments(documented.operation), client=client)


def _serve(operation_id: str, response: httpx.Response, *, raise_on_unexpected_status: bool = True) -> Any:
    operation = next(op for op in OPERATIONS if op.operation_id == operation_id)
    client = mock_client(lambda request: response, raise_on_unexpected_status=raise_on_unexpected_status)
    return endpoint_module(operation).sync_detailed(**path_arguments(operation), client=client)


def test_every_operation_documents_several_statuses() -> None:
    """Guards the matrix below against an empty or truncated document."""
    statuses = {(d.operation.operation_id, d.status) for d in DOCUMENTED}
    assert len(OPERATIONS) == 6
    for operation in OPERATIONS:
        documented = {status for op, status in statuses if op == operation.operation_id}
        assert {200, 401, 403, 404} <= documented, operation.operation_id


@pytest.mark.parametrize("documented", DOCUMENTED, ids=lambda d: d.id)
def test_documented_response_parses_to_its_type(documented: DocumentedResponse) -> None:
    assert documented.value is not MISSING, f"the document has no example for {documented.id}"
    response = _call_detailed(documented)

    assert response.status_code == documented.status
    expected = expected_class(documented.schema, documented.value, documented.media_type)
    parsed = response.parsed
    if isinstance(expected, tuple):
        assert isinstance(parsed, list)
        assert all(isinstance(item, expected[1]) for item in parsed)
    else:
        assert type(parsed) is expected
    if isinstance(parsed, PlainTextBody):
        assert parsed.text == documented.value
        assert parsed.status_code == documented.status
    else:
        assert as_json(parsed) == documented.value
    for name, value in documented.headers.items():
        assert response.headers[name.lower()] == value


def test_text_plain_403_is_the_throttle_type_and_json_403_the_error_model() -> None:
    throttled = httpx.Response(
        403,
        content=example_value("RateLimitExceeded").encode(),
        headers={"content-type": "text/plain; charset=utf-8", "x-rate-limit-remaining": "0.0"},
    )
    parsed = _serve("getReport", throttled).parsed
    assert isinstance(parsed, models.RateLimitExceeded)
    assert parsed.text == example_value("RateLimitExceeded")

    unauthorized = httpx.Response(403, json=example_value("Unauthorized"))
    parsed = _serve("getReport", unauthorized).parsed
    assert isinstance(parsed, models.ErrorResponse)
    assert parsed.status == "unauthorized"


def test_409_keeps_the_location_header_case_insensitively() -> None:
    location = "https://canvas.example.edu/api/v1/accounts/1/reports/provisioning_csv/4821"
    response = _serve(
        "startReport",
        httpx.Response(409, json=example_value("ReportDuplicate"), headers={"location": location}),
    )
    assert isinstance(response.parsed, models.Report)
    assert response.headers["Location"] == location


def test_newer_canvas_unknown_status_and_fields_are_kept_and_round_trip() -> None:
    body = copy.deepcopy(example_value("ReportComplete"))
    body["status"] = "queued_for_retry"
    body["priority"] = {"level": 3}
    body["user"]["last_login"] = "2026-02-10T08:00:00-07:00"
    body["attachment"]["visibility_level"] = "inherit"
    body["parameters"]["brand_new_flag"] = [1, 2]

    report = _serve("getReport", httpx.Response(200, json=body)).parsed

    assert isinstance(report, models.Report)
    assert report.status == "queued_for_retry"
    assert not isinstance(report.status, models.ReportStatus)
    assert report.additional_properties == {"priority": {"level": 3}}
    assert isinstance(report.user, models.UserDisplay)
    assert report.user["last_login"] == "2026-02-10T08:00:00-07:00"
    assert isinstance(report.attachment, models.Attachment)
    assert report.attachment.additional_properties == {"visibility_level": "inherit"}
    assert report.parameters["brand_new_flag"] == [1, 2]
    assert report.to_dict() == body


def test_known_status_is_the_enum_member() -> None:
    report = _serve("getReport", httpx.Response(200, json=example_value("ReportRunning"))).parsed
    assert isinstance(report, models.Report)
    assert report.status is models.ReportStatus.RUNNING


def test_older_canvas_without_run_time_user_message_round_trips() -> None:
    body = example_value("ReportLegacy")
    for absent in ("run_time", "user", "message"):
        assert absent not in body
    report = _serve("getReport", httpx.Response(200, json=body)).parsed
    assert isinstance(report, models.Report)
    assert report.run_time is UNSET
    assert report.user is UNSET
    assert report.message is UNSET
    assert report.attachment is None
    assert report.to_dict() == body


def test_timestamps_are_datetimes_and_serialise_as_canvas_wrote_them() -> None:
    body = example_value("ReportComplete")
    report = _serve("getReport", httpx.Response(200, json=body)).parsed
    assert isinstance(report, models.Report)
    assert report.created_at.utcoffset() is not None
    assert isinstance(report.attachment, models.Attachment)
    assert report.attachment.to_dict()["created_at"] == body["attachment"]["created_at"]  # "Z", not "+00:00"


MALFORMED = [
    pytest.param(
        httpx.Response(200, content=b'{"id": 48', headers={"content-type": "application/json"}), id="bad-json"
    ),
    pytest.param(
        httpx.Response(200, content=b"\xff\xfe", headers={"content-type": "application/json"}), id="bad-utf8"
    ),
    pytest.param(
        httpx.Response(200, content=b"<html>oops</html>", headers={"content-type": "text/html"}), id="html"
    ),
    pytest.param(
        httpx.Response(403, content=b"<h1>Forbidden</h1>", headers={"content-type": "text/html"}),
        id="html-403",
    ),
    pytest.param(httpx.Response(404, json=["not", "an", "object"]), id="404-array"),
    pytest.param(httpx.Response(401, json={"status": "unauthenticated"}), id="401-no-errors"),
]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("response", MALFORMED)
def test_undocumented_body_raises_typed_error_never_keyerror_or_jsondecodeerror(
    operation: Any, response: httpx.Response
) -> None:
    client = mock_client(lambda request: response)
    with pytest.raises(errors.UnexpectedResponseBody) as raised:
        endpoint_module(operation).sync_detailed(**path_arguments(operation), client=client)
    assert raised.value.status_code == response.status_code
    assert raised.value.content == response.content
    assert isinstance(raised.value, errors.UnexpectedResponse)


@pytest.mark.parametrize(
    ("field", "bad_value"),
    [("id", MISSING), ("created_at", "yesterday"), ("user", "Dana"), ("parameters", ["users"])],
)
def test_report_of_the_wrong_shape_raises_typed_error(field: str, bad_value: Any) -> None:
    body = copy.deepcopy(example_value("ReportComplete"))
    if bad_value is MISSING:
        del body[field]
    else:
        body[field] = bad_value
    with pytest.raises(errors.UnexpectedResponseBody):
        _serve("getReport", httpx.Response(200, json=body))


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_undocumented_status_raises_unexpected_status(operation: Any) -> None:
    client = mock_client(lambda request: httpx.Response(418, text="I'm a teapot"))
    with pytest.raises(errors.UnexpectedStatus) as raised:
        endpoint_module(operation).sync_detailed(**path_arguments(operation), client=client)
    assert raised.value.status_code == 418


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_without_raise_on_unexpected_status_bad_responses_parse_to_none(operation: Any) -> None:
    module = endpoint_module(operation)
    for response in (
        httpx.Response(418),
        httpx.Response(200, content=b"{", headers={"content-type": "application/json"}),
    ):

        def answer(request: httpx.Request, reply: httpx.Response = response) -> httpx.Response:
            return reply

        client = mock_client(answer, raise_on_unexpected_status=False)
        assert module.sync_detailed(**path_arguments(operation), client=client).parsed is None


def test_content_type_is_matched_without_parameters_or_case() -> None:
    body = json.dumps(example_value("ReportComplete")).encode()
    for content_type in ("Application/JSON; charset=UTF-8", "application/json"):
        response = httpx.Response(200, content=body, headers={"content-type": content_type})
        assert isinstance(_serve("getReport", response).parsed, models.Report)
    # Without a Content-Type the first documented media type is assumed.
    assert isinstance(_serve("getReport", httpx.Response(200, content=body)).parsed, models.Report)
