from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="SisExportCsvTermsRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "term_id",
        "name",
        "status",
        "start_date",
        "end_date",
    )
)


@_attrs_define
class SisExportCsvTermsRow:
    """
    Attributes:
        term_id (None | str | Unset):
        name (None | str | Unset):
        status (None | str | Unset):
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    term_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        term_id: None | str | Unset
        if isinstance(self.term_id, Unset):
            term_id = UNSET
        else:
            term_id = self.term_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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
        if term_id is not UNSET:
            field_dict["term_id"] = term_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

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
        term_id: None | str | Unset = src_dict.get("term_id", UNSET)

        _new_instance.term_id = term_id
        name: None | str | Unset = src_dict.get("name", UNSET)

        _new_instance.name = name
        status: None | str | Unset = src_dict.get("status", UNSET)

        _new_instance.status = status
        _start_date = src_dict.get("start_date", UNSET)
        start_date: datetime.datetime | None | Unset
        if _start_date is None:
            start_date = None
        elif _start_date is UNSET:
            start_date = UNSET
        else:
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date)

            start_date = start_date_type_0

        _new_instance.start_date = start_date
        _end_date = src_dict.get("end_date", UNSET)
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
