"""Check a report file downloaded from a Canvas against the spec: `make verify-report FILE=... REPORT=...`.

Prints each difference on its own line (missing, extra or moved columns, an unknown file, cells that are
not their column's type) and exits 1 when there is any, 0 when the file matches, 2 when the file cannot be
read at all. Reads the repository's spec, so a spec being edited is checked as it stands.
"""

from __future__ import annotations

import argparse
import sys

from canvas_reports.reader import ReportFileError
from canvas_reports.report_files import parse
from canvas_reports.verify import verify_report

from canvas_contract import SPEC_PATH, load_spec
from canvas_contract.catalogue import catalogue_from_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="verify-report", description=__doc__.splitlines()[0])
    parser.add_argument("file", help="the report's file as Canvas gave it (a CSV or a zip)")
    parser.add_argument("report", help="the report type that wrote it, e.g. provisioning_csv")
    args = parser.parse_args(argv)
    catalogue = parse(catalogue_from_spec(load_spec(SPEC_PATH)))
    try:
        differences = verify_report(args.file, args.report, catalogue=catalogue)
    except (ReportFileError, OSError) as exc:
        print(f"verify-report: {exc}", file=sys.stderr)
        return 2
    for difference in differences:
        print(difference)
    if differences:
        print(f"verify-report: {len(differences)} difference(s) from the spec", file=sys.stderr)
        return 1
    print(f"{args.file}: matches the spec's {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
