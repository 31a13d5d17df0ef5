"""Read a report's file (one CSV or a zip of them) into typed rows, as the spec's catalogue describes it.

`read_report(source, report_type)` looks at each CSV's header, finds the file of the report it is (by
header, not by name, so a single provisioning CSV is recognised as well as a zip member), and gives a
`Table` per file: iterating it streams rows whose attributes are the columns in snake_case and whose
values are typed as the spec types the column (ids and counts int, flags bool, timestamps datetime, empty
cells None). A header the catalogue does not know gives string rows and one warning; columns the spec
does not list are kept, as strings.
"""

from __future__ import annotations

import csv
import io
import keyword
import os
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, ClassVar

from canvas_reports._files import Download
from canvas_reports.errors import CanvasReportsError
from canvas_reports.report_files import FileSpec, ReportFiles, shipped_catalogue

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | Download

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
DELIMITERS = (",", ";", "\t")  # Canvas's CSV i18n settings may use ; or tab (outcome reports)
_BOOLEANS = {"true": True, "false": False, "True": True, "False": False, "TRUE": True, "FALSE": False}
_KIND_TEXT = {
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "datetime": "an ISO 8601 timestamp",
    "date": "an ISO 8601 date",
}


class ReportFileError(CanvasReportsError):
    """The file cannot be read as a report file: not a CSV or zip, or a cell that is not its column's type."""


class UnknownReportFileWarning(UserWarning):
    """A CSV whose header the spec's catalogue does not know: its rows are read as strings."""


# -- cells -----------------------------------------------------------------------------------------------
def parse_datetime(text: str) -> datetime:
    """ISO 8601 as Canvas writes it (`2026-01-31T12:00:00-07:00`, `...Z`), or Ruby's `... 12:00:00 UTC`."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        if text.endswith(" UTC"):
            return datetime.fromisoformat(text[:-4]).replace(tzinfo=UTC)
        raise


def parse_boolean(text: str) -> bool:
    value = _BOOLEANS.get(text)
    if value is None:
        value = _BOOLEANS.get(text.strip().lower())
        if value is None:
            raise ValueError(text)
    return value


CONVERTERS: dict[str, Callable[[str], Any]] = {
    "integer": int,
    "number": float,
    "boolean": parse_boolean,
    "datetime": parse_datetime,
    "date": date.fromisoformat,
    "string": str,
}


def convert_cell(kind: str, text: str) -> Any:
    """One cell as the spec types its column; empty is None. Raises ValueError when it is not that type."""
    if text == "":
        return None
    return CONVERTERS[kind](text)


# -- rows ------------------------------------------------------------------------------------------------
class Row(tuple[Any, ...]):
    """A typed row: a tuple whose items are also attributes named after the columns (snake_case).

    `_fields` are the attribute names, `_columns` the header cells as Canvas wrote them. Cells past the
    header's end (outcome_export_csv's rating pairs) are kept in `extra_cells`.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _columns: ClassVar[tuple[str, ...]] = ()
    extra_cells: tuple[str, ...] = ()

    def _asdict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=False))

    def __repr__(self) -> str:
        cells = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self, strict=False))
        return f"{type(self).__name__}({cells})"


def snake_case(header_cell: str) -> str:
    """`Global ID` -> `global_id`, `storage used in MB` -> `storage_used_in_mb`; always an identifier."""
    name = re.sub(r"[^0-9a-zA-Z]+", "_", header_cell).strip("_").lower() or "column"
    if name[0].isdigit():
        name = f"column_{name}"
    if keyword.iskeyword(name) or name == "extra_cells":
        name += "_"
    return name


def attribute_names(header: Sequence[str]) -> tuple[str, ...]:
    """snake_case names, made unique (`status`, `status_2`) when two header cells give the same name."""
    names: list[str] = []
    seen: set[str] = set()
    for cell in header:
        base = name = snake_case(cell)
        n = 1
        while name in seen:
            n += 1
            name = f"{base}_{n}"
        seen.add(name)
        names.append(name)
    return tuple(names)


def row_type(class_name: str, header: Sequence[str]) -> type[Row]:
    """A Row subclass for this header: one read-only attribute per column, in header order."""
    fields = attribute_names(header)
    namespace: dict[str, Any] = {"__slots__": (), "_fields": fields, "_columns": tuple(header)}
    for index, name in enumerate(fields):
        namespace[name] = property(itemgetter(index), doc=f"column {header[index]!r}")
    return type(class_name, (Row,), namespace)


