"""One exception type per thing a caller does differently: fix the token, fix the input, wait, or give up.

Every message is one line a person can act on, built from what Canvas said (its own error text), never
from the request: the token travels in a header and is never part of a message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from canvas_account_reports_client.models import Report


class CanvasReportsError(Exception):
    """Base of every error the helpers raise."""


class CanvasHTTPError(CanvasReportsError):
    """Canvas answered with an error status. `status_code` is the HTTP status, `body` the raw bytes."""

    def __init__(self, message: str, *, status_code: int, body: bytes = b"") -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class AuthenticationError(CanvasHTTPError):
    """401: no token, an invalid/expired/revoked token, or a scoped token without this operation's scope."""


class PermissionDenied(CanvasHTTPError):
    """403 with a JSON body: the user lacks `read_reports` on the account. Retrying does not help."""


class NotFound(CanvasHTTPError):
    """404: unknown account, report type or id, a deleted report, or abort in a final state."""


class BadRequest(CanvasHTTPError):
    """400: e.g. an `enrollment_term_id` that is not a term of the root account."""


class DuplicateReport(CanvasHTTPError):
    """409 on start: an identical report is still in progress. `report` is that existing report."""

    def __init__(self, message: str, *, report: Report, location: str | None, body: bytes = b"") -> None:
        super().__init__(message, status_code=409, body=body)
        self.report = report
        self.location = location


class Throttled(CanvasHTTPError):
    """Canvas's throttle (403 text/plain, X-Rate-Limit-Remaining 0) outlasted every retry."""


class ServerError(CanvasHTTPError):
    """5xx from Canvas (retried first for calls that are safe to repeat)."""


class UnexpectedResponse(CanvasHTTPError):
    """A status or body the contract does not describe."""


class TransportError(CanvasReportsError):
    """The request did not get an answer: connection refused, DNS failure, timeout (after retries)."""


class WaitTimeout(CanvasReportsError):
    """wait_for_report() ran out of time; `report` is the last state seen."""

    def __init__(self, message: str, *, report: Report) -> None:
        super().__init__(message)
        self.report = report


class DownloadError(CanvasReportsError):
    """The report has no file to download, or the file could not be fetched or written completely."""


class UnknownParameter(CanvasReportsError, ValueError):
    """With `strict_params=True` (`--strict-params`): a parameter the report's catalogue entry does not
    list. Nothing was sent. `suggestion` is the closest known name, if any."""

    def __init__(self, message: str, *, report_type: str, name: str, suggestion: str | None) -> None:
        super().__init__(message)
        self.report_type = report_type
        self.name = name
        self.suggestion = suggestion
