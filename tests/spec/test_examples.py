"""Every example in the document validates against the schema it illustrates.

openapi-spec-validator does not look at examples, and the examples are fixtures (the mock serves them,
the client tests decode them), so an invalid one is a bug in the contract.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from canvas_contract import load_spec, resolve, schema_validator

SPEC = load_spec()
URL = re.compile(r"https?://[^\s\"'<>]+")
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?P<offset>.*)$")


def _examples_of(node: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(name, value) of a media type's, parameter's or header's `example`/`examples`."""
    if "example" in node:
        yield "example", node["example"]
    for name, ex in node.get("examples", {}).items():
        yield name, resolve(ex)["value"]


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{i}")


def _cases() -> Iterator[Any]:
    """Every (where, schema, value) triple in the document."""
    for pointer, node in _walk(SPEC["paths"], "#/paths"):
        if not isinstance(node, Mapping):
            continue
        # Media types (request and response bodies), parameters and headers.
        if "schema" in node and ("example" in node or "examples" in node):
            for name, value in _examples_of(node):
                yield pytest.param(node["schema"], value, id=f"{pointer}:{name}")
    for section in ("parameters", "headers", "responses"):
        for pointer, node in _walk(SPEC["components"][section], f"#/components/{section}"):
            if isinstance(node, Mapping) and "schema" in node and ("example" in node or "examples" in node):
                for name, value in _examples_of(node):
                    yield pytest.param(node["schema"], value, id=f"{pointer}:{name}")
    # Schema-level `example` / `examples` at every depth of every component schema.
    for pointer, node in _walk(SPEC["components"]["schemas"], "#/components/schemas"):
        if not isinstance(node, Mapping) or pointer.rsplit("/", 1)[-1] in ("properties", "patternProperties"):
            continue
        if "example" in node and isinstance(node.get("type", node.get("anyOf")), (str, list)):
            yield pytest.param(node, node["example"], id=f"{pointer}:example")
        if isinstance(node.get("examples"), list) and "type" in node:
            for i, value in enumerate(node["examples"]):
                yield pytest.param(node, value, id=f"{pointer}:examples/{i}")


CASES = list(_cases())


def test_the_document_has_examples_to_check() -> None:
    assert len(CASES) > 150


@pytest.mark.parametrize(("schema", "value"), CASES)
def test_example_is_valid(schema: Mapping[str, Any], value: Any) -> None:
    errors = sorted(schema_validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_an_invalid_example_is_caught() -> None:
    """The check itself can fail: a report with an out-of-range progress is rejected."""
    bad = dict(SPEC["components"]["examples"]["ReportCreated"]["value"], progress=101)
    assert list(schema_validator({"$ref": "#/components/schemas/Report"}).iter_errors(bad))


def test_every_named_example_is_used() -> None:
    """A fixture nobody references is never validated in context, so there must be none."""
    text = repr(SPEC["paths"]) + repr(SPEC["components"]["responses"])
    unused = [name for name in SPEC["components"]["examples"] if f"#/components/examples/{name}'" not in text]
    assert not unused


def test_examples_are_realistic() -> None:
    """One host, and timestamps with an explicit offset, as Canvas sends them."""
    for pointer, node in _walk(SPEC["components"]["examples"], "#/components/examples"):
        if not isinstance(node, str):
            continue
        for url in URL.findall(node):
            assert url.startswith("https://canvas.example.edu/"), f"{pointer}: {url}"
        match = TIMESTAMP.match(node)
        if match:
            assert re.fullmatch(r"Z|[+-]\d\d:\d\d", match["offset"]), f"{pointer}: {node}"
