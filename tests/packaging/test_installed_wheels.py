"""Proved from outside: the wheels of `make dist`, installed into a fresh venv outside the checkout, are
all another team needs. A consumer project (tests/consumer/, copied out) runs its pytest suite against the
`canvas_mock` fixture with the helpers; `canvas-mock` serves; `canvas-contract mock` passes and writes
JUnit; `canvas-contract recording` checks a recording. The mock's and the contract's wheels each carry the
spec, byte for byte the one in openapi/.

One venv per module, its dependencies held to the versions in uv.lock (so uv's cache, filled by `make`,
serves them and a new upstream release cannot turn this red overnight; the registry is asked only for what
the cache lacks): about 15 s, so it runs in `make test` on every machine, CI included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "canvas-account-reports.yaml"
UV = ROOT / ".tools" / "bin" / "uv"
EMBEDDED = {
    "canvas_account_reports_mock": "mock_canvas/canvas-account-reports.yaml",
    "canvas_account_reports_contract": "canvas_contract/canvas-account-reports.yaml",
}


@dataclass
class Installed:
    dist: Path
    venv: Path
    outside: Path  # a working directory with no checkout above it

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}/usr/bin{os.pathsep}/bin"
        return env

    def run(self, *command: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(part) for part in command],
            cwd=self.outside,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def _check(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"{result.args}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


pytestmark = pytest.mark.xdist_group("dist")  # the one `make dist` of the session (tests/conftest.py)


@pytest.fixture(scope="session")  # not torn down if xdist interleaves another "dist" module's tests
def installed(tmp_path_factory: pytest.TempPathFactory, built_dist: Path) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("outside")
    dist = built_dist
    outside = base / "work"
    outside.mkdir()
    where = Installed(dist, base / "venv", outside)
    _check(where.run(UV, "venv", "--quiet", "--python", sys.executable, where.venv))
    wheels = sorted(dist.glob("*.whl"))
    assert len(wheels) == 4, wheels
    constraints = base / "constraints.txt"
    export = ["export", "--frozen", "--no-hashes", "--format", "requirements-txt", "--no-emit-workspace"]
    exported = subprocess.run(
        [UV, *export, "--all-groups", "--output-file", constraints],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    _check(exported)
    # The wheel files themselves (never a same-named package from the registry), plus their dependencies.
    _check(
        where.run(
            UV,
            "pip",
            "install",
            "--quiet",
            "--python",
            where.venv / "bin" / "python",
            *wheels,
            "pytest",
            "--constraint",
            constraints,
        )
    )
    yield where


def test_the_wheels_embed_the_spec_byte_for_byte(installed: Installed) -> None:
    for name, member in EMBEDDED.items():
        (wheel,) = installed.dist.glob(f"{name}-*.whl")
        with zipfile.ZipFile(wheel) as archive:
            assert archive.read(member) == SPEC.read_bytes(), f"{wheel.name}:{member} differs from {SPEC}"


def test_the_packages_come_from_the_venv_not_the_checkout(installed: Installed) -> None:
    code = (
        "import canvas_contract, canvas_reports, mock_canvas.settings as s;"
        "print(canvas_contract.SPEC_PATH); print(s.DEFAULT_SPEC_PATH); print(canvas_reports.__file__)"
    )
    paths = _check(installed.run(installed.venv / "bin" / "python", "-c", code)).split()
    assert all(p.startswith(str(installed.venv)) for p in paths), paths
    assert all(Path(p).read_bytes() == SPEC.read_bytes() for p in paths[:2])


def test_the_consumer_suite_passes_with_the_fixture(installed: Installed) -> None:
    project = installed.outside / "consumer"
    shutil.copytree(ROOT / "tests" / "consumer", project)
    result = installed.run(installed.venv / "bin" / "python", "-m", "pytest", "-q", project)
    out = _check(result)
    assert "5 passed" in out, out


def test_canvas_mock_serves(installed: Installed) -> None:
    proc = subprocess.Popen(
        [installed.venv / "bin" / "canvas-mock", "--port", "0"],
        cwd=installed.outside,
        env=installed.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("MOCK_CANVAS_URL=http://127.0.0.1:"), line
        url = line.split("=", 1)[1]
        request = urllib.request.Request(
            url + "/api/v1/accounts/1/reports", headers={"Authorization": "Bearer mock-admin-token"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_canvas_contract_mock_passes_and_writes_junit(installed: Installed) -> None:
    reports = installed.outside / "contract-reports"
    result = installed.run(
        installed.venv / "bin" / "canvas-contract",
        "mock",
        "--phases",
        "examples",
        "--seed",
        "1",
        "--report-dir",
        reports,
    )
    _check(result)
    suite = ET.parse(reports / "contract-junit.xml").getroot()
    cases = suite.findall(".//testcase")
    assert cases and not suite.findall(".//failure") and not suite.findall(".//error")


def test_canvas_contract_recording_and_its_exit_codes(installed: Installed) -> None:
    recording = ROOT / "tests" / "contract" / "fixtures" / "canvas-session.har"
    contract = installed.venv / "bin" / "canvas-contract"
    junit = installed.outside / "recording-junit.xml"
    assert installed.run(contract, "recording", "--junit", junit, recording).returncode == 0
    assert ET.parse(junit).getroot().get("tests") == "1"
    missing = installed.run(contract, "recording", installed.outside / "nope.har")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    no_token = installed.run(contract, "live", "--base-url", "https://canvas.example.edu", "--account", "1")
    assert no_token.returncode == 2 and "CANVAS_TOKEN" in no_token.stderr
