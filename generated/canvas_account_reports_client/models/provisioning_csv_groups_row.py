from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisioningCsvGroupsRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "canvas_group_id",
        "group_id",
        "canvas_group_category_id",
        "group_category_id",
        "canvas_account_id",
        "account_id",
        "canvas_course_id",
        "course_id",
        "name",
        "status",
        "created_by_sis",
        "context_id",
        "context_type",
        "max_membership",
    )
)


@_attrs_define
class ProvisioningCsvGroupsRow:
    """
    Attributes:
        canvas_group_id (int | None | Unset):
        group_id (None | str | Unset):
        canvas_group_category_id (int | None | Unset):
        group_category_id (None | str | Unset):
        canvas_account_id (int | None | Unset):
        account_id (None | str | Unset):
        canvas_course_id (int | None | Unset):
        course_id (None | str | Unset):
        name (None | str | Unset):
        status (None | str | Unset):
        created_by_sis (bool | None | Unset):
        context_id (int | None | Unset):
        context_type (None | str | Unset):
        max_membership (int | None | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    canvas_group_id: int | None | Unset = UNSET
    group_id: None | str | Unset = UNSET
    canvas_group_category_id: int | None | Unset = UNSET
    group_category_id: None | str | Unset = UNSET
    canvas_account_id: int | None | Unset = UNSET
    account_id: None | str | Unset = UNSET
    canvas_course_id: int | None | Unset = UNSET
    course_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_by_sis: bool | None | Unset = UNSET
    context_id: int | None | Unset = UNSET
    context_type: None | str | Unset = UNSET
    max_membership: int | None | Unset = UNSET
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

        canvas_account_id: int | None | Unset
        if isinstance(self.canvas_account_id, Unset):
            canvas_account_id = UNSET
        else:
            canvas_account_id = self.canvas_account_id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        canvas_course_id: int | None | Unset
        if isinstance(self.canvas_course_id, Unset):
            canvas_course_id = UNSET
        else:
            canvas_course_id = self.canvas_course_id

        course_id: None | str | Unset
        if isinstance(self.course_id, Unset):
            course_id = UNSET
        else:
            course_id = self.course_id

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

        created_by_sis: bool | None | Unset
        if isinstance(self.created_by_sis, Unset):
            created_by_sis = UNSET
        else:
            created_by_sis = self.created_by_sis

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

        max_membership: int | None | Unset
        if isinstance(self.max_membership, Unset):
            max_membership = UNSET
        else:
            max_membership = self.max_membership

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if canvas_group_id is not UNSET:
            field_dict["canvas_group_id"] = canvas_group_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if canvas_group_category_id is not UNSET:
            field_dict["canvas_group_category_id"] = canvas_group_category_id
        if group_category_id is not UNSET:
            field_dict["group_category_id"] = group_category_id
        if canvas_account_id is not UNSET:
            field_dict["canvas_account_id"] = canvas_account_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if canvas_course_id is not UNSET:
            field_dict["canvas_course_id"] = canvas_course_id
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if created_by_sis is not UNSET:
            field_dict["created_by_sis"] = created_by_sis
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if context_type is not UNSET:
            field_dict["context_type"] = context_type
        if max_membership is not UNSET:
            field_dict["max_membership"] = max_membership

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
        canvas_group_category_id: int | None | Unset = src_dict.get("canvas_group_category_id", UNSET)

        _new_instance.canvas_group_category_id = canvas_group_category_id
        group_category_id: None | str | Unset = src_dict.get("group_category_id", UNSET)

        _new_instance.group_category_id = group_category_id
        canvas_account_id: int | None | Unset = src_dict.get("canvas_account_id", UNSET)

        _new_instance.canvas_account_id = canvas_account_id
        account_id: None | str | Unset = src_dict.get("account_id", UNSET)

        _new_instance.account_id = account_id
        canvas_course_id: int | None | Unset = src_dict.get("canvas_course_id", UNSET)

        _new_instance.canvas_course_id = canvas_course_id
        course_id: None | str | Unset = src_dict.get("course_id", UNSET)

        _new_instance.course_id = course_id
        name: None | str | Unset = src_dict.get("name", UNSET)

        _new_instance.name = name
        status: None | str | Unset = src_dict.get("status", UNSET)

        _new_instance.status = status
        created_by_sis: bool | None | Unset = src_dict.get("created_by_sis", UNSET)

        _new_instance.created_by_sis = created_by_sis
        context_id: int | None | Unset = src_dict.get("context_id", UNSET)

        _new_instance.context_id = context_id
        context_type: None | str | Unset = src_dict.get("context_type", UNSET)

        _new_instance.context_type = context_type
        max_membership: int | None | Unset = src_dict.get("max_membership", UNSET)

        _new_instance.max_membership = max_membership
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
