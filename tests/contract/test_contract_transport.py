"""The Canvas-aware transport of the contract runs: throttle backoff, ledger, live-mode safety rules.

Exercised over real HTTP against a scripted 127.0.0.1 server, because the point of the transport is what
reaches the wire (and what does not).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from canvas_contract import example_value
from canvas_contract.testing import transport

ROOT = Path(__file__).resolve().parents[2]

THROTTLE = example_value("RateLimitExceeded").encode()


class ScriptedServer:
    """Answers from a queue of (status, content type, body, headers); records every request it got."""

    def __init__(self) -> None:
        self.script: list[tuple[int, str, bytes, dict[str, str]]] = []
        self.seen: list[tuple[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                server.seen.append((self.command, self.path))
                status, ctype, body, headers = (
                    server.script.pop(0) if server.script else (200, "application/json", b"[]", {})
                )
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer()
    yield scripted
    scripted.close()


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    ledger = tmp_path / "ledger.jsonl"
    monkeypatch.setenv("CONTRACT_MODE", "mock")
    monkeypatch.setenv("CONTRACT_LEDGER", str(ledger))
    monkeypatch.setenv("CONTRACT_THROTTLE_DELAY", "0.01")
    monkeypatch.setenv("CONTRACT_THROTTLE_RETRIES", "3")
    transport.install_transport()
    try:
        yield ledger
    finally:
        transport.uninstall_transport()


@pytest.fixture
def live(installed: Path, monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> Path:
    monkeypatch.setenv("CONTRACT_MODE", "live")
    monkeypatch.setenv("CONTRACT_BASE_URL", server.url)
    monkeypatch.setenv("CONTRACT_ACCOUNT_ID", "1")
    monkeypatch.setenv("CONTRACT_ALLOW_WRITES", "0")
    return installed


def throttled() -> tuple[int, str, bytes, dict[str, str]]:
    return (403, "text/plain; charset=utf-8", THROTTLE, {"X-Rate-Limit-Remaining": "0.0"})


def report(report_id: int, report: str = "provisioning_csv") -> bytes:
    return json.dumps({**example_value("ReportCreated"), "id": report_id, "report": report}).encode()


REPORTS = "/api/v1/accounts/1/reports"


def test_throttle_body_is_retried_until_it_passes(installed: Path, server: ScriptedServer) -> None:
    server.script = [
        throttled(),
        throttled(),
        (200, "application/json", b"[]", {"X-Rate-Limit-Remaining": "600.0"}),
    ]
    response = requests.get(server.url + REPORTS, timeout=5)
    assert response.status_code == 200
    assert len(server.seen) == 3


def test_hosted_429_is_retried_after_retry_after(
    installed: Path, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(transport.time, "sleep", slept.append)
    hosted = example_value("RateLimitExceededHosted").encode()
    server.script = [
        (429, "text/plain; charset=utf-8", hosted, {"Retry-After": "2"}),
        (429, "text/html", b"<html>slow down</html>", {}),  # any 429 is the throttle, whatever its body
        (200, "application/json", b"[]", {"X-Rate-Limit-Remaining": "600.0"}),
    ]
    response = requests.get(server.url + REPORTS, timeout=5)
    assert response.status_code == 200
    assert len(server.seen) == 3
    assert slept[0] == 2.0  # Canvas's word; the second wait is the backoff (0.01 s base)
    assert 0.02 <= slept[1] < 0.04


def test_json_403_is_a_permission_error_and_not_retried(installed: Path, server: ScriptedServer) -> None:
    body = json.dumps(example_value("Unauthorized")).encode()
    server.script = [(403, "application/json; charset=utf-8", body, {})]
    assert requests.get(server.url + REPORTS, timeout=5).status_code == 403
    assert len(server.seen) == 1


def test_retries_are_bounded(installed: Path, server: ScriptedServer) -> None:
    server.script = [throttled() for _ in range(10)]
    response = requests.get(server.url + REPORTS, timeout=5)
    assert response.status_code == 403 and response.content == THROTTLE
    assert len(server.seen) == 4  # the request and CONTRACT_THROTTLE_RETRIES=3 retries


def test_low_bucket_waits_for_the_up_front_cost_to_drain() -> None:
    response = requests.Response()
    response.headers["X-Rate-Limit-Remaining"] = "20.0"
    assert transport.low_bucket_pause(response) == pytest.approx(3.0)  # 30 units at 10 units/s
    response.headers["X-Rate-Limit-Remaining"] = "599.5"
    assert transport.low_bucket_pause(response) == 0.0


def test_started_reports_are_recorded_and_duplicates_are_not(installed: Path, server: ScriptedServer) -> None:
    existing = json.dumps({**example_value("ReportDuplicate"), "id": 9}).encode()
    server.script = [(200, "application/json", report(41), {}), (409, "application/json", existing, {})]
    requests.post(server.url + REPORTS + "/provisioning_csv", json={}, timeout=5)
    requests.post(server.url + REPORTS + "/provisioning_csv", json={}, timeout=5)
    entries = transport.read_ledger(installed)
    assert entries == [
        {
            "id": 41,
            "report": "provisioning_csv",
            "account_id": "1",
            "url": f"{server.url}{REPORTS}/provisioning_csv/41",
        }
    ]


def test_live_mode_reads_only_by_default(live: Path, server: ScriptedServer) -> None:
    assert requests.get(f"{server.url}{REPORTS}/provisioning_csv?page=2", timeout=5).status_code == 200
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        with pytest.raises(transport.ContractSafetyError, match="read-only"):
            requests.request(method, f"{server.url}{REPORTS}/provisioning_csv", timeout=5)
    assert [m for m, _ in server.seen] == ["GET"]


def test_live_mode_stays_on_its_account_and_host(live: Path, server: ScriptedServer) -> None:
    with pytest.raises(transport.ContractSafetyError, match="pinned to account 1"):
        requests.get(f"{server.url}/api/v1/accounts/2/reports", timeout=5)
    with pytest.raises(transport.ContractSafetyError, match="pinned to account 1"):
        requests.get(f"{server.url}/api/v1/accounts/sis_account_id:sub-2/reports/x", timeout=5)
    other_host = server.url.replace("127.0.0.1", "localhost")
    with pytest.raises(transport.ContractSafetyError, match="only talks to"):
        requests.get(other_host + REPORTS, timeout=5)
    assert server.seen == []


def test_live_writes_touch_only_reports_the_run_started(
    live: Path, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONTRACT_ALLOW_WRITES", "1")
    monkeypatch.setenv("CONTRACT_SAFE_REPORT", "developer_key_report_csv")
    with pytest.raises(transport.ContractSafetyError, match="starts only developer_key_report_csv"):
        requests.post(server.url + REPORTS + "/provisioning_csv", timeout=5)
    server.script = [(200, "application/json", report(77, "developer_key_report_csv"), {})]
    requests.post(server.url + REPORTS + "/developer_key_report_csv", timeout=5)
    for method, suffix in (("DELETE", ""), ("PUT", "/abort")):
        with pytest.raises(transport.ContractSafetyError, match="only changes reports it started"):
            requests.request(
                method, f"{server.url}{REPORTS}/developer_key_report_csv/4821{suffix}", timeout=5
            )
    requests.put(f"{server.url}{REPORTS}/developer_key_report_csv/77/abort", timeout=5)
    requests.delete(f"{server.url}{REPORTS}/developer_key_report_csv/77", timeout=5)
    assert [m for m, _ in server.seen] == ["POST", "PUT", "DELETE"]


def test_the_ledger_written_by_another_process_is_seen(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The driver deletes what the schemathesis process recorded, so the ledger must re-read its file."""
    monkeypatch.setenv("CONTRACT_ALLOW_WRITES", "1")
    assert transport.LEDGER.ids() == []
    live.write_text(json.dumps({"id": 5, "report": "r", "account_id": "1", "url": "http://x/5"}) + "\n")
    assert transport.LEDGER.ids() == [5]
