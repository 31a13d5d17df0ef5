"""The files the mock's report jobs write: Canvas's CSVs, laid out as the spec's report catalogue says.

Everything a file's *shape* depends on is read from `components.x-report-catalogue` once, at start-up
(`ReportCatalogue`): which files a report writes and in what order (`output.kind`, `output.files`), the
flag that selects each file (`selected_by`), and each file's columns in order with their types and
conditions (the row schema's properties, `x-condition`, `x-condition-parameter`). The mock's own code only
says where each column's *value* comes from: one SQL query per table whose result columns are named
after Canvas's header cells. A conditional column appears when its parameter says so (read as the
parameter schema's `x-read-as` says Canvas reads it) or when the root account feature its condition names
is on (`seed.ACCOUNT_FEATURES`, `Settings.account_features`).

Values are written as Canvas writes them: ids and counts as integers, true/false for flags, ISO 8601
timestamps in the root account's time zone for `format: date-time` columns, Ruby `Time#to_s` where Canvas
uses it, `never` for a token's empty dates. Rows stream from SQLite into a temporary file, so a report
over a large seed (`MOCK_SEED_USERS=200000`) is written in constant memory.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import IO, Any

from canvas_contract import resolve
from canvas_contract.catalogue import CATALOGUE_KEY, parameters, report_catalogue, report_files
from canvas_contract.catalogue import columns as catalogue_columns
from mock_canvas import seed

VALID_ENROLLMENT_TYPES = (
    "TeacherEnrollment",
    "TaEnrollment",
    "DesignerEnrollment",
    "StudentEnrollment",
    "ObserverEnrollment",
)
ROOT_ACCOUNT_DOMAIN = "canvas.example.edu"  # the `root_account` column's value (trusted root accounts)
_TRUE_WORDS = frozenset({"yes", "y", "true", "t", "on", "1"})
_FALSE_WORDS = frozenset({"no", "n", "false", "f", "off", "0"})
_RUBY_INT = re.compile(r"\s*[+-]?[0-9]+(?:_[0-9]+)*")


# -- how Canvas reads a parameter (one implementation for the whole mock) ------------------------------


def value_to_boolean(value: Any) -> bool:
    """Canvas's `value_to_boolean`: yes/y/true/t/on/1 are true and no/n/false/f/off/0 false in any case;
    any other string or number is true when its Ruby `to_i` is not zero (`"2"`, `"3 apples"`, `7`)."""
    if value is True or value is False:
        return value
    if isinstance(value, str):
        word = value.lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        return ruby_to_i(value) != 0
    if isinstance(value, int | float):
        return int(value) != 0
    return False


def ruby_to_i(text: str) -> int:
    """Ruby's String#to_i: leading blanks, a sign and digits (underscores between them); else 0."""
    match = _RUBY_INT.match(text)
    return int(match.group().replace("_", "")) if match else 0


def ruby_present(value: Any) -> bool:
    """The raw truthiness Canvas's `if parameters[...]` / `.present?` reads give (spec: ParameterTruthy):
    anything but null, false, a blank string or an empty list or object, so even "false" and "0" count."""
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, list | dict):
        return bool(value)
    return True


def value_to_list(value: Any) -> list[str]:
    """Canvas's value_to_array for list parameters: a JSON list, or a comma-separated string."""
    if isinstance(value, list):
        return [str(v) for v in value]
    if value is None or value is False or value == "":
        return []
    return [part.strip() for part in str(value).split(",") if part.strip()]


def read_parameter(parameters: Mapping[str, Any], name: str, read_as: str) -> Any:
    """A parameter as a report's code reads it (`x-read-as` of its schema in the catalogue)."""
    value = parameters.get(name)
    if read_as == "flag":
        return value_to_boolean(value)
    if read_as == "truthy":
        return ruby_present(value)
    if read_as == "list":
        return value_to_list(value)
    return value


# -- the catalogue, compiled from the spec ---------------------------------------------------------------


class CatalogueError(Exception):
    """The spec's report catalogue lacks something the mock needs; raised at start-up."""


class JobFailure(Exception):
    """The report's job fails as Canvas's would (no file selected, a course that does not resolve)."""


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # integer, number, boolean, datetime, string
    setting: str | None = None  # x-condition-setting: the root account setting that decides it
    present_when: bool = True  # x-condition-present-when: the setting's value that adds the column
    parameter: str | None = None  # x-condition-parameter: the parameter that decides it


@dataclass(frozen=True)
class FileLayout:
    table: str
    name: str
    selected_by: str | None
    row: Mapping[str, Any]  # the resolved row schema
    columns: tuple[Column, ...]  # every column (conditional ones included); repeated blocks unexpanded
    empty_row: str | None = None  # the single cell Canvas writes when there are no rows
    placeholder_cell: str | None = None  # per_term_zip: the only cell of a term without grading periods


@dataclass(frozen=True)
class ReportLayout:
    report: str
    kind: str  # csv | zip | by_selection | per_term_zip
    files: tuple[FileLayout, ...]
    read_as: Mapping[str, str]  # parameter -> how Canvas reads it


def _column(name: str, schema: Mapping[str, Any], spec: Mapping[str, Any]) -> Column:
    schema = resolve(schema, spec)
    types = schema.get("type", "string")
    if isinstance(types, list):
        types = next((t for t in types if t != "null"), "string")
    kind = "datetime" if types == "string" and schema.get("format") == "date-time" else str(types)
    return Column(
        name,
        kind,
        schema.get("x-condition-setting"),
        bool(schema.get("x-condition-present-when", True)),
        schema.get("x-condition-parameter"),
    )


