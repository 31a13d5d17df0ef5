"""A report's life on the mock clock, and its JSON as Canvas renders it.

Canvas runs a report in a background job; the mock has no background work at all. Each report row stores
its job's deadlines on the mock clock (start after `queue_seconds`, finish `run_seconds` later), and
`settle` applies whatever transitions are due whenever the report is read, so advancing or freezing
the clock drives the lifecycle deterministically and state survives restarts. Everything is written as
Canvas's plugin code does it (reference §4, fidelity audit §2-§3), with the per-report facts read from
the spec's `x-report-catalogue.<type>.job`:
- `locale` appears when the job starts; `current_line` moves every 1000 rows and ends as the last file's
  line count (header included); `progress` moves only for reports that track it, else stays 0;
- only parallel reports (the grade exports) pass through `compiling`;
- `complete` attaches a real file; a failure gives `error` with "Generating the report, <Type>, failed."
  and the error code in `extra_text`; a permanent failure is not finalised;
- abort: the job finalises the report later (progress 100, `ended_at`, `Report has been aborted`) and
  never attaches a file; aborted while queued, it gets the "…, stopped." message;
- delete: a queued job is skipped; a running job that reaches its next 1000-row check finds the report
  deleted and turns it into a finalised `aborted` report, visible again.
"""

from __future__ import annotations

import json
import math
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from mock_canvas import seed
from mock_canvas.replies import encode_json
from mock_canvas.reportfiles import (
    FileContext,
    JobFailure,
    ReportCatalogue,
    ReportWriter,
    parse_account_time,
    selected_objects,
    value_to_boolean,
)
from mock_canvas.settings import Settings
from mock_canvas.spec_model import SINGLE_JOB, JobFacts, SpecModel
from mock_canvas.store import FOLDER_ID, Account, Store

ABORTED_EXTRA_TEXT = "Report has been aborted"
FAILED_EXTRA_TEXT = (
    "Failed, please report the following error code to your system administrator: ErrorReport:{};"
)
LINES_PER_UPDATE = 1000  # Canvas updates current_line about every 1000 rows (and re-reads the report then)
COMPILING_SHARE = 0.8  # parallel reports spend the last fifth of their run joining their parts
MULTI_TERM_VALUES = ("active_terms",)  # accepted by the controller, not resolvable by the report jobs


def titleize(report: str) -> str:
    """Rails's titleize of a report type, as Canvas's failure message uses it: `Grade Export Csv`."""
    return " ".join(word.capitalize() for word in report.split("_") if word)


