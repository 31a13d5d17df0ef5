"""Every built-in report's parameters, generated from the spec's report catalogue.

Do not edit: `make generate` writes this file (scripts/generate_catalogue_module.py) and
tests/helpers/test_parameter_hints.py fails when it drifts from the spec. The installed canvas-reports
wheel reads the catalogue from here, so it needs no copy of the spec at run time.
"""

from __future__ import annotations

from typing import NamedTuple


class Parameter(NamedTuple):
    """How a report reads one parameter (`read_as`), and what Canvas's catalogue says about it."""

    read_as: str
    listed: bool = False
    required: bool = False
    alias_of: str | None = None


PARAMETERS: dict[str, dict[str, Parameter]] = {
    "course_storage_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "developer_key_report_csv": {
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "eportfolio_report_csv": {
        "no_enrollments": Parameter("flag", listed=True),
        "include_deleted": Parameter("flag", listed=True),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "grade_export_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "include_deleted": Parameter("flag", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "limiting_period": Parameter("integer"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "last_enrollment_activity_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "course_id": Parameter("id", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "course": Parameter("id", alias_of="course_id"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "last_user_access_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "course_id": Parameter("id", listed=True),
        "include_deleted": Parameter("flag", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "course": Parameter("id", alias_of="course_id"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "lti_report_csv": {
        "include_deleted": Parameter("flag", listed=True),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "mgp_grade_export_csv": {
        "enrollment_term_id": Parameter("id", listed=True, required=True),
        "include_deleted": Parameter("flag"),
        "limiting_period": Parameter("integer"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "outcome_export_csv": {
        "include_deleted": Parameter("flag"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "outcome_results_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "order": Parameter("enum", listed=True),
        "include_deleted": Parameter("flag", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "provisioning_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "users": Parameter("flag", listed=True),
        "accounts": Parameter("flag", listed=True),
        "terms": Parameter("flag", listed=True),
        "courses": Parameter("flag", listed=True),
        "sections": Parameter("flag", listed=True),
        "enrollments": Parameter("flag", listed=True),
        "groups": Parameter("flag", listed=True),
        "group_categories": Parameter("flag", listed=True),
        "group_membership": Parameter("flag", listed=True),
        "xlist": Parameter("flag", listed=True),
        "user_observers": Parameter("flag", listed=True),
        "admins": Parameter("flag", listed=True),
        "created_by_sis": Parameter("truthy", listed=True),
        "include_deleted": Parameter("flag", listed=True),
        "enrollment_filter": Parameter("list", listed=True),
        "enrollment_states": Parameter("list", listed=True),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "public_courses_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "recently_deleted_courses_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "sis_export_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "users": Parameter("flag", listed=True),
        "accounts": Parameter("flag", listed=True),
        "terms": Parameter("flag", listed=True),
        "courses": Parameter("flag", listed=True),
        "sections": Parameter("flag", listed=True),
        "enrollments": Parameter("flag", listed=True),
        "groups": Parameter("flag", listed=True),
        "group_categories": Parameter("flag", listed=True),
        "group_membership": Parameter("flag", listed=True),
        "xlist": Parameter("flag", listed=True),
        "user_observers": Parameter("flag", listed=True),
        "admins": Parameter("flag", listed=True),
        "created_by_sis": Parameter("truthy", listed=True),
        "include_deleted": Parameter("flag", listed=True),
        "enrollment_filter": Parameter("list"),
        "enrollment_states": Parameter("list"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "student_assignment_outcome_map_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "include_deleted": Parameter("flag", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "students_with_no_submissions_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "course_id": Parameter("id", listed=True),
        "start_at": Parameter("datetime", listed=True, required=True),
        "end_at": Parameter("datetime", listed=True, required=True),
        "include_enrollment_state": Parameter("truthy", listed=True),
        "enrollment_state": Parameter("string", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "course": Parameter("id", alias_of="course_id"),
        "include_deleted": Parameter("flag"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "unpublished_courses_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "unused_courses_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "user_access_tokens_csv": {
        "include_deleted": Parameter("flag", listed=True),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
    "zero_activity_csv": {
        "enrollment_term_id": Parameter("id", listed=True),
        "start_at": Parameter("datetime", listed=True),
        "course_id": Parameter("id", listed=True),
        "enrollment_term": Parameter("id", alias_of="enrollment_term_id"),
        "course": Parameter("id", alias_of="course_id"),
        "include_deleted": Parameter("flag"),
        "skip_message": Parameter("truthy"),
        "extra_text": Parameter("string"),
        "locale": Parameter("string"),
    },
}
