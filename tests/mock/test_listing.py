"""listReports (paginated, Canvas's exact Link header; reference §9) and listAvailableReports (sorted by
title, `last_run`, `include[]`, not paginated; reference §6)."""

from __future__ import annotations

from typing import Any

INDEX = "/api/v1/accounts/1/reports/provisioning_csv"


def _start_many(canvas: Any, count: int) -> list[dict[str, Any]]:
    started = []
    for n in range(count):
        started.append(canvas.started(json={"parameters": {"users": True, "n": n}}))
        canvas.advance(0.01)  # distinct created_at, all still in progress
    return started


def test_link_header_is_canvas_exact(canvas: Any) -> None:
    _start_many(canvas, 25)
    response = canvas.get(INDEX + "?page=2")
    assert response.status_code == 200
    base = f"{canvas.url}{INDEX}"
    assert response.headers["link"] == (
        f'<{base}?page=2&per_page=10>; rel="current",'
        f'<{base}?page=3&per_page=10>; rel="next",'
        f'<{base}?page=1&per_page=10>; rel="prev",'
        f'<{base}?page=1&per_page=10>; rel="first",'
        f'<{base}?page=3&per_page=10>; rel="last"'
    )
    assert len(response.json()) == 10


def test_first_and_last_pages_drop_prev_and_next(canvas: Any) -> None:
    _start_many(canvas, 5)
    first = canvas.get(INDEX + "?per_page=2").headers["link"]
    assert 'rel="prev"' not in first and 'rel="next"' in first
    last = canvas.get(INDEX + "?per_page=2&page=3").headers["link"]
    assert 'rel="next"' not in last and 'rel="prev"' in last
    assert 'page=3&per_page=2>; rel="last"' in last


def test_newest_first_and_every_state_but_deleted(canvas: Any) -> None:
    started = _start_many(canvas, 4)
    canvas.request("PUT", f"{INDEX}/{started[0]['id']}/abort").raise_for_status()
    canvas.request("DELETE", f"{INDEX}/{started[1]['id']}").raise_for_status()
    ids = [r["id"] for r in canvas.get(INDEX).json()]
    assert ids == [started[3]["id"], started[2]["id"], started[0]["id"]]


def test_following_next_visits_every_report_once(canvas: Any) -> None:
    started = _start_many(canvas, 7)
    seen, url = [], INDEX + "?per_page=3"
    while url:
        response = canvas.get(url)
        seen += [r["id"] for r in response.json()]
        links = dict(
            (part.split('; rel="')[1].rstrip('"'), part.split(">")[0].lstrip("<"))
            for part in response.headers["link"].split(",")
        )
        url = links.get("next")
    assert sorted(seen) == sorted(r["id"] for r in started)


def test_page_past_the_end_is_empty(canvas: Any) -> None:
    _start_many(canvas, 2)
    response = canvas.get(INDEX + "?page=5")
    assert response.status_code == 200 and response.json() == []
    assert 'page=4&per_page=10>; rel="prev"' in response.headers["link"]


def test_other_query_parameters_are_kept_sorted_and_credentials_dropped(canvas: Any) -> None:
    _start_many(canvas, 1)
    response = canvas.get(INDEX + "?zeta=1&alpha=a+b&access_token=mock-admin-token&per_page=5", token=None)
    assert response.status_code == 200
    assert response.headers["link"].startswith(f"<{canvas.url}{INDEX}?alpha=a+b&zeta=1&page=1&per_page=5>")
    assert "access_token" not in response.headers["link"]


def test_link_uses_the_account_segment_as_requested(canvas: Any) -> None:
    assert (
        canvas.get("/api/v1/accounts/self/reports/provisioning_csv")
        .headers["link"]
        .startswith(f"<{canvas.url}/api/v1/accounts/self/reports/provisioning_csv?page=1")
    )


def test_unknown_type_is_an_empty_list(canvas: Any) -> None:
    response = canvas.get("/api/v1/accounts/1/reports/no_such_report_csv")
    assert response.status_code == 200 and response.json() == []


