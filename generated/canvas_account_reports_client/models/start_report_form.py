from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartReportForm")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "parameters[enrollment_term_id]",
        "parameters[course_id]",
        "parameters[skip_message]",
        "parameters[include_deleted]",
        "parameters[users]",
        "parameters[accounts]",
        "parameters[terms]",
        "parameters[courses]",
        "parameters[sections]",
        "parameters[enrollments]",
        "parameters[groups]",
        "parameters[xlist]",
        "parameters[order]",
        "parameters[start_at]",
        "parameters[end_at]",
        "parameters[enrollment_state][]",
    )
)


@_attrs_define
class StartReportForm:
    """Form-urlencoded or multipart body of startReport: flat `parameters[<name>]` fields (and
    `parameters[<name>][]` for lists). Canvas stores every value as a string, so send booleans as
    `true`/`false`. Any report parameter may be sent, not only the ones listed.

        Example:
            {'parameters[users]': 'true', 'parameters[courses]': 'true', 'parameters[enrollment_term_id]': '12'}

        Attributes:
            parameters_enrollment_term_id (str | Unset): Term to report on (see ReportParameters). Example: 12.
            parameters_course_id (str | Unset): The course to report on. Example: 310.
            parameters_skip_message (str | Unset): Any value, even "false", suppresses the notification; leave it out to get
                one. Example: true.
            parameters_include_deleted (str | Unset): Include deleted objects. Example: false.
            parameters_users (str | Unset): Provisioning/SIS export: include users. Example: true.
            parameters_accounts (str | Unset): Provisioning/SIS export: include accounts. Example: false.
            parameters_terms (str | Unset): Provisioning/SIS export: include terms. Example: false.
            parameters_courses (str | Unset): Provisioning/SIS export: include courses. Example: true.
            parameters_sections (str | Unset): Provisioning/SIS export: include sections. Example: false.
            parameters_enrollments (str | Unset): Provisioning/SIS export: include enrollments. Example: true.
            parameters_groups (str | Unset): Provisioning/SIS export: include groups. Example: false.
            parameters_xlist (str | Unset): Provisioning/SIS export: include cross-listed courses. Example: false.
            parameters_order (str | Unset): Outcome reports: 'users', 'courses' or 'outcomes'. Example: users.
            parameters_start_at (str | Unset): Beginning of the date range, ISO 8601. Example: 2026-02-01T00:00:00-07:00.
            parameters_end_at (str | Unset): End of the date range, ISO 8601. Example: 2026-02-14T00:00:00-07:00.
            parameters_enrollment_state (list[str] | Unset): Enrollment states to include. Example: ['active', 'completed'].
            additional_properties (dict[str, list[str] | str]): Fields the document does not
                describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    parameters_enrollment_term_id: str | Unset = UNSET
    parameters_course_id: str | Unset = UNSET
    parameters_skip_message: str | Unset = UNSET
    parameters_include_deleted: str | Unset = UNSET
    parameters_users: str | Unset = UNSET
    parameters_accounts: str | Unset = UNSET
    parameters_terms: str | Unset = UNSET
    parameters_courses: str | Unset = UNSET
    parameters_sections: str | Unset = UNSET
    parameters_enrollments: str | Unset = UNSET
    parameters_groups: str | Unset = UNSET
    parameters_xlist: str | Unset = UNSET
    parameters_order: str | Unset = UNSET
    parameters_start_at: str | Unset = UNSET
    parameters_end_at: str | Unset = UNSET
    parameters_enrollment_state: list[str] | Unset = UNSET
    additional_properties: dict[str, list[str] | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        parametersenrollment_term_id = self.parameters_enrollment_term_id

        parameterscourse_id = self.parameters_course_id

        parametersskip_message = self.parameters_skip_message

        parametersinclude_deleted = self.parameters_include_deleted

        parametersusers = self.parameters_users

        parametersaccounts = self.parameters_accounts

        parametersterms = self.parameters_terms

        parameterscourses = self.parameters_courses

        parameterssections = self.parameters_sections

        parametersenrollments = self.parameters_enrollments

        parametersgroups = self.parameters_groups

        parametersxlist = self.parameters_xlist

        parametersorder = self.parameters_order

        parametersstart_at = self.parameters_start_at

        parametersend_at = self.parameters_end_at

        parametersenrollment_state: list[str] | Unset = UNSET
        if not isinstance(self.parameters_enrollment_state, Unset):
            parametersenrollment_state = self.parameters_enrollment_state

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        field_dict.update({})
        if parametersenrollment_term_id is not UNSET:
            field_dict["parameters[enrollment_term_id]"] = parametersenrollment_term_id
        if parameterscourse_id is not UNSET:
            field_dict["parameters[course_id]"] = parameterscourse_id
        if parametersskip_message is not UNSET:
            field_dict["parameters[skip_message]"] = parametersskip_message
        if parametersinclude_deleted is not UNSET:
            field_dict["parameters[include_deleted]"] = parametersinclude_deleted
        if parametersusers is not UNSET:
            field_dict["parameters[users]"] = parametersusers
        if parametersaccounts is not UNSET:
            field_dict["parameters[accounts]"] = parametersaccounts
        if parametersterms is not UNSET:
            field_dict["parameters[terms]"] = parametersterms
        if parameterscourses is not UNSET:
            field_dict["parameters[courses]"] = parameterscourses
        if parameterssections is not UNSET:
            field_dict["parameters[sections]"] = parameterssections
        if parametersenrollments is not UNSET:
            field_dict["parameters[enrollments]"] = parametersenrollments
        if parametersgroups is not UNSET:
            field_dict["parameters[groups]"] = parametersgroups
        if parametersxlist is not UNSET:
            field_dict["parameters[xlist]"] = parametersxlist
        if parametersorder is not UNSET:
            field_dict["parameters[order]"] = parametersorder
        if parametersstart_at is not UNSET:
            field_dict["parameters[start_at]"] = parametersstart_at
        if parametersend_at is not UNSET:
            field_dict["parameters[end_at]"] = parametersend_at
        if parametersenrollment_state is not UNSET:
            field_dict["parameters[enrollment_state][]"] = parametersenrollment_state

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
        _new_instance.parameters_enrollment_term_id = src_dict.get("parameters[enrollment_term_id]", UNSET)
        _new_instance.parameters_course_id = src_dict.get("parameters[course_id]", UNSET)
        _new_instance.parameters_skip_message = src_dict.get("parameters[skip_message]", UNSET)
        _new_instance.parameters_include_deleted = src_dict.get("parameters[include_deleted]", UNSET)
        _new_instance.parameters_users = src_dict.get("parameters[users]", UNSET)
        _new_instance.parameters_accounts = src_dict.get("parameters[accounts]", UNSET)
        _new_instance.parameters_terms = src_dict.get("parameters[terms]", UNSET)
        _new_instance.parameters_courses = src_dict.get("parameters[courses]", UNSET)
        _new_instance.parameters_sections = src_dict.get("parameters[sections]", UNSET)
        _new_instance.parameters_enrollments = src_dict.get("parameters[enrollments]", UNSET)
        _new_instance.parameters_groups = src_dict.get("parameters[groups]", UNSET)
        _new_instance.parameters_xlist = src_dict.get("parameters[xlist]", UNSET)
        _new_instance.parameters_order = src_dict.get("parameters[order]", UNSET)
        _new_instance.parameters_start_at = src_dict.get("parameters[start_at]", UNSET)
        _new_instance.parameters_end_at = src_dict.get("parameters[end_at]", UNSET)
        parametersenrollment_state = cast(list[str], src_dict.get("parameters[enrollment_state][]", UNSET))

        _new_instance.parameters_enrollment_state = parametersenrollment_state
        if src_dict.keys() <= _FIELD_NAMES:
            _new_instance.additional_properties = {}
        else:
            additional_properties: dict[str, list[str] | str] = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _FIELD_NAMES:
                    continue
                _additional_property = prop_dict
                additional_property: list[str] | str
                if isinstance(_additional_property, list):
                    additional_property_type_1 = cast(list[str], _additional_property)

                    additional_property = additional_property_type_1
                else:
                    additional_property = _additional_property

                additional_properties[prop_name] = additional_property
            _new_instance.additional_properties = additional_properties
        return _new_instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
