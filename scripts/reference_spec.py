"""Write the spec as the reference page renders it (plus the report catalogue's tag) for `make docs`.

Redoc cannot render an extension, so the catalogue is shown through a trait tag whose description embeds
each report's parameter and row schemas; it is built here from the catalogue rather than kept in the spec.
Usage: scripts/reference_spec.py OUTPUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from canvas_contract.catalogue import with_reference_tag


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: reference_spec.py OUTPUT.json\n")
        return 2
    Path(argv[0]).write_text(json.dumps(with_reference_tag(), indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