def test_sub_account_reports_are_not_in_the_root_index(canvas: Any) -> None:
    canvas.started(account="2")
    assert canvas.get(INDEX).json() == []
    assert len(canvas.get("/api/v1/accounts/2/reports/provisioning_csv").json()) == 1


def test_per_page_outside_1_to_100_is_rejected_stricter_than_canvas(canvas: Any) -> None:
    for value in ("0", "101", "ten"):
        response = canvas.get(INDEX + f"?per_page={value}")
        assert response.status_code == 400
        assert "per_page" in response.json()["errors"][0]["message"]


def test_available_reports_are_the_spec_catalogue_sorted_by_title(canvas: Any, examples: Any) -> None:
    response = canvas.get("/api/v1/accounts/1/reports")
    assert response.status_code == 200
    assert "link" not in response.headers  # not paginated
    entries = response.json()
    titles = [e["title"] for e in entries]
    assert titles == sorted(titles)  # plain code-point order: "LTI Report" before "Last Enrollment Activity"
    assert titles.index("LTI Report") < titles.index("Last Enrollment Activity")
    assert entries == examples("AvailableReports")  # which tests/spec proves is the catalogue's derivation


def test_page_and_per_page_are_ignored_by_available_reports(canvas: Any) -> None:
    assert len(canvas.get("/api/v1/accounts/1/reports?per_page=2&page=3").json()) == len(
        canvas.get("/api/v1/accounts/1/reports").json()
    )


def test_last_run_is_the_newest_non_deleted_report(canvas: Any) -> None:
    older = canvas.started("grade_export_csv")
    canvas.advance(5)
    newer = canvas.started("grade_export_csv")
    entries = {e["report"]: e for e in canvas.get("/api/v1/accounts/1/reports").json()}
    assert entries["grade_export_csv"]["last_run"]["id"] == newer["id"]
    assert entries["provisioning_csv"]["last_run"] is None
    canvas.request("DELETE", f"/api/v1/accounts/1/reports/grade_export_csv/{newer['id']}").raise_for_status()
    entries = {e["report"]: e for e in canvas.get("/api/v1/accounts/1/reports").json()}
    assert entries["grade_export_csv"]["last_run"]["id"] == older["id"]
    assert entries["grade_export_csv"]["last_run"]["status"] == "complete"


def test_include_html(canvas: Any) -> None:
    plain = canvas.get("/api/v1/accounts/1/reports").json()
    assert all("description_html" not in e and "parameters_html" not in e for e in plain)
    rich = canvas.get(
        "/api/v1/accounts/1/reports?include[]=description_html&include[]=parameters_html"
    ).json()
    by_type = {e["report"]: e for e in rich}
    assert by_type["mgp_grade_export_csv"]["parameters_html"].startswith(
        '<form id="mgp_grade_export_csv_form"'
    )
    assert (
        "/api/v1/accounts/1/reports/mgp_grade_export_csv"
        in by_type["mgp_grade_export_csv"]["parameters_html"]
    )
    assert "parameters_html" not in by_type["developer_key_report_csv"]  # no parameters, no form
    assert by_type["grade_export_csv"]["description_html"].startswith("<p>")


def test_scoped_keys_silently_lose_include(canvas: Any) -> None:
    rich = canvas.get(
        "/api/v1/accounts/1/reports?include[]=parameters_html", token="mock-readonly-token"
    ).json()
    assert all("parameters_html" not in e for e in rich)


def test_html_is_escaped_in_json_like_rails(canvas: Any) -> None:
    raw = canvas.get("/api/v1/accounts/1/reports?include[]=parameters_html").text
    assert "\\u003cform" in raw and "<form" not in raw


def test_unknown_include_values_are_rejected_stricter_than_canvas(canvas: Any) -> None:
    assert canvas.get("/api/v1/accounts/1/reports?include[]=params_html").status_code == 400
