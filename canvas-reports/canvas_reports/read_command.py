"""`canvas-reports read FILE`: show one table of a report file, typed as the spec says (no Canvas needed).

Kept apart from cli.py's Canvas commands: it reads a local file, so it needs no URL or token.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import warnings
from collections.abc import Iterator
from datetime import date, datetime
from itertools import islice
from typing import Any

from rich.table import Table as RichTable

from canvas_reports.reader import ReportFileError, Row, Table, UnknownReportFileWarning, read_report

DEFAULT_LIMIT = 20


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    read = commands.add_parser(
        "read", parents=[common], help="show a table of a downloaded report file (CSV or zip), typed"
    )
    read.add_argument("file", metavar="FILE", help="the report's file (a CSV or a zip of CSVs)")
    read.add_argument(
        "--report",
        metavar="TYPE",
        help="the report type that wrote it (default: guessed from the file name, e.g. provisioning_csv_…)",
    )
    read.add_argument("--table", metavar="T", help="which table (e.g. users); needed when there are several")
    read.add_argument("--csv", action="store_true", help="write the table as CSV (snake_case header)")
    read.add_argument(
        "--limit",
        type=int,
        default=None,
        metavar="N",
        help=f"at most N rows (default {DEFAULT_LIMIT} in the terminal view, all for --json/--csv; 0 = all)",
    )


class ReadUsageError(ReportFileError):
    """A read that cannot go ahead as asked (which table, which report): exit 2."""


def _report_type(args: argparse.Namespace) -> str:
    if args.report:
        return str(args.report)
    from canvas_reports.report_files import shipped_catalogue

    name = args.file.replace("\\", "/").rsplit("/", 1)[-1]
    for report in sorted(shipped_catalogue(), key=len, reverse=True):
        if name.startswith(report):
            return report
    raise ReadUsageError(f"cannot tell the report type from {name!r}: give it with --report TYPE")


def choose_table(tables: dict[str, Table], wanted: str | None) -> Table:
    if wanted is not None:
        if wanted not in tables:
            raise ReadUsageError(f"no table {wanted!r} in the file; it has: {', '.join(tables)}")
        return tables[wanted]
    if len(tables) != 1:
        raise ReadUsageError(
            f"the file has {len(tables)} tables ({', '.join(tables)}): choose one with --table"
        )
    return next(iter(tables.values()))


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _plain(value)


def _rows(table: Table, limit: int | None) -> Iterator[Row]:
    rows: Iterator[Row] = iter(table)
    return islice(rows, limit) if limit else rows


def run(args: argparse.Namespace, as_json: bool, console: Any) -> int:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UnknownReportFileWarning)
        tables = read_report(args.file, _report_type(args))
    for warning in caught:  # one line each, like every other message of the command
        sys.stderr.write(f"canvas-reports: warning: {warning.message}\n")
    table = choose_table(tables, args.table)
    if as_json:
        # One object per line: constant memory for a table of any size.
        for row in _rows(table, args.limit):
            sys.stdout.write(json.dumps({k: _plain(v) for k, v in row._asdict().items()}, ensure_ascii=False))
            sys.stdout.write("\n")
        return 0
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(table.columns)
        for row in _rows(table, args.limit):
            writer.writerow(
                [
                    "true" if v is True else "false" if v is False else "" if v is None else _plain(v)
                    for v in row
                ]
            )
        return 0
    limit = DEFAULT_LIMIT if args.limit is None else args.limit
    view = RichTable(title=f"{table.name} ({table.file})", header_style="bold")
    for name, kind in zip(table.columns, table.kinds, strict=True):
        view.add_column(f"{name}\n[dim]{kind}[/dim]", overflow="fold")
    shown = 0
    for row in _rows(table, limit):
        view.add_row(*("" if v is None else str(_plain(v)) for v in row[: len(table.columns)]))
        shown += 1
    console.print(view)
    if limit and shown == limit:
        console.print(f"[dim]first {limit} rows; --limit 0 shows all[/dim]")
    return 0
