from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="ErrorMessage")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "message",
        "error_code",
        "expired_at",
    )
)


@_attrs_define
class ErrorMessage:
    """One error message.

    Attributes:
        message (str):  Example: The specified resource does not exist..
        error_code (str | Unset):  Example: internal_server_error.
        expired_at (datetime.datetime | None | Unset): When an expired token expired (may be `null`). Example:
            2026-01-31T00:00:00Z.
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    message: str
    error_code: str | Unset = UNSET
    expired_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        message = self.message

        error_code = self.error_code

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = format_datetime(self.expired_at)
        else:
            expired_at = self.expired_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at

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
        _new_instance.message = src_dict["message"]
        _new_instance.error_code = src_dict.get("error_code", UNSET)
        _expired_at = src_dict.get("expired_at", UNSET)
        expired_at: datetime.datetime | None | Unset
        if _expired_at is None:
            expired_at = None
        elif _expired_at is UNSET:
            expired_at = UNSET
        else:
            expired_at_type_0 = datetime.datetime.fromisoformat(_expired_at)

            expired_at = expired_at_type_0

        _new_instance.expired_at = expired_at
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
