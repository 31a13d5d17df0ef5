from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartReportRequest")


@_attrs_define
class StartReportRequest:
    """JSON body of startReport. `parameters` keeps JSON types (`true`, `12`); `null` or no
    `parameters` at all stores `{}`.

        Example:
            {'parameters': {'users': True, 'courses': True, 'enrollment_term_id': 12}}

        Attributes:
            parameters (None | StartReportParameters | Unset):
    """

    parameters: None | StartReportParameters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, StartReportParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

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
        parameters: None | StartReportParameters | Unset
        if _parameters is None:
            parameters = None
        elif _parameters is UNSET:
            parameters = UNSET
        else:
            parameters_type_0 = StartReportParameters.from_dict(_parameters)

            parameters = parameters_type_0

        _new_instance.parameters = parameters
        return _new_instance


# Imported after the class so that models referring to each other can import each other at runtime.
from ..models.start_report_parameters import StartReportParameters  # noqa: E402
