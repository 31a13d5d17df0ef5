"""The mock Canvas as its own process on a free 127.0.0.1 port, for the end-to-end tests of tests/cli/.

Strict mode (every response validated against the spec) and a short lifecycle (a report is final after
about 1.3 s); the control API (`/__mock__/`) drives it.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
MOCK_ENV = {"MOCK_QUEUE_SECONDS": "0.3", "MOCK_RUN_SECONDS": "1.0"}


@dataclass
class Mock:
    url: str
    process: subprocess.Popen[str]

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = httpx.request(method, f"{self.url}/__mock__/{path}", json=body, timeout=10)
        response.raise_for_status()
        return response.json()


@contextmanager
def mock_process() -> Iterator[Mock]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOCK_")} | MOCK_ENV
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_canvas", "--port", "0", "--strict"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        selector = selectors.DefaultSelector()
        assert process.stdout is not None
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout=30):
            raise RuntimeError("the mock Canvas printed no URL within 30 s")
        first = process.stdout.readline().strip()
        assert first.startswith("MOCK_CANVAS_URL="), first + (process.stderr.read() if process.stderr else "")
        yield Mock(first.split("=", 1)[1], process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
