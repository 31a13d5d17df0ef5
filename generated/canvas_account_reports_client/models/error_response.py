from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "errors",
        "status",
        "error_report_id",
    )
)


@_attrs_define
class ErrorResponse:
    """Canvas's usual error body. `errors` is a list of messages, except for a bad masquerading
    `as_user_id`, where it is a plain string. `status` is `unauthenticated` (no credentials) or
    `unauthorized` (lacks `read_reports`) when present.

        Attributes:
            errors (list[ErrorMessage] | str):
            status (str | Unset): `unauthenticated` or `unauthorized`, on the permission errors only. Example: unauthorized.
            error_report_id (int | Unset): Id of the logged error report (500 only, when one was logged). Example: 123.
            additional_properties (dict[str, Any]): Fields the document does not
                describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    errors: list[ErrorMessage] | str
    status: str | Unset = UNSET
    error_report_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        errors: list[dict[str, Any]] | str
        if isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        status = self.status

        error_report_id = self.error_report_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if error_report_id is not UNSET:
            field_dict["error_report_id"] = error_report_id

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
        _errors = src_dict["errors"]
        errors: list[ErrorMessage] | str
        if isinstance(_errors, list):
            errors_type_0 = [ErrorMessage.from_dict(item) for item in _errors]

            errors = errors_type_0
        else:
            errors = _errors

        _new_instance.errors = errors
        _new_instance.status = src_dict.get("status", UNSET)
        _new_instance.error_report_id = src_dict.get("error_report_id", UNSET)
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


# Imported after the class so that models referring to each other can import each other at runtime.
from ..models.error_message import ErrorMessage  # noqa: E402
