"""Write canvas-reports/canvas_reports/_catalogue.py from the spec's catalogue (run by `make generate`).

The canvas-reports wheel is installed without this repository, so its parameter hints read this generated
module instead of the spec; tests/helpers/test_parameter_hints.py checks it matches the spec.
Usage: scripts/generate_catalogue_module.py [OUTPUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

from canvas_contract.catalogue import parameter_hints_module

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "canvas-reports" / "canvas_reports" / "_catalogue.py"


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else DEFAULT_OUTPUT
    output.write_text(parameter_hints_module(), encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
