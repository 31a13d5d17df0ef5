from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisioningCsvGroupMembershipRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "canvas_group_id",
        "group_id",
        "canvas_user_id",
        "user_id",
        "status",
        "created_by_sis",
    )
)


@_attrs_define
class ProvisioningCsvGroupMembershipRow:
    """
    Attributes:
        canvas_group_id (int | None | Unset):
        group_id (None | str | Unset):
        canvas_user_id (int | None | Unset):
        user_id (None | str | Unset):
        status (None | str | Unset):
        created_by_sis (bool | None | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    canvas_group_id: int | None | Unset = UNSET
    group_id: None | str | Unset = UNSET
    canvas_user_id: int | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_by_sis: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        canvas_group_id: int | None | Unset
        if isinstance(self.canvas_group_id, Unset):
            canvas_group_id = UNSET
        else:
            canvas_group_id = self.canvas_group_id

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        canvas_user_id: int | None | Unset
        if isinstance(self.canvas_user_id, Unset):
            canvas_user_id = UNSET
        else:
            canvas_user_id = self.canvas_user_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_by_sis: bool | None | Unset
        if isinstance(self.created_by_sis, Unset):
            created_by_sis = UNSET
        else:
            created_by_sis = self.created_by_sis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if canvas_group_id is not UNSET:
            field_dict["canvas_group_id"] = canvas_group_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if canvas_user_id is not UNSET:
            field_dict["canvas_user_id"] = canvas_user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_by_sis is not UNSET:
            field_dict["created_by_sis"] = created_by_sis

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
        canvas_group_id: int | None | Unset = src_dict.get("canvas_group_id", UNSET)

        _new_instance.canvas_group_id = canvas_group_id
        group_id: None | str | Unset = src_dict.get("group_id", UNSET)

        _new_instance.group_id = group_id
        canvas_user_id: int | None | Unset = src_dict.get("canvas_user_id", UNSET)

        _new_instance.canvas_user_id = canvas_user_id
        user_id: None | str | Unset = src_dict.get("user_id", UNSET)

        _new_instance.user_id = user_id
        status: None | str | Unset = src_dict.get("status", UNSET)

        _new_instance.status = status
        created_by_sis: bool | None | Unset = src_dict.get("created_by_sis", UNSET)

        _new_instance.created_by_sis = created_by_sis
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
