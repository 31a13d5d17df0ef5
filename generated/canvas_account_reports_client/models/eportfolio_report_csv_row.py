from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EportfolioReportCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "eportfolio_name",
        "eportfolio_id",
        "author_name",
        "author_id",
        "author_sis_id",
        "author_login_id",
        "created_at",
        "updated_at",
        "is_public",
        "workflow_state",
    )
)


@_attrs_define
class EportfolioReportCsvRow:
    """
    Attributes:
        eportfolio_name (None | str | Unset):
        eportfolio_id (int | None | Unset):
        author_name (None | str | Unset):
        author_id (int | None | Unset):
        author_sis_id (None | str | Unset):
        author_login_id (None | str | Unset):
        created_at (None | str | Unset): Ruby `Time#to_s` (`2026-02-10 16:15:02 UTC`), not ISO 8601.
        updated_at (None | str | Unset): Ruby `Time#to_s` (`2026-02-10 16:15:02 UTC`), not ISO 8601.
        is_public (bool | None | Unset):
        workflow_state (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    eportfolio_name: None | str | Unset = UNSET
    eportfolio_id: int | None | Unset = UNSET
    author_name: None | str | Unset = UNSET
    author_id: int | None | Unset = UNSET
    author_sis_id: None | str | Unset = UNSET
    author_login_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    is_public: bool | None | Unset = UNSET
    workflow_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        eportfolio_name: None | str | Unset
        if isinstance(self.eportfolio_name, Unset):
            eportfolio_name = UNSET
        else:
            eportfolio_name = self.eportfolio_name

        eportfolio_id: int | None | Unset
        if isinstance(self.eportfolio_id, Unset):
            eportfolio_id = UNSET
        else:
            eportfolio_id = self.eportfolio_id

        author_name: None | str | Unset
        if isinstance(self.author_name, Unset):
            author_name = UNSET
        else:
            author_name = self.author_name

        author_id: int | None | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        author_sis_id: None | str | Unset
        if isinstance(self.author_sis_id, Unset):
            author_sis_id = UNSET
        else:
            author_sis_id = self.author_sis_id

        author_login_id: None | str | Unset
        if isinstance(self.author_login_id, Unset):
            author_login_id = UNSET
        else:
            author_login_id = self.author_login_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        workflow_state: None | str | Unset
        if isinstance(self.workflow_state, Unset):
            workflow_state = UNSET
        else:
            workflow_state = self.workflow_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eportfolio_name is not UNSET:
            field_dict["eportfolio_name"] = eportfolio_name
        if eportfolio_id is not UNSET:
            field_dict["eportfolio_id"] = eportfolio_id
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if author_sis_id is not UNSET:
            field_dict["author_sis_id"] = author_sis_id
        if author_login_id is not UNSET:
            field_dict["author_login_id"] = author_login_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if workflow_state is not UNSET:
            field_dict["workflow_state"] = workflow_state

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
        eportfolio_name: None | str | Unset = src_dict.get("eportfolio_name", UNSET)

        _new_instance.eportfolio_name = eportfolio_name
        eportfolio_id: int | None | Unset = src_dict.get("eportfolio_id", UNSET)

        _new_instance.eportfolio_id = eportfolio_id
        author_name: None | str | Unset = src_dict.get("author_name", UNSET)

        _new_instance.author_name = author_name
        author_id: int | None | Unset = src_dict.get("author_id", UNSET)

        _new_instance.author_id = author_id
        author_sis_id: None | str | Unset = src_dict.get("author_sis_id", UNSET)

        _new_instance.author_sis_id = author_sis_id
        author_login_id: None | str | Unset = src_dict.get("author_login_id", UNSET)

        _new_instance.author_login_id = author_login_id
        created_at: None | str | Unset = src_dict.get("created_at", UNSET)

        _new_instance.created_at = created_at
        updated_at: None | str | Unset = src_dict.get("updated_at", UNSET)

        _new_instance.updated_at = updated_at
        is_public: bool | None | Unset = src_dict.get("is_public", UNSET)

        _new_instance.is_public = is_public
        workflow_state: None | str | Unset = src_dict.get("workflow_state", UNSET)

        _new_instance.workflow_state = workflow_state
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
