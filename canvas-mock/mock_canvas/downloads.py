"""The report files behind `file_url`: Canvas UI URLs, not API routes, so they sit outside the spec.

`file_url` (`/accounts/<id>/files/<file id>/download`) needs a valid token of a user with
`read_reports` on the account, like Canvas; it redirects (302) to the file's own URL,
`/files/<file id>/download?download_frd=1&verifier=<uuid>`, which serves the bytes to anyone holding the
verifier (or a valid token), as Canvas's file verifiers do. The bytes stream from the database in chunks,
so a large report's download takes constant memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mock_canvas.http import BadInput, Reply, StreamedBody, parse_query
from mock_canvas.store import Account

if TYPE_CHECKING:
    from mock_canvas.app import MockCanvas


def handle(mock: MockCanvas, scope: dict[str, Any], segments: list[str], token_value: str | None) -> Reply:
    if scope["method"] not in ("GET", "HEAD"):
        return mock.not_found()
    if len(segments) == 5 and segments[0] == "accounts" and segments[2] == "files":
        return _account_file(mock, scope, segments[1], segments[3], token_value)
    if len(segments) == 3 and segments[0] == "files":
        return _verified_file(mock, scope, segments[1], token_value)
    return mock.not_found()


def _authorise(mock: MockCanvas, token_value: str | None, account: Account | None) -> Reply | None:
    """The API's answers in the API's order: 401 (no or bad token), 404 (account), 403 (permission)."""
    if token_value is None:
        return mock.canned(401, "unauthenticated", www_authenticate=True)
    failure = mock.check_token(token_value)
    if failure is not None:
        return failure
    token = mock.store.token(token_value)
    if token is None or account is None:
        return mock.not_found()
    if not mock.store.can_read_reports(token.user_id, account):
        return mock.canned(403, "unauthorized")
    return None


def _attachment_id(raw: str) -> int | None:
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 19 else None


def _published(mock: MockCanvas, attachment: dict[str, Any] | None) -> bool:
    """Only a file its report has attached exists for clients (a running job's file is not published)."""
    if attachment is None:
        return False
    report = mock.store.report(attachment["report_id"])
    return report is not None and report["attachment_id"] == attachment["id"]


def _account_file(
    mock: MockCanvas, scope: dict[str, Any], account_key: str, raw_id: str, token_value: str | None
) -> Reply:
    account = mock.store.account(account_key)
    failure = _authorise(mock, token_value, account)
    if failure is not None or account is None:
        return failure or mock.not_found()
    attachment_id = _attachment_id(raw_id)
    attachment = None if attachment_id is None else mock.store.attachment(attachment_id)
    if not _published(mock, attachment) or attachment is None or attachment["account_id"] != account.id:
        return mock.not_found()
    location = (
        f"{mock.base_url_of(_host(scope), scope)}/files/{attachment['id']}/download?download_frd=1"
        f"&verifier={attachment['uuid']}"
    )
    return (
        302,
        [(b"location", location.encode()), (b"content-type", b"text/html; charset=utf-8")],
        f'<html><body>You are being <a href="{location}">redirected</a>.</body></html>'.encode(),
    )


def _verified_file(mock: MockCanvas, scope: dict[str, Any], raw_id: str, token_value: str | None) -> Reply:
    attachment_id = _attachment_id(raw_id)
    attachment = None if attachment_id is None else mock.store.attachment(attachment_id)
    if not _published(mock, attachment) or attachment is None:
        return mock.not_found()
    try:
        query = dict(parse_query(scope["query_string"]))
    except BadInput:
        query = {}
    if query.get("verifier") != attachment["uuid"]:
        failure = _authorise(mock, token_value, mock.store.account_by_id(attachment["account_id"]))
        if failure is not None:
            return failure
    disposition = f'attachment; filename="{attachment["filename"]}"'
    return (
        200,
        [
            (b"content-type", attachment["content_type"].encode()),
            (b"content-disposition", disposition.encode()),
        ],
        StreamedBody.of(attachment["size"], mock.store.content_chunks(attachment["id"], attachment["size"])),
    )


def _host(scope: dict[str, Any]) -> bytes | None:
    for key, value in scope["headers"]:
        if key == b"host":
            return value
    return None
