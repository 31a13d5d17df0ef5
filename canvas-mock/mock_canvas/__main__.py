"""`canvas-mock [--host H] [--port N] [--db PATH] [--strict]`: serve the mock Canvas in the foreground.

`make mock` and `python -m mock_canvas` run the same thing.

With `--port 0` it picks a free port; either way the first line on stdout is `MOCK_CANVAS_URL=<url>`,
printed once the socket is listening, so a script can start it and read where it is.
"""

from __future__ import annotations

import argparse
import os
import sys

import uvicorn

from mock_canvas import create_app
from mock_canvas.serve import HOST, bind, server_config
from mock_canvas.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="canvas-mock", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=HOST, help="interface to listen on (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=None, help="port (default $MOCK_PORT or 8765; 0 = any free port)"
    )
    parser.add_argument(
        "--db", default=None, help="SQLite file for state that survives restarts (default: memory)"
    )
    parser.add_argument("--strict", action="store_true", help="validate every response against the spec")
    args = parser.parse_args(argv)
    try:
        port = args.port if args.port is not None else int(os.environ.get("MOCK_PORT") or 8765)
        settings = Settings.from_env()
    except ValueError as exc:
        print(f"canvas-mock: {exc}", file=sys.stderr)
        return 2
    if args.db:
        settings = settings.with_changes(db_path=args.db)
    if args.strict:
        settings = settings.with_changes(strict=True)
    try:
        app = create_app(settings)
        sock = bind(args.host, port)
    except Exception as exc:  # start-up problems are one line, not a traceback
        print(f"canvas-mock: cannot start: {exc}", file=sys.stderr)
        return 1
    print(f"MOCK_CANVAS_URL=http://{args.host}:{sock.getsockname()[1]}", flush=True)
    uvicorn.Server(server_config(app, in_thread=False)).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
