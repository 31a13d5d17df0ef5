"""The mock Canvas as its own process on a free 127.0.0.1 port, for the end-to-end tests of tests/cli/.

Strict mode (every response validated against the spec) and a short lifecycle (a report is final after
about 1.3 s); the control API (`/__mock__/`) drives it.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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


@dataclass
class Exchange:
    method: str
    path: str
    status: int


@dataclass
class RecordingProxy:
    """What a command in another process sent: it talks to `url`, which forwards to the mock and logs each
    exchange. Tests assert on these requests (no retry happened, how often a wait polled) instead of on
    wall-clock time, which a loaded machine stretches."""

    url: str
    exchanges: list[Exchange] = field(default_factory=list)

    def requests(self, method: str | None = None) -> list[Exchange]:
        return [e for e in list(self.exchanges) if method is None or e.method == method]


@contextmanager
def recording_proxy(mock: Mock) -> Iterator[RecordingProxy]:
    """A forwarding proxy on 127.0.0.1 in a thread of the test process; the mock's own absolute URLs (Link
    headers, file redirects) still point at the mock, so only requests to the proxy's URL are logged."""
    upstream = httpx.Client(base_url=mock.url, timeout=30)
    log: list[Exchange] = []

    class Forward(BaseHTTPRequestHandler):
        def _forward(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            answer = upstream.request(self.command, self.path, headers=headers, content=body)
            log.append(Exchange(self.command, self.path, answer.status_code))
            self.send_response(answer.status_code)
            for name, value in answer.headers.multi_items():
                if name.lower() not in (
                    "content-length",
                    "transfer-encoding",
                    "connection",
                    "content-encoding",
                ):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

        do_GET = do_POST = do_PUT = do_DELETE = _forward

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the exchanges are the log."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Forward)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield RecordingProxy(f"http://127.0.0.1:{server.server_address[1]}", log)
    finally:
        server.shutdown()
        server.server_close()
        upstream.close()


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
