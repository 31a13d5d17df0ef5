from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisioningCsvXlistRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "canvas_xlist_course_id",
        "xlist_course_id",
        "canvas_section_id",
        "section_id",
        "status",
        "canvas_nonxlist_course_id",
        "nonxlist_course_id",
    )
)


@_attrs_define
class ProvisioningCsvXlistRow:
    """
    Attributes:
        canvas_xlist_course_id (int | None | Unset):
        xlist_course_id (None | str | Unset):
        canvas_section_id (int | None | Unset):
        section_id (None | str | Unset):
        status (None | str | Unset):
        canvas_nonxlist_course_id (int | None | Unset):
        nonxlist_course_id (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    canvas_xlist_course_id: int | None | Unset = UNSET
    xlist_course_id: None | str | Unset = UNSET
    canvas_section_id: int | None | Unset = UNSET
    section_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    canvas_nonxlist_course_id: int | None | Unset = UNSET
    nonxlist_course_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        canvas_xlist_course_id: int | None | Unset
        if isinstance(self.canvas_xlist_course_id, Unset):
            canvas_xlist_course_id = UNSET
        else:
            canvas_xlist_course_id = self.canvas_xlist_course_id

        xlist_course_id: None | str | Unset
        if isinstance(self.xlist_course_id, Unset):
            xlist_course_id = UNSET
        else:
            xlist_course_id = self.xlist_course_id

        canvas_section_id: int | None | Unset
        if isinstance(self.canvas_section_id, Unset):
            canvas_section_id = UNSET
        else:
            canvas_section_id = self.canvas_section_id

        section_id: None | str | Unset
        if isinstance(self.section_id, Unset):
            section_id = UNSET
        else:
            section_id = self.section_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        canvas_nonxlist_course_id: int | None | Unset
        if isinstance(self.canvas_nonxlist_course_id, Unset):
            canvas_nonxlist_course_id = UNSET
        else:
            canvas_nonxlist_course_id = self.canvas_nonxlist_course_id

        nonxlist_course_id: None | str | Unset
        if isinstance(self.nonxlist_course_id, Unset):
            nonxlist_course_id = UNSET
        else:
            nonxlist_course_id = self.nonxlist_course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if canvas_xlist_course_id is not UNSET:
            field_dict["canvas_xlist_course_id"] = canvas_xlist_course_id
        if xlist_course_id is not UNSET:
            field_dict["xlist_course_id"] = xlist_course_id
        if canvas_section_id is not UNSET:
            field_dict["canvas_section_id"] = canvas_section_id
        if section_id is not UNSET:
            field_dict["section_id"] = section_id
        if status is not UNSET:
            field_dict["status"] = status
        if canvas_nonxlist_course_id is not UNSET:
            field_dict["canvas_nonxlist_course_id"] = canvas_nonxlist_course_id
        if nonxlist_course_id is not UNSET:
            field_dict["nonxlist_course_id"] = nonxlist_course_id

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
        canvas_xlist_course_id: int | None | Unset = src_dict.get("canvas_xlist_course_id", UNSET)

        _new_instance.canvas_xlist_course_id = canvas_xlist_course_id
        xlist_course_id: None | str | Unset = src_dict.get("xlist_course_id", UNSET)

        _new_instance.xlist_course_id = xlist_course_id
        canvas_section_id: int | None | Unset = src_dict.get("canvas_section_id", UNSET)

        _new_instance.canvas_section_id = canvas_section_id
        section_id: None | str | Unset = src_dict.get("section_id", UNSET)

        _new_instance.section_id = section_id
        status: None | str | Unset = src_dict.get("status", UNSET)

        _new_instance.status = status
        canvas_nonxlist_course_id: int | None | Unset = src_dict.get("canvas_nonxlist_course_id", UNSET)

        _new_instance.canvas_nonxlist_course_id = canvas_nonxlist_course_id
        nonxlist_course_id: None | str | Unset = src_dict.get("nonxlist_course_id", UNSET)

        _new_instance.nonxlist_course_id = nonxlist_course_id
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
