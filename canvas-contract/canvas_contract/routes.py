"""One path-template matcher: an OpenAPI path (`/api/v1/accounts/{account_id}/reports/{report}`) as a
regex over raw, still percent-encoded, request paths, each `{name}` a named group of one segment.

Used by the recording checks (whole paths) and the contract transport (a path that may sit under a base
URL's prefix); the mock Canvas has its own segment router, which is faster for its hot path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from canvas_contract.spec import Operation

_PARAMETER = re.compile(r"\\\{([^}]+)\\\}")  # `{name}` after re.escape


def template_pattern(template: str) -> str:
    """A path template as unanchored regex source: literal text escaped, `{name}` -> `(?P<name>[^/]+)`."""
    return _PARAMETER.sub(r"(?P<\1>[^/]+)", re.escape(template))


def suffix_regex(template: str) -> re.Pattern[str]:
    """Finds (`.search`) a path ending in the template, so a base URL's path prefix still matches."""
    return re.compile(template_pattern(template) + "$")


@dataclass
class Route:
    """One path template of the spec and its operations by method."""

    template: str
    operations: dict[str, Operation] = field(default_factory=dict)

    def __post_init__(self) -> None:
        pattern = template_pattern(self.template)
        self.regex = re.compile("^" + pattern + "/?$")  # Rails ignores one trailing slash
        self.prefix = re.compile("^" + pattern + r"(?:/|\.|$)")  # the template or anything under it
        self.literal_segments = sum(1 for s in self.template.split("/") if s and not s.startswith("{"))


def build_routes(operations: Iterable[Operation]) -> list[Route]:
    """The spec's routes, most literal segments first, so `/{id}/abort` wins over a template that would
    take `abort` as an id."""
    routes: dict[str, Route] = {}
    for op in operations:
        routes.setdefault(op.path, Route(op.path)).operations[op.method] = op
    return sorted(routes.values(), key=lambda r: -r.literal_segments)


def matches(path: str, routes: Iterable[Route]) -> Iterator[tuple[Route, dict[str, Any]]]:
    """Each route whose template matches the whole path, with the raw path parameters."""
    for route in routes:
        found = route.regex.match(path)
        if found:
            yield route, found.groupdict()


def in_scope(path: str, routes: Iterable[Route]) -> bool:
    """Whether a path lies under one of the routes (so not matching an operation is a mismatch)."""
    return any(route.prefix.match(path) for route in routes)
