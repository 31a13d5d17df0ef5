"""The pure parts: throttle recognition, retry rules, backoff, pacing, Link following, final states."""

from __future__ import annotations

import random
from http import HTTPStatus

import httpx
import pytest
from canvas_account_reports_client.models import ErrorResponse, Report, ReportStatus
from canvas_account_reports_client.types import RateLimitExceeded, Response
from canvas_reports import FINAL_STATUSES, IN_PROGRESS_STATUSES, SUCCESS_STATUSES, _core, is_final
from canvas_reports.errors import (
    AuthenticationError,
    BadRequest,
    NotFound,
    PermissionDenied,
    ServerError,
    Throttled,
    UnexpectedResponse,
)
from tenacity import RetryCallState, Retrying

from canvas_contract import example_value, load_spec
from tests.canvas_reports.scripted_canvas import FakeClock, link_example, report_json


def _throttle_body() -> RateLimitExceeded:
    return RateLimitExceeded(status_code=HTTPStatus(403), text=example_value("RateLimitExceeded"))


def _permission_body() -> ErrorResponse:
    return ErrorResponse.from_dict(example_value("Unauthorized"))


class TestThrottleRecognition:
    def test_text_plain_403_is_the_throttle(self) -> None:
        assert _core.is_throttled(403, httpx.Headers({"X-Rate-Limit-Remaining": "0.0"}), _throttle_body())
        assert _core.is_throttled(403, httpx.Headers({}), _throttle_body())

    def test_json_403_is_a_permission_error_even_with_an_empty_bucket(self) -> None:
        assert not _core.is_throttled(
            403, httpx.Headers({"X-Rate-Limit-Remaining": "0.0"}), _permission_body()
        )
        assert not _core.is_throttled(
            403, httpx.Headers({"X-Rate-Limit-Remaining": "599.9"}), _permission_body()
        )

    def test_an_unparsed_403_is_the_throttle_only_when_the_bucket_is_empty(self) -> None:
        assert _core.is_throttled(403, httpx.Headers({"x-rate-limit-remaining": "0.0"}), None)
        assert not _core.is_throttled(403, httpx.Headers({"x-rate-limit-remaining": "12.5"}), None)
        assert not _core.is_throttled(403, httpx.Headers({}), None)

    def test_429_counts_and_other_statuses_do_not(self) -> None:
        assert _core.is_throttled(429, httpx.Headers({}), None)
        for status in (200, 401, 404, 500):
            assert not _core.is_throttled(status, httpx.Headers({"X-Rate-Limit-Remaining": "0.0"}), None)


def _response(status: int, parsed: object, content: bytes = b"", **headers: str) -> Response[object]:
    return Response(HTTPStatus(status), content, httpx.Headers(headers), parsed)


class TestErrorMapping:
    @pytest.mark.parametrize(
        ("status", "example", "error"),
        [
            (401, "InvalidAccessToken", AuthenticationError),
            (401, "Unauthenticated", AuthenticationError),
            (403, "Unauthorized", PermissionDenied),
            (404, "NotFound", NotFound),
            (500, "InternalServerError", ServerError),
        ],
    )
    def test_status_and_body_pick_the_error_and_keep_canvas_words(
        self, status: int, example: str, error: type[Exception]
    ) -> None:
        body = ErrorResponse.from_dict(example_value(example))
        with pytest.raises(error) as raised:
            _core.raise_for_status(_response(status, body), "getReport x 1")
        assert example_value(example)["errors"][0]["message"] in str(raised.value)
        assert f"HTTP {status}" in str(raised.value)

    def test_term_error_400(self) -> None:
        from canvas_account_reports_client.models import TermError

        body = TermError.from_dict(example_value("InvalidEnrollmentTerm"))
        with pytest.raises(BadRequest, match="invalid enrollment_term_id"):
            _core.raise_for_status(_response(400, body), "startReport grade_export_csv")

    def test_errors_as_a_string(self) -> None:
        body = ErrorResponse.from_dict(example_value("InvalidAsUserId"))
        with pytest.raises(AuthenticationError, match=example_value("InvalidAsUserId")["errors"]):
            _core.raise_for_status(_response(401, body), "listAvailableReports")

    def test_throttle_raises_throttled(self) -> None:
        with pytest.raises(Throttled):
            _core.raise_for_status(_response(403, _throttle_body()), "getReport x 1")

    def test_undocumented_body_is_unexpected(self) -> None:
        with pytest.raises(UnexpectedResponse):
            _core.parsed_or_raise(_response(200, None, b"<html>"), Report, "getReport x 1")