def anonymous_id(user_id: int) -> str:
    """Canvas's anonymous id: the user id in base 36 (1077 -> "tx")."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    n = user_id
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


class Lifecycle:
    def __init__(self, store: Store, spec_model: SpecModel, settings: Settings) -> None:
        self.store = store
        self.spec_model = spec_model
        self.settings = settings
        self.states = spec_model.states
        self.zone: tzinfo = UTC if settings.time_zone in ("UTC", "Etc/UTC") else ZoneInfo(settings.time_zone)
        self.titles = {entry["report"]: entry["title"] for entry in spec_model.catalogue}
        self.report_catalogue = ReportCatalogue(
            spec_model.spec, seed.account_features(settings.account_features)
        )
        self.files = ReportWriter(self.report_catalogue)
        s = self.states
        self.in_progress = (s.created, s.running, s.compiling)
        self.running_states = (s.running, s.compiling)
        # Deleted reports whose running job will notice the delete; listings settle them first. Counted
        # in memory so listings skip the query when there are none (the usual case).
        self.pending_notices = 0

    def job(self, report: str) -> JobFacts:
        return self.spec_model.jobs.get(report, SINGLE_JOB)

    # -- time formatting ----------------------------------------------------------------------

    def local_time(self, ts: float | None) -> str | None:
        """Whole seconds with the account time zone's offset (`2026-02-10T09:15:02-07:00`, `Z` for UTC)."""
        if ts is None:
            return None
        text = datetime.fromtimestamp(math.floor(ts), self.zone).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") and self.zone is UTC else text

    @staticmethod
    def utc_time(ts: float | None) -> str | None:
        if ts is None:
            return None
        return datetime.fromtimestamp(math.floor(ts), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    # -- terms --------------------------------------------------------------------------------

    def resolve_terms(self, root_account_id: int, value: str, now: float) -> list[dict[str, Any]]:
        """Terms of the root account named by an enrollment_term_id value (any comma-separated item)."""
        terms = self.store.terms(root_account_id)
        found: list[dict[str, Any]] = []
        for item in value.split(","):
            for term in terms:
                if _term_matches(term, item, now) and term not in found:
                    found.append(term)
        return found

    @staticmethod
    def term_value(parameters: Mapping[str, Any]) -> str | None:
        """The enrollment_term_id to check (or the legacy enrollment_term) as Canvas quotes it, or None."""
        key = "enrollment_term_id" if "enrollment_term_id" in parameters else "enrollment_term"
        value = parameters.get(key)
        if value is None or value == "":
            return None
        if value is True or value is False:
            return "true" if value else "false"
        return str(value)

    # -- creating -------------------------------------------------------------------------------

    def start(
        self, account: Account, report: str, user_id: int, parameters: dict[str, Any], sent: bool, now: float
    ) -> dict[str, Any]:
        """Queue a report in `created` (call inside a transaction)."""
        starts = now + self.settings.queue_seconds
        report_id = self.store.insert_report(
            {
                "account_id": account.id,
                "report": report,
                "user_id": user_id,
                "parameters": json.dumps(parameters),
                "sent_parameters": int(sent),
                "status": self.states.created,
                "progress": 0,
                "created_at": now,
                "job_starts_at": starts,
                "job_ends_at": starts + self.settings.run_seconds,
                "fail_mode": self.store.take_fail_rule(report),
            }
        )
        row = self.store.report(report_id)
        assert row is not None
        return row

    def duplicate_of(
        self, account: Account, report: str, parameters: dict[str, Any], sent: bool, now: float
    ) -> dict[str, Any] | None:
        """Canvas's 409 rule: an in-progress report of the type, recent enough, with identical parameters."""
        window = self.settings.duplicate_window_hours * 3600.0
        wanted = _canonical(parameters)
        for row in self.store.reports_of_type(account.id, report, self.states.deleted):
            row = self.settle(row, now)
            if row["status"] not in self.in_progress or row["created_at"] < now - window:
                continue
            if not sent or _canonical(row["parameters"]) == wanted:
                return row
        return None

    # -- moving on the clock ----------------------------------------------------------------------

    def settle(self, row: dict[str, Any], now: float) -> dict[str, Any]:
        """Apply every transition that is due at `now`, writing it; returns the current row."""
        if not self._due(row, now):
            return row
        with self.store.transaction():
            fresh = self.store.report(row["id"])
            if fresh is None:
                return row
            changes = self._transitions(fresh, now)
            self.store.update_report(fresh["id"], changes)
            fresh.update(changes)
            if "parameters" in changes:
                fresh["parameters"] = json.loads(changes["parameters"])
        return fresh

    def _due(self, row: Mapping[str, Any], now: float) -> bool:
        job = row["job_state"]
        if job == "queued":
            return now >= row["job_starts_at"]
        if job == "running":
            compiling_at = row["compiling_at"]
            return now >= row["job_ends_at"] or (
                compiling_at is not None and now >= compiling_at and row["status"] == self.states.running
            )
        if job in ("finishing", "noticing"):
            return now >= row["job_ends_at"]
        return False

    def _transitions(self, row: dict[str, Any], now: float) -> dict[str, Any]:
        s = self.states
        changes: dict[str, Any] = {}
        state = dict(row)
        if state["job_state"] == "queued" and now >= state["job_starts_at"]:
            if state["status"] == s.created:
                changes.update(self._job_starts(state))
            elif state["status"] == s.aborted:  # the job comes up, finds it stopped and finalises it
                changes.update(self._stopped(state, state["job_starts_at"]))
            else:  # deleted before the job ran: the job is skipped
                changes["job_state"] = "stopped"
            state.update(changes)
            if "parameters" in changes:
                state["parameters"] = json.loads(changes["parameters"])
        if state["job_state"] == "running":
            if now >= state["job_ends_at"]:
                changes.update(self._job_ends(state))
            elif (
                state["compiling_at"] is not None
                and now >= state["compiling_at"]
                and state["status"] == s.running
            ):
                changes["status"] = s.compiling
        elif state["job_state"] == "finishing" and now >= state["job_ends_at"]:
            changes.update(self._aborted_job_ends(state))
        elif state["job_state"] == "noticing" and now >= state["job_ends_at"]:
            # The job's 1000-row check found the report deleted: it sets `aborted` and stops.
            self.pending_notices = max(0, self.pending_notices - 1)
            changes.update(self._stopped(state, state["job_ends_at"]))
            changes["status"] = s.aborted
            changes["current_line"] = state["current_line"]
        return changes

    def _stopped(self, row: Mapping[str, Any], when: float) -> dict[str, Any]:
        """Canvas's finalisation of a stopped report: progress 100, `ended_at`, the "…, stopped." message,
        `Report has been aborted`, and never a file."""
        return {
            "progress": 100,
            "ended_at": when,
            "message": f"Generating the report, {titleize(row['report'])}, stopped.",
            "parameters": json.dumps({**row["parameters"], "extra_text": ABORTED_EXTRA_TEXT}),
            "job_state": "done",
        }

    def _job_starts(self, row: dict[str, Any]) -> dict[str, Any]:
        """created -> running: started_at, `locale`, and the file the job will write (built now)."""
        started = row["job_starts_at"]
        parameters = {**row["parameters"], "locale": "en"}
        job = self.job(row["report"])
        if job.date_window_days is not None:
            parameters.update(self._date_window(parameters, started, job.date_window_days))
        changes: dict[str, Any] = {
            "status": self.states.running,
            "started_at": started,
            "parameters": json.dumps(parameters),
            "job_state": "running",
            "total_lines": 0,
        }
        account = self.store.account_by_id(row["account_id"])
        if account is None:
            changes["fail_mode"] = row["fail_mode"] or "exception"
            return changes
        term_ids = None
        term = self.term_value(row["parameters"])
        if term is not None:
            if "," in term or term in MULTI_TERM_VALUES:
                # The controller let it through (any item resolves), but the report code looks the value
                # up as one term, which fails: the job raises (fidelity audit D7, M13).
                changes["fail_mode"] = row["fail_mode"] or "exception"
                return changes
            term_ids = [t["id"] for t in self.resolve_terms(account.root_account_id, term, started)][:1]
        ctx = FileContext(
            self.store.db,
            account.id,
            row["report"],
            parameters,  # as the job reads them: dates it filled in included
            term_ids,
            started,
            self.zone,
        )
        try:
            built = self.files.build(ctx, row["id"], row["job_ends_at"])
        except JobFailure:
            built = None
        if built is None:
            # Nothing selected (a provisioning report without object types), or a course_id that names
            # no course: the job raises.
            changes["fail_mode"] = row["fail_mode"] or "exception"
            return changes
        with built.file:
            attachment_id = self.store.insert_attachment_file(
                row["id"],
                account.id,
                secrets.token_urlsafe(30)[:40],
                built.filename,
                built.content_type,
                built.file,
                built.size,
                row["job_ends_at"],
            )
        changes["pending_attachment_id"] = attachment_id
        changes["total_lines"] = built.lines
        if job.parallel:
            changes["compiling_at"] = started + COMPILING_SHARE * (row["job_ends_at"] - started)
        return changes

    def _date_window(self, parameters: Mapping[str, Any], started: float, days: int) -> dict[str, Any]:
        """start_at/end_at as the report settles them, written back into parameters as Canvas's report
        does (D8): end defaults to now, start to `days` before the end, and a longer (or reversed) range
        is cut to the last `days` days. Both come back as timestamps in the account's time zone."""
        end = parse_account_time(parameters.get("end_at"), self.zone)
        end_ts = end.timestamp() if end is not None else started
        start = parse_account_time(parameters.get("start_at"), self.zone)
        start_ts = start.timestamp() if start is not None else None
        window = days * 86400.0
        if start_ts is None or start_ts > end_ts or end_ts - start_ts > window:
            start_ts = end_ts - window
        return {"start_at": self.local_time(start_ts), "end_at": self.local_time(end_ts)}

    def _job_ends(self, row: dict[str, Any]) -> dict[str, Any]:
        """running/compiling -> complete, or error when a failure was forced."""
        s = self.states
        ended = row["job_ends_at"]
        mode = row["fail_mode"]
        if mode == "permanent":
            progress, line = self.live_progress(row, ended)
            return {"status": s.error, "progress": progress, "current_line": line, "job_state": "done"}
        if mode is not None:
            n = self.store.next_error_report_id()
            progress, line = self.live_progress(row, ended)
            return {
                "status": s.error,
                "progress": 100,
                "current_line": line,
                "ended_at": ended,
                "message": f"Generating the report, {titleize(row['report'])}, failed.",
                "parameters": json.dumps({**row["parameters"], "extra_text": FAILED_EXTRA_TEXT.format(n)}),
                "job_state": "done",
            }
        extra = self.extra_text(row)
        parameters = dict(row["parameters"])
        if extra:
            parameters["extra_text"] = extra
        account = self.store.account_by_id(row["account_id"])
        account_name = account.name if account else ""
        return {
            "status": s.complete,
            "progress": 100,
            "current_line": row["total_lines"],
            "ended_at": ended,
            "attachment_id": row["pending_attachment_id"],
            "message": f"{self.title(row['report'])} report successfully generated with the following "
            "settings. "
            f"Account: {account_name}; {extra}",
            "parameters": json.dumps(parameters),
            "job_state": "done",
        }

    def _aborted_job_ends(self, row: dict[str, Any]) -> dict[str, Any]:
        """The job of a report aborted mid-run reaches its last step: the message it wrote (the settings
        summary) is kept, `extra_text` becomes `Report has been aborted`, no file is attached and the
        status stays `aborted`."""
        account = self.store.account_by_id(row["account_id"])
        account_name = account.name if account else ""
        return {
            "progress": 100,
            "ended_at": row["job_ends_at"],
            "message": f"{self.title(row['report'])} report successfully generated with the following "
            f"settings. Account: {account_name}; {self.extra_text(row)}",
            "parameters": json.dumps({**row["parameters"], "extra_text": ABORTED_EXTRA_TEXT}),
            "job_state": "done",
        }

    def title(self, report: str) -> str:
        return self.titles.get(report) or titleize(report)

    def extra_text(self, row: Mapping[str, Any]) -> str:
        """A summary of the settings shaped like Canvas's: `Term: Spring 2026; Reports: users courses `."""
        parameters = row["parameters"]
        parts = []
        term = self.term_value(parameters)
        names = []
        if term is not None:
            account = self.store.account_by_id(row["account_id"])
            if account is not None:
                names = [
                    t["name"] for t in self.resolve_terms(account.root_account_id, term, row["job_starts_at"])
                ]
        parts.append("Term: " + (", ".join(names) if names else "All Terms") + ";")
        if row["report"] in ("provisioning_csv", "sis_export_csv"):
            flags = selected_objects(row["report"], self.report_catalogue, parameters)
            parts.append(" Reports: " + "".join(f"{flag} " for flag in flags))
        if value_to_boolean(parameters.get("include_deleted")):
            parts.append(" Include Deleted Objects;")
        return "".join(parts)

    def live_progress(self, row: Mapping[str, Any], now: float) -> tuple[int, int | None]:
        """progress and current_line of a running job at `now` (current_line moves every 1000 rows)."""
        started, ends = row["job_starts_at"], row["job_ends_at"]
        span = ends - started
        fraction = 1.0 if span <= 0 else min(1.0, max(0.0, (now - started) / span))
        progress = min(99, int(fraction * 100)) if self.job(row["report"]).tracks_progress else 0
        written = int(fraction * (row["total_lines"] or 0)) // LINES_PER_UPDATE * LINES_PER_UPDATE
        return progress, (written or None)

    # -- abort, delete, forced failure ------------------------------------------------------------

    def freeze(self, row: dict[str, Any], now: float) -> dict[str, Any]:
        """The columns that pin a running report's progress where it stands at `now`."""
        if row["job_state"] == "running" and row["status"] in self.running_states:
            progress, line = self.live_progress(row, now)
            return {"progress": progress, "current_line": line}
        return {}

    def abort(self, row: dict[str, Any], now: float) -> dict[str, Any]:
        s = self.states
        changes = {"status": s.aborted, **self.freeze(row, now)}
        # A queued job still comes up and finalises the aborted report (`_transitions`).
        if row["job_state"] == "running":
            changes["job_state"] = "finishing"
        return self._write(row, changes)

    def delete(self, row: dict[str, Any], now: float) -> dict[str, Any]:
        """Soft delete. A queued job is skipped; a running job re-reads the report at its next 1000-row
        check and, finding it deleted, turns it into `aborted` (fidelity audit D5): scheduled here when the
        job still has that many rows to write, else it finishes unnoticed and the report stays deleted."""
        changes = {"status": self.states.deleted, **self.freeze(row, now)}
        if row["job_state"] == "running" and row["status"] in self.running_states:
            notice_at = self._next_check(row, now)
            if notice_at is not None:
                changes["job_state"] = "noticing"
                changes["job_ends_at"] = notice_at
                self.pending_notices += 1
            else:
                changes["job_state"] = "stopped"
        elif row["job_state"] in ("queued", "running", "finishing"):
            changes["job_state"] = "stopped"
        return self._write(row, changes)

    def _next_check(self, row: Mapping[str, Any], now: float) -> float | None:
        """When a running job reaches its next 1000-row check, or None if it finishes first."""
        total = row["total_lines"] or 0
        started, ends = row["job_starts_at"], row["job_ends_at"]
        span = ends - started
        if span <= 0 or total <= 0:
            return None
        written = int(min(1.0, max(0.0, (now - started) / span)) * total)
        check = (written // LINES_PER_UPDATE + 1) * LINES_PER_UPDATE
        if check >= total:
            return None
        return started + span * check / total

    def settle_noticed_deletes(self, account_id: int, now: float) -> None:
        """Apply due "deleted while running -> aborted" flips before a listing that excludes deleted rows."""
        if self.pending_notices <= 0 and self.settings.caches:
            return
        for row in self.store.reports_in_job_state(account_id, "noticing"):
            self.settle(row, now)

    def force_failure(self, row: dict[str, Any], mode: str, now: float, immediately: bool) -> dict[str, Any]:
        """Make the report's job fail: now (moving its deadlines to `now`) or when it would have finished."""
        changes: dict[str, Any] = {"fail_mode": mode}
        if immediately:
            changes["job_starts_at"] = min(row["job_starts_at"], now)
            changes["job_ends_at"] = min(row["job_ends_at"], now)
            if row["compiling_at"] is not None:
                changes["compiling_at"] = min(row["compiling_at"], now)
        row = self._write(row, changes)
        return self.settle(row, now)

    def _write(self, row: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
        with self.store.transaction():
            self.store.update_report(row["id"], changes)
        return {**row, **changes}

    # -- rendering ------------------------------------------------------------------------------

    def is_frozen(self, row: Mapping[str, Any]) -> bool:
        """True when the report's JSON can no longer change (so its bytes can be cached)."""
        return row["job_state"] in ("done", "stopped") and row["ended_at"] is not None

    def render(self, row: Mapping[str, Any], now: float, base_url: str) -> dict[str, Any]:
        """The Report object, keys in Canvas's order; `attachment` only when there is a file."""
        progress, current_line = row["progress"], row["current_line"]
        if row["job_state"] == "running" and row["status"] in self.running_states:
            progress, current_line = self.live_progress(row, now)
        started, ended = row["started_at"], row["ended_at"]
        run_time = max(
            0.0,
            (ended if ended is not None else now) - (started if started is not None else row["created_at"]),
        )
        attachment = None
        if row["attachment_id"] is not None:
            attachment = self.store.attachment(row["attachment_id"])
        body: dict[str, Any] = {
            "id": row["id"],
            "progress": progress,
            "parameters": row["parameters"],
            "current_line": current_line,
            "status": row["status"],
            "report": row["report"],
            "created_at": self.local_time(row["created_at"]),
            "started_at": self.local_time(started),
            "ended_at": self.local_time(ended),
            "run_time": run_time,
            "file_url": None
            if attachment is None
            else f"{base_url}/accounts/{row['account_id']}/files/{attachment['id']}/download",
            "message": row["message"],
            "user": self.user_display(row["user_id"], base_url),
        }
        if attachment is not None:
            body["attachment"] = self.attachment_json(attachment, base_url)
        return body

    def body(self, row: Mapping[str, Any], now: float, base_url: str) -> bytes:
        """The encoded Report; bytes of reports that can no longer change are cached."""
        key = (row["id"], base_url)
        cached = self.store.frozen_bodies.get(key)
        if cached is not None:
            return cached[2]
        encoded = encode_json(self.render(row, now, base_url))
        if self.is_frozen(row) and row["status"] != self.states.deleted:
            self.store.frozen_bodies.put(key, (row["account_id"], row["report"], encoded))
        return encoded

    def user_display(self, user_id: int, base_url: str) -> dict[str, Any] | None:
        user = self.store.user(user_id)
        if user is None:
            return None
        return {
            "id": user["id"],
            "anonymous_id": anonymous_id(user["id"]),
            "display_name": user["short_name"],
            "avatar_image_url": f"{base_url}/images/messages/avatar-50.png",
            "html_url": f"{base_url}/users/{user['id']}",
            "pronouns": user["pronouns"],
        }

    def attachment_json(self, attachment: Mapping[str, Any], base_url: str) -> dict[str, Any]:
        """Canvas's File JSON for the report's file (UTC timestamps, hyphenated `content-type`)."""
        stamp = self.utc_time(attachment["created_at"])
        is_zip = attachment["content_type"] == "application/zip"
        return {
            "id": attachment["id"],
            "uuid": attachment["uuid"],
            "folder_id": FOLDER_ID,
            "display_name": attachment["filename"],
            "filename": attachment["filename"],
            "upload_status": "success",
            "content-type": attachment["content_type"],
            "url": f"{base_url}/files/{attachment['id']}/download"
            f"?download_frd=1&verifier={attachment['uuid']}",
            "size": attachment["size"],
            "created_at": stamp,
            "updated_at": stamp,
            "unlock_at": None,
            "locked": False,
            "hidden": False,
            "lock_at": None,
            "hidden_for_user": False,
            "thumbnail_url": None,
            "modified_at": stamp,
            "mime_class": "zip" if is_zip else "file",
            "media_entry_id": None,
            "category": "uncategorized",
            "locked_for_user": False,
        }


def _canonical(parameters: Mapping[str, Any]) -> str:
    """Parameters compared as Canvas compares them: its `where(parameters: …)` compares the serialised
    column, so keys, values, types **and key order** count (`{users, courses}` is not `{courses, users}`)."""
    return json.dumps(parameters, separators=(",", ":"))


def _term_matches(term: Mapping[str, Any], item: str, now: float) -> bool:
    if item.isascii() and item.isdigit():
        return term["id"] == int(item)
    if "~" in item:
        shard, _, local = item.partition("~")
        return shard == "1" and local.isascii() and local.isdigit() and term["id"] == int(local)
    if item.startswith("sis_term_id:"):
        return term["sis_term_id"] is not None and term["sis_term_id"] == item[len("sis_term_id:") :]
    if item.startswith("sis_integration_id:"):
        return (
            term["sis_integration_id"] is not None
            and term["sis_integration_id"] == item[len("sis_integration_id:") :]
        )
    if item == "default":
        return bool(term["is_default"])
    if item in ("current", "active_terms"):
        starts = _epoch(term["start_at"])
        ends = _epoch(term["end_at"])
        if item == "current":
            return (starts is None or starts <= now) and (ends is None or ends >= now)
        return ends is None or ends >= now
    return False


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _epoch_or_none(text: str) -> float | None:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.timestamp() if parsed.tzinfo is not None else None


def _epoch(text: str | None) -> float | None:
    if text is None:
        return None
    return datetime.fromisoformat(text).timestamp()
