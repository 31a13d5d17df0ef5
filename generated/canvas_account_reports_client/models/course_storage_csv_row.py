from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseStorageCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "id",
        "sis id",
        "short name",
        "name",
        "account id",
        "account sis id",
        "account name",
        "storage used in MB",
        "sum of all files in MB",
    )
)


@_attrs_define
class CourseStorageCsvRow:
    """
    Attributes:
        id (int | None | Unset):
        sis_id (None | str | Unset):
        short_name (None | str | Unset):
        name (None | str | Unset):
        account_id (int | None | Unset):
        account_sis_id (None | str | Unset):
        account_name (None | str | Unset):
        storage_used_in_mb (float | None | Unset):
        sum_of_all_files_in_mb (float | None | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    id: int | None | Unset = UNSET
    sis_id: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    account_id: int | None | Unset = UNSET
    account_sis_id: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    storage_used_in_mb: float | None | Unset = UNSET
    sum_of_all_files_in_mb: float | None | Unset = UNSET
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

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_sis_id: None | str | Unset
        if isinstance(self.account_sis_id, Unset):
            account_sis_id = UNSET
        else:
            account_sis_id = self.account_sis_id

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        storage_used_in_mb: float | None | Unset
        if isinstance(self.storage_used_in_mb, Unset):
            storage_used_in_mb = UNSET
        else:
            storage_used_in_mb = self.storage_used_in_mb

        sum_of_all_files_in_mb: float | None | Unset
        if isinstance(self.sum_of_all_files_in_mb, Unset):
            sum_of_all_files_in_mb = UNSET
        else:
            sum_of_all_files_in_mb = self.sum_of_all_files_in_mb

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
        if account_id is not UNSET:
            field_dict["account id"] = account_id
        if account_sis_id is not UNSET:
            field_dict["account sis id"] = account_sis_id
        if account_name is not UNSET:
            field_dict["account name"] = account_name
        if storage_used_in_mb is not UNSET:
            field_dict["storage used in MB"] = storage_used_in_mb
        if sum_of_all_files_in_mb is not UNSET:
            field_dict["sum of all files in MB"] = sum_of_all_files_in_mb

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
        account_id: int | None | Unset = src_dict.get("account id", UNSET)

        _new_instance.account_id = account_id
        account_sis_id: None | str | Unset = src_dict.get("account sis id", UNSET)

        _new_instance.account_sis_id = account_sis_id
        account_name: None | str | Unset = src_dict.get("account name", UNSET)

        _new_instance.account_name = account_name
        storage_used_in_mb: float | None | Unset = src_dict.get("storage used in MB", UNSET)

        _new_instance.storage_used_in_mb = storage_used_in_mb
        sum_of_all_files_in_mb: float | None | Unset = src_dict.get("sum of all files in MB", UNSET)

        _new_instance.sum_of_all_files_in_mb = sum_of_all_files_in_mb
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
