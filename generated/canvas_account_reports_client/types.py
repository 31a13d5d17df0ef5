"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of UNSET: a field the server left out (as opposed to one it sent as null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes)); a plain form field when filename is None
    tuple[str | None, FileContent]
    # (filename, file (or bytes), content_type)
    | tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def format_datetime(value: datetime.datetime) -> str:
    """ISO 8601 as Canvas writes it: "Z" for UTC, so a parsed timestamp serialises back to the same text."""
    text = value.isoformat()
    if text.endswith("+00:00"):
        return text[:-6] + "Z"
    return text


@define
class PlainTextBody:
    """A documented text/plain response body, with its status code.

    A status documented with both JSON and text/plain (e.g. a 403 that is either a JSON error or a plain-text
    throttle notice) parses to the JSON model or to this, by the response's Content-Type. Subclasses are named
    after the body's schema.
    """

    status_code: HTTPStatus
    text: str


@define
class RateLimitExceeded(PlainTextBody):
    """A text/plain body documented as the schema RateLimitExceeded; see the operation's response description."""


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "RateLimitExceeded",
    "UNSET",
    "File",
    "FileTypes",
    "PlainTextBody",
    "RequestFiles",
    "Response",
    "Unset",
    "format_datetime",
]
