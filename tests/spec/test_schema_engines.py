"""The two JSON Schema engines agree: jsonschema (the tools and tests, `schema_validator`) and jsonschema-rs
(the mock validates every request with it). Two engines can differ on formats, `$ref` siblings or number
edge cases; if they did, the mock would accept what the recording checks reject, or the other way round.

Every example of the document, and near misses of it (each property wrong or missing, values of the wrong
type), gets the same verdict from both, with format checks on as both sides run them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema_rs
import pytest

from canvas_contract import load_spec, schema_validator
from canvas_contract.spec import SPEC_URI, rebase_refs
from tests.spec.test_examples import CASES

SPEC = load_spec()
REGISTRY = jsonschema_rs.Registry([(SPEC_URI, dict(SPEC))])
WRONG_VALUES: tuple[Any, ...] = (None, True, 0, -1, 1.5, "", "x", "2026-13-45T25:61:00Z", "not a uri", [], {})

WRONG_PROPERTY_VALUES: tuple[Any, ...] = (None, "x", -1, 1.5, [])
WRONG_ITEMS: tuple[Any, ...] = (None, "x", -1, {})


def rust_validator(schema: Mapping[str, Any]) -> Any:
    """As the mock compiles a validator: refs into the registered document, formats checked."""
    return jsonschema_rs.Draft202012Validator(rebase_refs(schema), registry=REGISTRY, validate_formats=True)


def near_misses(value: Any) -> Iterator[Any]:
    """The example itself, values of every JSON type, and the example with each property or item broken."""
    yield value
    yield from WRONG_VALUES
    if isinstance(value, Mapping):
        for key in value:
            yield {k: v for k, v in value.items() if k != key}
            for wrong in WRONG_PROPERTY_VALUES:
                yield {**value, key: wrong}
    if isinstance(value, list) and value:
        for wrong in WRONG_ITEMS:
            yield [*value, wrong]
        if isinstance(value[0], Mapping):
            yield from ([item, *value[1:]] for item in near_misses(value[0]) if item is not value[0])


@pytest.mark.parametrize(("schema", "value"), CASES)
def test_both_engines_give_the_same_verdict(schema: Mapping[str, Any], value: Any) -> None:
    python, rust = schema_validator(schema), rust_validator(schema)
    disagreements = [
        (candidate, python.is_valid(candidate))
        for candidate in near_misses(value)
        if python.is_valid(candidate) != rust.is_valid(candidate)
    ]
    assert not disagreements, "\n".join(
        f"jsonschema says {'valid' if ok else 'invalid'}, jsonschema-rs the opposite: {v!r}"
        for v, ok in disagreements
    )


def test_a_disagreement_would_be_seen() -> None:
    """The comparison can fail: the engines do differ when only one of them checks formats."""
    schema = {"type": "string", "format": "date-time"}
    lenient = jsonschema_rs.Draft202012Validator(schema, validate_formats=False)
    assert schema_validator(schema).is_valid("2026-13-45T25:61:00Z") != lenient.is_valid(
        "2026-13-45T25:61:00Z"
    )
