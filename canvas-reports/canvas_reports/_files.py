"""Where a report's file goes and whether it may be fetched with the token (shared by both clients)."""

from __future__ import annotations

import mimetypes
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from canvas_account_reports_client.models import Attachment, Report
from canvas_account_reports_client.types import RateLimitExceeded, Response

from canvas_reports.errors import DownloadError
from canvas_reports.statuses import status_text

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Download:
    """A finished download: where the file is, how many bytes, and what Canvas said it is."""

    path: Path
    size: int
    content_type: str | None


def file_url(report: Report) -> str:
    """The report's file URL, or a DownloadError that says why there is none."""
    if not report.file_url:
        raise DownloadError(
            f"report {report.id} ({report.report}) has no file: status {status_text(report)}"
            + (f" ({report.message})" if isinstance(report.message, str) and report.message else "")
        )
    return report.file_url


def check_same_origin(url: str, base_url: str) -> None:
    """The token may only go to the Canvas it belongs to: refuse a file URL on another host.

    (Canvas's own redirects to file storage are followed by httpx, which drops the Authorization header
    when the redirect leaves the origin.)
    """
    a, b = urlsplit(url), urlsplit(base_url)
    if (a.scheme, a.hostname, a.port or _default_port(a.scheme)) != (
        b.scheme,
        b.hostname,
        b.port or _default_port(b.scheme),
    ):
        raise DownloadError(f"refusing to send the token to {a.scheme}://{a.netloc}: it is not {base_url}")


def _default_port(scheme: str) -> int | None:
    return {"http": 80, "https": 443}.get(scheme)


def target_path(report: Report, dest: str | os.PathLike[str], content_type: str | None = None) -> Path:
    """`dest` itself, or, when it is a directory (existing, or spelled with a trailing slash), the
    attachment's file name inside it (made safe)."""
    path = Path(dest)
    if not (path.is_dir() or str(dest).endswith((os.sep, "/"))):
        return path
    name = None
    if isinstance(report.attachment, Attachment):
        name = report.attachment.filename or report.attachment.display_name
    if not name:
        ext = mimetypes.guess_extension(content_type or "") or ""
        name = f"{report.report}_{report.id}{ext}"
    safe = _UNSAFE.sub("_", Path(name).name).lstrip(".") or f"report_{report.id}"
    return path / safe


def announced_size(headers: Mapping[str, str], fallback: int | None) -> int | None:
    length = headers.get("Content-Length")
    return int(length) if length and length.isdigit() else fallback


def expected_size(report: Report) -> int | None:
    if isinstance(report.attachment, Attachment) and isinstance(report.attachment.size, int):
        return report.attachment.size
    return None


def open_partial(final: Path) -> tuple[int, str]:
    """A new temporary file next to the destination, renamed into place only when complete.

    Created with the usual 0o666-minus-umask permissions (mkstemp would make the report 0o600).
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = final.parent / f".{final.name}.{secrets.token_hex(6)}.part"
    return os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), str(partial)


def error_response(streamed: httpx.Response) -> Response[RateLimitExceeded]:
    """An error answer to a file request, shaped like the generated client's responses so the same
    error mapping applies; a text/plain 403 is Canvas's throttle, as on the API paths."""
    media_type = streamed.headers.get("Content-Type", "").partition(";")[0].strip().lower()
    parsed = None
    if streamed.status_code == 403 and media_type == "text/plain":
        parsed = RateLimitExceeded(status_code=HTTPStatus(streamed.status_code), text=streamed.text)
    return Response(HTTPStatus(streamed.status_code), streamed.content, streamed.headers, parsed)
