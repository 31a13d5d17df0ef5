"""All four call styles of every operation, over real HTTP against a tiny server on 127.0.0.1 that answers
with the operation's documented 200 example."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from canvas_account_reports_client import AuthenticatedClient
from canvas_account_reports_client.types import Response

from canvas_contract import Operation, load_spec, operations, resolve
from tests.client.client_fixtures import as_json, endpoint_module, media_examples, path_arguments, serving

OPERATIONS = list(operations(load_spec()))


def _ok_example(operation: Operation) -> Any:
    media = resolve(operation.node["responses"]["200"])["content"]["application/json"]
    return next(media_examples(media))[1]


def _route(operation: Operation) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{[^}]+\}", "[^/?]+", operation.path) + r"(?:\?.*)?$")


class _CannedCanvas(BaseHTTPRequestHandler):
    """Answers each documented method+path with its 200 example; anything else is a 404 in Canvas's shape."""

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        for operation in OPERATIONS:
            if operation.method == self.command and _route(operation).match(self.path):
                body, status = json.dumps(_ok_example(operation)).encode(), 200
                break
        else:
            body, status = b'{"errors":[{"message":"The specified resource does not exist."}]}', 404
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serving(_CannedCanvas) as url:
        yield url


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_four_call_styles(operation: Operation, base_url: str) -> None:
    module = endpoint_module(operation)
    expected = _ok_example(operation)
    arguments = path_arguments(operation)

    with AuthenticatedClient(base_url=base_url, token="t", raise_on_unexpected_status=True) as client:
        assert as_json(module.sync(**arguments, client=client)) == expected
        detailed = module.sync_detailed(**arguments, client=client)
    assert isinstance(detailed, Response)
    assert detailed.status_code == 200
    assert as_json(detailed.parsed) == expected

    async def both_async() -> tuple[Any, Response[Any]]:
        async with AuthenticatedClient(
            base_url=base_url, token="t", raise_on_unexpected_status=True
        ) as client:
            return await module.asyncio(**arguments, client=client), await module.asyncio_detailed(
                **arguments, client=client
            )

    parsed, detailed = asyncio.run(both_async())
    assert as_json(parsed) == expected
    assert detailed.status_code == 200
    assert as_json(detailed.parsed) == expected
