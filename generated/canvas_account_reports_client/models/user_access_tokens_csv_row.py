from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAccessTokensCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "user id",
        "user name",
        "token hint",
        "expiration",
        "last used",
        "dev key id",
        "dev key name",
    )
)


@_attrs_define
class UserAccessTokensCsvRow:
    """
    Attributes:
        user_id (int | None | Unset):
        user_name (None | str | Unset):
        token_hint (None | str | Unset):
        expiration (None | str | Unset): ISO 8601 time, or `never`.
        last_used (None | str | Unset): ISO 8601 time, or `never`.
        dev_key_id (int | None | Unset):
        dev_key_name (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    user_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    token_hint: None | str | Unset = UNSET
    expiration: None | str | Unset = UNSET
    last_used: None | str | Unset = UNSET
    dev_key_id: int | None | Unset = UNSET
    dev_key_name: None | str | Unset = UNSET
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

        token_hint: None | str | Unset
        if isinstance(self.token_hint, Unset):
            token_hint = UNSET
        else:
            token_hint = self.token_hint

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        last_used: None | str | Unset
        if isinstance(self.last_used, Unset):
            last_used = UNSET
        else:
            last_used = self.last_used

        dev_key_id: int | None | Unset
        if isinstance(self.dev_key_id, Unset):
            dev_key_id = UNSET
        else:
            dev_key_id = self.dev_key_id

        dev_key_name: None | str | Unset
        if isinstance(self.dev_key_name, Unset):
            dev_key_name = UNSET
        else:
            dev_key_name = self.dev_key_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user id"] = user_id
        if user_name is not UNSET:
            field_dict["user name"] = user_name
        if token_hint is not UNSET:
            field_dict["token hint"] = token_hint
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if last_used is not UNSET:
            field_dict["last used"] = last_used
        if dev_key_id is not UNSET:
            field_dict["dev key id"] = dev_key_id
        if dev_key_name is not UNSET:
            field_dict["dev key name"] = dev_key_name

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
        token_hint: None | str | Unset = src_dict.get("token hint", UNSET)

        _new_instance.token_hint = token_hint
        expiration: None | str | Unset = src_dict.get("expiration", UNSET)

        _new_instance.expiration = expiration
        last_used: None | str | Unset = src_dict.get("last used", UNSET)

        _new_instance.last_used = last_used
        dev_key_id: int | None | Unset = src_dict.get("dev key id", UNSET)

        _new_instance.dev_key_id = dev_key_id
        dev_key_name: None | str | Unset = src_dict.get("dev key name", UNSET)

        _new_instance.dev_key_name = dev_key_name
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
