"""Starting a report (reference §3): the three body encodings as Canvas's curl examples send them, the
unknown-type 404, the enrollment_term_id 400 and the 409 duplicate rule."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from mock_canvas import Settings, running_mock

START = "/api/v1/accounts/1/reports/provisioning_csv"


def test_json_keeps_types(canvas: Any) -> None:
    report = canvas.started(json={"parameters": {"users": True, "enrollment_term_id": 12, "extra": [1, "a"]}})
    assert report["parameters"] == {"users": True, "enrollment_term_id": 12, "extra": [1, "a"]}


def test_form_urlencoded_values_are_strings(canvas: Any) -> None:
    # curl -d 'parameters[users]=true&parameters[enrollment_term_id]=12'
    response = canvas.request(
        "POST",
        START,
        content=b"parameters[users]=true&parameters[enrollment_term_id]=12",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    assert response.json()["parameters"] == {"users": "true", "enrollment_term_id": "12"}


def test_form_lists_with_brackets(canvas: Any) -> None:
    report = canvas.started(
        content=b"parameters[enrollment_states][]=active&parameters[enrollment_states][]=invited",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert report["parameters"] == {"enrollment_states": ["active", "invited"]}


def test_multipart_as_curl_sends_it(canvas: Any) -> None:
    # curl -F 'parameters[users]=true' -F 'parameters[courses]=true'
    boundary = "------------------------d74496d66958873e"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="parameters[users]"\r\n\r\ntrue\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="parameters[courses]"\r\n\r\ntrue\r\n'
        f"--{boundary}--\r\n"
    ).encode()
    response = canvas.request(
        "POST", START, content=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["parameters"] == {"users": "true", "courses": "true"}


def test_multipart_without_parts_is_an_empty_form(canvas: Any) -> None:
    # What requests/urllib3 send for an empty form; Rack (so Canvas) parses it as no fields.
    response = canvas.request(
        "POST",
        START,
        content=b"--b0undary--\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=b0undary"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["parameters"] == {}


def test_multipart_through_httpx_files(canvas: Any) -> None:
    report = canvas.started(
        files={"parameters[skip_message]": (None, "false"), "parameters[users]": (None, "1")}
    )
    assert report["parameters"] == {"skip_message": "false", "users": "1"}


def test_query_string_parameters_are_strings(canvas: Any) -> None:
    report = canvas.started(params={"parameters[users]": "true"})
    assert report["parameters"] == {"users": "true"}


def test_no_body_stores_empty_parameters(canvas: Any) -> None:
    assert canvas.started()["parameters"] == {}
    assert canvas.started("lti_report_csv", json={})["parameters"] == {}


def test_unknown_report_type_is_404(canvas: Any, examples: Any) -> None:
    response = canvas.start("no_such_report_csv", json={"parameters": {}})
    assert response.status_code == 404
    assert response.json() == examples("NotFound")


@pytest.mark.parametrize(
    "term",
    [
        "12",
        12,
        "sis_term_id:2026-SP",
        "sis_integration_id:int-2026-SP",
        "default",
        "current",
        "active_terms",
        "nope,12",
        "1~12",
        "",
    ],
)
def test_enrollment_term_id_forms_that_resolve(canvas: Any, term: Any) -> None:
    assert canvas.start(json={"parameters": {"enrollment_term_id": term, "users": True}}).status_code == 200


@pytest.mark.parametrize("term", ["99", 99, "sis_term_id:invalid", "nope,also-nope", "2~12"])
def test_bad_enrollment_term_id_is_400_quoting_the_value(canvas: Any, examples: Any, term: Any) -> None:
    response = canvas.start(json={"parameters": {"enrollment_term_id": term}})
    assert response.status_code == 400
    template = examples("InvalidEnrollmentTerm")["error"]
    assert response.json() == {"error": template[: template.index("'") + 1] + str(term) + "'"}
    assert canvas.get(START).json() == []  # nothing was created


def test_legacy_enrollment_term_is_checked_only_without_enrollment_term_id(canvas: Any) -> None:
    assert canvas.start(data={"parameters[enrollment_term]": "sis_term_id:x"}).status_code == 400
    response = canvas.start(
        data={"parameters[enrollment_term]": "sis_term_id:x", "parameters[enrollment_term_id]": "12"}
    )
    assert response.status_code == 200


def test_unknown_report_is_checked_before_the_term(canvas: Any) -> None:
    assert (
        canvas.start("no_such_report_csv", json={"parameters": {"enrollment_term_id": "99"}}).status_code
        == 404
    )


def test_duplicate_in_progress_is_409_with_location_and_the_existing_report(canvas: Any) -> None:
    form = {"parameters[users]": "true", "parameters[enrollment_term_id]": "12"}
    first = canvas.started(data=form)
    canvas.advance(0.5)
    response = canvas.start(data=form)
    assert response.status_code == 409
    assert (
        response.headers["location"]
        == f"{canvas.url}/api/v1/accounts/1/reports/provisioning_csv/{first['id']}"
    )
    body = response.json()
    assert body["id"] == first["id"]
    assert body["run_time"] == 0.5
    assert len(canvas.get(START).json()) == 1  # nothing was created


def test_types_count_in_the_duplicate_rule(canvas: Any) -> None:
    canvas.started(json={"parameters": {"enrollment_term_id": 12, "users": True}})
    assert (
        canvas.start(data={"parameters[enrollment_term_id]": "12", "parameters[users]": "true"}).status_code
        == 200
    )
    assert canvas.start(json={"parameters": {"enrollment_term_id": 12, "users": True}}).status_code == 409


def test_key_order_counts_in_the_duplicate_rule(canvas: Any) -> None:
    """Canvas compares the serialised parameters column, so the same keys in another order are a new
    report (fidelity audit D6/M7)."""
    canvas.started(json={"parameters": {"users": True, "courses": True}})
    assert canvas.start(json={"parameters": {"users": True, "courses": True}}).status_code == 409
    assert canvas.start(json={"parameters": {"courses": True, "users": True}}).status_code == 200


def test_different_parameters_start_a_new_report(canvas: Any) -> None:
    canvas.started(json={"parameters": {"users": True}})
    assert canvas.start(json={"parameters": {"courses": True}}).status_code == 200


def test_no_parameters_matches_any_in_progress_report_of_the_type(canvas: Any) -> None:
    first = canvas.started(json={"parameters": {"users": True}})
    response = canvas.start()
    assert response.status_code == 409
    assert response.json()["id"] == first["id"]


def test_once_running_the_locale_makes_the_parameters_differ(canvas: Any) -> None:
    canvas.started(json={"parameters": {"users": True}})
    canvas.advance(1.5)
    assert canvas.start(json={"parameters": {"users": True}}).status_code == 200


def test_finished_reports_are_not_duplicates(canvas: Any) -> None:
    canvas.started("grade_export_csv")
    canvas.advance(5)
    assert canvas.start("grade_export_csv").status_code == 200


def test_the_duplicate_window_is_twelve_hours() -> None:
    settings = Settings(strict=True, freeze_clock=True, queue_seconds=48 * 3600)  # stays `created` for 2 days
    with running_mock(settings) as mock, httpx.Client(base_url=mock.url) as http:
        auth = {"Authorization": "Bearer mock-admin-token"}
        assert http.post(START, headers=auth).status_code == 200
        http.post("/__mock__/clock", json={"advance": 11.9 * 3600}).raise_for_status()
        assert http.post(START, headers=auth).status_code == 409
        http.post("/__mock__/clock", json={"advance": 0.2 * 3600}).raise_for_status()
        assert http.post(START, headers=auth).status_code == 200
        assert mock.app.violations == []
