"""The report files behind `file_url`: Canvas UI URLs, not API routes, so they sit outside the spec.

`file_url` (`/accounts/<id>/files/<file id>/download`) needs a valid token of a user with
`read_reports` on the account, like Canvas; it redirects (302) to the file's own URL,
`/files/<file id>/download?download_frd=1&verifier=<uuid>`, which serves the bytes to anyone holding the
verifier (or a valid token), as Canvas's file verifiers do. The bytes stream from the database in chunks,
so a large report's download takes constant memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mock_canvas.access import Granted
from mock_canvas.http import BadInput, parse_query
from mock_canvas.replies import Reply, StreamedBody

if TYPE_CHECKING:
    from mock_canvas.backend import Backend


def handle(
    backend: Backend, scope: dict[str, Any], segments: list[str], token_value: str | None, base_url: str
) -> Reply:
    """A file download, or the API's 404 for any other path outside the spec (`base_url`: for redirects)."""
    not_found = backend.replies.not_found
    if scope["method"] not in ("GET", "HEAD"):
        return not_found()
    if len(segments) == 5 and segments[0] == "accounts" and segments[2] == "files":
        return _account_file(backend, segments[1], segments[3], token_value, base_url)
    if len(segments) == 3 and segments[0] == "files":
        return _verified_file(backend, scope, segments[1], token_value)
    return not_found()


def _attachment_id(raw: str) -> int | None:
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 19 else None


def _published(backend: Backend, attachment: dict[str, Any] | None) -> bool:
    """Only a file its report has attached exists for clients (a running job's file is not published)."""
    if attachment is None:
        return False
    report = backend.store.report(attachment["report_id"])
    return report is not None and report["attachment_id"] == attachment["id"]


def _account_file(
    backend: Backend, account_key: str, raw_id: str, token_value: str | None, base_url: str
) -> Reply:
    granted = backend.access.check(token_value, account_key)
    if not isinstance(granted, Granted):
        return granted
    attachment_id = _attachment_id(raw_id)
    attachment = None if attachment_id is None else backend.store.attachment(attachment_id)
    if (
        not _published(backend, attachment)
        or attachment is None
        or attachment["account_id"] != granted.account.id
    ):
        return backend.replies.not_found()
    location = f"{base_url}/files/{attachment['id']}/download?download_frd=1&verifier={attachment['uuid']}"
    return (
        302,
        [(b"location", location.encode()), (b"content-type", b"text/html; charset=utf-8")],
        f'<html><body>You are being <a href="{location}">redirected</a>.</body></html>'.encode(),
    )


def _verified_file(backend: Backend, scope: dict[str, Any], raw_id: str, token_value: str | None) -> Reply:
    attachment_id = _attachment_id(raw_id)
    attachment = None if attachment_id is None else backend.store.attachment(attachment_id)
    if not _published(backend, attachment) or attachment is None:
        return backend.replies.not_found()
    try:
        query = dict(parse_query(scope["query_string"]))
    except BadInput:
        query = {}
    if query.get("verifier") != attachment["uuid"]:
        granted = backend.access.check(token_value, str(attachment["account_id"]))
        if not isinstance(granted, Granted):
            return granted
    disposition = f'attachment; filename="{attachment["filename"]}"'
    return (
        200,
        [
            (b"content-type", attachment["content_type"].encode()),
            (b"content-disposition", disposition.encode()),
        ],
        StreamedBody.of(
            attachment["size"], backend.store.content_chunks(attachment["id"], attachment["size"])
        ),
    )
