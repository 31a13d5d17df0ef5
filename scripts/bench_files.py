"""Time reading a large report file (`make bench-files`, in `make bench`): figures printed, not asserted.

Why: read_report promises typed rows at most 3x the time of a bare csv.reader pass, with a peak of
traced memory that does not grow with the file (under 32 MiB), and a DataFrame path within 1.5x of
polars.read_csv. This writes provisioning users.csv files of two sizes with the spec's header and
measures all three, then downloads files of both sizes from the mock to show the download streams to
disk in constant memory. BENCH_ROWS sets the large size (default 200000); CANVAS_SPEC another spec.
"""

from __future__ import annotations

import csv
import gc
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import polars as pl
from canvas_reports import ReportsClient
from canvas_reports.reader import read_report
from canvas_reports.report_files import parse

from canvas_contract import SPEC_PATH, load_spec
from canvas_contract.catalogue import catalogue_from_spec

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

            bare = best_of(runs, partial(bare_pass, path))
            typed = best_of(runs, typed_pass)
            peak = peak_mib(typed_pass)
            size = path.stat().st_size / 2**20
            print(
                f"  {rows:>7} rows ({size:5.1f} MiB): csv.reader {bare:6.3f}s  typed rows {typed:6.3f}s "
                f"= {typed / bare:4.2f}x (target <= 3x)  peak traced {peak:5.2f} MiB (target < 32)"
            )
            if rows == large:
                plain = best_of(runs, partial(pl.read_csv, path))
                frame = best_of(runs, table.to_polars)
                print(
                    f"  DataFrame: polars.read_csv {plain:6.3f}s  Table.to_polars {frame:6.3f}s "
                    f"= {frame / plain:4.2f}x (target <= 1.5x)"
                )
    bench_download(large, header, kinds)
    return 0


@contextmanager
def mock_process(db_path: Path) -> Iterator[str]:
    """The mock Canvas in its own process (its memory is not this one's), sharing a SQLite file."""
    env = {**os.environ, "MOCK_DB": str(db_path), "MOCK_THROTTLE_ENABLED": "0"}
    env |= {"MOCK_QUEUE_SECONDS": "0.05", "MOCK_RUN_SECONDS": "0.1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_canvas", "--port", "0"], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if not line.startswith("MOCK_CANVAS_URL="):
            raise RuntimeError(f"the mock did not start: {line!r}")
        yield line.split("=", 1)[1]
    finally:
        process.terminate()
        process.wait(timeout=10)


def bench_download(rows: int, header: list[str], kinds: list[str]) -> None:
    """The helpers' download streams to disk in constant memory, whatever the file's size.

    The mock's seed is small, so a finished report's attachment is replaced, in the mock's SQLite file,
    by a users.csv of the given size (the mock serves whatever its store holds).
    """
    print("ReportsClient.download from the mock (a separate process), peak traced memory in this one")
    with (
        tempfile.TemporaryDirectory() as tmp,
        mock_process(Path(tmp) / "mock.db") as url,
        ReportsClient(url, "mock-admin-token", account_id="1") as canvas,
    ):
        started = canvas.start("last_user_access_csv")
        report = canvas.wait_for_report(started.report, started.id, poll_interval=0.1)
        for size_rows in (rows // 4, rows):
            body = Path(tmp) / f"body_{size_rows}.csv"
            write_users(body, size_rows, header, kinds)
            content = body.read_bytes()
            with sqlite3.connect(Path(tmp) / "mock.db") as db:
                db.execute(
                    "UPDATE attachments SET content = ?, size = ? WHERE report_id = ?",
                    (content, len(content), report.id),
                )
            del content
            fresh = canvas.get(report.report, report.id)
            target = Path(tmp) / f"download_{size_rows}.csv"
            seconds = best_of(1, partial(canvas.download, fresh, target))
            peak = peak_mib(partial(canvas.download, fresh, target))
            size = target.stat().st_size / 2**20
            print(f"  {size:6.1f} MiB file: {seconds:6.3f}s  peak traced {peak:5.2f} MiB")


if __name__ == "__main__":
    sys.exit(main())
