"""The mock's layers stay one-way: state modules know nothing of HTTP, and only the entry points know the
ASGI app. Read from the source with `ast` (TYPE_CHECKING imports count too), so a back-reference fails
here before it grows into a cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import mock_canvas

PACKAGE = Path(mock_canvas.__file__).resolve().parent
STATE = {"store", "seed", "lifecycle", "throttle", "reportfiles"}
ABOVE_STATE = {"app", "handlers", "control", "downloads", "backend", "access", "call"}
APP_IMPORTERS = {"serve", "__init__"}


def _imports(path: Path) -> set[str]:
    """The mock_canvas modules one module imports, by short name (`from mock_canvas import x` included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "mock_canvas":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("mock_canvas."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("mock_canvas."))
    return found


def _graph() -> dict[str, set[str]]:
    return {path.stem: _imports(path) for path in PACKAGE.glob("*.py")}


def test_the_graph_is_read() -> None:
    graph = _graph()
    assert STATE | {"app", "serve", "handlers"} <= set(graph)
    assert "app" in graph["serve"] and "store" in graph["lifecycle"]  # the parser sees real imports


def test_state_modules_import_nothing_above_them() -> None:
    graph = _graph()
    wrong = {module: sorted(graph[module] & ABOVE_STATE) for module in STATE if graph[module] & ABOVE_STATE}
    assert not wrong, f"state modules import the request layers: {wrong}"


def test_only_the_entry_points_import_the_app() -> None:
    importers = {module for module, imported in _graph().items() if "app" in imported}
    assert importers <= APP_IMPORTERS, sorted(importers - APP_IMPORTERS)