def _with_extra_cells(base: type[Row]) -> type[Row]:
    """A subclass for rows longer than the header: the surplus cells are one more item, `extra_cells`."""
    width = len(base._fields)
    namespace = {
        "__slots__": (),
        "extra_cells": property(itemgetter(width)),
        "_fields": (*base._fields, "extra_cells"),
        "_columns": base._columns,
    }
    return type(base.__name__, (base,), namespace)


_SKIP = object()


def _builder_source(kinds: Sequence[str]) -> str:
    """Source of a function that turns a list of cells into a Row in one step.

    Generated because the speed budget (typed rows within 3x of a bare csv.reader pass) leaves no room
    for a Python call per cell: strings are `c or None`, other types one C call. Only fixed names go
    into the code (c0, c1, ...), never header text. A row of another length, or a cell that does not
    convert, falls back to `_slow`, which pads, keeps surplus cells, or says which cell is wrong.
    """
    names = [f"c{i}" for i in range(len(kinds))]
    values = []
    for name, kind in zip(names, kinds, strict=True):
        if kind == "string":
            values.append(f"{name} or None")
        elif kind == "boolean":
            values.append(f"_bool[{name}] if {name} else None")
        else:
            values.append(f"_{kind}({name}) if {name} else None")
    unpack = f"({', '.join(names)},) = cells" if names else "() = cells"
    return (
        "def build(cells):\n"
        "    try:\n"
        f"        {unpack}\n"
        f"        return _new(_cls, ({', '.join(values)}{',' if values else ''}))\n"
        "    except (ValueError, KeyError):\n"
        "        return _slow(cells)\n"
    )


# -- sources ---------------------------------------------------------------------------------------------
class _Blob:
    """A re-openable binary source: a file on disk or bytes in memory."""

    def __init__(self, source: Source) -> None:
        if isinstance(source, Download):
            source = source.path
        if isinstance(source, bytes | bytearray | memoryview):
            self.data: bytes | None = bytes(source)
            self.path: Path | None = None
            self.name = "<bytes>"
        elif isinstance(source, str | os.PathLike):
            self.data, self.path = None, Path(source)
            self.name = self.path.name
            if not self.path.is_file():
                raise ReportFileError(f"{self.path}: no such file")
        else:
            raise TypeError(f"read_report reads a path, bytes or a Download, not {type(source).__name__}")

    def open(self) -> IO[bytes]:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return open(self.path, "rb")

    def is_zip(self) -> bool:
        with self.open() as f:
            return f.read(4) in ZIP_MAGIC


