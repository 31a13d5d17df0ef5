"""How Canvas's requests look on the wire: media types and `parameters[name]` form fields.

Written once for everything that reads a request as Rails does (the recording checks, the contract hooks,
and the mock Canvas once it adopts it), so they cannot disagree on what a body says.
"""

from __future__ import annotations

import email.parser
import email.policy
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

FORM_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def media_type(content_type: str | bytes | None) -> tuple[str, dict[str, str]]:
    """`multipart/form-data; boundary=x` -> ("multipart/form-data", {"boundary": "x"}); names lower case."""
    if not content_type:
        return "", {}
    text = content_type.decode("latin-1") if isinstance(content_type, bytes) else content_type
    kind, *rest = text.split(";")
    params = {}
    for item in rest:
        key, sep, value = item.strip().partition("=")
        if sep:
            params[key.strip().lower()] = value.strip().strip('"')
    return kind.strip().lower(), params


def form_fields(body: bytes, content_type: str) -> list[tuple[str, str]]:
    """The (name, value) fields of a form-urlencoded or multipart/form-data body, in order.

    Raises ValueError (UnicodeDecodeError included) when the body is not such a form."""
    kind, options = media_type(content_type)
    if kind != "multipart/form-data":
        return parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body))
    boundary = options.get("boundary")
    if boundary and body.strip() == b"--" + boundary.encode("latin-1") + b"--":
        return []  # no parts: how clients encode an empty form; Rack (so Canvas) reads it as no fields
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise ValueError("multipart body without parts (boundary mismatch?)")
    fields = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name is None:
            raise ValueError("multipart part without a name")
        decoded = part.get_payload(decode=True)
        payload = decoded if isinstance(decoded, bytes) else b""
        fields.append((str(name), payload.decode(part.get_content_charset() or "utf-8")))
    return fields


def parse_form(body: bytes, content_type: str) -> dict[str, Any]:
    """A form body as the spec's form schemas see it: flat `parameters[name]` keys, and each `...[]` key
    a list of its values."""
    parsed: dict[str, Any] = {}
    for name, value in form_fields(body, content_type):
        if name.endswith("[]"):
            parsed.setdefault(name, []).append(value)
        else:
            parsed[name] = value
    return parsed


def form_parameters(fields: Iterable[tuple[str, Any]]) -> tuple[dict[str, Any], bool]:
    """Rails's reading of `parameters[name]=v` fields: {"name": "v"}, `parameters[name][]` repeated a list
    of strings, other fields ignored; and whether any `parameters[...]` field was sent at all."""
    parameters: dict[str, Any] = {}
    sent = False
    for key, value in fields:
        if not key.startswith("parameters[") or "]" not in key:
            continue
        name = key[len("parameters[") : key.index("]")]
        rest = key[key.index("]") + 1 :]
        sent = True
        if rest == "[]":
            existing = parameters.get(name)
            if isinstance(existing, list):
                existing.append(value)
            else:
                parameters[name] = [value]
        elif rest == "":
            parameters[name] = value
    return parameters, sent
