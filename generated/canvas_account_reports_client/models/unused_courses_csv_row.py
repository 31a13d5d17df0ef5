from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="UnusedCoursesCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "course id",
        "course sis id",
        "short name",
        "long name",
        "status",
        "created at",
    )
)


@_attrs_define
class UnusedCoursesCsvRow:
    """
    Attributes:
        course_id (int | None | Unset):
        course_sis_id (None | str | Unset):
        short_name (None | str | Unset):
        long_name (None | str | Unset):
        status (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    course_id: int | None | Unset = UNSET
    course_sis_id: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    long_name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
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

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        long_name: None | str | Unset
        if isinstance(self.long_name, Unset):
            long_name = UNSET
        else:
            long_name = self.long_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_id is not UNSET:
            field_dict["course id"] = course_id
        if course_sis_id is not UNSET:
            field_dict["course sis id"] = course_sis_id
        if short_name is not UNSET:
            field_dict["short name"] = short_name
        if long_name is not UNSET:
            field_dict["long name"] = long_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created at"] = created_at

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
        course_id: int | None | Unset = src_dict.get("course id", UNSET)

        _new_instance.course_id = course_id
        course_sis_id: None | str | Unset = src_dict.get("course sis id", UNSET)

        _new_instance.course_sis_id = course_sis_id
        short_name: None | str | Unset = src_dict.get("short name", UNSET)

        _new_instance.short_name = short_name
        long_name: None | str | Unset = src_dict.get("long name", UNSET)

        _new_instance.long_name = long_name
        status: None | str | Unset = src_dict.get("status", UNSET)

        _new_instance.status = status
        _created_at = src_dict.get("created at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None:
            created_at = None
        elif _created_at is UNSET:
            created_at = UNSET
        else:
            created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

            created_at = created_at_type_0

        _new_instance.created_at = created_at
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
