"""The report catalogue (`components.x-report-catalogue`) is complete, consistent with itself and with the
AvailableReports example, and agrees with the reference read from Canvas's source (when it is present)."""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from canvas_contract import catalogue as cat
from canvas_contract import load_spec, resolve, schema_validator

SPEC = load_spec()
SCHEMAS = SPEC["components"]["schemas"]
CATALOGUE = cat.report_catalogue(SPEC)
REPORTS = list(CATALOGUE)
ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(
    os.environ.get(
        "CANVAS_CATALOGUE_REFERENCE", ROOT.parent / "shared" / "reference" / "report-catalogue.json"
    )
)
SCALAR_TYPES = {"integer", "number", "boolean", "string"}


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def _ref_name(node: Mapping[str, Any]) -> str:
    return str(node["$ref"]).rsplit("/", 1)[-1]


def test_twenty_built_in_reports_in_type_order() -> None:
    assert len(REPORTS) == 20
    assert sorted(REPORTS) == REPORTS
    assert set(REPORTS) == set(SCHEMAS["ReportType"]["examples"])


@pytest.mark.parametrize("report", REPORTS)
def test_entry_is_complete(report: str) -> None:
    entry = CATALOGUE[report]
    assert set(entry) == {"title", "job", "parameters", "output"}
    assert isinstance(entry["title"], str) and entry["title"]
    assert entry["job"]["runner"] in ("single", "parallel")
    assert entry["job"]["progress"] in ("tracked", "untracked")
    assert _ref_name(entry["parameters"]) == f"{_pascal(report)}Parameters"
    output = entry["output"]
    assert output["kind"] in cat.OUTPUT_KINDS
    assert output["files"], "every report writes at least one file"
    tables = [f["table"] for f in output["files"]]
    assert len(set(tables)) == len(tables)
    for file in output["files"]:
        allowed = {"table", "name", "row", "selected_by", "empty_row", "placeholder"}
        assert {"table", "name", "row"} <= set(file) <= allowed, file
        if output["kind"] == "by_selection":
            assert file["selected_by"] in cat.parameters(report, SPEC)
            assert cat.parameters(report, SPEC)[file["selected_by"]]["x-read-as"] == "flag"
            assert _ref_name(file["row"]) == f"{_pascal(report)}{_pascal(file['table'])}Row"
        else:
            assert "selected_by" not in file
            assert len(output["files"]) == 1 and file["table"] == report
            # One schema per file, named after the report, unless Canvas writes the same file for
            # several reports (one method, one header): then they share one schema, written once.
            shared = sum(
                1 for e in CATALOGUE.values() for f in e["output"]["files"] if f["row"] == file["row"]
            )
            assert _ref_name(file["row"]) == f"{_pascal(report)}Row" or shared > 1


@pytest.mark.parametrize("report", REPORTS)
def test_parameter_schema_follows_the_format(report: str) -> None:
    schema = cat.parameters_schema(report, SPEC)
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is True  # Canvas ignores keys it does not read
    assert "required" not in schema  # Canvas enforces nothing; x-required is advisory
    params = cat.parameters(report, SPEC)
    assert {"skip_message", "extra_text", "locale"} <= set(params)
    for name, node in params.items():
        assert node["x-read-as"] in cat.READ_AS, name
        assert isinstance(node.get("description"), str) and node["description"], name
        if node.get("x-required"):
            assert node.get("x-listed"), f"{name}: only a listed parameter can be required"
        if "x-alias-of" in node:
            assert node["x-alias-of"] in params, name
    listed = [n for n, node in params.items() if node.get("x-listed")]
    assert listed == list(params)[: len(listed)], "listed parameters come first, in catalogue order"
    if schema.get("x-catalogue-parameters", "absent") is None:
        assert not listed
    else:
        assert "x-catalogue-parameters" not in schema


def _files() -> Iterator[Any]:
    for report in REPORTS:
        for file in cat.report_files(report, SPEC):
            yield pytest.param(report, file, id=f"{report}/{file['table']}")


@pytest.mark.parametrize(("report", "file"), list(_files()))
def test_row_schema_follows_the_format(report: str, file: dict[str, Any]) -> None:
    row = file["row"]
    assert row["type"] == "object" and row["additionalProperties"] is True
    params = cat.parameters(report, SPEC)
    columns = list(cat.columns(row, repeat_labels=("Fall",)))
    assert columns
    for column in columns:
        types = column.schema["type"]
        assert isinstance(types, list) and "null" in types, column.name  # an empty cell is null
        assert set(types) - {"null"} <= SCALAR_TYPES and len(types) == 2, column.name
        if column.schema.get("format") is not None:
            assert column.schema["format"] == "date-time" and "string" in types
        if "x-condition-parameter" in column.schema:
            assert column.schema["x-condition-parameter"] in params
            assert column.condition
        if "x-condition-setting" in column.schema:
            assert column.condition
    # A row of the right shape validates; a wrongly typed id cell does not (the schema can fail).
    sample = {c.name: None for c in columns}
    assert schema_validator(row).is_valid(sample)
    typed = next((c for c in columns if "integer" in c.schema["type"]), None)
    if typed is not None:
        assert not schema_validator(row).is_valid({**sample, typed.name: "not a number"})


