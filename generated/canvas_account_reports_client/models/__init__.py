"""Contains all the data models used in inputs/outputs"""

from ..types import RateLimitExceeded
from .attachment import Attachment
from .available_report import AvailableReport
from .available_report_parameters import AvailableReportParameters
from .available_reports_include import AvailableReportsInclude
from .error_message import ErrorMessage
from .error_response import ErrorResponse
from .report import Report
from .report_parameter_info import ReportParameterInfo
from .report_parameters import ReportParameters
from .report_status import ReportStatus
from .start_report_form import StartReportForm
from .start_report_multipart import StartReportMultipart
from .start_report_parameters import StartReportParameters
from .start_report_request import StartReportRequest
from .term_error import TermError
from .user_display import UserDisplay

__all__ = (
    "Attachment",
    "AvailableReport",
    "AvailableReportParameters",
    "AvailableReportsInclude",
    "ErrorMessage",
    "ErrorResponse",
    "RateLimitExceeded",
    "Report",
    "ReportParameterInfo",
    "ReportParameters",
    "ReportStatus",
    "StartReportForm",
    "StartReportMultipart",
    "StartReportParameters",
    "StartReportRequest",
    "TermError",
    "UserDisplay",
)
