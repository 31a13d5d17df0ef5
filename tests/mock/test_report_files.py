"""The mock's report files are Canvas's: every built-in report, run to completion over HTTP, writes the files
the spec's catalogue describes (names, order, headers, cell types), with Canvas's conditional columns and row
rules (fidelity audit M2, M10-M12, M14-M16). Expected headers are derived from the spec, never re-typed."""

from __future__ import annotations

import asyncio
import csv
import io
import re
import tracemalloc
import zipfile
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

import httpx
import pytest

from canvas_contract import load_spec, resolve
from canvas_contract.catalogue import columns, report_catalogue, report_files
from mock_canvas import Settings, running_mock, seed
from mock_canvas.reportfiles import value_to_boolean
from mock_canvas.store import CHUNK_BYTES

SPEC = load_spec()
CATALOGUE = report_catalogue(SPEC)
ALL_OBJECTS = {f["selected_by"]: True for f in report_files("provisioning_csv", SPEC)}
FLIPPED = {name: not on for name, on in seed.ACCOUNT_FEATURES.items()}
SMALL_SCHOOL = 40


def _flipped_features() -> str:
    return ",".join(name if on else f"-{name}" for name, on in FLIPPED.items())


@pytest.fixture(scope="module")
def small_school() -> Iterator[Any]:
    """A small school (MOCK_SEED_USERS) with the seed's account settings: quick files for every report."""
    with running_mock(Settings(strict=True, freeze_clock=True, seed_users=SMALL_SCHOOL)) as server:
        yield server


@pytest.fixture(scope="module")
def small_flipped() -> Iterator[Any]:
    """A small school whose account settings are the seed's opposite."""
    settings = Settings(
        strict=True, freeze_clock=True, seed_users=SMALL_SCHOOL, account_features=_flipped_features()
    )
    with running_mock(settings) as server:
        yield server


def on(canvas: Any, server: Any) -> Any:
    """The test's HTTP helper pointed at another mock, reset to its seed."""
    other = type(canvas)(server.url)
    other.control("POST", "reset").raise_for_status()
    return other


def run(canvas: Any, report: str, parameters: Mapping[str, Any] | None = None, account: str = "1") -> dict:
    """Start a report, let the mock clock run it to its end, and return the final Report."""
    body = {} if parameters is None else {"parameters": dict(parameters)}
    started = canvas.started(report, account, json=body)
    canvas.advance(10)
    done = canvas.report(started, account).json()
    assert done["status"] in ("complete", "error"), done
    return done


def download(canvas: Any, done: dict[str, Any]) -> httpx.Response:
    assert done["status"] == "complete", done
    redirect = canvas.get(done["file_url"])
    assert redirect.status_code == 302
    file = httpx.get(redirect.headers["location"])
    assert file.status_code == 200 and len(file.content) == done["attachment"]["size"]
    return file


def tables(canvas: Any, done: dict[str, Any]) -> dict[str, list[list[str]]]:
    """File name -> rows (header first) of a finished report; a single CSV is named by the report."""
    file = download(canvas, done)
    if done["attachment"]["content-type"] == "application/zip":
        with zipfile.ZipFile(io.BytesIO(file.content)) as archive:
            return {n: list(csv.reader(io.StringIO(archive.read(n).decode()))) for n in archive.namelist()}
    return {done["report"]: list(csv.reader(io.StringIO(file.text)))}


def expected_header(
    row: Mapping[str, Any],
    features: Mapping[str, bool],
    parameters: frozenset[str] = frozenset(),
    labels: tuple[str, ...] = (),
) -> list[str]:
    """The header the spec promises for these account settings and these condition parameters set."""
    header = []
    for column in columns(row, repeat_labels=labels):
        schema = column.schema
        setting = schema.get("x-condition-setting")
        if setting is not None and features[setting] != schema.get("x-condition-present-when", True):
            continue
        parameter = schema.get("x-condition-parameter")
        if parameter is not None and parameter not in parameters:
            continue
        header.append(column.name)
    return header


