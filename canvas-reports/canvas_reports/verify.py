"""Check a report file against the spec's catalogue and name each difference (`make verify-report`).

Why: the spec claims to describe what a live Canvas writes. A file someone downloaded from their own
Canvas is the evidence; this says where it and the spec disagree (an unknown file, a missing, extra or
moved column, a cell that is not its column's type), so the spec can be corrected or the change noticed.
The contract tests run the same check on files from the mock and from a live Canvas.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass

from canvas_reports.reader import ReportFileError, Source, Table, convert_cell, open_tables
from canvas_reports.report_files import FileSpec, ReportFiles, shipped_catalogue

MAX_BAD_CELLS = 5  # per column: enough to see the pattern, not a flood


@dataclass(frozen=True)
class Difference:
    """One way the file differs from the spec. `file` is the CSV (zip member) it is about."""

    file: str
    kind: str  # unknown-report, unknown-file, missing-column, extra-column, column-order, bad-cell, file-kind
    detail: str

    def __str__(self) -> str:
        return f"{self.file}: {self.kind}: {self.detail}"


def _closest(report: ReportFiles, table: Table) -> FileSpec | None:
    """The catalogue file an unrecognised CSV most resembles (its name, else the most shared columns)."""
    by_name = [f for f in report.files if f.name == table.file.rsplit("/", 1)[-1]]
    if by_name:
        return by_name[0]
    scored = [(sum(1 for c in table.header if f.column_kind(c) is not None), f) for f in report.files]
    scored = [s for s in scored if s[0] * 2 >= len(s[1].columns) > 0]
    return max(scored, key=lambda s: s[0])[1] if scored else None


def header_differences(spec: FileSpec, header: tuple[str, ...], file: str) -> list[Difference]:
    """Missing, extra and reordered columns of one CSV header against its file in the catalogue."""
    found: list[Difference] = []
    present = set(header)
    for column in spec.columns:
        if column.name not in present and not column.conditional:
            found.append(Difference(file, "missing-column", f"{column.name!r} (Canvas always writes it)"))
    seen: set[str] = set()
    for cell in header:
        known = spec.column_kind(cell) is not None
        duplicate = cell in seen and cell not in spec.duplicates
        if not known:
            found.append(Difference(file, "extra-column", f"{cell!r} is not in {spec.row}"))
        elif duplicate:
            found.append(Difference(file, "extra-column", f"{cell!r} appears twice"))
        seen.add(cell)
    order = [c.name for c in spec.columns]
    written = [c for c in dict.fromkeys(header) if c in spec.by_name]
    expected = [c for c in order if c in present]
    if written != expected:
        found.append(
            Difference(file, "column-order", f"written {', '.join(written)}; the spec: {', '.join(expected)}")
        )
    return found


def cell_differences(table: Table) -> list[Difference]:
    """Cells that are not their column's type (the first few per column), with their line numbers."""
    found: list[Difference] = []
    bad: dict[int, int] = {}
    typed = [(i, k) for i, k in enumerate(table.kinds) if k != "string"]
    with table.open_text() as text:
        reader = csv.reader(text, delimiter=table.delimiter)
        next(reader, None)
        for cells in reader:
            for index, kind in typed:
                if index >= len(cells):
                    continue
                try:
                    convert_cell(kind, cells[index])
                except ValueError:
                    bad[index] = bad.get(index, 0) + 1
                    if bad[index] <= MAX_BAD_CELLS:
                        found.append(
                            Difference(
                                table.file,
                                "bad-cell",
                                f"line {reader.line_num}, column {table.header[index]!r}: "
                                f"{cells[index]!r} is not {kind}",
                            )
                        )
    for index, count in bad.items():
        if count > MAX_BAD_CELLS:
            more = count - MAX_BAD_CELLS
            found.append(Difference(table.file, "bad-cell", f"column {table.header[index]!r}: {more} more"))
    return found


def verify_report(
    source: Source, report_type: str, *, catalogue: Mapping[str, ReportFiles] | None = None
) -> list[Difference]:
    """Every difference between a report file and the spec's catalogue; empty when the file matches."""
    catalogue = shipped_catalogue() if catalogue is None else catalogue
    report = catalogue.get(report_type)
    tables = open_tables(source, report_type, catalogue)
    if report is None:
        name = tables[0].file if tables else str(source)
        return [Difference(name, "unknown-report", f"{report_type!r} is not in the spec's catalogue")]
    found: list[Difference] = []
    zipped = any(t.member is not None for t in tables)
    if report.kind in ("zip", "per_term_zip") and not zipped:
        found.append(Difference(tables[0].file, "file-kind", f"Canvas writes a zip for {report_type}"))
    if report.kind == "csv" and zipped:
        found.append(Difference("(zip)", "file-kind", f"Canvas writes one CSV for {report_type}, not a zip"))
    for table in tables:
        spec = table.spec
        if spec is None:
            closest = _closest(report, table)
            if closest is None:
                found.append(
                    Difference(table.file, "unknown-file", f"its header matches no file of {report_type}")
                )
                continue
            table, spec = table.read_as(closest), closest
        if not table.placeholder:
            found += header_differences(spec, table.header, table.file)
            try:
                found += cell_differences(table)
            except ReportFileError as exc:
                found.append(Difference(table.file, "bad-file", str(exc)))
    if report.kind == "zip":
        names = {t.file.rsplit("/", 1)[-1] for t in tables}
        for spec in report.files:
            if spec.name not in names:
                found.append(
                    Difference(spec.name, "missing-file", f"Canvas writes it in every {report_type}")
                )
    return found
