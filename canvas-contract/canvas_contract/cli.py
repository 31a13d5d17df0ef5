"""`canvas-contract`: hold a Canvas (or the mock, or recorded traffic) up against the contract, for CI.

  canvas-contract mock                                   schemathesis against the mock Canvas (strict mode)
  canvas-contract live --base-url URL --account ID       against your Canvas; the token is $CANVAS_TOKEN
  canvas-contract recording FILE [FILE ...]              recorded HAR/VCR traffic against the spec

The token is read from the environment only (never an option: it would land in shell history and CI
logs). A live run sends GET requests only unless writes are allowed (`--allow-writes` or
CONTRACT_ALLOW_WRITES=1); with writes it starts one report type, on one account, and deletes every
report it started. `mock` and `live` write JUnit XML (`<report-dir>/contract-junit.xml`, default
./reports), `live` also the HAR of the run; `recording --junit FILE` writes one test case per file.
Exit status: 0 passed, 1 a contract failure (or a report a live run could not delete), 2 bad usage or
configuration.
"""

from __future__ import annotations

import argparse
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from canvas_contract import runner
from canvas_contract.recording import RecordingError, load_recording, verify

LIVE_VARIABLES = ("CANVAS_BASE_URL", "CANVAS_TOKEN", "CANVAS_ACCOUNT_ID")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="canvas-contract",
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n\n".join((__doc__ or "").split("\n\n")[1:]),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="{mock,live,recording}")

    def run_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--report-dir", type=Path, help="where JUnit and the run's records go (./reports)")
        sub.add_argument("--max-examples", type=int, help="test cases per operation and phase")
        sub.add_argument("--seed", type=int, help="Hypothesis seed (fixed when CI=true)")
        sub.add_argument("--phases", help="comma-separated: examples,coverage,fuzzing,stateful")

    mock = commands.add_parser("mock", help="test the mock Canvas (needs canvas-account-reports-mock)")
    run_options(mock)
    mock.add_argument("--workers", type=int, help="schemathesis workers (default 1)")
    live = commands.add_parser("live", help="test a live Canvas; the token is $CANVAS_TOKEN")
    run_options(live)
    live.add_argument("--base-url", required=True, help="e.g. https://school.instructure.com")
    live.add_argument("--account", required=True, help="the account id whose reports are tested")
    live.add_argument("--allow-writes", action="store_true", help="also start, abort and delete reports")
    live.add_argument("--rate-limit", help="schemathesis syntax (default 2/s)")
    recording = commands.add_parser("recording", help="check recorded HAR/VCR traffic against the spec")
    recording.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="HAR (.har/.json) or VCR (.yml)"
    )
    recording.add_argument("--strict", action="store_true", help="requests outside the spec are mismatches")
    recording.add_argument("--junit", type=Path, metavar="FILE", help="also write the result as JUnit XML")
    return parser


def _run_env(args: argparse.Namespace, env: dict[str, str]) -> dict[str, str]:
    """The runner's variables from the options (an option wins over the variable it stands for)."""
    options = {
        "CONTRACT_REPORT_DIR": args.report_dir,
        "CONTRACT_MAX_EXAMPLES": args.max_examples,
        "CONTRACT_SEED": args.seed,
        "CONTRACT_PHASES": args.phases,
        "CONTRACT_WORKERS": getattr(args, "workers", None),
        "CONTRACT_RATE_LIMIT": getattr(args, "rate_limit", None),
    }
    return {**env, **{name: str(value) for name, value in options.items() if value is not None}}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "recording":
        return check_recordings(args.files, strict=args.strict, junit=args.junit)
    env = _run_env(args, dict(os.environ))
    if args.command == "mock":
        # The mock run never goes live because of variables meant for another step of the pipeline.
        env = {name: value for name, value in env.items() if name not in LIVE_VARIABLES}
        return runner.run(env)
    if not env.get("CANVAS_TOKEN"):
        print(
            "canvas-contract: set CANVAS_TOKEN (the token is read from the environment only)", file=sys.stderr
        )
        return 2
    env.update(CANVAS_BASE_URL=args.base_url, CANVAS_ACCOUNT_ID=args.account)
    if args.allow_writes:
        env["CONTRACT_ALLOW_WRITES"] = "1"
    return runner.run(env)


def check_recordings(
    files: Sequence[Path],
    *,
    strict: bool = False,
    prog: str = "canvas-contract recording",
    junit: Path | None = None,
) -> int:
    """Print every mismatch (stdout) and a summary per file (stderr); 0 clean, 1 mismatches, 2 unreadable.

    With `junit`, each file is also a test case there (failed when it has a mismatch).
    """
    total_mismatches = 0
    suite = ET.Element("testsuite", name="canvas-contract recording")
    for path in files:
        try:
            exchanges = load_recording(path)
        except RecordingError as exc:
            print(f"{prog}: {exc}", file=sys.stderr)
            return 2
        result = verify(exchanges, strict=strict)
        for line in result.mismatches:
            print(line)
        total_mismatches += len(result.mismatches)
        summary = (
            f"{path}: {result.checked} exchanges checked, {len(result.mismatches)} mismatches, "
            f"{len(result.skipped)} skipped (not Account Reports requests)"
        )
        print(summary, file=sys.stderr)
        case = ET.SubElement(suite, "testcase", classname="recording", name=str(path))
        if result.mismatches:
            failure = ET.SubElement(case, "failure", message=summary)
            failure.text = "\n".join(result.mismatches)
    if junit is not None:
        suite.set("tests", str(len(suite)))
        suite.set("failures", str(len(suite.findall("testcase/failure"))))
        junit.parent.mkdir(parents=True, exist_ok=True)
        ET.ElementTree(suite).write(junit, encoding="utf-8", xml_declaration=True)
    return 1 if total_mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
