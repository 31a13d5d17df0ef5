"""State in SQLite: private and in memory by default, in a file with MOCK_DB that survives restarts, and
shared safely by processes that start at the same moment on the same file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from mock_canvas import Settings, running_mock

ROOT = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": "Bearer mock-admin-token"}
START = "/api/v1/accounts/1/reports/provisioning_csv"


def test_memory_state_is_private_to_each_app() -> None:
    with running_mock() as first, running_mock() as second:
        assert httpx.post(first.url + START, headers=AUTH).status_code == 200
        assert len(httpx.get(first.url + START, headers=AUTH).json()) == 1
        assert httpx.get(second.url + START, headers=AUTH).json() == []


def test_a_database_file_survives_a_restart(tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "mock.sqlite3"), strict=True)
    with running_mock(settings) as mock:
        report = httpx.post(mock.url + START, headers=AUTH, json={"parameters": {"users": True}}).json()
        httpx.post(mock.url + "/__mock__/clock", json={"advance": 60}).raise_for_status()
        done = httpx.get(f"{mock.url}{START}/{report['id']}", headers=AUTH).json()
        assert done["status"] == "complete"
    with running_mock(settings) as mock:
        again = httpx.get(f"{mock.url}{START}/{report['id']}", headers=AUTH)
        assert again.status_code == 200
        assert again.json()["attachment"]["id"] == done["attachment"]["id"]
        assert again.json()["run_time"] == done["run_time"]
        # The clock offset is state too.
        assert httpx.get(mock.url + "/__mock__/clock").json()["offset"] == 60
        following = httpx.post(mock.url + START, headers=AUTH, json={"parameters": {"courses": True}}).json()
        assert following["id"] == report["id"] + 1


@contextmanager
def _processes(db: Path, count: int) -> Iterator[list[str]]:
    env = {**os.environ, "MOCK_DB": str(db)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "mock_canvas", "--port", "0"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    try:
        urls = []
        for proc in procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.startswith("MOCK_CANVAS_URL="), (line, proc.stderr.read() if proc.stderr else "")
            urls.append(line.strip().split("=", 1)[1])
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=20)


def test_concurrent_starts_on_one_file_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    with _processes(db, 3) as urls:
        ids = []
        for n, url in enumerate(urls * 3):
            response = httpx.post(url + START, headers=AUTH, json={"parameters": {"users": True, "n": n}})
            assert response.status_code == 200, response.text
            ids.append(response.json()["id"])
        assert len(set(ids)) == 9  # no id handed out twice
        for url in urls:  # every process sees every report
            listed = httpx.get(url + START + "?per_page=100", headers=AUTH).json()
            assert sorted(r["id"] for r in listed) == sorted(ids)
        # Changes made through one process are seen by the others (their caches notice the write).
        httpx.delete(f"{urls[0]}{START}/{ids[0]}", headers=AUTH).raise_for_status()
        assert httpx.get(f"{urls[1]}{START}/{ids[0]}", headers=AUTH).status_code == 404
    with _processes(db, 1) as (url,):
        assert len(httpx.get(url + START + "?per_page=100", headers=AUTH).json()) == 8
        # The seed went in once: the three tokens still work and the catalogue is whole.
        assert httpx.get(url + "/api/v1/accounts/1/reports", headers=AUTH).status_code == 200


def test_a_database_from_another_schema_is_refused_with_a_message(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "old.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    result = subprocess.run(
        [sys.executable, "-m", "mock_canvas", "--port", "0", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "schema" in result.stderr


def test_reset_returns_to_the_seed(tmp_path: Path) -> None:
    with running_mock(Settings(db_path=str(tmp_path / "m.sqlite3"))) as mock:
        httpx.post(mock.url + START, headers=AUTH).raise_for_status()
        httpx.post(mock.url + "/__mock__/tokens", json={"token": "extra", "user_id": 1077}).raise_for_status()
        httpx.post(mock.url + "/__mock__/reset").raise_for_status()
        assert httpx.get(mock.url + START, headers=AUTH).json() == []
        assert httpx.get(mock.url + START, headers={"Authorization": "Bearer extra"}).status_code == 401
        first = httpx.post(mock.url + START, headers=AUTH).json()
        assert first["id"] == 4821  # ids start over too
