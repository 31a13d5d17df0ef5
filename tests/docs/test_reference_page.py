"""The rendered reference (`make docs`) opens in a real browser, shows the six operations, needs no network.

Chromium is Debian's (`.ci/run` installs it); scripts/render_reference.mjs drives it through playwright-core
and reports what rendered and what the page tried to fetch, and these tests judge that report against the
spec. The page is built into a temporary directory with the same `make docs` rule a developer runs.
"""

from __future__ import annotations

import html.parser
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from canvas_contract import SPEC_PATH, operations

ROOT = Path(__file__).resolve().parents[2]
RENDER = ROOT / "scripts" / "render_reference.mjs"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _expected() -> list[dict[str, str]]:
    from reference_operations import expected_operations  # scripts/, on sys.path from tests/conftest.py

    return expected_operations()


def _render(page: Path, tmp_path: Path, *extra: str) -> dict[str, Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: `apt-get install -y chromium` (.ci/run does)")
    expect = tmp_path / "operations.json"
    expect.write_text(json.dumps(_expected()))
    proc = subprocess.run(
        ["node", str(RENDER), str(page), "--expect", str(expect), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def built_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "index.html"
    proc = subprocess.run(
        ["make", "--no-print-directory", "docs", f"DOCS_HTML={out}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


@pytest.fixture(scope="module")
def rendered(built_page: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("render")
    return _render(built_page, tmp, "--screenshot", str(tmp / "shot.png"))


def test_every_operation_renders_with_its_method_and_path(rendered: dict[str, Any]) -> None:
    assert rendered["failures"] == []
    by_id = {op["operationId"]: op for op in rendered["operations"]}
    assert sorted(by_id) == sorted(op.operation_id for op in operations())
    assert len(by_id) == 6
    for op_id, found in by_id.items():
        assert found["menu_link"] and found["rendered"], op_id
        assert found["heading"], f"{op_id}: summary heading missing"
        assert found["method"], f"{op_id}: HTTP method missing"
        assert found["path"], f"{op_id}: path missing"


def test_page_runs_without_errors(rendered: dict[str, Any], spec: dict[str, Any]) -> None:
    assert rendered["page_errors"] == []
    assert rendered["console_errors"] == []
    assert rendered["title"] == spec["info"]["title"]


def test_viewing_the_page_fetches_nothing_from_the_network(rendered: dict[str, Any]) -> None:
    """Offline: the browser context is offline and every non-local request is recorded and aborted."""
    assert rendered["network_requests"] == []
    assert rendered["csp_blocked"] == [], "a fetch that only the page's Content-Security-Policy stopped"


def test_screenshot_is_a_png(rendered: dict[str, Any]) -> None:
    shot = Path(rendered["screenshot"])
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few kB


class _ExternalRefs(html.parser.HTMLParser):
    """Collects URLs the browser would fetch on load: script/img/iframe src and stylesheet/preload links."""

    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []
        self.csp: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content")
        url = a.get("src") if tag in ("script", "img", "iframe") else a.get("href") if tag == "link" else None
        if url and url.startswith(("http:", "https:", "//")):
            self.external.append(url)


def test_page_loads_nothing_external_and_forbids_fetches(built_page: Path) -> None:
    parser = _ExternalRefs()
    parser.feed(built_page.read_text(encoding="utf-8"))
    assert parser.external == []
    assert parser.csp is not None
    assert "connect-src 'none'" in parser.csp
    assert "default-src 'none'" in parser.csp


def test_a_cdn_page_is_caught(built_page: Path, tmp_path: Path) -> None:
    """The check can fail: Redocly's default page loads Redoc from its CDN, so offline it renders nothing."""
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    cdn_page = tmp_path / "cdn.html"
    subprocess.run(
        [str(redocly), "build-docs", str(SPEC_PATH), "-o", str(cdn_page)],
        cwd=ROOT,
        capture_output=True,
        check=True,
        env={**os.environ, "REDOCLY_TELEMETRY": "off"},
        timeout=120,
    )
    report = _render(cdn_page, tmp_path, "--step-timeout", "1500")
    assert any("cdn.redocly.com" in url for url in report["network_requests"])
    assert report["operations"] == []
    assert len(report["failures"]) == len(_expected())


def test_the_report_catalogue_is_on_the_page(built_page: Path) -> None:
    """The catalogue's trait tag (built from the spec by `make docs`) made it into the page."""
    from canvas_contract.catalogue import report_catalogue

    text = built_page.read_text(encoding="utf-8")
    for report, entry in report_catalogue().items():
        assert f"{report}: {entry['title']}" in text, report
