"""`python -m mock_canvas` (what `make mock` runs): prints where it listens, serves, and fails in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def test_port_zero_prints_the_url_and_serves() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "mock_canvas", "--port", "0", "--strict"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("MOCK_CANVAS_URL=http://127.0.0.1:")
        url = line.split("=", 1)[1]
        health = httpx.get(url + "/__mock__/health").json()
        assert health == {"status": "ok", "strict": True}
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_bad_settings_fail_in_one_line() -> None:
    env = {**os.environ, "MOCK_QUEUE_SECONDS": "soon"}
    result = subprocess.run(
        [sys.executable, "-m", "mock_canvas", "--port", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == "canvas-mock: MOCK_QUEUE_SECONDS='soon': could not convert string to float: 'soon'"
    )


def test_a_busy_port_fails_in_one_line() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "mock_canvas", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr.startswith("canvas-mock: cannot start:") and result.stderr.count("\n") == 1
