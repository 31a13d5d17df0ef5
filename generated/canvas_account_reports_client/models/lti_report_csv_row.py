from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtiReportCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "context_type",
        "context_id",
        "account_name",
        "course_name",
        "tool_id",
        "tool_type_name",
        "tool_type_id",
        "tool_created_at",
        "privacy_level",
        "launch_url",
        "custom_fields",
    )
)


@_attrs_define
class LtiReportCsvRow:
    """
    Attributes:
        context_type (None | str | Unset):
        context_id (int | None | Unset):
        account_name (None | str | Unset):
        course_name (None | str | Unset):
        tool_id (int | None | Unset): The external tool's Canvas id.
        tool_type_name (None | str | Unset):
        tool_type_id (None | str | Unset): The tool's own `tool_id` string.
        tool_created_at (None | str | Unset): Ruby `Time#to_s` (`2026-02-10 16:15:02 UTC`), not ISO 8601.
        privacy_level (None | str | Unset):
        launch_url (None | str | Unset):
        custom_fields (None | str | Unset): The tool's custom fields as Ruby prints a Hash (`{"key"=>"value"}`).
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    context_type: None | str | Unset = UNSET
    context_id: int | None | Unset = UNSET
    account_name: None | str | Unset = UNSET
    course_name: None | str | Unset = UNSET
    tool_id: int | None | Unset = UNSET
    tool_type_name: None | str | Unset = UNSET
    tool_type_id: None | str | Unset = UNSET
    tool_created_at: None | str | Unset = UNSET
    privacy_level: None | str | Unset = UNSET
    launch_url: None | str | Unset = UNSET
    custom_fields: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        context_type: None | str | Unset
        if isinstance(self.context_type, Unset):
            context_type = UNSET
        else:
            context_type = self.context_type

        context_id: int | None | Unset
        if isinstance(self.context_id, Unset):
            context_id = UNSET
        else:
            context_id = self.context_id

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        course_name: None | str | Unset
        if isinstance(self.course_name, Unset):
            course_name = UNSET
        else:
            course_name = self.course_name

        tool_id: int | None | Unset
        if isinstance(self.tool_id, Unset):
            tool_id = UNSET
        else:
            tool_id = self.tool_id

        tool_type_name: None | str | Unset
        if isinstance(self.tool_type_name, Unset):
            tool_type_name = UNSET
        else:
            tool_type_name = self.tool_type_name

        tool_type_id: None | str | Unset
        if isinstance(self.tool_type_id, Unset):
            tool_type_id = UNSET
        else:
            tool_type_id = self.tool_type_id

        tool_created_at: None | str | Unset
        if isinstance(self.tool_created_at, Unset):
            tool_created_at = UNSET
        else:
            tool_created_at = self.tool_created_at

        privacy_level: None | str | Unset
        if isinstance(self.privacy_level, Unset):
            privacy_level = UNSET
        else:
            privacy_level = self.privacy_level

        launch_url: None | str | Unset
        if isinstance(self.launch_url, Unset):
            launch_url = UNSET
        else:
            launch_url = self.launch_url

        custom_fields: None | str | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_type is not UNSET:
            field_dict["context_type"] = context_type
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if course_name is not UNSET:
            field_dict["course_name"] = course_name
        if tool_id is not UNSET:
            field_dict["tool_id"] = tool_id
        if tool_type_name is not UNSET:
            field_dict["tool_type_name"] = tool_type_name
        if tool_type_id is not UNSET:
            field_dict["tool_type_id"] = tool_type_id
        if tool_created_at is not UNSET:
            field_dict["tool_created_at"] = tool_created_at
        if privacy_level is not UNSET:
            field_dict["privacy_level"] = privacy_level
        if launch_url is not UNSET:
            field_dict["launch_url"] = launch_url
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

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
        context_type: None | str | Unset = src_dict.get("context_type", UNSET)

        _new_instance.context_type = context_type
        context_id: int | None | Unset = src_dict.get("context_id", UNSET)

        _new_instance.context_id = context_id
        account_name: None | str | Unset = src_dict.get("account_name", UNSET)

        _new_instance.account_name = account_name
        course_name: None | str | Unset = src_dict.get("course_name", UNSET)

        _new_instance.course_name = course_name
        tool_id: int | None | Unset = src_dict.get("tool_id", UNSET)

        _new_instance.tool_id = tool_id
        tool_type_name: None | str | Unset = src_dict.get("tool_type_name", UNSET)

        _new_instance.tool_type_name = tool_type_name
        tool_type_id: None | str | Unset = src_dict.get("tool_type_id", UNSET)

        _new_instance.tool_type_id = tool_type_id
        tool_created_at: None | str | Unset = src_dict.get("tool_created_at", UNSET)

        _new_instance.tool_created_at = tool_created_at
        privacy_level: None | str | Unset = src_dict.get("privacy_level", UNSET)

        _new_instance.privacy_level = privacy_level
        launch_url: None | str | Unset = src_dict.get("launch_url", UNSET)

        _new_instance.launch_url = launch_url
        custom_fields: None | str | Unset = src_dict.get("custom_fields", UNSET)

        _new_instance.custom_fields = custom_fields
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
