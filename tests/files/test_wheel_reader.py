"""The canvas-reports wheel reads report files and checks parameters without this repository:
catalogue.json ships inside it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from canvas_reports.report_files import shipped_catalogue


@pytest.mark.xdist_group("dist")  # the one `make dist` of the session (tests/conftest.py)
def test_the_wheel_ships_the_catalogue_and_reads_a_file(tmp_path: Path, built_dist: Path) -> None:
    (wheel,) = built_dist.glob("canvas_reports-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert "canvas_reports/catalogue.json" in archive.namelist()
        archive.extractall(tmp_path / "site")
    header = ",".join(c.name for c in shipped_catalogue()["provisioning_csv"].files[0].columns)
    (tmp_path / "users.csv").write_text(header + "\n1" + "," * header.count(",") + "\n")
    code = (
        "import warnings, canvas_reports as c; warnings.simplefilter('error');"
        "t = c.read_report('users.csv', 'provisioning_csv')['users'];"
        "print(c.__file__); print(next(iter(t)).canvas_user_id);"
        "print(c.check_parameters('provisioning_csv', {'user': True}).unknown[0][1])"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    location, value, suggestion = out.stdout.split()
    assert location.startswith(str(tmp_path / "site")) and value == "1"
    assert suggestion == "users"  # the parameter hints read the same shipped catalogue
