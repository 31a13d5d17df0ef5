from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartReportRequest")


@_attrs_define
class StartReportRequest:
    """JSON body of startReport. `parameters` keeps JSON types (`true`, `12`).

    Example:
        {'parameters': {'users': True, 'courses': True, 'enrollment_term_id': 12}}

    Attributes:
        parameters (ReportParameters | Unset): A report's parameters: every key the client sent, stored as sent (form
            values as strings, JSON
            values with their JSON types), plus `locale` (added when the job starts) and `extra_text` (added
            by the report code). The known keys below are illustrative and loosely typed: Canvas enforces
            none of them, and reports accept keys not listed here.
             Example: {'users': 'true', 'courses': 'true', 'enrollment_term_id': '12', 'locale': 'en'}.
    """

    parameters: ReportParameters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

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
        _parameters = src_dict.get("parameters", UNSET)
        parameters: ReportParameters | Unset
        if _parameters is UNSET:
            parameters = UNSET
        else:
            parameters = ReportParameters.from_dict(_parameters)

        _new_instance.parameters = parameters
        return _new_instance


# Imported after the class so that models referring to each other can import each other at runtime.
from ..models.report_parameters import ReportParameters  # noqa: E402
