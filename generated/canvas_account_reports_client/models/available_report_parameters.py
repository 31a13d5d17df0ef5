from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AvailableReportParameters")

_FIELD_NAMES: frozenset[str] = frozenset(())


@_attrs_define
class AvailableReportParameters:
    """
    additional_properties (dict[str, ReportParameterInfo]): Fields the document does not
        describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    additional_properties: dict[str, ReportParameterInfo] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

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
        if src_dict.keys() <= _FIELD_NAMES:
            _new_instance.additional_properties = {}
        else:
            additional_properties: dict[str, ReportParameterInfo] = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _FIELD_NAMES:
                    continue
                additional_property = ReportParameterInfo.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            _new_instance.additional_properties = additional_properties
        return _new_instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ReportParameterInfo:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ReportParameterInfo) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other can import each other at runtime.
from ..models.report_parameter_info import ReportParameterInfo  # noqa: E402
