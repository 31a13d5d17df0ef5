"""Read the OpenAPI document: the one place the Canvas Account Reports contract is written.

Everything in this repository that needs a fact about the API (the mock Canvas, the tests, the scripts)
gets it from here instead of writing it again.
"""

from canvas_contract.spec import (
    SPEC_PATH,
    Operation,
    example_value,
    load_spec,
    operations,
    resolve,
    schema_validator,
    scope_for_route,
)

__all__ = [
    "SPEC_PATH",
    "Operation",
    "example_value",
    "load_spec",
    "operations",
    "resolve",
    "schema_validator",
    "scope_for_route",
]