class Table:
    """One CSV of a report: iterate it for typed rows (each iteration reads the file again, lazily).

    `name` is the table (the object type such as `users`, the report type for single-file reports, the
    term for mgp_grade_export_csv's per-term files), `file` the CSV's name, `spec` the catalogue's file
    it was recognised as (None: unknown header, string rows), `header` the header cells as written.
    """

    def __init__(
        self,
        blob: _Blob,
        member: str | None,
        name: str,
        header: tuple[str, ...],
        delimiter: str,
        spec: FileSpec | None,
    ) -> None:
        self._blob, self._member, self.delimiter = blob, member, delimiter
        # A file whose only cell is the spec's placeholder (mgp: a term without grading periods) has no rows.
        self.placeholder = spec is not None and spec.placeholder is not None and header == (spec.placeholder,)
        if self.placeholder:
            header = ()
        self.name, self.header, self.spec = name, header, spec
        self.file = member or blob.name
        self.kinds = tuple((spec.column_kind(c) if spec else None) or "string" for c in header)
        class_name = spec.row if spec else "UnknownRow"
        self.row_type = row_type(class_name, header)
        self._wide_type = _with_extra_cells(self.row_type)
        self._code = compile(_builder_source(self.kinds), f"<{class_name} builder>", "exec")

    def read_as(self, spec: FileSpec) -> Table:
        """The same CSV typed as another file of the catalogue (verify-report checks a near miss's cells)."""
        return Table(self._blob, self._member, self.name, self.header, self.delimiter, spec)

    @property
    def member(self) -> str | None:
        """The zip member this table is, or None for a single CSV."""
        return self._member

    @property
    def known(self) -> bool:
        return self.spec is not None

    @property
    def columns(self) -> tuple[str, ...]:
        """The rows' attribute names, in column order."""
        return self.row_type._fields

    @property
    def extra_columns(self) -> tuple[str, ...]:
        """Header cells the spec does not list for this file (kept, read as strings)."""
        if self.spec is None:
            return ()
        return tuple(c for c in self.header if self.spec.column_kind(c) is None)

    def __repr__(self) -> str:
        state = self.spec.row if self.spec else "unknown header"
        return f"<Table {self.name!r} ({self.file}, {state}, {len(self.header)} columns)>"

    @contextmanager
    def open_text(self) -> Iterator[IO[str]]:
        """The CSV as text (BOM removed), positioned at the header."""
        with self._blob.open() as raw:
            if self._member is None:
                with io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text:
                    yield text
                return
            with (
                zipfile.ZipFile(raw) as archive,
                archive.open(self._member) as member,
                io.TextIOWrapper(member, encoding="utf-8-sig", newline="") as text,
            ):
                yield text

    def __iter__(self) -> Iterator[Row]:
        if self.placeholder:
            return
        with self.open_text() as text:
            reader = csv.reader(text, delimiter=self.delimiter)
            next(reader, None)  # the header
            namespace: dict[str, Any] = {
                "_new": tuple.__new__,
                "_cls": self.row_type,
                "_bool": _BOOLEANS,
                "_integer": int,
                "_number": float,
                "_datetime": datetime.fromisoformat,
                "_date": date.fromisoformat,
                "_slow": lambda cells: self._slow_row(cells, reader.line_num),
            }
            exec(self._code, namespace)
            build: Callable[[list[str]], Any] = namespace["build"]
            skip = _SKIP
            try:
                for cells in reader:
                    row = build(cells)
                    if row is not skip:
                        yield row
            except UnicodeDecodeError as exc:
                raise ReportFileError(
                    f"{self.file} line {reader.line_num + 1}: not UTF-8 ({exc.reason})"
                ) from None
            except csv.Error as exc:
                raise ReportFileError(f"{self.file} line {reader.line_num}: {exc}") from None

    def _slow_row(self, cells: list[str], line: int) -> Any:
        """A row the fast path could not build: blank, short, long, or with a cell of the wrong type."""
        if not any(cells):
            return _SKIP  # a blank line
        if self.spec is not None and self.spec.empty_row is not None and cells == [self.spec.empty_row]:
            return _SKIP  # Canvas's "No outcomes found" row
        width = len(self.kinds)
        values = []
        for index, (kind, text) in enumerate(zip(self.kinds, cells, strict=False)):
            try:
                values.append(convert_cell(kind, text))
            except ValueError:
                raise ReportFileError(
                    f"{self.file} line {line}, column {self.header[index]!r}: "
                    f"{text!r} is not {_KIND_TEXT.get(kind, kind)}"
                ) from None
        values += [None] * (width - len(values))
        if len(cells) > width:
            return tuple.__new__(self._wide_type, (*values, tuple(cells[width:])))
        return tuple.__new__(self.row_type, values)

    def raw_source(self) -> str | bytes:
        """The CSV as a path (a file on disk) or its bytes (in memory, or a zip member read whole)."""
        if self._member is None:
            if self._blob.path is not None:
                return str(self._blob.path)
            assert self._blob.data is not None
            return self._blob.data
        with self._blob.open() as raw, zipfile.ZipFile(raw) as archive:
            return archive.read(self._member)

    def rows(self) -> Iterator[Row]:
        """The same as iterating the table."""
        return iter(self)

    def to_polars(self) -> Any:
        """A polars DataFrame with the spec's dtypes (needs the `polars` extra)."""
        from canvas_reports.frames import to_polars

        return to_polars(self)

    def to_pandas(self) -> Any:
        """A pandas DataFrame with the spec's dtypes (needs the `pandas` extra)."""
        from canvas_reports.frames import to_pandas

        return to_pandas(self)


# -- recognising files -----------------------------------------------------------------------------------
def sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_header(text: IO[str]) -> tuple[tuple[str, ...], str]:
    """The header cells and the delimiter, from the first line of a CSV."""
    first = text.readline()
    delimiter = sniff_delimiter(first)
    return tuple(next(csv.reader([first], delimiter=delimiter), [])), delimiter


def match_score(spec: FileSpec, header: Sequence[str]) -> int | None:
    """How well a header fits a file of the catalogue: None when a column Canvas always writes is
    missing, else the number of its cells the file's spec knows (more is a closer fit)."""
    present = set(header)
    if any(c.name not in present for c in spec.required):
        return None
    return sum(1 for cell in header if spec.column_kind(cell) is not None)


