"""How fast the generated client decodes a page of reports, against json.loads and against canvasapi.

The page is 100 copies of the spec's ReportComplete example (a complete report with its user and
attachment objects), with distinct ids, serialised once to the bytes Canvas would send. Three things
decode those bytes:

- json.loads alone (the floor: any client has to do this);
- the generated client's own response parser for listReports (json + typed models, as `sync` runs it);
- canvasapi 3.6.0, the most used hand-written Canvas client, the way its PaginatedList builds a page of
  AccountReport objects.

Prints the figures and the two ratios; asserts nothing (timing depends on the machine), so it is run by
`make bench`, not by the test suite. Usage: scripts/bench_decode.py [--repeat N] [--number N]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import timeit
from collections.abc import Callable
from typing import Any

import httpx
from canvas_account_reports_client import Client
from canvas_account_reports_client.api.account_reports import list_reports
from canvas_account_reports_client.models import Report
from canvasapi.account import AccountReport

from canvas_contract import example_value

PAGE_SIZE = 100


def page_bytes() -> bytes:
    """100 complete reports (user and attachment included) as Canvas sends a listReports page."""
    complete = example_value("ReportComplete")
    page = []
    for offset in range(PAGE_SIZE):
        report = copy.deepcopy(complete)
        report["id"] += offset
        report["attachment"]["id"] += offset
        page.append(report)
    return json.dumps(page).encode()


def best_seconds(function: Callable[[], Any], *, repeat: int, number: int) -> float:
    """The fastest of `repeat` runs of `number` calls, per call (the least disturbed measurement)."""
    return min(timeit.repeat(function, repeat=repeat, number=number)) / number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timing runs; the fastest counts (default 7)")
    parser.add_argument("--number", type=int, default=50, help="decodes per run (default 50)")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.number < 1:
        print("bench_decode: --repeat and --number must be at least 1", file=sys.stderr)
        return 2

    raw = page_bytes()
    headers = {"content-type": "application/json; charset=utf-8"}
    client = Client(base_url="https://canvas.example.edu", raise_on_unexpected_status=True)

    def typed() -> Any:
        # The function sync()/sync_detailed() call on every response; it reads response.json() itself.
        return list_reports._parse_response(
            client=client, response=httpx.Response(200, content=raw, headers=headers)
        )

    def canvasapi_page() -> list[AccountReport]:
        # canvasapi.paginated_list.PaginatedList._get_next_page: add the extra attributes, build each object.
        page = []
        for element in json.loads(raw):
            element.update({"account_id": 1})
            page.append(AccountReport(None, element))
        return page

    parsed = typed()
    if not (
        isinstance(parsed, list) and len(parsed) == PAGE_SIZE and all(isinstance(r, Report) for r in parsed)
    ):
        print("bench_decode: the client did not decode the page into Report objects", file=sys.stderr)
        return 1
    if [report.to_dict() for report in parsed] != json.loads(raw):
        print("bench_decode: to_dict() does not round-trip the page", file=sys.stderr)
        return 1

    timing = {"repeat": args.repeat, "number": args.number}
    loads = best_seconds(lambda: json.loads(raw), **timing)
    client_time = best_seconds(typed, **timing)
    # canvasapi is about 100x slower; fewer calls per run keep `make bench` short without changing the result.
    canvasapi_time = best_seconds(canvasapi_page, repeat=args.repeat, number=max(1, args.number // 25))

    print(f"page: {PAGE_SIZE} complete reports with user and attachment, {len(raw):,} bytes")
    print(f"json.loads                        {loads * 1e3:8.3f} ms")
    print(f"generated client (typed models)   {client_time * 1e3:8.3f} ms")
    print(f"canvasapi 3.6.0 (AccountReport)   {canvasapi_time * 1e3:8.3f} ms")
    print(f"client / json.loads               {client_time / loads:8.2f}x   (target: at most 3x)")
    print(
        f"client / canvasapi                {client_time / canvasapi_time:8.3f}x   "
        f"(canvasapi is {canvasapi_time / client_time:.1f}x slower)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