class ReportCatalogue:
    """`components.x-report-catalogue` compiled for writing files, checked against the seed's settings."""

    def __init__(self, spec: Mapping[str, Any], features: Mapping[str, bool]) -> None:
        self.spec = spec
        self.features = dict(features)
        self.reports: dict[str, ReportLayout] = {}
        if CATALOGUE_KEY not in spec.get("components", {}):
            return
        for report, entry in report_catalogue(spec).items():
            output = entry.get("output")
            if not isinstance(output, Mapping):
                raise CatalogueError(f"{CATALOGUE_KEY}.{report} has no output")
            files = tuple(self._file(report, f) for f in report_files(report, spec))
            read_as = {
                name: str(node.get("x-read-as", "string")) for name, node in parameters(report, spec).items()
            }
            self.reports[report] = ReportLayout(report, str(output.get("kind")), files, read_as)

    def _file(self, report: str, node: Mapping[str, Any]) -> FileLayout:
        row = node["row"]
        compiled = tuple(_column(c.name, c.schema, self.spec) for c in catalogue_columns(row))
        repeated = row.get("x-repeated-columns") or {}
        every = compiled + tuple(
            _column(name, schema, self.spec) for name, schema in (repeated.get("columns") or {}).items()
        )
        for column in every:
            if column.setting is not None and column.setting not in self.features:
                raise CatalogueError(
                    f"{CATALOGUE_KEY}.{report} file {node.get('table')}: column {column.name!r} depends on "
                    "the "
                    f"setting {column.setting!r}, which the seed does not model (seed.ACCOUNT_FEATURES: "
                    f"{sorted(self.features)})"
                )
        placeholder = node.get("placeholder")
        return FileLayout(
            table=str(node.get("table")),
            name=str(node.get("name")),
            selected_by=node.get("selected_by"),
            row=row,
            columns=compiled,
            empty_row=node.get("empty_row"),
            placeholder_cell=placeholder.get("cell") if isinstance(placeholder, Mapping) else None,
        )

    def repeated_columns(self, layout: FileLayout, labels: Sequence[str]) -> tuple[Column, ...]:
        """The file's columns with the per-grading-period block expanded once per label, in order."""
        return tuple(
            _column(c.name, c.schema, self.spec)
            for c in catalogue_columns(layout.row, repeat_labels=tuple(labels))
        )

    def layout(self, report: str) -> ReportLayout | None:
        return self.reports.get(report)


# -- one job's view of the seed -------------------------------------------------------------------------


@dataclass
class FileContext:
    db: Any  # sqlite3.Connection
    account_id: int
    report: str
    parameters: dict[str, Any]
    term_ids: list[int] | None  # None: every term
    now: float = 0.0  # when the job runs (mock clock)
    zone: tzinfo = UTC  # the root account's time zone
    read_as: Mapping[str, str] = field(default_factory=dict)

    def param(self, name: str) -> Any:
        return read_parameter(self.parameters, name, self.read_as.get(name, "string"))

    def flag(self, name: str) -> bool:
        return value_to_boolean(self.parameters.get(name))

    @property
    def include_deleted(self) -> bool:
        return self.flag("include_deleted")

    @property
    def is_root(self) -> bool:
        row = self.db.execute("SELECT parent_account_id FROM accounts WHERE id = ?", (self.account_id,))
        return row.fetchone()[0] is None

    def subtree(self) -> str:
        """SQL for the ids of the report's account and all its sub-accounts."""
        return (
            f"WITH RECURSIVE subtree(id) AS (SELECT {int(self.account_id)} UNION SELECT a.id FROM accounts a "
            "JOIN subtree ON a.parent_account_id = subtree.id) SELECT id FROM subtree"
        )

    def course_scope(self, alias: str = "c", *, terms: bool = True, course: int | None = None) -> str:
        clauses = [f"{alias}.account_id IN ({self.subtree()})"]
        if terms and self.term_ids is not None:
            clauses.append(f"{alias}.term_id IN ({','.join(str(int(t)) for t in self.term_ids) or 'NULL'})")
        if course is not None:
            clauses.append(f"{alias}.id = {int(course)}")
        return " AND ".join(clauses)

    def course_parameter(self) -> int | None:
        """STUD reports' `course_id` (or legacy `course`), found like Canvas's api_find; unknown: the job
        fails (M10)."""
        value = self.parameters.get("course_id")
        if value is None or value == "":
            value = self.parameters.get("course")
        if value is None or value == "":
            return None
        text = str(value)
        where, args = "id = ?", (text,)
        if text.startswith("sis_course_id:"):
            where, args = "sis_course_id = ?", (text[len("sis_course_id:") :],)
        elif text.startswith("sis_integration_id:"):
            where, args = "integration_id = ?", (text[len("sis_integration_id:") :],)
        elif text.startswith("1~"):
            where, args = "id = ?", (text[2:],)
        elif not (text.isascii() and text.isdigit()):
            raise JobFailure(f"course_id {text!r} names no course")
        row = self.db.execute(f"SELECT id FROM courses WHERE {where}", args).fetchone()
        if row is None:
            raise JobFailure(f"course_id {text!r} names no course")
        return int(row[0])

    def local(self, epoch: float | None) -> str | None:
        if epoch is None:
            return None
        return datetime.fromtimestamp(epoch, self.zone).isoformat()


@dataclass(frozen=True)
class Table:
    """One CSV's rows: a SQL query whose result columns carry Canvas's header names (none: header only)."""

    sql: str = ""
    args: Sequence[Any] = ()
    only_cells: Sequence[Sequence[str]] | None = None  # a file without a header (a note such as M2's)


@dataclass(frozen=True)
class ReportFile:
    filename: str
    content_type: str
    file: IO[bytes]  # a temporary file holding the bytes, at position 0
    size: int
    lines: int  # CSV lines of the last file written, header included (Canvas's final current_line, M9)


# -- the tables ----------------------------------------------------------------------------------------


def _created_by_sis(ctx: FileContext, alias: str) -> str:
    return f" AND {alias}.sis_batch_id IS NOT NULL" if ctx.param("created_by_sis") else ""


def _users(ctx: FileContext, sis: bool) -> Table:
    """Every login of the root account (users associated through enrollments on a sub-account)."""
    where = "1 = 1"
    if not ctx.is_root:
        where = (
            "u.id IN (SELECT e.user_id FROM enrollments e JOIN courses c ON c.id = e.course_id "
            f"WHERE {ctx.course_scope(terms=False)})"
        )
    if not ctx.include_deleted:
        where += " AND u.workflow_state != 'deleted'"
    if sis:
        where += " AND u.sis_user_id IS NOT NULL"
    return Table(
        'SELECT u.id AS "canvas_user_id", u.sis_user_id AS "user_id", u.integration_id AS "integration_id", '
        'NULL AS "authentication_provider_id", u.login_id AS "login_id", NULL AS "password", '
        'u.first_name AS "first_name", u.last_name AS "last_name", '
        'u.first_name || \' \' || u.last_name AS "full_name", u.sortable_name AS "sortable_name", '
        'u.short_name AS "short_name", u.email AS "email", '
        "CASE u.workflow_state WHEN 'deleted' THEN 'deleted' ELSE 'active' END AS \"status\", "
        'u.sis_batch_id IS NOT NULL AS "created_by_sis", u.pronouns AS "pronouns" '
        f"FROM users u WHERE {where}{_created_by_sis(ctx, 'u')} ORDER BY u.id"
    )


