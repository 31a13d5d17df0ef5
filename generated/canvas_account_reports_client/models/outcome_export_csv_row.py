from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeExportCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "vendor_guid",
        "object_type",
        "title",
        "description",
        "friendly_description",
        "display_name",
        "calculation_method",
        "calculation_int",
        "parent_guids",
        "workflow_state",
        "mastery_points",
        "ratings",
    )
)


@_attrs_define
class OutcomeExportCsvRow:
    """Without `account_level_mastery_scales` each outcome row continues after `ratings` with
    unlabelled cells: pairs of rating points and rating description.

        Attributes:
            vendor_guid (None | str | Unset):
            object_type (None | str | Unset):
            title (None | str | Unset):
            description (None | str | Unset):
            friendly_description (None | str | Unset):
            display_name (None | str | Unset):
            calculation_method (None | str | Unset):
            calculation_int (int | None | Unset):
            parent_guids (None | str | Unset):
            workflow_state (None | str | Unset):
            mastery_points (float | None | Unset):
            ratings (None | str | Unset):
            additional_properties (dict[str, Any]): Fields the document does not
                describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    vendor_guid: None | str | Unset = UNSET
    object_type: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    friendly_description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    calculation_method: None | str | Unset = UNSET
    calculation_int: int | None | Unset = UNSET
    parent_guids: None | str | Unset = UNSET
    workflow_state: None | str | Unset = UNSET
    mastery_points: float | None | Unset = UNSET
    ratings: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        vendor_guid: None | str | Unset
        if isinstance(self.vendor_guid, Unset):
            vendor_guid = UNSET
        else:
            vendor_guid = self.vendor_guid

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        friendly_description: None | str | Unset
        if isinstance(self.friendly_description, Unset):
            friendly_description = UNSET
        else:
            friendly_description = self.friendly_description

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        calculation_method: None | str | Unset
        if isinstance(self.calculation_method, Unset):
            calculation_method = UNSET
        else:
            calculation_method = self.calculation_method

        calculation_int: int | None | Unset
        if isinstance(self.calculation_int, Unset):
            calculation_int = UNSET
        else:
            calculation_int = self.calculation_int

        parent_guids: None | str | Unset
        if isinstance(self.parent_guids, Unset):
            parent_guids = UNSET
        else:
            parent_guids = self.parent_guids

        workflow_state: None | str | Unset
        if isinstance(self.workflow_state, Unset):
            workflow_state = UNSET
        else:
            workflow_state = self.workflow_state

        mastery_points: float | None | Unset
        if isinstance(self.mastery_points, Unset):
            mastery_points = UNSET
        else:
            mastery_points = self.mastery_points

        ratings: None | str | Unset
        if isinstance(self.ratings, Unset):
            ratings = UNSET
        else:
            ratings = self.ratings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_guid is not UNSET:
            field_dict["vendor_guid"] = vendor_guid
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if friendly_description is not UNSET:
            field_dict["friendly_description"] = friendly_description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if calculation_method is not UNSET:
            field_dict["calculation_method"] = calculation_method
        if calculation_int is not UNSET:
            field_dict["calculation_int"] = calculation_int
        if parent_guids is not UNSET:
            field_dict["parent_guids"] = parent_guids
        if workflow_state is not UNSET:
            field_dict["workflow_state"] = workflow_state
        if mastery_points is not UNSET:
            field_dict["mastery_points"] = mastery_points
        if ratings is not UNSET:
            field_dict["ratings"] = ratings

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
        vendor_guid: None | str | Unset = src_dict.get("vendor_guid", UNSET)

        _new_instance.vendor_guid = vendor_guid
        object_type: None | str | Unset = src_dict.get("object_type", UNSET)

        _new_instance.object_type = object_type
        title: None | str | Unset = src_dict.get("title", UNSET)

        _new_instance.title = title
        description: None | str | Unset = src_dict.get("description", UNSET)

        _new_instance.description = description
        friendly_description: None | str | Unset = src_dict.get("friendly_description", UNSET)

        _new_instance.friendly_description = friendly_description
        display_name: None | str | Unset = src_dict.get("display_name", UNSET)

        _new_instance.display_name = display_name
        calculation_method: None | str | Unset = src_dict.get("calculation_method", UNSET)

        _new_instance.calculation_method = calculation_method
        calculation_int: int | None | Unset = src_dict.get("calculation_int", UNSET)

        _new_instance.calculation_int = calculation_int
        parent_guids: None | str | Unset = src_dict.get("parent_guids", UNSET)

        _new_instance.parent_guids = parent_guids
        workflow_state: None | str | Unset = src_dict.get("workflow_state", UNSET)

        _new_instance.workflow_state = workflow_state
        mastery_points: float | None | Unset = src_dict.get("mastery_points", UNSET)

        _new_instance.mastery_points = mastery_points
        ratings: None | str | Unset = src_dict.get("ratings", UNSET)

        _new_instance.ratings = ratings
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
