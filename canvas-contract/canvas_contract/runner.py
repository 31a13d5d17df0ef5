"""Run the schemathesis contract tests against the mock Canvas or a live Canvas (`canvas-contract`).

Why a driver and not a bare `schemathesis run`: the mock must be started on a free port and stopped
after; a live run must be made safe (GET only unless CONTRACT_ALLOW_WRITES=1, one worker, a rate limit,
one account) and must delete every report it started, which needs work before and after schemathesis.
The test settings themselves live in schemathesis.toml (shipped in this package); this only adds what
differs per run. `canvas-contract mock|live` (canvas_contract.cli) turns its options into the variables
below; `run(env)` reads them (scripts/contract.py and `make contract` call it with the environment).
After schemathesis, the report files are checked against the spec's catalogue (`check_files`).

Environment:
  CANVAS_BASE_URL, CANVAS_TOKEN, CANVAS_ACCOUNT_ID   all three: live mode against that Canvas
  CONTRACT_ALLOW_WRITES=1   live mode may start, abort and delete reports (only its own; all deleted after)
  CONTRACT_SAFE_REPORT      report type live writes start (default: the first one without parameters)
  CONTRACT_MAX_EXAMPLES     test cases per operation and phase (default 25 mock, 5 live)
  CONTRACT_SEED             seed (default: fixed when CI=true, random otherwise)
  CONTRACT_WORKERS          mock mode only (default 1: Hypothesis's caches are not thread-safe); live: one
  CONTRACT_RATE_LIMIT       live mode request rate, schemathesis syntax (default 2/s)
  CONTRACT_PHASES           comma-separated phases (default: all four)
  CONTRACT_REPORT_DIR       where the JUnit report, ledger and cleanup summary go (default ./reports)
  MOCK_*                    mock mode: the mock's settings, e.g. MOCK_THROTTLE_STATUS=403 (self-hosted
                            throttle answer; default 429, hosted Canvas)
Exit status: schemathesis's (0 = no failures), or 1 when cleanup left a started report behind, 2 on
bad configuration.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

import requests

from canvas_contract import SPEC_PATH
from canvas_contract.testing import transport as contract_transport

CONFIG_PATH = Path(__file__).resolve().parent / "schemathesis.toml"

# The mock's documented tokens: an account admin, and a scoped key holding only the GET scopes.
MOCK_ADMIN_TOKEN = "mock-admin-token"
MOCK_READONLY_TOKEN = "mock-readonly-token"
CI_SEED = 20260210  # fixed in CI so a red run can be replayed exactly
USER_AGENT = "canvas-account-reports-contract/1.0 (+schemathesis)"


class ConfigurationError(Exception):
    """Missing or inconsistent settings (reported in one line, exit status 2)."""


@dataclass
class Run:
    live: bool
    base_url: str
    token: str
    account_id: str | None
    allow_writes: bool
    max_examples: int
    seed: int | None
    workers: int
    rate_limit: str | None
    phases: str | None
    report_dir: Path

    @property
    def ledger(self) -> Path:
        """Per run: two runs sharing a report directory must not delete each other's reports."""
        return self.report_dir / f"contract-ledger-{os.getpid()}.jsonl"


