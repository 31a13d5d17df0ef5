from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisioningCsvParameters")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "enrollment_term_id",
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
        "include_deleted",
        "enrollment_filter",
        "enrollment_states",
        "skip_message",
        "extra_text",
        "locale",
    )
)


@_attrs_define
class ProvisioningCsvParameters:
    """What `provisioning_csv` reads from `parameters`; usable as a typed start body.

    Attributes:
        enrollment_term_id (int | None | str | Unset): An object Canvas finds with `api_find`: a numeric id, or
            `sis_<kind>_id:<id>` /
            `sis_integration_id:<id>`. Blank means "not set".
             Example: 12.
        users (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        accounts (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        terms (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        courses (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        sections (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        enrollments (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        groups (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        group_categories (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        group_membership (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        xlist (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        user_observers (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        admins (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        created_by_sis (bool | int | None | str | Unset): A report switch Canvas reads by the raw value's truthiness:
            any non-blank value, even the string
            `"false"` or `"0"`, turns it on. Leave the key out (or send `null`, `false` or `""`) to keep it off.
             Example: True.
        include_deleted (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        enrollment_filter (list[str] | None | str | Unset): A list Canvas reads with `value_to_array`: an array, or one
            comma-separated string. Example: ['active', 'completed'].
        enrollment_states (list[str] | None | str | Unset): A list Canvas reads with `value_to_array`: an array, or one
            comma-separated string. Example: ['active', 'completed'].
        skip_message (bool | int | None | str | Unset): Suppresses the "report generated" notification when set. Canvas
            reads the raw value's
            truthiness: any value but `null` and JSON `false`, even `"false"` or `""`, suppresses it.
             Example: True.
        extra_text (None | str | Unset): Free text; Canvas appends its own summary of the settings (or a failure notice)
            to it.
        locale (None | str | Unset): The locale the report ran in; Canvas writes it when the job starts, replacing any
            value sent.
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    enrollment_term_id: int | None | str | Unset = UNSET
    users: bool | int | None | str | Unset = UNSET
    accounts: bool | int | None | str | Unset = UNSET
    terms: bool | int | None | str | Unset = UNSET
    courses: bool | int | None | str | Unset = UNSET
    sections: bool | int | None | str | Unset = UNSET
    enrollments: bool | int | None | str | Unset = UNSET
    groups: bool | int | None | str | Unset = UNSET
    group_categories: bool | int | None | str | Unset = UNSET
    group_membership: bool | int | None | str | Unset = UNSET
    xlist: bool | int | None | str | Unset = UNSET
    user_observers: bool | int | None | str | Unset = UNSET
    admins: bool | int | None | str | Unset = UNSET
    created_by_sis: bool | int | None | str | Unset = UNSET
    include_deleted: bool | int | None | str | Unset = UNSET
    enrollment_filter: list[str] | None | str | Unset = UNSET
    enrollment_states: list[str] | None | str | Unset = UNSET
    skip_message: bool | int | None | str | Unset = UNSET
    extra_text: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        enrollment_term_id: int | None | str | Unset
        if isinstance(self.enrollment_term_id, Unset):
            enrollment_term_id = UNSET
        else:
            enrollment_term_id = self.enrollment_term_id

        users: bool | int | None | str | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        else:
            users = self.users

        accounts: bool | int | None | str | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        else:
            accounts = self.accounts

        terms: bool | int | None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        courses: bool | int | None | str | Unset
        if isinstance(self.courses, Unset):
            courses = UNSET
        else:
            courses = self.courses

        sections: bool | int | None | str | Unset
        if isinstance(self.sections, Unset):
            sections = UNSET
        else:
            sections = self.sections

        enrollments: bool | int | None | str | Unset
        if isinstance(self.enrollments, Unset):
            enrollments = UNSET
        else:
            enrollments = self.enrollments

        groups: bool | int | None | str | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        else:
            groups = self.groups

        group_categories: bool | int | None | str | Unset
        if isinstance(self.group_categories, Unset):
            group_categories = UNSET
        else:
            group_categories = self.group_categories

        group_membership: bool | int | None | str | Unset
        if isinstance(self.group_membership, Unset):
            group_membership = UNSET
        else:
            group_membership = self.group_membership

        xlist: bool | int | None | str | Unset
        if isinstance(self.xlist, Unset):
            xlist = UNSET
        else:
            xlist = self.xlist

        user_observers: bool | int | None | str | Unset
        if isinstance(self.user_observers, Unset):
            user_observers = UNSET
        else:
            user_observers = self.user_observers

        admins: bool | int | None | str | Unset
        if isinstance(self.admins, Unset):
            admins = UNSET
        else:
            admins = self.admins

        created_by_sis: bool | int | None | str | Unset
        if isinstance(self.created_by_sis, Unset):
            created_by_sis = UNSET
        else:
            created_by_sis = self.created_by_sis

        include_deleted: bool | int | None | str | Unset
        if isinstance(self.include_deleted, Unset):
            include_deleted = UNSET
        else:
            include_deleted = self.include_deleted

        enrollment_filter: list[str] | None | str | Unset
        if isinstance(self.enrollment_filter, Unset):
            enrollment_filter = UNSET
        elif isinstance(self.enrollment_filter, list):
            enrollment_filter = self.enrollment_filter

        else:
            enrollment_filter = self.enrollment_filter

        enrollment_states: list[str] | None | str | Unset
        if isinstance(self.enrollment_states, Unset):
            enrollment_states = UNSET
        elif isinstance(self.enrollment_states, list):
            enrollment_states = self.enrollment_states

        else:
            enrollment_states = self.enrollment_states

        skip_message: bool | int | None | str | Unset
        if isinstance(self.skip_message, Unset):
            skip_message = UNSET
        else:
            skip_message = self.skip_message

        extra_text: None | str | Unset
        if isinstance(self.extra_text, Unset):
            extra_text = UNSET
        else:
            extra_text = self.extra_text

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enrollment_term_id is not UNSET:
            field_dict["enrollment_term_id"] = enrollment_term_id
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
        if include_deleted is not UNSET:
            field_dict["include_deleted"] = include_deleted
        if enrollment_filter is not UNSET:
            field_dict["enrollment_filter"] = enrollment_filter
        if enrollment_states is not UNSET:
            field_dict["enrollment_states"] = enrollment_states
        if skip_message is not UNSET:
            field_dict["skip_message"] = skip_message
        if extra_text is not UNSET:
            field_dict["extra_text"] = extra_text
        if locale is not UNSET:
            field_dict["locale"] = locale

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
        enrollment_term_id: int | None | str | Unset = src_dict.get("enrollment_term_id", UNSET)

        _new_instance.enrollment_term_id = enrollment_term_id
        users: bool | int | None | str | Unset = src_dict.get("users", UNSET)

        _new_instance.users = users
        accounts: bool | int | None | str | Unset = src_dict.get("accounts", UNSET)

        _new_instance.accounts = accounts
        terms: bool | int | None | str | Unset = src_dict.get("terms", UNSET)

        _new_instance.terms = terms
        courses: bool | int | None | str | Unset = src_dict.get("courses", UNSET)

        _new_instance.courses = courses
        sections: bool | int | None | str | Unset = src_dict.get("sections", UNSET)

        _new_instance.sections = sections
        enrollments: bool | int | None | str | Unset = src_dict.get("enrollments", UNSET)

        _new_instance.enrollments = enrollments
        groups: bool | int | None | str | Unset = src_dict.get("groups", UNSET)

        _new_instance.groups = groups
        group_categories: bool | int | None | str | Unset = src_dict.get("group_categories", UNSET)

        _new_instance.group_categories = group_categories
        group_membership: bool | int | None | str | Unset = src_dict.get("group_membership", UNSET)

        _new_instance.group_membership = group_membership
        xlist: bool | int | None | str | Unset = src_dict.get("xlist", UNSET)

        _new_instance.xlist = xlist
        user_observers: bool | int | None | str | Unset = src_dict.get("user_observers", UNSET)

        _new_instance.user_observers = user_observers
        admins: bool | int | None | str | Unset = src_dict.get("admins", UNSET)

        _new_instance.admins = admins
        created_by_sis: bool | int | None | str | Unset = src_dict.get("created_by_sis", UNSET)

        _new_instance.created_by_sis = created_by_sis
        include_deleted: bool | int | None | str | Unset = src_dict.get("include_deleted", UNSET)

        _new_instance.include_deleted = include_deleted
        _enrollment_filter = src_dict.get("enrollment_filter", UNSET)
        enrollment_filter: list[str] | None | str | Unset
        if _enrollment_filter is None:
            enrollment_filter = None
        elif _enrollment_filter is UNSET:
            enrollment_filter = UNSET
        elif isinstance(_enrollment_filter, list):
            componentsschemas_parameter_list_type_0 = cast(list[str], _enrollment_filter)

            enrollment_filter = componentsschemas_parameter_list_type_0
        else:
            enrollment_filter = _enrollment_filter

        _new_instance.enrollment_filter = enrollment_filter
        _enrollment_states = src_dict.get("enrollment_states", UNSET)
        enrollment_states: list[str] | None | str | Unset
        if _enrollment_states is None:
            enrollment_states = None
        elif _enrollment_states is UNSET:
            enrollment_states = UNSET
        elif isinstance(_enrollment_states, list):
            componentsschemas_parameter_list_type_0 = cast(list[str], _enrollment_states)

            enrollment_states = componentsschemas_parameter_list_type_0
        else:
            enrollment_states = _enrollment_states

        _new_instance.enrollment_states = enrollment_states
        skip_message: bool | int | None | str | Unset = src_dict.get("skip_message", UNSET)

        _new_instance.skip_message = skip_message
        extra_text: None | str | Unset = src_dict.get("extra_text", UNSET)

        _new_instance.extra_text = extra_text
        locale: None | str | Unset = src_dict.get("locale", UNSET)

        _new_instance.locale = locale
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
