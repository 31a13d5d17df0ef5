"""The client sends what the document describes: every request body example in each of its media types,
query parameters in Canvas's `name[]` form, the bearer token, and the path with its parameters."""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from canvas_account_reports_client import models
from canvas_account_reports_client.types import UNSET

from canvas_contract import example_value, load_spec, operations, resolve
from tests.client.client_fixtures import (
    endpoint_module,
    media_examples,
    mock_client,
    parameter_example,
    path_arguments,
)

OPERATIONS = {op.operation_id: op for op in operations(load_spec())}


def _request_body_cases() -> list[Any]:
    cases = []
    for operation in OPERATIONS.values():
        body = resolve(operation.node.get("requestBody", {}))
        for media_type, media in body.get("content", {}).items():
            for name, value in media_examples(media):
                cases.append(
                    pytest.param(operation, media_type, media["schema"], value, id=f"{media_type}-{name}")
                )
    return cases


def _multipart_fields(request: httpx.Request) -> list[tuple[str, str, str | None]]:
    """(name, value, part Content-Type) of each part, parsed with the stdlib MIME parser."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    fields: list[tuple[str, str, str | None]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes), part
        fields.append((name, payload.decode(), part["content-type"]))
    return fields


def _capture(operation: Any, **kwargs: Any) -> httpx.Request:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return httpx.Response(200, json=example_value("ReportCreated"))

    client = mock_client(handler, raise_on_unexpected_status=False)  # only the request matters here
    endpoint_module(operation).sync_detailed(**path_arguments(operation), client=client, **kwargs)
    assert len(sent) == 1
    return sent[0]


@pytest.mark.parametrize(("operation", "media_type", "schema", "value"), _request_body_cases())
def test_request_body_example_is_sent_in_its_media_type(
    operation: Any, media_type: str, schema: Any, value: Any
) -> None:
    body_class = getattr(models, str(schema["$ref"]).rsplit("/", 1)[-1])
    body = body_class.from_dict(value)
    assert body.to_dict() == value

    request = _capture(operation, body=body)

    content_type = request.headers["content-type"]
    if media_type == "application/json":
        assert content_type == "application/json"
        assert json.loads(request.content) == value
    elif media_type == "application/x-www-form-urlencoded":
        assert content_type == media_type
        assert dict(parse_qsl(request.content.decode(), strict_parsing=True)) == value
    else:
        assert media_type == "multipart/form-data"
        assert content_type.startswith("multipart/form-data; boundary=")
        fields = _multipart_fields(request)
        # Plain form fields, like `curl -F name=value`: no filename and no per-part Content-Type.
        assert {name: text for name, text, _ in fields} == value
        assert all(part_type is None for _, _, part_type in fields)


def test_form_fields_have_readable_names_and_lists_repeat_the_key() -> None:
    form = models.StartReportForm(
        parameters_users="true", parameters_enrollment_state=["active", "completed"]
    )
    request = _capture(OPERATIONS["startReport"], body=form)
    assert parse_qsl(request.content.decode()) == [
        ("parameters[users]", "true"),
        ("parameters[enrollment_state][]", "active"),
        ("parameters[enrollment_state][]", "completed"),
    ]


def test_json_body_keeps_types_and_allows_parameters_not_in_the_document() -> None:
    parameters = models.StartReportParameters(users=True, enrollment_term_id=12)
    parameters["custom_plugin_flag"] = True
    request = _capture(OPERATIONS["startReport"], body=models.StartReportRequest(parameters=parameters))
    assert json.loads(request.content) == {
        "parameters": {"users": True, "enrollment_term_id": 12, "custom_plugin_flag": True}
    }


def test_no_body_sends_no_content() -> None:
    request = _capture(OPERATIONS["startReport"])
    assert request.content == b""
    assert request.method == "POST"


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=lambda op: op.operation_id)
def test_method_path_and_token(operation: Any) -> None:
    request = _capture(operation)
    assert request.method == operation.method
    expected_path = operation.path.format(**path_arguments(operation))
    assert request.url.path == expected_path
    assert request.headers["authorization"] == "Bearer test-token"
    assert request.headers["user-agent"]  # hosted Canvas refuses requests without one


def test_include_is_sent_as_repeated_include_brackets() -> None:
    operation = OPERATIONS["listAvailableReports"]
    parameter = next(p for p in operation.parameters if p["name"] == "include[]")
    values = parameter_example(parameter)
    include = [models.AvailableReportsInclude(value) for value in values]
    request = _capture(operation, include=include)
    assert request.url.params.get_list("include[]") == values


def test_page_and_per_page_are_sent() -> None:
    operation = OPERATIONS["listReports"]
    request = _capture(operation, page=2, per_page=100)
    assert request.url.params["page"] == "2"
    assert request.url.params["per_page"] == "100"
    request = _capture(operation, page=UNSET, per_page=UNSET)
    assert "page" not in request.url.params


def test_multipart_fields_not_in_the_document_are_sent_and_lists_repeat() -> None:
    body = models.StartReportMultipart(parameters_users="true")
    body["parameters[admins]"] = "true"
    body["parameters[enrollment_filter][]"] = ["StudentEnrollment", "TeacherEnrollment"]
    request = _capture(OPERATIONS["startReport"], body=body)
    assert [(name, text) for name, text, _ in _multipart_fields(request)] == [
        ("parameters[users]", "true"),
        ("parameters[admins]", "true"),
        ("parameters[enrollment_filter][]", "StudentEnrollment"),
        ("parameters[enrollment_filter][]", "TeacherEnrollment"),
    ]