class TestRetryRules:
    @pytest.mark.parametrize("idempotent", [True, False])
    def test_throttle_and_unsent_requests_are_retried_for_every_call(self, idempotent: bool) -> None:
        assert _core.retryable(Throttled("t", status_code=403), idempotent=idempotent)
        assert _core.retryable(httpx.ConnectTimeout("t"), idempotent=idempotent)
        assert _core.retryable(httpx.PoolTimeout("t"), idempotent=idempotent)

    def test_5xx_and_read_timeouts_only_for_idempotent_calls(self) -> None:
        for exc in (ServerError("s", status_code=502), httpx.ReadTimeout("t"), httpx.WriteTimeout("t")):
            assert _core.retryable(exc, idempotent=True)
            assert not _core.retryable(exc, idempotent=False)

    def test_client_errors_are_never_retried(self) -> None:
        for exc in (
            PermissionDenied("p", status_code=403),
            AuthenticationError("a", status_code=401),
            NotFound("n", status_code=404),
            BadRequest("b", status_code=400),
            httpx.ConnectError("refused"),
        ):
            assert not _core.retryable(exc, idempotent=True)

    def test_backoff_is_exponential_with_bounded_jitter(self) -> None:
        wait = _core._ExponentialJitter(1.0, 30.0, 1.0, rng=random.Random(7))
        waits = []
        for attempt in range(1, 8):
            state = RetryCallState(Retrying(), None, (), {})
            state.attempt_number = attempt
            waits.append(wait(state))
        for attempt, value in enumerate(waits, start=1):
            base = min(2 ** (attempt - 1), 30)
            assert base <= value <= min(base + 1.0, 30.0)
        assert len({round(w - int(w), 6) for w in waits[:4]}) > 1, "jitter varies"


class TestPacer:
    def test_no_pause_while_the_bucket_has_room(self) -> None:
        clock = FakeClock()
        pacer = _core.RateLimitPacer(clock=clock)
        pacer.observe(httpx.Headers({"X-Rate-Limit-Remaining": "599.98"}))
        assert pacer.delay() == 0

    def test_pause_grows_as_remaining_falls_and_drains_with_time(self) -> None:
        clock = FakeClock()
        pacer = _core.RateLimitPacer(low_water=100.0, drain_per_second=10.0, max_pause=10.0, clock=clock)
        pauses = []
        for remaining in ("90.0", "50.0", "0.0"):
            fresh = _core.RateLimitPacer(low_water=100.0, drain_per_second=10.0, max_pause=10.0, clock=clock)
            fresh.observe(httpx.Headers({"x-rate-limit-remaining": remaining}))
            pauses.append(fresh.delay())
        assert pauses == [1.0, 5.0, 10.0]
        pacer.observe(httpx.Headers({"X-Rate-Limit-Remaining": "50.0"}))
        clock.now += 2.0
        assert pacer.delay() == pytest.approx(3.0)
        clock.now += 5.0
        assert pacer.delay() == 0

    def test_defaults_start_slowing_below_one_up_front_charge(self) -> None:
        pacer = _core.RateLimitPacer()
        assert pacer.pause_for(600.0) == pacer.pause_for(50.0) == 0.0
        assert pacer.pause_for(25.0) == pytest.approx(2.5)
        assert pacer.pause_for(0.0) == pytest.approx(5.0)

    def test_missing_or_odd_header_changes_nothing(self) -> None:
        pacer = _core.RateLimitPacer(clock=FakeClock())
        pacer.observe(httpx.Headers({}))
        pacer.observe(httpx.Headers({"X-Rate-Limit-Remaining": "lots"}))
        assert pacer.delay() == 0


class TestLink:
    def test_next_page_from_canvas_link_header(self) -> None:
        assert _core.next_page(httpx.Headers({"Link": link_example()})) == (3, 10)

    def test_lower_case_header_name(self) -> None:
        assert _core.next_page(httpx.Headers({"link": link_example()})) == (3, 10)

    def test_last_page_has_no_next(self) -> None:
        last = ",".join(part for part in link_example().split(",") if 'rel="next"' not in part)
        assert _core.next_page(httpx.Headers({"Link": last})) is None
        assert _core.next_page(httpx.Headers({})) is None


class TestFinalStates:
    def test_every_spec_state_is_either_final_or_in_progress(self) -> None:
        spec_states = set(load_spec()["components"]["schemas"]["ReportStatus"]["enum"])
        assert {s.value for s in ReportStatus} == spec_states
        assert set(ReportStatus) == FINAL_STATUSES | IN_PROGRESS_STATUSES
        assert not FINAL_STATUSES & IN_PROGRESS_STATUSES
        assert SUCCESS_STATUSES <= FINAL_STATUSES

    @pytest.mark.parametrize(
        ("example", "final"),
        [
            ("ReportCreated", False),
            ("ReportRunning", False),
            ("ReportComplete", True),
            ("ReportError", True),
            ("ReportAborted", True),
            ("ReportDeleted", True),
            ("ReportLegacy", True),
        ],
    )
    def test_spec_examples(self, example: str, final: bool) -> None:
        assert is_final(Report.from_dict(report_json(example))) is final

    def test_a_newer_canvas_state_is_final_once_ended(self) -> None:
        running = Report.from_dict(report_json("ReportRunning", status="queued_for_review"))
        assert not is_final(running)
        ended = Report.from_dict(report_json("ReportComplete", status="archived"))
        assert is_final(ended)
