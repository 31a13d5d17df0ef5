from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SisExportCsvUserObserversRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "observer_id",
        "student_id",
        "status",
    )
)


@_attrs_define
class SisExportCsvUserObserversRow:
    """
    Attributes:
        observer_id (None | str | Unset):
        student_id (None | str | Unset):
        status (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    observer_id: None | str | Unset = UNSET
    student_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        observer_id: None | str | Unset
        if isinstance(self.observer_id, Unset):
            observer_id = UNSET
        else:
            observer_id = self.observer_id

        student_id: None | str | Unset
        if isinstance(self.student_id, Unset):
            student_id = UNSET
        else:
            student_id = self.student_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if observer_id is not UNSET:
            field_dict["observer_id"] = observer_id
        if student_id is not UNSET:
            field_dict["student_id"] = student_id
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
        observer_id: None | str | Unset = src_dict.get("observer_id", UNSET)

        _new_instance.observer_id = observer_id
        student_id: None | str | Unset = src_dict.get("student_id", UNSET)

        _new_instance.student_id = student_id
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
