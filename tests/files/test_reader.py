"""read_report: recognition by header, typed cells, unknown headers, extra columns, every kind of source."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from canvas_reports import Download, ReportFileError, UnknownReportFileWarning, read_report
from canvas_reports.reader import attribute_names, parse_datetime
from canvas_reports.report_files import parse, shipped_catalogue

from canvas_contract import load_spec
from canvas_contract.catalogue import catalogue_from_spec, render

USERS = ["canvas_user_id", "user_id", "login_id", "full_name", "status", "created_by_sis"]
ACCOUNTS = ["canvas_account_id", "account_id", "name", "status", "created_by_sis"]
TYPES = {"integer": int, "number": float, "boolean": bool, "datetime": datetime}
ACCESS = ["user id", "user sis id", "user name", "last access at", "last ip"]


def test_a_single_csv_is_recognised_by_its_header_and_typed(catalogue, make_csv):
    data = make_csv(
        USERS, [[7, "u7", "l7", "Ann Lee", "active", "true"], [8, "", "", "", "deleted", "false"]]
    )
    tables = read_report(data.encode(), "provisioning_csv", catalogue=catalogue)
    assert list(tables) == ["users"]
    first, second = list(tables["users"])
    assert first.canvas_user_id == 7 and first.user_id == "u7" and first.created_by_sis is True
    assert second.user_id is None and second.login_id is None and second.created_by_sis is False
    assert type(first).__name__ == "ProvisioningUsersRow"
    assert first._asdict()["full_name"] == "Ann Lee"


def test_zip_members_become_tables_named_after_the_object_type(catalogue, make_csv, make_zip):
    data = make_zip(
        {
            "users.csv": make_csv(USERS, [[1, "a", "b", "c", "active", "true"]]),
            "accounts.csv": make_csv(ACCOUNTS, [[2, "acc", "School", "active", "false"]]),
        }
    )
    tables = read_report(data, "provisioning_csv", catalogue=catalogue)
    assert list(tables) == ["users", "accounts"]
    assert [r.canvas_account_id for r in tables["accounts"]] == [2]


def test_timestamps_are_aware_datetimes_and_spaces_become_snake_case(catalogue, make_csv):
    data = make_csv(ACCESS, [[3, "s3", "Bo", "2026-01-31T12:00:00-07:00", "10.0.0.1"]])
    (row,) = read_report(data.encode(), "last_user_access_csv", catalogue=catalogue)["last_user_access_csv"]
    assert row.user_id == 3 and row.user_sis_id == "s3"
    assert row.last_access_at == datetime(2026, 1, 31, 12, tzinfo=timezone(timedelta(hours=-7)))


def test_ruby_utc_timestamps_parse_too():
    assert parse_datetime("2026-01-31 12:00:00 UTC") == datetime(2026, 1, 31, 12, tzinfo=UTC)
    assert parse_datetime("2026-01-31T12:00:00Z") == datetime(2026, 1, 31, 12, tzinfo=UTC)


def test_an_unknown_header_gives_string_rows_and_exactly_one_warning(catalogue, make_csv, make_zip):
    data = make_zip(
        {
            "users.csv": make_csv(USERS, [[1, "a", "b", "c", "active", "true"]]),
            "institutional_tags.csv": make_csv(["tag id", "name"], [[5, "x"]]),
            "more_tags.csv": make_csv(["other"], [["y"]]),
        }
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tables = read_report(data, "provisioning_csv", catalogue=catalogue)
        rows = list(tables["institutional_tags"]) + list(tables["more_tags"])
    assert len(caught) == 1 and caught[0].category is UnknownReportFileWarning
    assert "institutional_tags.csv" in str(caught[0].message) and "more_tags.csv" in str(caught[0].message)
    assert rows[0].tag_id == "5" and rows[0].name == "x" and rows[1].other == "y"
    assert not tables["institutional_tags"].known


def test_a_report_type_outside_the_catalogue_is_read_as_strings(catalogue, make_csv):
    with pytest.warns(UnknownReportFileWarning, match="not in the spec's catalogue"):
        tables = read_report(make_csv(["a b"], [["1"]]).encode(), "custom_report_csv", catalogue=catalogue)
    assert [r.a_b for r in tables["custom_report_csv"]] == ["1"]


def test_extra_columns_are_kept_as_strings_and_a_missing_conditional_column_is_fine(catalogue, make_csv):
    data = make_csv([*USERS, "pronouns", "new column"], [[1, "a", "b", "c", "active", "true", "she", "z"]])
    table = read_report(data.encode(), "provisioning_csv", catalogue=catalogue)["users"]
    (row,) = table
    assert row.pronouns == "she" and row.new_column == "z"
    assert table.extra_columns == ("new column",)


def test_reordered_columns_keep_their_types(catalogue, make_csv):
    header = list(reversed(USERS))
    data = make_csv(header, [["false", "active", "c", "b", "a", "9"]])
    (row,) = read_report(data.encode(), "provisioning_csv", catalogue=catalogue)["users"]
    assert row.canvas_user_id == 9 and row.created_by_sis is False


def test_a_cell_of_the_wrong_type_is_a_typed_error_naming_the_line_and_column(catalogue, make_csv):
    data = make_csv(USERS, [[1, "a", "b", "c", "active", "true"], ["x1", "a", "b", "c", "active", "true"]])
    table = read_report(data.encode(), "provisioning_csv", catalogue=catalogue)["users"]
    with pytest.raises(ReportFileError, match=r"line 3, column 'canvas_user_id': 'x1' is not a whole number"):
        list(table)


def test_short_long_and_blank_rows_lose_nothing(catalogue, make_csv):
    text = make_csv(ACCOUNTS, [[1, "a", "n"], [2, "b", "n", "active", "true", "r1", "r2"]]) + "\n"
    rows = list(read_report(text.encode(), "provisioning_csv", catalogue=catalogue)["accounts"])
    assert len(rows) == 2
    assert rows[0].status is None and rows[0].extra_cells == ()
    assert rows[1].created_by_sis is True and rows[1].extra_cells == ("r1", "r2")


def test_semicolons_and_a_byte_order_mark_are_read(catalogue, make_csv):
    data = "\ufeff" + make_csv(ACCESS, [[1, "", "Al", "", ""]], delimiter=";")
    (row,) = read_report(data.encode(), "last_user_access_csv", catalogue=catalogue)["last_user_access_csv"]
    assert row.user_id == 1 and row.user_name == "Al"


def test_path_bytes_and_download_inputs_read_the_same(catalogue, make_csv, tmp_path: Path):
    data = make_csv(USERS, [[1, "a", "b", "c", "active", "true"]]).encode()
    path = tmp_path / "provisioning_csv_03_Dec_2026_1.csv"
    path.write_bytes(data)
    download = Download(path=path, size=len(data), content_type="text/csv")
    results = [
        list(read_report(source, "provisioning_csv", catalogue=catalogue)["users"])
        for source in (path, str(path), data, download)
    ]
    assert all(r == results[0] for r in results)
    # a table is re-iterable: each pass reads the file again
    table = read_report(path, "provisioning_csv", catalogue=catalogue)["users"]
    assert list(table) == list(table)


def test_not_a_report_file_is_a_typed_error(catalogue, tmp_path: Path):
    with pytest.raises(ReportFileError, match="no such file"):
        read_report(tmp_path / "missing.csv", "provisioning_csv", catalogue=catalogue)
    with pytest.raises(ReportFileError, match="damaged zip"):
        read_report(b"PK\x03\x04 not really", "provisioning_csv", catalogue=catalogue)
    with pytest.raises(ReportFileError, match="not a UTF-8 CSV"):
        read_report(b"\xff\xfe\x00a", "provisioning_csv", catalogue=catalogue)


def test_a_file_that_breaks_off_mid_way_is_a_typed_error(catalogue, make_csv):
    good = [[n, "a", "b", "c", "active", "true"] for n in range(2000)]  # past the first decoded chunk
    data = make_csv(USERS, good).encode() + b"2,\xff\xfe,b,c,active,true\n"
    with pytest.raises(ReportFileError, match=r"line \d+: not UTF-8"):
        list(read_report(data, "provisioning_csv", catalogue=catalogue)["users"])


def test_per_term_files_with_grading_period_columns(catalogue, make_csv, make_zip):
    header = ["student name", "student id", "Q1 grading period id", "Q1 current score", "current score"]
    data = make_zip({"Fall 2026.csv": make_csv(header, [["Ann", 4, 11, "91.5", "90"]])})
    tables = read_report(data, "mgp_grade_export_csv", catalogue=catalogue)
    (row,) = tables["Fall 2026"]
    assert row.q1_grading_period_id == 11 and row.q1_current_score == 91.5 and row.current_score == 90.0


def test_attribute_names_are_identifiers_and_unique():
    assert attribute_names(["Global ID", "storage used in MB", "2024 Q1", "class", "a", "a"]) == (
        "global_id",
        "storage_used_in_mb",
        "column_2024_q1",
        "class_",
        "a",
        "a_2",
    )


# -- the real spec -----------------------------------------------------------------------------------------
def test_the_shipped_catalogue_is_the_specs(spec):
    """catalogue.json (files for the reader, parameters for the hints) is generated from the spec
    (`make generate`, scripts/generate_catalogue.py); stale means the wheel lies."""
    shipped = (
        Path(__file__).resolve().parents[2] / "canvas-reports/canvas_reports/catalogue.json"
    ).read_text()
    assert shipped == render(catalogue_from_spec(spec)), "run `make generate`"


def _spec_files():
    catalogue = parse(catalogue_from_spec(load_spec()))
    return [(report, f) for report, entry in catalogue.items() for f in entry.files]


@pytest.mark.parametrize(("report", "file"), _spec_files(), ids=lambda v: getattr(v, "table", v))
def test_every_report_file_of_the_spec_is_recognised_and_typed(report, file, make_csv):
    """A CSV with exactly the spec's header (conditional columns included) reads back as that file."""
    header = [c.name for c in file.columns]
    sample = {"integer": "12", "number": "1.5", "boolean": "true", "datetime": "2026-01-31T12:00:00Z"}
    cells = [sample.get(c.kind, "text") for c in file.columns]
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnknownReportFileWarning)
        tables = read_report(make_csv(header, [cells]).encode(), report)
    (table,) = tables.values()
    assert table.spec == file
    (row,) = table
    for column, value in zip(file.columns, row, strict=False):
        expected = {"integer": int, "number": float, "boolean": bool, "datetime": datetime}.get(
            column.kind, str
        )
        assert isinstance(value, expected), (column.name, value)


def test_every_catalogue_entry_with_an_output_has_files(spec):
    entries = spec["components"]["x-report-catalogue"]
    shipped = shipped_catalogue()
    for report, entry in entries.items():
        if "output" in entry:
            assert report in shipped and shipped[report].files, report
