"""Run the schemathesis contract tests as the environment says (`make contract`'s old entry point).

Live when CANVAS_BASE_URL, CANVAS_TOKEN and CANVAS_ACCOUNT_ID are set, else against the mock; every knob
is a variable (canvas_contract/runner.py lists them). `canvas-contract mock|live` is the same run with
options instead of variables.
"""

from __future__ import annotations

import os
import sys

from canvas_contract.runner import run

if __name__ == "__main__":
    sys.exit(run(dict(os.environ)))
