from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="Attachment")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "id",
        "display_name",
        "filename",
        "content-type",
        "url",
        "size",
        "created_at",
        "updated_at",
        "uuid",
        "folder_id",
        "upload_status",
        "modified_at",
        "unlock_at",
        "lock_at",
        "locked",
        "hidden",
        "hidden_for_user",
        "locked_for_user",
        "thumbnail_url",
        "mime_class",
        "media_entry_id",
        "category",
    )
)


@_attrs_define
class Attachment:
    """Canvas's File object for the report's file. Its timestamps are UTC. Canvas may add fields
    (`lock_info`, `lock_explanation`, `visibility_level` when relevant).

        Attributes:
            id (int): The file's id. Example: 90311.
            display_name (str): File name shown to users; don't parse it. Example: provisioning_csv_10_Feb_2026_4821.zip.
            filename (str): Stored file name; don't parse it. Example: provisioning_csv_10_Feb_2026_4821.zip.
            content_type (str): `text/csv` (one CSV), `application/zip` (several CSVs) or `text/rtf`. Example:
                application/zip.
            url (str): Download URL, or `""` when locked for the user. Example: https://canvas.example.edu/files/90311/downl
                oad?download_frd=1&verifier=u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzd.
            size (int): Size in bytes. Example: 412877.
            created_at (datetime.datetime): When the file was created (UTC). Example: 2026-02-10T16:15:31Z.
            updated_at (datetime.datetime): When the file was last updated (UTC). Example: 2026-02-10T16:15:31Z.
            uuid (str | Unset): Random token, also the `verifier` in `url`; left out when the root account deprecates it.
                Example: u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzd.
            folder_id (int | None | Unset): The folder holding the file. Example: 5120.
            upload_status (str | Unset): Upload state; `success` for reports. Example: success.
            modified_at (datetime.datetime | Unset): When the file's content last changed (UTC). Example:
                2026-02-10T16:15:31Z.
            unlock_at (datetime.datetime | None | Unset): When the file unlocks.
            lock_at (datetime.datetime | None | Unset): When the file locks.
            locked (bool | Unset): Whether the file is locked. Example: False.
            hidden (bool | Unset): Whether the file is hidden. Example: False.
            hidden_for_user (bool | Unset): Whether the file is hidden for the caller. Example: False.
            locked_for_user (bool | Unset): Whether the file is locked for the caller. Example: False.
            thumbnail_url (None | str | Unset): `null` for CSV and zip files; `""` when locked.
            mime_class (str | Unset): Coarse file class, e.g. `file` or `zip`. Example: zip.
            media_entry_id (None | str | Unset): Always `null` for report files.
            category (str | Unset): File category; `uncategorized` for reports. Example: uncategorized.
            additional_properties (dict[str, Any]): Fields the document does not
                describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    id: int
    display_name: str
    filename: str
    content_type: str
    url: str
    size: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    uuid: str | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    upload_status: str | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    unlock_at: datetime.datetime | None | Unset = UNSET
    lock_at: datetime.datetime | None | Unset = UNSET
    locked: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    hidden_for_user: bool | Unset = UNSET
    locked_for_user: bool | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    mime_class: str | Unset = UNSET
    media_entry_id: None | str | Unset = UNSET
    category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        id = self.id

        display_name = self.display_name

        filename = self.filename

        content_type = self.content_type

        url = self.url

        size = self.size

        created_at = format_datetime(self.created_at)

        updated_at = format_datetime(self.updated_at)

        uuid = self.uuid

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        upload_status = self.upload_status

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = format_datetime(self.modified_at)

        unlock_at: None | str | Unset
        if isinstance(self.unlock_at, Unset):
            unlock_at = UNSET
        elif isinstance(self.unlock_at, datetime.datetime):
            unlock_at = format_datetime(self.unlock_at)
        else:
            unlock_at = self.unlock_at

        lock_at: None | str | Unset
        if isinstance(self.lock_at, Unset):
            lock_at = UNSET
        elif isinstance(self.lock_at, datetime.datetime):
            lock_at = format_datetime(self.lock_at)
        else:
            lock_at = self.lock_at

        locked = self.locked

        hidden = self.hidden

        hidden_for_user = self.hidden_for_user

        locked_for_user = self.locked_for_user

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        mime_class = self.mime_class

        media_entry_id: None | str | Unset
        if isinstance(self.media_entry_id, Unset):
            media_entry_id = UNSET
        else:
            media_entry_id = self.media_entry_id

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
                "filename": filename,
                "content-type": content_type,
                "url": url,
                "size": size,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if upload_status is not UNSET:
            field_dict["upload_status"] = upload_status
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if unlock_at is not UNSET:
            field_dict["unlock_at"] = unlock_at
        if lock_at is not UNSET:
            field_dict["lock_at"] = lock_at
        if locked is not UNSET:
            field_dict["locked"] = locked
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if hidden_for_user is not UNSET:
            field_dict["hidden_for_user"] = hidden_for_user
        if locked_for_user is not UNSET:
            field_dict["locked_for_user"] = locked_for_user
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if mime_class is not UNSET:
            field_dict["mime_class"] = mime_class
        if media_entry_id is not UNSET:
            field_dict["media_entry_id"] = media_entry_id
        if category is not UNSET:
            field_dict["category"] = category

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
        _new_instance.filename = src_dict["filename"]
        _new_instance.content_type = src_dict["content-type"]
        _new_instance.url = src_dict["url"]
        _new_instance.size = src_dict["size"]
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        _new_instance.created_at = created_at
        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        _new_instance.updated_at = updated_at
        _new_instance.uuid = src_dict.get("uuid", UNSET)
        folder_id: int | None | Unset = src_dict.get("folder_id", UNSET)

        _new_instance.folder_id = folder_id
        _new_instance.upload_status = src_dict.get("upload_status", UNSET)
        _modified_at = src_dict.get("modified_at", UNSET)
        modified_at: datetime.datetime | Unset
        if _modified_at is UNSET:
            modified_at = UNSET
        else:
            modified_at = datetime.datetime.fromisoformat(_modified_at)

        _new_instance.modified_at = modified_at
        _unlock_at = src_dict.get("unlock_at", UNSET)
        unlock_at: datetime.datetime | None | Unset
        if _unlock_at is None:
            unlock_at = None
        elif _unlock_at is UNSET:
            unlock_at = UNSET
        else:
            unlock_at_type_0 = datetime.datetime.fromisoformat(_unlock_at)

            unlock_at = unlock_at_type_0

        _new_instance.unlock_at = unlock_at
        _lock_at = src_dict.get("lock_at", UNSET)
        lock_at: datetime.datetime | None | Unset
        if _lock_at is None:
            lock_at = None
        elif _lock_at is UNSET:
            lock_at = UNSET
        else:
            lock_at_type_0 = datetime.datetime.fromisoformat(_lock_at)

            lock_at = lock_at_type_0

        _new_instance.lock_at = lock_at
        _new_instance.locked = src_dict.get("locked", UNSET)
        _new_instance.hidden = src_dict.get("hidden", UNSET)
        _new_instance.hidden_for_user = src_dict.get("hidden_for_user", UNSET)
        _new_instance.locked_for_user = src_dict.get("locked_for_user", UNSET)
        thumbnail_url: None | str | Unset = src_dict.get("thumbnail_url", UNSET)

        _new_instance.thumbnail_url = thumbnail_url
        _new_instance.mime_class = src_dict.get("mime_class", UNSET)
        media_entry_id: None | str | Unset = src_dict.get("media_entry_id", UNSET)

        _new_instance.media_entry_id = media_entry_id
        _new_instance.category = src_dict.get("category", UNSET)
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