def test_available_reports_example_is_the_catalogue_derivation() -> None:
    """One source: the example (the fixture the client and CLI tests use) equals what the catalogue gives."""
    assert SPEC["components"]["examples"]["AvailableReports"]["value"] == cat.available_reports(SPEC)


def test_the_derivation_validates_and_is_sorted_by_title() -> None:
    derived = cat.available_reports(SPEC)
    titles = [e["title"] for e in derived]
    assert titles == sorted(titles)
    validator = schema_validator({"type": "array", "items": {"$ref": "#/components/schemas/AvailableReport"}})
    assert validator.is_valid(derived)
    nulls = {e["report"] for e in derived if e["parameters"] is None}
    assert nulls == {"developer_key_report_csv", "outcome_export_csv"}


def _referenced(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.split("/")[3]
        for value in node.values():
            yield from _referenced(value)
    elif isinstance(node, list):
        for value in node:
            yield from _referenced(value)


def _unused_schemas(spec: Mapping[str, Any]) -> set[str]:
    components = spec["components"]
    roots = [spec["paths"], components[cat.CATALOGUE_KEY]] + [
        v for k, v in components.items() if k not in ("schemas", cat.CATALOGUE_KEY)
    ]
    reached: set[str] = set()
    todo = [name for root in roots for name in _referenced(root)]
    while todo:
        name = todo.pop()
        if name not in reached:
            reached.add(name)
            todo.extend(_referenced(components["schemas"][name]))
    return set(components["schemas"]) - reached


def test_every_schema_is_used() -> None:
    """Redocly's no-unused-components does not follow refs inside extensions, so this check replaces it:
    every schema is reachable from the paths, the other components or the catalogue."""
    assert _unused_schemas(SPEC) == set()


def test_an_unused_schema_is_caught() -> None:
    """The check can fail: a row schema no catalogue entry points at is reported."""
    spec = copy.deepcopy(SPEC)
    spec["components"][cat.CATALOGUE_KEY]["zero_activity_csv"]["output"]["files"][0]["row"] = {
        "$ref": "#/components/schemas/UnusedCoursesCsvRow"
    }
    assert _unused_schemas(spec) == {"ZeroActivityCsvRow"}


def test_columns_expand_repeats_and_duplicates() -> None:
    mgp = cat.report_files("mgp_grade_export_csv", SPEC)[0]["row"]
    names = cat.header(mgp, repeat_labels=("Q1", "Q2"))
    start = names.index("grading period set id") + 1
    assert names[start : start + 2] == ["Q1 grading period id", "Q1 current score"]
    assert names.count("Q2 override grade") == 1 and names[-1] == "override grade"
    sis = {f["table"]: f["row"] for f in cat.report_files("sis_export_csv", SPEC)}
    assert cat.header(sis["enrollments"])[-4:] == [
        "temporary_enrollment_source_user_id",
        "canvas_temporary_enrollment_source_user_id",
        "temporary_enrollment_source_user_id",
        "root_account",
    ]


# --- Against the reference read from Canvas's source ----------------------------------------------------

reference_only = pytest.mark.skipif(not REFERENCE.exists(), reason=f"reference not found at {REFERENCE}")
COMMON = {"skip_message", "extra_text", "locale"}


def _reference() -> dict[str, Any]:
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return {r["report"]: r for r in data["reports"]}


def _reference_files(ref: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    """(table, header) per file as the reference lists them, conditional marks ('?') dropped."""
    report, output = ref["report"], ref["output"]
    if report in ("provisioning_csv", "sis_export_csv"):
        key = "provisioning_header" if report == "provisioning_csv" else "sis_export_header"
        by_type = {f["object_type"]: f for f in output["files"]}
        return [(t, [h.rstrip("?") for h in by_type[t][key]]) for t in output["file_order"]]
    (file,) = output["files"]
    if report == "mgp_grade_export_csv":
        per_gp = [h.rstrip("?").replace("<gp>", "Q1") for h in file["header_per_grading_period"]]
        header = (
            [h.rstrip("?") for h in file["header_prefix"]]
            + per_gp
            + [h.rstrip("?") for h in file["header_suffix"]]
        )
        return [(report, header)]
    if report == "outcome_export_csv":
        return [(report, file["header_otherwise"])]
    return [(report, [h.rstrip("?") for h in file["header"]])]


@reference_only
@pytest.mark.parametrize("report", REPORTS)
def test_headers_equal_the_reference(report: str) -> None:
    ref = _reference()[report]
    ours = [
        (f["table"], cat.header(f["row"], repeat_labels=("Q1",) if report == "mgp_grade_export_csv" else ()))
        for f in cat.report_files(report, SPEC)
    ]
    assert ours == _reference_files(ref)
    assert CATALOGUE[report]["title"] == ref["title"]


@reference_only
@pytest.mark.parametrize("report", REPORTS)
def test_conditional_columns_equal_the_reference(report: str) -> None:
    ref = _reference()[report]
    if report == "outcome_export_csv":
        file = ref["output"]["files"][0]
        expected = {
            h
            for h in file["header_otherwise"]
            if h not in file["header_when_account_level_mastery_scales_enabled"]
        }
        expected_by_table = {report: expected}
    elif report == "mgp_grade_export_csv":
        file = ref["output"]["files"][0]
        marked = file["header_prefix"] + file["header_per_grading_period"] + file["header_suffix"]
        expected_by_table = {report: {h.rstrip("?").replace("<gp>", "Q1") for h in marked if h.endswith("?")}}
    else:
        expected_by_table = {table: set() for table, _ in _reference_files(ref)}
        key = {"provisioning_csv": "provisioning_header", "sis_export_csv": "sis_export_header"}.get(
            report, "header"
        )
        for file in ref["output"]["files"]:
            table = file.get("object_type", report)
            expected_by_table[table] = {h.rstrip("?") for h in file[key] if h.endswith("?")}
    for file in cat.report_files(report, SPEC):
        labels = ("Q1",) if report == "mgp_grade_export_csv" else ()
        conditional = {c.name for c in cat.columns(file["row"], repeat_labels=labels) if c.condition}
        assert conditional == expected_by_table[file["table"]], file["table"]


@reference_only
@pytest.mark.parametrize("report", REPORTS)
def test_parameters_equal_the_reference(report: str) -> None:
    ref = _reference()[report]
    params = cat.parameters(report, SPEC)
    read = [p["name"] for p in ref["parameters_read"]]
    assert set(params) == set(read) | COMMON
    listed = ref["catalogue_parameters"]
    assert cat.listed_parameters(report, SPEC) == (
        None
        if listed is None
        else {
            name: {"required": v["required"], "description": v["description"]} for name, v in listed.items()
        }
    )
    if listed is not None:
        assert list(cat.listed_parameters(report, SPEC) or {}) == list(listed)  # Canvas's order
    kinds = {
        "boolean flag": "flag",
        "raw truthiness": "truthy",
        "truthiness": "truthy",
        "datetime": "datetime",
    }
    for p in ref["parameters_read"]:
        for prefix, kind in kinds.items():
            if p["read_as"].startswith(prefix):
                assert params[p["name"]]["x-read-as"] == kind, p["name"]


@reference_only
def test_enrollment_filter_description_is_canvas_order() -> None:
    """D2: Canvas renders Enrollment.valid_types.to_sentence (Teacher, Ta, Designer, Student, Observer)."""
    text = cat.parameters("provisioning_csv", SPEC)["enrollment_filter"]["description"]
    assert re.search(
        r"TeacherEnrollment, TaEnrollment, DesignerEnrollment, StudentEnrollment, and ObserverEnrollment",
        text,
    )


def test_resolve_reaches_every_catalogue_ref() -> None:
    for report in REPORTS:
        assert resolve(CATALOGUE[report]["parameters"], SPEC)["type"] == "object"


def test_reference_tag_embeds_every_catalogue_schema_once() -> None:
    """`make docs` renders the catalogue through this tag: each parameter and row schema appears once."""
    description = cat.reference_tag(SPEC)["description"]
    embedded = re.findall(r'\{% schemaDefinition schemaRef="#/components/schemas/(\w+)" /%\}', description)
    expected = []
    for report in REPORTS:
        expected.append(_ref_name(CATALOGUE[report]["parameters"]))
        expected.extend(_ref_name(f["row"]) for f in CATALOGUE[report]["output"]["files"])
    assert embedded == expected
    assert cat.with_reference_tag(SPEC)["tags"][-1]["name"] == cat.REFERENCE_TAG
    assert SPEC["tags"][-1]["name"] != cat.REFERENCE_TAG  # the spec itself holds no copy


def test_report_jobs_reads_every_entry_s_job() -> None:
    jobs = cat.report_jobs(SPEC)
    assert list(jobs) == list(CATALOGUE)
    for report, job in jobs.items():
        entry = CATALOGUE[report]["job"]
        assert job.parallel == (entry["runner"] == "parallel")
        assert job.tracks_progress == (entry["progress"] == "tracked")
        assert job.date_window_days == entry.get("date_window_days")


@pytest.mark.parametrize(
    ("job", "complaint"),
    [
        ({"progress": "tracked"}, "needs runner"),
        ({"runner": "single", "progress": "sometimes"}, "needs progress"),
        ({"runner": "single", "progress": "tracked", "date_window_days": 0}, "positive integer"),
        ({"runner": "single", "progress": "tracked", "date_window_days": True}, "positive integer"),
    ],
)
def test_report_jobs_names_a_broken_job(job: dict[str, Any], complaint: str) -> None:
    broken = copy.deepcopy(SPEC)
    broken["components"]["x-report-catalogue"]["provisioning_csv"]["job"] = job
    with pytest.raises(cat.CatalogueError, match=f"provisioning_csv/job.*{complaint}"):
        cat.report_jobs(broken)
