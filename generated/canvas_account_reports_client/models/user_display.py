from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserDisplay")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "id",
        "display_name",
        "anonymous_id",
        "avatar_image_url",
        "html_url",
        "pronouns",
        "fake_student",
    )
)


@_attrs_define
class UserDisplay:
    """The short form of a Canvas user.

    Attributes:
        id (int): The user's id. Example: 1077.
        display_name (str): The user's short name. Example: Dana Admin.
        anonymous_id (str | Unset): The id in base 36. Example: tx.
        avatar_image_url (str | Unset): Avatar URL (a fallback image when the user has none). Example:
            https://canvas.example.edu/images/messages/avatar-50.png.
        html_url (str | Unset): The user's profile page. Example: https://canvas.example.edu/users/1077.
        pronouns (None | str | Unset): The user's pronouns. Example: she/her.
        fake_student (bool | Unset): Present (true) only for test students. Example: True.
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    id: int
    display_name: str
    anonymous_id: str | Unset = UNSET
    avatar_image_url: str | Unset = UNSET
    html_url: str | Unset = UNSET
    pronouns: None | str | Unset = UNSET
    fake_student: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        id = self.id

        display_name = self.display_name

        anonymous_id = self.anonymous_id

        avatar_image_url = self.avatar_image_url

        html_url = self.html_url

        pronouns: None | str | Unset
        if isinstance(self.pronouns, Unset):
            pronouns = UNSET
        else:
            pronouns = self.pronouns

        fake_student = self.fake_student

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
            }
        )
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if avatar_image_url is not UNSET:
            field_dict["avatar_image_url"] = avatar_image_url
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if pronouns is not UNSET:
            field_dict["pronouns"] = pronouns
        if fake_student is not UNSET:
            field_dict["fake_student"] = fake_student

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
        _new_instance.id = src_dict["id"]
        _new_instance.display_name = src_dict["display_name"]
        _new_instance.anonymous_id = src_dict.get("anonymous_id", UNSET)
        _new_instance.avatar_image_url = src_dict.get("avatar_image_url", UNSET)
        _new_instance.html_url = src_dict.get("html_url", UNSET)
        pronouns: None | str | Unset = src_dict.get("pronouns", UNSET)

        _new_instance.pronouns = pronouns
        _new_instance.fake_student = src_dict.get("fake_student", UNSET)
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
