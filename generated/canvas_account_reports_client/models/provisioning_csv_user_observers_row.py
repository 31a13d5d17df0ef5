from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisioningCsvUserObserversRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "canvas_observer_id",
        "observer_id",
        "canvas_student_id",
        "student_id",
        "status",
        "created_by_sis",
    )
)


@_attrs_define
class ProvisioningCsvUserObserversRow:
    """
    Attributes:
        canvas_observer_id (int | None | Unset):
        observer_id (None | str | Unset):
        canvas_student_id (int | None | Unset):
        student_id (None | str | Unset):
        status (None | str | Unset):
        created_by_sis (bool | None | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    canvas_observer_id: int | None | Unset = UNSET
    observer_id: None | str | Unset = UNSET
    canvas_student_id: int | None | Unset = UNSET
    student_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_by_sis: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        canvas_observer_id: int | None | Unset
        if isinstance(self.canvas_observer_id, Unset):
            canvas_observer_id = UNSET
        else:
            canvas_observer_id = self.canvas_observer_id

        observer_id: None | str | Unset
        if isinstance(self.observer_id, Unset):
            observer_id = UNSET
        else:
            observer_id = self.observer_id

        canvas_student_id: int | None | Unset
        if isinstance(self.canvas_student_id, Unset):
            canvas_student_id = UNSET
        else:
            canvas_student_id = self.canvas_student_id

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

        created_by_sis: bool | None | Unset
        if isinstance(self.created_by_sis, Unset):
            created_by_sis = UNSET
        else:
            created_by_sis = self.created_by_sis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if canvas_observer_id is not UNSET:
            field_dict["canvas_observer_id"] = canvas_observer_id
        if observer_id is not UNSET:
            field_dict["observer_id"] = observer_id
        if canvas_student_id is not UNSET:
            field_dict["canvas_student_id"] = canvas_student_id
        if student_id is not UNSET:
            field_dict["student_id"] = student_id
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
        canvas_observer_id: int | None | Unset = src_dict.get("canvas_observer_id", UNSET)

        _new_instance.canvas_observer_id = canvas_observer_id
        observer_id: None | str | Unset = src_dict.get("observer_id", UNSET)

        _new_instance.observer_id = observer_id
        canvas_student_id: int | None | Unset = src_dict.get("canvas_student_id", UNSET)

        _new_instance.canvas_student_id = canvas_student_id
        student_id: None | str | Unset = src_dict.get("student_id", UNSET)

        _new_instance.student_id = student_id
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