def check_cells(
    name: str,
    header: list[str],
    rows: list[list[str]],
    row_schema: Mapping[str, Any],
    labels: tuple[str, ...] = (),
) -> None:
    """Every cell has the type its column's schema gives (empty = null)."""
    kinds = {}
    for column in columns(row_schema, repeat_labels=labels):
        schema = resolve(column.schema, SPEC)
        types = schema.get("type", "string")
        kind = next((t for t in types if t != "null"), "string") if isinstance(types, list) else types
        kinds[column.name] = "date-time" if schema.get("format") == "date-time" else kind
    for row in rows:
        assert len(row) == len(header), (name, row)
        for cell_name, cell in zip(header, row, strict=True):
            kind = kinds[cell_name]
            if cell == "":
                continue
            if kind == "integer":
                assert re.fullmatch(r"-?[0-9]+", cell), (name, cell_name, cell)
            elif kind == "number":
                float(cell)
            elif kind == "boolean":
                assert cell in ("true", "false"), (name, cell_name, cell)
            elif kind == "date-time":
                assert datetime.fromisoformat(cell).tzinfo is not None, (name, cell_name, cell)


def _grading_period_titles(term_name: str) -> tuple[str, ...]:
    term_ids = [t[0] for t in seed.TERMS if t[1] == term_name]
    return tuple(p[4] for p in seed.GRADING_PERIODS if p[3] in term_ids)


def check_report(canvas: Any, report: str, features: Mapping[str, bool], parameters: dict[str, Any]) -> None:
    done = run(canvas, report, parameters)
    found = tables(canvas, done)
    files = report_files(report, SPEC)
    kind = CATALOGUE[report]["output"]["kind"]
    on = frozenset(p for p, v in parameters.items() if v)
    if kind == "per_term_zip":  # M2: always a zip, one CSV per term, Canvas's single cell without periods
        assert done["attachment"]["content-type"] == "application/zip"
        assert list(found) == [f"{t[1]}.csv" for t in seed.TERMS]
        for name, rows in found.items():
            labels = _grading_period_titles(name[: -len(".csv")])
            if not labels:
                assert rows == [[files[0]["placeholder"]["cell"]]]
                continue
            assert rows[0] == expected_header(files[0]["row"], features, on, labels)
            check_cells(name, rows[0], rows[1:], files[0]["row"], labels)
        return
    if kind == "by_selection":
        assert list(found) == [f["name"] for f in files]  # M15: Canvas's file order
        by_name = {f["name"]: f for f in files}
    else:
        assert list(found) == [report] and len(files) == 1
        by_name = {report: files[0]}
    for name, rows in found.items():
        row_schema = by_name[name]["row"]
        assert rows[0] == expected_header(row_schema, features, on), (report, name)
        data = rows[1:]
        empty_row = by_name[name].get("empty_row")
        if empty_row is not None and data == [[empty_row]]:
            continue  # M16: Canvas's row for an outcome report without rows
        check_cells(f"{report}/{name}", rows[0], data, row_schema)


@pytest.mark.parametrize("report", list(CATALOGUE))
def test_every_report_writes_the_spec_files_with_the_seed_settings(
    canvas: Any, small_school: Any, report: str
) -> None:
    canvas = on(canvas, small_school)
    parameters = dict(ALL_OBJECTS) if CATALOGUE[report]["output"]["kind"] == "by_selection" else {}
    check_report(canvas, report, seed.ACCOUNT_FEATURES, parameters)


@pytest.mark.parametrize(
    "report",
    [
        r
        for r in CATALOGUE
        if r
        in (
            "provisioning_csv",
            "sis_export_csv",
            "grade_export_csv",
            "mgp_grade_export_csv",
            "outcome_export_csv",
        )
    ],
)
def test_conditional_columns_follow_the_account_settings(
    canvas: Any, small_flipped: Any, report: str
) -> None:
    canvas = on(canvas, small_flipped)
    parameters = dict(ALL_OBJECTS) if CATALOGUE[report]["output"]["kind"] == "by_selection" else {}
    check_report(canvas, report, FLIPPED, parameters)


