"""Contains all the data models used in inputs/outputs (each module is imported on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

from ..types import RateLimitExceeded

if TYPE_CHECKING:
    from .attachment import Attachment
    from .available_report import AvailableReport
    from .available_report_parameters import AvailableReportParameters
    from .available_reports_include import AvailableReportsInclude
    from .course_list_csv_row import CourseListCsvRow
    from .course_storage_csv_parameters import CourseStorageCsvParameters
    from .course_storage_csv_row import CourseStorageCsvRow
    from .developer_key_report_csv_parameters import DeveloperKeyReportCsvParameters
    from .developer_key_report_csv_row import DeveloperKeyReportCsvRow
    from .eportfolio_report_csv_parameters import EportfolioReportCsvParameters
    from .eportfolio_report_csv_row import EportfolioReportCsvRow
    from .error_message import ErrorMessage
    from .error_response import ErrorResponse
    from .grade_export_csv_parameters import GradeExportCsvParameters
    from .grade_export_csv_row import GradeExportCsvRow
    from .last_enrollment_activity_csv_parameters import LastEnrollmentActivityCsvParameters
    from .last_enrollment_activity_csv_row import LastEnrollmentActivityCsvRow
    from .last_user_access_csv_parameters import LastUserAccessCsvParameters
    from .last_user_access_csv_row import LastUserAccessCsvRow
    from .lti_report_csv_parameters import LtiReportCsvParameters
    from .lti_report_csv_row import LtiReportCsvRow
    from .mgp_grade_export_csv_parameters import MgpGradeExportCsvParameters
    from .mgp_grade_export_csv_row import MgpGradeExportCsvRow
    from .outcome_export_csv_parameters import OutcomeExportCsvParameters
    from .outcome_export_csv_row import OutcomeExportCsvRow
    from .outcome_results_csv_parameters import OutcomeResultsCsvParameters
    from .outcome_results_csv_row import OutcomeResultsCsvRow
    from .provisioning_csv_accounts_row import ProvisioningCsvAccountsRow
    from .provisioning_csv_admins_row import ProvisioningCsvAdminsRow
    from .provisioning_csv_courses_row import ProvisioningCsvCoursesRow
    from .provisioning_csv_enrollments_row import ProvisioningCsvEnrollmentsRow
    from .provisioning_csv_group_categories_row import ProvisioningCsvGroupCategoriesRow
    from .provisioning_csv_group_membership_row import ProvisioningCsvGroupMembershipRow
    from .provisioning_csv_groups_row import ProvisioningCsvGroupsRow
    from .provisioning_csv_parameters import ProvisioningCsvParameters
    from .provisioning_csv_sections_row import ProvisioningCsvSectionsRow
    from .provisioning_csv_terms_row import ProvisioningCsvTermsRow
    from .provisioning_csv_user_observers_row import ProvisioningCsvUserObserversRow
    from .provisioning_csv_users_row import ProvisioningCsvUsersRow
    from .provisioning_csv_xlist_row import ProvisioningCsvXlistRow
    from .public_courses_csv_parameters import PublicCoursesCsvParameters
    from .recently_deleted_courses_csv_parameters import RecentlyDeletedCoursesCsvParameters
    from .report import Report
    from .report_parameter_info import ReportParameterInfo
    from .report_parameters import ReportParameters
    from .report_status import ReportStatus
    from .sis_export_csv_accounts_row import SisExportCsvAccountsRow
    from .sis_export_csv_admins_row import SisExportCsvAdminsRow
    from .sis_export_csv_courses_row import SisExportCsvCoursesRow
    from .sis_export_csv_enrollments_row import SisExportCsvEnrollmentsRow
    from .sis_export_csv_group_categories_row import SisExportCsvGroupCategoriesRow
    from .sis_export_csv_group_membership_row import SisExportCsvGroupMembershipRow
    from .sis_export_csv_groups_row import SisExportCsvGroupsRow
    from .sis_export_csv_parameters import SisExportCsvParameters
    from .sis_export_csv_sections_row import SisExportCsvSectionsRow
    from .sis_export_csv_terms_row import SisExportCsvTermsRow
    from .sis_export_csv_user_observers_row import SisExportCsvUserObserversRow
    from .sis_export_csv_users_row import SisExportCsvUsersRow
    from .sis_export_csv_xlist_row import SisExportCsvXlistRow
    from .start_report_form import StartReportForm
    from .start_report_multipart import StartReportMultipart
    from .start_report_parameters import StartReportParameters
    from .start_report_request import StartReportRequest
    from .student_assignment_outcome_map_csv_parameters import StudentAssignmentOutcomeMapCsvParameters
    from .student_assignment_outcome_map_csv_row import StudentAssignmentOutcomeMapCsvRow
    from .students_with_no_submissions_csv_parameters import StudentsWithNoSubmissionsCsvParameters
    from .students_with_no_submissions_csv_row import StudentsWithNoSubmissionsCsvRow
    from .term_error import TermError
    from .unpublished_courses_csv_parameters import UnpublishedCoursesCsvParameters
    from .unused_courses_csv_parameters import UnusedCoursesCsvParameters
    from .unused_courses_csv_row import UnusedCoursesCsvRow
    from .user_access_tokens_csv_parameters import UserAccessTokensCsvParameters
    from .user_access_tokens_csv_row import UserAccessTokensCsvRow
    from .user_display import UserDisplay
    from .zero_activity_csv_parameters import ZeroActivityCsvParameters
    from .zero_activity_csv_row import ZeroActivityCsvRow

# class name -> the module (relative to this package) that defines it
_MODULES: dict[str, str] = {
    "Attachment": ".attachment",
    "AvailableReport": ".available_report",
    "AvailableReportParameters": ".available_report_parameters",
    "AvailableReportsInclude": ".available_reports_include",
    "CourseListCsvRow": ".course_list_csv_row",
    "CourseStorageCsvParameters": ".course_storage_csv_parameters",
    "CourseStorageCsvRow": ".course_storage_csv_row",
    "DeveloperKeyReportCsvParameters": ".developer_key_report_csv_parameters",
    "DeveloperKeyReportCsvRow": ".developer_key_report_csv_row",
    "EportfolioReportCsvParameters": ".eportfolio_report_csv_parameters",
    "EportfolioReportCsvRow": ".eportfolio_report_csv_row",
    "ErrorMessage": ".error_message",
    "ErrorResponse": ".error_response",
    "GradeExportCsvParameters": ".grade_export_csv_parameters",
    "GradeExportCsvRow": ".grade_export_csv_row",
    "LastEnrollmentActivityCsvParameters": ".last_enrollment_activity_csv_parameters",
    "LastEnrollmentActivityCsvRow": ".last_enrollment_activity_csv_row",
    "LastUserAccessCsvParameters": ".last_user_access_csv_parameters",
    "LastUserAccessCsvRow": ".last_user_access_csv_row",
    "LtiReportCsvParameters": ".lti_report_csv_parameters",
    "LtiReportCsvRow": ".lti_report_csv_row",
    "MgpGradeExportCsvParameters": ".mgp_grade_export_csv_parameters",
    "MgpGradeExportCsvRow": ".mgp_grade_export_csv_row",
    "OutcomeExportCsvParameters": ".outcome_export_csv_parameters",
    "OutcomeExportCsvRow": ".outcome_export_csv_row",
    "OutcomeResultsCsvParameters": ".outcome_results_csv_parameters",
    "OutcomeResultsCsvRow": ".outcome_results_csv_row",
    "ProvisioningCsvAccountsRow": ".provisioning_csv_accounts_row",
    "ProvisioningCsvAdminsRow": ".provisioning_csv_admins_row",
    "ProvisioningCsvCoursesRow": ".provisioning_csv_courses_row",
    "ProvisioningCsvEnrollmentsRow": ".provisioning_csv_enrollments_row",
    "ProvisioningCsvGroupCategoriesRow": ".provisioning_csv_group_categories_row",
    "ProvisioningCsvGroupMembershipRow": ".provisioning_csv_group_membership_row",
    "ProvisioningCsvGroupsRow": ".provisioning_csv_groups_row",
    "ProvisioningCsvParameters": ".provisioning_csv_parameters",
    "ProvisioningCsvSectionsRow": ".provisioning_csv_sections_row",
    "ProvisioningCsvTermsRow": ".provisioning_csv_terms_row",
    "ProvisioningCsvUserObserversRow": ".provisioning_csv_user_observers_row",
    "ProvisioningCsvUsersRow": ".provisioning_csv_users_row",
    "ProvisioningCsvXlistRow": ".provisioning_csv_xlist_row",
    "PublicCoursesCsvParameters": ".public_courses_csv_parameters",
    "RecentlyDeletedCoursesCsvParameters": ".recently_deleted_courses_csv_parameters",
    "Report": ".report",
    "ReportParameterInfo": ".report_parameter_info",
    "ReportParameters": ".report_parameters",
    "ReportStatus": ".report_status",
    "SisExportCsvAccountsRow": ".sis_export_csv_accounts_row",
    "SisExportCsvAdminsRow": ".sis_export_csv_admins_row",
    "SisExportCsvCoursesRow": ".sis_export_csv_courses_row",
    "SisExportCsvEnrollmentsRow": ".sis_export_csv_enrollments_row",
    "SisExportCsvGroupCategoriesRow": ".sis_export_csv_group_categories_row",
    "SisExportCsvGroupMembershipRow": ".sis_export_csv_group_membership_row",
    "SisExportCsvGroupsRow": ".sis_export_csv_groups_row",
    "SisExportCsvParameters": ".sis_export_csv_parameters",
    "SisExportCsvSectionsRow": ".sis_export_csv_sections_row",
    "SisExportCsvTermsRow": ".sis_export_csv_terms_row",
    "SisExportCsvUserObserversRow": ".sis_export_csv_user_observers_row",
    "SisExportCsvUsersRow": ".sis_export_csv_users_row",
    "SisExportCsvXlistRow": ".sis_export_csv_xlist_row",
    "StartReportForm": ".start_report_form",
    "StartReportMultipart": ".start_report_multipart",
    "StartReportParameters": ".start_report_parameters",
    "StartReportRequest": ".start_report_request",
    "StudentAssignmentOutcomeMapCsvParameters": ".student_assignment_outcome_map_csv_parameters",
    "StudentAssignmentOutcomeMapCsvRow": ".student_assignment_outcome_map_csv_row",
    "StudentsWithNoSubmissionsCsvParameters": ".students_with_no_submissions_csv_parameters",
    "StudentsWithNoSubmissionsCsvRow": ".students_with_no_submissions_csv_row",
    "TermError": ".term_error",
    "UnpublishedCoursesCsvParameters": ".unpublished_courses_csv_parameters",
    "UnusedCoursesCsvParameters": ".unused_courses_csv_parameters",
    "UnusedCoursesCsvRow": ".unused_courses_csv_row",
    "UserAccessTokensCsvParameters": ".user_access_tokens_csv_parameters",
    "UserAccessTokensCsvRow": ".user_access_tokens_csv_row",
    "UserDisplay": ".user_display",
    "ZeroActivityCsvParameters": ".zero_activity_csv_parameters",
    "ZeroActivityCsvRow": ".zero_activity_csv_row",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "Attachment",
    "AvailableReport",
    "AvailableReportParameters",
    "AvailableReportsInclude",
    "CourseListCsvRow",
    "CourseStorageCsvParameters",
    "CourseStorageCsvRow",
    "DeveloperKeyReportCsvParameters",
    "DeveloperKeyReportCsvRow",
    "EportfolioReportCsvParameters",
    "EportfolioReportCsvRow",
    "ErrorMessage",
    "ErrorResponse",
    "GradeExportCsvParameters",
    "GradeExportCsvRow",
    "LastEnrollmentActivityCsvParameters",
    "LastEnrollmentActivityCsvRow",
    "LastUserAccessCsvParameters",
    "LastUserAccessCsvRow",
    "LtiReportCsvParameters",
    "LtiReportCsvRow",
    "MgpGradeExportCsvParameters",
    "MgpGradeExportCsvRow",
    "OutcomeExportCsvParameters",
    "OutcomeExportCsvRow",
    "OutcomeResultsCsvParameters",
    "OutcomeResultsCsvRow",
    "ProvisioningCsvAccountsRow",
    "ProvisioningCsvAdminsRow",
    "ProvisioningCsvCoursesRow",
    "ProvisioningCsvEnrollmentsRow",
    "ProvisioningCsvGroupCategoriesRow",
    "ProvisioningCsvGroupMembershipRow",
    "ProvisioningCsvGroupsRow",
    "ProvisioningCsvParameters",
    "ProvisioningCsvSectionsRow",
    "ProvisioningCsvTermsRow",
    "ProvisioningCsvUserObserversRow",
    "ProvisioningCsvUsersRow",
    "ProvisioningCsvXlistRow",
    "PublicCoursesCsvParameters",
    "RateLimitExceeded",
    "RecentlyDeletedCoursesCsvParameters",
    "Report",
    "ReportParameterInfo",
    "ReportParameters",
    "ReportStatus",
    "SisExportCsvAccountsRow",
    "SisExportCsvAdminsRow",
    "SisExportCsvCoursesRow",
    "SisExportCsvEnrollmentsRow",
    "SisExportCsvGroupCategoriesRow",
    "SisExportCsvGroupMembershipRow",
    "SisExportCsvGroupsRow",
    "SisExportCsvParameters",
    "SisExportCsvSectionsRow",
    "SisExportCsvTermsRow",
    "SisExportCsvUserObserversRow",
    "SisExportCsvUsersRow",
    "SisExportCsvXlistRow",
    "StartReportForm",
    "StartReportMultipart",
    "StartReportParameters",
    "StartReportRequest",
    "StudentAssignmentOutcomeMapCsvParameters",
    "StudentAssignmentOutcomeMapCsvRow",
    "StudentsWithNoSubmissionsCsvParameters",
    "StudentsWithNoSubmissionsCsvRow",
    "TermError",
    "UnpublishedCoursesCsvParameters",
    "UnusedCoursesCsvParameters",
    "UnusedCoursesCsvRow",
    "UserAccessTokensCsvParameters",
    "UserAccessTokensCsvRow",
    "UserDisplay",
    "ZeroActivityCsvParameters",
    "ZeroActivityCsvRow",
)
