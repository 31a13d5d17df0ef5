"""The six operations, one plain function each, named after its operationId.

By the time a handler runs, the app has done every shared check in Canvas's order (throttle, token,
scopes, user, account, `read_reports`, request validation), so a handler holds only its action's own
checks (reference §1 step 8): startReport's unknown report -> 404, bad term -> 400, duplicate -> 409;
getReport and deleteReport's lookup -> 404; abortReport's lookup restricted by state -> 404.
Handlers stay lenient where Canvas is (clamping `per_page`, ignoring unknown `include[]` values) so the
mock still behaves like Canvas when request validation is switched off.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from mock_canvas.http import cgi_escape
from mock_canvas.replies import JSON_CONTENT_TYPE, Reply, encode_json, json_reply

if TYPE_CHECKING:
    from mock_canvas.backend import Backend
    from mock_canvas.call import Call

JSON_HEADER = (b"content-type", JSON_CONTENT_TYPE)
JSON_HEADERS = (JSON_HEADER,)
LINK_EXCLUDED = {"page", "per_page", "access_token", "api_key"}
INCLUDE_VALUES = ("description_html", "parameters_html")


def listAvailableReports(backend: Backend, call: Call) -> Reply:
    """Every report type with its parameters and newest non-deleted run, sorted by title; no pagination."""
    includes: set[str] = set()
    if not call.token.requires_scopes:  # scoped keys without "allow includes" silently lose include[]
        includes = {value for value in call.query_values("include[]") if value in INCLUDE_VALUES}
    backend.lifecycle.settle_noticed_deletes(call.account.id, call.now)
    newest: dict[str, dict[str, Any]] = {}
    for stored in backend.store.reports_for_account(call.account.id, backend.states.deleted):
        newest.setdefault(stored["report"], stored)
    entries = []
    for entry in backend.catalogue:
        report = entry["report"]
        row = newest.get(report)
        last_run = None
        if row is not None:
            row = backend.lifecycle.settle(row, call.now)
            last_run = backend.lifecycle.render(row, call.now, call.base_url)
        item = {
            "title": entry["title"],
            "parameters": entry["parameters"],
            "report": report,
            "last_run": last_run,
        }
        if "description_html" in includes and report in backend.spec_model.descriptions_html:
            item["description_html"] = backend.spec_model.descriptions_html[report]
        if "parameters_html" in includes and entry["parameters"]:
            item["parameters_html"] = (
                f'<form id="{report}_form" class="run_report_form" '
                f'action="/api/v1/accounts/{call.account.id}/reports/{report}"></form>'
            )
        entries.append(item)
    return json_reply(200, entries)


def startReport(backend: Backend, call: Call) -> Reply:
    """Queue a report: 404 unknown type, then 400 bad term, then 409 duplicate; else 200 in `created`."""
    report = call.params["report"]
    if report not in backend.available_reports:
        return backend.replies.not_found()
    parameters, sent = call.body
    lifecycle = backend.lifecycle
    term = lifecycle.term_value(parameters)
    # The controller accepts the literal `active_terms` unconditionally (the report jobs cannot use it).
    if (
        term is not None
        and term != "active_terms"
        and not lifecycle.resolve_terms(call.account.root_account_id, term, call.now)
    ):
        return json_reply(400, backend.spec_model.term_error(term))
    with backend.store.transaction():
        existing = lifecycle.duplicate_of(call.account, report, parameters, sent, call.now)
        if existing is not None:
            location = f"{call.base_url}/api/v1/accounts/{call.account.id}/reports/{report}/{existing['id']}"
            body = lifecycle.body(existing, call.now, call.base_url)
            return (409, [*JSON_HEADERS, (b"location", location.encode())], body)
        row = lifecycle.start(call.account, report, call.user_id, parameters, sent, call.now)
    return (200, [JSON_HEADER], lifecycle.body(row, call.now, call.base_url))


def listReports(backend: Backend, call: Call) -> Reply:
    """One page of the type's non-deleted reports, newest first, with Canvas's Link header."""
    per_page = _clamp_per_page(call.params.get("per_page", 10))
    page = call.params.get("page", 1)
    if type(page) is not int or page < 1:
        page = 1
    account, report = call.account, call.params["report"]
    backend.lifecycle.settle_noticed_deletes(account.id, call.now)
    deleted = backend.states.deleted
    total = backend.store.count_reports(account.id, report, deleted)
    rows = backend.store.page_of_reports(account.id, report, deleted, per_page, (page - 1) * per_page)
    bodies = [
        backend.lifecycle.body(backend.lifecycle.settle(row, call.now), call.now, call.base_url)
        for row in rows
    ]
    link = _link_header(call, page, per_page, max(1, math.ceil(total / per_page)))
    return (200, [*JSON_HEADERS, (b"link", link.encode())], b"[" + b",".join(bodies) + b"]")


def getReport(backend: Backend, call: Call) -> Reply:
    """One report. The hot path: reports that can no longer change are served from cached bytes."""
    report_id = call.params["id"]
    if type(report_id) is int:
        cached = backend.store.frozen_bodies.get((report_id, call.base_url))
        if cached is not None and cached[0] == call.account.id and cached[1] == call.params["report"]:
            return (200, [JSON_HEADER], cached[2])
    row = _find(backend, call)
    if row is None:
        return backend.replies.not_found()
    return (200, [JSON_HEADER], backend.lifecycle.body(row, call.now, call.base_url))


def deleteReport(backend: Backend, call: Call) -> Reply:
    """Soft delete from any state but `deleted`: the file is kept, the report is hidden afterwards."""
    row = _find(backend, call)
    if row is None:
        return backend.replies.not_found()
    row = backend.lifecycle.delete(row, call.now)
    return (200, [JSON_HEADER], encode_json(backend.lifecycle.render(row, call.now, call.base_url)))


def abortReport(backend: Backend, call: Call) -> Reply:
    """Abort from created, running or compiling; any other state is 404 and changes nothing."""
    row = _find(backend, call)
    if row is None or row["status"] not in backend.lifecycle.in_progress:
        return backend.replies.not_found()
    row = backend.lifecycle.abort(row, call.now)
    return (200, [JSON_HEADER], encode_json(backend.lifecycle.render(row, call.now, call.base_url)))


def _find(backend: Backend, call: Call) -> dict[str, Any] | None:
    """Canvas's lookup: the id must be numeric, of this account and type, and not deleted."""
    report_id = call.params["id"]
    if type(report_id) is not int:
        return None
    row = backend.store.report(report_id)
    if row is None or row["account_id"] != call.account.id or row["report"] != call.params["report"]:
        return None
    row = backend.lifecycle.settle(row, call.now)
    if row["status"] == backend.states.deleted:
        return None
    return row


