"""The caches change speed, never answers: one varied request sequence, replayed against a mock with its
caches on and one with them off (`Settings(caches=False)`, `MOCK_CACHES=0`), gets identical replies.

A stale cache shows up as a wrong 401 or 404, or an outdated report body, exactly what contract tests
trust the mock about; so the sequence revisits each answer after the state behind it changes (a token
added, a report finished, aborted, deleted, the mock reset). Compared: status, headers (except the two
whose values are the measured request time) and bodies. Both mocks run in this process with the same
frozen clock and the same file verifiers, so nothing but the caches differs between them.
"""

from __future__ import annotations

import asyncio
import itertools
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from mock_canvas import Settings, create_app, lifecycle, store
from mock_canvas.app import MockCanvas
from mock_canvas.pytest_plugin import CanvasMock

TIMING_HEADERS = {"x-request-cost", "x-rate-limit-remaining"}
ADMIN, READONLY, TEACHER = CanvasMock.token, CanvasMock.readonly_token, CanvasMock.teacher_token
REPORTS = "/api/v1/accounts/1/reports"
EPOCH = 1_767_225_600.25  # the frozen clock of both mocks

Answer = tuple[int, list[tuple[str, str]], bytes]


async def _replay(app: MockCanvas, cache_sizes: dict[str, int]) -> list[Answer]:
    answers: list[Answer] = []
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]  # the mock types scope as dict
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8765") as http:

        async def call(method: str, path: str, token: str | None = ADMIN, **kwargs: Any) -> httpx.Response:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = await http.request(method, path, headers=headers, **kwargs)
            kept = [(k, v) for k, v in response.headers.multi_items() if k not in TIMING_HEADERS]
            answers.append((response.status_code, kept, response.content))
            return response

        async def control(method: str, path: str, **kwargs: Any) -> None:
            (await http.request(method, f"/__mock__/{path}", **kwargs)).raise_for_status()

        for _ in range(2):  # each answer twice: the second may come from a cache
            await call("GET", REPORTS)
            includes = {"include[]": ["description_html", "parameters_html"]}
            await call("GET", REPORTS, READONLY, params=includes)
            await call("GET", REPORTS, TEACHER)  # 403
            await call("GET", REPORTS, None)  # 401 unauthenticated
            await call("GET", REPORTS, "no-such-token")  # 401 invalid token
            await call("POST", f"{REPORTS}/provisioning_csv", READONLY)  # 401 insufficient scopes
            await call("GET", "/api/v1/accounts/999/reports")  # 404 account
            await call("GET", "/api/v1/nothing/here")  # 404 route
            await call("GET", f"{REPORTS}/provisioning_csv", params={"per_page": "many"})  # 400
            await call("GET", REPORTS, params={"as_user_id": "1078"})
            await call("GET", REPORTS, params={"as_user_id": "sis_user_id:nobody"})  # 401

        # A token unknown (401), then added: the cached 401 must not outlive it.
        await call("GET", REPORTS, "late-token")
        await control("POST", "tokens", json={"token": "late-token", "user_id": 1077, "scopes": None})
        await call("GET", REPORTS, "late-token")
        await control("POST", "tokens", json={"token": "late-token", "user_id": 1077, "state": "revoked"})
        await call("GET", REPORTS, "late-token")

        started = await call("POST", f"{REPORTS}/provisioning_csv", data={"parameters[users]": "true"})
        first = started.json()["id"]
        await call("POST", f"{REPORTS}/provisioning_csv", data={"parameters[users]": "true"})  # 409
        await call("POST", f"{REPORTS}/no_such_report_csv")  # 404 unknown type
        for step in (0.0, 1.5, 2.5):
            await control("POST", "clock", json={"advance": step})
            await call("GET", f"{REPORTS}/provisioning_csv/{first}")
            await call("GET", f"{REPORTS}/provisioning_csv/{first}")
        courses = {"parameters": {"courses": True}}
        second = (await call("POST", f"{REPORTS}/sis_export_csv", json=courses)).json()
        await call("PUT", f"{REPORTS}/sis_export_csv/{second['id']}/abort")
        await control("POST", "clock", json={"advance": 5})
        for _ in range(2):
            await call("GET", f"{REPORTS}/sis_export_csv/{second['id']}")
            await call("GET", f"{REPORTS}/provisioning_csv", params={"per_page": 1, "page": 1})
            await call("GET", REPORTS)
        finished = (await call("GET", f"{REPORTS}/provisioning_csv/{first}")).json()
        download = await call("GET", finished["file_url"])  # 302 to the verifier URL
        await call("GET", download.headers["location"], None)
        await call("GET", finished["file_url"], None)  # 401 without a token
        cache_sizes["plans"] = len(app.plans)
        cache_sizes["frozen_bodies"] = len(app.store.frozen_bodies)

        await call("DELETE", f"{REPORTS}/provisioning_csv/{first}")
        await call("GET", f"{REPORTS}/provisioning_csv/{first}")  # 404 now
        await call("DELETE", f"{REPORTS}/provisioning_csv/{first}")  # 404
        await call("PUT", f"{REPORTS}/sis_export_csv/{second['id']}/abort")  # 404: already aborted

        await control("POST", "throttle", json={"token": ADMIN, "level": 800})
        await call("GET", REPORTS)  # throttled
        await control("POST", "throttle", json={"token": ADMIN, "level": 0})
        await call("GET", REPORTS)

        await control("POST", "reset")
        await call("GET", f"{REPORTS}/sis_export_csv/{second['id']}")  # 404 after the reset
        await call("GET", REPORTS, "late-token")  # 401: the reset dropped the added token
        await call("GET", REPORTS)
    return answers


def _run(monkeypatch: pytest.MonkeyPatch, caches: bool) -> tuple[list[Answer], dict[str, int]]:
    # The same clock and the same file verifiers for both mocks: what differs is the caches alone.
    monkeypatch.setattr(store, "time", SimpleNamespace(time=lambda: EPOCH))
    verifiers = (f"verifier{n:032d}" for n in itertools.count())
    monkeypatch.setattr(lifecycle, "secrets", SimpleNamespace(token_urlsafe=lambda _: next(verifiers)))
    app = create_app(Settings(caches=caches, freeze_clock=True, strict=True, seed_users=120))
    sizes: dict[str, int] = {}
    try:
        answers = asyncio.run(_replay(app, sizes))
        assert app.violations == []
    finally:
        app.store.close()
    return answers, sizes


def test_answers_are_the_same_with_caches_on_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    cached, cached_sizes = _run(monkeypatch, caches=True)
    uncached, uncached_sizes = _run(monkeypatch, caches=False)
    # The switch really switches: the cached mock remembered plans and finished bodies, the other nothing.
    assert cached_sizes["plans"] > 0 and cached_sizes["frozen_bodies"] > 0, cached_sizes
    assert uncached_sizes == {"plans": 0, "frozen_bodies": 0}, uncached_sizes
    statuses = {status for status, _, _ in cached}
    assert {200, 302, 400, 401, 403, 404, 409, 429} <= statuses, statuses
    assert len(cached) == len(uncached)
    for number, (on, off) in enumerate(zip(cached, uncached, strict=True)):
        assert on == off, f"request #{number} differs with caches off"


def test_the_switch_reads_its_environment_variable() -> None:
    assert Settings.from_env({"MOCK_CACHES": "0"}).caches is False
    assert Settings.from_env({}).caches is True
