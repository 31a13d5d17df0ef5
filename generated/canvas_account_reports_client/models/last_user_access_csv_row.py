from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="LastUserAccessCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "user id",
        "user sis id",
        "user name",
        "last access at",
        "last ip",
    )
)


@_attrs_define
class LastUserAccessCsvRow:
    """
    Attributes:
        user_id (int | None | Unset):
        user_sis_id (None | str | Unset):
        user_name (None | str | Unset):
        last_access_at (datetime.datetime | None | Unset):
        last_ip (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    user_id: int | None | Unset = UNSET
    user_sis_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    last_access_at: datetime.datetime | None | Unset = UNSET
    last_ip: None | str | Unset = UNSET
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

        last_access_at: None | str | Unset
        if isinstance(self.last_access_at, Unset):
            last_access_at = UNSET
        elif isinstance(self.last_access_at, datetime.datetime):
            last_access_at = format_datetime(self.last_access_at)
        else:
            last_access_at = self.last_access_at

        last_ip: None | str | Unset
        if isinstance(self.last_ip, Unset):
            last_ip = UNSET
        else:
            last_ip = self.last_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user id"] = user_id
        if user_sis_id is not UNSET:
            field_dict["user sis id"] = user_sis_id
        if user_name is not UNSET:
            field_dict["user name"] = user_name
        if last_access_at is not UNSET:
            field_dict["last access at"] = last_access_at
        if last_ip is not UNSET:
            field_dict["last ip"] = last_ip

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
        _last_access_at = src_dict.get("last access at", UNSET)
        last_access_at: datetime.datetime | None | Unset
        if _last_access_at is None:
            last_access_at = None
        elif _last_access_at is UNSET:
            last_access_at = UNSET
        else:
            last_access_at_type_0 = datetime.datetime.fromisoformat(_last_access_at)

            last_access_at = last_access_at_type_0

        _new_instance.last_access_at = last_access_at
        last_ip: None | str | Unset = src_dict.get("last ip", UNSET)

        _new_instance.last_ip = last_ip
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
