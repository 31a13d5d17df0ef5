"""The mock's seed: two accounts, the three documented tokens, terms, and a school's worth of users,
courses and enrollments for the report files.

The rows are generated deterministically (no randomness between runs) so report files are reproducible
and large enough (thousands of rows) for `current_line` to move the way Canvas's does, about every
1000 rows. The README's "Seed data" section describes the same facts; keep them in step.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

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

STUDENT_COUNT = 2400
COURSES_PER_TERM = 60
FIRST_STUDENT_ID = 2001
FIRST_COURSE_ID = 301


def students() -> Iterator[tuple[int, str, str, str | None, str]]:
    """(id, first, last, pronouns, workflow_state) for the generated students; every 97th is deleted."""
    for n in range(STUDENT_COUNT):
        first = FIRST_NAMES[n % len(FIRST_NAMES)]
        last = LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]
        pronouns = ("she/her", "he/him", "they/them", None)[n % 4]
        state = "deleted" if n % 97 == 96 else "registered"
        yield FIRST_STUDENT_ID + n, first, last, pronouns, state


def courses() -> Iterator[tuple[int, int, int, str, str, str, bool]]:
    """(id, account_id, term_id, name, code, workflow_state, is_public) per term; a third in account 2."""
    course_id = FIRST_COURSE_ID
    for term_id, _name, sis_term, *_ in TERMS:
        for n in range(COURSES_PER_TERM):
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


def enrollments(course_ids: list[int]) -> Iterator[tuple[int, int, int, str, str]]:
    """(user_id, course_id, section_id, type, state): every student in three courses, teachers in all."""
    for index, (user_id, *_rest) in enumerate(students()):
        for k in range(3):
            course_id = course_ids[(index * 7 + k * 31) % len(course_ids)]
            state = ("active", "active", "active", "completed", "invited", "inactive", "deleted")[
                (index + k) % 7
            ]
            yield user_id, course_id, course_id, "StudentEnrollment", state
    for course_id in course_ids:
        yield TEACHER_USER_ID, course_id, course_id, "TeacherEnrollment", "active"
