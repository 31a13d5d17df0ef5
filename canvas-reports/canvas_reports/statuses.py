"""Which report states are final, named through the generated ReportStatus enum (the spec's list).

The enum is generated from `components/schemas/ReportStatus`, so a typo here is an AttributeError and a
state added to the spec without a decision here fails tests/canvas_reports/test_core.py.
"""

from __future__ import annotations

from canvas_account_reports_client.models import Report, ReportStatus

#: States after which a report never changes (the spec: "complete, error, aborted and deleted are final").
FINAL_STATUSES: frozenset[ReportStatus] = frozenset(
    {ReportStatus.COMPLETE, ReportStatus.ERROR, ReportStatus.ABORTED, ReportStatus.DELETED}
)
#: States in which the job may still move the report (and abortReport accepts it).
IN_PROGRESS_STATUSES: frozenset[ReportStatus] = frozenset(ReportStatus) - FINAL_STATUSES
#: The final state that means "the file is ready"; every other final state is a failure to someone waiting.
SUCCESS_STATUSES: frozenset[ReportStatus] = frozenset({ReportStatus.COMPLETE})


def known_status(status: ReportStatus | str) -> ReportStatus | None:
    """The enum member for `status`, or None for a state this client does not know (a newer Canvas)."""
    if isinstance(status, ReportStatus):
        return status
    try:
        return ReportStatus(status)
    except ValueError:
        return None


def is_final(report: Report) -> bool:
    """Whether polling can stop.

    A state newer than this client counts as final once Canvas has stamped `ended_at`, which it does when
    the job finalises, so a newer Canvas cannot make wait_for_report() spin until its timeout.
    """
    status = known_status(report.status)
    if status is None:
        return report.ended_at is not None
    return status in FINAL_STATUSES


def status_text(report: Report) -> str:
    """The status as Canvas spelled it (enum value or the unknown string)."""
    return str(report.status)
