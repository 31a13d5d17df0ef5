from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="StudentAssignmentOutcomeMapCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "student name",
        "student id",
        "student sis id",
        "assignment title",
        "assignment id",
        "submission date",
        "submission score",
        "learning outcome name",
        "learning outcome id",
        "attempt",
        "outcome score",
        "course name",
        "course id",
        "course sis id",
        "section name",
        "section id",
        "section sis id",
        "assignment url",
        "learning outcome friendly name",
        "learning outcome points possible",
        "learning outcome mastery score",
        "learning outcome mastered",
        "learning outcome rating",
        "learning outcome rating points",
        "learning outcome group title",
        "learning outcome group id",
        "account id",
        "account name",
        "enrollment state",
    )
)


@_attrs_define
class StudentAssignmentOutcomeMapCsvRow:
    """
    Attributes:
        student_name (None | str | Unset):
        student_id (int | None | Unset):
        student_sis_id (None | str | Unset):
        assignment_title (None | str | Unset):
        assignment_id (int | None | Unset):
        submission_date (datetime.datetime | None | Unset):
        submission_score (float | None | Unset):
        learning_outcome_name (None | str | Unset):
        learning_outcome_id (int | None | Unset):
        attempt (int | None | Unset):
        outcome_score (float | None | Unset):
        course_name (None | str | Unset):
        course_id (int | None | Unset):
        course_sis_id (None | str | Unset):
        section_name (None | str | Unset):
        section_id (int | None | Unset):
        section_sis_id (None | str | Unset):
        assignment_url (None | str | Unset):
        learning_outcome_friendly_name (None | str | Unset):
        learning_outcome_points_possible (float | None | Unset):
        learning_outcome_mastery_score (float | None | Unset):
        learning_outcome_mastered (int | None | Unset): 1 when mastered, 0 when not, empty when unknown.
        learning_outcome_rating (None | str | Unset):
        learning_outcome_rating_points (float | None | Unset):
        learning_outcome_group_title (None | str | Unset):
        learning_outcome_group_id (int | None | Unset):
        account_id (int | None | Unset):
        account_name (None | str | Unset):
        enrollment_state (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    student_name: None | str | Unset = UNSET
    student_id: int | None | Unset = UNSET
    student_sis_id: None | str | Unset = UNSET
    assignment_title: None | str | Unset = UNSET
    assignment_id: int | None | Unset = UNSET
    submission_date: datetime.datetime | None | Unset = UNSET
    submission_score: float | None | Unset = UNSET
    learning_outcome_name: None | str | Unset = UNSET
    learning_outcome_id: int | None | Unset = UNSET
    attempt: int | None | Unset = UNSET
    outcome_score: float | None | Unset = UNSET
    course_name: None | str | Unset = UNSET
    course_id: int | None | Unset = UNSET
    course_sis_id: None | str | Unset = UNSET
    section_name: None | str | Unset = UNSET
    section_id: int | None | Unset = UNSET
    section_sis_id: None | str | Unset = UNSET
    assignment_url: None | str | Unset = UNSET
    learning_outcome_friendly_name: None | str | Unset = UNSET
    learning_outcome_points_possible: float | None | Unset = UNSET
    learning_outcome_mastery_score: float | None | Unset = UNSET
    learning_outcome_mastered: int | None | Unset = UNSET
    learning_outcome_rating: None | str | Unset = UNSET
    learning_outcome_rating_points: float | None | Unset = UNSET
    learning_outcome_group_title: None | str | Unset = UNSET
    learning_outcome_group_id: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    account_name: None | str | Unset = UNSET
    enrollment_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict Canvas would send, including any additional_properties."""
        student_name: None | str | Unset
        if isinstance(self.student_name, Unset):
            student_name = UNSET
        else:
            student_name = self.student_name

        student_id: int | None | Unset
        if isinstance(self.student_id, Unset):
            student_id = UNSET
        else:
            student_id = self.student_id

        student_sis_id: None | str | Unset
        if isinstance(self.student_sis_id, Unset):
            student_sis_id = UNSET
        else:
            student_sis_id = self.student_sis_id

        assignment_title: None | str | Unset
        if isinstance(self.assignment_title, Unset):
            assignment_title = UNSET
        else:
            assignment_title = self.assignment_title

        assignment_id: int | None | Unset
        if isinstance(self.assignment_id, Unset):
            assignment_id = UNSET
        else:
            assignment_id = self.assignment_id

        submission_date: None | str | Unset
        if isinstance(self.submission_date, Unset):
            submission_date = UNSET
        elif isinstance(self.submission_date, datetime.datetime):
            submission_date = format_datetime(self.submission_date)
        else:
            submission_date = self.submission_date

        submission_score: float | None | Unset
        if isinstance(self.submission_score, Unset):
            submission_score = UNSET
        else:
            submission_score = self.submission_score

        learning_outcome_name: None | str | Unset
        if isinstance(self.learning_outcome_name, Unset):
            learning_outcome_name = UNSET
        else:
            learning_outcome_name = self.learning_outcome_name

        learning_outcome_id: int | None | Unset
        if isinstance(self.learning_outcome_id, Unset):
            learning_outcome_id = UNSET
        else:
            learning_outcome_id = self.learning_outcome_id

        attempt: int | None | Unset
        if isinstance(self.attempt, Unset):
            attempt = UNSET
        else:
            attempt = self.attempt

        outcome_score: float | None | Unset
        if isinstance(self.outcome_score, Unset):
            outcome_score = UNSET
        else:
            outcome_score = self.outcome_score

        course_name: None | str | Unset
        if isinstance(self.course_name, Unset):
            course_name = UNSET
        else:
            course_name = self.course_name

        course_id: int | None | Unset
        if isinstance(self.course_id, Unset):
            course_id = UNSET
        else:
            course_id = self.course_id

        course_sis_id: None | str | Unset
        if isinstance(self.course_sis_id, Unset):
            course_sis_id = UNSET
        else:
            course_sis_id = self.course_sis_id

        section_name: None | str | Unset
        if isinstance(self.section_name, Unset):
            section_name = UNSET
        else:
            section_name = self.section_name

        section_id: int | None | Unset
        if isinstance(self.section_id, Unset):
            section_id = UNSET
        else:
            section_id = self.section_id

        section_sis_id: None | str | Unset
        if isinstance(self.section_sis_id, Unset):
            section_sis_id = UNSET
        else:
            section_sis_id = self.section_sis_id

        assignment_url: None | str | Unset
        if isinstance(self.assignment_url, Unset):
            assignment_url = UNSET
        else:
            assignment_url = self.assignment_url

        learning_outcome_friendly_name: None | str | Unset
        if isinstance(self.learning_outcome_friendly_name, Unset):
            learning_outcome_friendly_name = UNSET
        else:
            learning_outcome_friendly_name = self.learning_outcome_friendly_name

        learning_outcome_points_possible: float | None | Unset
        if isinstance(self.learning_outcome_points_possible, Unset):
            learning_outcome_points_possible = UNSET
        else:
            learning_outcome_points_possible = self.learning_outcome_points_possible

        learning_outcome_mastery_score: float | None | Unset
        if isinstance(self.learning_outcome_mastery_score, Unset):
            learning_outcome_mastery_score = UNSET
        else:
            learning_outcome_mastery_score = self.learning_outcome_mastery_score

        learning_outcome_mastered: int | None | Unset
        if isinstance(self.learning_outcome_mastered, Unset):
            learning_outcome_mastered = UNSET
        else:
            learning_outcome_mastered = self.learning_outcome_mastered

        learning_outcome_rating: None | str | Unset
        if isinstance(self.learning_outcome_rating, Unset):
            learning_outcome_rating = UNSET
        else:
            learning_outcome_rating = self.learning_outcome_rating

        learning_outcome_rating_points: float | None | Unset
        if isinstance(self.learning_outcome_rating_points, Unset):
            learning_outcome_rating_points = UNSET
        else:
            learning_outcome_rating_points = self.learning_outcome_rating_points

        learning_outcome_group_title: None | str | Unset
        if isinstance(self.learning_outcome_group_title, Unset):
            learning_outcome_group_title = UNSET
        else:
            learning_outcome_group_title = self.learning_outcome_group_title

        learning_outcome_group_id: int | None | Unset
        if isinstance(self.learning_outcome_group_id, Unset):
            learning_outcome_group_id = UNSET
        else:
            learning_outcome_group_id = self.learning_outcome_group_id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        enrollment_state: None | str | Unset
        if isinstance(self.enrollment_state, Unset):
            enrollment_state = UNSET
        else:
            enrollment_state = self.enrollment_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if student_name is not UNSET:
            field_dict["student name"] = student_name
        if student_id is not UNSET:
            field_dict["student id"] = student_id
        if student_sis_id is not UNSET:
            field_dict["student sis id"] = student_sis_id
        if assignment_title is not UNSET:
            field_dict["assignment title"] = assignment_title
        if assignment_id is not UNSET:
            field_dict["assignment id"] = assignment_id
        if submission_date is not UNSET:
            field_dict["submission date"] = submission_date
        if submission_score is not UNSET:
            field_dict["submission score"] = submission_score
        if learning_outcome_name is not UNSET:
            field_dict["learning outcome name"] = learning_outcome_name
        if learning_outcome_id is not UNSET:
            field_dict["learning outcome id"] = learning_outcome_id
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if outcome_score is not UNSET:
            field_dict["outcome score"] = outcome_score
        if course_name is not UNSET:
            field_dict["course name"] = course_name
        if course_id is not UNSET:
            field_dict["course id"] = course_id
        if course_sis_id is not UNSET:
            field_dict["course sis id"] = course_sis_id
        if section_name is not UNSET:
            field_dict["section name"] = section_name
        if section_id is not UNSET:
            field_dict["section id"] = section_id
        if section_sis_id is not UNSET:
            field_dict["section sis id"] = section_sis_id
        if assignment_url is not UNSET:
            field_dict["assignment url"] = assignment_url
        if learning_outcome_friendly_name is not UNSET:
            field_dict["learning outcome friendly name"] = learning_outcome_friendly_name
        if learning_outcome_points_possible is not UNSET:
            field_dict["learning outcome points possible"] = learning_outcome_points_possible
        if learning_outcome_mastery_score is not UNSET:
            field_dict["learning outcome mastery score"] = learning_outcome_mastery_score
        if learning_outcome_mastered is not UNSET:
            field_dict["learning outcome mastered"] = learning_outcome_mastered
        if learning_outcome_rating is not UNSET:
            field_dict["learning outcome rating"] = learning_outcome_rating
        if learning_outcome_rating_points is not UNSET:
            field_dict["learning outcome rating points"] = learning_outcome_rating_points
        if learning_outcome_group_title is not UNSET:
            field_dict["learning outcome group title"] = learning_outcome_group_title
        if learning_outcome_group_id is not UNSET:
            field_dict["learning outcome group id"] = learning_outcome_group_id
        if account_id is not UNSET:
            field_dict["account id"] = account_id
        if account_name is not UNSET:
            field_dict["account name"] = account_name
        if enrollment_state is not UNSET:
            field_dict["enrollment state"] = enrollment_state

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
        student_name: None | str | Unset = src_dict.get("student name", UNSET)

        _new_instance.student_name = student_name
        student_id: int | None | Unset = src_dict.get("student id", UNSET)

        _new_instance.student_id = student_id
        student_sis_id: None | str | Unset = src_dict.get("student sis id", UNSET)

        _new_instance.student_sis_id = student_sis_id
        assignment_title: None | str | Unset = src_dict.get("assignment title", UNSET)

        _new_instance.assignment_title = assignment_title
        assignment_id: int | None | Unset = src_dict.get("assignment id", UNSET)

        _new_instance.assignment_id = assignment_id
        _submission_date = src_dict.get("submission date", UNSET)
        submission_date: datetime.datetime | None | Unset
        if _submission_date is None:
            submission_date = None
        elif _submission_date is UNSET:
            submission_date = UNSET
        else:
            submission_date_type_0 = datetime.datetime.fromisoformat(_submission_date)

            submission_date = submission_date_type_0

        _new_instance.submission_date = submission_date
        submission_score: float | None | Unset = src_dict.get("submission score", UNSET)

        _new_instance.submission_score = submission_score
        learning_outcome_name: None | str | Unset = src_dict.get("learning outcome name", UNSET)

        _new_instance.learning_outcome_name = learning_outcome_name
        learning_outcome_id: int | None | Unset = src_dict.get("learning outcome id", UNSET)

        _new_instance.learning_outcome_id = learning_outcome_id
        attempt: int | None | Unset = src_dict.get("attempt", UNSET)

        _new_instance.attempt = attempt
        outcome_score: float | None | Unset = src_dict.get("outcome score", UNSET)

        _new_instance.outcome_score = outcome_score
        course_name: None | str | Unset = src_dict.get("course name", UNSET)

        _new_instance.course_name = course_name
        course_id: int | None | Unset = src_dict.get("course id", UNSET)

        _new_instance.course_id = course_id
        course_sis_id: None | str | Unset = src_dict.get("course sis id", UNSET)

        _new_instance.course_sis_id = course_sis_id
        section_name: None | str | Unset = src_dict.get("section name", UNSET)

        _new_instance.section_name = section_name
        section_id: int | None | Unset = src_dict.get("section id", UNSET)

        _new_instance.section_id = section_id
        section_sis_id: None | str | Unset = src_dict.get("section sis id", UNSET)

        _new_instance.section_sis_id = section_sis_id
        assignment_url: None | str | Unset = src_dict.get("assignment url", UNSET)

        _new_instance.assignment_url = assignment_url
        learning_outcome_friendly_name: None | str | Unset = src_dict.get(
            "learning outcome friendly name", UNSET
        )

        _new_instance.learning_outcome_friendly_name = learning_outcome_friendly_name
        learning_outcome_points_possible: float | None | Unset = src_dict.get(
            "learning outcome points possible", UNSET
        )

        _new_instance.learning_outcome_points_possible = learning_outcome_points_possible
        learning_outcome_mastery_score: float | None | Unset = src_dict.get(
            "learning outcome mastery score", UNSET
        )

        _new_instance.learning_outcome_mastery_score = learning_outcome_mastery_score
        learning_outcome_mastered: int | None | Unset = src_dict.get("learning outcome mastered", UNSET)

        _new_instance.learning_outcome_mastered = learning_outcome_mastered
        learning_outcome_rating: None | str | Unset = src_dict.get("learning outcome rating", UNSET)

        _new_instance.learning_outcome_rating = learning_outcome_rating
        learning_outcome_rating_points: float | None | Unset = src_dict.get(
            "learning outcome rating points", UNSET
        )

        _new_instance.learning_outcome_rating_points = learning_outcome_rating_points
        learning_outcome_group_title: None | str | Unset = src_dict.get("learning outcome group title", UNSET)

        _new_instance.learning_outcome_group_title = learning_outcome_group_title
        learning_outcome_group_id: int | None | Unset = src_dict.get("learning outcome group id", UNSET)

        _new_instance.learning_outcome_group_id = learning_outcome_group_id
        account_id: int | None | Unset = src_dict.get("account id", UNSET)

        _new_instance.account_id = account_id
        account_name: None | str | Unset = src_dict.get("account name", UNSET)

        _new_instance.account_name = account_name
        enrollment_state: None | str | Unset = src_dict.get("enrollment state", UNSET)

        _new_instance.enrollment_state = enrollment_state
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