def settings_from_env(env: dict[str, str], base_url: str | None = None) -> Run:
    live_vars = {k: env.get(k, "") for k in ("CANVAS_BASE_URL", "CANVAS_TOKEN", "CANVAS_ACCOUNT_ID")}
    live = any(live_vars.values())
    if live and not all(live_vars.values()):
        missing = ", ".join(k for k, v in live_vars.items() if not v)
        raise ConfigurationError(
            f"live mode needs CANVAS_BASE_URL, CANVAS_TOKEN and CANVAS_ACCOUNT_ID; missing {missing}"
        )
    if live and not live_vars["CANVAS_BASE_URL"].startswith(("https://", "http://")):
        raise ConfigurationError(
            f"CANVAS_BASE_URL must be an http(s) URL, got {live_vars['CANVAS_BASE_URL']!r}"
        )

    def integer(name: str, default: int) -> int:
        value = env.get(name, "") or str(default)
        if not value.isdigit() or int(value) < 1:
            raise ConfigurationError(f"{name} must be a positive integer, got {value!r}")
        return int(value)

    seed_text = env.get("CONTRACT_SEED", "")
    if seed_text and not seed_text.isdigit():
        raise ConfigurationError(f"CONTRACT_SEED must be an integer, got {seed_text!r}")
    seed = int(seed_text) if seed_text else (CI_SEED if env.get("CI", "").lower() == "true" else None)
    return Run(
        live=live,
        base_url=(live_vars["CANVAS_BASE_URL"] if live else base_url or "").rstrip("/"),
        token=live_vars["CANVAS_TOKEN"] if live else "",
        account_id=live_vars["CANVAS_ACCOUNT_ID"] or None,
        allow_writes=not live or env.get("CONTRACT_ALLOW_WRITES") == "1",
        max_examples=integer("CONTRACT_MAX_EXAMPLES", 5 if live else 25),
        seed=seed,
        workers=1 if live else integer("CONTRACT_WORKERS", 1),
        rate_limit=(env.get("CONTRACT_RATE_LIMIT") or "2/s")
        if live
        else env.get("CONTRACT_RATE_LIMIT") or None,
        phases=env.get("CONTRACT_PHASES") or None,
        report_dir=Path(env.get("CONTRACT_REPORT_DIR") or "reports"),
    )


