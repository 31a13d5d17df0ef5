"""Print, as JSON, what the rendered reference must show for each operation (read from the spec).

`make docs-screenshot` and tests/docs/ hand this to scripts/render_reference.mjs as its `--expect` list,
so the page is checked against the spec rather than against a list typed out again.
"""

from __future__ import annotations

import json
import sys

from canvas_contract import operations


def expected_operations() -> list[dict[str, str]]:
    return [
        {
            "operationId": op.operation_id,
            "summary": op.node["summary"],
            "method": op.method,
            "path": op.path,
            "tag": op.node["tags"][0],
        }
        for op in operations()
    ]


if __name__ == "__main__":
    json.dump(expected_operations(), sys.stdout, indent=2)
    sys.stdout.write("\n")
