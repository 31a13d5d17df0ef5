"""The files the mock's report jobs produce: real CSVs built from the seed rows in SQLite.

One CSV per report, or a zip of CSVs when a provisioning or SIS export report selects several object
types, named like Canvas's (`<report>_<DD_Mon_YYYY>_<id>.zip`). Column names follow Canvas's reports
closely enough for a client to parse them; the rows honour the report's account (and its sub-accounts),
`enrollment_term_id`, `course_id` and `include_deleted`. Report types the mock does not know (a spec
whose catalogue grew) get a plain listing of the account's users, so every type has a file.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

TRUE_STRINGS = {"yes", "true", "on", "1"}

# The object types of provisioning_csv and sis_export_csv, in Canvas's order.
OBJECT_FLAGS = (
    "users",
    "accounts",
    "terms",
    "courses",
    "sections",
    "enrollments",
    "groups",
    "group_categories",
    "group_membership",
    "xlist",
    "user_observers",
    "admins",
)


def truthy(value: Any) -> bool:
    """Canvas's value_to_boolean: JSON true/1, or one of the strings yes/true/on/1 in any case."""
    if isinstance(value, str):
        return value.lower() in TRUE_STRINGS
    return value is True or (type(value) is int and value == 1)


@dataclass
class FileContext:
    db: Any  # sqlite3.Connection
    account_id: int
    report: str
    parameters: dict[str, Any]
    term_ids: list[int] | None  # None: every term

    def flag(self, name: str) -> bool:
        return truthy(self.parameters.get(name))

    @property
    def include_deleted(self) -> bool:
        return self.flag("include_deleted")

    def subtree(self) -> str:
        """SQL for the ids of the report's account and all its sub-accounts."""
        return (
            f"WITH RECURSIVE subtree(id) AS (SELECT {int(self.account_id)} UNION SELECT a.id FROM accounts a "
            "JOIN subtree ON a.parent_account_id = subtree.id) SELECT id FROM subtree"
        )

    def course_filter(self, alias: str = "c") -> str:
        clauses = [f"{alias}.account_id IN ({self.subtree()})"]
        if self.term_ids is not None:
            clauses.append(f"{alias}.term_id IN ({','.join(str(int(t)) for t in self.term_ids)})")
        course_id = self.parameters.get("course_id")
        if course_id is not None and str(course_id).isascii() and str(course_id).isdigit():
            clauses.append(f"{alias}.id = {int(str(course_id))}")
        if not self.include_deleted:
            clauses.append(f"{alias}.workflow_state != 'deleted'")
        return " AND ".join(clauses)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return self.db.execute(sql).fetchall()


@dataclass(frozen=True)
class CsvFile:
    name: str
    header: Sequence[str]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class ReportFile:
    filename: str
    content_type: str
    content: bytes
    lines: int  # data rows written (what current_line counts)


def _users(ctx: FileContext, sis: bool) -> CsvFile:
    deleted = "" if ctx.include_deleted else "AND u.workflow_state != 'deleted'"
    rows = ctx.rows(
        "SELECT u.id, u.sis_user_id, NULL, NULL, u.login_id, u.first_name, u.last_name, "
        "u.first_name || ' ' || u.last_name, u.sortable_name, u.short_name, u.email, "
        "CASE u.workflow_state WHEN 'deleted' THEN 'deleted' ELSE 'active' END, 'true', u.pronouns "
        "FROM users u WHERE u.id IN (SELECT e.user_id FROM enrollments e JOIN courses c ON c.id = "
        "e.course_id "
        f"WHERE {ctx.course_filter()}) {deleted} ORDER BY u.id"
    )
    header = [
        "canvas_user_id",
        "user_id",
        "integration_id",
        "authentication_provider_id",
        "login_id",
        "first_name",
        "last_name",
        "full_name",
        "sortable_name",
        "short_name",
        "email",
        "status",
        "created_by_sis",
        "pronouns",
    ]
    return _maybe_sis("users.csv", header, rows, sis)