def log(message: str) -> None:
    print(f"contract: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------
# Live-mode preparation and cleanup


def api(run: Run, method: str, url: str, **kwargs: object) -> requests.Response:
    headers = {"Authorization": f"Bearer {run.token}", "User-Agent": USER_AGENT, "Accept": "application/json"}
    return requests.request(method, url, headers=headers, timeout=30, **kwargs)  # type: ignore[arg-type]


def account_url(run: Run) -> str:
    return f"{run.base_url}/api/v1/accounts/{quote(run.account_id or '', safe=':~')}/reports"


def choose_safe_report(run: Run, env: dict[str, str]) -> str:
    """The report type live writes may start: the requested one, else the first without parameters."""
    response = api(run, "GET", account_url(run))
    if response.status_code != 200:
        raise ConfigurationError(
            f"listing available reports failed: {response.status_code} {response.text[:200]}"
        )
    available = response.json()
    names = [entry["report"] for entry in available]
    wanted = env.get("CONTRACT_SAFE_REPORT")
    if wanted:
        if wanted not in names:
            raise ConfigurationError(
                f"CONTRACT_SAFE_REPORT={wanted} is not available on account {run.account_id}"
            )
        return wanted
    for entry in available:
        if entry.get("parameters") is None:
            return entry["report"]
    if not names:
        raise ConfigurationError(f"account {run.account_id} has no reports to start")
    return names[0]


def start_target_report(run: Run, report: str) -> None:
    """Start one report up front, so deleteReport/abortReport cases always have a report of our own."""
    # A parameter of our own makes it unique, so it is never a 409 duplicate of someone else's report.
    parameters = {"skip_message": True, "contract_run": time.strftime("%Y%m%dT%H%M%S")}
    response = api(run, "POST", f"{account_url(run)}/{report}", json={"parameters": parameters})
    if response.status_code != 200:
        raise ConfigurationError(
            f"starting a {report} report failed: {response.status_code} {response.text[:200]}"
        )


def cleanup(run: Run) -> list[str]:
    """Delete every report the run started; return the ones still not deleted afterwards."""
    # Only what this run started on this server (a safety net: the ledger is per run already).
    entries = [
        e for e in contract_transport.read_ledger(run.ledger) if e["url"].startswith(run.base_url + "/")
    ]
    left: list[str] = []
    results = []
    for entry in entries:
        url = entry["url"]
        deleted = api(run, "DELETE", url)
        # 404: the run deleted it already (or aborted and deleted); GET below confirms it is gone.
        after = api(run, "GET", url)
        gone = after.status_code == 404
        results.append({**entry, "delete_status": deleted.status_code, "get_after_status": after.status_code})
        if not gone:
            left.append(f"{url} (DELETE {deleted.status_code}, then GET {after.status_code})")
    (run.report_dir / "contract-cleanup.json").write_text(json.dumps(results, indent=2) + "\n")
    log(f"cleanup: {len(entries)} started reports, {len(entries) - len(left)} deleted, {len(left)} left")
    if not left:
        run.ledger.unlink(missing_ok=True)  # kept as evidence only when something was left behind
    return left


# ---------------------------------------------------------------------------------------------------
# The mock


@contextmanager
def mock_server() -> Iterator[str]:
    """Serve the mock Canvas on a free 127.0.0.1 port for the run; yield its base URL; stop it after.

    Strict mode: the mock also validates every response it sends, so a mock bug is a loud 500. The
    `MOCK_*` variables tune it as for `make mock`; `MOCK_THROTTLE_STATUS=403` runs the contract against
    the self-hosted throttle answer instead of hosted Canvas's 429 (CI runs both).
    """
    try:
        from mock_canvas import Settings, running_mock
    except ImportError:
        raise ConfigurationError(
            "the mock Canvas is not installed: pip install canvas-account-reports-mock"
        ) from None

    with running_mock(Settings.from_env().with_changes(strict=True)) as mock:
        log(f"mock Canvas at {mock.url}, throttled answer {mock.app.throttled_status}")
        yield mock.url


# ---------------------------------------------------------------------------------------------------


def live_config(run: Run, safe_report: str | None) -> Path:
    """schemathesis.toml plus the live-mode pins, written next to the reports so a run can be inspected.

    Pinned through schemathesis's own `parameters` config, which every phase honours (examples and
    coverage cases included): the account, and for writes the one report type startReport may start.
    Abort and delete are left out of the examples and coverage phases, whose ids are the spec's
    examples (someone's real report on a production Canvas); fuzzing and stateful runs aim them at
    reports this run started (canvas_contract.testing.hooks).
    """
    base = CONFIG_PATH.read_text(encoding="utf-8")
    if "parameters" in tomllib.loads(base) or "operations" in tomllib.loads(base):
        raise ConfigurationError(
            "schemathesis.toml has its own [parameters]/[[operations]]; merge the live pins"
        )
    lines = [
        "",
        "# --- Live-mode pins added by canvas_contract.runner ---",
        "[parameters]",
        f'"path.account_id" = {json.dumps(run.account_id)}',
    ]
    if run.allow_writes and safe_report:
        lines += [
            "",
            "[[operations]]",
            'include-operation-id = "startReport"',
            f'parameters = {{ "path.report" = {json.dumps(safe_report)} }}',
            "",
            "[[operations]]",
            'include-operation-id = ["deleteReport", "abortReport"]',
            "phases.examples.enabled = false",
            "phases.coverage.enabled = false",
        ]
    path = run.report_dir / "schemathesis.live.toml"
    path.write_text(base + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def schemathesis_command(run: Run, config: Path) -> list[str]:
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "--config-file",
        str(config),
        "run",
        str(SPEC_PATH),
        "--url",
        run.base_url,
        "--max-examples",
        str(run.max_examples),
        "--workers",
        str(run.workers),
        "--report-junit-path",
        str(run.report_dir / "contract-junit.xml"),
    ]
    reports = "junit"
    if run.seed is not None:
        command += ["--seed", str(run.seed)]
    if run.phases:
        command += ["--phases", run.phases]
    if run.rate_limit:
        command += ["--rate-limit", run.rate_limit]
    if run.live:
        # Canvas is lenient where the spec is strict (it clamps per_page), so only positive data says
        # anything about the contract; negative data would test Rails, and costs production requests.
        command += ["--mode", "positive", "--report-har-path", str(run.report_dir / "contract-live.har")]
        reports += ",har"
        if not run.allow_writes:
            command += ["--include-method", "GET"]
    return [*command, "--report", reports]


def check_files(run: Run) -> int:
    """Report files against the spec's catalogue (canvas_reports.file_checks); 1 on any difference.

    Mock: every report type, started now with every file selected. Live: the newest complete run of each
    type (GET only) and, with writes, the runs this driver started that have finished.
    """
    from canvas_reports import RateLimitPacer, ReportsClient, RetryPolicy
    from canvas_reports.file_checks import check_latest_runs, check_new_runs, check_runs, selecting_parameters
    from canvas_reports.report_files import shipped_catalogue

    workdir = run.report_dir / "files"
    catalogue = shipped_catalogue()
    # The same throttle tuning as schemathesis's transport (CONTRACT_THROTTLE_*), else the helpers' defaults.
    retry, pacer = RetryPolicy(), RateLimitPacer()
    if os.environ.get("CONTRACT_THROTTLE_DELAY"):
        delay = float(os.environ["CONTRACT_THROTTLE_DELAY"])
        retry = RetryPolicy(initial_backoff=delay, jitter=delay)
    if os.environ.get("CONTRACT_THROTTLE_RETRIES"):
        retry = replace(retry, max_attempts=int(os.environ["CONTRACT_THROTTLE_RETRIES"]))
    if os.environ.get("CONTRACT_THROTTLE_OUTFLOW"):
        pacer = RateLimitPacer(drain_per_second=float(os.environ["CONTRACT_THROTTLE_OUTFLOW"]))
    account = run.account_id or "self"
    with ReportsClient(run.base_url, run.token, account_id=account, retry=retry, pacer=pacer) as canvas:
        if not run.live:
            wanted = {report: selecting_parameters(entry) for report, entry in catalogue.items()}
            checks, _ = check_new_runs(canvas, workdir, wanted)
        else:
            checks = check_latest_runs(canvas, workdir)
            if run.allow_writes:
                ours = [
                    e["url"].rstrip("/").rsplit("/", 2)[-2:]
                    for e in contract_transport.read_ledger(run.ledger)
                ]
                checks += check_runs(canvas, workdir, [(kind, int(i)) for kind, i in ours if i.isdigit()])
    for check in checks:
        for line in check.lines():
            log(f"files: {line}")
    bad = [c for c in checks if not c.ok]
    log(f"files: {len(checks) - len(bad)} of {len(checks)} checks match the spec")
    return 1 if bad else 0


def execute(run: Run, env: dict[str, str]) -> int:
    run.report_dir.mkdir(parents=True, exist_ok=True)
    child_env = {
        **env,
        "CONTRACT_MODE": "live" if run.live else "mock",
        "CONTRACT_BASE_URL": run.base_url,
        "CONTRACT_TOKEN": run.token,
        "CONTRACT_LEDGER": str(run.ledger),
        "CONTRACT_ALLOW_WRITES": "1" if run.allow_writes else "0",
        "CONTRACT_ACCOUNT_ID": run.account_id or "",
    }
    os.environ.update(child_env)  # the preparation and cleanup requests follow the same rules
    contract_transport.install_transport()
    if run.live and run.allow_writes:
        safe = choose_safe_report(run, env)
        child_env["CONTRACT_SAFE_REPORT"] = os.environ["CONTRACT_SAFE_REPORT"] = safe
        log(f"live mode with writes: starts only {safe} reports on account {run.account_id}, deletes them")
        start_target_report(run, safe)
    elif run.live:
        log(f"live mode, read-only: GET requests to account {run.account_id} at {run.base_url}")
    config = live_config(run, os.environ.get("CONTRACT_SAFE_REPORT")) if run.live else CONFIG_PATH
    command = schemathesis_command(run, config)
    log("running " + " ".join(command))
    started = time.monotonic()
    status = subprocess.call(command, env=child_env)
    log(f"schemathesis finished with status {status} in {time.monotonic() - started:.1f}s")
    status = check_files(run) or status
    if run.allow_writes:
        left = cleanup(run)
        if left:
            for item in left:
                log(f"NOT DELETED: {item}")
            status = status or 1
    return status


def run(env: dict[str, str]) -> int:
    """One contract run as `env` describes it (live when the CANVAS_* variables are set); the exit status."""
    env = dict(env)
    try:
        run = settings_from_env(env)
        if run.live:
            return execute(run, env)
        with mock_server() as base_url:
            run.base_url = base_url
            run.token = MOCK_ADMIN_TOKEN
            env["CONTRACT_READONLY_TOKEN"] = MOCK_READONLY_TOKEN
            return execute(run, env)
    except ConfigurationError as exc:
        print(f"contract: {exc}", file=sys.stderr)
        return 2
