"""load_spec: one loader for every reader of the document, cached by default, fresh on request."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from canvas_contract import SPEC_PATH, load_spec


def test_cached_by_default_and_fresh_on_request(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(SPEC_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    cached = load_spec(path)
    assert load_spec(path) is cached
    assert cached == yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    path.write_text(
        yaml.safe_dump({**cached, "info": {**cached["info"], "version": "9.9.9"}}), encoding="utf-8"
    )
    assert load_spec(path)["info"]["version"] == cached["info"]["version"]
    fresh = load_spec(path, fresh=True)
    assert fresh["info"]["version"] == "9.9.9" and fresh is not load_spec(path, fresh=True)


def test_a_file_that_is_no_openapi_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "not-a-spec.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ValueError, match="is not an OpenAPI document"):
        load_spec(path, fresh=True)