def _accounts(ctx: FileContext, sis: bool) -> Table:
    """Sub-accounts: all of the root's, or the direct children of a sub-account."""
    where = (
        f"a.root_account_id = {int(ctx.account_id)}"
        if ctx.is_root
        else f"a.parent_account_id = {int(ctx.account_id)}"
    )
    if sis:
        where += " AND a.sis_account_id IS NOT NULL"
    if ctx.param("created_by_sis"):
        where += " AND a.sis_account_id IS NOT NULL"
    return Table(
        'SELECT a.id AS "canvas_account_id", a.sis_account_id AS "account_id", '
        'a.parent_account_id AS "canvas_parent_id", p.sis_account_id AS "parent_account_id", '
        'a.name AS "name", \'active\' AS "status", a.sis_account_id IS NOT NULL AS "created_by_sis" '
        f"FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_account_id WHERE {where} ORDER BY a.id"
    )


def _terms(ctx: FileContext, sis: bool) -> Table:
    """Every term of the root account (SIS export: those with a SIS id); never term-filtered."""
    where = "1 = 1"
    if sis or ctx.param("created_by_sis"):
        where = "sis_term_id IS NOT NULL"
    return Table(
        'SELECT id AS "canvas_term_id", sis_term_id AS "term_id", name AS "name", \'active\' AS "status", '
        'start_at AS "start_date", end_at AS "end_date", sis_term_id IS NOT NULL AS "created_by_sis" '
        f"FROM terms WHERE {where} ORDER BY id"
    )


def _courses(ctx: FileContext, sis: bool) -> Table:
    """Courses of the term; concluded and deleted ones only with include_deleted."""
    where = ctx.course_scope()
    if not ctx.include_deleted:
        where += " AND c.workflow_state NOT IN ('completed', 'deleted')"
    if sis:
        where += " AND c.sis_course_id IS NOT NULL"
        status = (
            "CASE c.workflow_state WHEN 'completed' THEN 'completed' WHEN 'deleted' THEN 'deleted' "
            "ELSE 'active' END"
        )
    else:
        status = (
            "CASE c.workflow_state WHEN 'claimed' THEN 'unpublished' WHEN 'created' THEN 'unpublished' "
            "WHEN 'available' THEN 'active' WHEN 'completed' THEN 'concluded' ELSE c.workflow_state END"
        )
    return Table(
        'SELECT c.id AS "canvas_course_id", c.sis_course_id AS "course_id", c.integration_id AS '
        '"integration_id", c.course_code AS "short_name", c.name AS "long_name", c.account_id AS '
        '"canvas_account_id", a.sis_account_id AS "account_id", c.term_id AS "canvas_term_id", '
        f't.sis_term_id AS "term_id", {status} AS "status", c.start_at AS "start_date", '
        'c.conclude_at AS "end_date", c.course_format AS "course_format", '
        'NULL AS "canvas_blueprint_course_id", NULL AS "blueprint_course_id", '
        'c.sis_batch_id IS NOT NULL AS "created_by_sis" '
        "FROM courses c JOIN accounts a ON a.id = c.account_id JOIN terms t ON t.id = c.term_id "
        f"WHERE {where}{_created_by_sis(ctx, 'c')} ORDER BY c.id"
    )


def _sections(ctx: FileContext, sis: bool) -> Table:
    where = ctx.course_scope("hc")
    if not ctx.include_deleted:
        where += " AND s.workflow_state != 'deleted'"
    if sis:
        where += " AND s.sis_source_id IS NOT NULL"
    return Table(
        'SELECT s.id AS "canvas_section_id", s.sis_source_id AS "section_id", hc.id AS "canvas_course_id", '
        'hc.sis_course_id AS "course_id", s.integration_id AS "integration_id", s.name AS "name", '
        's.workflow_state AS "status", NULL AS "start_date", NULL AS "end_date", '
        'hc.account_id AS "canvas_account_id", a.sis_account_id AS "account_id", '
        's.sis_batch_id IS NOT NULL AS "created_by_sis" '
        "FROM sections s JOIN courses hc ON hc.id = COALESCE(s.nonxlist_course_id, s.course_id) "
        f"JOIN accounts a ON a.id = hc.account_id WHERE {where}{_created_by_sis(ctx, 's')} ORDER BY s.id"
    )


def _enrollments(ctx: FileContext, sis: bool) -> Table:
    """Enrollments of the term's courses, filtered by enrollment_filter and enrollment_states (M12)."""
    where = ctx.course_scope()
    args: list[Any] = []
    if not ctx.include_deleted:
        where += " AND e.workflow_state != 'deleted'"
    if sis:
        where += " AND u.sis_user_id IS NOT NULL AND c.sis_course_id IS NOT NULL"
    types = value_to_list(ctx.parameters.get("enrollment_filter"))
    if types:
        valid = [t for t in types if t in VALID_ENROLLMENT_TYPES]
        where += f" AND e.type IN ({','.join('?' for _ in valid) or 'NULL'})"
        args += valid
    states = value_to_list(ctx.parameters.get("enrollment_states"))
    if states:
        where += f" AND e.workflow_state IN ({','.join('?' for _ in states)})"
        args += states
    return Table(
        'SELECT c.id AS "canvas_course_id", c.sis_course_id AS "course_id", u.id AS "canvas_user_id", '
        'u.sis_user_id AS "user_id", '
        "CASE e.type WHEN 'TeacherEnrollment' THEN 'teacher' ELSE 'student' END AS \"role\", "
        'e.role_id AS "role_id", e.section_id AS "canvas_section_id", s.sis_source_id AS "section_id", '
        'e.workflow_state AS "status", NULL AS "canvas_associated_user_id", NULL AS "associated_user_id", '
        'e.sis_batch_id IS NOT NULL AS "created_by_sis", e.type AS "base_role_type", '
        '0 AS "limit_section_privileges", e.id AS "canvas_enrollment_id", '
        'NULL AS "canvas_temporary_enrollment_source_user_id", '
        'NULL AS "temporary_enrollment_source_user_id", '
        f"'{ROOT_ACCOUNT_DOMAIN}' AS \"root_account\" "
        "FROM enrollments e JOIN courses c ON c.id = e.course_id JOIN users u ON u.id = e.user_id "
        f"JOIN sections s ON s.id = e.section_id WHERE {where}{_created_by_sis(ctx, 'e')} ORDER BY e.id",
        args,
    )


