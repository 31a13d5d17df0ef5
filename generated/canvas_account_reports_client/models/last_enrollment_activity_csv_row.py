from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="LastEnrollmentActivityCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "user id",
        "user name",
        "last activity at",
    )
)


@_attrs_define
class LastEnrollmentActivityCsvRow:
    """
    Attributes:
        user_id (int | None | Unset):
        user_name (None | str | Unset):
        last_activity_at (datetime.datetime | None | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    user_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    last_activity_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        last_activity_at: None | str | Unset
        if isinstance(self.last_activity_at, Unset):
            last_activity_at = UNSET
        elif isinstance(self.last_activity_at, datetime.datetime):
            last_activity_at = format_datetime(self.last_activity_at)
        else:
            last_activity_at = self.last_activity_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user id"] = user_id
        if user_name is not UNSET:
            field_dict["user name"] = user_name
        if last_activity_at is not UNSET:
            field_dict["last activity at"] = last_activity_at

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
        user_name: None | str | Unset = src_dict.get("user name", UNSET)

        _new_instance.user_name = user_name
        _last_activity_at = src_dict.get("last activity at", UNSET)
        last_activity_at: datetime.datetime | None | Unset
        if _last_activity_at is None:
            last_activity_at = None
        elif _last_activity_at is UNSET:
            last_activity_at = UNSET
        else:
            last_activity_at_type_0 = datetime.datetime.fromisoformat(_last_activity_at)

            last_activity_at = last_activity_at_type_0

        _new_instance.last_activity_at = last_activity_at
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
