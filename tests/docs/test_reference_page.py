"""The rendered reference (`make docs`) needs no network: it names nothing external and its
Content-Security-Policy forbids fetches. (That it renders in a real browser is test_reference_browser.py.)"""

from __future__ import annotations

import html.parser
from pathlib import Path

import pytest

# The page is built once per worker; the browser checks use the same build (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("reference-page")


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


def test_the_report_catalogue_is_on_the_page(built_page: Path) -> None:
    """The catalogue's trait tag (built from the spec by `make docs`) made it into the page."""
    from canvas_contract.catalogue import report_catalogue

    text = built_page.read_text(encoding="utf-8")
    for report, entry in report_catalogue().items():
        assert f"{report}: {entry['title']}" in text, report
