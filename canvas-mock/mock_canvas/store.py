"""The mock's state in SQLite (standard library): seed data, reports, files, the mock clock.

In memory by default, so every app instance starts from the seed; with `MOCK_DB=path` a file that
survives restarts and can be shared by several processes. Schema creation and seeding run in one
`BEGIN IMMEDIATE` transaction guarded by a marker row, so processes that start at the same moment on the
same file neither double-seed nor lose each other's rows. Reads that the hot path needs (accounts,
tokens, permissions, users, finished reports' bodies) are cached in memory (ARCHITECTURE.md lists them);
own writes clear the caches, and for a file database a cheap `PRAGMA data_version` check per request
notices writes by other processes.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from mock_canvas import seed
from mock_canvas.caches import BoundedCache

SCHEMA_VERSION = "2"
MAX_ID = 2**63 - 1  # SQLite INTEGER; larger ids name nothing (and must not reach SQLite)
_MISSING = object()
FIRST_REPORT_ID = 4821
FIRST_ATTACHMENT_ID = 90311
FOLDER_ID = 5120
CHUNK_BYTES = 64 * 1024  # files move between disk, database and socket in pieces this size

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_account_id INTEGER, root_account_id INTEGER,
    sis_account_id TEXT, sis_integration_id TEXT, lti_context_id TEXT, uuid TEXT,
    workflow_state TEXT NOT NULL DEFAULT 'active');
CREATE TABLE IF NOT EXISTS terms (
    id INTEGER PRIMARY KEY, root_account_id INTEGER NOT NULL, name TEXT NOT NULL, sis_term_id TEXT,
    sis_integration_id TEXT, start_at TEXT, end_at TEXT, is_default INTEGER NOT NULL DEFAULT 0,
    workflow_state TEXT NOT NULL DEFAULT 'active');
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, short_name TEXT NOT NULL,
    sortable_name TEXT NOT NULL, sis_user_id TEXT, login_id TEXT NOT NULL, email TEXT, pronouns TEXT,
    workflow_state TEXT NOT NULL DEFAULT 'registered', integration_id TEXT, sis_batch_id INTEGER,
    created_at INTEGER);
CREATE TABLE IF NOT EXISTS account_admins (
    account_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (account_id, user_id));
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY, user_id INTEGER NOT NULL, requires_scopes INTEGER NOT NULL,
    scopes TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'active', expired_at TEXT,
    seeded INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS courses (
    id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, term_id INTEGER NOT NULL, name TEXT NOT NULL,
    course_code TEXT NOT NULL, sis_course_id TEXT, workflow_state TEXT NOT NULL, is_public INTEGER NOT NULL,
    integration_id TEXT, sis_batch_id INTEGER, created_at INTEGER, start_at TEXT, conclude_at TEXT,
    course_format TEXT, storage_bytes INTEGER, has_content INTEGER);
CREATE TABLE IF NOT EXISTS enrollments (
    id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, course_id INTEGER NOT NULL, section_id INTEGER NOT NULL,
    type TEXT NOT NULL, workflow_state TEXT NOT NULL, role_id INTEGER, sis_batch_id INTEGER,
    last_activity_at INTEGER, last_submission_at INTEGER, updated_at INTEGER);
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL, report TEXT NOT NULL, user_id INTEGER NOT NULL,
    parameters TEXT NOT NULL,
    sent_parameters INTEGER NOT NULL,
    status TEXT NOT NULL, progress INTEGER NOT NULL DEFAULT 0, current_line INTEGER,
    created_at REAL NOT NULL, started_at REAL, ended_at REAL, message TEXT, attachment_id INTEGER,
    job_starts_at REAL NOT NULL, job_ends_at REAL NOT NULL, compiling_at REAL,
    total_lines INTEGER, pending_attachment_id INTEGER, fail_mode TEXT,
    job_state TEXT NOT NULL DEFAULT 'queued');
CREATE INDEX IF NOT EXISTS reports_by_type ON reports (account_id, report, created_at);
CREATE TABLE IF NOT EXISTS attachments (
    id INTEGER PRIMARY KEY AUTOINCREMENT, report_id INTEGER NOT NULL, account_id INTEGER NOT NULL,
    uuid TEXT NOT NULL, filename TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL,
    created_at REAL NOT NULL, content BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS fail_rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT, report TEXT, remaining INTEGER NOT NULL, mode TEXT NOT NULL);
"""