def _groups(ctx: FileContext, sis: bool) -> Table:
    where = (
        f"((g.context_type = 'Account' AND g.context_id IN ({ctx.subtree()})) OR (g.context_type = 'Course' "
        f"AND g.context_id IN (SELECT c.id FROM courses c WHERE {ctx.course_scope(terms=False)})))"
    )
    if not ctx.include_deleted:
        where += " AND g.workflow_state != 'deleted'"
    if sis:
        where += " AND g.sis_source_id IS NOT NULL"
    return Table(
        'SELECT g.id AS "canvas_group_id", g.sis_source_id AS "group_id", g.group_category_id AS '
        '"canvas_group_category_id", gc.sis_source_id AS "group_category_id", '
        "CASE g.context_type WHEN 'Account' THEN g.context_id END AS \"canvas_account_id\", "
        "CASE g.context_type WHEN 'Account' THEN a.sis_account_id END AS \"account_id\", "
        "CASE g.context_type WHEN 'Course' THEN g.context_id END AS \"canvas_course_id\", "
        "CASE g.context_type WHEN 'Course' THEN c.sis_course_id END AS \"course_id\", "
        'g.name AS "name", g.workflow_state AS "status", g.sis_batch_id IS NOT NULL AS "created_by_sis", '
        'g.context_id AS "context_id", g.context_type AS "context_type", g.max_membership AS '
        '"max_membership" FROM groups g JOIN group_categories gc ON gc.id = g.group_category_id '
        "LEFT JOIN accounts a ON g.context_type = 'Account' AND a.id = g.context_id "
        "LEFT JOIN courses c ON g.context_type = 'Course' AND c.id = g.context_id "
        f"WHERE {where}{_created_by_sis(ctx, 'g')} ORDER BY g.id"
    )


def _group_membership(ctx: FileContext, sis: bool) -> Table:
    where = "g.workflow_state != 'deleted'" if not ctx.include_deleted else "1 = 1"
    if sis:
        where += " AND g.sis_source_id IS NOT NULL AND u.sis_user_id IS NOT NULL"
    return Table(
        'SELECT g.id AS "canvas_group_id", g.sis_source_id AS "group_id", u.id AS "canvas_user_id", '
        'u.sis_user_id AS "user_id", m.workflow_state AS "status", m.sis_batch_id IS NOT NULL AS '
        '"created_by_sis" FROM group_memberships m JOIN groups g ON g.id = m.group_id '
        f"JOIN users u ON u.id = m.user_id WHERE {where}{_created_by_sis(ctx, 'm')} ORDER BY g.id, u.id"
    )


def _group_categories(ctx: FileContext, sis: bool) -> Table:
    where = "1 = 1" if not sis else "gc.sis_source_id IS NOT NULL"
    return Table(
        'SELECT gc.id AS "canvas_group_category_id", gc.sis_source_id AS "group_category_id", '
        'gc.context_id AS "context_id", gc.context_type AS "context_type", gc.name AS "name", '
        'gc.name AS "category_name", gc.role AS "role", gc.self_signup AS "self_signup", '
        'gc.group_limit AS "group_limit", gc.auto_leader AS "auto_leader", gc.workflow_state AS "status", '
        "CASE gc.context_type WHEN 'Account' THEN a.sis_account_id END AS \"account_id\", "
        "CASE gc.context_type WHEN 'Course' THEN c.sis_course_id END AS \"course_id\" "
        "FROM group_categories gc LEFT JOIN accounts a ON gc.context_type = 'Account' AND a.id = "
        "gc.context_id LEFT JOIN courses c ON gc.context_type = 'Course' AND c.id = gc.context_id "
        f"WHERE {where}{_created_by_sis(ctx, 'gc')} ORDER BY gc.id"
    )


def _xlist(ctx: FileContext, sis: bool) -> Table:
    where = ctx.course_scope() + " AND s.nonxlist_course_id IS NOT NULL"
    if sis:
        where += " AND c.sis_course_id IS NOT NULL AND s.sis_source_id IS NOT NULL"
    return Table(
        'SELECT c.id AS "canvas_xlist_course_id", c.sis_course_id AS "xlist_course_id", s.id AS '
        '"canvas_section_id", s.sis_source_id AS "section_id", s.workflow_state AS "status", '
        'n.id AS "canvas_nonxlist_course_id", n.sis_course_id AS "nonxlist_course_id" '
        "FROM sections s JOIN courses c ON c.id = s.course_id JOIN courses n ON n.id = s.nonxlist_course_id "
        f"WHERE {where}{_created_by_sis(ctx, 's')} ORDER BY s.id"
    )


def _user_observers(ctx: FileContext, sis: bool) -> Table:
    where = "1 = 1" if not sis else "o.sis_user_id IS NOT NULL AND s.sis_user_id IS NOT NULL"
    return Table(
        'SELECT o.id AS "canvas_observer_id", o.sis_user_id AS "observer_id", s.id AS "canvas_student_id", '
        's.sis_user_id AS "student_id", uo.workflow_state AS "status", uo.sis_batch_id IS NOT NULL AS '
        '"created_by_sis" FROM user_observers uo JOIN users o ON o.id = uo.observer_id JOIN users s '
        f"ON s.id = uo.student_id WHERE {where}{_created_by_sis(ctx, 'uo')} ORDER BY o.id, s.id"
    )


def _admins(ctx: FileContext, sis: bool) -> Table:
    where = f"aa.account_id IN ({ctx.subtree()})"
    if sis:
        where += " AND u.sis_user_id IS NOT NULL"
    if ctx.param("created_by_sis"):
        where += " AND 0"  # the seed's admins were all made by hand
    return Table(
        'SELECT u.short_name AS "admin_user_name", u.id AS "canvas_user_id", u.sis_user_id AS "user_id", '
        'a.id AS "canvas_account_id", a.sis_account_id AS "account_id", '
        f'{seed.ACCOUNT_ADMIN_ROLE_ID} AS "role_id", \'AccountAdmin\' AS "role", \'active\' AS "status", '
        f'0 AS "created_by_sis", \'{ROOT_ACCOUNT_DOMAIN}\' AS "root_account" '
        "FROM account_admins aa JOIN users u ON u.id = aa.user_id JOIN accounts a ON a.id = aa.account_id "
        f"WHERE {where} ORDER BY u.id"
    )


