"""Fail when the spec changed in a way that breaks an existing client, unless info.version's major is bumped.

Compares the working spec with a baseline: the newest `v*` git tag, else (on a branch) `main`, else the last
commit (`HEAD`), or the revision given with --base, or a file given with --old. What counts as breaking, for
a client generated from the previous version (and for code written against it):

- an operation removed, or moved to another method or path;
- a parameter removed; a new required parameter, or a parameter becoming required;
- a request body becoming required, or a request or response media type or response status removed;
- a field (property) removed from any schema; a new required request field (or a request field becoming
  required); a response field that was always sent becoming optional;
- an enum value removed; in a response, a new value in a closed enum (a strict client rejects it);
- a narrowed type (a JSON type no longer allowed, e.g. `[string, 'null']` to `string`), anywhere, since
  generated models are also built by client code; in a response, a widened type (a client gets a type it
  does not handle);
- a request object that stops accepting additional properties.

Adding operations, optional fields, optional parameters, statuses or open-enum values is not breaking.

The same gate covers the pytest fixture the mock's wheel ships (canvas-mock/mock_canvas/pytest_plugin.py,
read with `ast`, never imported): a fixture removed, a public attribute or method of `CanvasMock` removed,
a method parameter removed, or a new required one, is breaking unless the mock's version
(canvas-mock/pyproject.toml) bumps its major. In git mode both gates run; with --old/--new only the spec's,
unless --old-mock/--new-mock name two canvas-mock folders to compare.

Exit status: 0 when compatible (or the major version was bumped), 1 when breaking, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path("openapi/canvas-account-reports.yaml")
MOCK = Path("canvas-mock")
PLUGIN = Path("mock_canvas/pytest_plugin.py")
MOCK_PYPROJECT = Path("pyproject.toml")
FIXTURE_CLASS = "CanvasMock"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
REQUEST, RESPONSE = "request", "response"


class UsageError(Exception):
    """Bad arguments or an unreadable baseline: reported as one line, exit status 2."""


# --- Loading --------------------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise UsageError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def revision_exists(repo: Path, revision: str) -> bool:
    command = ["git", "rev-parse", "--verify", "-q", f"{revision}^{{commit}}"]
    return subprocess.run(command, cwd=repo, capture_output=True, check=False).returncode == 0


def default_base(repo: Path) -> str:
    """The newest v* tag; else main when on another branch; else HEAD (the last commit)."""
    tags = git(repo, "tag", "--list", "v*", "--sort=-v:refname").split()
    if tags:
        return tags[0]
    if revision_exists(repo, "main") and git(repo, "rev-parse", "main") != git(repo, "rev-parse", "HEAD"):
        return "main"
    return "HEAD"


def load_at(repo: Path, revision: str, path: Path) -> dict[str, Any] | None:
    """The spec as committed at `revision`, or None when it did not exist there."""
    if not revision_exists(repo, revision):
        raise UsageError(f"unknown git revision {revision!r}")
    command = ["git", "cat-file", "-e", f"{revision}:{path.as_posix()}"]
    if subprocess.run(command, cwd=repo, capture_output=True, check=False).returncode != 0:
        return None
    return parse(git(repo, "show", f"{revision}:{path.as_posix()}"), f"{revision}:{path}")


def parse(text: str, where: str) -> dict[str, Any]:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise UsageError(f"{where} is not YAML: {error}".splitlines()[0]) from error
    if not isinstance(document, dict) or "paths" not in document:
        raise UsageError(f"{where} is not an OpenAPI document")
    return document


def load_file(path: Path) -> dict[str, Any]:
    try:
        return parse(path.read_text(encoding="utf-8"), str(path))
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from error


def major(document: Mapping[str, Any]) -> int:
    version = str(document.get("info", {}).get("version", "0"))
    head = version.lstrip("vV").split(".", 1)[0]
    return int(head) if head.isdigit() else 0


# --- Comparing ------------------------------------------------------------------------------------------


class Comparison:
    """Walks the old and new documents side by side and collects what would break a client."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = old, new
        self.findings: list[str] = []
        self._seen: set[tuple[str, str, str, bool]] = set()

    def run(self) -> list[str]:
        old_ops, new_ops = dict(self._operations(self.old)), dict(self._operations(self.new))
        for op_id, (method, path, old_op) in old_ops.items():
            if op_id not in new_ops:
                self.report(op_id, f"operation removed ({method} {path})")
                continue
            new_method, new_path, new_op = new_ops[op_id]
            if (new_method, new_path) != (method, path):
                self.report(op_id, f"operation moved from {method} {path} to {new_method} {new_path}")
            self._operation(op_id, old_op, new_op)
        return self.findings

    def report(self, where: str, what: str) -> None:
        finding = f"{where}: {what}"
        if finding not in self.findings:  # a union's members are also walked on their own
            self.findings.append(finding)

    # Operations, parameters, bodies, responses.

    def _operations(
        self, document: Mapping[str, Any]
    ) -> Iterator[tuple[str, tuple[str, str, dict[str, Any]]]]:
        for path, item in document.get("paths", {}).items():
            item = self._resolve(document, item)
            for method in METHODS:
                if method in item:
                    op = dict(item[method])
                    op["parameters"] = self._parameters(document, item, op)
                    yield op.get("operationId", f"{method.upper()} {path}"), (method.upper(), path, op)

    def _parameters(
        self, document: Mapping[str, Any], item: Mapping[str, Any], op: Mapping[str, Any]
    ) -> dict[tuple[str, str], dict[str, Any]]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for parameter in [*item.get("parameters", ()), *op.get("parameters", ())]:
            parameter = self._resolve(document, parameter)
            merged[(parameter["name"], parameter["in"])] = parameter
        return merged

    def _operation(self, op_id: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for key, old_param in old["parameters"].items():
            where = f"{op_id} {key[1]} parameter {key[0]}"
            new_param = new["parameters"].get(key)
            if new_param is None:
                self.report(where, "parameter removed")
                continue
            if new_param.get("required") and not old_param.get("required"):
                self.report(where, "parameter became required")
            self._schema(where, old_param.get("schema", {}), new_param.get("schema", {}), REQUEST)
        for key, new_param in new["parameters"].items():
            if key not in old["parameters"] and new_param.get("required"):
                self.report(f"{op_id} {key[1]} parameter {key[0]}", "new required parameter")

        old_body = self._resolve(self.old, old.get("requestBody", {}))
        new_body = self._resolve(self.new, new.get("requestBody", {}))
        if new_body.get("required") and not old_body.get("required"):
            self.report(f"{op_id} request body", "request body became required")
        for media_type, old_media in old_body.get("content", {}).items():
            where = f"{op_id} request {media_type}"
            new_media = new_body.get("content", {}).get(media_type)
            if new_media is None:
                self.report(where, "request media type removed")
            else:
                self._schema(where, old_media.get("schema", {}), new_media.get("schema", {}), REQUEST)

        new_responses = new.get("responses", {})
        for status, old_response in old.get("responses", {}).items():
            where = f"{op_id} {status}"
            if str(status) not in {str(s) for s in new_responses}:
                self.report(where, "response status removed")
                continue
            new_response = self._resolve(self.new, new_responses.get(status, new_responses.get(str(status))))
            old_response = self._resolve(self.old, old_response)
            for media_type, old_media in old_response.get("content", {}).items():
                new_media = new_response.get("content", {}).get(media_type)
                if new_media is None:
                    self.report(f"{where} {media_type}", "response media type removed")
                else:
                    old_schema, new_schema = old_media.get("schema", {}), new_media.get("schema", {})
                    self._schema(f"{where} {media_type}", old_schema, new_schema, RESPONSE)

    # Schemas.

    def _schema(self, where: str, old: Any, new: Any, direction: str, open_union: bool = False) -> None:
        """Compare two schemas at `where`. open_union: the schema is one member of an anyOf/oneOf that also
        accepts other values (an open enum), so new enum values are no surprise to a client."""
        old_ref = old.get("$ref", "") if isinstance(old, Mapping) else ""
        new_ref = new.get("$ref", "") if isinstance(new, Mapping) else ""
        old, new = self._resolve(self.old, old), self._resolve(self.new, new)
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            return
        if old_ref and new_ref:
            # Compare each pair of named schemas once (also stops recursive schemas); open_union only
            # changes the outcome for an enum itself.
            key = (old_ref, new_ref, direction, open_union and ("enum" in old or "const" in old))
            if key in self._seen:
                return
            self._seen.add(key)

        old_types, new_types = self._types(self.old, old), self._types(self.new, new)
        lost = sorted(t for t in old_types if not _covers(new_types, t))
        if lost:
            self.report(where, f"type narrowed: {', '.join(lost)} no longer allowed")
        if direction == RESPONSE:
            gained = sorted(t for t in new_types if not _covers(old_types, t))
            if gained:
                self.report(where, f"response type widened: may now be {', '.join(gained)}")

        old_values, new_values = self._enum_values(self.old, old), self._enum_values(self.new, new)
        removed = sorted(map(repr, old_values - new_values))
        if removed:
            self.report(where, f"enum value removed: {', '.join(removed)}")
        if direction == RESPONSE and not open_union:
            old_closed, new_closed = self._closed_enum(self.old, old), self._closed_enum(self.new, new)
            if old_closed is not None and new_closed is not None and new_closed - old_closed:
                added = ", ".join(sorted(map(repr, new_closed - old_closed)))
                self.report(where, f"new value in a closed response enum: {added}")

        old_props, new_props = self._properties(self.old, old), self._properties(self.new, new)
        old_required, new_required = self._required(self.old, old), self._required(self.new, new)
        for name, old_prop in old_props.items():
            if name not in new_props:
                self.report(f"{where}.{name}", "field removed")
            else:
                self._schema(f"{where}.{name}", old_prop, new_props[name], direction)
        if direction == REQUEST:
            for name in sorted(new_required - old_required):
                self.report(f"{where}.{name}", "new required request field")
            if (
                old.get("additionalProperties", True) is not False
                and new.get("additionalProperties", True) is False
            ):
                self.report(where, "additional request fields no longer accepted")
        else:
            for name in sorted(old_required - new_required):
                if name in new_props:
                    self.report(f"{where}.{name}", "response field no longer always sent")

        if isinstance(old.get("items"), Mapping) and isinstance(new.get("items"), Mapping):
            self._schema(f"{where}[]", old["items"], new["items"], direction)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, Mapping) and isinstance(new_extra, Mapping):
            self._schema(f"{where}{{*}}", old_extra, new_extra, direction)
        for old_member, new_member in self._paired_members(old, new):
            self._schema(where, old_member, new_member, direction, self._closed_enum(self.new, new) is None)

    def _paired_members(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[tuple[Any, Any]]:
        """anyOf/oneOf members that correspond (same $ref, else same position)."""
        for keyword in ("anyOf", "oneOf"):
            old_members, new_members = old.get(keyword, []), new.get(keyword, [])
            new_by_ref = {m["$ref"]: m for m in new_members if isinstance(m, Mapping) and "$ref" in m}
            for index, member in enumerate(old_members):
                if isinstance(member, Mapping) and "$ref" in member:
                    if member["$ref"] in new_by_ref:
                        yield member, new_by_ref[member["$ref"]]
                elif index < len(new_members) and not (
                    isinstance(new_members[index], Mapping) and "$ref" in new_members[index]
                ):
                    yield member, new_members[index]

    def _resolve(self, document: Mapping[str, Any], node: Any) -> Any:
        for _ in range(50):
            if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
                return node
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise UsageError(f"only local $refs are supported, got {ref}")
            target: Any = document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        raise UsageError("$ref chain too long")

    def _members(
        self, document: Mapping[str, Any], schema: Mapping[str, Any], keyword: str
    ) -> list[Mapping[str, Any]]:
        members = [self._resolve(document, m) for m in schema.get(keyword, [])]
        return [m for m in members if isinstance(m, Mapping)]

    def _types(self, document: Mapping[str, Any], schema: Mapping[str, Any]) -> set[str]:
        """The JSON types a schema accepts ("any" when unconstrained)."""
        if "type" in schema:
            declared = schema["type"]
            return set(declared if isinstance(declared, list) else [declared])
        if "const" in schema:
            return {_json_type(schema["const"])}
        if "enum" in schema:
            return {_json_type(value) for value in schema["enum"]}
        alternatives = self._members(document, schema, "anyOf") + self._members(document, schema, "oneOf")
        if alternatives:
            return set().union(*(self._types(document, m) for m in alternatives))
        constraints = [self._types(document, m) for m in self._members(document, schema, "allOf")]
        constraints = [c for c in constraints if "any" not in c]
        if constraints:
            return set.intersection(*constraints)
        return {"any"}

    def _enum_values(self, document: Mapping[str, Any], schema: Mapping[str, Any]) -> set[Any]:
        """Every enum value the schema names, in itself or its anyOf/oneOf/allOf members."""
        values = {_hashable(v) for v in schema.get("enum", [])}
        for keyword in ("anyOf", "oneOf", "allOf"):
            for member in self._members(document, schema, keyword):
                values |= self._enum_values(document, member)
        return values

    def _closed_enum(self, document: Mapping[str, Any], schema: Mapping[str, Any]) -> set[Any] | None:
        """The complete set of values a closed enum allows, or None when other values are accepted too."""
        if "enum" in schema:
            return {_hashable(v) for v in schema["enum"]}
        if "const" in schema:
            return {_hashable(schema["const"])}
        alternatives = self._members(document, schema, "anyOf") + self._members(document, schema, "oneOf")
        if not alternatives:
            return None
        values: set[Any] = set()
        for member in alternatives:
            member_values = self._closed_enum(document, member)
            if member_values is None:
                return None
            values |= member_values
        return values

    def _properties(self, document: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
        properties = dict(schema.get("properties", {}))
        for keyword in ("allOf", "anyOf", "oneOf"):
            for member in self._members(document, schema, keyword):
                for name, prop in self._properties(document, member).items():
                    properties.setdefault(name, prop)
        return properties

    def _required(self, document: Mapping[str, Any], schema: Mapping[str, Any]) -> set[str]:
        required = set(schema.get("required", []))
        for member in self._members(document, schema, "allOf"):
            required |= self._required(document, member)
        return required


def _covers(types: set[str], json_type: str) -> bool:
    return "any" in types or json_type in types or (json_type == "integer" and "number" in types)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _hashable(value: Any) -> Any:
    return repr(value) if isinstance(value, (list, dict)) else value


# --- The mock's pytest fixture ---------------------------------------------------------------------------

# A public name -> its parameters as (name, has a default), () for attributes and fixtures.
FixtureAPI = dict[str, tuple[tuple[str, bool], ...]]


def fixture_api(source: str, where: str) -> FixtureAPI:
    """The fixtures and `CanvasMock`'s public members, read from the plugin's source."""
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        raise UsageError(f"{where} is not Python: {error}") from error
    api: FixtureAPI = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and any(_is_fixture(d) for d in node.decorator_list):
            api[f"fixture {node.name}"] = ()
        if isinstance(node, ast.ClassDef) and node.name == FIXTURE_CLASS:
            for item in node.body:
                for name in _assigned(item):
                    api[f"{FIXTURE_CLASS}.{name}"] = ()
                if not isinstance(item, ast.FunctionDef):
                    continue
                if item.name == "__init__":
                    for statement in ast.walk(item):
                        for target in _assigned_on_self(statement):
                            api[f"{FIXTURE_CLASS}.{target}"] = ()
                elif not item.name.startswith("_"):
                    api[f"{FIXTURE_CLASS}.{item.name}"] = _parameters(item)
    return {name: params for name, params in api.items() if not name.split(".")[-1].startswith("_")}


def _is_fixture(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Attribute) and target.attr == "fixture"


def _assigned(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def _assigned_on_self(node: ast.AST) -> list[str]:
    targets = node.targets if isinstance(node, ast.Assign) else []
    return [
        t.attr
        for t in targets
        if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"
    ]


def _parameters(function: ast.FunctionDef) -> tuple[tuple[str, bool], ...]:
    args = function.args
    positional = [*args.posonlyargs, *args.args][1:]  # without self
    with_default = len(args.defaults)
    params = [(a.arg, i >= len(positional) - with_default) for i, a in enumerate(positional)]
    params += [(a.arg, d is not None) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    return tuple(params)


def fixture_findings(old: FixtureAPI, new: FixtureAPI) -> list[str]:
    findings: list[str] = []
    for name, old_params in old.items():
        if name not in new:
            findings.append(f"{name}: removed from the canvas_mock fixture's API")
            continue
        new_params = dict(new[name])
        for param, _ in old_params:
            if param not in new_params:
                findings.append(f"{name}: parameter {param!r} removed")
        known = {param for param, _ in old_params}
        for param, has_default in new[name]:
            if param not in known and not has_default:
                findings.append(f"{name}: new required parameter {param!r}")
    return findings


def mock_version(pyproject: str, where: str) -> str:
    try:
        return str(tomllib.loads(pyproject)["project"]["version"])
    except (tomllib.TOMLDecodeError, KeyError) as error:
        raise UsageError(f"{where} has no [project] version") from error


def mock_at(repo: Path, revision: str) -> tuple[str, str] | None:
    """(plugin source, mock version) as committed at `revision`, or None when there was no plugin."""
    plugin = (MOCK / PLUGIN).as_posix()
    command = ["git", "cat-file", "-e", f"{revision}:{plugin}"]
    if subprocess.run(command, cwd=repo, capture_output=True, check=False).returncode != 0:
        return None
    pyproject = git(repo, "show", f"{revision}:{(MOCK / MOCK_PYPROJECT).as_posix()}")
    return git(repo, "show", f"{revision}:{plugin}"), mock_version(pyproject, f"{revision}:{MOCK}")


def mock_in(folder: Path) -> tuple[str, str]:
    try:
        pyproject = (folder / MOCK_PYPROJECT).read_text(encoding="utf-8")
        return (folder / PLUGIN).read_text(encoding="utf-8"), mock_version(pyproject, str(folder))
    except OSError as error:
        raise UsageError(f"cannot read {error.filename}: {error.strerror}") from error


def fixture_gate(old: tuple[str, str], new: tuple[str, str], base_name: str) -> int:
    (old_source, old_version), (new_source, new_version) = old, new
    findings = fixture_findings(fixture_api(old_source, base_name), fixture_api(new_source, "the plugin"))
    if not findings:
        print(
            "check_breaking: the canvas_mock fixture's API is unchanged or grew "
            f"({old_version} -> {new_version})"
        )
        return 0
    for finding in findings:
        print(f"  {finding}")
    if _major(new_version) > _major(old_version):
        print(
            "check_breaking: fixture API changes allowed by the mock's major bump "
            f"{old_version} -> {new_version}"
        )
        return 0
    print(
        f"check_breaking: {len(findings)} breaking change(s) to the canvas_mock fixture against {base_name} "
        f"without a major bump of canvas-account-reports-mock ({old_version} -> {new_version})"
    )
    return 1


def _major(version: str) -> int:
    head = version.split(".", 1)[0]
    return int(head) if head.isdigit() else 0


# --- Command line ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    baseline = parser.add_mutually_exclusive_group()
    baseline.add_argument("--base", metavar="REV", help="git revision to compare with (default: see above)")
    baseline.add_argument("--old", metavar="FILE", type=Path, help="an old spec file to compare with")
    parser.add_argument("--new", metavar="FILE", type=Path, help="the new spec (default: the working tree's)")
    parser.add_argument(
        "--repo", metavar="DIR", type=Path, default=ROOT, help="the git repository (default: this one)"
    )
    parser.add_argument(
        "--old-mock", metavar="DIR", type=Path, help="an old canvas-mock folder to compare with"
    )
    parser.add_argument(
        "--new-mock", metavar="DIR", type=Path, help="the new one (default: the working tree's)"
    )
    args = parser.parse_args(argv)
    try:
        fixture_status = 0
        has_mock = args.new_mock is not None or (args.repo / MOCK / PLUGIN).exists()
        if has_mock and (args.old_mock is not None or (args.old is None and args.new is None)):
            new_mock = mock_in(args.new_mock or args.repo / MOCK)
            if args.old_mock is not None:
                fixture_status = fixture_gate(mock_in(args.old_mock), new_mock, str(args.old_mock))
            else:
                revision = args.base or default_base(args.repo)
                old_mock = mock_at(args.repo, revision)
                if old_mock is None:
                    print(f"check_breaking: no {MOCK / PLUGIN} at {revision}; no fixture API to compare")
                else:
                    fixture_status = fixture_gate(old_mock, new_mock, f"{revision}:{MOCK / PLUGIN}")
        return max(fixture_status, spec_gate(args))
    except UsageError as error:
        print(f"check_breaking: {error}", file=sys.stderr)
        return 2


def spec_gate(args: argparse.Namespace) -> int:
    """The spec against its baseline (raises UsageError on bad input)."""
    new = load_file(args.new or args.repo / SPEC)
    if args.old is not None:
        old, base_name = load_file(args.old), str(args.old)
    else:
        revision = args.base or default_base(args.repo)
        at_revision, base_name = load_at(args.repo, revision, SPEC), f"{revision}:{SPEC}"
        if at_revision is None:
            print(f"check_breaking: no {SPEC} at {revision}; nothing to compare")
            return 0
        old = at_revision

    findings = Comparison(old, new).run()
    old_version, new_version = old.get("info", {}).get("version"), new.get("info", {}).get("version")
    if not findings:
        print(f"check_breaking: no breaking change against {base_name} ({old_version} -> {new_version})")
        return 0
    for finding in findings:
        print(f"  {finding}")
    if major(new) > major(old):
        bump = f"{old_version} -> {new_version}"
        print(f"check_breaking: {len(findings)} breaking change(s), allowed by the major version bump {bump}")
        return 0
    print(
        f"check_breaking: {len(findings)} breaking change(s) against {base_name} "
        f"without a major version bump (info.version {old_version} -> {new_version})"
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
