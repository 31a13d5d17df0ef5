"""Run the mock on a real socket: in the foreground (`make mock`) or in a background thread for tests.

Binding the socket before uvicorn starts is what makes port 0 usable: the caller learns the port before
the first request, and connections made before uvicorn accepts simply wait in the listen backlog.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn

from mock_canvas.app import MockCanvas, create_app
from mock_canvas.settings import Settings

HOST = "127.0.0.1"


def bind(host: str = HOST, port: int = 0) -> socket.socket:
    """A listening TCP socket (port 0 picks a free one)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def server_config(app: MockCanvas, *, in_thread: bool) -> uvicorn.Config:
    """The server settings the mock always runs with (and the benchmark gives the no-op app too)."""
    return uvicorn.Config(
        app,
        http="httptools",
        # uvloop is faster, but installing it from a helper thread would change the caller's loop policy.
        loop="asyncio" if in_thread else "uvloop",
        lifespan="on",
        access_log=False,
        log_level="warning",
    )


@dataclass
class RunningMock:
    url: str
    port: int
    app: MockCanvas


@contextmanager
def running_mock(
    settings: Settings | None = None, *, host: str = HOST, port: int = 0
) -> Iterator[RunningMock]:
    """`with running_mock(Settings(strict=True)) as mock:` — serves on `mock.url` until the block ends."""
    app = create_app(settings)
    sock = bind(host, port)
    server = uvicorn.Server(server_config(app, in_thread=True))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mock-canvas", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("the mock Canvas did not start")
        time.sleep(0.01)
    bound_port = sock.getsockname()[1]
    try:
        yield RunningMock(f"http://{host}:{bound_port}", bound_port, app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        app.backend.close()