OBJECT_TABLES: dict[str, Callable[[FileContext, bool], Table]] = {
    "users": _users,
    "accounts": _accounts,
    "terms": _terms,
    "courses": _courses,
    "sections": _sections,
    "enrollments": _enrollments,
    "groups": _groups,
    "group_membership": _group_membership,
    "group_categories": _group_categories,
    "xlist": _xlist,
    "user_observers": _user_observers,
    "admins": _admins,
}


_GRADE = (
    "CASE WHEN {s} >= 93 THEN 'A' WHEN {s} >= 90 THEN 'A-' WHEN {s} >= 87 THEN 'B+' WHEN {s} >= 83 "
    "THEN 'B' WHEN {s} >= 80 THEN 'B-' WHEN {s} >= 77 THEN 'C+' WHEN {s} >= 70 THEN 'C' WHEN {s} >= 60 "
    "THEN 'D' ELSE 'F' END"
)


def _scores(seed_expr: str, prefix: str = "") -> str:
    """Deterministic scores and letter grades (Canvas's default grading scheme) for one enrollment."""
    current = f"ROUND(60 + ({seed_expr} * 37 % 400) / 10.0, 1)"
    final = f"ROUND(55 + ({seed_expr} * 53 % 450) / 10.0, 1)"
    unposted_current = f"ROUND(60 + ({seed_expr} * 41 % 400) / 10.0, 1)"
    unposted_final = f"ROUND(55 + ({seed_expr} * 59 % 450) / 10.0, 1)"
    override = f"CASE WHEN {seed_expr} % 9 = 0 THEN ROUND(70 + ({seed_expr} % 300) / 10.0, 1) END"
    return ", ".join(
        [
            f'{current} AS "{prefix}current score"',
            f'{final} AS "{prefix}final score"',
            f'{unposted_current} AS "{prefix}unposted current score"',
            f'{unposted_final} AS "{prefix}unposted final score"',
            f'{override} AS "{prefix}override score"',
            f'{_GRADE.format(s=current)} AS "{prefix}current grade"',
            f'{_GRADE.format(s=final)} AS "{prefix}final grade"',
            f'{_GRADE.format(s=unposted_current)} AS "{prefix}unposted current grade"',
            f'{_GRADE.format(s=unposted_final)} AS "{prefix}unposted final grade"',
            f'CASE WHEN {seed_expr} % 9 = 0 THEN {_GRADE.format(s=override)} END AS "{prefix}override grade"',
        ]
    )


def _grade_rows_sql(ctx: FileContext, where: str, extra_columns: str = "") -> tuple[str, list[Any]]:
    """Student enrollments for the grade exports: without include_deleted only available courses and
    active/completed enrollments; with it every state, limited by limiting_period (days) if given."""
    args: list[Any] = []
    if ctx.include_deleted:
        where += " AND e.workflow_state IN ('active', 'completed', 'inactive', 'deleted')"
        days = ruby_to_i(str(ctx.parameters.get("limiting_period") or ""))
        if days > 0:
            where += " AND (e.workflow_state IN ('active', 'inactive') OR e.updated_at >= ?)"
            args.append(ctx.now - days * seed.DAY)
    else:
        where += " AND c.workflow_state = 'available' AND e.workflow_state IN ('active', 'completed')"
    sql = (
        'SELECT u.short_name AS "student name", u.id AS "student id", u.sis_user_id AS "student sis", '
        'u.integration_id AS "student integration id", c.name AS "course", c.id AS "course id", '
        'c.sis_course_id AS "course sis", s.name AS "section", s.id AS "section id", s.sis_source_id AS '
        '"section sis", t.name AS "term", t.id AS "term id", t.sis_term_id AS "term sis", '
        "CASE e.workflow_state WHEN 'completed' THEN 'concluded' ELSE e.workflow_state END AS "
        f'"enrollment state", {_scores("e.id")}{extra_columns} '
        "FROM enrollments e JOIN courses c ON c.id = e.course_id JOIN users u ON u.id = e.user_id "
        "JOIN sections s ON s.id = e.section_id JOIN terms t ON t.id = c.term_id "
        f"WHERE e.type = 'StudentEnrollment' AND {where} ORDER BY t.id, c.id, u.id"
    )
    return sql, args


def _grade_export(ctx: FileContext) -> Table:
    sql, args = _grade_rows_sql(ctx, ctx.course_scope())
    return Table(sql, args)


def _student_scope(ctx: FileContext) -> str:
    """STUD reports: the account's courses, of the term, of the course when course_id is given (M10)."""
    return ctx.course_scope(course=ctx.course_parameter())


def _last_user_access(ctx: FileContext) -> Table:
    """One row per login; users enrolled in the term's (or course's) courses when either is given."""
    course = ctx.course_parameter()
    if course is None and ctx.term_ids is None and ctx.is_root:
        where = "1 = 1"
    else:
        where = (
            "u.id IN (SELECT e.user_id FROM enrollments e JOIN courses c ON c.id = e.course_id WHERE "
            f"{ctx.course_scope(course=course)})"
        )
    if not ctx.include_deleted:
        where += " AND u.workflow_state != 'deleted'"
    return Table(
        'SELECT u.id AS "user id", u.sis_user_id AS "user sis id", u.short_name AS "user name", '
        f'{seed.SEED_EPOCH} + u.id * 3607 % (300 * {seed.DAY}) AS "last access at", '
        "'10.0.' || (u.id % 250) || '.' || (u.id % 200) AS \"last ip\" "
        f"FROM users u WHERE {where} ORDER BY u.sortable_name, u.id"
    )


def _last_enrollment_activity(ctx: FileContext) -> Table:
    """One row per user: the latest activity over their active enrollments in scope."""
    return Table(
        'SELECT u.id AS "user id", u.short_name AS "user name", MAX(e.last_activity_at) AS '
        '"last activity at" FROM enrollments e JOIN courses c ON c.id = e.course_id JOIN users u ON u.id = '
        f"e.user_id WHERE e.workflow_state = 'active' AND e.last_activity_at IS NOT NULL AND "
        f"{_student_scope(ctx)} GROUP BY u.id ORDER BY u.id"
    )


