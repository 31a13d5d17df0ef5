from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisioningCsvGroupCategoriesRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "canvas_group_category_id",
        "group_category_id",
        "context_id",
        "context_type",
        "name",
        "role",
        "self_signup",
        "group_limit",
        "auto_leader",
        "status",
    )
)


@_attrs_define
class ProvisioningCsvGroupCategoriesRow:
    """
    Attributes:
        canvas_group_category_id (int | None | Unset):
        group_category_id (None | str | Unset):
        context_id (int | None | Unset):
        context_type (None | str | Unset):
        name (None | str | Unset):
        role (None | str | Unset):
        self_signup (None | str | Unset):
        group_limit (int | None | Unset):
        auto_leader (None | str | Unset):
        status (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    canvas_group_category_id: int | None | Unset = UNSET
    group_category_id: None | str | Unset = UNSET
    context_id: int | None | Unset = UNSET
    context_type: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    self_signup: None | str | Unset = UNSET
    group_limit: int | None | Unset = UNSET
    auto_leader: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        canvas_group_category_id: int | None | Unset
        if isinstance(self.canvas_group_category_id, Unset):
            canvas_group_category_id = UNSET
        else:
            canvas_group_category_id = self.canvas_group_category_id

        group_category_id: None | str | Unset
        if isinstance(self.group_category_id, Unset):
            group_category_id = UNSET
        else:
            group_category_id = self.group_category_id

        context_id: int | None | Unset
        if isinstance(self.context_id, Unset):
            context_id = UNSET
        else:
            context_id = self.context_id

        context_type: None | str | Unset
        if isinstance(self.context_type, Unset):
            context_type = UNSET
        else:
            context_type = self.context_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        self_signup: None | str | Unset
        if isinstance(self.self_signup, Unset):
            self_signup = UNSET
        else:
            self_signup = self.self_signup

        group_limit: int | None | Unset
        if isinstance(self.group_limit, Unset):
            group_limit = UNSET
        else:
            group_limit = self.group_limit

        auto_leader: None | str | Unset
        if isinstance(self.auto_leader, Unset):
            auto_leader = UNSET
        else:
            auto_leader = self.auto_leader

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if canvas_group_category_id is not UNSET:
            field_dict["canvas_group_category_id"] = canvas_group_category_id
        if group_category_id is not UNSET:
            field_dict["group_category_id"] = group_category_id
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if context_type is not UNSET:
            field_dict["context_type"] = context_type
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if self_signup is not UNSET:
            field_dict["self_signup"] = self_signup
        if group_limit is not UNSET:
            field_dict["group_limit"] = group_limit
        if auto_leader is not UNSET:
            field_dict["auto_leader"] = auto_leader
        if status is not UNSET:
            field_dict["status"] = status

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
        canvas_group_category_id: int | None | Unset = src_dict.get("canvas_group_category_id", UNSET)

        _new_instance.canvas_group_category_id = canvas_group_category_id
        group_category_id: None | str | Unset = src_dict.get("group_category_id", UNSET)

        _new_instance.group_category_id = group_category_id
        context_id: int | None | Unset = src_dict.get("context_id", UNSET)

        _new_instance.context_id = context_id
        context_type: None | str | Unset = src_dict.get("context_type", UNSET)

        _new_instance.context_type = context_type
        name: None | str | Unset = src_dict.get("name", UNSET)

        _new_instance.name = name
        role: None | str | Unset = src_dict.get("role", UNSET)

        _new_instance.role = role
        self_signup: None | str | Unset = src_dict.get("self_signup", UNSET)

        _new_instance.self_signup = self_signup
        group_limit: int | None | Unset = src_dict.get("group_limit", UNSET)

        _new_instance.group_limit = group_limit
        auto_leader: None | str | Unset = src_dict.get("auto_leader", UNSET)

        _new_instance.auto_leader = auto_leader
        status: None | str | Unset = src_dict.get("status", UNSET)

        _new_instance.status = status
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
