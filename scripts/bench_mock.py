"""Measure the mock's speed on GET of one report against Prism and a no-op ASGI app, side by side.

Issue 4's target: with request validation on, the mock serves at least 3x the requests per second of
`prism mock` of the same spec and at least 0.7x a no-op ASGI app that returns the same bytes (same status,
headers and body, recorded from the mock). The three servers run at the same time, each pinned to CPU 0,
with `wrk` pinned to CPU 1 (when `taskset` exists and there are two CPUs); they are measured in
interleaved rounds so background load hits them alike; the ratios are the medians of the
per-round ratios (each round's runs are seconds apart), the req/s figures the medians of the rounds.
The mock and the no-op app run with the same uvicorn settings (mock_canvas.serve.server_config:
httptools, uvloop, no access log); Prism runs with its log level at `error`.

    python scripts/bench_mock.py [--duration 5] [--rounds 5] [--connections 32] [--no-prism]

Prints requests per second and the two ratios and writes them to reports/bench-mock.json. It measures,
it does not judge: it exits non-zero (with a one-line message) only when the benchmark cannot run, e.g.
`wrk` is missing or a server answered anything but 200 under load.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "canvas-account-reports.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
TOKEN = "mock-admin-token"
SERVER_CPU = "0"
CLIENT_CPU = "1"


class BenchError(Exception):
    """The benchmark cannot run; the message is printed as one line."""


# -- the no-op app (run in a child process: `bench_mock.py noop <response.json>`) ------------------


def noop_app_for(response_file: Path) -> Any:
    """An ASGI app that answers every request with the recorded status, headers and body, doing nothing."""
    recorded = json.loads(response_file.read_text())
    body = recorded["body"].encode()
    start = {
        "type": "http.response.start",
        "status": recorded["status"],
        "headers": [(k.encode(), v.encode()) for k, v in recorded["headers"]]
        + [(b"content-length", str(len(body)).encode())],
    }
    message = {"type": "http.response.body", "body": body}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                event = await receive()
                if event["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        await send(start)
        await send(message)

    return app


def serve_noop(response_file: Path) -> int:
    import uvicorn

    from mock_canvas.serve import bind, server_config

    app = noop_app_for(response_file)
    sock = bind("127.0.0.1", 0)
    print(f"NOOP_URL=http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    uvicorn.Server(server_config(app, in_thread=False)).run(sockets=[sock])  # type: ignore[arg-type]
    return 0


# -- process helpers --------------------------------------------------------------------------------


def pinned(cpu: str, command: list[str]) -> list[str]:
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        return ["taskset", "-c", cpu, *command]
    return command


def start_server(
    command: list[str], marker: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], str]:
    """Start a child that prints `<marker>=<url>` once it listens; returns the process and the URL."""
    process = subprocess.Popen(
        pinned(SERVER_CPU, command),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        start_new_session=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith(marker + "="):
        stop(process)
        raise BenchError(
            f"{command[0]} did not start: {line.strip() or (process.stderr.read() if process.stderr else '')}"
        )
    return process, line.strip().split("=", 1)[1]


def start_prism() -> tuple[subprocess.Popen[str], str]:
    if not PRISM.exists():
        raise BenchError(f"{PRISM.relative_to(ROOT)} is missing; run `make setup`")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        pinned(
            SERVER_CPU, [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "-v", "error", str(SPEC)]
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"prism exited: {process.stderr.read().strip() if process.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process, url
        except OSError:
            time.sleep(0.2)
    stop(process)
    raise BenchError("prism did not start within 60 s")


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def http(
    method: str, url: str, body: dict[str, Any] | None = None
) -> tuple[int, list[tuple[str, str]], bytes]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        url,
        data=data,
        method=method,
        headers={
            "Authorization": f"Bearer {TOKEN}",
            "Content-Type": "application/json",
            "User-Agent": "bench_mock",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, list(response.getheaders()), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, list(exc.headers.items()), exc.read()


# -- wrk --------------------------------------------------------------------------------------------


def wrk(url: str, duration: float, connections: int) -> float:
    command = pinned(
        CLIENT_CPU,
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{max(1, round(duration))}s",
            "-H",
            f"Authorization: Bearer {TOKEN}",
            "-H",
            "User-Agent: bench_mock",
            url,
        ],
    )
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BenchError(f"wrk failed: {result.stderr.strip() or result.stdout.strip()}")
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    errors = re.search(r"Socket errors: .*", result.stdout)
    if bad:
        raise BenchError(f"{url} answered {bad.group(1)} non-2xx responses under load")
    if errors and "timeout 0" not in errors.group(0):
        print(f"  note: {url}: {errors.group(0)}", file=sys.stderr)
    match = re.search(r"Requests/sec:\s+([0-9.]+)", result.stdout)
    if not match:
        raise BenchError(f"cannot read wrk's output: {result.stdout.strip()}")
    return float(match.group(1))


# -- the benchmark ----------------------------------------------------------------------------------


def prepare_report(mock_url: str) -> tuple[str, Path]:
    """Start a report on the mock, let the clock finish it, and record the exact response of its GET."""
    status, _, body = http(
        "POST",
        f"{mock_url}/api/v1/accounts/1/reports/provisioning_csv",
        {"parameters": {"users": True, "courses": True, "enrollment_term_id": 12}},
    )
    if status != 200:
        raise BenchError(f"the mock refused to start a report: {status} {body[:200]!r}")
    report = json.loads(body)
    http("POST", f"{mock_url}/__mock__/clock", {"advance": 3600})
    path = f"/api/v1/accounts/1/reports/provisioning_csv/{report['id']}"
    status, headers, body = http("GET", mock_url + path)
    if status != 200 or json.loads(body)["status"] != "complete":
        raise BenchError(f"the benchmark report did not complete: {status} {body[:200]!r}")
    kept = [
        (k.lower(), v)
        for k, v in headers
        if k.lower()
        not in ("date", "server", "content-length", "connection", "keep-alive", "transfer-encoding")
    ]
    recorded = ROOT / "reports" / "bench-mock-response.json"
    recorded.parent.mkdir(exist_ok=True)
    recorded.write_text(json.dumps({"status": status, "headers": kept, "body": body.decode()}))
    return path, recorded


def run(duration: float, rounds: int, connections: int, with_prism: bool = True) -> dict[str, Any]:
    """Start the servers, record the mock's response, run wrk in rotated rounds; the median figures."""
    if not shutil.which("wrk"):
        raise BenchError("wrk is not installed (apt-get install -y wrk)")
    processes: list[subprocess.Popen[str]] = []
    try:
        mock, mock_url = start_server(
            [sys.executable, "-m", "mock_canvas", "--port", "0"],
            "MOCK_CANVAS_URL",
            {"MOCK_DB": "", "MOCK_STRICT": "0", "MOCK_VALIDATE_REQUESTS": "1"},
        )
        processes.append(mock)
        path, recorded = prepare_report(mock_url)
        noop, noop_url = start_server(
            [sys.executable, str(Path(__file__).resolve()), "noop", str(recorded)],
            "NOOP_URL",
            {"PYTHONPATH": str(ROOT)},
        )
        processes.append(noop)
        targets = {"noop": noop_url + path, "mock": mock_url + path}
        if with_prism:
            prism, prism_url = start_prism()
            processes.append(prism)
            status, _, _ = http("GET", prism_url + path)
            if status != 200:
                raise BenchError(f"prism answered {status} for GET {path}")
            targets = {"prism": prism_url + path, **targets}
        for url in targets.values():  # warm-up: JIT, caches, connection set-up
            wrk(url, min(2, duration), connections)
        samples: dict[str, list[float]] = {name: [] for name in targets}
        for n in range(rounds):
            # The mock and the no-op app run back to back, alternating which goes first, so each round's
            # ratio compares two runs under the same background load; Prism goes before or after them.
            pair = ["noop", "mock"] if n % 2 == 0 else ["mock", "noop"]
            extra = ["prism"] if "prism" in targets else []
            for name in (extra + pair) if n % 2 == 0 else (pair + extra):
                samples[name].append(wrk(targets[name], duration, connections))
        medians = {name: statistics.median(values) for name, values in samples.items()}
        paired = [m / n for m, n in zip(samples["mock"], samples["noop"], strict=True)]
        prism_ratios = [m / p for m, p in zip(samples["mock"], samples.get("prism", []), strict=False)]
        return {
            "path": path,
            "duration_s": duration,
            "rounds": rounds,
            "connections": connections,
            "samples": samples,
            "requests_per_second": medians,
            "mock_vs_prism": statistics.median(prism_ratios) if prism_ratios else None,
            "mock_vs_noop": statistics.median(paired),
            "mock_vs_noop_per_round": paired,
        }
    finally:
        for process in processes:
            stop(process)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["noop"]:
        return serve_noop(Path(argv[1]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run (default 5)")
    parser.add_argument(
        "--rounds", type=int, default=5, help="interleaved rounds; the median counts (default 5)"
    )
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (default 32)")
    parser.add_argument(
        "--json", type=Path, default=ROOT / "reports" / "bench-mock.json", help="figures file"
    )
    parser.add_argument("--no-prism", action="store_true", help="compare only the mock and the no-op app")
    args = parser.parse_args(argv)
    try:
        result = run(args.duration, args.rounds, args.connections, with_prism=not args.no_prism)
    except BenchError as exc:
        print(f"bench_mock: {exc}", file=sys.stderr)
        return 1
    rps = result["requests_per_second"]
    print(
        f"GET {result['path']} with request validation on: median req/s of {args.rounds} rounds of "
        f"{args.duration} s, {args.connections} connections"
    )
    for name, samples in result["samples"].items():
        print(f"  {name:6s} {rps[name]:9.0f}   (rounds: {', '.join(f'{v:.0f}' for v in samples)})")
    if not args.no_prism:
        ratio = result["mock_vs_prism"]
        print(f"  mock / prism = {ratio:.2f}x  (target: at least 3x)  {'met' if ratio >= 3 else 'NOT met'}")
    ratio = result["mock_vs_noop"]
    print(f"  mock / noop  = {ratio:.2f}x  (target: at least 0.7x)  {'met' if ratio >= 0.7 else 'NOT met'}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
