"""Load the OpenAPI document once and answer questions about it.

The document is plain YAML with local `$ref`s only; JSON Schema validation resolves those refs through a
`referencing` registry that holds the whole document, so a schema is validated exactly as written.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# The spec ships inside the package (in the repository, a symlink to openapi/canvas-account-reports.yaml;
# in the wheel, the file itself), so an installed canvas_contract needs nothing from the repository.
PACKAGED_SPEC = Path(__file__).resolve().parent / "canvas-account-reports.yaml"
SPEC_PATH = Path(os.environ.get("CANVAS_SPEC") or PACKAGED_SPEC)
SPEC_URI = "urn:canvas-account-reports"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def load_spec(path: Path = SPEC_PATH, *, fresh: bool = False) -> dict[str, Any]:
    """The parsed document: cached per path (callers must not mutate it), or with `fresh` read anew into
    a private copy (the mock, whose tests rewrite the file). ValueError when it is no OpenAPI document."""
    return _read_spec(Path(path)) if fresh else _cached_spec(Path(path))


def _read_spec(path: Path) -> dict[str, Any]:
    # libyaml when available: the same documents, parsed about five times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as f:
        spec = yaml.load(f, Loader=loader)
    if not isinstance(spec, dict) or "paths" not in spec:
        raise ValueError(f"{path} is not an OpenAPI document")
    return spec


_cached_spec = functools.cache(_read_spec)


def resolve(node: Any, spec: Mapping[str, Any] | None = None) -> Any:
    """Follow a local `$ref` (repeatedly) to the node it points at; other nodes are returned as they are."""
    spec = load_spec() if spec is None else spec
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {ref!r}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def example_value(name: str, spec: Mapping[str, Any] | None = None) -> Any:
    """The value of `components/examples/<name>`: the canonical fixtures the mock and tests share."""
    spec = load_spec() if spec is None else spec
    return spec["components"]["examples"][name]["value"]


@dataclass(frozen=True)
class Operation:
    """One operation of the document, with its path-level parameters merged in."""

    operation_id: str
    method: str  # upper case
    path: str  # e.g. /api/v1/accounts/{account_id}/reports
    node: Mapping[str, Any]
    parameters: tuple[Mapping[str, Any], ...]

    @property
    def scopes(self) -> tuple[str, ...]:
        """The OAuth2 scopes this operation requires (Canvas's `url:METHOD|route` strings)."""
        found: list[str] = []
        for requirement in self.node.get("security", ()):
            for scopes in requirement.values():
                found.extend(scopes)
        return tuple(found)

    @property
    def route(self) -> str:
        """The path in Rails route form (`/api/v1/accounts/:account_id/reports`), as scopes spell it."""
        return rails_route(self.path)


def operations(spec: Mapping[str, Any] | None = None) -> Iterator[Operation]:
    """Every operation in document order."""
    spec = load_spec() if spec is None else spec
    for path, item in spec["paths"].items():
        shared = [resolve(p, spec) for p in item.get("parameters", ())]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            node = item[method]
            own = [resolve(p, spec) for p in node.get("parameters", ())]
            names = {(p["name"], p["in"]) for p in own}
            merged = tuple([p for p in shared if (p["name"], p["in"]) not in names] + own)
            yield Operation(node["operationId"], method.upper(), path, node, merged)


def rails_route(path: str) -> str:
    """An OpenAPI path in Rails route form (`{account_id}` -> `:account_id`), as Canvas's scopes spell it."""
    return re.sub(r"\{([^}]+)\}", r":\1", path)


def scope_for_route(method: str, path: str) -> str:
    """Canvas's scope string for a method and an OpenAPI path."""
    return f"url:{method.upper()}|" + rails_route(path)


@functools.cache
def _registry(path: Path) -> Registry:
    spec = load_spec(path)
    return Registry().with_resource(SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012))


def schema_validator(schema: Mapping[str, Any], *, path: Path = SPEC_PATH, formats: bool = True) -> Validator:
    """A Draft 2020-12 validator for `schema`, whose `#/components/...` refs resolve into the document."""
    wrapped = rebase_refs(schema)
    checker = Draft202012Validator.FORMAT_CHECKER if formats else None
    return Draft202012Validator(wrapped, registry=_registry(path), format_checker=checker)


def rebase_refs(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Rewrite local refs (`#/components/...`) inside a schema taken out of the document so they point into
    the document registered as SPEC_URI (for jsonschema here, for jsonschema-rs in the mock)."""

    def walk(node: Any) -> Any:
        if isinstance(node, Mapping):
            return {
                k: (SPEC_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else walk(v))
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema)
