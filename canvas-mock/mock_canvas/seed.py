"""The mock's seed: two accounts, the three documented tokens, terms, and a school's worth of users,
courses and enrollments for the report files.

The rows are generated deterministically (no randomness between runs) so report files are reproducible
and large enough (thousands of rows) for `current_line` to move the way Canvas's does, about every
1000 rows. docs/mock.md's "Seed data" section describes the same facts; keep them in step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

ROOT_ACCOUNT_ID = 1
SUB_ACCOUNT_ID = 2
ADMIN_USER_ID = 1077
READONLY_USER_ID = 1078
TEACHER_USER_ID = 1079
DEFAULT_TERM_ID = 1

ACCOUNTS = [
    # id, name, parent, root, sis_account_id, sis_integration_id, lti_context_id, uuid
    (
        ROOT_ACCOUNT_ID,
        "Example University",
        None,
        None,
        None,
        None,
        "4e6f7a2b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f",
        "hV2u1Wc3Xy4Zk5Lm6Nn7Op8Qr9St0Uv1Wx2Yz3Ab",
    ),
    (
        SUB_ACCOUNT_ID,
        "School of Engineering",
        ROOT_ACCOUNT_ID,
        ROOT_ACCOUNT_ID,
        "sub-2",
        "int-sub-2",
        "9f1e3d5c7b9a1f3e5d7c9b1a3f5e7d9c1b3a5f7e",
        "Ab3Yz2Wx1Uv0St9Qr8Op7Nn6Lm5Zk4Xy3Wc2hV1u",
    ),
]

TERMS = [
    # id, name, sis_term_id, sis_integration_id, start_at, end_at
    (DEFAULT_TERM_ID, "Default Term", None, None, None, None),
    (11, "Fall 2025", "2025-FA", "int-2025-FA", "2025-08-25T00:00:00Z", "2025-12-19T23:59:59Z"),
    (12, "Spring 2026", "2026-SP", "int-2026-SP", "2026-01-12T00:00:00Z", "2026-05-15T23:59:59Z"),
    (13, "Summer 2026", "2026-SU", "int-2026-SU", "2026-06-01T00:00:00Z", "2026-08-07T23:59:59Z"),
    (14, "Fall 2026", "2026-FA", "int-2026-FA", "2026-08-24T00:00:00Z", "2026-12-18T23:59:59Z"),
]


@dataclass(frozen=True)
class SeedToken:
    token: str
    user_id: int
    requires_scopes: bool
    # Which operations' scopes the token holds: "GET" = the scopes of every GET operation in the spec.
    scope_methods: tuple[str, ...]


TOKENS = [
    # An account admin's personal token: an unscoped key, so no scope checks.
    SeedToken("mock-admin-token", ADMIN_USER_ID, False, ()),
    # A developer key that requires scopes and holds only the GET scopes (an admin user, so GETs work).
    SeedToken("mock-readonly-token", READONLY_USER_ID, True, ("GET",)),
    # A teacher: a valid token whose user lacks read_reports on every account.
    SeedToken("mock-teacher-token", TEACHER_USER_ID, False, ()),
]

# Account admins (read_reports on the account and all its sub-accounts).
ACCOUNT_ADMINS = [(ROOT_ACCOUNT_ID, ADMIN_USER_ID), (ROOT_ACCOUNT_ID, READONLY_USER_ID)]

NAMED_USERS = [
    # id, first, last, short name, pronouns
    (ADMIN_USER_ID, "Dana", "Admin", "Dana Admin", None),
    (READONLY_USER_ID, "Robin", "Reader", "Robin Reader", "they/them"),
    (TEACHER_USER_ID, "Terry", "Teacher", "Terry Teacher", "he/him"),
]

FIRST_NAMES = [
    "Ava",
    "Ben",
    "Chloe",
    "Diego",
    "Emma",
    "Farah",
    "Gus",
    "Hana",
    "Ivan",
    "Jade",
    "Kofi",
    "Lena",
    "Mateo",
    "Nia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Vik",
    "Wren",
    "Yusuf",
]
LAST_NAMES = [
    "Abara",
    "Baker",
    "Chen",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kim",
    "Lopez",
    "Moreau",
    "Novak",
    "Okafor",
    "Patel",
    "Quispe",
    "Rossi",
    "Silva",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Young",
]
SUBJECTS = [
    "Biology",
    "Chemistry",
    "Physics",
    "Calculus",
    "Statistics",
    "History",
    "Economics",
    "Literature",
    "Philosophy",
    "Psychology",
    "Sociology",
    "Robotics",
    "Circuits",
    "Thermodynamics",
    "Databases",
]

# The seed's size: MOCK_SEED_USERS students (Settings.seed_users); courses grow with it (one per 40
# students and term, at least six), so every size has the same shape and density.
DEFAULT_STUDENT_COUNT = 2400
STUDENTS_PER_COURSE_SLOT = 40
FIRST_STUDENT_ID = 2001
FIRST_COURSE_ID = 301
OBSERVER_USER_ID = 1080
SEED_EPOCH = 1767225600  # 2026-01-01T00:00:00Z: seeded timestamps count from here
DAY = 86400
STUDENT_ROLE_ID, TEACHER_ROLE_ID, ACCOUNT_ADMIN_ROLE_ID = 3, 4, 1
SIS_BATCH_ID = 77  # rows "created by SIS" carry this batch id

# The root account's settings and features that decide Canvas's conditional columns, named as the spec's
# `x-condition-setting` names them (the mock refuses to start on a setting missing here). Switch one with
# MOCK_ACCOUNT_FEATURES (Settings.account_features), e.g. "temporary_enrollments,-pronouns".
ACCOUNT_FEATURES = {
    "pronouns": True,  # users.csv `pronouns`: can_add_pronouns and enable_sis_export_pronouns not false
    "include_integration_ids_in_gradebook_exports": True,  # grade exports' `student integration id`
    "final_grades_override": True,  # grade exports' override score/grade columns
    "temporary_enrollments": False,  # enrollments' temporary-enrollment columns
    "trust_exists": False,  # `root_account` columns (a trust relationship with another root account)
    "account_level_mastery_scales": False,  # outcome export's short header
}

# Grading period sets of terms (mgp_grade_export_csv); other terms have none.
GRADING_PERIODS = [
    # id, set id, set title, term id, title, start, end
    (501, 41, "2025-26 Quarters", 11, "Fall Q1", "2025-08-25T00:00:00Z", "2025-10-17T23:59:59Z"),
    (502, 41, "2025-26 Quarters", 11, "Fall Q2", "2025-10-20T00:00:00Z", "2025-12-19T23:59:59Z"),
    (503, 41, "2025-26 Quarters", 12, "Spring Q3", "2026-01-12T00:00:00Z", "2026-03-13T23:59:59Z"),
    (504, 41, "2025-26 Quarters", 12, "Spring Q4", "2026-03-16T00:00:00Z", "2026-05-15T23:59:59Z"),
]

DEVELOPER_KEYS = [
    # id, name, email, scopes (the mock-readonly-token is one of this key's tokens)
    (
        170000000000001,
        "Mock scoped key",
        "dana.admin@example.edu",
        "url:GET|/api/v1/accounts/:account_id/reports",
    ),
]

EXTERNAL_TOOLS = [
    # id, context type, context id, name, tool_id, privacy level, url, custom fields, workflow state, created
    (
        71,
        "Account",
        ROOT_ACCOUNT_ID,
        "Library Search",
        "library_search",
        "public",
        "https://tools.example.edu/library/launch",
        "campus=main",
        "public",
        SEED_EPOCH + 3 * DAY,
    ),
    (
        72,
        "Course",
        FIRST_COURSE_ID,
        "Lab Simulator",
        "lab_sim",
        "anonymous",
        "https://labs.example.edu/lti",
        "",
        "anonymous",
        SEED_EPOCH + 9 * DAY,
    ),
    (
        73,
        "Account",
        SUB_ACCOUNT_ID,
        "Retired Proctoring",
        None,
        "name_only",
        "https://proctor.example.edu/lti",
        "",
        "deleted",
        SEED_EPOCH + 20 * DAY,
    ),
]


def account_features(overrides: str = "") -> dict[str, bool]:
    """ACCOUNT_FEATURES with MOCK_ACCOUNT_FEATURES applied: `name` turns one on, `-name` off."""
    features = dict(ACCOUNT_FEATURES)
    for item in (part.strip() for part in overrides.split(",")):
        if not item:
            continue
        name = item.lstrip("+-")
        if name not in features:
            raise ValueError(f"MOCK_ACCOUNT_FEATURES: unknown feature {name!r}; known: {sorted(features)}")
        features[name] = not item.startswith("-")
    return features


def student_count(size: int | None) -> int:
    return DEFAULT_STUDENT_COUNT if size is None else size


def courses_per_term(size: int | None) -> int:
    return max(6, student_count(size) // STUDENTS_PER_COURSE_SLOT)


def courses(size: int | None = None) -> Iterator[tuple[int, int, int, str, str, str, bool]]:
    """(id, account_id, term_id, name, code, workflow_state, is_public) per term; a third in account 2."""
    course_id = FIRST_COURSE_ID
    for term_id, _name, sis_term, *_ in TERMS:
        for n in range(courses_per_term(size)):
            subject = SUBJECTS[n % len(SUBJECTS)]
            level = 100 + (n // len(SUBJECTS)) * 100 + n % 10
            account = SUB_ACCOUNT_ID if n % 3 == 0 else ROOT_ACCOUNT_ID
            state = ("available", "available", "available", "claimed", "completed", "deleted")[n % 6]
            tag = sis_term or "DEF"
            yield (
                course_id,
                account,
                term_id,
                f"{subject} {level} ({tag})",
                f"{subject[:4].upper()}{level}",
                state,
                n % 5 == 0,
            )
            course_id += 1


# Tables only the report files read (the API's own tables are in store.SCHEMA).
SCHEMA = """
CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL, nonxlist_course_id INTEGER, name TEXT NOT NULL,
    sis_source_id TEXT, integration_id TEXT, sis_batch_id INTEGER, workflow_state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS group_categories (
    id INTEGER PRIMARY KEY, context_type TEXT NOT NULL, context_id INTEGER NOT NULL, name TEXT NOT NULL,
    sis_source_id TEXT, role TEXT, self_signup TEXT, group_limit INTEGER, auto_leader TEXT,
    sis_batch_id INTEGER, workflow_state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS groups (
    id INTEGER PRIMARY KEY, group_category_id INTEGER NOT NULL, context_type TEXT NOT NULL,
    context_id INTEGER NOT NULL, name TEXT NOT NULL, sis_source_id TEXT, max_membership INTEGER,
    sis_batch_id INTEGER, workflow_state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS group_memberships (
    group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, sis_batch_id INTEGER, workflow_state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS user_observers (
    observer_id INTEGER NOT NULL, student_id INTEGER NOT NULL, sis_batch_id INTEGER,
    workflow_state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS grading_periods (
    id INTEGER PRIMARY KEY, set_id INTEGER NOT NULL, set_title TEXT NOT NULL, term_id INTEGER NOT NULL,
    title TEXT NOT NULL, start_at TEXT NOT NULL, end_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS developer_keys (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, scopes TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS external_tools (
    id INTEGER PRIMARY KEY, context_type TEXT NOT NULL, context_id INTEGER NOT NULL, name TEXT NOT NULL,
    tool_id TEXT, privacy_level TEXT NOT NULL, url TEXT NOT NULL, custom_fields TEXT NOT NULL,
    workflow_state TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS eportfolios (
    id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, name TEXT NOT NULL, public INTEGER NOT NULL,
    workflow_state TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
"""


def populate(db: Any, size: int | None, token_scopes: Callable[[SeedToken], str]) -> None:
    """Write the whole seed into an empty database in bulk (executemany over generators): the default
    school in well under a second, MOCK_SEED_USERS=200000 in seconds."""
    db.executemany(
        "INSERT INTO accounts (id, name, parent_account_id, root_account_id, sis_account_id, "
        "sis_integration_id, lti_context_id, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ACCOUNTS,
    )
    db.executemany(
        "INSERT INTO terms (id, root_account_id, name, sis_term_id, sis_integration_id, start_at, end_at, "
        "is_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(t[0], ROOT_ACCOUNT_ID, *t[1:], int(t[0] == DEFAULT_TERM_ID)) for t in TERMS],
    )
    named = [*NAMED_USERS, (OBSERVER_USER_ID, "Olive", "Observer", "Olive Observer", None)]
    db.executemany(
        "INSERT INTO users (id, first_name, last_name, short_name, sortable_name, sis_user_id, login_id, "
        "email, pronouns, workflow_state, integration_id, sis_batch_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                uid,
                first,
                last,
                short,
                f"{last}, {first}",
                f"SIS-{uid}",
                f"{first.lower()}.{last.lower()}",
                f"{first.lower()}.{last.lower()}@example.edu",
                pronouns,
                "registered",
                None,
                None,
                SEED_EPOCH - 400 * DAY,
            )
            for uid, first, last, short, pronouns in named
        ),
    )
    _students(db, student_count(size))
    db.executemany("INSERT INTO account_admins VALUES (?, ?)", ACCOUNT_ADMINS)
    db.executemany(
        "INSERT INTO tokens (token, user_id, requires_scopes, scopes, seeded) VALUES (?, ?, ?, ?, 1)",
        [(t.token, t.user_id, int(t.requires_scopes), token_scopes(t)) for t in TOKENS],
    )
    course_rows = list(courses(size))
    term_dates = {t[0]: (t[4], t[5]) for t in TERMS}
    db.executemany(
        "INSERT INTO courses (id, account_id, term_id, name, course_code, sis_course_id, workflow_state, "
        "is_public, integration_id, sis_batch_id, created_at, start_at, conclude_at, course_format, "
        "storage_bytes, has_content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                cid,
                account,
                term,
                name,
                code,
                None if cid % 11 == 0 else f"C-{cid}",
                state,
                int(public),
                f"CI-{cid}" if cid % 3 == 0 else None,
                None if cid % 11 == 0 else SIS_BATCH_ID,
                SEED_EPOCH - (cid % 200) * DAY,
                *(term_dates[term] if cid % 2 == 0 else (None, None)),
                ("on_campus", "online", "blended", None)[cid % 4],
                (cid * 7919 % 5000) * 104857,
                int(cid % 4 != 0),
            )
            for cid, account, term, name, code, state, public in course_rows
        ),
    )
    db.executemany(
        "INSERT INTO sections (id, course_id, nonxlist_course_id, name, sis_source_id, integration_id, "
        "sis_batch_id, workflow_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                cid,
                cid,
                None,
                f"{name} Section 1",
                None if cid % 11 == 0 else f"S-{cid}",
                None,
                None if cid % 11 == 0 else SIS_BATCH_ID,
                "deleted" if state == "deleted" else "active",
            )
            for cid, _account, _term, name, _code, state, _public in course_rows
        ),
    )
    # Cross-listings: the first course of each term takes in a second section of the term's second course.
    per_term = courses_per_term(size)
    db.executemany(
        "INSERT INTO sections (id, course_id, nonxlist_course_id, name, sis_source_id, integration_id, "
        "sis_batch_id, workflow_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                900000 + first + 1,
                first,
                first + 1,
                "Cross-listed section",
                f"S-X{first + 1}",
                None,
                SIS_BATCH_ID,
                "active",
            )
            for first in range(FIRST_COURSE_ID, FIRST_COURSE_ID + per_term * len(TERMS), per_term)
        ],
    )
    _enrollments(db, len(course_rows))
    db.execute(
        "UPDATE enrollments SET sis_batch_id = CASE WHEN id % 8 = 0 THEN NULL ELSE ? END, "
        "role_id = CASE type WHEN 'TeacherEnrollment' THEN ? ELSE ? END, "
        "last_activity_at = CASE WHEN id % 5 = 0 THEN NULL ELSE ? + id * 911 % (150 * ?) END, "
        "last_submission_at = CASE WHEN id % 3 = 0 THEN NULL ELSE ? + id * 613 % (330 * ?) END, "
        "updated_at = ? + id * 257 % (300 * ?)",
        (SIS_BATCH_ID, TEACHER_ROLE_ID, STUDENT_ROLE_ID, SEED_EPOCH, DAY, SEED_EPOCH, DAY, SEED_EPOCH, DAY),
    )
    # Built after the bulk insert (cheaper than maintaining it row by row); the groups and the
    # enrollment-based reports look enrollments up by course.
    db.execute("CREATE INDEX enrollments_by_course ON enrollments (course_id, type, workflow_state, user_id)")
    _groups(db, course_rows)
    db.executemany(
        "INSERT INTO user_observers VALUES (?, ?, ?, ?)",
        [
            (OBSERVER_USER_ID, FIRST_STUDENT_ID + 1, SIS_BATCH_ID, "active"),
            (OBSERVER_USER_ID, FIRST_STUDENT_ID + 2, None, "active"),
        ],
    )
    db.executemany("INSERT INTO grading_periods VALUES (?, ?, ?, ?, ?, ?, ?)", GRADING_PERIODS)
    db.executemany("INSERT INTO developer_keys VALUES (?, ?, ?, ?)", DEVELOPER_KEYS)
    db.executemany("INSERT INTO external_tools VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", EXTERNAL_TOOLS)
    db.executemany(
        "INSERT INTO eportfolios VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                81,
                FIRST_STUDENT_ID + 3,
                "Design Portfolio",
                1,
                "active",
                SEED_EPOCH + DAY,
                SEED_EPOCH + 5 * DAY,
            ),
            (
                82,
                FIRST_STUDENT_ID + 4,
                "Lab Notebook",
                0,
                "active",
                SEED_EPOCH + 2 * DAY,
                SEED_EPOCH + 2 * DAY,
            ),
            (
                83,
                FIRST_STUDENT_ID + 5,
                "Old Work",
                0,
                "deleted",
                SEED_EPOCH - 90 * DAY,
                SEED_EPOCH - 60 * DAY,
            ),
            (84, OBSERVER_USER_ID, "Family Notes", 1, "active", SEED_EPOCH + 7 * DAY, SEED_EPOCH + 8 * DAY),
        ],
    )


def _students(db: Any, count: int) -> None:
    """The generated students, written by SQLite itself (a large school in a second or two): names cycle
    through FIRST_NAMES x LAST_NAMES, pronouns through four values, every 97th is deleted; nine in ten come
    from the SIS (SIS id, batch) and every tenth was made by hand (no SIS id); even ids have an
    integration id."""
    db.execute("CREATE TEMP TABLE seed_names (kind TEXT, i INTEGER, name TEXT)")
    db.executemany(
        "INSERT INTO seed_names VALUES (?, ?, ?)",
        [("first", i, n) for i, n in enumerate(FIRST_NAMES)]
        + [("last", i, n) for i, n in enumerate(LAST_NAMES)],
    )
    db.execute(
        "INSERT INTO users (id, first_name, last_name, short_name, sortable_name, sis_user_id, login_id, "
        "email, pronouns, workflow_state, integration_id, sis_batch_id, created_at) "
        "WITH RECURSIVE n(i) AS (SELECT 0 WHERE ? > 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?), "
        "s(i, id) AS (SELECT i, ? + i FROM n) "
        "SELECT s.id, f.name, l.name, f.name || ' ' || l.name, l.name || ', ' || f.name, "
        "CASE WHEN s.id % 10 = 0 THEN NULL ELSE printf('S%06d', s.id) END, 's' || s.id, "
        "'s' || s.id || '@students.example.edu', "
        "CASE s.i % 4 WHEN 0 THEN 'she/her' WHEN 1 THEN 'he/him' WHEN 2 THEN 'they/them' END, "
        "CASE WHEN s.i % 97 = 96 THEN 'deleted' ELSE 'registered' END, "
        "CASE WHEN s.id % 2 = 0 THEN 'INT-' || s.id END, CASE WHEN s.id % 10 = 0 THEN NULL ELSE ? END, "
        "? - (s.id % 300) * ? "
        "FROM s JOIN seed_names f ON f.kind = 'first' AND f.i = s.i % ? "
        "JOIN seed_names l ON l.kind = 'last' AND l.i = (s.i / ?) % ? ORDER BY s.id",
        (
            count,
            count,
            FIRST_STUDENT_ID,
            SIS_BATCH_ID,
            SEED_EPOCH,
            DAY,
            len(FIRST_NAMES),
            len(FIRST_NAMES),
            len(LAST_NAMES),
        ),
    )
    db.execute("DROP TABLE seed_names")


def _enrollments(db: Any, course_count: int) -> None:
    """Every student in three courses (the n-th student's k-th course is course number (7n + 31k) mod the
    course count), in states cycling active x3, completed, invited, inactive, deleted; Terry Teacher in
    every course. Written by SQLite itself; each course's one section has the course's id."""
    db.execute(
        "INSERT INTO enrollments (user_id, course_id, section_id, type, workflow_state) "
        "WITH k(k) AS (VALUES (0), (1), (2)), "
        "e(user_id, n, k, course_id) AS (SELECT u.id, u.id - ?, k.k, ? + ((u.id - ?) * 7 + k.k * 31) % ? "
        "FROM users u, k WHERE u.id >= ?) "
        "SELECT user_id, course_id, course_id, 'StudentEnrollment', "
        "CASE (n + k) % 7 WHEN 3 THEN 'completed' WHEN 4 THEN 'invited' WHEN 5 THEN 'inactive' "
        "WHEN 6 THEN 'deleted' ELSE 'active' END FROM e ORDER BY user_id, k",
        (FIRST_STUDENT_ID, FIRST_COURSE_ID, FIRST_STUDENT_ID, course_count, FIRST_STUDENT_ID),
    )
    db.execute(
        "INSERT INTO enrollments (user_id, course_id, section_id, type, workflow_state) "
        "SELECT ?, id, id, 'TeacherEnrollment', 'active' FROM courses ORDER BY id",
        (TEACHER_USER_ID,),
    )


def _groups(db: Any, course_rows: list[tuple[int, int, int, str, str, str, bool]]) -> None:
    """A student-organised category in every tenth course with two groups of its first students, plus an
    account-level category with one group."""
    categories: list[tuple[Any, ...]] = []
    groups: list[tuple[Any, ...]] = []
    members: list[tuple[Any, ...]] = []
    group_id = 601
    for cid, *_rest in course_rows[::10]:
        category_id = 10000 + cid
        categories.append(
            (
                category_id,
                "Course",
                cid,
                "Project Groups",
                f"GC-{cid}",
                "student_organized",
                "restricted",
                4,
                None,
                SIS_BATCH_ID,
                "active",
            )
        )
        enrolled = [
            row[0]
            for row in db.execute(
                "SELECT user_id FROM enrollments WHERE course_id = ? AND type = 'StudentEnrollment' "
                "AND workflow_state = 'active' ORDER BY user_id LIMIT 4",
                (cid,),
            )
        ]
        for g in range(2):
            groups.append(
                (
                    group_id,
                    category_id,
                    "Course",
                    cid,
                    f"Team {g + 1}",
                    f"G-{group_id}",
                    4,
                    SIS_BATCH_ID,
                    "available",
                )
            )
            members += [(group_id, uid, SIS_BATCH_ID, "accepted") for uid in enrolled[g::2]]
            group_id += 1
    categories.append(
        (9001, "Account", ROOT_ACCOUNT_ID, "Clubs", None, None, None, None, None, None, "active")
    )
    groups.append((group_id, 9001, "Account", ROOT_ACCOUNT_ID, "Chess Club", None, None, None, "available"))
    db.executemany("INSERT INTO group_categories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", categories)
    db.executemany("INSERT INTO groups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", groups)
    db.executemany("INSERT INTO group_memberships VALUES (?, ?, ?, ?)", members)
