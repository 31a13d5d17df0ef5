"""The rendered reference (`make docs`) opens in a real browser, shows the six operations, needs no network.

Chromium is Debian's (`.ci/run` installs it; `CHROMIUM=/path` picks another); scripts/render_reference.mjs
drives it through playwright-core and reports what rendered and what the page tried to fetch, and these
tests judge that report against the spec.

Without Chromium (a fresh machine with only the README's prerequisites) this module is skipped with one line
saying how to enable it; with CI=true it fails instead, so CI cannot go green without the browser checks.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from canvas_contract import SPEC_PATH, operations
from scripts.reference_operations import expected_operations

ROOT = Path(__file__).resolve().parents[2]
RENDER = ROOT / "scripts" / "render_reference.mjs"
MISSING = "Chromium not found (no `chromium` on PATH, CHROMIUM unset or missing)"
NO_CHROMIUM = (
    f"{MISSING}: browser checks of the rendered reference skipped; enable them with "
    "`apt-get install chromium` or CHROMIUM=/path/to/chromium"
)


def find_chromium() -> str | None:
    """$CHROMIUM if it names a file, else `chromium` on PATH."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium")


CHROMIUM = find_chromium() or ""
if not CHROMIUM:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{MISSING}: with CI=true the browser checks are mandatory", pytrace=False)
    pytest.skip(NO_CHROMIUM, allow_module_level=True)

pytestmark = pytest.mark.xdist_group("reference-page")


def _render(page: Path, tmp_path: Path, *extra: str) -> dict[str, Any]:
    expect = tmp_path / "operations.json"
    expect.write_text(json.dumps(expected_operations()))
    proc = subprocess.run(
        ["node", str(RENDER), str(page), "--expect", str(expect), *extra],
        cwd=ROOT,
        env={**os.environ, "CHROMIUM": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


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
    assert len(report["failures"]) == len(expected_operations())
