"""ReportsClient over HTTP (httpx.MockTransport behind the generated client): pagination, retries,
pacing, waiting and downloading, with fake time."""

from __future__ import annotations

import gc
import json
import tracemalloc
from pathlib import Path

import httpx
import pytest
from canvas_account_reports_client.models import Report, ReportStatus
from canvas_reports import (
    AuthenticationError,
    BadRequest,
    DownloadError,
    DuplicateReport,
    NotFound,
    PermissionDenied,
    RateLimitPacer,
    ReportsClient,
    RetryPolicy,
    ServerError,
    Throttled,
    TransportError,
    WaitTimeout,
)

from canvas_contract import example_value
from tests.canvas_reports.scripted_canvas import (
    BASE_URL,
    TOKEN,
    FakeClock,
    ScriptedCanvas,
    hosted_throttled_response,
    json_response,
    report_json,
    throttled_response,
)

REPORTS = "/api/v1/accounts/1/reports"
RUNS = f"{REPORTS}/provisioning_csv"
ONE = f"{RUNS}/4821"


def page_handler(total: int, report: str = "provisioning_csv"):
    """listReports over `total` reports, paginated with a Canvas-style Link header."""

    def handle(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        per_page = int(request.url.params.get("per_page", "10"))
        last = max(1, -(-total // per_page))
        first_id = total - (page - 1) * per_page
        items = [
            report_json("ReportComplete", id=i, report=report)
            for i in range(first_id, max(first_id - per_page, 0), -1)
        ]
        url = f"{BASE_URL}{request.url.path}"
        rels = [("current", page)]
        if page < last:
            rels.append(("next", page + 1))
        if page > 1:
            rels.append(("prev", page - 1))
        rels += [("first", 1), ("last", last)]
        link = ",".join(f'<{url}?page={n}&per_page={per_page}>; rel="{rel}"' for rel, n in rels)
        return json_response(200, items if page <= last else [], Link=link)

    return handle


class TestPagination:
    def test_every_page_in_order_following_link(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas
    ):
        canvas_script.on("GET", RUNS, page_handler(25))
        ids = [r.id for r in sync_client.iter_reports("provisioning_csv", per_page=10)]
        assert ids == list(range(25, 0, -1))
        pages = [(r.url.params["page"], r.url.params["per_page"]) for r in canvas_script.calls("GET", RUNS)]
        assert pages == [("1", "10"), ("2", "10"), ("3", "10")]

    def test_lazy_one_request_per_page_consumed(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas
    ):
        canvas_script.on("GET", RUNS, page_handler(250))
        runs = sync_client.iter_reports("provisioning_csv", per_page=100)
        assert canvas_script.requests == []
        first = next(runs)
        assert first.id == 250 and isinstance(first, Report)
        assert len(canvas_script.requests) == 1
        for _ in range(99):
            next(runs)
        assert len(canvas_script.requests) == 1
        next(runs)
        assert len(canvas_script.requests) == 2

    def test_empty_and_unknown_report_type(self, sync_client: ReportsClient, canvas_script: ScriptedCanvas):
        canvas_script.on("GET", f"{REPORTS}/nope_csv", json_response(200, example_value("EmptyReportPage")))
        assert list(sync_client.iter_reports("nope_csv")) == []

    def test_memory_does_not_grow_with_the_number_of_pages(self) -> None:
        """Only the current page is alive: after 20 and after 200 pages the same number of Report objects
        exists (at most one page), and the memory held (tracemalloc, after gc) grew by less than one
        page's JSON, where keeping the pages would have grown it by 180 of them."""
        page_body = json.dumps([report_json("ReportComplete", id=i) for i in range(100)]).encode()
        pages = 200

        def handle(request: httpx.Request) -> httpx.Response:
            page = int(request.url.params["page"])
            link = f'<{BASE_URL}{RUNS}?page={page + 1}&per_page=100>; rel="next"' if page < pages else ""
            headers = {"Content-Type": "application/json", **({"Link": link} if link else {})}
            return httpx.Response(200, content=page_body, headers=headers)

        held: dict[int, int] = {}
        alive: dict[int, int] = {}
        transport = httpx.MockTransport(handle)
        with ReportsClient(BASE_URL, TOKEN, account_id="1", httpx_args={"transport": transport}) as client:
            tracemalloc.start()
            try:
                for count, _ in enumerate(client.iter_reports("provisioning_csv", per_page=100), start=1):
                    if count in (2000, 20000):
                        gc.collect()
                        alive[count] = sum(isinstance(o, Report) for o in gc.get_objects())
                        held[count] = tracemalloc.get_traced_memory()[0]
            finally:
                tracemalloc.stop()
        assert count == pages * 100
        assert alive[2000] <= 100 and alive[20000] <= 100, alive
        assert held[20000] - held[2000] < len(page_body), held

    def test_a_link_that_loops_back_is_an_error(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas
    ):
        loop = f'<{BASE_URL}{RUNS}?page=1&per_page=10>; rel="next"'
        canvas_script.on("GET", RUNS, json_response(200, [report_json("ReportComplete")], Link=loop))
        with pytest.raises(Exception, match="points back"):
            list(sync_client.iter_reports("provisioning_csv"))


class TestRetries:
    def test_throttle_is_retried_with_growing_backoff(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
    ):
        canvas_script.on(
            "GET",
            ONE,
            throttled_response(),
            throttled_response(),
            json_response(200, report_json("ReportRunning")),
        )
        report = sync_client.get("provisioning_csv", 4821)
        assert report.status == ReportStatus.RUNNING
        assert len(canvas_script.calls("GET", ONE)) == 3
        # after each throttle: the pacer waits for the bucket (remaining 0.0 -> capped 10 s), measured from
        # the response, and tenacity's backoff (1 s, then 2 s) runs inside that window
        assert sum(clock.sleeps) == pytest.approx(20.0)
        assert clock.sleeps[:2] == [1.0, 9.0]

    def test_throttle_is_retried_even_for_start(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas
    ):
        canvas_script.on("POST", RUNS, throttled_response(), json_response(200, report_json("ReportCreated")))
        assert sync_client.start("provisioning_csv").status == ReportStatus.CREATED
        assert len(canvas_script.calls("POST", RUNS)) == 2

    def test_hosted_429_is_retried_after_retry_after_seconds(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
    ):
        canvas_script.on(
            "POST",
            RUNS,
            hosted_throttled_response(**{"Retry-After": "7"}),
            json_response(200, report_json("ReportCreated")),
        )
        assert sync_client.start("provisioning_csv").status == ReportStatus.CREATED
        assert clock.sleeps == [7.0]  # Canvas's word, not the 1 s backoff

    def test_retry_after_as_an_http_date_counts_from_the_answers_date(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
    ):
        headers = {"Retry-After": "Tue, 10 Feb 2026 16:15:41 GMT", "Date": "Tue, 10 Feb 2026 16:15:31 GMT"}
        canvas_script.on(
            "GET", ONE, hosted_throttled_response(**headers), json_response(200, report_json("ReportRunning"))
        )
        sync_client.get("provisioning_csv", 4821)
        assert clock.sleeps == [10.0]

    def test_a_429_of_any_content_type_is_the_throttle(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
    ):
        canvas_script.on("GET", ONE, hosted_throttled_response("text/html"))
        with pytest.raises(Throttled, match=r"HTTP 429") as raised:
            sync_client.get("provisioning_csv", 4821)
        assert raised.value.status_code == 429 and raised.value.retry_after is None
        assert len(canvas_script.calls("GET", ONE)) == 4
        assert clock.sleeps == [1.0, 2.0, 4.0]

    def test_a_retry_after_past_the_budget_stops_at_once(
        self, canvas_script: ScriptedCanvas, clock: FakeClock
    ):
        client = ReportsClient(
            BASE_URL,
            TOKEN,
            account_id="1",
            retry=RetryPolicy(max_attempts=4, max_elapsed=60.0, jitter=0.0),
            httpx_args={"transport": httpx.MockTransport(canvas_script)},
            sleep=clock.sleep,
            clock=clock,
        )
        canvas_script.on("GET", ONE, hosted_throttled_response(**{"Retry-After": "3600"}))
        with client, pytest.raises(Throttled, match="Retry-After 3600s"):
            client.get("provisioning_csv", 4821)
        assert clock.sleeps == [] and len(canvas_script.calls("GET", ONE)) == 1

    def test_gives_up_after_max_attempts(self, sync_client: ReportsClient, canvas_script: ScriptedCanvas):
        canvas_script.on("GET", ONE, throttled_response())
        with pytest.raises(Throttled, match="throttled"):
            sync_client.get("provisioning_csv", 4821)
        assert len(canvas_script.calls("GET", ONE)) == 4

    def test_permission_403_is_not_retried(self, sync_client: ReportsClient, canvas_script: ScriptedCanvas):
        canvas_script.on(
            "GET", ONE, json_response(403, example_value("Unauthorized"), **{"X-Rate-Limit-Remaining": "0.0"})
        )
        with pytest.raises(PermissionDenied, match="not authorized"):
            sync_client.get("provisioning_csv", 4821)
        assert len(canvas_script.calls("GET", ONE)) == 1

    def test_5xx_retried_for_get_only(self, sync_client: ReportsClient, canvas_script: ScriptedCanvas):
        error = json_response(500, example_value("InternalServerError"))
        canvas_script.on(
            "GET",
            ONE,
            error,
            httpx.Response(502, text="bad gateway"),
            json_response(200, report_json("ReportRunning")),
        )
        assert sync_client.get("provisioning_csv", 4821).id == 4821
        canvas_script.on("DELETE", ONE, error)
        with pytest.raises(ServerError):
            sync_client.delete("provisioning_csv", 4821)
        canvas_script.on("POST", RUNS, error)
        with pytest.raises(ServerError):
            sync_client.start("provisioning_csv")
        assert len(canvas_script.calls("DELETE", ONE)) == 1
        assert len(canvas_script.calls("POST", RUNS)) == 1

    def test_timeouts(self, sync_client: ReportsClient, canvas_script: ScriptedCanvas):
        canvas_script.on(
            "GET", ONE, httpx.ReadTimeout("slow"), json_response(200, report_json("ReportRunning"))
        )
        assert sync_client.get("provisioning_csv", 4821).id == 4821
        canvas_script.on("PUT", f"{ONE}/abort", httpx.ReadTimeout("slow"))
        with pytest.raises(TransportError, match="no answer"):
            sync_client.abort("provisioning_csv", 4821)
        assert len(canvas_script.calls("PUT", f"{ONE}/abort")) == 1
        canvas_script.on(
            "POST",
            RUNS,
            httpx.ConnectTimeout("unreachable"),
            json_response(200, report_json("ReportCreated")),
        )
        assert sync_client.start("provisioning_csv").id == 4821

    def test_pacer_slows_down_as_remaining_falls(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
    ):
        low = json_response(200, report_json("ReportRunning"), **{"X-Rate-Limit-Remaining": "40.0"})
        canvas_script.on("GET", ONE, low)
        sync_client.get("provisioning_csv", 4821)
        assert clock.sleeps == []
        sync_client.get("provisioning_csv", 4821)
        assert clock.sleeps == [pytest.approx(6.0)]  # (100 - 40) units / 10 units per second


class TestOperations:
    def test_start_sends_json_parameters_with_their_types(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas
    ):
        canvas_script.on("POST", RUNS, json_response(200, report_json("ReportCreated")))
        sent = example_value("StartProvisioningJson")["parameters"]
        sync_client.start("provisioning_csv", sent)
        request = canvas_script.calls("POST", RUNS)[0]
        assert json.loads(request.content) == {"parameters": sent}
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        assert request.headers["User-Agent"].startswith("canvas-reports/")

    def test_start_without_parameters_sends_no_body(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas
    ):
        canvas_script.on("POST", RUNS, json_response(200, report_json("ReportCreated")))
        sync_client.start("provisioning_csv")
        assert canvas_script.calls("POST", RUNS)[0].content == b""

    def test_duplicate_409_carries_the_existing_report(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas
    ):
        location = f"{BASE_URL}{RUNS}/4821"
        canvas_script.on("POST", RUNS, json_response(409, report_json("ReportDuplicate"), Location=location))
        with pytest.raises(DuplicateReport) as raised:
            sync_client.start("provisioning_csv")
        assert raised.value.report.id == example_value("ReportDuplicate")["id"]
        assert raised.value.location == location

    def test_bad_term_and_bad_token(self, sync_client: ReportsClient, canvas_script: ScriptedCanvas):
        canvas_script.on(
            "POST", f"{REPORTS}/grade_export_csv", json_response(400, example_value("InvalidEnrollmentTerm"))
        )
        with pytest.raises(BadRequest, match=r"invalid enrollment_term_id 'sis_term_id:invalid'"):
            sync_client.start("grade_export_csv", {"enrollment_term_id": "sis_term_id:invalid"})
        canvas_script.on("GET", REPORTS, json_response(401, example_value("InvalidAccessToken")))
        with pytest.raises(AuthenticationError, match="Invalid access token"):
            sync_client.available_reports()

    def test_catalogue(self, sync_client: ReportsClient, canvas_script: ScriptedCanvas):
        canvas_script.on("GET", REPORTS, json_response(200, example_value("AvailableReports")))
        catalogue = sync_client.available_reports()
        assert [c.report for c in catalogue] == [e["report"] for e in example_value("AvailableReports")]

    def test_abort_and_delete(self, sync_client: ReportsClient, canvas_script: ScriptedCanvas):
        canvas_script.on("PUT", f"{ONE}/abort", json_response(200, report_json("ReportAborted", id=4821)))
        canvas_script.on("DELETE", ONE, json_response(200, report_json("ReportDeleted", id=4821)))
        assert sync_client.abort("provisioning_csv", 4821).status == ReportStatus.ABORTED
        assert sync_client.delete("provisioning_csv", 4821).status == ReportStatus.DELETED
        with pytest.raises(NotFound):
            sync_client.get("provisioning_csv", 999)


class TestWait:
    def test_polls_until_final_with_growing_interval(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
    ):
        states = [
            report_json("ReportCreated"),
            report_json("ReportRunning", progress=10),
            report_json("ReportRunning", progress=40),
            report_json("ReportRunning", progress=90),
            report_json("ReportComplete"),
        ]
        canvas_script.on("GET", ONE, *[json_response(200, s) for s in states])
        seen: list[int] = []
        final = sync_client.wait_for_report(
            "provisioning_csv", 4821, poll_interval=1.0, on_update=lambda r: seen.append(r.progress)
        )
        assert final.status == ReportStatus.COMPLETE
        assert seen == [0, 10, 40, 90, 100]
        assert clock.sleeps == [1.0, 1.5, 2.25, 3.375]

    def test_error_state_is_returned_not_waited_on(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas
    ):
        canvas_script.on(
            "GET", f"{REPORTS}/grade_export_csv/4823", json_response(200, report_json("ReportError"))
        )
        assert sync_client.wait_for_report("grade_export_csv", 4823).status == ReportStatus.ERROR

    def test_timeout_raises_with_last_state(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, clock: FakeClock
    ):
        canvas_script.on("GET", ONE, json_response(200, report_json("ReportRunning")))
        with pytest.raises(WaitTimeout, match="still running at 0%") as raised:
            sync_client.wait_for_report("provisioning_csv", 4821, timeout=30.0, max_poll_interval=10.0)
        assert raised.value.report.progress == 0
        assert sum(clock.sleeps) == pytest.approx(30.0)


def _complete(size: int | None = None) -> Report:
    value = report_json("ReportComplete")
    if size is not None:
        value["attachment"]["size"] = size
    return Report.from_dict(value)


class TestDownload:
    FILE = "/accounts/1/files/90311/download"

    def test_streams_the_file_with_the_token_into_a_directory(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, tmp_path: Path
    ):
        body = b"id,name\n" + b"1,Dana\n" * 20000
        canvas_script.on(
            "GET", self.FILE, httpx.Response(200, content=body, headers={"Content-Type": "application/zip"})
        )
        chunks: list[int] = []
        result = sync_client.download(
            _complete(len(body)), tmp_path, on_chunk=lambda done, total: chunks.append(done)
        )
        assert result.path == tmp_path / example_value("ReportComplete")["attachment"]["filename"]
        assert result.path.read_bytes() == body and result.size == len(body)
        assert len(chunks) > 1 and chunks[-1] == len(body)
        assert canvas_script.calls("GET", self.FILE)[0].headers["Authorization"] == f"Bearer {TOKEN}"
        assert list(tmp_path.iterdir()) == [result.path]

    def test_to_a_file_path_and_retried_when_throttled(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, tmp_path: Path
    ):
        canvas_script.on("GET", self.FILE, throttled_response(), httpx.Response(200, content=b"a,b\n"))
        result = sync_client.download(_complete(4), tmp_path / "out.csv")
        assert (tmp_path / "out.csv").read_bytes() == b"a,b\n" and result.size == 4

    def test_refuses_to_send_the_token_elsewhere(self, canvas_script: ScriptedCanvas, tmp_path: Path):
        with (
            ReportsClient(
                "https://other.example.edu",
                TOKEN,
                httpx_args={"transport": httpx.MockTransport(canvas_script)},
            ) as client,
            pytest.raises(DownloadError, match="refusing to send the token"),
        ):
            client.download(_complete(), tmp_path)
        assert canvas_script.requests == []

    def test_no_file_yet(self, sync_client: ReportsClient, tmp_path: Path):
        with pytest.raises(DownloadError, match="has no file: status running"):
            sync_client.download(Report.from_dict(report_json("ReportRunning")), tmp_path)

    def test_short_file_leaves_nothing_behind(
        self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, tmp_path: Path
    ):
        canvas_script.on("GET", self.FILE, httpx.Response(200, content=b"cut"))
        with pytest.raises(DownloadError, match="got 3 bytes"):
            sync_client.download(_complete(1000), tmp_path)
        assert list(tmp_path.iterdir()) == []

    def test_error_status(self, sync_client: ReportsClient, canvas_script: ScriptedCanvas, tmp_path: Path):
        canvas_script.on("GET", self.FILE, json_response(401, example_value("InvalidAccessToken")))
        with pytest.raises(AuthenticationError, match="Invalid access token"):
            sync_client.download(_complete(), tmp_path)
        assert list(tmp_path.iterdir()) == []


def test_retry_policy_bounds_total_time(canvas_script: ScriptedCanvas, clock: FakeClock) -> None:
    policy = RetryPolicy(max_attempts=100, max_elapsed=15.0, initial_backoff=1.0, jitter=0.0)
    canvas_script.on("GET", ONE, httpx.Response(503, text="unavailable"))
    with (
        ReportsClient(
            BASE_URL,
            TOKEN,
            account_id="1",
            retry=policy,
            pacer=RateLimitPacer(clock=clock),
            httpx_args={"transport": httpx.MockTransport(canvas_script)},
            sleep=clock.sleep,
            clock=clock,
        ) as client,
        pytest.raises(ServerError),
    ):
        client.get("provisioning_csv", 4821)
    assert len(canvas_script.calls("GET", ONE)) < 10
