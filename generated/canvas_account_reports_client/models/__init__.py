"""Contains all the data models used in inputs/outputs"""

from ..types import RateLimitExceeded
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
