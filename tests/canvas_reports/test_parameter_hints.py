"""Parameter hints: names checked against the spec's report catalogue, in the helpers (sync and async).

The command's side (`--strict-params`, warning lines) is in tests/cli/test_cli_unit.py.
"""

from __future__ import annotations

import asyncio
import json
import warnings

import pytest
from canvas_reports import (
    AsyncReportsClient,
    ParameterWarning,
    ReportsClient,
    UnknownParameter,
    check_parameters,
)
from canvas_reports.hints import parameter_catalogue

from canvas_contract import catalogue
from tests.canvas_reports.scripted_canvas import ScriptedCanvas, json_response, report_json

RUNS = "/api/v1/accounts/1/reports/provisioning_csv"


def test_the_shipped_catalogue_has_every_report_and_parameter() -> None:
    """The hints read catalogue.json (its drift test is tests/files/test_reader.py), in catalogue order."""
    assert list(parameter_catalogue()) == list(catalogue.report_catalogue())
    for report in catalogue.report_catalogue():
        known = parameter_catalogue()[report]
        assert list(known) == list(catalogue.parameters(report))
        for name, node in catalogue.parameters(report).items():
            assert known[name].read_as == node["x-read-as"]
            assert known[name].alias_of == node.get("x-alias-of")


def test_unknown_name_names_the_closest_known_one() -> None:
    problems = check_parameters("provisioning_csv", {"user": True, "courses": True})
    assert problems.unknown == (("user", "users"),)
    assert problems.messages() == ["provisioning_csv does not read parameter `user`; did you mean `users`?"]


def test_case_differences_suggest_the_right_case() -> None:
    assert check_parameters("provisioning_csv", {"Users": True}).unknown == (("Users", "users"),)


def test_unknown_name_without_a_close_match_lists_what_the_report_reads() -> None:
    (message,) = check_parameters("course_storage_csv", {"zzz": 1}).messages()
    assert message == "course_storage_csv does not read parameter `zzz` (it reads `enrollment_term_id`)"
    (message,) = check_parameters("developer_key_report_csv", {"zzz": 1}).messages()
    assert message.endswith("(it reads no report-specific parameters)")


def test_known_names_aliases_and_common_parameters_pass() -> None:
    given = {"enrollment_term": "sis_term_id:2026", "skip_message": True, "extra_text": "nightly"}
    assert check_parameters("course_storage_csv", given).messages() == []
    # Read by the code though Canvas's catalogue does not list it for the SIS export.
    sis = {"users": True, "enrollment_filter": "StudentEnrollment"}
    assert check_parameters("sis_export_csv", sis).unknown == ()


def test_missing_required_parameter_is_reported() -> None:
    problems = check_parameters("students_with_no_submissions_csv", {"start_at": "2026-02-01"})
    assert problems.missing == ("end_at",)
    assert problems.messages() == [
        "students_with_no_submissions_csv: parameter `end_at` is missing; Canvas's catalogue lists it as "
        "required (Canvas does not enforce it)"
    ]
    assert check_parameters("mgp_grade_export_csv", None).missing == ("enrollment_term_id",)
    assert check_parameters("mgp_grade_export_csv", {"enrollment_term_id": 12}).messages() == []


def test_report_types_outside_the_catalogue_are_not_checked() -> None:
    """Hosted Canvas has plugin reports with their own parameters: nothing to say about them."""
    assert check_parameters("custom_rubrics_csv", {"anything": 1}).messages() == []


# --- in the helpers -----------------------------------------------------------------------------------------


def test_sync_start_warns_and_still_sends(sync_client: ReportsClient, canvas_script: ScriptedCanvas) -> None:
    canvas_script.on("POST", RUNS, json_response(200, report_json("ReportCreated")))
    with pytest.warns(ParameterWarning, match="did you mean `users`") as caught:
        sync_client.start("provisioning_csv", {"user": True})
    assert caught[0].filename == __file__  # points at the caller's line, not the helper's
    assert json.loads(canvas_script.calls("POST", RUNS)[0].content) == {"parameters": {"user": True}}


def test_sync_start_without_problems_is_silent(
    sync_client: ReportsClient, canvas_script: ScriptedCanvas
) -> None:
    canvas_script.on("POST", RUNS, json_response(200, report_json("ReportCreated")))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sync_client.start("provisioning_csv", {"users": True})


def test_sync_strict_refuses_before_sending(
    sync_client: ReportsClient, canvas_script: ScriptedCanvas
) -> None:
    with pytest.raises(UnknownParameter, match="did you mean `users`") as raised:
        sync_client.start("provisioning_csv", {"user": True}, strict_params=True)
    assert (raised.value.name, raised.value.suggestion) == ("user", "users")
    assert isinstance(raised.value, ValueError)
    assert canvas_script.requests == []


def test_async_start_warns_and_strict_refuses(
    async_client: AsyncReportsClient, canvas_script: ScriptedCanvas
) -> None:
    canvas_script.on("POST", RUNS, json_response(200, report_json("ReportCreated")))

    async def main() -> None:
        try:
            with pytest.warns(ParameterWarning, match="did you mean `users`"):
                await async_client.start("provisioning_csv", {"user": True})
            with pytest.raises(UnknownParameter):
                await async_client.start("provisioning_csv", {"user": True}, strict_params=True)
        finally:
            await async_client.aclose()

    asyncio.run(main())
    assert len(canvas_script.calls("POST", RUNS)) == 1  # the strict call sent nothing
