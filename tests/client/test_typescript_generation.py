"""The TypeScript package's spec-derived facts: its version is the spec's, and its catalogue types cover
every catalogue report. (The drift gate for typescript/src/generated/ is in test_generation.py.)"""

from __future__ import annotations

import json
from pathlib import Path

from canvas_contract import load_spec

# Not client_fixtures.ROOT: how tests import each other is changing (tests as a package, issue 11).
ROOT = Path(__file__).resolve().parents[2]
TS_PACKAGE = ROOT / "typescript"
TS_GENERATED = TS_PACKAGE / "src" / "generated"


def test_package_version_is_the_spec_version() -> None:
    version = load_spec()["info"]["version"]
    package = json.loads((TS_PACKAGE / "package.json").read_text())
    assert package["name"] == "canvas-account-reports-client"
    assert package["version"] == version
    lock = json.loads((ROOT / "package-lock.json").read_text())
    assert lock["packages"]["typescript"]["version"] == version


def test_every_catalogue_report_has_its_parameter_type() -> None:
    """ReportParametersByType has one entry per x-report-catalogue report, in catalogue order."""
    catalogue = load_spec()["components"]["x-report-catalogue"]
    text = (TS_GENERATED / "catalogue.ts").read_text()
    body = text.split("export interface ReportParametersByType {", 1)[1].split("\n}\n", 1)[0]
    entries = [line for line in body.splitlines() if line.startswith('    "')]
    keys = [line.strip().split(":", 1)[0].strip('"') for line in entries]
    assert keys == list(catalogue)
