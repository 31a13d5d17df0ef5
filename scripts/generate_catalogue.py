"""Write the report catalogue the canvas-reports package ships (`make generate` runs this).

Why: an installed canvas-reports wheel has no spec, yet its parameter hints must know each report's
parameters and `read_report` / `verify-report` each report's files and typed columns. The facts stay in
the spec; this writes the part they need (canvas_contract.catalogue.catalogue_from_spec) into
`canvas-reports/canvas_reports/catalogue.json`. `--check` exits 1 when the committed file differs from
what the spec gives (the drift test does the same).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from canvas_reports.report_files import DATA_FILE

from canvas_contract import load_spec
from canvas_contract.catalogue import catalogue_from_spec, render

TARGET = Path(__file__).resolve().parent.parent / "canvas-reports" / "canvas_reports" / DATA_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when the file is stale")
    parser.add_argument("--output", type=Path, default=TARGET, help=f"where to write (default {TARGET})")
    args = parser.parse_args(argv)
    text = render(catalogue_from_spec(load_spec()))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run `make generate`", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