REPORT_COLUMNS = (
    "id, account_id, report, user_id, parameters, sent_parameters, status, progress, current_line, "
    "created_at, "
    "started_at, ended_at, message, attachment_id, job_starts_at, job_ends_at, compiling_at, total_lines, "
    "pending_attachment_id, fail_mode, job_state"
)


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    parent_account_id: int | None
    root_account_id: int  # itself for a root account
    sis_account_id: str | None


@dataclass(frozen=True)
class Token:
    token: str
    user_id: int
    requires_scopes: bool
    scopes: frozenset[str]
    state: str  # active, expired, revoked
    expired_at: str | None


class Store:
    """One SQLite connection plus the in-memory caches in front of it."""

    def __init__(
        self,
        path: str,
        *,
        get_scopes: dict[str, frozenset[str]],
        freeze_clock: bool = False,
        seed_users: int | None = None,
        caches: bool = True,
    ) -> None:
        self.path = path
        self.is_file = path not in (":memory:", "")
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
        self.db.execute("PRAGMA busy_timeout = 30000")
        if self.is_file:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
        self._scope_sets = get_scopes
        self.seed_users = seed_users
        self._data_version = -1
        self.generation = 0  # bumped whenever the caches below are cleared: the app's plans are stale then
        self.accounts_by_key: BoundedCache[str, Account | None] = BoundedCache(
            "accounts_by_key", 10_000, enabled=caches
        )
        self.tokens_by_value: BoundedCache[str, Token | None] = BoundedCache(
            "tokens_by_value", 10_000, enabled=caches
        )
        self.read_reports: BoundedCache[tuple[int, int], bool] = BoundedCache(
            "read_reports", 10_000, enabled=caches
        )
        self.users_by_id: BoundedCache[int, dict[str, Any]] = BoundedCache(
            "users_by_id", 10_000, enabled=caches
        )
        # Rendered bodies of reports that no longer change: (id, base_url) -> (account_id, report, bytes)
        self.frozen_bodies: BoundedCache[tuple[int, str], tuple[int, str, bytes]] = BoundedCache(
            "frozen_bodies", 10_000, enabled=caches
        )
        self._clear_caches()
        self._initialise(freeze_clock)

    # -- set-up -------------------------------------------------------------------------------

    def _initialise(self, freeze_clock: bool) -> None:
        with self.transaction():
            for statement in (SCHEMA + seed.SCHEMA).split(";"):
                if statement.strip():
                    self.db.execute(statement)
            seeded = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if seeded is None:
                self._seed()
                self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            elif seeded[0] != SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path} holds mock state of schema {seeded[0]}, this mock writes {SCHEMA_VERSION}; "
                    "delete the file or point MOCK_DB elsewhere"
                )
            seeded_users = int(self._meta("seed_users", "0"))
            if seeded_users != seed.student_count(self.seed_users):
                raise RuntimeError(
                    f"{self.path} was seeded with {seeded_users} students, MOCK_SEED_USERS asks for "
                    f"{seed.student_count(self.seed_users)}; delete the file or point MOCK_DB elsewhere"
                )
            if freeze_clock:
                frozen = self.db.execute("SELECT value FROM meta WHERE key = 'clock_frozen_at'").fetchone()
                if frozen is None or frozen[0] == "":
                    self._set_meta("clock_frozen_at", repr(self._clock_now()))
        self._load_clock()

    def _seed(self) -> None:
        db = self.db
        seed.populate(db, self.seed_users, self._token_scopes)
        db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('reports', ?)", (FIRST_REPORT_ID - 1,))
        db.execute(
            "INSERT INTO sqlite_sequence (name, seq) VALUES ('attachments', ?)", (FIRST_ATTACHMENT_ID - 1,)
        )
        self._set_meta("clock_offset", "0.0")
        self._set_meta("clock_frozen_at", "")
        self._set_meta("error_report_seq", "55120")
        self._set_meta("seed_users", str(seed.student_count(self.seed_users)))

    def _token_scopes(self, token: seed.SeedToken) -> str:
        """The JSON scope list a seeded token holds ("GET": the scopes of every GET operation)."""
        if not token.scope_methods:
            return "[]"
        return json.dumps(sorted(set().union(*(self._scope_sets[m] for m in token.scope_methods))))

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def transaction(self) -> _Transaction:
        """`with store.transaction():` — BEGIN IMMEDIATE … COMMIT (ROLLBACK on error); nests safely."""
        return _Transaction(self)

    def close(self) -> None:
        self.db.close()

    # -- caches -------------------------------------------------------------------------------

    def _clear_caches(self) -> None:
        self.generation += 1  # tells the app its request plans are stale
        self.accounts_by_key.clear()
        self.tokens_by_value.clear()
        self.read_reports.clear()
        self.users_by_id.clear()
        self.frozen_bodies.clear()

    def refresh(self) -> None:
        """Drop caches when another process wrote to a shared database file (cheap when nobody did)."""
        if self.is_file:
            version = self.db.execute("PRAGMA data_version").fetchone()[0]
            if version != self._data_version:
                self._data_version = version
                self._clear_caches()
                self._load_clock()

    def changed(self, report_id: int | None = None) -> None:
        """Own write: forget what may now be stale."""
        if report_id is None:
            self._clear_caches()
        else:
            for key in [k for k in self.frozen_bodies if k[0] == report_id]:
                del self.frozen_bodies[key]

    # -- the mock clock -----------------------------------------------------------------------

    def _load_clock(self) -> None:
        self._clock_offset = float(self._meta("clock_offset", "0.0") or 0.0)
        frozen = self._meta("clock_frozen_at", "")
        self._clock_frozen_at = float(frozen) if frozen else None

    def _clock_now(self) -> float:
        frozen = getattr(self, "_clock_frozen_at", None)
        if frozen is not None:
            return frozen
        return time.time() + getattr(self, "_clock_offset", 0.0)

    def now(self) -> float:
        """Seconds since the epoch on the mock clock (real time plus any advance, or the frozen time)."""
        frozen = self._clock_frozen_at
        return time.time() + self._clock_offset if frozen is None else frozen

    def clock_state(self) -> dict[str, Any]:
        return {"now": self.now(), "offset": self._clock_offset, "frozen": self._clock_frozen_at is not None}

    def advance_clock(self, seconds: float) -> None:
        with self.transaction():
            self._load_clock()
            if self._clock_frozen_at is not None:
                self._set_meta("clock_frozen_at", repr(self._clock_frozen_at + seconds))
            self._set_meta("clock_offset", repr(self._clock_offset + seconds))
        self._load_clock()

    def freeze_clock(self, frozen: bool) -> None:
        with self.transaction():
            self._load_clock()
            now = self.now()
            if frozen:
                self._set_meta("clock_frozen_at", repr(now))
            else:
                # Resume from the frozen instant: the offset absorbs the time spent frozen.
                self._set_meta("clock_offset", repr(now - time.time()))
                self._set_meta("clock_frozen_at", "")
        self._load_clock()

    # -- accounts, tokens, users, terms ---------------------------------------------------------

    def account(self, key: str) -> Account | None:
        """Resolve an `account_id` path segment in any of Canvas's forms (cached)."""
        found = self.accounts_by_key.get(key, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        return self.accounts_by_key.put(key, self._lookup_account(key))

    def _lookup_account(self, key: str) -> Account | None:
        where, args = _account_where(key)
        if where is None:
            return None
        row = self.db.execute(
            "SELECT id, name, parent_account_id, root_account_id, sis_account_id FROM accounts "
            f"WHERE workflow_state = 'active' AND {where} LIMIT 1",
            args,
        ).fetchone()
        if row is None:
            return None
        return Account(row[0], row[1], row[2], row[3] or row[0], row[4])

    def account_by_id(self, account_id: int) -> Account | None:
        return self.account(str(account_id))

    def token(self, value: str) -> Token | None:
        found = self.tokens_by_value.get(value, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        row = self.db.execute(
            "SELECT token, user_id, requires_scopes, scopes, state, expired_at FROM tokens WHERE token = ?",
            (value,),
        ).fetchone()
        found = (
            None
            if row is None
            else Token(row[0], row[1], bool(row[2]), frozenset(json.loads(row[3])), row[4], row[5])
        )
        return self.tokens_by_value.put(value, found)

    def add_token(
        self,
        token: str,
        user_id: int,
        requires_scopes: bool,
        scopes: Iterable[str],
        state: str,
        expired_at: str | None,
    ) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO tokens (token, user_id, requires_scopes, scopes, state, "
                "expired_at, seeded) "
                "VALUES (?, ?, ?, ?, ?, ?, 0)",
                (token, user_id, int(requires_scopes), json.dumps(sorted(scopes)), state, expired_at),
            )
        self.changed()

    def can_read_reports(self, user_id: int, account: Account) -> bool:
        """Whether the user is an admin of the account or of one of its ancestors (cached)."""
        key = (user_id, account.id)
        known = self.read_reports.get(key)
        if known is not None:
            return known
        allowed = False
        current: int | None = account.id
        seen = set()
        while current is not None and current not in seen:
            seen.add(current)
            if self.db.execute(
                "SELECT 1 FROM account_admins WHERE account_id = ? AND user_id = ?", (current, user_id)
            ).fetchone():
                allowed = True
                break
            row = self.db.execute(
                "SELECT parent_account_id FROM accounts WHERE id = ?", (current,)
            ).fetchone()
            current = None if row is None else row[0]
        return self.read_reports.put(key, allowed)

    def user(self, user_id: int) -> dict[str, Any] | None:
        try:
            return self.users_by_id[user_id]
        except KeyError:
            pass
        row = self.db.execute(
            "SELECT id, first_name, last_name, short_name, sortable_name, pronouns, workflow_state "
            "FROM users WHERE id = ?",
            (user_id,),
        ).fetchone()
        if row is None:
            return None
        found = dict(
            zip(
                (
                    "id",
                    "first_name",
                    "last_name",
                    "short_name",
                    "sortable_name",
                    "pronouns",
                    "workflow_state",
                ),
                row,
                strict=True,
            )
        )
        return self.users_by_id.put(user_id, found)

    def user_id_by_sis_id(self, sis_user_id: str) -> int | None:
        row = self.db.execute("SELECT id FROM users WHERE sis_user_id = ?", (sis_user_id,)).fetchone()
        return None if row is None else row[0]

    def terms(self, root_account_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, name, sis_term_id, sis_integration_id, start_at, end_at, is_default FROM terms "
            "WHERE root_account_id = ? AND workflow_state = 'active' ORDER BY id",
            (root_account_id,),
        ).fetchall()
        keys = ("id", "name", "sis_term_id", "sis_integration_id", "start_at", "end_at", "is_default")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    # -- reports ------------------------------------------------------------------------------

    def report(self, report_id: int) -> dict[str, Any] | None:
        if not 0 < report_id <= MAX_ID:
            return None
        row = self.db.execute(f"SELECT {REPORT_COLUMNS} FROM reports WHERE id = ?", (report_id,)).fetchone()
        return None if row is None else _report_dict(row)

    def reports_of_type(self, account_id: int, report: str, deleted_status: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            f"SELECT {REPORT_COLUMNS} FROM reports WHERE account_id = ? AND report = ? AND status != ? "
            "ORDER BY created_at DESC, id DESC",
            (account_id, report, deleted_status),
        ).fetchall()
        return [_report_dict(r) for r in rows]

    def count_reports(self, account_id: int, report: str, deleted_status: str) -> int:
        return self.db.execute(
            "SELECT COUNT(*) FROM reports WHERE account_id = ? AND report = ? AND status != ?",
            (account_id, report, deleted_status),
        ).fetchone()[0]

    def page_of_reports(
        self, account_id: int, report: str, deleted_status: str, limit: int, offset: int
    ) -> list[dict[str, Any]]:
        rows = self.db.execute(
            f"SELECT {REPORT_COLUMNS} FROM reports WHERE account_id = ? AND report = ? AND status != ? "
            "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
            (account_id, report, deleted_status, limit, offset),
        ).fetchall()
        return [_report_dict(r) for r in rows]

    def reports_for_account(self, account_id: int, deleted_status: str) -> list[dict[str, Any]]:
        """Every non-deleted report of the account, newest first (the first of each type is its last run)."""
        rows = self.db.execute(
            f"SELECT {REPORT_COLUMNS} FROM reports WHERE account_id = ? AND status != ? "
            "ORDER BY created_at DESC, id DESC",
            (account_id, deleted_status),
        ).fetchall()
        return [_report_dict(r) for r in rows]

    def reports_in_job_state(self, account_id: int, job_state: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            f"SELECT {REPORT_COLUMNS} FROM reports WHERE account_id = ? AND job_state = ?",
            (account_id, job_state),
        ).fetchall()
        return [_report_dict(r) for r in rows]

    def insert_report(self, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.db.execute(f"INSERT INTO reports ({columns}) VALUES ({marks})", tuple(values.values()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def update_report(self, report_id: int, changes: dict[str, Any]) -> None:
        if not changes:
            return
        assignments = ", ".join(f"{column} = ?" for column in changes)
        self.db.execute(f"UPDATE reports SET {assignments} WHERE id = ?", (*changes.values(), report_id))
        self.changed(report_id)

    def all_reports(self) -> list[dict[str, Any]]:
        rows = self.db.execute(f"SELECT {REPORT_COLUMNS} FROM reports ORDER BY id").fetchall()
        return [_report_dict(r) for r in rows]

    # -- attachments --------------------------------------------------------------------------

    def insert_attachment_file(
        self,
        report_id: int,
        account_id: int,
        uuid: str,
        filename: str,
        content_type: str,
        source: IO[bytes],
        size: int,
        created_at: float,
    ) -> int:
        """Store a report's file, copying its bytes from `source` in chunks (constant memory)."""
        cursor = self.db.execute(
            "INSERT INTO attachments (report_id, account_id, uuid, filename, content_type, size, created_at, "
            "content) VALUES (?, ?, ?, ?, ?, ?, ?, zeroblob(?))",
            (report_id, account_id, uuid, filename, content_type, size, created_at, size),
        )
        assert cursor.lastrowid is not None
        if size:
            with self.db.blobopen("attachments", "content", cursor.lastrowid) as blob:
                while chunk := source.read(CHUNK_BYTES):
                    blob.write(chunk)
        return cursor.lastrowid

    def content_chunks(self, attachment_id: int, size: int) -> Iterator[bytes]:
        """A file's bytes in chunks read straight from the database (constant memory). Each chunk opens
        its own blob handle, so no read stays open while the response waits for the client."""
        for offset in range(0, size, CHUNK_BYTES):
            with self.db.blobopen("attachments", "content", attachment_id, readonly=True) as blob:
                blob.seek(offset)
                yield blob.read(CHUNK_BYTES)

    def attachment(self, attachment_id: int) -> dict[str, Any] | None:
        """A file's metadata (its bytes stream through content_chunks)."""
        if not 0 < attachment_id <= MAX_ID:
            return None
        columns = "id, report_id, account_id, uuid, filename, content_type, size, created_at"
        row = self.db.execute(f"SELECT {columns} FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            return None
        return dict(zip([c.strip() for c in columns.split(",")], row, strict=True))

    # -- failure rules and error report ids -----------------------------------------------------

    def add_fail_rule(self, report: str | None, count: int, mode: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO fail_rules (report, remaining, mode) VALUES (?, ?, ?)", (report, count, mode)
            )

    def take_fail_rule(self, report: str) -> str | None:
        """Consume one pending forced failure that applies to a new report of this type."""
        row = self.db.execute(
            "SELECT id, remaining, mode FROM fail_rules WHERE (report IS NULL OR report = ?) AND remaining "
            "> 0 "
            "ORDER BY id LIMIT 1",
            (report,),
        ).fetchone()
        if row is None:
            return None
        self.db.execute("UPDATE fail_rules SET remaining = remaining - 1 WHERE id = ?", (row[0],))
        return row[2]

    def fail_rules(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT report, remaining, mode FROM fail_rules WHERE remaining > 0"
        ).fetchall()
        return [{"report": r[0], "remaining": r[1], "mode": r[2]} for r in rows]

    def next_error_report_id(self) -> int:
        value = int(self._meta("error_report_seq", "55120"))
        self._set_meta("error_report_seq", str(value + 1))
        return value

    # -- reset ----------------------------------------------------------------------------------

    def reset(self, freeze_clock: bool) -> None:
        """Back to the seed: no reports, files, forced failures or extra tokens; the clock at real time."""
        with self.transaction():
            self.db.execute("DELETE FROM reports")
            self.db.execute("DELETE FROM attachments")
            self.db.execute("DELETE FROM fail_rules")
            self.db.execute("DELETE FROM tokens WHERE seeded = 0")
            self.db.execute(
                "UPDATE sqlite_sequence SET seq = ? WHERE name = 'reports'", (FIRST_REPORT_ID - 1,)
            )
            self.db.execute(
                "UPDATE sqlite_sequence SET seq = ? WHERE name = 'attachments'", (FIRST_ATTACHMENT_ID - 1,)
            )
            self._set_meta("clock_offset", "0.0")
            self._set_meta("clock_frozen_at", repr(time.time()) if freeze_clock else "")
            self._set_meta("error_report_seq", "55120")
        self.changed()
        self._load_clock()


class _Transaction:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.outer = False

    def __enter__(self) -> None:
        if not self.store.db.in_transaction:
            self.store.db.execute("BEGIN IMMEDIATE")
            self.outer = True

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if not self.outer:
            return
        if exc_type is None:
            self.store.db.execute("COMMIT")
        else:
            self.store.db.execute("ROLLBACK")
            self.store.changed()


def _report_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    report = dict(zip(_REPORT_KEYS, row, strict=True))
    report["parameters"] = json.loads(report["parameters"])
    return report


_REPORT_KEYS = tuple(c.strip() for c in REPORT_COLUMNS.split(","))


def _account_where(key: str) -> tuple[str | None, tuple[Any, ...]]:
    """SQL for Canvas's account_id forms; (None, ()) when the form cannot name an account."""
    if key.isascii() and key.isdigit():
        return ("id = ?", (int(key),)) if len(key) <= 19 and int(key) <= MAX_ID else (None, ())
    if "~" in key:
        shard, _, local = key.partition("~")
        # The mock is one shard, number 1: `1~<id>` names a local id on it.
        if shard == "1" and local.isascii() and local.isdigit():
            return ("id = ?", (int(local),)) if len(local) <= 19 and int(local) <= MAX_ID else (None, ())
        return None, ()
    if key in ("self", "default"):
        return "parent_account_id IS NULL AND id = ?", (seed.ROOT_ACCOUNT_ID,)
    prefix, sep, rest = key.partition(":")
    if not sep or not rest:
        return None, ()
    root = seed.ROOT_ACCOUNT_ID
    if prefix == "sis_account_id":
        return "sis_account_id = ? AND (root_account_id = ? OR id = ?)", (rest, root, root)
    if prefix == "sis_integration_id":
        return "sis_integration_id = ? AND (root_account_id = ? OR id = ?)", (rest, root, root)
    if prefix == "lti_context_id":
        return "lti_context_id = ?", (rest,)
    if prefix == "uuid":
        return "uuid = ?", (rest,)
    if prefix == "hex" and rest.startswith("sis_account_id:"):
        try:
            sis = bytes.fromhex(rest[len("sis_account_id:") :]).decode("utf-8")
        except ValueError:
            return None, ()
        return "sis_account_id = ? AND (root_account_id = ? OR id = ?)", (sis, root, root)
    return None, ()