def _accounts(ctx: FileContext, sis: bool) -> CsvFile:
    rows = ctx.rows(
        "SELECT a.id, a.sis_account_id, a.parent_account_id, p.sis_account_id, a.name, 'active', 'true' "
        f"FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_account_id WHERE a.id IN ({ctx.subtree()}) "
        f"AND a.id != {ctx.account_id} ORDER BY a.id"
    )
    header = [
        "canvas_account_id",
        "account_id",
        "canvas_parent_id",
        "parent_account_id",
        "name",
        "status",
        "created_by_sis",
    ]
    return _maybe_sis("accounts.csv", header, rows, sis)


def _terms(ctx: FileContext, sis: bool) -> CsvFile:
    rows = ctx.rows(
        "SELECT id, sis_term_id, name, 'active', start_at, end_at, 'true' FROM terms "
        "WHERE sis_term_id IS NOT NULL ORDER BY id"
    )
    header = ["canvas_term_id", "term_id", "name", "status", "start_date", "end_date", "created_by_sis"]
    return _maybe_sis("terms.csv", header, rows, sis)


def _courses(ctx: FileContext, sis: bool) -> CsvFile:
    rows = ctx.rows(
        "SELECT c.id, c.sis_course_id, NULL, c.course_code, c.name, c.account_id, a.sis_account_id, "
        "c.term_id, "
        "t.sis_term_id, CASE c.workflow_state WHEN 'claimed' THEN 'unpublished' WHEN 'available' THEN "
        "'active' "
        "ELSE c.workflow_state END, t.start_at, t.end_at, 'true' "
        "FROM courses c JOIN accounts a ON a.id = c.account_id JOIN terms t ON t.id = c.term_id "
        f"WHERE {ctx.course_filter()} ORDER BY c.id"
    )
    header = [
        "canvas_course_id",
        "course_id",
        "integration_id",
        "short_name",
        "long_name",
        "canvas_account_id",
        "account_id",
        "canvas_term_id",
        "term_id",
        "status",
        "start_date",
        "end_date",
        "created_by_sis",
    ]
    return _maybe_sis("courses.csv", header, rows, sis)


def _sections(ctx: FileContext, sis: bool) -> CsvFile:
    rows = ctx.rows(
        "SELECT c.id, 'S-' || c.id, c.id, c.sis_course_id, c.name || ' Section 1', "
        "CASE c.workflow_state WHEN 'deleted' THEN 'deleted' ELSE 'active' END, NULL, NULL, c.account_id, "
        "a.sis_account_id, 'true' FROM courses c JOIN accounts a ON a.id = c.account_id WHERE "
        f"{ctx.course_filter()} "
        "ORDER BY c.id"
    )
    header = [
        "canvas_section_id",
        "section_id",
        "canvas_course_id",
        "course_id",
        "name",
        "status",
        "start_date",
        "end_date",
        "canvas_account_id",
        "account_id",
        "created_by_sis",
    ]
    return _maybe_sis("sections.csv", header, rows, sis)


def _enrollments(ctx: FileContext, sis: bool) -> CsvFile:
    deleted = "" if ctx.include_deleted else "AND e.workflow_state != 'deleted'"
    rows = ctx.rows(
        "SELECT c.id, c.sis_course_id, u.id, u.sis_user_id, "
        "CASE e.type WHEN 'TeacherEnrollment' THEN 'teacher' ELSE 'student' END, "
        "CASE e.type WHEN 'TeacherEnrollment' THEN 4 ELSE 3 END, e.section_id, 'S-' || e.section_id, "
        "e.workflow_state, NULL, NULL, 'true', e.type, 'false' "
        "FROM enrollments e JOIN courses c ON c.id = e.course_id JOIN users u ON u.id = e.user_id "
        f"WHERE {ctx.course_filter()} {deleted} ORDER BY e.id"
    )
    header = [
        "canvas_course_id",
        "course_id",
        "canvas_user_id",
        "user_id",
        "role",
        "role_id",
        "canvas_section_id",
        "section_id",
        "status",
        "canvas_associated_user_id",
        "associated_user_id",
        "created_by_sis",
        "base_role_type",
        "limit_section_privileges",
    ]
    return _maybe_sis("enrollments.csv", header, rows, sis)


