"""Make tests/client/client_fixtures.py and the generated package importable (pytest runs in importlib mode,
which puts neither on sys.path)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for path in (HERE, HERE.parents[1] / "generated"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))
