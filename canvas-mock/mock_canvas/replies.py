"""What the mock answers with: the reply tuple, Rails's JSON encoding, and Canvas's canned error replies.

Kept apart from the spec compiler (spec_model.py) so that plumbing (handlers, control API, downloads)
can build replies without importing it; `CannedReplies` is given the compiled model once, at start-up,
and encodes every canned body then, so no error reply is serialised per request.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_canvas.spec_model import SpecModel
    from mock_canvas.store import Token

JSON_CONTENT_TYPE = b"application/json; charset=utf-8"
TEXT_CONTENT_TYPE = b"text/plain; charset=utf-8"

Headers = list[tuple[bytes, bytes]]

# (status, headers, body). A plain tuple, not a NamedTuple: building one is on the hot path.
Reply = tuple[int, Headers, bytes]


class StreamedBody(bytes):
    """An empty `bytes` standing for a body sent in chunks (report files), so the rest of the pipeline
    treats it like any body while the app streams `chunks` (total `size` bytes) instead of holding a large
    file in memory."""

    size: int
    chunks: Iterator[bytes]

    @classmethod
    def of(cls, size: int, chunks: Iterator[bytes]) -> StreamedBody:
        body = cls()
        body.size = size
        body.chunks = chunks
        return body


def encode_json(value: Any) -> bytes:
    """Serialise like Rails: compact, UTF-8, with `<`, `>`, `&` and U+2028/9 escaped as `\\u003c` etc."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if "<" in text or ">" in text or "&" in text or "\u2028" in text or "\u2029" in text:
        text = (
            text.replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026")
            .replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029")
        )
    return text.encode()


def json_reply(status: int, value: Any, headers: Headers | None = None) -> Reply:
    return (status, [(b"content-type", JSON_CONTENT_TYPE), *(headers or ())], encode_json(value))


def error_body(message: str) -> dict[str, Any]:
    """Canvas's usual error shape, for messages the spec's examples cannot know (validation details)."""
    return {"errors": [{"message": message}]}


def bad_request(message: str) -> Reply:
    return json_reply(400, error_body(message))


class CannedReplies:
    """Canvas's fixed error replies, bodies from the spec's `components/examples`, encoded once.

    Each call returns a fresh headers list: the app appends the throttle headers to it.
    """

    def __init__(self, spec_model: SpecModel, throttle_status: int) -> None:
        self.www_authenticate = spec_model.www_authenticate
        self.bodies = {
            "not_found": encode_json(spec_model.not_found),
            "unauthenticated": encode_json(spec_model.unauthenticated),
            "invalid_token": encode_json(spec_model.invalid_token),
            "revoked_token": encode_json(spec_model.revoked_token),
            "insufficient_scopes": encode_json(spec_model.insufficient_scopes),
            "invalid_as_user_id": encode_json(spec_model.invalid_as_user_id),
            "unauthorized": encode_json(spec_model.unauthorized),
        }
        self.expired_token = spec_model.expired_token  # gets the token's own `expired_at`
        self.internal_error = spec_model.internal_error
        if throttle_status not in spec_model.throttled_bodies:
            raise ValueError(
                f"MOCK_THROTTLE_STATUS={throttle_status}: expected one of "
                f"{sorted(spec_model.throttled_bodies)} (429 hosted Canvas, 403 self-hosted)"
            )
        self.throttled_status = throttle_status
        self.throttled_body = spec_model.throttled_bodies[throttle_status]

    def not_found(self) -> Reply:
        return (404, [(b"content-type", JSON_CONTENT_TYPE)], self.bodies["not_found"])

    def canned(self, status: int, body_name: str, *, www_authenticate: bool = False) -> Reply:
        headers = [(b"content-type", JSON_CONTENT_TYPE)]
        if www_authenticate:
            headers.append((b"www-authenticate", self.www_authenticate))
        return (status, headers, self.bodies[body_name])

    def server_error(self) -> Reply:
        return json_reply(500, self.internal_error)

    def token_failure(self, token: Token | None) -> Reply | None:
        """The 401s of an unknown, expired or revoked token (with WWW-Authenticate), or None if valid."""
        if token is None:
            return self.canned(401, "invalid_token", www_authenticate=True)
        if token.state == "expired":
            body = {"errors": [{**self.expired_token["errors"][0], "expired_at": token.expired_at}]}
            return json_reply(401, body, [(b"www-authenticate", self.www_authenticate)])
        if token.state == "revoked":
            return self.canned(401, "revoked_token", www_authenticate=True)
        return None