def _admins(ctx: FileContext, sis: bool) -> CsvFile:
    rows = ctx.rows(
        "SELECT u.id, u.sis_user_id, a.id, a.sis_account_id, 'AccountAdmin', 'active', 'false' "
        f"FROM account_admins aa JOIN users u ON u.id = aa.user_id JOIN accounts a ON a.id = aa.account_id "
        f"WHERE aa.account_id IN ({ctx.subtree()}) ORDER BY u.id"
    )
    header = [
        "admin_user_id",
        "user_id",
        "canvas_account_id",
        "account_id",
        "role",
        "status",
        "created_by_sis",
    ]
    return _maybe_sis("admins.csv", header, rows, sis)


def _empty(name: str, header: Sequence[str]) -> Callable[[FileContext, bool], CsvFile]:
    """Object types the seed has none of (groups, cross-listings, observers): a header row only."""

    def build(ctx: FileContext, sis: bool) -> CsvFile:
        return _maybe_sis(name, header, [], sis)

    return build


OBJECT_FILES: dict[str, Callable[[FileContext, bool], CsvFile]] = {
    "users": _users,
    "accounts": _accounts,
    "terms": _terms,
    "courses": _courses,
    "sections": _sections,
    "enrollments": _enrollments,
    "groups": _empty(
        "groups.csv",
        [
            "canvas_group_id",
            "group_id",
            "canvas_group_category_id",
            "group_category_id",
            "canvas_account_id",
            "account_id",
            "canvas_course_id",
            "course_id",
            "name",
            "status",
            "created_by_sis",
        ],
    ),
    "group_categories": _empty(
        "group_categories.csv",
        [
            "canvas_group_category_id",
            "group_category_id",
            "canvas_account_id",
            "canvas_course_id",
            "category_name",
            "status",
            "created_by_sis",
        ],
    ),
    "group_membership": _empty(
        "group_membership.csv",
        ["canvas_group_id", "group_id", "canvas_user_id", "user_id", "status", "created_by_sis"],
    ),
    "xlist": _empty(
        "xlist.csv",
        [
            "canvas_xlist_course_id",
            "xlist_course_id",
            "canvas_section_id",
            "section_id",
            "status",
            "created_by_sis",
        ],
    ),
    "user_observers": _empty(
        "user_observers.csv",
        ["canvas_observer_id", "observer_id", "canvas_student_id", "student_id", "status", "created_by_sis"],
    ),
    "admins": _admins,
}


def _maybe_sis(name: str, header: Sequence[str], rows: list[tuple[Any, ...]], sis: bool) -> CsvFile:
    """SIS export files are the provisioning files without Canvas's own `canvas_*` id columns."""
    if not sis:
        return CsvFile(name, header, rows)
    keep = [
        i for i, column in enumerate(header) if not column.startswith("canvas_") and column != "admin_user_id"
    ]
    return CsvFile(name, [header[i] for i in keep], [tuple(row[i] for i in keep) for row in rows])


def _object_files(ctx: FileContext, sis: bool) -> list[CsvFile]:
    return [OBJECT_FILES[flag](ctx, sis) for flag in OBJECT_FLAGS if ctx.flag(flag)]


def _student_enrollments(
    ctx: FileContext, columns: str, header: Sequence[str], extra: str = ""
) -> list[CsvFile]:
    deleted = "" if ctx.include_deleted else "AND e.workflow_state != 'deleted'"
    rows = ctx.rows(
        f"SELECT {columns} FROM enrollments e JOIN courses c ON c.id = e.course_id JOIN users u ON u.id = "
        "e.user_id "
        f"JOIN terms t ON t.id = c.term_id WHERE e.type = 'StudentEnrollment' AND {ctx.course_filter()} "
        f"{deleted} "
        f"{extra} ORDER BY e.id"
    )
    return [CsvFile(f"{ctx.report}.csv", header, rows)]