def test_a_parameter_adds_its_conditional_column_by_canvas_truthiness(canvas: Any) -> None:
    report = "students_with_no_submissions_csv"
    conditional = [
        c.name for c in columns(report_files(report, SPEC)[0]["row"]) if "x-condition-parameter" in c.schema
    ]
    assert conditional
    for value, shown in (
        ("false", True),
        ("0", True),
        (True, True),
        (False, False),
        ("", False),
        (None, False),
    ):
        parameters = (
            {"course_id": 310} if value is None else {"course_id": 310, "include_enrollment_state": value}
        )
        header = tables(canvas, run(canvas, report, parameters))[report][0]
        assert all((c in header) == shown for c in conditional), (value, header)


def test_the_seed_size_setting_seeds_a_school_of_that_size(canvas: Any, small_flipped: Any) -> None:
    canvas = on(canvas, small_flipped)
    users = tables(canvas, run(canvas, "provisioning_csv", {"users": True, "include_deleted": True}))
    named = len(seed.NAMED_USERS) + 1  # the observer
    assert len(users["provisioning_csv"]) - 1 == SMALL_SCHOOL + named
    assert Settings.from_env({"MOCK_SEED_USERS": "200000"}).seed_users == 200000


def test_a_large_download_streams_in_chunks(canvas: Any, mock_server: Any) -> None:
    """The file leaves the mock in CHUNK_BYTES pieces read from SQLite, never as one body in memory."""
    done = run(canvas, "students_with_no_submissions_csv")
    size = done["attachment"]["size"]
    assert size > 4 * CHUNK_BYTES
    location = httpx.URL(canvas.get(done["file_url"]).headers["location"])
    scope = {
        "type": "http",
        "method": "GET",
        "path": location.path,
        "raw_path": location.raw_path.split(b"?")[0],
        "query_string": location.query,
        "headers": [(b"host", location.netloc)],
        "client": ("127.0.0.1", 50000),
    }
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    asyncio.run(mock_server._server.app(scope, receive, send))  # the ASGI app itself, to see each body chunk
    start, *bodies = messages
    assert start["status"] == 200 and (b"content-length", str(size).encode()) in start["headers"]
    chunks = [m["body"] for m in bodies]
    assert len(chunks) > 4 and max(len(c) for c in chunks) <= CHUNK_BYTES
    assert sum(len(c) for c in chunks) == size and not bodies[-1].get("more_body", False)
    # The same download over HTTP, with the peak memory it took printed (server and client share the process).
    tracemalloc.start()
    received = 0
    with httpx.stream("GET", str(location)) as response:
        for chunk in response.iter_raw():
            received += len(chunk)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert received == size
    print(f"download of {size} bytes over HTTP: peak traced memory {peak} bytes")


# -- row rules (fidelity audit M10-M16) ------------------------------------------------------------------