_ENROLLMENT_ROW = (
    'SELECT u.id AS "user id", u.sis_user_id AS "user sis id", u.short_name AS "user name", '
    'u.short_name AS "name", s.id AS "section id", s.sis_source_id AS "section sis id", s.name AS '
    '"section name", c.id AS "course id", c.sis_course_id AS "course sis id", c.name AS "course name", '
    'e.workflow_state AS "enrollment state" '
    "FROM enrollments e JOIN courses c ON c.id = e.course_id JOIN users u ON u.id = e.user_id "
    "JOIN sections s ON s.id = e.section_id WHERE e.type = 'StudentEnrollment' AND "
)


def parse_account_time(value: Any, zone: tzinfo) -> datetime | None:
    """A date parameter parsed in the root account's time zone (a bare date is its midnight)."""
    if value is None or value == "":
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=zone)


def _parse_time(ctx: FileContext, value: Any) -> datetime | None:
    return parse_account_time(value, ctx.zone)


def _zero_activity(ctx: FileContext) -> Table:
    """Active student enrollments with no activity (or none since start_at)."""
    start = _parse_time(ctx, ctx.parameters.get("start_at"))
    activity = "e.last_activity_at IS NULL"
    args: list[Any] = []
    if start is not None:
        activity = "(e.last_activity_at IS NULL OR e.last_activity_at < ?)"
        args.append(start.timestamp())
    return Table(
        _ENROLLMENT_ROW + f"e.workflow_state = 'active' AND {activity} AND {_student_scope(ctx)} "
        "ORDER BY u.id, c.id",
        args,
    )


def _students_with_no_submissions(ctx: FileContext) -> Table:
    """Student enrollments without a submission between start_at and end_at, as the lifecycle settled and
    wrote them back from the catalogue's `job.date_window_days` before the job runs."""
    start = _parse_time(ctx, ctx.parameters.get("start_at"))
    end = _parse_time(ctx, ctx.parameters.get("end_at"))
    if start is None or end is None:
        raise CatalogueError(
            f"{ctx.report}: x-report-catalogue gives no job.date_window_days to settle dates"
        )
    submitted = "e.last_submission_at IS NOT NULL AND e.last_submission_at BETWEEN ? AND ?"
    where = f"NOT ({submitted}) AND {_student_scope(ctx)}"
    args: list[Any] = [start.timestamp(), end.timestamp()]
    states = ctx.parameters.get("enrollment_state")
    wanted = states if isinstance(states, list) else [] if states in (None, "") else [states]
    if wanted and "all" not in wanted:
        where += f" AND e.workflow_state IN ({','.join('?' for _ in wanted)})"
        args += [str(s) for s in wanted]
    return Table(_ENROLLMENT_ROW + where + " ORDER BY u.id, c.id", args)


def _user_access_tokens(ctx: FileContext) -> Table:
    where = "1 = 1" if ctx.include_deleted else "t.state != 'revoked'"
    dev_key = seed.DEVELOPER_KEYS[0]
    return Table(
        'SELECT u.id AS "user id", u.short_name AS "user name", substr(t.token, 1, 5) AS "token hint", '
        "COALESCE(t.expired_at, 'never') AS \"expiration\", 'never' AS \"last used\", "
        f'CASE t.requires_scopes WHEN 1 THEN {dev_key[0]} END AS "dev key id", '
        f"CASE t.requires_scopes WHEN 1 THEN '{dev_key[1]}' ELSE 'User-Generated' END AS \"dev key name\" "
        f"FROM tokens t JOIN users u ON u.id = t.user_id WHERE {where} ORDER BY u.sortable_name, t.token"
    )


def _developer_keys(ctx: FileContext) -> Table:
    return Table(
        'SELECT id AS "Global ID", name AS "Key Name", \'false\' AS "Inherited from Parent Account", '
        'email AS "Contact Info", \'API Key\' AS "Key Type", NULL AS "Placements", \'active\' AS "Status", '
        'scopes AS "Permitted API Endpoints" FROM developer_keys ORDER BY id'
    )


def _time_to_s(column: str) -> str:
    """SQL for Ruby's Time#to_s of a UTC epoch column: `2026-01-04 00:00:00 UTC`."""
    return f"strftime('%Y-%m-%d %H:%M:%S UTC', {column}, 'unixepoch')"


def _lti(ctx: FileContext) -> Table:
    where = (
        f"((x.context_type = 'Account' AND x.context_id IN ({ctx.subtree()})) OR (x.context_type = "
        f"'Course' AND x.context_id IN (SELECT c.id FROM courses c WHERE {ctx.course_scope(terms=False)})))"
    )
    if not ctx.include_deleted:
        where += " AND x.workflow_state != 'deleted'"
    return Table(
        'SELECT x.context_type AS "context_type", x.context_id AS "context_id", COALESCE(a.name, ca.name) '
        'AS "account_name", c.name AS "course_name", x.id AS "tool_id", x.name AS "tool_type_name", '
        f'x.tool_id AS "tool_type_id", {_time_to_s("x.created_at")} AS "tool_created_at", '
        'x.privacy_level AS "privacy_level", x.url AS "launch_url", x.custom_fields AS "custom_fields" '
        "FROM external_tools x LEFT JOIN accounts a ON x.context_type = 'Account' AND a.id = x.context_id "
        "LEFT JOIN courses c ON x.context_type = 'Course' AND c.id = x.context_id "
        f"LEFT JOIN accounts ca ON ca.id = c.account_id WHERE {where} ORDER BY x.id"
    )


def _eportfolios(ctx: FileContext) -> Table:
    """include_deleted means *only* deleted ePortfolios here; no_enrollments keeps authors without any."""
    where = "p.workflow_state = 'deleted'" if ctx.include_deleted else "p.workflow_state != 'deleted'"
    no_enrollments = ctx.parameters.get("no_enrollments")
    if ruby_present(no_enrollments) and value_to_boolean(no_enrollments):
        where += " AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = u.id)"
    return Table(
        'SELECT p.name AS "eportfolio_name", p.id AS "eportfolio_id", u.short_name AS "author_name", '
        'u.id AS "author_id", u.sis_user_id AS "author_sis_id", u.login_id AS "author_login_id", '
        f'{_time_to_s("p.created_at")} AS "created_at", {_time_to_s("p.updated_at")} AS "updated_at", '
        'p.public AS "is_public", p.workflow_state AS "workflow_state" '
        f"FROM eportfolios p JOIN users u ON u.id = p.user_id WHERE {where} ORDER BY p.id"
    )


