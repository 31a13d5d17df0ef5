"""Everything about the mock that a caller may tune, in one frozen object.

Defaults are Canvas's own (throttle, duplicate window) or chosen so a report finishes in about three
seconds; every field can be set from a `MOCK_*` environment variable so `make mock` needs no flags.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

# The spec ships inside the package (a symlink to openapi/ in the repository, the file itself in the wheel).
DEFAULT_SPEC_PATH = Path(__file__).resolve().parent / "canvas-account-reports.yaml"


@dataclass(frozen=True)
class Settings:
    """How one mock instance behaves. `Settings.from_env()` reads the `MOCK_*` variables."""

    spec_path: Path = DEFAULT_SPEC_PATH
    # ":memory:" (the default) is private to one app; a file path survives restarts and can be shared.
    db_path: str = ":memory:"
    # Validate every request against the spec (400 on a violation). The speed target is measured with it on.
    validate_requests: bool = True
    # Also validate every response the mock sends; a violation is a mock bug and becomes a loud 500.
    strict: bool = False
    # Report lifecycle on the mock clock: seconds in `created`, then seconds until the job finalises.
    queue_seconds: float = 1.0
    run_seconds: float = 2.0
    # Start with the clock frozen (tests advance it through the control API).
    freeze_clock: bool = False
    # Canvas's Setting `recent_account_report_window_hours` for the 409 duplicate rule.
    duplicate_window_hours: float = 12.0
    # Canvas's leaky-bucket defaults (RequestThrottle): high-water mark, maximum, outflow per second,
    # and the cost charged up front and corrected to the real cost when the request ends.
    throttle_enabled: bool = True
    # The throttled answer: 429 as hosted Canvas sends it (the default), or 403, the text/plain answer of
    # self-hosted and older Canvas (`MOCK_THROTTLE_STATUS=403`). Bodies are the spec's examples.
    throttle_status: int = 429
    # Send `Retry-After` (whole seconds until the bucket is back under the mark) with the throttled
    # answer. Canvas's own middleware does not; a proxy in front of hosted Canvas may (tests use it).
    throttle_retry_after: bool = False
    throttle_high_water_mark: float = 600.0
    throttle_maximum: float = 800.0
    throttle_outflow: float = 10.0
    throttle_up_front_cost: float = 50.0
    # Fixed cost per request instead of the measured CPU time (handy to make the bucket overflow in tests).
    request_cost: float | None = None
    # Time zone of the seeded users and accounts: Report timestamps carry its offset.
    time_zone: str = "America/Denver"
    # Request bodies above this many bytes get a 400 before they are parsed.
    max_body_bytes: int = 1_048_576
    # Size of the seeded school: this many students (courses and enrollments grow with it). 200000 makes a
    # large school for the benchmarks in seconds; a MOCK_DB file remembers the size it was seeded with.
    seed_users: int = 2400
    # The root account's settings behind Canvas's conditional CSV columns, as `name` (on) or `-name` (off),
    # comma-separated, over seed.ACCOUNT_FEATURES: e.g. "temporary_enrollments,-pronouns".
    account_features: str = ""
    # The mock's memos (ARCHITECTURE.md lists them). Off (`MOCK_CACHES=0`), every answer is computed afresh:
    # slower, and the same answers, which tests/mock/test_caches.py checks.
    caches: bool = True

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from `MOCK_<FIELD>` variables (`MOCK_DB` for db_path, `MOCK_SPEC` for spec_path)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        aliases = {"db_path": "MOCK_DB", "spec_path": "MOCK_SPEC"}
        for f in fields(cls):
            name = aliases.get(f.name, "MOCK_" + f.name.upper())
            raw = env.get(name)
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(f.name, name, raw, getattr(cls(), f.name))
        return cls(**values)


def _parse(field_name: str, env_name: str, raw: str, default: Any) -> Any:
    """Turn one environment string into the field's type, with a message that names the variable."""
    try:
        if field_name == "spec_path":
            return Path(raw)
        if isinstance(default, bool):
            if raw.lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError("expected 1/0, true/false, yes/no or on/off")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float) or default is None:
            value = float(raw)
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError("expected a finite number")
            return value
        return raw
    except ValueError as exc:
        raise ValueError(f"{env_name}={raw!r}: {exc}") from None
