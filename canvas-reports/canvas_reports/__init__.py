"""Everyday helpers over the generated Canvas Account Reports client.

`ReportsClient` / `AsyncReportsClient` iterate every page of a report type's runs, retry Canvas's throttle
(and, for calls safe to repeat, 5xx and timeouts) with backoff and jitter, slow down as
`X-Rate-Limit-Remaining` falls, wait for a report to finish and stream its file. `canvas-reports` is the
command line on top (`canvas_reports.cli`).
"""

from canvas_reports._core import RateLimitPacer, RetryPolicy
from canvas_reports._files import Download
from canvas_reports.aio import AsyncReportsClient
from canvas_reports.client import ReportsClient, __version__
from canvas_reports.errors import (
    AuthenticationError,
    BadRequest,
    CanvasHTTPError,
    CanvasReportsError,
    DownloadError,
    DuplicateReport,
    NotFound,
    PermissionDenied,
    ServerError,
    Throttled,
    TransportError,
    UnexpectedResponse,
    UnknownParameter,
    WaitTimeout,
)
from canvas_reports.hints import ParameterWarning, check_parameters
from canvas_reports.statuses import FINAL_STATUSES, IN_PROGRESS_STATUSES, SUCCESS_STATUSES, is_final

__all__ = [
    "FINAL_STATUSES",
    "IN_PROGRESS_STATUSES",
    "SUCCESS_STATUSES",
    "AsyncReportsClient",
    "AuthenticationError",
    "BadRequest",
    "CanvasHTTPError",
    "CanvasReportsError",
    "Download",
    "DownloadError",
    "DuplicateReport",
    "NotFound",
    "ParameterWarning",
    "PermissionDenied",
    "RateLimitPacer",
    "ReportsClient",
    "RetryPolicy",
    "ServerError",
    "Throttled",
    "TransportError",
    "UnexpectedResponse",
    "UnknownParameter",
    "WaitTimeout",
    "__version__",
    "check_parameters",
    "is_final",
]