def _header_only(ctx: FileContext) -> Table:
    return Table()


_COURSE_ROW = (
    'SELECT c.id AS "id", c.sis_course_id AS "sis id", c.course_code AS "short name", c.name AS "name", '
    'c.start_at AS "start date", c.conclude_at AS "end date", c.account_id AS "account id", '
    'a.sis_account_id AS "account sis id", a.name AS "account name", '
    'c.id AS "course id", c.sis_course_id AS "course sis id", c.name AS "long name", '
    "CASE c.workflow_state WHEN 'claimed' THEN 'unpublished' WHEN 'created' THEN 'unpublished' "
    "WHEN 'available' THEN 'active' WHEN 'completed' THEN 'concluded' ELSE c.workflow_state END "
    'AS "status", '
    'c.created_at AS "created at", ROUND(c.storage_bytes / 1048576.0, 2) AS "storage used in MB", '
    'ROUND(c.storage_bytes * 1.25 / 1048576.0, 2) AS "sum of all files in MB" '
    "FROM courses c JOIN accounts a ON a.id = c.account_id WHERE "
)


def _course_list(condition: str) -> Callable[[FileContext], Table]:
    def build(ctx: FileContext) -> Table:
        return Table(_COURSE_ROW + f"{ctx.course_scope()} AND {condition} ORDER BY c.id")

    return build


REPORT_TABLES: dict[str, Callable[[FileContext], Table]] = {
    "course_storage_csv": _course_list("c.workflow_state != 'deleted'"),
    "unpublished_courses_csv": _course_list("c.workflow_state IN ('created', 'claimed')"),
    "public_courses_csv": _course_list("c.is_public = 1 AND c.workflow_state != 'deleted'"),
    # A deleted course's deletion time: the seed puts it (id % 45) days before the report runs.
    "recently_deleted_courses_csv": _course_list("c.workflow_state = 'deleted' AND c.id % 45 < 30"),
    "unused_courses_csv": _course_list("c.workflow_state != 'deleted' AND c.has_content = 0"),
    "grade_export_csv": _grade_export,
    "last_user_access_csv": _last_user_access,
    "last_enrollment_activity_csv": _last_enrollment_activity,
    "zero_activity_csv": _zero_activity,
    "students_with_no_submissions_csv": _students_with_no_submissions,
    "user_access_tokens_csv": _user_access_tokens,
    "developer_key_report_csv": _developer_keys,
    "lti_report_csv": _lti,
    "eportfolio_report_csv": _eportfolios,
    "outcome_export_csv": _header_only,  # the seed has no learning outcomes
    # The seed has no outcome results: Canvas's empty-report row (the file's `empty_row` in the catalogue).
    "outcome_results_csv": _header_only,
    "student_assignment_outcome_map_csv": _header_only,
}


def _mgp_terms(ctx: FileContext) -> list[tuple[int, str]]:
    """mgp reads enrollment_term_id as a plain numeric id (no SIS forms); blank: every active term."""
    value = ctx.parameters.get("enrollment_term_id")
    if value is None or value == "":
        return ctx.db.execute(
            "SELECT id, name FROM terms WHERE workflow_state = 'active' ORDER BY id"
        ).fetchall()
    text = str(value)
    if not (text.isascii() and text.isdigit()):
        return []
    return ctx.db.execute("SELECT id, name FROM terms WHERE id = ?", (int(text),)).fetchall()


# -- writing ---------------------------------------------------------------------------------------------


