from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_status import ReportStatus
from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="Report")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "id",
        "progress",
        "parameters",
        "current_line",
        "status",
        "report",
        "created_at",
        "started_at",
        "ended_at",
        "file_url",
        "run_time",
        "message",
        "user",
        "attachment",
    )
)


@_attrs_define
class Report:
    """One run of a report. Every field is always sent except `attachment` (only once a file exists);
    `run_time`, `user` and `message` are sent by current Canvas but not by older releases.

        Attributes:
            id (int): The report's id. Example: 4821.
            progress (int): Percent done: 0 at creation; moves while running only for reports that know their row count
                (course, grade and outcome reports; provisioning, SIS export and the student reports stay 0);
                100 once the job finalised (also for `error` and `aborted`). A permanent job failure leaves it
                where it was.
                 Example: 40.
            parameters (ReportParameters): A report's parameters as Canvas echoes them: every key any client sent, with
                **any JSON value**
                stored as sent (form values as strings; JSON values keep their types, so integers, `null`,
                arrays and objects all come back), plus `locale` (added when the job starts), `extra_text`
                (added by the report code when it ends) and, for `students_with_no_submissions_csv`, the
                `start_at`/`end_at` the job computed. The known keys below are described, not typed: Canvas
                checks none of them when storing, and a value one client sent reaches every later reader
                (getReport, listReports, `last_run`). See StartReportParameters for how Canvas reads them.
                 Example: {'users': 'true', 'courses': 'true', 'enrollment_term_id': '12', 'locale': 'en'}.
            current_line (int | None): Lines written so far by the report's CSV writer, header included, updated about every
                1000
                rows; `null` before the first update. For a zip, each file's writer starts again, so the
                final value is the last file's line count.
                 Example: 2000.
            status (ReportStatus | str): The report's state; see ReportStatus. Unknown future states are passed through as
                strings. Example: running.
            report (str): The report type, e.g. `provisioning_csv`. Example: provisioning_csv.
            created_at (datetime.datetime): When the report was started (queued). Example: 2026-02-10T09:15:02-07:00.
            started_at (datetime.datetime | None): When the job started; `null` while `created`. Example:
                2026-02-10T09:15:04-07:00.
            ended_at (datetime.datetime | None): When the job finalised; `null` until then. Stays `null` after a permanent
                job failure or a
                failing parallel part (status `error`). An aborted report gets it when its job notices the
                abort (at once if it had not started).
                 Example: 2026-02-10T09:15:31-07:00.
            file_url (None | str): Download URL of the report's file (a Canvas UI URL, not an API URL; fetch it with the
                same
                token); `null` until the report is complete.
                 Example: https://canvas.example.edu/accounts/1/files/90311/download.
            run_time (float | Unset): Seconds since creation while queued, since the start while running, and `ended_at −
                started_at` once finished (unrounded). Keeps growing when there is no `ended_at`.
                Not sent by older Canvas.
                 Example: 27.413562.
            message (None | str | Unset): Result text, set when the job finalises; `null` until then (and after a permanent
                failure).
                Success: `<Title> report successfully generated with the following settings. …`; failure:
                `Generating the report, <Type Titleized>, failed.`; aborted before the job ran:
                `Generating the report, <Type Titleized>, stopped.`. Not sent by older Canvas.
                 Example: Provisioning report successfully generated with the following settings. Account: Example University;
                Term: Spring 2026; Reports: users courses .
            user (None | Unset | UserDisplay): Who started the report. Not sent by older Canvas (the public docs show
                `null`).
            attachment (Attachment | None | Unset): The report's file. Current Canvas leaves the key out until a file
                exists; older Canvas
                sent `null`.
            additional_properties (dict[str, Any]): Fields the document does not
                describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    id: int
    progress: int
    parameters: ReportParameters
    current_line: int | None
    status: ReportStatus | str
    report: str
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    file_url: None | str
    run_time: float | Unset = UNSET
    message: None | str | Unset = UNSET
    user: None | Unset | UserDisplay = UNSET
    attachment: Attachment | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        id = self.id

        progress = self.progress

        parameters = self.parameters.to_dict()

        current_line: int | None
        current_line = self.current_line

        status: str
        if isinstance(self.status, ReportStatus):
            status = self.status.value
        else:
            status = self.status

        report = self.report

        created_at = format_datetime(self.created_at)

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = format_datetime(self.started_at)
        else:
            started_at = self.started_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = format_datetime(self.ended_at)
        else:
            ended_at = self.ended_at

        file_url: None | str
        file_url = self.file_url

        run_time = self.run_time

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserDisplay):
            user = self.user.to_dict()
        else:
            user = self.user

        attachment: dict[str, Any] | None | Unset
        if isinstance(self.attachment, Unset):
            attachment = UNSET
        elif isinstance(self.attachment, Attachment):
            attachment = self.attachment.to_dict()
        else:
            attachment = self.attachment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "progress": progress,
                "parameters": parameters,
                "current_line": current_line,
                "status": status,
                "report": report,
                "created_at": created_at,
                "started_at": started_at,
                "ended_at": ended_at,
                "file_url": file_url,
            }
        )
        if run_time is not UNSET:
            field_dict["run_time"] = run_time
        if message is not UNSET:
            field_dict["message"] = message
        if user is not UNSET:
            field_dict["user"] = user
        if attachment is not UNSET:
            field_dict["attachment"] = attachment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from decoded JSON.

        Raises KeyError, TypeError, ValueError or AttributeError when src_dict does not match the schema; the
        API functions turn those into errors.UnexpectedResponseBody.
        """
        # Fields are assigned directly: the model has no validators or converters, and a keyword call to
        # the attrs __init__ costs more than the parsing itself for models with many optional fields.
        _new_instance = cls.__new__(cls)
        _new_instance.id = src_dict["id"]
        _new_instance.progress = src_dict["progress"]
        parameters = ReportParameters.from_dict(src_dict["parameters"])

        _new_instance.parameters = parameters
        current_line: int | None = src_dict["current_line"]

        _new_instance.current_line = current_line
        _status = src_dict["status"]
        status: ReportStatus | str
        status = cast("ReportStatus | str", ReportStatus._value2member_map_.get(_status, _status))

        _new_instance.status = status
        _new_instance.report = src_dict["report"]
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        _new_instance.created_at = created_at
        _started_at = src_dict["started_at"]
        started_at: datetime.datetime | None
        if _started_at is None:
            started_at = None
        else:
            started_at_type_0 = datetime.datetime.fromisoformat(_started_at)

            started_at = started_at_type_0

        _new_instance.started_at = started_at
        _ended_at = src_dict["ended_at"]
        ended_at: datetime.datetime | None
        if _ended_at is None:
            ended_at = None
        else:
            ended_at_type_0 = datetime.datetime.fromisoformat(_ended_at)

            ended_at = ended_at_type_0

        _new_instance.ended_at = ended_at
        file_url: None | str = src_dict["file_url"]

        _new_instance.file_url = file_url
        _new_instance.run_time = src_dict.get("run_time", UNSET)
        message: None | str | Unset = src_dict.get("message", UNSET)

        _new_instance.message = message
        _user = src_dict.get("user", UNSET)
        user: None | Unset | UserDisplay
        if _user is None:
            user = None
        elif _user is UNSET:
            user = UNSET
        else:
            user_type_0 = UserDisplay.from_dict(_user)

            user = user_type_0

        _new_instance.user = user
        _attachment = src_dict.get("attachment", UNSET)
        attachment: Attachment | None | Unset
        if _attachment is None:
            attachment = None
        elif _attachment is UNSET:
            attachment = UNSET
        else:
            attachment_type_0 = Attachment.from_dict(_attachment)

            attachment = attachment_type_0

        _new_instance.attachment = attachment
        if src_dict.keys() <= _FIELD_NAMES:
            _new_instance.additional_properties = {}
        else:
            _new_instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return _new_instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other can import each other at runtime.
from ..models.attachment import Attachment  # noqa: E402
from ..models.report_parameters import ReportParameters  # noqa: E402
from ..models.user_display import UserDisplay  # noqa: E402
