from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperKeyReportCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "Global ID",
        "Key Name",
        "Inherited from Parent Account",
        "Contact Info",
        "Key Type",
        "Placements",
        "Status",
        "Permitted API Endpoints",
    )
)


@_attrs_define
class DeveloperKeyReportCsvRow:
    """
    Attributes:
        global_id (int | None | Unset):
        key_name (None | str | Unset):
        inherited_from_parent_account (None | str | Unset):
        contact_info (None | str | Unset):
        key_type (None | str | Unset):
        placements (None | str | Unset):
        status (None | str | Unset):
        permitted_api_endpoints (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    global_id: int | None | Unset = UNSET
    key_name: None | str | Unset = UNSET
    inherited_from_parent_account: None | str | Unset = UNSET
    contact_info: None | str | Unset = UNSET
    key_type: None | str | Unset = UNSET
    placements: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    permitted_api_endpoints: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        global_id: int | None | Unset
        if isinstance(self.global_id, Unset):
            global_id = UNSET
        else:
            global_id = self.global_id

        key_name: None | str | Unset
        if isinstance(self.key_name, Unset):
            key_name = UNSET
        else:
            key_name = self.key_name

        inherited_from_parent_account: None | str | Unset
        if isinstance(self.inherited_from_parent_account, Unset):
            inherited_from_parent_account = UNSET
        else:
            inherited_from_parent_account = self.inherited_from_parent_account

        contact_info: None | str | Unset
        if isinstance(self.contact_info, Unset):
            contact_info = UNSET
        else:
            contact_info = self.contact_info

        key_type: None | str | Unset
        if isinstance(self.key_type, Unset):
            key_type = UNSET
        else:
            key_type = self.key_type

        placements: None | str | Unset
        if isinstance(self.placements, Unset):
            placements = UNSET
        else:
            placements = self.placements

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        permitted_api_endpoints: None | str | Unset
        if isinstance(self.permitted_api_endpoints, Unset):
            permitted_api_endpoints = UNSET
        else:
            permitted_api_endpoints = self.permitted_api_endpoints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_id is not UNSET:
            field_dict["Global ID"] = global_id
        if key_name is not UNSET:
            field_dict["Key Name"] = key_name
        if inherited_from_parent_account is not UNSET:
            field_dict["Inherited from Parent Account"] = inherited_from_parent_account
        if contact_info is not UNSET:
            field_dict["Contact Info"] = contact_info
        if key_type is not UNSET:
            field_dict["Key Type"] = key_type
        if placements is not UNSET:
            field_dict["Placements"] = placements
        if status is not UNSET:
            field_dict["Status"] = status
        if permitted_api_endpoints is not UNSET:
            field_dict["Permitted API Endpoints"] = permitted_api_endpoints

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
        global_id: int | None | Unset = src_dict.get("Global ID", UNSET)

        _new_instance.global_id = global_id
        key_name: None | str | Unset = src_dict.get("Key Name", UNSET)

        _new_instance.key_name = key_name
        inherited_from_parent_account: None | str | Unset = src_dict.get(
            "Inherited from Parent Account", UNSET
        )

        _new_instance.inherited_from_parent_account = inherited_from_parent_account
        contact_info: None | str | Unset = src_dict.get("Contact Info", UNSET)

        _new_instance.contact_info = contact_info
        key_type: None | str | Unset = src_dict.get("Key Type", UNSET)

        _new_instance.key_type = key_type
        placements: None | str | Unset = src_dict.get("Placements", UNSET)

        _new_instance.placements = placements
        status: None | str | Unset = src_dict.get("Status", UNSET)

        _new_instance.status = status
        permitted_api_endpoints: None | str | Unset = src_dict.get("Permitted API Endpoints", UNSET)

        _new_instance.permitted_api_endpoints = permitted_api_endpoints
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