def _grades(ctx: FileContext) -> list[CsvFile]:
    return _student_enrollments(
        ctx,
        "u.short_name, u.id, u.sis_user_id, c.name, c.id, c.sis_course_id, c.name || ' Section 1', "
        "e.section_id, "
        "'S-' || e.section_id, t.name, t.id, t.sis_term_id, ROUND(60 + (e.id * 37 % 400) / 10.0, 1), "
        "ROUND(55 + (e.id * 53 % 450) / 10.0, 1), e.workflow_state",
        [
            "student name",
            "student id",
            "student sis",
            "course",
            "course id",
            "course sis",
            "section",
            "section id",
            "section sis",
            "term",
            "term id",
            "term sis",
            "current score",
            "final score",
            "enrollment state",
        ],
    )


def _last_access(ctx: FileContext) -> list[CsvFile]:
    rows = ctx.rows(
        "SELECT u.id, u.sis_user_id, u.short_name, strftime('%Y-%m-%dT%H:%M:%SZ', 1767225600 + u.id * 3607, "
        "'unixepoch'), '10.0.' || (u.id % 250) || '.' || (u.id % 200) FROM users u WHERE u.id IN ("
        "SELECT e.user_id FROM enrollments e JOIN courses c ON c.id = e.course_id WHERE "
        f"{ctx.course_filter()}) "
        "ORDER BY u.id"
    )
    return [
        CsvFile(
            f"{ctx.report}.csv", ["user id", "user sis id", "user name", "last access at", "last ip"], rows
        )
    ]


def _last_activity(ctx: FileContext) -> list[CsvFile]:
    return _student_enrollments(
        ctx,
        "u.id, u.short_name, c.id, c.name, strftime('%Y-%m-%dT%H:%M:%SZ', 1767225600 + e.id * 911, "
        "'unixepoch')",
        ["user_id", "user_name", "course_id", "course_name", "last_activity_at"],
    )


def _course_list(
    where: str, extra_columns: str = "", extra_header: Sequence[str] = ()
) -> Callable[[FileContext], list[CsvFile]]:
    def build(ctx: FileContext) -> list[CsvFile]:
        rows = ctx.rows(
            "SELECT c.id, c.sis_course_id, c.course_code, c.name, c.account_id, a.sis_account_id, a.name, "
            "t.name"
            f"{extra_columns} FROM courses c JOIN accounts a ON a.id = c.account_id JOIN terms t ON t.id = "
            "c.term_id "
            f"WHERE {ctx.course_filter()} {where} ORDER BY c.id"
        )
        header = [
            "id",
            "sis id",
            "short name",
            "long name",
            "account id",
            "account sis id",
            "account name",
            "term",
            *extra_header,
        ]
        return [CsvFile(f"{ctx.report}.csv", header, rows)]

    return build


def _deleted_courses(ctx: FileContext) -> list[CsvFile]:
    ctx = FileContext(
        ctx.db, ctx.account_id, ctx.report, {**ctx.parameters, "include_deleted": True}, ctx.term_ids
    )
    return _course_list("AND c.workflow_state = 'deleted'")(ctx)


def _tokens(ctx: FileContext) -> list[CsvFile]:
    rows = ctx.rows(
        "SELECT u.id, u.short_name, substr(t.token, 1, 5), t.expired_at, NULL, "
        "CASE t.requires_scopes WHEN 1 THEN 170000000000001 ELSE NULL END, "
        "CASE t.requires_scopes WHEN 1 THEN 'Mock scoped key' ELSE 'User-Generated' END "
        "FROM tokens t JOIN users u ON u.id = t.user_id ORDER BY u.id, t.token"
    )
    header = ["user id", "user name", "token hint", "expiration", "last used", "dev key id", "dev key name"]
    return [CsvFile(f"{ctx.report}.csv", header, rows)]


def _developer_keys(ctx: FileContext) -> list[CsvFile]:
    header = ["Developer Key Name", "Developer Key Id", "Owner Email", "Require Scopes", "Scopes"]
    return [
        CsvFile(
            f"{ctx.report}.csv",
            header,
            [
                (
                    "Mock scoped key",
                    170000000000001,
                    "dana.admin@example.edu",
                    "true",
                    "GET scopes of the Account Reports API",
                )
            ],
        )
    ]