def recognise(
    report: ReportFiles | None, header: Sequence[str], file_name: str | None = None
) -> FileSpec | None:
    """The catalogue's file this header is, or None. A zip member named like a file wins a tie."""
    if report is None or not header:
        return None
    for spec in report.files:
        if spec.placeholder is not None and tuple(header) == (spec.placeholder,):
            return spec
    best: tuple[int, int, FileSpec] | None = None
    for spec in report.files:
        score = match_score(spec, header)
        if score is None or score == 0:
            continue
        named = int(file_name is not None and file_name == spec.name)
        if best is None or (score, named) > best[:2]:
            best = (score, named, spec)
    return best[2] if best else None


def _stem(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base[:-4] if base.lower().endswith(".csv") else base


def _members(archive: zipfile.ZipFile) -> list[str]:
    return [i.filename for i in archive.infolist() if not i.is_dir()]


def _header_of(stream: IO[bytes]) -> tuple[tuple[str, ...], str]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        return read_header(text)
    except UnicodeDecodeError as exc:
        raise ReportFileError(f"not a UTF-8 CSV ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise ReportFileError(f"not a CSV: {exc}") from None
    finally:
        text.detach()  # the caller owns the stream and closes it


def open_tables(
    source: Source, report_type: str, catalogue: Mapping[str, ReportFiles] | None = None
) -> list[Table]:
    """Every CSV in the source, recognised against the report's catalogue entry (unknown ones too)."""
    blob = _Blob(source)
    report = (shipped_catalogue() if catalogue is None else catalogue).get(report_type)
    return _tables(blob, report, report_type)


def _tables(blob: _Blob, report: ReportFiles | None, report_type: str) -> list[Table]:
    tables: list[Table] = []
    if blob.is_zip():
        try:
            with blob.open() as raw, zipfile.ZipFile(raw) as archive:
                for member in _members(archive):
                    with archive.open(member) as stream:
                        try:
                            header, delimiter = _header_of(stream)
                        except ReportFileError as exc:
                            raise ReportFileError(f"{member} in {blob.name}: {exc}") from None
                    file_name = member.rsplit("/", 1)[-1]
                    spec = recognise(report, header, file_name)
                    per_term = report is not None and report.kind == "per_term_zip"
                    name = spec.table if spec and not per_term else _stem(member)
                    tables.append(Table(blob, member, name, header, delimiter, spec))
        except zipfile.BadZipFile as exc:
            raise ReportFileError(f"{blob.name}: a damaged zip ({exc})") from None
    else:
        with blob.open() as raw:
            try:
                header, delimiter = _header_of(raw)
            except ReportFileError as exc:
                raise ReportFileError(f"{blob.name}: {exc}") from None
        spec = recognise(report, header)
        tables.append(Table(blob, None, spec.table if spec else report_type, header, delimiter, spec))
    return tables


def read_report(
    source: Source, report_type: str, *, catalogue: Mapping[str, ReportFiles] | None = None
) -> dict[str, Table]:
    """The tables of a report's file, by name: each a lazy, re-iterable stream of typed rows.

    `source` is a path, the file's bytes, or the `Download` that `ReportsClient.download` returns;
    `report_type` is the report that wrote it (e.g. `provisioning_csv`). CSVs whose header the spec does
    not know (a newer Canvas, a translated header, a report type outside the catalogue) are read as
    string rows, with one `UnknownReportFileWarning` per call naming them. Raises ReportFileError when
    the source is not a CSV or zip at all. `catalogue` replaces the one shipped with the package
    (`report_files.parse(canvas_contract.catalogue.catalogue_from_spec(spec))` reads a spec).
    """
    catalogue = shipped_catalogue() if catalogue is None else catalogue
    tables = open_tables(source, report_type, catalogue)
    unknown = [t.file for t in tables if not t.known]
    if unknown:
        why = (
            f"report type {report_type!r} is not in the spec's catalogue"
            if report_type not in catalogue
            else f"the spec's catalogue of {report_type} knows no such header"
        )
        warnings.warn(
            f"read as string rows: {', '.join(unknown)} ({why})", UnknownReportFileWarning, stacklevel=2
        )
    by_name: dict[str, Table] = {}
    for table in tables:
        name = table.name if table.name not in by_name else table.file
        by_name[name] = table
    return by_name


__all__ = [
    "ReportFileError",
    "Row",
    "Table",
    "UnknownReportFileWarning",
    "convert_cell",
    "parse_datetime",
    "read_report",
    "recognise",
]
