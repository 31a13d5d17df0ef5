from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudentsWithNoSubmissionsCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "user id",
        "user sis id",
        "user name",
        "section id",
        "section sis id",
        "section name",
        "course id",
        "course sis id",
        "course name",
        "enrollment state",
    )
)


@_attrs_define
class StudentsWithNoSubmissionsCsvRow:
    """
    Attributes:
        user_id (int | None | Unset):
        user_sis_id (None | str | Unset):
        user_name (None | str | Unset):
        section_id (int | None | Unset):
        section_sis_id (None | str | Unset):
        section_name (None | str | Unset):
        course_id (int | None | Unset):
        course_sis_id (None | str | Unset):
        course_name (None | str | Unset):
        enrollment_state (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    user_id: int | None | Unset = UNSET
    user_sis_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    section_id: int | None | Unset = UNSET
    section_sis_id: None | str | Unset = UNSET
    section_name: None | str | Unset = UNSET
    course_id: int | None | Unset = UNSET
    course_sis_id: None | str | Unset = UNSET
    course_name: None | str | Unset = UNSET
    enrollment_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_sis_id: None | str | Unset
        if isinstance(self.user_sis_id, Unset):
            user_sis_id = UNSET
        else:
            user_sis_id = self.user_sis_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        section_id: int | None | Unset
        if isinstance(self.section_id, Unset):
            section_id = UNSET
        else:
            section_id = self.section_id

        section_sis_id: None | str | Unset
        if isinstance(self.section_sis_id, Unset):
            section_sis_id = UNSET
        else:
            section_sis_id = self.section_sis_id

        section_name: None | str | Unset
        if isinstance(self.section_name, Unset):
            section_name = UNSET
        else:
            section_name = self.section_name

        course_id: int | None | Unset
        if isinstance(self.course_id, Unset):
            course_id = UNSET
        else:
            course_id = self.course_id

        course_sis_id: None | str | Unset
        if isinstance(self.course_sis_id, Unset):
            course_sis_id = UNSET
        else:
            course_sis_id = self.course_sis_id

        course_name: None | str | Unset
        if isinstance(self.course_name, Unset):
            course_name = UNSET
        else:
            course_name = self.course_name

        enrollment_state: None | str | Unset
        if isinstance(self.enrollment_state, Unset):
            enrollment_state = UNSET
        else:
            enrollment_state = self.enrollment_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user id"] = user_id
        if user_sis_id is not UNSET:
            field_dict["user sis id"] = user_sis_id
        if user_name is not UNSET:
            field_dict["user name"] = user_name
        if section_id is not UNSET:
            field_dict["section id"] = section_id
        if section_sis_id is not UNSET:
            field_dict["section sis id"] = section_sis_id
        if section_name is not UNSET:
            field_dict["section name"] = section_name
        if course_id is not UNSET:
            field_dict["course id"] = course_id
        if course_sis_id is not UNSET:
            field_dict["course sis id"] = course_sis_id
        if course_name is not UNSET:
            field_dict["course name"] = course_name
        if enrollment_state is not UNSET:
            field_dict["enrollment state"] = enrollment_state

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
        user_id: int | None | Unset = src_dict.get("user id", UNSET)

        _new_instance.user_id = user_id
        user_sis_id: None | str | Unset = src_dict.get("user sis id", UNSET)

        _new_instance.user_sis_id = user_sis_id
        user_name: None | str | Unset = src_dict.get("user name", UNSET)

        _new_instance.user_name = user_name
        section_id: int | None | Unset = src_dict.get("section id", UNSET)

        _new_instance.section_id = section_id
        section_sis_id: None | str | Unset = src_dict.get("section sis id", UNSET)

        _new_instance.section_sis_id = section_sis_id
        section_name: None | str | Unset = src_dict.get("section name", UNSET)

        _new_instance.section_name = section_name
        course_id: int | None | Unset = src_dict.get("course id", UNSET)

        _new_instance.course_id = course_id
        course_sis_id: None | str | Unset = src_dict.get("course sis id", UNSET)

        _new_instance.course_sis_id = course_sis_id
        course_name: None | str | Unset = src_dict.get("course name", UNSET)

        _new_instance.course_name = course_name
        enrollment_state: None | str | Unset = src_dict.get("enrollment state", UNSET)

        _new_instance.enrollment_state = enrollment_state
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