def _clamp_per_page(value: Any) -> int:
    """Canvas clamps per_page into 1..100 (0 and non-numbers become 1); validation usually rejects first."""
    if type(value) is not int:
        return 1
    return max(1, min(100, value))


def _link_header(call: Call, page: int, per_page: int, last: int) -> str:
    """`<url>; rel="current",<url>; rel="next",…` in Canvas's order, without spaces after commas."""
    path = call.request_path
    kept: dict[str, list[str]] = {}
    for key, value in call.query:
        base = key.removesuffix("[]")
        if base not in LINK_EXCLUDED:
            kept.setdefault(key, []).append(value)
    # Rails's to_query: each key's pairs stay together, the groups are sorted.
    groups = sorted(
        "&".join(f"{cgi_escape(k)}={cgi_escape(v)}" for v in values) for k, values in kept.items()
    )
    prefix = f"{call.base_url}{path}?" + "".join(group + "&" for group in groups)

    def url(n: int) -> str:
        return f"<{prefix}page={n}&per_page={per_page}>"

    links = [f'{url(page)}; rel="current"']
    if page < last:
        links.append(f'{url(page + 1)}; rel="next"')
    if page > 1:
        links.append(f'{url(page - 1)}; rel="prev"')
    links.append(f'{url(1)}; rel="first"')
    links.append(f'{url(last)}; rel="last"')
    return ",".join(links)


HANDLERS = {
    "listAvailableReports": listAvailableReports,
    "startReport": startReport,
    "listReports": listReports,
    "getReport": getReport,
    "deleteReport": deleteReport,
    "abortReport": abortReport,
}
