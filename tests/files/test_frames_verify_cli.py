"""DataFrames with the spec's dtypes, verify-report's differences, and `canvas-reports read`."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import polars as pl
import pytest
from canvas_reports import ReportFileError, UnknownReportFileWarning, cli, read_report
from canvas_reports.verify import verify_report as verify

from scripts import verify_report


@contextmanager
def warnings_as_errors() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnknownReportFileWarning)
        yield


USERS = ["canvas_user_id", "user_id", "login_id", "full_name", "status", "created_by_sis"]
ACCESS = ["user id", "user sis id", "user name", "last access at", "last ip"]


def test_polars_frame_has_the_specs_dtypes(catalogue, make_csv):
    data = make_csv(ACCESS, [[1, "s", "Al", "2026-01-31T12:00:00-07:00", "1.1.1.1"], [2, "", "", "", ""]])
    frame = read_report(data.encode(), "last_user_access_csv", catalogue=catalogue)["last_user_access_csv"]
    df = frame.to_polars()
    assert df.schema["user_id"] == pl.Int64 and df.schema["user_sis_id"] == pl.String
    assert df.schema["last_access_at"] == pl.Datetime("us", "UTC")
    assert df["last_access_at"][0].isoformat() == "2026-01-31T19:00:00+00:00"
    assert df["user_sis_id"][1] is None


def test_pandas_frame_has_nullable_dtypes(catalogue, make_csv):
    data = make_csv(USERS, [[1, "a", "b", "c", "active", "true"], [2, "", "", "", "deleted", ""]])
    df = read_report(data.encode(), "provisioning_csv", catalogue=catalogue)["users"].to_pandas()
    assert str(df["canvas_user_id"].dtype) == "Int64" and str(df["created_by_sis"].dtype) == "boolean"
    assert df["created_by_sis"][0] is True or bool(df["created_by_sis"][0]) is True
    assert pd.isna(df["created_by_sis"][1]) and pd.isna(df["user_id"][1])


def test_verify_names_missing_extra_and_moved_columns(catalogue, make_csv):
    header = ["user_id", "canvas_user_id", "full_name", "status", "created_by_sis", "shoe size"]
    data = make_csv(header, [["a", "1", "c", "active", "maybe", "9"]]).encode()
    found = {(d.kind, d.detail.split(" ")[0]) for d in verify(data, "provisioning_csv", catalogue=catalogue)}
    assert ("missing-column", "'login_id'") in found
    assert ("extra-column", "'shoe") in found
    assert ("column-order", "written") in found
    assert ("bad-cell", "line") in found


def test_verify_a_matching_file_has_no_differences(catalogue, make_csv):
    data = make_csv(USERS, [[1, "a", "b", "c", "active", "true"]]).encode()
    assert verify(data, "provisioning_csv", catalogue=catalogue) == []


def test_verify_an_unknown_file_and_report(catalogue, make_csv, make_zip):
    data = make_zip({"mystery.csv": make_csv(["x"], [["1"]])})
    (difference,) = verify(data, "provisioning_csv", catalogue=catalogue)
    assert difference.kind == "unknown-file" and difference.file == "mystery.csv"
    assert verify(data, "no_such_report", catalogue=catalogue)[0].kind == "unknown-report"


def test_verify_report_command_exit_codes(make_csv, tmp_path: Path, capsys):
    path = tmp_path / "x.csv"
    path.write_text(make_csv(["nothing", "known"], [["1", "2"]]))
    assert verify_report.main([str(path), "provisioning_csv"]) == 1
    assert capsys.readouterr().out.strip()
    assert verify_report.main([str(tmp_path / "missing.csv"), "provisioning_csv"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_read_command_shows_rows_as_json_lines_and_fails_in_one_line(make_csv, tmp_path: Path, capsys):
    path = tmp_path / "custom_report_csv_03_Dec_2026_9.csv"
    path.write_text(make_csv(["a", "b"], [["1", ""], ["2", "x"]]))
    assert cli.main(["read", str(path), "--report", "custom_report_csv", "--json"], environ={}) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line) for line in out.splitlines()] == [{"a": "1", "b": None}, {"a": "2", "b": "x"}]
    assert err.count("\n") == 1 and "warning" in err  # the unknown report's one warning
    assert cli.main(["read", str(path), "--report", "custom_report_csv", "--csv"], environ={}) == 0
    assert capsys.readouterr().out.splitlines() == ["a,b", "1,", "2,x"]
    assert cli.main(["read", str(tmp_path / "nope.csv"), "--report", "x"], environ={}) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert cli.main(["read", str(path), "--report", "custom_report_csv", "--table", "zz"], environ={}) == 2
    err = capsys.readouterr().err
    assert err.startswith("canvas-reports: ") and "no table 'zz'" in err


@pytest.mark.parametrize("flag", [[], ["--limit", "1"]])
def test_read_command_terminal_view(make_csv, tmp_path: Path, capsys, flag):
    path = tmp_path / "custom.csv"
    path.write_text(make_csv(["a"], [["1"], ["2"]]))
    assert cli.main(["read", str(path), "--report", "custom_report_csv", *flag], environ={}) == 0
    assert "1" in capsys.readouterr().out


def _spec_files():
    from canvas_reports.report_files import shipped_catalogue

    return [(report, entry.kind, f) for report, entry in shipped_catalogue().items() for f in entry.files]


@pytest.mark.parametrize(("report", "kind", "file"), _spec_files(), ids=lambda v: getattr(v, "row", v))
def test_a_file_exactly_as_the_spec_describes_it_verifies_clean(report, kind, file, make_csv, make_zip):
    """Canvas's header as the spec writes it (every conditional column, a duplicate where Canvas writes
    one twice, one round of repeated columns) gives no difference: verify-report has no false alarms."""
    header = [c.name for c in file.columns]
    for name in file.duplicates:
        header.insert(len(header) - 1, name)
    if file.repeated_after:
        at = header.index(file.repeated_after) + 1
        header[at:at] = [p.regex[1:-1].replace("(.+)", "Q1").replace("\\", "") for p in file.patterns]
    text = make_csv(header, [])
    data = make_zip({"Fall 2026.csv": text}) if kind == "per_term_zip" else text.encode()
    assert verify(data, report) == []


def _real_header(report: str) -> list[str]:
    from canvas_reports.report_files import shipped_catalogue

    return [c.name for c in shipped_catalogue()[report].files[0].columns]


def test_no_outcomes_found_is_an_empty_table_in_every_form(make_csv):
    text = make_csv(_real_header("outcome_results_csv"), []) + "No outcomes found\n"
    table = read_report(text.encode(), "outcome_results_csv")["outcome_results_csv"]
    assert list(table) == []
    assert table.to_polars().height == 0 and len(table.to_pandas()) == 0


def test_a_term_without_grading_periods_is_an_empty_table(make_zip):
    data = make_zip({"Summer.csv": "no grading periods configured for this term\n"})
    with warnings_as_errors():
        table = read_report(data, "mgp_grade_export_csv")["Summer"]
    assert table.placeholder and list(table) == [] and table.to_polars().is_empty()


def test_trailing_cells_stay_on_rows_and_a_dataframe_refuses_to_drop_them(make_csv):
    header = _real_header("outcome_export_csv")
    cells = [
        "g",
        "outcome",
        "t",
        "d",
        "fd",
        "dn",
        "highest",
        "1",
        "",
        "active",
        "3",
        "",
        "3",
        "good",
        "1",
        "bad",
    ]
    table = read_report(make_csv(header, [cells]).encode(), "outcome_export_csv")["outcome_export_csv"]
    (row,) = table
    assert row.extra_cells == ("3", "good", "1", "bad") and row.mastery_points == 3.0
    for convert in (table.to_polars, table.to_pandas):
        with pytest.raises(ReportFileError, match="more cells than the header"):
            convert()


def test_a_repeated_header_reads_in_every_form(make_csv):
    header = [
        "course_id",
        "user_id",
        "temporary_enrollment_source_user_id",
        "temporary_enrollment_source_user_id",
    ]
    with pytest.warns(UnknownReportFileWarning):
        table = read_report(make_csv(header, [["c", "u", "1", "2"]]).encode(), "custom_csv", catalogue={})
    assert table["custom_csv"].columns[-1] == "temporary_enrollment_source_user_id_2"
    assert table["custom_csv"].to_polars().columns == list(table["custom_csv"].columns)
    assert list(table["custom_csv"].to_pandas().columns) == list(table["custom_csv"].columns)
