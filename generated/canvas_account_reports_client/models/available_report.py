from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableReport")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "title",
        "parameters",
        "report",
        "last_run",
        "description_html",
        "parameters_html",
    )
)


@_attrs_define
class AvailableReport:
    """One report type the account can run.

    Attributes:
        title (str): Human-readable title, localised into the caller's locale. Example: Provisioning.
        parameters (AvailableReportParameters | None): The report's parameters by name, or `null` when it has none.
            Example: {'enrollment_term_id': {'required': True, 'description': 'The canvas id of the term to get grades
            from'}}.
        report (str): The report type, to use in the other operations' paths. Example: provisioning_csv.
        last_run (None | Report | Unset): The newest non-deleted run of this type for this account, in any state; `null`
            if none. Not sent by older Canvas.
        description_html (str | Unset): HTML description; only with `include[]=description_html`, and only if the report
            has one. Example: <p>Exports the SIS-format CSVs of the selected objects.</p>.
        parameters_html (str | Unset): HTML form for the parameters; only with `include[]=parameters_html`, and only if
            the report has one. Example: <form id="provisioning_csv_form" class="run_report_form"
            action="/api/v1/accounts/1/reports/provisioning_csv"></form>.
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    title: str
    parameters: AvailableReportParameters | None
    report: str
    last_run: None | Report | Unset = UNSET
    description_html: str | Unset = UNSET
    parameters_html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        title = self.title

        parameters: dict[str, Any] | None
        if isinstance(self.parameters, AvailableReportParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        report = self.report

        last_run: dict[str, Any] | None | Unset
        if isinstance(self.last_run, Unset):
            last_run = UNSET
        elif isinstance(self.last_run, Report):
            last_run = self.last_run.to_dict()
        else:
            last_run = self.last_run

        description_html = self.description_html

        parameters_html = self.parameters_html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "parameters": parameters,
                "report": report,
            }
        )
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if parameters_html is not UNSET:
            field_dict["parameters_html"] = parameters_html

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
        _new_instance.title = src_dict["title"]
        _parameters = src_dict["parameters"]
        parameters: AvailableReportParameters | None
        if _parameters is None:
            parameters = None
        else:
            parameters_type_0 = AvailableReportParameters.from_dict(_parameters)

            parameters = parameters_type_0

        _new_instance.parameters = parameters
        _new_instance.report = src_dict["report"]
        _last_run = src_dict.get("last_run", UNSET)
        last_run: None | Report | Unset
        if _last_run is None:
            last_run = None
        elif _last_run is UNSET:
            last_run = UNSET
        else:
            last_run_type_0 = Report.from_dict(_last_run)

            last_run = last_run_type_0

        _new_instance.last_run = last_run
        _new_instance.description_html = src_dict.get("description_html", UNSET)
        _new_instance.parameters_html = src_dict.get("parameters_html", UNSET)
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
from ..models.available_report_parameters import AvailableReportParameters  # noqa: E402
from ..models.report import Report  # noqa: E402
