"""The mock through the generated client: what another team's code sees. Every body the mock sends must
parse into the client's typed models (raise_on_unexpected_status makes any mismatch an exception)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from canvas_account_reports_client import AuthenticatedClient
from canvas_account_reports_client.api.account_reports import (
    abort_report,
    delete_report,
    get_report,
    list_available_reports,
    list_reports,
    start_report,
)
from canvas_account_reports_client.models import (
    AvailableReportsInclude,
    ErrorResponse,
    Report,
    ReportStatus,
    StartReportForm,
    StartReportMultipart,
    StartReportParameters,
    StartReportRequest,
    TermError,
)
from canvas_account_reports_client.types import RateLimitExceeded


@pytest.fixture
def client(canvas: Any) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=canvas.url, token="mock-admin-token", raise_on_unexpected_status=True
    ) as c:
        yield c


def _client(canvas: Any, token: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=canvas.url, token=token, raise_on_unexpected_status=True)


def test_a_report_through_its_life(canvas: Any, client: AuthenticatedClient) -> None:
    body = StartReportRequest(parameters=StartReportParameters(users=True, enrollment_term_id=12))
    started = start_report.sync("self", "provisioning_csv", client=client, body=body)
    assert isinstance(started, Report) and started.status == ReportStatus.CREATED
    assert started.parameters.to_dict() == {"users": True, "enrollment_term_id": 12}
    canvas.advance(1.5)
    running = get_report.sync("self", "provisioning_csv", started.id, client=client)
    assert isinstance(running, Report) and running.status == ReportStatus.RUNNING
    canvas.advance(5)
    done = get_report.sync("1", "provisioning_csv", started.id, client=client)
    assert isinstance(done, Report) and done.status == ReportStatus.COMPLETE
    assert done.progress == 100 and done.file_url and done.attachment
    assert done.ended_at is not None and done.started_at is not None and done.ended_at > done.started_at


def test_form_and_multipart_bodies(canvas: Any, client: AuthenticatedClient) -> None:
    form = start_report.sync(
        "1",
        "provisioning_csv",
        client=client,
        body=StartReportForm(parameters_users="true", parameters_enrollment_term_id="12"),
    )
    assert isinstance(form, Report)
    assert form.parameters.to_dict() == {"users": "true", "enrollment_term_id": "12"}
    multipart = start_report.sync(
        "1", "sis_export_csv", client=client, body=StartReportMultipart(parameters_courses="true")
    )
    assert isinstance(multipart, Report)
    assert multipart.parameters.to_dict() == {"courses": "true"}


def test_duplicate_is_a_409_report_with_location(canvas: Any, client: AuthenticatedClient) -> None:
    body = StartReportRequest(parameters=StartReportParameters(courses=True))
    first = start_report.sync("1", "provisioning_csv", client=client, body=body)
    again = start_report.sync_detailed("1", "provisioning_csv", client=client, body=body)
    assert again.status_code == 409
    assert isinstance(again.parsed, Report) and isinstance(first, Report) and again.parsed.id == first.id
    assert again.headers["Location"].endswith(f"/reports/provisioning_csv/{first.id}")


def test_typed_errors(canvas: Any, client: AuthenticatedClient) -> None:
    term = start_report.sync(
        "1",
        "provisioning_csv",
        client=client,
        body=StartReportRequest(parameters=StartReportParameters(enrollment_term_id="sis_term_id:x")),
    )
    assert isinstance(term, TermError) and "sis_term_id:x" in term.error
    missing = get_report.sync("1", "provisioning_csv", 999999, client=client)
    assert isinstance(missing, ErrorResponse)
    with _client(canvas, "mock-teacher-token") as teacher:
        forbidden = list_available_reports.sync("1", client=teacher)
        assert isinstance(forbidden, ErrorResponse) and forbidden.status == "unauthorized"
    with _client(canvas, "mock-readonly-token") as readonly:
        scoped = start_report.sync_detailed("1", "provisioning_csv", client=readonly)
        assert scoped.status_code == 401 and isinstance(scoped.parsed, ErrorResponse)
    canvas.control("POST", "throttle", json={"token": "mock-admin-token", "level": 800}).raise_for_status()
    throttled = list_available_reports.sync("1", client=client)
    assert isinstance(throttled, RateLimitExceeded)


def test_listing_and_pagination(canvas: Any, client: AuthenticatedClient) -> None:
    for n in range(3):
        start_report.sync(
            "1",
            "grade_export_csv",
            client=client,
            body=StartReportRequest(parameters=StartReportParameters.from_dict({"n": n})),
        )
    page = list_reports.sync_detailed("1", "grade_export_csv", client=client, per_page=2)
    assert isinstance(page.parsed, list) and len(page.parsed) == 2
    assert 'rel="next"' in page.headers["Link"]
    available = list_available_reports.sync(
        "1",
        client=client,
        include=[AvailableReportsInclude.PARAMETERS_HTML, AvailableReportsInclude.DESCRIPTION_HTML],
    )
    assert isinstance(available, list)
    grade = next(entry for entry in available if entry.report == "grade_export_csv")
    assert isinstance(grade.last_run, Report)
    assert isinstance(grade.parameters_html, str) and isinstance(grade.description_html, str)


def test_abort_and_delete(canvas: Any, client: AuthenticatedClient) -> None:
    started = start_report.sync("1", "lti_report_csv", client=client)
    assert isinstance(started, Report)
    aborted = abort_report.sync("1", "lti_report_csv", started.id, client=client)
    assert isinstance(aborted, Report) and aborted.status == ReportStatus.ABORTED
    assert isinstance(abort_report.sync("1", "lti_report_csv", started.id, client=client), ErrorResponse)
    deleted = delete_report.sync("1", "lti_report_csv", started.id, client=client)
    assert isinstance(deleted, Report) and deleted.status == ReportStatus.DELETED
    assert isinstance(delete_report.sync("1", "lti_report_csv", started.id, client=client), ErrorResponse)


def test_the_async_client(canvas: Any) -> None:
    async def scenario() -> list[Report]:
        async with _client(canvas, "mock-admin-token") as client:
            await start_report.asyncio("1", "public_courses_csv", client=client)
            page = await list_reports.asyncio("1", "public_courses_csv", client=client)
            return page if isinstance(page, list) else []

    runs = asyncio.run(scenario())
    assert [run.report for run in runs] == ["public_courses_csv"]
