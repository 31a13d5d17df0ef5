from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="CourseListCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "id",
        "sis id",
        "short name",
        "name",
        "start date",
        "end date",
    )
)


@_attrs_define
class CourseListCsvRow:
    """The course list Canvas writes for three reports with one method (CourseReports#csv): public,
    unpublished and recently deleted courses. Start and end dates are set only for courses that
    restrict enrollments to their dates.

        Attributes:
            id (int | None | Unset):
            sis_id (None | str | Unset):
            short_name (None | str | Unset):
            name (None | str | Unset):
            start_date (datetime.datetime | None | Unset):
            end_date (datetime.datetime | None | Unset):
            additional_properties (dict[str, Any]): Fields the document does not
                describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    id: int | None | Unset = UNSET
    sis_id: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        sis_id: None | str | Unset
        if isinstance(self.sis_id, Unset):
            sis_id = UNSET
        else:
            sis_id = self.sis_id

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = format_datetime(self.start_date)
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = format_datetime(self.end_date)
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sis_id is not UNSET:
            field_dict["sis id"] = sis_id
        if short_name is not UNSET:
            field_dict["short name"] = short_name
        if name is not UNSET:
            field_dict["name"] = name
        if start_date is not UNSET:
            field_dict["start date"] = start_date
        if end_date is not UNSET:
            field_dict["end date"] = end_date

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
        id: int | None | Unset = src_dict.get("id", UNSET)

        _new_instance.id = id
        sis_id: None | str | Unset = src_dict.get("sis id", UNSET)

        _new_instance.sis_id = sis_id
        short_name: None | str | Unset = src_dict.get("short name", UNSET)

        _new_instance.short_name = short_name
        name: None | str | Unset = src_dict.get("name", UNSET)

        _new_instance.name = name
        _start_date = src_dict.get("start date", UNSET)
        start_date: datetime.datetime | None | Unset
        if _start_date is None:
            start_date = None
        elif _start_date is UNSET:
            start_date = UNSET
        else:
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date)

            start_date = start_date_type_0

        _new_instance.start_date = start_date
        _end_date = src_dict.get("end date", UNSET)
        end_date: datetime.datetime | None | Unset
        if _end_date is None:
            end_date = None
        elif _end_date is UNSET:
            end_date = UNSET
        else:
            end_date_type_0 = datetime.datetime.fromisoformat(_end_date)

            end_date = end_date_type_0

        _new_instance.end_date = end_date
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