def _dicts(rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def records(canvas: Any, report: str, parameters: Mapping[str, Any] | None = None, **kw: Any) -> list[dict]:
    """The rows of a single-CSV report run, as dicts by header cell."""
    return _dicts(tables(canvas, run(canvas, report, parameters, **kw))[report])


def test_m10_course_id_scopes_only_the_student_reports_and_a_bad_one_fails_the_job(canvas: Any) -> None:
    access = records(canvas, "last_user_access_csv", {"course_id": "sis_course_id:C-310"})
    assert 0 < len(access) < len(records(canvas, "last_user_access_csv"))
    grades = records(canvas, "grade_export_csv", {"course_id": 310})
    assert len({row["course id"] for row in grades}) > 1  # grade_export ignores course_id
    assert run(canvas, "zero_activity_csv", {"course_id": "sis_course_id:nope"})["status"] == "error"


def test_m11_term_scopes_only_courses_sections_enrollments_and_xlist(canvas: Any) -> None:
    every = {"users": True, "terms": True, "courses": True, "enrollments": True}
    whole = tables(canvas, run(canvas, "provisioning_csv", every))
    spring = tables(canvas, run(canvas, "provisioning_csv", {**every, "enrollment_term_id": 12}))
    assert len(whole["users.csv"]) == len(spring["users.csv"])  # users are never term-filtered
    assert len(whole["terms.csv"]) - 1 == len(seed.TERMS)  # provisioning: every term
    courses = _dicts(spring["courses.csv"])
    assert courses and {c["canvas_term_id"] for c in courses} == {"12"}
    assert "concluded" not in {c["status"] for c in courses}  # completed courses need include_deleted
    with_deleted = records(canvas, "provisioning_csv", {"courses": True, "include_deleted": "yes"})
    assert {"concluded", "deleted", "unpublished", "active"} <= {c["status"] for c in with_deleted}
    sis = tables(
        canvas, run(canvas, "sis_export_csv", {"terms": True, "courses": True, "include_deleted": "on"})
    )
    assert len(sis["terms.csv"]) - 1 == sum(1 for t in seed.TERMS if t[2])  # SIS: terms with SIS ids
    assert {c["status"] for c in _dicts(sis["courses.csv"])} <= {"active", "completed", "deleted"}
    # A sub-account lists its direct children only (account 2 has none).
    assert records(canvas, "provisioning_csv", {"accounts": True}, account="2") == []


def test_m12_parameters_change_the_files(canvas: Any) -> None:
    all_users = records(canvas, "provisioning_csv", {"users": True})
    from_sis = records(canvas, "provisioning_csv", {"users": True, "created_by_sis": "false"})  # still on
    assert 0 < len(from_sis) < len(all_users) and {u["created_by_sis"] for u in from_sis} == {"true"}
    wanted = {"enrollments": True, "enrollment_filter": "TeacherEnrollment", "enrollment_states": ["active"]}
    enrollments = records(canvas, "provisioning_csv", wanted)
    assert {(e["base_role_type"], e["status"]) for e in enrollments} == {("TeacherEnrollment", "active")}
    done = run(canvas, "students_with_no_submissions_csv", {"start_at": "2026-01-01", "end_at": "2026-03-01"})
    start = datetime.fromisoformat(done["parameters"]["start_at"])
    end = datetime.fromisoformat(done["parameters"]["end_at"])
    assert (end - start).days == 14  # Canvas cuts a range longer than two weeks and writes it back
    only_deleted = records(canvas, "eportfolio_report_csv", {"include_deleted": True})
    assert only_deleted and {p["workflow_state"] for p in only_deleted} == {"deleted"}
    unenrolled = records(canvas, "eportfolio_report_csv", {"no_enrollments": "t"})
    assert [p["author_id"] for p in unenrolled] == [str(seed.OBSERVER_USER_ID)]
    recent = records(canvas, "grade_export_csv", {"include_deleted": True, "limiting_period": 1})
    assert len(recent) < len(records(canvas, "grade_export_csv", {"include_deleted": True}))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("yes", True),
        ("Y", True),
        ("t", True),
        ("on", True),
        ("2", True),
        ("3 apples", True),
        (7, True),
        (True, True),
        ("no", False),
        ("f", False),
        ("0", False),
        ("abc", False),
        ("", False),
        (0, False),
        (None, False),
        (False, False),
        (0.5, False),
    ],
)
def test_m14_value_to_boolean_is_canvas(value: Any, expected: bool) -> None:
    assert value_to_boolean(value) is expected


def test_m14_flags_select_files_by_value_to_boolean(canvas: Any) -> None:
    found = tables(canvas, run(canvas, "provisioning_csv", {"users": "y", "terms": "2", "courses": "off"}))
    assert list(found) == ["users.csv", "terms.csv"]


def test_m16_formatting(canvas: Any) -> None:
    tokens = records(canvas, "user_access_tokens_csv")
    assert tokens and {t["last used"] for t in tokens} == {"never"}
    tools = records(canvas, "lti_report_csv")
    assert tools and all(
        re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", t["tool_created_at"]) for t in tools
    )
    for report in ("outcome_results_csv", "student_assignment_outcome_map_csv"):
        rows = tables(canvas, run(canvas, report))[report]
        assert rows[1:] == [[report_files(report, SPEC)[0]["empty_row"]]]
