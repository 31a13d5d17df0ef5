from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisioningCsvUsersRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "canvas_user_id",
        "user_id",
        "integration_id",
        "authentication_provider_id",
        "login_id",
        "first_name",
        "last_name",
        "full_name",
        "sortable_name",
        "short_name",
        "email",
        "status",
        "created_by_sis",
        "pronouns",
    )
)


@_attrs_define
class ProvisioningCsvUsersRow:
    """
    Attributes:
        canvas_user_id (int | None | Unset):
        user_id (None | str | Unset):
        integration_id (None | str | Unset):
        authentication_provider_id (int | None | Unset):
        login_id (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        full_name (None | str | Unset):
        sortable_name (None | str | Unset):
        short_name (None | str | Unset):
        email (None | str | Unset):
        status (None | str | Unset):
        created_by_sis (bool | None | Unset):
        pronouns (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    canvas_user_id: int | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    authentication_provider_id: int | None | Unset = UNSET
    login_id: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    sortable_name: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_by_sis: bool | None | Unset = UNSET
    pronouns: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        canvas_user_id: int | None | Unset
        if isinstance(self.canvas_user_id, Unset):
            canvas_user_id = UNSET
        else:
            canvas_user_id = self.canvas_user_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        authentication_provider_id: int | None | Unset
        if isinstance(self.authentication_provider_id, Unset):
            authentication_provider_id = UNSET
        else:
            authentication_provider_id = self.authentication_provider_id

        login_id: None | str | Unset
        if isinstance(self.login_id, Unset):
            login_id = UNSET
        else:
            login_id = self.login_id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        sortable_name: None | str | Unset
        if isinstance(self.sortable_name, Unset):
            sortable_name = UNSET
        else:
            sortable_name = self.sortable_name

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

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

        pronouns: None | str | Unset
        if isinstance(self.pronouns, Unset):
            pronouns = UNSET
        else:
            pronouns = self.pronouns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if canvas_user_id is not UNSET:
            field_dict["canvas_user_id"] = canvas_user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if authentication_provider_id is not UNSET:
            field_dict["authentication_provider_id"] = authentication_provider_id
        if login_id is not UNSET:
            field_dict["login_id"] = login_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if sortable_name is not UNSET:
            field_dict["sortable_name"] = sortable_name
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if created_by_sis is not UNSET:
            field_dict["created_by_sis"] = created_by_sis
        if pronouns is not UNSET:
            field_dict["pronouns"] = pronouns

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
        canvas_user_id: int | None | Unset = src_dict.get("canvas_user_id", UNSET)

        _new_instance.canvas_user_id = canvas_user_id
        user_id: None | str | Unset = src_dict.get("user_id", UNSET)

        _new_instance.user_id = user_id
        integration_id: None | str | Unset = src_dict.get("integration_id", UNSET)

        _new_instance.integration_id = integration_id
        authentication_provider_id: int | None | Unset = src_dict.get("authentication_provider_id", UNSET)

        _new_instance.authentication_provider_id = authentication_provider_id
        login_id: None | str | Unset = src_dict.get("login_id", UNSET)

        _new_instance.login_id = login_id
        first_name: None | str | Unset = src_dict.get("first_name", UNSET)

        _new_instance.first_name = first_name
        last_name: None | str | Unset = src_dict.get("last_name", UNSET)

        _new_instance.last_name = last_name
        full_name: None | str | Unset = src_dict.get("full_name", UNSET)

        _new_instance.full_name = full_name
        sortable_name: None | str | Unset = src_dict.get("sortable_name", UNSET)

        _new_instance.sortable_name = sortable_name
        short_name: None | str | Unset = src_dict.get("short_name", UNSET)

        _new_instance.short_name = short_name
        email: None | str | Unset = src_dict.get("email", UNSET)

        _new_instance.email = email
        status: None | str | Unset = src_dict.get("status", UNSET)

        _new_instance.status = status
        created_by_sis: bool | None | Unset = src_dict.get("created_by_sis", UNSET)

        _new_instance.created_by_sis = created_by_sis
        pronouns: None | str | Unset = src_dict.get("pronouns", UNSET)

        _new_instance.pronouns = pronouns
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
