"""docs/client.md's client example runs (against a local server answering with the spec's examples) and
type-checks under mypy --strict, so the documentation cannot drift from the client."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from canvas_contract import example_value
from tests.client.client_fixtures import GENERATED, ROOT, serving

# (method, path pattern, 200 example): a report that is created, then complete on the first poll.
ROUTES = [
    ("POST", r"/api/v1/accounts/self/reports/provisioning_csv", "ReportCreated"),
    ("GET", r"/api/v1/accounts/self/reports/provisioning_csv/4821", "ReportComplete"),
    ("GET", r"/api/v1/accounts/self/reports/provisioning_csv\?.*", "ReportPage"),
]


def readme_example() -> str:
    page = (ROOT / "docs" / "client.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- client-example -->\n```python\n(.*?)```", page, re.DOTALL)
    assert match, "docs/client.md has no <!-- client-example --> python block"
    return match.group(1)


class _Canvas(BaseHTTPRequestHandler):
    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        for method, pattern, example in ROUTES:
            if self.command == method and re.fullmatch(pattern, self.path):
                status, body = 200, json.dumps(example_value(example)).encode()
                break
        else:
            status, body = 404, b'{"errors":[{"message":"The specified resource does not exist."}]}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def canvas() -> Iterator[str]:
    with serving(_Canvas) as url:
        yield url


def test_readme_example_runs(canvas: str, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(readme_example())
    env = {
        **os.environ,
        "CANVAS_BASE_URL": canvas,
        "CANVAS_TOKEN": "t",
        "POLL_SECONDS": "0",
        "PYTHONPATH": str(GENERATED),
    }
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    complete = example_value("ReportComplete")
    lines = result.stdout.splitlines()
    assert lines[0] == f"{complete['id']} complete {complete['file_url']}"
    assert len(lines) == 1 + len(example_value("ReportPage"))


@pytest.mark.xdist_group("mypy")
def test_readme_example_type_checks(tmp_path: Path, mypy_cache: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(readme_example())
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), str(script)]
    env = {**os.environ, "MYPYPATH": str(GENERATED)}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
