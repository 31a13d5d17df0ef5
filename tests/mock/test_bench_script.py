"""scripts/bench_mock.py: the figures are measured, never asserted; here only its parts are checked (the no-op
app really returns the recorded bytes and does nothing else; a missing tool is a one-line failure)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "bench_mock.py"


def _load() -> Any:
    from scripts import bench_mock

    return bench_mock


def test_the_noop_app_returns_the_recorded_response(tmp_path: Path) -> None:
    recorded = tmp_path / "response.json"
    body = '{"id":4821,"status":"complete"}'
    recorded.write_text(
        json.dumps({"status": 200, "headers": [["content-type", "application/json"]], "body": body})
    )
    app = _load().noop_app_for(recorded)
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    asyncio.run(app({"type": "http", "method": "GET", "path": "/anything"}, receive, send))
    assert sent[0]["status"] == 200
    assert (b"content-length", str(len(body)).encode()) in sent[0]["headers"]
    assert sent[1]["body"] == body.encode()


def test_without_wrk_it_fails_in_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--rounds", "1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr == "bench_mock: wrk is not installed (apt-get install -y wrk)\n"
