"""Check recorded Canvas traffic (a HAR file or a VCR cassette) against the OpenAPI document.

`make verify-recording FILE=...` runs this; it is `canvas-contract recording` under its old name (the
checks are canvas_contract.recording).
Usage: verify_recording.py [--strict] FILE [FILE ...]
Exit status: 0 all exchanges match, 1 at least one mismatch, 2 a file could not be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from canvas_contract.cli import check_recordings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="HAR (.har/.json) or VCR (.yml)")
    parser.add_argument("--strict", action="store_true", help="requests outside the spec are mismatches")
    args = parser.parse_args(argv)
    return check_recordings(args.files, strict=args.strict, prog="verify-recording")


if __name__ == "__main__":
    sys.exit(main())
