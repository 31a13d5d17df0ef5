"""Time reading a large report file (`make bench-files`, in `make bench`): figures printed, not asserted.

Why: read_report promises typed rows at most 3x the time of a bare csv.reader pass, with a peak of
traced memory that does not grow with the file (under 32 MiB), and a DataFrame path within 1.5x of
polars.read_csv. This writes provisioning users.csv files of two sizes with the spec's header and
measures all three. BENCH_ROWS sets the large size (default 200000); CANVAS_SPEC another spec.
"""

from __future__ import annotations

import csv
import gc
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import polars as pl
from canvas_reports.reader import read_report
from canvas_reports.report_files import catalogue_from_spec, parse

from canvas_contract import SPEC_PATH, load_spec

REPORT, TABLE = "provisioning_csv", "users"
SAMPLES = {
    "integer": lambda i, r: str(1000 + i),
    "number": lambda i, r: f"{r.random() * 100:.2f}",
    "boolean": lambda i, r: r.choice(("true", "false")),
    "datetime": lambda i, r: f"2026-0{1 + i % 9}-1{i % 10}T08:30:00-07:00",
}


def write_users(path: Path, rows: int, header: list[str], kinds: list[str]) -> None:
    rng = random.Random(rows)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for i in range(rows):
            cells = []
            for name, kind in zip(header, kinds, strict=True):
                if kind in SAMPLES:
                    cells.append(SAMPLES[kind](i, rng))
                elif rng.random() < 0.1:
                    cells.append("")  # some empty cells, as in real exports
                else:
                    cells.append(f"{name}-{i}")
            writer.writerow(cells)


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_mib(work: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def bare_pass(path: Path) -> None:
    with open(path, newline="", encoding="utf-8") as f:
        for _ in csv.reader(f):
            pass


def main() -> int:
    catalogue = parse(catalogue_from_spec(load_spec(SPEC_PATH)))
    files = {f.table: f for f in catalogue[REPORT].files} if REPORT in catalogue else {}
    if TABLE not in files:
        print(f"bench-files: {SPEC_PATH} has no {REPORT} {TABLE} file in its catalogue", file=sys.stderr)
        return 2
    spec = files[TABLE]
    header = [c.name for c in spec.columns]
    kinds = [c.kind for c in spec.columns]
    large = int(os.environ.get("BENCH_ROWS", "200000"))
    runs = 3
    print(f"read_report over {REPORT} {TABLE}.csv ({len(header)} columns), best of {runs}")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (large // 4, large):
            path = Path(tmp) / f"users_{rows}.csv"
            write_users(path, rows, header, kinds)
            table = read_report(path, REPORT, catalogue=catalogue)[TABLE]

            def typed_pass(table=table) -> None:
                for _ in table:
                    pass

            bare = best_of(runs, lambda path=path: bare_pass(path))
            typed = best_of(runs, typed_pass)
            peak = peak_mib(typed_pass)
            size = path.stat().st_size / 2**20
            print(
                f"  {rows:>7} rows ({size:5.1f} MiB): csv.reader {bare:6.3f}s  typed rows {typed:6.3f}s "
                f"= {typed / bare:4.2f}x (target <= 3x)  peak traced {peak:5.2f} MiB (target < 32)"
            )
            if rows == large:
                plain = best_of(runs, lambda path=path: pl.read_csv(path))
                frame = best_of(runs, table.to_polars)
                print(
                    f"  DataFrame: polars.read_csv {plain:6.3f}s  Table.to_polars {frame:6.3f}s "
                    f"= {frame / plain:4.2f}x (target <= 1.5x)"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