def _header_only(*header: str) -> Callable[[FileContext], list[CsvFile]]:
    def build(ctx: FileContext) -> list[CsvFile]:
        return [CsvFile(f"{ctx.report}.csv", header, [])]

    return build


def _users_listing(ctx: FileContext) -> list[CsvFile]:
    users = _users(ctx, sis=False)
    return [CsvFile(f"{ctx.report}.csv", users.header, users.rows)]


BUILDERS: dict[str, Callable[[FileContext], list[CsvFile]]] = {
    "provisioning_csv": lambda ctx: _object_files(ctx, sis=False),
    "sis_export_csv": lambda ctx: _object_files(ctx, sis=True),
    "grade_export_csv": _grades,
    "mgp_grade_export_csv": _grades,
    "last_user_access_csv": _last_access,
    "last_enrollment_activity_csv": _last_activity,
    "zero_activity_csv": _last_activity,
    "students_with_no_submissions_csv": _last_activity,
    "course_storage_csv": _course_list("", ", ROUND((c.id * 7919 % 5000) / 10.0, 1)", ["storage used in MB"]),
    "unpublished_courses_csv": _course_list("AND c.workflow_state = 'claimed'"),
    "unused_courses_csv": _course_list("AND c.workflow_state IN ('claimed', 'available') AND c.id % 4 = 0"),
    "public_courses_csv": _course_list("AND c.is_public = 1"),
    "recently_deleted_courses_csv": _deleted_courses,
    "user_access_tokens_csv": _tokens,
    "developer_key_report_csv": _developer_keys,
    "lti_report_csv": _header_only(
        "context type",
        "context id",
        "account name",
        "tool type name",
        "tool id",
        "created at",
        "privacy level",
        "launch url",
        "custom fields",
    ),
    "eportfolio_report_csv": _header_only(
        "eportfolio name",
        "eportfolio id",
        "author name",
        "author id",
        "created at",
        "updated at",
        "is_public",
    ),
    "outcome_export_csv": _header_only(
        "vendor_guid",
        "object_type",
        "title",
        "description",
        "display_name",
        "calculation_method",
        "calculation_int",
        "workflow_state",
        "parent_guids",
        "ratings",
    ),
    "outcome_results_csv": _header_only(
        "student name",
        "student id",
        "student sis id",
        "assignment title",
        "assignment id",
        "submission date",
        "submission score",
        "learning outcome",
        "learning outcome id",
        "attempt",
        "outcome score",
        "course name",
        "course id",
        "course sis id",
    ),
    "student_assignment_outcome_map_csv": _header_only(
        "student name",
        "student id",
        "student sis id",
        "assignment title",
        "assignment id",
        "learning outcome",
        "learning outcome id",
        "course name",
        "course id",
    ),
}


def build_report_file(ctx: FileContext, report_id: int, when: float) -> ReportFile | None:
    """The report's file, or None when the report has nothing to produce (no object type selected)."""
    builder = BUILDERS.get(ctx.report, _users_listing)
    files = builder(ctx)
    if not files:
        return None
    stamp = datetime.fromtimestamp(when, UTC).strftime("%d_%b_%Y")
    stem = f"{ctx.report}_{stamp}_{report_id}"
    lines = sum(len(f.rows) for f in files)
    if len(files) == 1:
        return ReportFile(f"{stem}.csv", "text/csv", _csv_bytes(files[0]), lines)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for f in files:
            info = zipfile.ZipInfo(f.name, date_time=datetime.fromtimestamp(when, UTC).timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, _csv_bytes(f))
    return ReportFile(f"{stem}.zip", "application/zip", buffer.getvalue(), lines)


def _csv_bytes(f: CsvFile) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(f.header)
    writer.writerows(_cells(row) for row in f.rows)
    return out.getvalue().encode()


def _cells(row: Iterable[Any]) -> list[Any]:
    return ["" if cell is None else cell for cell in row]
