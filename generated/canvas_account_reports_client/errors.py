"""Errors the API functions raise, so callers catch typed exceptions instead of KeyError or JSONDecodeError."""


class UnexpectedResponse(Exception):
    """Base of both errors below: the server answered in a way the OpenAPI document does not describe."""

    def __init__(self, status_code: int, content: bytes, message: str):
        self.status_code = status_code
        self.content = content
        super().__init__(message)


class UnexpectedStatus(UnexpectedResponse):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        super().__init__(
            status_code,
            content,
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}",
        )


class UnexpectedResponseBody(UnexpectedResponse):
    """A documented status came with a body that does not match the document: an undocumented Content-Type,
    invalid JSON, or JSON that does not fit the schema (a missing required field, a wrong type).

    Raised when Client.raise_on_unexpected_status is True; otherwise the API functions return None as parsed.
    """

    def __init__(self, status_code: int, content_type: str, content: bytes, reason: str):
        self.content_type = content_type
        self.reason = reason
        super().__init__(
            status_code,
            content,
            f"Unexpected {content_type or 'untyped'} body for status {status_code}: {reason}\n\n"
            f"Response content:\n{content.decode(errors='ignore')[:2000]}",
        )


__all__ = ["UnexpectedResponse", "UnexpectedResponseBody", "UnexpectedStatus"]
