"""`make verify-recording`: recorded traffic is matched to operations and every mismatch is listed.

The shipped sample must pass; each deliberate deviation from the spec must be reported (so the verifier
is known to be able to fail), and unreadable files get a one-line error.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

from canvas_contract import recording as vr
from canvas_contract.routes import build_routes

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "verify_recording.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
HAR = FIXTURES / "canvas-session.har"
VCR = FIXTURES / "canvas-session.vcr.yml"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def har_entries() -> list[dict[str, Any]]:
    return json.loads(HAR.read_text())["log"]["entries"]


def entry(entries: list[dict[str, Any]], method: str, path_end: str, status: int) -> dict[str, Any]:
    return next(
        e
        for e in entries
        if e["request"]["method"] == method
        and e["request"]["url"].split("?")[0].endswith(path_end)
        and e["response"]["status"] == status
    )


def write_har(tmp_path: Path, entries: list[dict[str, Any]]) -> Path:
    path = tmp_path / "session.har"
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    return path


def set_header(headers: list[dict[str, str]], name: str, value: str | None) -> None:
    headers[:] = [h for h in headers if h["name"].lower() != name.lower()]
    if value is not None:
        headers.append({"name": name, "value": value})


@pytest.mark.parametrize("sample", [HAR, VCR], ids=["har", "vcr"])
def test_shipped_samples_match_the_spec(sample: Path) -> None:
    done = run(sample)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""
    assert " 0 mismatches" in done.stderr


def test_sample_covers_every_operation_and_skips_foreign_requests() -> None:
    """The sample is only useful if it exercises the whole API, not one endpoint."""
    exchanges = vr.load_recording(HAR)
    routes = build_routes(vr.operations())
    seen = set()
    for exchange in exchanges:
        path = vr.urlsplit(exchange.url).path
        for route in routes:
            if route.regex.match(path) and exchange.method in route.operations:
                seen.add(route.operations[exchange.method].operation_id)
                break
    assert seen == {op.operation_id for op in vr.operations()}
    result = vr.verify(exchanges)
    assert len(result.skipped) == 2  # /api/v1/users/self and the file download


def mutate(entries: list[dict[str, Any]]) -> list[str]:
    """Break the sample in several independent ways; return a fragment each mismatch line must contain."""
    expected = []

    bad_query = copy.deepcopy(entry(entries, "GET", "/reports/provisioning_csv", 200))
    bad_query["request"]["url"] = bad_query["request"]["url"].replace("page=2", "page=2&per_page=1000")
    entries.append(bad_query)
    expected.append("[listReports] query parameter per_page $: 1000 is greater than the maximum of 100")

    started = entry(entries, "POST", "/reports/provisioning_csv", 200)
    started["response"]["status"] = 201  # the public docs' idea, not Canvas's
    expected.append("[startReport] status 201 is not documented")

    running = entry(entries, "GET", "/reports/provisioning_csv/4821", 200)
    body = json.loads(running["response"]["content"]["text"])
    body["progress"] = "40"
    del body["created_at"]
    running["response"]["content"]["text"] = json.dumps(body)
    expected.append("[getReport] response body $.progress: '40' is not of type 'integer'")
    expected.append("[getReport] response body $: 'created_at' is a required property")

    duplicate = entry(entries, "POST", "/reports/provisioning_csv", 409)
    set_header(duplicate["response"]["headers"], "location", None)
    expected.append("[startReport] response header Location: required but missing")

    page = entry(entries, "GET", "/reports/provisioning_csv", 200)
    set_header(
        page["response"]["headers"], "link", '<https://canvas.example.edu/x>; rel="next", <y>; rel="last"'
    )
    expected.append('[listReports] response header Link $: \'<https://canvas.example.edu/x>; rel="next", <y>')

    throttled = entry(entries, "GET", "/reports/provisioning_csv", 403)
    set_header(throttled["response"]["headers"], "content-type", "text/html")
    expected.append("[listReports] response content type 'text/html' not documented for 403")

    aborted = entry(entries, "PUT", "/4822/abort", 200)
    set_header(aborted["response"]["headers"], "x-request-cost", "cheap")
    expected.append("[abortReport] response header X-Request-Cost $: 'cheap' does not match")

    patch = copy.deepcopy(entry(entries, "DELETE", "/reports/provisioning_csv/4821", 200))
    patch["request"]["method"] = "PATCH"
    entries.append(patch)
    expected.append("method PATCH is not documented for /api/v1/accounts/{account_id}/reports/{report}/{id}")

    suffix = copy.deepcopy(entry(entries, "DELETE", "/reports/provisioning_csv/4821", 200))
    suffix["request"]["url"] += ".json"
    entries.append(suffix)
    # Canvas routes a `.json` suffix; the spec leaves it out (ADR 16), so the id no longer is one.
    expected.append(
        "4821.json -> 200 [deleteReport] path parameter id $: '4821.json' is not of type 'integer'"
    )

    deeper = copy.deepcopy(entry(entries, "PUT", "/4822/abort", 404))
    deeper["request"]["url"] += "/now"
    entries.append(deeper)
    expected.append("4822/abort/now -> 404: no operation in the spec matches this path")

    form = entry(entries, "POST", "/reports/grade_export_csv", 400)
    form["request"]["postData"]["text"] = "parameters%5Benrollment_term_id%5D=12&users=true"
    expected.append("[startReport] request body $: 'users' does not match")
    return expected


def test_every_deliberate_mismatch_is_reported(tmp_path: Path) -> None:
    entries = har_entries()
    expected = mutate(entries)
    done = run(write_har(tmp_path, entries))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    for fragment in expected:
        assert any(fragment in line for line in lines), f"not reported: {fragment}\n{done.stdout}"
    # Nothing but the deliberate breakage: the untouched exchanges still pass.
    assert len(lines) == len(expected), done.stdout


def test_vcrpy_and_ruby_vcr_cassettes_are_read_alike(tmp_path: Path) -> None:
    """vcrpy writes `interactions` with plain-string bodies and upper-case methods; both forms must load."""
    ruby = yaml.safe_load(VCR.read_text())
    vcrpy: dict[str, Any] = {
        "version": 1,
        "interactions": [
            {
                "request": {
                    "method": i["request"]["method"].upper(),
                    "uri": i["request"]["uri"],
                    "body": i["request"]["body"]["string"] or None,
                    "headers": i["request"]["headers"],
                },
                "response": {
                    "status": i["response"]["status"],
                    "headers": i["response"]["headers"],
                    "body": {"string": i["response"]["body"]["string"]},
                },
            }
            for i in ruby["http_interactions"]
        ],
    }
    path = tmp_path / "cassette.yaml"
    path.write_text(yaml.safe_dump(vcrpy))
    from_vcrpy = vr.load_recording(path)
    from_ruby = vr.load_recording(VCR)
    assert [(e.method, e.url, e.status, e.response_body) for e in from_vcrpy] == [
        (e.method, e.url, e.status, e.response_body) for e in from_ruby
    ]
    # A mismatch in the vcrpy form is reported like any other.
    vcrpy["interactions"][0]["response"]["status"]["code"] = 202
    path.write_text(yaml.safe_dump(vcrpy))
    done = run(path)
    assert done.returncode == 1
    assert "status 202 is not documented" in done.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("{not json", "cannot parse"),
        ("just: [a, yaml, mapping]\n", "is neither a HAR file"),
        ('{"log": {"entries": [{"request": {}}]}}', "malformed HAR entry"),
        (
            "http_interactions:\n- request: {method: get}\n  response: {status: {}}\n",
            "malformed VCR interaction",
        ),
    ],
    ids=["missing", "bad-json", "not-a-recording", "bad-har-entry", "bad-vcr-interaction"],
)
def test_unreadable_files_get_a_one_line_error(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "recording.har"
    if content is not None:
        path.write_text(content)
    done = run(path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith("verify-recording: ") and message in done.stderr


def test_a_multipart_start_without_parts_is_an_empty_form(tmp_path: Path) -> None:
    """What requests/urllib3 send for an empty form (schemathesis does too); Rack reads it as no fields."""
    started = copy.deepcopy(entry(har_entries(), "POST", "/reports/last_user_access_csv", 200))
    started["request"]["postData"] = {"mimeType": "multipart/form-data; boundary=b0", "text": "--b0--\r\n"}
    set_header(started["request"]["headers"], "content-type", "multipart/form-data; boundary=b0")
    done = run(write_har(tmp_path, [started]))
    assert done.returncode == 0, done.stdout


def test_canvas_contract_recording_writes_junit_for_ci(tmp_path: Path) -> None:
    """`canvas-contract recording --junit`: a clean file passes, a file with a mismatch is a failed case."""
    from canvas_contract.cli import main

    entries = har_entries()
    entry(entries, "GET", "/reports", 200)["response"]["status"] = 299  # a status the spec never documents
    broken = write_har(tmp_path, entries)
    junit = tmp_path / "junit" / "recording.xml"
    assert main(["recording", "--junit", str(junit), str(HAR), str(broken)]) == 1
    cases = ET.parse(junit).getroot().findall("testcase")
    assert [(c.get("name"), c.find("failure") is not None) for c in cases] == [
        (str(HAR), False),
        (str(broken), True),
    ]
