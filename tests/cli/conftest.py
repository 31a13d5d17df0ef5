"""Fixtures for the canvas-reports command: an in-process run against the scripted Canvas of
tests/canvas_reports/ (fast, exact), and the end-to-end tests against the mock Canvas on a real port."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from canvas_reports import RateLimitPacer, ReportsClient, cli

from tests.canvas_reports.scripted_canvas import BASE_URL, TOKEN, FakeClock, ScriptedCanvas, fast_policy
from tests.cli.cli_mock import Mock, mock_process


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[CliResult, ScriptedCanvas]]:
    """Run `canvas-reports ARGS` in-process against a ScriptedCanvas; returns the result and the script."""
    script = ScriptedCanvas()
    clock = FakeClock()

    def client_factory(base_url: str, token: str, **kwargs: Any) -> ReportsClient:
        return ReportsClient(
            base_url,
            token,
            retry=fast_policy(),
            pacer=RateLimitPacer(clock=clock),
            httpx_args={"transport": httpx.MockTransport(script)},
            sleep=clock.sleep,
            clock=clock,
            **kwargs,
        )

    monkeypatch.setattr(cli, "ReportsClient", client_factory)

    def run(*argv: str, env: dict[str, str] | None = None) -> tuple[CliResult, ScriptedCanvas]:
        environ = {"CANVAS_BASE_URL": BASE_URL, "CANVAS_TOKEN": TOKEN} if env is None else env
        code = cli.main(list(argv), environ)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err), script

    run.script = script  # type: ignore[attr-defined]
    return run


@pytest.fixture(scope="session")
def mock() -> Iterator[Mock]:
    """The mock Canvas in its own process on a real port, shared by the session (tests reset it)."""
    with mock_process() as running:
        yield running
