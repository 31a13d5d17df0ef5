"""Parameter hints: check a start's parameter names against the report's entry in the spec's catalogue.

Canvas ignores parameters a report does not read and enforces none of the ones its catalogue calls
required, so a typo (`user` for `users`) silently gives a different report. The hints catch that before
the request goes out, without refusing anything Canvas accepts: an unknown name is a warning (and is still
sent, since hosted Canvas has report types and parameters beyond the built-in ones) unless the caller asks
for strictness; a missing required parameter is always only a warning. Report types the catalogue does not
know (plugins) are not checked. The catalogue is the package's catalogue.json, generated from the spec.
"""

from __future__ import annotations

import difflib
import functools
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from canvas_reports.errors import UnknownParameter
from canvas_reports.report_files import shipped_document

__all__ = [
    "ParameterProblems",
    "ParameterWarning",
    "check_parameters",
    "known_parameters",
    "warn_about_parameters",
]


class Parameter(NamedTuple):
    """How a report reads one parameter (`read_as`), and what Canvas's catalogue says about it."""

    read_as: str
    listed: bool = False
    required: bool = False
    alias_of: str | None = None


@functools.cache
def parameter_catalogue() -> dict[str, dict[str, Parameter]]:
    """Every built-in report's parameters, by report type (read from catalogue.json on first use, so
    importing the package stays cheap)."""
    return {
        report: {name: Parameter(**fields) for name, fields in entry["parameters"].items()}
        for report, entry in shipped_document()["reports"].items()
    }


class ParameterWarning(UserWarning):
    """A start's parameters look wrong for the report type (unknown name, or a required one missing)."""


@dataclass(frozen=True)
class ParameterProblems:
    """What is wrong with a start's parameters: unknown names (with the closest known one) and missing
    required names. Empty when all is well or the report type is not a built-in one."""

    report_type: str
    unknown: tuple[tuple[str, str | None], ...] = ()
    missing: tuple[str, ...] = ()

    def unknown_message(self, name: str, suggestion: str | None) -> str:
        if suggestion is not None:
            return f"{self.report_type} does not read parameter `{name}`; did you mean `{suggestion}`?"
        known = known_parameters(self.report_type)
        own = [n for n, p in known.items() if not p.alias_of and n not in _COMMON]
        reads = ", ".join(f"`{n}`" for n in own) if own else "no report-specific parameters"
        return f"{self.report_type} does not read parameter `{name}` (it reads {reads})"

    def missing_message(self, name: str) -> str:
        return (
            f"{self.report_type}: parameter `{name}` is missing; Canvas's catalogue lists it as required "
            "(Canvas does not enforce it)"
        )

    def messages(self) -> list[str]:
        """One line per problem, unknown names first."""
        unknown = [self.unknown_message(n, s) for n, s in self.unknown]
        return unknown + [self.missing_message(n) for n in self.missing]


_COMMON = frozenset(("skip_message", "extra_text", "locale"))


def known_parameters(report_type: str) -> Mapping[str, Parameter]:
    """The parameters a built-in report reads (empty for a type the catalogue does not know)."""
    return parameter_catalogue().get(report_type, {})


def _closest(name: str, known: Mapping[str, Parameter]) -> str | None:
    folded = {n.lower(): n for n in known}
    if name.lower() in folded:
        return folded[name.lower()]
    match = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return match[0] if match else None


def check_parameters(report_type: str, parameters: Mapping[str, Any] | None) -> ParameterProblems:
    """The problems with `parameters` for `report_type`; no problems for report types not in the catalogue."""
    known = known_parameters(report_type)
    if not known:
        return ParameterProblems(report_type)
    given = dict(parameters or {})
    unknown = tuple((name, _closest(name, known)) for name in given if name not in known)
    present = set(given) | {p.alias_of for n, p in known.items() if n in given and p.alias_of}
    missing = tuple(n for n, p in known.items() if p.required and n not in present)
    return ParameterProblems(report_type, unknown, missing)


def warn_about_parameters(
    report_type: str, parameters: Mapping[str, Any] | None, *, strict: bool = False, stacklevel: int = 2
) -> ParameterProblems:
    """Warn (ParameterWarning) about each problem; with `strict`, raise UnknownParameter for the first
    unknown name instead. Returns the problems found."""
    problems = check_parameters(report_type, parameters)
    if strict and problems.unknown:
        name, suggestion = problems.unknown[0]
        message = problems.unknown_message(name, suggestion) + " (not sent: strict parameters)"
        raise UnknownParameter(message, report_type=report_type, name=name, suggestion=suggestion)
    for message in problems.messages():
        warnings.warn(ParameterWarning(message), stacklevel=stacklevel + 1)
    return problems
