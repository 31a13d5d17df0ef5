"""Fixtures for the report file reader: a small catalogue in the agreed spec format (independent of how far
the real spec's catalogue has got), and helpers that write CSVs and zips."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest
from canvas_reports.report_files import ReportFiles, parse

from canvas_contract.catalogue import catalogue_from_spec

INT = {"type": ["integer", "null"]}
NUM = {"type": ["number", "null"]}
BOOL = {"type": ["boolean", "null"]}
STR = {"type": ["string", "null"]}
TIME = {"type": ["string", "null"], "format": "date-time"}


def _row(*columns: tuple[str, Any]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": True, "properties": dict(columns)}


# A spec fragment shaped like components.x-report-catalogue (see /work/notes/catalogue-format.md).
FIXTURE_SPEC: dict[str, Any] = {
    "info": {"version": "0.0.0-fixture"},
    "components": {
        "x-report-catalogue": {
            "provisioning_csv": {
                "title": "Provisioning",
                "output": {
                    "kind": "by_selection",
                    "files": [
                        {
                            "table": "users",
                            "name": "users.csv",
                            "selected_by": "users",
                            "row": {"$ref": "#/components/schemas/ProvisioningUsersRow"},
                        },
                        {
                            "table": "accounts",
                            "name": "accounts.csv",
                            "selected_by": "accounts",
                            "row": {"$ref": "#/components/schemas/ProvisioningAccountsRow"},
                        },
                    ],
                },
            },
            "last_user_access_csv": {
                "title": "Last User Access",
                "output": {
                    "kind": "csv",
                    "files": [
                        {
                            "table": "last_user_access_csv",
                            "name": "last_user_access_csv_<DD_Mon_YYYY>_<id>*.csv",
                            "row": {"$ref": "#/components/schemas/LastUserAccessCsvRow"},
                        }
                    ],
                },
            },
            "mgp_grade_export_csv": {
                "title": "MGP Grade Export",
                "output": {
                    "kind": "per_term_zip",
                    "files": [
                        {
                            "table": "term",
                            "name": "<term name>.csv",
                            "row": {"$ref": "#/components/schemas/MgpGradeExportCsvRow"},
                        }
                    ],
                },
            },
        }
    },
}
FIXTURE_SPEC["components"]["schemas"] = {
    "ProvisioningUsersRow": _row(
        ("canvas_user_id", INT),
        ("user_id", STR),
        ("login_id", STR),
        ("full_name", STR),
        ("status", STR),
        ("created_by_sis", {"allOf": [{"$ref": "#/components/schemas/Flag"}], "description": "SIS?"}),
        ("pronouns", {**STR, "x-condition": "the root account allows pronouns"}),
    ),
    "ProvisioningAccountsRow": _row(
        ("canvas_account_id", INT),
        ("account_id", STR),
        ("name", STR),
        ("status", STR),
        ("created_by_sis", BOOL),
    ),
    "LastUserAccessCsvRow": _row(
        ("user id", INT),
        ("user sis id", STR),
        ("user name", STR),
        ("last access at", TIME),
        ("last ip", STR),
    ),
    "MgpGradeExportCsvRow": {
        **_row(("student name", STR), ("student id", INT), ("current score", NUM)),
        "patternProperties": {"^.+ grading period id$": INT, "^.+ current score$": NUM},
    },
    "Flag": BOOL,
}

USERS_HEADER = ["canvas_user_id", "user_id", "login_id", "full_name", "status", "created_by_sis"]


@pytest.fixture(scope="session")
def catalogue() -> Mapping[str, ReportFiles]:
    return parse(catalogue_from_spec(FIXTURE_SPEC))


def csv_text(header: Sequence[str], rows: Sequence[Sequence[Any]], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def zip_bytes(members: Mapping[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.fixture
def make_csv() -> Callable[..., str]:
    return csv_text


@pytest.fixture
def make_zip() -> Callable[[Mapping[str, str]], bytes]:
    return zip_bytes
