from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtiReportCsvParameters")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "include_deleted",
        "skip_message",
        "extra_text",
        "locale",
    )
)


@_attrs_define
class LtiReportCsvParameters:
    """What `lti_report_csv` reads from `parameters`; usable as a typed start body.

    Attributes:
        include_deleted (bool | int | None | str | Unset): A report flag Canvas reads with `value_to_boolean`: JSON
            `true`/`false`; the strings
            `yes`, `y`, `true`, `t`, `on`, `1` (true) and `no`, `n`, `false`, `f`, `off`, `0` (false); any other
            string or integer is true when its integer value is non-zero. Absent or `null` is false.
             Example: True.
        skip_message (bool | int | None | str | Unset): Suppresses the "report generated" notification when set. Canvas
            reads the raw value's
            truthiness: any value but `null` and JSON `false`, even `"false"` or `""`, suppresses it.
             Example: True.
        extra_text (None | str | Unset): Free text; Canvas appends its own summary of the settings (or a failure notice)
            to it.
        locale (None | str | Unset): The locale the report ran in; Canvas writes it when the job starts, replacing any
            value sent.
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    include_deleted: bool | int | None | str | Unset = UNSET
    skip_message: bool | int | None | str | Unset = UNSET
    extra_text: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        include_deleted: bool | int | None | str | Unset
        if isinstance(self.include_deleted, Unset):
            include_deleted = UNSET
        else:
            include_deleted = self.include_deleted

        skip_message: bool | int | None | str | Unset
        if isinstance(self.skip_message, Unset):
            skip_message = UNSET
        else:
            skip_message = self.skip_message

        extra_text: None | str | Unset
        if isinstance(self.extra_text, Unset):
            extra_text = UNSET
        else:
            extra_text = self.extra_text

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_deleted is not UNSET:
            field_dict["include_deleted"] = include_deleted
        if skip_message is not UNSET:
            field_dict["skip_message"] = skip_message
        if extra_text is not UNSET:
            field_dict["extra_text"] = extra_text
        if locale is not UNSET:
            field_dict["locale"] = locale

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
        include_deleted: bool | int | None | str | Unset = src_dict.get("include_deleted", UNSET)

        _new_instance.include_deleted = include_deleted
        skip_message: bool | int | None | str | Unset = src_dict.get("skip_message", UNSET)

        _new_instance.skip_message = skip_message
        extra_text: None | str | Unset = src_dict.get("extra_text", UNSET)

        _new_instance.extra_text = extra_text
        locale: None | str | Unset = src_dict.get("locale", UNSET)

        _new_instance.locale = locale
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
