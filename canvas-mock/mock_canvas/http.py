"""Request plumbing for the raw ASGI app: query strings and request bodies (replies are in replies.py).

Parsing is strict on purpose: anything that is not well-formed (bad percent-encoding, invalid UTF-8,
malformed JSON or multipart, an oversized body, an unsupported content type) raises `BadInput`, which the
app turns into a 400 in Canvas's error shape instead of letting an exception become a 500.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from email import policy
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qsl, quote_plus

from canvas_contract.wire import media_type

MAX_QUERY_FIELDS = 1000


class BadInput(Exception):
    """The request cannot be understood; the message is sent to the client."""


def _parse_urlencoded(raw: bytes, what: str) -> list[tuple[str, str]]:
    """Pairs in order, blank values kept; percent-encoded ASCII that is strict UTF-8 once decoded.

    Query strings and form bodies are the same encoding, so they fail the same way, naming `what`.
    """
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        raise BadInput(f"{what} must be percent-encoded ASCII.") from None
    try:
        return parse_qsl(
            text, keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=MAX_QUERY_FIELDS
        )
    except UnicodeDecodeError:
        raise BadInput(f"{what} is not valid UTF-8 once percent-decoded.") from None
    except ValueError:
        raise BadInput(f"{what} has more than {MAX_QUERY_FIELDS} fields.") from None


def parse_query(raw: bytes) -> list[tuple[str, str]]:
    """Query pairs in order, blank values kept."""
    return _parse_urlencoded(raw, "The query string") if raw else []


async def read_body(
    receive: Callable[[], Awaitable[dict[str, Any]]], limit: int, declared_length: bytes | None
) -> bytes:
    """The whole request body, refusing more than `limit` bytes (declared or actually sent)."""
    if declared_length is not None:
        try:
            declared = int(declared_length)
        except ValueError:
            raise BadInput("Content-Length is not a number.") from None
        if declared > limit:
            raise BadInput(f"The request body is larger than {limit} bytes.")
    chunks = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BadInput(f"The request body is larger than {limit} bytes.")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def decode_json(body: bytes, charset: str | None) -> Any:
    if charset and charset.lower().replace("-", "") != "utf8":
        raise BadInput(f"JSON bodies must be UTF-8, not {charset}.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput("The JSON body is not valid UTF-8.") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise BadInput(f"The JSON body is malformed: {exc}") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_form(body: bytes, charset: str | None) -> list[tuple[str, str]]:
    if charset and charset.lower().replace("-", "") != "utf8":
        raise BadInput(f"Form bodies must be UTF-8, not {charset}.")
    return _parse_urlencoded(body, "A form-urlencoded body")


def decode_multipart(body: bytes, content_type: bytes) -> list[tuple[str, str]]:
    """Fields of a multipart/form-data body, as curl's `-F 'parameters[users]=true'` sends them."""
    _, params = media_type(content_type)
    if not params.get("boundary"):
        raise BadInput("multipart/form-data needs a boundary parameter.")
    if body.strip() == b"--" + params["boundary"].encode("latin-1") + b"--":
        return []  # no parts: how clients (urllib3, requests) encode an empty form; Rack reads it as {}
    message = BytesParser(policy=policy.HTTP).parsebytes(
        b"Content-Type: " + content_type + b"\r\nMIME-Version: 1.0\r\n\r\n" + body
    )
    if not message.is_multipart() or message.defects:
        raise BadInput("The multipart body is malformed.")
    fields = []
    for part in message.iter_parts():
        if part.defects:
            raise BadInput("A part of the multipart body is malformed.")
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or part.get_content_disposition() != "form-data":
            raise BadInput("Every multipart part needs Content-Disposition: form-data with a name.")
        if part.get_filename() is not None:
            raise BadInput(f"Multipart field {name!r} is a file upload; report parameters are plain values.")
        if part.is_multipart():
            raise BadInput(f"Multipart field {name!r} is itself multipart.")
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            raise BadInput(f"Multipart field {name!r} has no readable value.")
        charset = part.get_content_charset()
        if charset and charset.lower().replace("-", "") not in ("utf8", "usascii"):
            raise BadInput(f"Multipart field {name!r} must be UTF-8, not {charset}.")
        try:
            fields.append((name, payload.decode("utf-8")))
        except UnicodeDecodeError:
            raise BadInput(f"Multipart field {name!r} is not valid UTF-8.") from None
    return fields


def cgi_escape(text: str) -> str:
    """Ruby's CGI.escape, which Rails's to_query uses for Link URLs."""
    return quote_plus(text, safe="")