class ReportWriter:
    """Builds a report's file from the catalogue's layout and the seed."""

    def __init__(self, catalogue: ReportCatalogue) -> None:
        self.catalogue = catalogue

    def columns(self, layout: FileLayout, ctx: FileContext) -> list[Column]:
        """The file's columns for this run: conditional ones by their parameter or account feature."""
        return [c for c in layout.columns if self._wanted(c, ctx)]

    def _wanted(self, column: Column, ctx: FileContext) -> bool:
        if column.parameter is not None:
            return bool(ctx.param(column.parameter))
        if column.setting is not None:
            return self.catalogue.features[column.setting] == column.present_when
        return True

    def build(self, ctx: FileContext, report_id: int, when: float) -> ReportFile | None:
        """The report's file, or None when it has nothing to produce (by_selection with no flag set);
        JobFailure when Canvas's job would fail."""
        layout = self.catalogue.layout(ctx.report)
        if layout is None:
            return None
        ctx.read_as = layout.read_as
        stamp = datetime.fromtimestamp(when, UTC).strftime("%d_%b_%Y")
        stem = f"{ctx.report}_{stamp}_{report_id}"
        if layout.kind == "per_term_zip":
            return self._zip(ctx, self._terms(ctx, layout.files[0]), stem, when)
        if layout.kind == "by_selection":
            chosen = [f for f in layout.files if f.selected_by is None or ctx.flag(f.selected_by)]
            if not chosen:
                return None
            sis = ctx.report == "sis_export_csv"
            if len(chosen) == 1:
                return self._single(
                    ctx, chosen[0], OBJECT_TABLES[chosen[0].table](ctx, sis), stem, report_id, when
                )
            return self._zip(
                ctx, self._objects(ctx, chosen, lambda f: OBJECT_TABLES[f.table](ctx, sis)), stem, when
            )
        # A report the mock has no rows for (a catalogue that grew) still gets its files, header only.
        builder = REPORT_TABLES.get(ctx.report, _header_only)
        if layout.kind == "zip" or len(layout.files) > 1:
            return self._zip(ctx, self._objects(ctx, layout.files, lambda f: builder(ctx)), stem, when)
        return self._single(ctx, layout.files[0], builder(ctx), stem, report_id, when)

    def _single(
        self, ctx: FileContext, layout: FileLayout, table: Table, stem: str, report_id: int, when: float
    ) -> ReportFile:
        # Canvas attaches a Ruby Tempfile named from the stem: `<stem><YYYYMMDD>-<pid>-<random>.csv`.
        day = datetime.fromtimestamp(when, UTC).strftime("%Y%m%d")
        name = f"{stem}{day}-{4000 + report_id % 1000}-{_base36(report_id * 7919)}.csv"
        with _Spool() as spool:
            lines = self._write(ctx, layout, table, spool.file, self.columns(layout, ctx))
            return spool.done(name, "text/csv", lines)

    def _zip(
        self,
        ctx: FileContext,
        members: Iterable[tuple[str, FileLayout, Table, list[Column]]],
        stem: str,
        when: float,
    ) -> ReportFile:
        """A zip of the members in the order given (Canvas's file order, M15)."""
        stamp = datetime.fromtimestamp(when, UTC).timetuple()[:6]
        lines = 0
        with _Spool() as spool:
            with zipfile.ZipFile(spool.file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, layout, table, columns in members:
                    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
                    info.compress_type = zipfile.ZIP_DEFLATED
                    with archive.open(info, "w", force_zip64=True) as member:
                        lines = self._write(ctx, layout, table, member, columns)  # each file counts anew
            return spool.done(f"{stem}.zip", "application/zip", lines)

    def _objects(
        self, ctx: FileContext, layouts: Iterable[FileLayout], builder: Callable[[FileLayout], Table]
    ) -> Iterator[tuple[str, FileLayout, Table, list[Column]]]:
        for layout in layouts:
            yield layout.name, layout, builder(layout), self.columns(layout, ctx)

    def _terms(
        self, ctx: FileContext, layout: FileLayout
    ) -> Iterator[tuple[str, FileLayout, Table, list[Column]]]:
        """mgp_grade_export_csv's members: one `<term name>.csv` per term, always a zip (M2); a term without
        grading periods gets the catalogue's placeholder cell alone."""
        for term_id, term_name in _mgp_terms(ctx):
            name = layout.name.replace("<term name>", term_name)
            periods = ctx.db.execute(
                "SELECT id, title, set_title, set_id FROM grading_periods WHERE term_id = ? "
                "ORDER BY start_at",
                (term_id,),
            ).fetchall()
            if not periods:
                yield name, layout, Table(only_cells=[[layout.placeholder_cell or ""]]), []
                continue
            columns, extra = self._period_columns(ctx, layout, periods)
            term_scope = ctx.course_scope(terms=False) + f" AND c.term_id = {int(term_id)}"
            sql, args = _grade_rows_sql(ctx, term_scope, extra)
            yield name, layout, Table(sql, args), columns

    def _period_columns(
        self, ctx: FileContext, layout: FileLayout, periods: list[tuple[Any, ...]]
    ) -> tuple[list[Column], str]:
        """The term's header (the catalogue's per-period block repeated in start order) and the SQL for
        the set's and each period's values."""
        titles = [period[1] for period in periods]
        columns = [c for c in self.catalogue.repeated_columns(layout, titles) if self._wanted(c, ctx)]
        set_title, set_id = periods[0][2], periods[0][3]
        extra = [
            f', \'{_sql_text(set_title)}\' AS "grading period set", {int(set_id)} AS "grading period set id"'
        ]
        for period_id, title, *_ in periods:
            prefix = _sql_ident(f"{title} ")
            extra.append(f', {int(period_id)} AS "{prefix}grading period id"')
            extra.append(", " + _scores(f"(e.id + {int(period_id)})", prefix))
        return columns, "".join(extra)

    def _write(
        self, ctx: FileContext, layout: FileLayout, table: Table, out: IO[bytes], columns: list[Column]
    ) -> int:
        """Stream the table's rows as CSV into `out`; returns the CSV lines written, header included (what
        Canvas's writer counts into `current_line`, M9)."""
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            writer = csv.writer(text, lineterminator="\n")
            if table.only_cells is not None:
                writer.writerows(table.only_cells)
                return len(table.only_cells)
            writer.writerow([c.name for c in columns])
            count = 0
            for row in self._rows(ctx, layout, table, columns):
                writer.writerow(row)
                count += 1
            if count == 0 and layout.empty_row is not None:
                writer.writerow([layout.empty_row])
                count += 1
            return count + 1
        finally:
            text.detach()

    def _rows(
        self, ctx: FileContext, layout: FileLayout, table: Table, columns: list[Column]
    ) -> Iterator[list[Any]]:
        if not table.sql:
            return
        cursor = ctx.db.execute(table.sql, tuple(table.args))
        names = [d[0] for d in cursor.description]
        missing = [c.name for c in columns if c.name not in names]
        if missing:
            raise CatalogueError(
                f"{ctx.report}/{layout.table}: the spec's columns {missing} have no value in the mock's query"
            )
        picks = [names.index(c.name) for c in columns]
        converters = [(i, c.kind) for i, c in enumerate(columns) if c.kind in ("boolean", "datetime")]
        for record in cursor:
            row = [record[i] for i in picks]
            for i, kind in converters:
                row[i] = _cell(row[i], kind, ctx)
            yield row


class _Spool:
    """A temporary file a report is written into; handed to the caller by `done`, closed on failure."""

    def __enter__(self) -> _Spool:
        self.file = tempfile.TemporaryFile()
        return self

    def done(self, filename: str, content_type: str, lines: int) -> ReportFile:
        size = self.file.tell()
        self.file.seek(0)
        return ReportFile(filename, content_type, self.file, size, lines)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.file.close()


def _cell(value: Any, kind: str, ctx: FileContext) -> Any:
    """A value as Canvas writes it for the column's type (empty cell for null)."""
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value in (1, True, "true") else "false"
    if kind == "datetime":
        if isinstance(value, int | float):
            return ctx.local(value)
        if isinstance(value, str) and value[:1].isdigit():
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                return value
            return parsed.astimezone(ctx.zone).isoformat()
    return value


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def _sql_text(text: str) -> str:
    return text.replace("'", "''")


def _sql_ident(text: str) -> str:
    return text.replace('"', '""')


def selected_objects(report: str, catalogue: ReportCatalogue, parameters: Mapping[str, Any]) -> list[str]:
    """The object types a provisioning/SIS report selects, in Canvas's file order (M15)."""
    layout = catalogue.layout(report)
    if layout is None or layout.kind != "by_selection":
        return []
    return [
        f.table for f in layout.files if f.selected_by and value_to_boolean(parameters.get(f.selected_by))
    ]
