"""Shared helpers for the client tests.

The generated package is installed editable by `make` (a uv workspace member). Every fixture is read from
the OpenAPI document: a documented response is an operation, a status, a media type and one of its
examples, served as recorded HTTP traffic.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import re
import threading
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from canvas_account_reports_client import AuthenticatedClient, models, types

from canvas_contract import Operation, load_spec, operations, resolve, schema_validator

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
# Run in a fresh venv that installed the client (wheel or directory): prints its version and location.
CLIENT_SMOKE = (
    "import canvas_account_reports_client as c, importlib.metadata as m;"
    "from canvas_account_reports_client.api.account_reports import get_report, start_report;"
    "from canvas_account_reports_client.models import Report, RateLimitExceeded;"
    "print(m.version('canvas-account-reports-client'), c.__file__)"
)


def client_version() -> str:
    return str(tomllib.loads((GENERATED / "pyproject.toml").read_text())["project"]["version"])


BASE_URL = "https://canvas.example.edu"
MISSING = object()


@contextlib.contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A canned HTTP server on 127.0.0.1 in a thread for the `with` block; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def module_name(operation_id: str) -> str:
    """listAvailableReports -> list_available_reports, the module the generator writes for the operation."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", operation_id).lower()


def endpoint_module(operation: Operation) -> ModuleType:
    tag = module_name(operation.node["tags"][0].replace(" ", ""))
    return importlib.import_module(
        f"canvas_account_reports_client.api.{tag}.{module_name(operation.operation_id)}"
    )


def parameter_example(parameter: Mapping[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    return next(iter(parameter["examples"].values()))["value"]


def path_arguments(operation: Operation) -> dict[str, Any]:
    """The operation's path parameters, from their documented examples, typed as the client expects."""
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        if parameter["in"] == "path":
            arguments[parameter["name"]] = parameter_example(parameter)
    return arguments


def media_examples(media: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, example in media.get("examples", {}).items():
        yield name, resolve(example)["value"]


@dataclass(frozen=True)
class DocumentedResponse:
    """One example of one media type of one documented status of one operation."""

    operation: Operation
    status: int
    media_type: str
    schema: Mapping[str, Any]
    example_name: str
    value: Any
    headers: Mapping[str, str]

    @property
    def id(self) -> str:
        return f"{self.operation.operation_id}-{self.status}-{self.media_type}-{self.example_name}"

    def http_response(self) -> httpx.Response:
        """The response as Canvas sends it (JSON with a charset, text/plain as text)."""
        if self.media_type == "application/json":
            content = json.dumps(self.value).encode()
            content_type = "application/json; charset=utf-8"
        else:
            content = str(self.value).encode()
            content_type = f"{self.media_type}; charset=utf-8"
        return httpx.Response(
            self.status, content=content, headers={"Content-Type": content_type, **self.headers}
        )


def documented_responses() -> list[DocumentedResponse]:
    """Every (operation, status, media type, example) of the document; value is MISSING when a media type
    has no example, so a test can fail on the gap instead of silently skipping it."""
    found = []
    for operation in operations(load_spec()):
        for status, response in operation.node["responses"].items():
            response = resolve(response)
            headers = {}
            for name, header in response.get("headers", {}).items():
                header = resolve(header)
                if header.get("required"):
                    headers[name] = header.get("example", MISSING)
            for media_type, media in response.get("content", {}).items():
                examples = list(media_examples(media)) or [("no-example", MISSING)]
                for example_name, value in examples:
                    found.append(
                        DocumentedResponse(
                            operation, int(status), media_type, media["schema"], example_name, value, headers
                        )
                    )
    return found


def _schema_name(schema: Mapping[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def expected_class(schema: Mapping[str, Any], value: Any, media_type: str) -> Any:
    """The generated class a documented body must parse to: the $ref'd schema's class, for an array a
    `(list, item class)` pair, and for an anyOf of models the member the value is valid against."""
    if media_type.startswith("text/"):
        return getattr(models, _schema_name(schema)) if "$ref" in schema else types.PlainTextBody
    resolved = resolve(schema)
    if resolved.get("type") == "array":
        item_value = value[0] if value else {}
        return (list, expected_class(resolved["items"], item_value, media_type))
    if "anyOf" in resolved and all("$ref" in member for member in resolved["anyOf"]):
        for member in resolved["anyOf"]:
            if schema_validator(member).is_valid(value):
                return expected_class(member, value, media_type)
        raise AssertionError(f"example {value!r} matches no member of {schema}")
    return getattr(models, _schema_name(schema))


def as_json(parsed: Any) -> Any:
    """What a parsed body serialises back to (to_dict, element-wise for lists)."""
    if isinstance(parsed, list):
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


def mock_client(
    handler: Callable[[httpx.Request], httpx.Response], *, raise_on_unexpected_status: bool = True
) -> AuthenticatedClient:
    """A client whose sync and async transports answer with `handler` (recorded traffic, no network)."""
    return AuthenticatedClient(
        base_url=BASE_URL,
        token="test-token",
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
