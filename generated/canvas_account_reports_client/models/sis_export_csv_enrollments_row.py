from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SisExportCsvEnrollmentsRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "course_id",
        "user_id",
        "role",
        "role_id",
        "section_id",
        "status",
        "associated_user_id",
        "limit_section_privileges",
        "temporary_enrollment_source_user_id",
        "canvas_temporary_enrollment_source_user_id",
        "root_account",
    )
)


@_attrs_define
class SisExportCsvEnrollmentsRow:
    """
    Attributes:
        course_id (None | str | Unset):
        user_id (None | str | Unset):
        role (None | str | Unset):
        role_id (int | None | Unset):
        section_id (None | str | Unset):
        status (None | str | Unset):
        associated_user_id (None | str | Unset):
        limit_section_privileges (bool | None | Unset):
        temporary_enrollment_source_user_id (None | str | Unset):
        canvas_temporary_enrollment_source_user_id (int | None | Unset):
        root_account (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    course_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    role_id: int | None | Unset = UNSET
    section_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    associated_user_id: None | str | Unset = UNSET
    limit_section_privileges: bool | None | Unset = UNSET
    temporary_enrollment_source_user_id: None | str | Unset = UNSET
    canvas_temporary_enrollment_source_user_id: int | None | Unset = UNSET
    root_account: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        course_id: None | str | Unset
        if isinstance(self.course_id, Unset):
            course_id = UNSET
        else:
            course_id = self.course_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        role_id: int | None | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        else:
            role_id = self.role_id

        section_id: None | str | Unset
        if isinstance(self.section_id, Unset):
            section_id = UNSET
        else:
            section_id = self.section_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        associated_user_id: None | str | Unset
        if isinstance(self.associated_user_id, Unset):
            associated_user_id = UNSET
        else:
            associated_user_id = self.associated_user_id

        limit_section_privileges: bool | None | Unset
        if isinstance(self.limit_section_privileges, Unset):
            limit_section_privileges = UNSET
        else:
            limit_section_privileges = self.limit_section_privileges

        temporary_enrollment_source_user_id: None | str | Unset
        if isinstance(self.temporary_enrollment_source_user_id, Unset):
            temporary_enrollment_source_user_id = UNSET
        else:
            temporary_enrollment_source_user_id = self.temporary_enrollment_source_user_id

        canvas_temporary_enrollment_source_user_id: int | None | Unset
        if isinstance(self.canvas_temporary_enrollment_source_user_id, Unset):
            canvas_temporary_enrollment_source_user_id = UNSET
        else:
            canvas_temporary_enrollment_source_user_id = self.canvas_temporary_enrollment_source_user_id

        root_account: None | str | Unset
        if isinstance(self.root_account, Unset):
            root_account = UNSET
        else:
            root_account = self.root_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if role is not UNSET:
            field_dict["role"] = role
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if section_id is not UNSET:
            field_dict["section_id"] = section_id
        if status is not UNSET:
            field_dict["status"] = status
        if associated_user_id is not UNSET:
            field_dict["associated_user_id"] = associated_user_id
        if limit_section_privileges is not UNSET:
            field_dict["limit_section_privileges"] = limit_section_privileges
        if temporary_enrollment_source_user_id is not UNSET:
            field_dict["temporary_enrollment_source_user_id"] = temporary_enrollment_source_user_id
        if canvas_temporary_enrollment_source_user_id is not UNSET:
            field_dict["canvas_temporary_enrollment_source_user_id"] = (
                canvas_temporary_enrollment_source_user_id
            )
        if root_account is not UNSET:
            field_dict["root_account"] = root_account

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
        course_id: None | str | Unset = src_dict.get("course_id", UNSET)

        _new_instance.course_id = course_id
        user_id: None | str | Unset = src_dict.get("user_id", UNSET)

        _new_instance.user_id = user_id
        role: None | str | Unset = src_dict.get("role", UNSET)

        _new_instance.role = role
        role_id: int | None | Unset = src_dict.get("role_id", UNSET)

        _new_instance.role_id = role_id
        section_id: None | str | Unset = src_dict.get("section_id", UNSET)

        _new_instance.section_id = section_id
        status: None | str | Unset = src_dict.get("status", UNSET)

        _new_instance.status = status
        associated_user_id: None | str | Unset = src_dict.get("associated_user_id", UNSET)

        _new_instance.associated_user_id = associated_user_id
        limit_section_privileges: bool | None | Unset = src_dict.get("limit_section_privileges", UNSET)

        _new_instance.limit_section_privileges = limit_section_privileges
        temporary_enrollment_source_user_id: None | str | Unset = src_dict.get(
            "temporary_enrollment_source_user_id", UNSET
        )

        _new_instance.temporary_enrollment_source_user_id = temporary_enrollment_source_user_id
        canvas_temporary_enrollment_source_user_id: int | None | Unset = src_dict.get(
            "canvas_temporary_enrollment_source_user_id", UNSET
        )

        _new_instance.canvas_temporary_enrollment_source_user_id = canvas_temporary_enrollment_source_user_id
        root_account: None | str | Unset = src_dict.get("root_account", UNSET)

        _new_instance.root_account = root_account
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
