"""A report table as a polars or pandas DataFrame, with the spec's column types.

Why not from the typed rows: the DataFrame libraries parse CSV in native code, many times faster than
building Python objects first. The spec decides the dtypes (ids and counts Int64, scores Float64, flags
Boolean, timestamps UTC datetimes, the rest strings; empty cells null); columns are named like the rows'
attributes (snake_case). polars and pandas are optional: `pip install "canvas-reports[polars]"`.
"""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING, Any

from canvas_reports.reader import ReportFileError

if TYPE_CHECKING:
    from canvas_reports.reader import Table

_TIME_FORMATS = ("%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M:%S%.fZ", "%Y-%m-%d %H:%M:%S UTC")


def _import(name: str) -> Any:
    try:
        return __import__(name)
    except ImportError:
        raise ReportFileError(f"{name} is not installed: pip install 'canvas-reports[{name}]'") from None


def _why(table: Table, exc: Exception) -> str:
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "more fields" in first or "Length of header" in first or "Expected" in first:
        return (
            f"{table.file}: rows have more cells than the header ({first}); a DataFrame cannot hold them: "
            "iterate the table instead (each row keeps them in `extra_cells`)"
        )
    return f"{table.file}: {first}"


def _source(table: Table) -> Any:
    raw = table.raw_source()
    return io.BytesIO(raw) if isinstance(raw, bytes) else raw


def to_polars(table: Table) -> Any:
    """The table as a polars DataFrame (needs polars)."""
    pl = _import("polars")
    dtypes = {
        "integer": pl.Int64,
        "number": pl.Float64,
        "boolean": pl.Boolean,
        "date": pl.String,
        "datetime": pl.String,
        "string": pl.String,
    }
    names = list(table.columns)
    if table.placeholder:
        return pl.DataFrame()
    try:
        frame = pl.read_csv(
            _source(table),
            has_header=True,
            schema_overrides=[dtypes[kind] for kind in table.kinds],  # by position: headers may repeat
            separator=table.delimiter,
            encoding="utf8",
        )
        frame.columns = names
        dates = [
            _polars_datetime(pl, frame[name]) if kind == "datetime" else frame[name].str.to_date()
            for name, kind in zip(names, table.kinds, strict=True)
            if kind in ("datetime", "date")
        ]
    except (pl.exceptions.PolarsError, ValueError) as exc:
        raise ReportFileError(_why(table, exc)) from None
    frame = frame.with_columns(dates) if dates else frame
    empty_row = table.spec.empty_row if table.spec else None
    if empty_row is not None and names and table.kinds[0] == "string":
        frame = frame.filter(pl.col(names[0]).ne_missing(empty_row))  # Canvas's "No outcomes found"
    return frame


def _polars_datetime(pl: Any, column: Any) -> Any:
    """ISO 8601 with an offset (or Z) to UTC; Ruby's `YYYY-MM-DD HH:MM:SS UTC` as well."""
    last: Exception | None = None
    for fmt in _TIME_FORMATS:
        try:
            return column.str.to_datetime(fmt, time_zone="UTC", time_unit="us")
        except pl.exceptions.PolarsError as exc:
            last = exc
    raise ReportFileError(f"column {column.name!r} holds a timestamp in no known format ({last})")


def to_pandas(table: Table) -> Any:
    """The table as a pandas DataFrame (needs pandas): nullable Int64/Float64/boolean/string dtypes."""
    pd = _import("pandas")
    dtypes = {
        "integer": "Int64",
        "number": "Float64",
        "boolean": "boolean",
        "date": "string",
        "datetime": "string",
        "string": "string",
    }
    names = list(table.columns)
    if table.placeholder:
        return pd.DataFrame()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)  # pandas would drop surplus cells
            frame = pd.read_csv(
                _source(table),
                sep=table.delimiter,
                header=0,
                names=names,
                dtype={name: dtypes[kind] for name, kind in zip(names, table.kinds, strict=True)},
                keep_default_na=False,
                na_values=[""],
                true_values=["true", "True", "TRUE"],
                false_values=["false", "False", "FALSE"],
                encoding="utf-8-sig",
                index_col=False,
            )
            for name, kind in zip(names, table.kinds, strict=True):
                if kind == "datetime":
                    frame[name] = pd.to_datetime(
                        frame[name].str.removesuffix(" UTC"), utc=True, format="ISO8601"
                    )
                elif kind == "date":
                    frame[name] = pd.to_datetime(frame[name], format="ISO8601").dt.date
    except (ValueError, TypeError, pd.errors.ParserError, pd.errors.ParserWarning) as exc:
        raise ReportFileError(_why(table, exc)) from None
    empty_row = table.spec.empty_row if table.spec else None
    if empty_row is not None and names:
        frame = frame[frame[names[0]].ne(empty_row).fillna(True)].reset_index(drop=True)
    return frame
