from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportParameters")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "enrollment_term_id",
        "enrollment_term",
        "course_id",
        "course",
        "skip_message",
        "include_deleted",
        "users",
        "accounts",
        "terms",
        "courses",
        "sections",
        "enrollments",
        "groups",
        "group_categories",
        "group_membership",
        "xlist",
        "user_observers",
        "admins",
        "created_by_sis",
        "sis_terms_csv",
        "sis_accounts_csv",
        "order",
        "include_enrollment_state",
        "enrollment_state",
        "enrollment_states",
        "enrollment_filter",
        "start_at",
        "end_at",
        "locale",
        "extra_text",
    )
)


@_attrs_define
class ReportParameters:
    """A report's parameters as Canvas echoes them: every key any client sent, with **any JSON value**
    stored as sent (form values as strings; JSON values keep their types, so integers, `null`,
    arrays and objects all come back), plus `locale` (added when the job starts), `extra_text`
    (added by the report code when it ends) and, for `students_with_no_submissions_csv`, the
    `start_at`/`end_at` the job computed. The known keys below are described, not typed: Canvas
    checks none of them when storing, and a value one client sent reaches every later reader
    (getReport, listReports, `last_run`). See StartReportParameters for how Canvas reads them.

        Example:
            {'users': 'true', 'courses': 'true', 'enrollment_term_id': '12', 'locale': 'en'}

        Attributes:
            enrollment_term_id (Any | Unset): Term to report on, as sent (see StartReportParameters). Example: 12.
            enrollment_term (Any | Unset): Legacy name of `enrollment_term_id`. Example: 12.
            course_id (Any | Unset): The course to report on, as sent. Example: 310.
            course (Any | Unset): Legacy name of `course_id`. Example: 310.
            skip_message (Any | Unset): Whether the "report generated" notification was suppressed, as sent. Example: True.
            include_deleted (Any | Unset): Include deleted objects, as sent. Example: False.
            users (Any | Unset): Provisioning/SIS export: include users, as sent. Example: True.
            accounts (Any | Unset): Provisioning/SIS export: include accounts, as sent. Example: False.
            terms (Any | Unset): Provisioning/SIS export: include terms, as sent. Example: False.
            courses (Any | Unset): Provisioning/SIS export: include courses, as sent. Example: True.
            sections (Any | Unset): Provisioning/SIS export: include sections, as sent. Example: False.
            enrollments (Any | Unset): Provisioning/SIS export: include enrollments, as sent. Example: False.
            groups (Any | Unset): Provisioning/SIS export: include groups, as sent. Example: False.
            group_categories (Any | Unset): Provisioning/SIS export: include group categories, as sent. Example: False.
            group_membership (Any | Unset): Provisioning/SIS export: include group memberships, as sent. Example: False.
            xlist (Any | Unset): Provisioning/SIS export: include cross-listed courses, as sent. Example: False.
            user_observers (Any | Unset): Provisioning/SIS export: include observers, as sent. Example: False.
            admins (Any | Unset): Provisioning/SIS export: include admins, as sent. Example: False.
            created_by_sis (Any | Unset): Only objects created by SIS, as sent. Example: False.
            sis_terms_csv (Any | Unset): Legacy SIS export flag for terms, as sent. Example: 1.
            sis_accounts_csv (Any | Unset): Legacy SIS export flag for accounts, as sent. Example: 1.
            order (Any | Unset): Sort order of the outcome reports, as sent. Example: users.
            include_enrollment_state (Any | Unset): Include the enrollment state column, as sent. Example: False.
            enrollment_state (Any | Unset): Enrollment states to include, as sent. Example: ['active', 'completed'].
            enrollment_states (Any | Unset): Provisioning: object states to include, as sent. Example: ['active'].
            enrollment_filter (Any | Unset): Provisioning: role types to include, as sent. Example: ['StudentEnrollment'].
            start_at (Any | Unset): Beginning of the date range. For `students_with_no_submissions_csv` Canvas writes the
                value it
                used back (two weeks before `end_at` when none was sent), as an ISO 8601 string.
                 Example: 2026-02-01T00:00:00-07:00.
            end_at (Any | Unset): End of the date range. For `students_with_no_submissions_csv` Canvas writes the value it
                used
                back (the time the job ran when none was sent), as an ISO 8601 string.
                 Example: 2026-02-14T00:00:00-07:00.
            locale (Any | Unset): Locale the report ran in; added by Canvas when the job starts (a string). Example: en.
            extra_text (Any | Unset): Added by Canvas when the job ends (a string): a summary of the settings, the failure
                notice
                with its error code (`Failed, please report the following error code to your system
                administrator: ErrorReport:<n>;`) or `Report has been aborted`.
                 Example: Term: Spring 2026; Reports: users courses .
            additional_properties (dict[str, Any]): Fields the document does not
                describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    enrollment_term_id: Any | Unset = UNSET
    enrollment_term: Any | Unset = UNSET
    course_id: Any | Unset = UNSET
    course: Any | Unset = UNSET
    skip_message: Any | Unset = UNSET
    include_deleted: Any | Unset = UNSET
    users: Any | Unset = UNSET
    accounts: Any | Unset = UNSET
    terms: Any | Unset = UNSET
    courses: Any | Unset = UNSET
    sections: Any | Unset = UNSET
    enrollments: Any | Unset = UNSET
    groups: Any | Unset = UNSET
    group_categories: Any | Unset = UNSET
    group_membership: Any | Unset = UNSET
    xlist: Any | Unset = UNSET
    user_observers: Any | Unset = UNSET
    admins: Any | Unset = UNSET
    created_by_sis: Any | Unset = UNSET
    sis_terms_csv: Any | Unset = UNSET
    sis_accounts_csv: Any | Unset = UNSET
    order: Any | Unset = UNSET
    include_enrollment_state: Any | Unset = UNSET
    enrollment_state: Any | Unset = UNSET
    enrollment_states: Any | Unset = UNSET
    enrollment_filter: Any | Unset = UNSET
    start_at: Any | Unset = UNSET
    end_at: Any | Unset = UNSET
    locale: Any | Unset = UNSET
    extra_text: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        enrollment_term_id = self.enrollment_term_id

        enrollment_term = self.enrollment_term

        course_id = self.course_id

        course = self.course

        skip_message = self.skip_message

        include_deleted = self.include_deleted

        users = self.users

        accounts = self.accounts

        terms = self.terms

        courses = self.courses

        sections = self.sections

        enrollments = self.enrollments

        groups = self.groups

        group_categories = self.group_categories

        group_membership = self.group_membership

        xlist = self.xlist

        user_observers = self.user_observers

        admins = self.admins

        created_by_sis = self.created_by_sis

        sis_terms_csv = self.sis_terms_csv

        sis_accounts_csv = self.sis_accounts_csv

        order = self.order

        include_enrollment_state = self.include_enrollment_state

        enrollment_state = self.enrollment_state

        enrollment_states = self.enrollment_states

        enrollment_filter = self.enrollment_filter

        start_at = self.start_at

        end_at = self.end_at

        locale = self.locale

        extra_text = self.extra_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enrollment_term_id is not UNSET:
            field_dict["enrollment_term_id"] = enrollment_term_id
        if enrollment_term is not UNSET:
            field_dict["enrollment_term"] = enrollment_term
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if course is not UNSET:
            field_dict["course"] = course
        if skip_message is not UNSET:
            field_dict["skip_message"] = skip_message
        if include_deleted is not UNSET:
            field_dict["include_deleted"] = include_deleted
        if users is not UNSET:
            field_dict["users"] = users
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if terms is not UNSET:
            field_dict["terms"] = terms
        if courses is not UNSET:
            field_dict["courses"] = courses
        if sections is not UNSET:
            field_dict["sections"] = sections
        if enrollments is not UNSET:
            field_dict["enrollments"] = enrollments
        if groups is not UNSET:
            field_dict["groups"] = groups
        if group_categories is not UNSET:
            field_dict["group_categories"] = group_categories
        if group_membership is not UNSET:
            field_dict["group_membership"] = group_membership
        if xlist is not UNSET:
            field_dict["xlist"] = xlist
        if user_observers is not UNSET:
            field_dict["user_observers"] = user_observers
        if admins is not UNSET:
            field_dict["admins"] = admins
        if created_by_sis is not UNSET:
            field_dict["created_by_sis"] = created_by_sis
        if sis_terms_csv is not UNSET:
            field_dict["sis_terms_csv"] = sis_terms_csv
        if sis_accounts_csv is not UNSET:
            field_dict["sis_accounts_csv"] = sis_accounts_csv
        if order is not UNSET:
            field_dict["order"] = order
        if include_enrollment_state is not UNSET:
            field_dict["include_enrollment_state"] = include_enrollment_state
        if enrollment_state is not UNSET:
            field_dict["enrollment_state"] = enrollment_state
        if enrollment_states is not UNSET:
            field_dict["enrollment_states"] = enrollment_states
        if enrollment_filter is not UNSET:
            field_dict["enrollment_filter"] = enrollment_filter
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if locale is not UNSET:
            field_dict["locale"] = locale
        if extra_text is not UNSET:
            field_dict["extra_text"] = extra_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from decoded JSON.

        Raises KeyError, TypeError, ValueError or AttributeError when src_dict does not match the schema; the
        API functions turn those into errors.UnexpectedResponseBody.
        """
        # Fields are assigned directly: the model has no validators or converters, and a keyword call to
        # the attrs __init__ costs more than the parsing itself for models with many optional fields.
        _new_instance = cls.__new__(cls)
        _new_instance.enrollment_term_id = src_dict.get("enrollment_term_id", UNSET)
        _new_instance.enrollment_term = src_dict.get("enrollment_term", UNSET)
        _new_instance.course_id = src_dict.get("course_id", UNSET)
        _new_instance.course = src_dict.get("course", UNSET)
        _new_instance.skip_message = src_dict.get("skip_message", UNSET)
        _new_instance.include_deleted = src_dict.get("include_deleted", UNSET)
        _new_instance.users = src_dict.get("users", UNSET)
        _new_instance.accounts = src_dict.get("accounts", UNSET)
        _new_instance.terms = src_dict.get("terms", UNSET)
        _new_instance.courses = src_dict.get("courses", UNSET)
        _new_instance.sections = src_dict.get("sections", UNSET)
        _new_instance.enrollments = src_dict.get("enrollments", UNSET)
        _new_instance.groups = src_dict.get("groups", UNSET)
        _new_instance.group_categories = src_dict.get("group_categories", UNSET)
        _new_instance.group_membership = src_dict.get("group_membership", UNSET)
        _new_instance.xlist = src_dict.get("xlist", UNSET)
        _new_instance.user_observers = src_dict.get("user_observers", UNSET)
        _new_instance.admins = src_dict.get("admins", UNSET)
        _new_instance.created_by_sis = src_dict.get("created_by_sis", UNSET)
        _new_instance.sis_terms_csv = src_dict.get("sis_terms_csv", UNSET)
        _new_instance.sis_accounts_csv = src_dict.get("sis_accounts_csv", UNSET)
        _new_instance.order = src_dict.get("order", UNSET)
        _new_instance.include_enrollment_state = src_dict.get("include_enrollment_state", UNSET)
        _new_instance.enrollment_state = src_dict.get("enrollment_state", UNSET)
        _new_instance.enrollment_states = src_dict.get("enrollment_states", UNSET)
        _new_instance.enrollment_filter = src_dict.get("enrollment_filter", UNSET)
        _new_instance.start_at = src_dict.get("start_at", UNSET)
        _new_instance.end_at = src_dict.get("end_at", UNSET)
        _new_instance.locale = src_dict.get("locale", UNSET)
        _new_instance.extra_text = src_dict.get("extra_text", UNSET)
        if src_dict.keys() <= _FIELD_NAMES:
            _new_instance.additional_properties = {}
        else:
            _new_instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return _new_instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
