"""client_templates/UPSTREAM.md is the ledger of our forks of openapi-python-client's templates: each fork
is listed with how many lines it differs from the installed generator's stock template, and nothing else
is forked. A generator upgrade or a fork that quietly grows fails here, so the ledger says what to
re-apply."""

from __future__ import annotations

import difflib
import importlib.metadata
import re
from pathlib import Path

import openapi_python_client
import pytest

ROOT = Path(__file__).resolve().parents[2]
FORKS = ROOT / "client_templates"
LEDGER = FORKS / "UPSTREAM.md"
STOCK = Path(openapi_python_client.__file__).resolve().parent / "templates"


def ledger() -> tuple[str, dict[str, int]]:
    """The base version and {template path: allowed changed lines}, read from UPSTREAM.md."""
    text = LEDGER.read_text(encoding="utf-8")
    base = re.search(r"^Base: openapi-python-client (\S+)$", text, re.MULTILINE)
    assert base, "UPSTREAM.md names no base version (`Base: openapi-python-client X.Y.Z`)"
    rows = re.findall(r"^\| `([^`]+)` \| (\d+) \|", text, re.MULTILINE)
    return base.group(1), {path: int(lines) for path, lines in rows}


def forks(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.jinja")}


def changed_lines(fork: Path, stock: Path) -> int:
    """Lines added plus lines removed between the stock template and the fork."""
    diff = difflib.unified_diff(
        stock.read_text(encoding="utf-8").splitlines(), fork.read_text(encoding="utf-8").splitlines(), n=0
    )
    return sum(1 for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---")))


def problems(folder: Path, base: str, allowed: dict[str, int], installed: str) -> list[str]:
    found: list[str] = []
    if installed != base:
        found.append(
            f"the installed generator is {installed}, the ledger's base is {base}: re-apply the forks"
        )
    present = forks(folder)
    found += [f"{path}: forked but not in the ledger" for path in sorted(present - allowed.keys())]
    found += [f"{path}: in the ledger but not forked" for path in sorted(allowed.keys() - present)]
    for path in sorted(present & allowed.keys()):
        stock = STOCK / path
        if not stock.exists():
            found.append(f"{path}: the generator has no stock template of that name")
            continue
        lines = changed_lines(folder / path, stock)
        if lines > allowed[path]:
            found.append(f"{path}: differs from stock by {lines} lines, the ledger allows {allowed[path]}")
    return found


def test_every_fork_is_in_the_ledger_and_within_its_size() -> None:
    base, allowed = ledger()
    installed = importlib.metadata.version("openapi-python-client")
    assert problems(FORKS, base, allowed, installed) == []


def test_the_ledger_counts_are_current() -> None:
    """A fork that shrank is fine for the check above, but the ledger should then say so."""
    _, allowed = ledger()
    stale = {p: (n, changed_lines(FORKS / p, STOCK / p)) for p, n in allowed.items() if (FORKS / p).exists()}
    assert {p: counts for p, counts in stale.items() if counts[0] != counts[1]} == {}


@pytest.mark.parametrize(
    "edit, expected",
    [
        ("grow", "differs from stock by"),
        ("unlisted", "forked but not in the ledger"),
        ("removed", "in the ledger but not forked"),
    ],
)
def test_the_check_catches_drift(tmp_path: Path, edit: str, expected: str) -> None:
    base, allowed = ledger()
    for path in forks(FORKS):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text((FORKS / path).read_text(encoding="utf-8"), encoding="utf-8")
    small = "property_templates/boolean_property.py.jinja"
    if edit == "grow":
        (tmp_path / small).write_text((tmp_path / small).read_text(encoding="utf-8") + "\n{# one more #}\n")
    elif edit == "unlisted":
        (tmp_path / "client.py.jinja").write_text((STOCK / "client.py.jinja").read_text() + "\n# fork\n")
    else:
        (tmp_path / small).unlink()
    found = problems(tmp_path, base, allowed, base)
    assert len(found) == 1 and expected in found[0], found
    assert problems(tmp_path, base, allowed, "0.0.1")[0].startswith("the installed generator is 0.0.1")
