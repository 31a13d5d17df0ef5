"""The document passes openapi-spec-validator (as 3.1) and Redocly with our house rules, and each house
rule really fires: a lint config that silently checks nothing would pass the first test too."""

from __future__ import annotations

import copy
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator, validate

from canvas_contract import SPEC_PATH, load_spec

ROOT = Path(__file__).resolve().parents[2]
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


def _lint(path: Path) -> subprocess.CompletedProcess[str]:
    cmd = [str(REDOCLY), "lint", str(path), "--config", str(ROOT / "redocly.yaml"), "--format", "stylish"]
    return subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=120, check=False)


def test_openapi_spec_validator_accepts_it_as_3_1() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1.")
    validate(spec, cls=OpenAPIV31SpecValidator)


def test_info_version_is_semver() -> None:
    import re

    assert re.fullmatch(r"\d+\.\d+\.\d+", load_spec()["info"]["version"])


@pytest.mark.skipif(not REDOCLY.exists(), reason="node_modules missing: run `make setup`")
def test_redocly_lint_passes() -> None:
    result = _lint(SPEC_PATH)
    assert result.returncode == 0, result.stdout + result.stderr


def _drop_security(spec: dict[str, Any]) -> None:
    del spec["paths"]["/api/v1/accounts/{account_id}/reports/{report}"]["post"]["security"]


def _invalid_example(spec: dict[str, Any]) -> None:
    spec["components"]["examples"]["ReportCreated"]["value"]["progress"] = "zero"


def _no_4xx(spec: dict[str, Any]) -> None:
    responses = spec["paths"]["/api/v1/accounts/{account_id}/reports/{report}/{id}"]["get"]["responses"]
    for status in [s for s in responses if s.startswith("4")]:
        del responses[status]


def _snake_case_operation_id(spec: dict[str, Any]) -> None:
    spec["paths"]["/api/v1/accounts/{account_id}/reports"]["get"]["operationId"] = "list_available_reports"


def _missing_parameter_example(spec: dict[str, Any]) -> None:
    del spec["components"]["parameters"]["ReportId"]["example"]


def _missing_body_example(spec: dict[str, Any]) -> None:
    del spec["components"]["responses"]["NotFound"]["content"]["application/json"]["examples"]


@pytest.mark.skipif(not REDOCLY.exists(), reason="node_modules missing: run `make setup`")
@pytest.mark.parametrize(
    ("break_it", "rule"),
    [
        (_drop_security, "rule/operation-security"),
        (_invalid_example, "no-invalid-media-type-examples"),
        (_no_4xx, "operation-4xx-response"),
        (_snake_case_operation_id, "rule/operation-id-style"),
        (_missing_parameter_example, "rule/parameter-example"),
        (_missing_body_example, "rule/media-type-example"),
    ],
)
def test_house_rule_fires(tmp_path: Path, break_it: Callable[[dict[str, Any]], None], rule: str) -> None:
    spec = copy.deepcopy(load_spec())
    break_it(spec)
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    result = _lint(broken)
    assert result.returncode != 0
    assert rule in result.stdout + result.stderr
