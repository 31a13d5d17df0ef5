from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GradeExportCsvRow")

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "student name",
        "student id",
        "student sis",
        "student integration id",
        "course",
        "course id",
        "course sis",
        "section",
        "section id",
        "section sis",
        "term",
        "term id",
        "term sis",
        "current score",
        "final score",
        "enrollment state",
        "unposted current score",
        "unposted final score",
        "override score",
        "current grade",
        "final grade",
        "unposted current grade",
        "unposted final grade",
        "override grade",
    )
)


@_attrs_define
class GradeExportCsvRow:
    """
    Attributes:
        student_name (None | str | Unset):
        student_id (int | None | Unset):
        student_sis (None | str | Unset):
        student_integration_id (None | str | Unset):
        course (None | str | Unset):
        course_id (int | None | Unset):
        course_sis (None | str | Unset):
        section (None | str | Unset):
        section_id (int | None | Unset):
        section_sis (None | str | Unset):
        term (None | str | Unset):
        term_id (int | None | Unset):
        term_sis (None | str | Unset):
        current_score (float | None | Unset):
        final_score (float | None | Unset):
        enrollment_state (None | str | Unset): `active`, `concluded`, `inactive` or `deleted`.
        unposted_current_score (float | None | Unset):
        unposted_final_score (float | None | Unset):
        override_score (float | None | Unset):
        current_grade (None | str | Unset):
        final_grade (None | str | Unset):
        unposted_current_grade (None | str | Unset):
        unposted_final_grade (None | str | Unset):
        override_grade (None | str | Unset):
        additional_properties (dict[str, Any]): Fields the document does not
            describe (e.g. from a newer Canvas), kept as received so to_dict() returns them.
    """

    student_name: None | str | Unset = UNSET
    student_id: int | None | Unset = UNSET
    student_sis: None | str | Unset = UNSET
    student_integration_id: None | str | Unset = UNSET
    course: None | str | Unset = UNSET
    course_id: int | None | Unset = UNSET
    course_sis: None | str | Unset = UNSET
    section: None | str | Unset = UNSET
    section_id: int | None | Unset = UNSET
    section_sis: None | str | Unset = UNSET
    term: None | str | Unset = UNSET
    term_id: int | None | Unset = UNSET
    term_sis: None | str | Unset = UNSET
    current_score: float | None | Unset = UNSET
    final_score: float | None | Unset = UNSET
    enrollment_state: None | str | Unset = UNSET
    unposted_current_score: float | None | Unset = UNSET
    unposted_final_score: float | None | Unset = UNSET
    override_score: float | None | Unset = UNSET
    current_grade: None | str | Unset = UNSET
    final_grade: None | str | Unset = UNSET
    unposted_current_grade: None | str | Unset = UNSET
    unposted_final_grade: None | str | Unset = UNSET
    override_grade: None | str | Unset = UNSET
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

        student_sis: None | str | Unset
        if isinstance(self.student_sis, Unset):
            student_sis = UNSET
        else:
            student_sis = self.student_sis

        student_integration_id: None | str | Unset
        if isinstance(self.student_integration_id, Unset):
            student_integration_id = UNSET
        else:
            student_integration_id = self.student_integration_id

        course: None | str | Unset
        if isinstance(self.course, Unset):
            course = UNSET
        else:
            course = self.course

        course_id: int | None | Unset
        if isinstance(self.course_id, Unset):
            course_id = UNSET
        else:
            course_id = self.course_id

        course_sis: None | str | Unset
        if isinstance(self.course_sis, Unset):
            course_sis = UNSET
        else:
            course_sis = self.course_sis

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        section_id: int | None | Unset
        if isinstance(self.section_id, Unset):
            section_id = UNSET
        else:
            section_id = self.section_id

        section_sis: None | str | Unset
        if isinstance(self.section_sis, Unset):
            section_sis = UNSET
        else:
            section_sis = self.section_sis

        term: None | str | Unset
        if isinstance(self.term, Unset):
            term = UNSET
        else:
            term = self.term

        term_id: int | None | Unset
        if isinstance(self.term_id, Unset):
            term_id = UNSET
        else:
            term_id = self.term_id

        term_sis: None | str | Unset
        if isinstance(self.term_sis, Unset):
            term_sis = UNSET
        else:
            term_sis = self.term_sis

        current_score: float | None | Unset
        if isinstance(self.current_score, Unset):
            current_score = UNSET
        else:
            current_score = self.current_score

        final_score: float | None | Unset
        if isinstance(self.final_score, Unset):
            final_score = UNSET
        else:
            final_score = self.final_score

        enrollment_state: None | str | Unset
        if isinstance(self.enrollment_state, Unset):
            enrollment_state = UNSET
        else:
            enrollment_state = self.enrollment_state

        unposted_current_score: float | None | Unset
        if isinstance(self.unposted_current_score, Unset):
            unposted_current_score = UNSET
        else:
            unposted_current_score = self.unposted_current_score

        unposted_final_score: float | None | Unset
        if isinstance(self.unposted_final_score, Unset):
            unposted_final_score = UNSET
        else:
            unposted_final_score = self.unposted_final_score

        override_score: float | None | Unset
        if isinstance(self.override_score, Unset):
            override_score = UNSET
        else:
            override_score = self.override_score

        current_grade: None | str | Unset
        if isinstance(self.current_grade, Unset):
            current_grade = UNSET
        else:
            current_grade = self.current_grade

        final_grade: None | str | Unset
        if isinstance(self.final_grade, Unset):
            final_grade = UNSET
        else:
            final_grade = self.final_grade

        unposted_current_grade: None | str | Unset
        if isinstance(self.unposted_current_grade, Unset):
            unposted_current_grade = UNSET
        else:
            unposted_current_grade = self.unposted_current_grade

        unposted_final_grade: None | str | Unset
        if isinstance(self.unposted_final_grade, Unset):
            unposted_final_grade = UNSET
        else:
            unposted_final_grade = self.unposted_final_grade

        override_grade: None | str | Unset
        if isinstance(self.override_grade, Unset):
            override_grade = UNSET
        else:
            override_grade = self.override_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if student_name is not UNSET:
            field_dict["student name"] = student_name
        if student_id is not UNSET:
            field_dict["student id"] = student_id
        if student_sis is not UNSET:
            field_dict["student sis"] = student_sis
        if student_integration_id is not UNSET:
            field_dict["student integration id"] = student_integration_id
        if course is not UNSET:
            field_dict["course"] = course
        if course_id is not UNSET:
            field_dict["course id"] = course_id
        if course_sis is not UNSET:
            field_dict["course sis"] = course_sis
        if section is not UNSET:
            field_dict["section"] = section
        if section_id is not UNSET:
            field_dict["section id"] = section_id
        if section_sis is not UNSET:
            field_dict["section sis"] = section_sis
        if term is not UNSET:
            field_dict["term"] = term
        if term_id is not UNSET:
            field_dict["term id"] = term_id
        if term_sis is not UNSET:
            field_dict["term sis"] = term_sis
        if current_score is not UNSET:
            field_dict["current score"] = current_score
        if final_score is not UNSET:
            field_dict["final score"] = final_score
        if enrollment_state is not UNSET:
            field_dict["enrollment state"] = enrollment_state
        if unposted_current_score is not UNSET:
            field_dict["unposted current score"] = unposted_current_score
        if unposted_final_score is not UNSET:
            field_dict["unposted final score"] = unposted_final_score
        if override_score is not UNSET:
            field_dict["override score"] = override_score
        if current_grade is not UNSET:
            field_dict["current grade"] = current_grade
        if final_grade is not UNSET:
            field_dict["final grade"] = final_grade
        if unposted_current_grade is not UNSET:
            field_dict["unposted current grade"] = unposted_current_grade
        if unposted_final_grade is not UNSET:
            field_dict["unposted final grade"] = unposted_final_grade
        if override_grade is not UNSET:
            field_dict["override grade"] = override_grade

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
        student_sis: None | str | Unset = src_dict.get("student sis", UNSET)

        _new_instance.student_sis = student_sis
        student_integration_id: None | str | Unset = src_dict.get("student integration id", UNSET)

        _new_instance.student_integration_id = student_integration_id
        course: None | str | Unset = src_dict.get("course", UNSET)

        _new_instance.course = course
        course_id: int | None | Unset = src_dict.get("course id", UNSET)

        _new_instance.course_id = course_id
        course_sis: None | str | Unset = src_dict.get("course sis", UNSET)

        _new_instance.course_sis = course_sis
        section: None | str | Unset = src_dict.get("section", UNSET)

        _new_instance.section = section
        section_id: int | None | Unset = src_dict.get("section id", UNSET)

        _new_instance.section_id = section_id
        section_sis: None | str | Unset = src_dict.get("section sis", UNSET)

        _new_instance.section_sis = section_sis
        term: None | str | Unset = src_dict.get("term", UNSET)

        _new_instance.term = term
        term_id: int | None | Unset = src_dict.get("term id", UNSET)

        _new_instance.term_id = term_id
        term_sis: None | str | Unset = src_dict.get("term sis", UNSET)

        _new_instance.term_sis = term_sis
        current_score: float | None | Unset = src_dict.get("current score", UNSET)

        _new_instance.current_score = current_score
        final_score: float | None | Unset = src_dict.get("final score", UNSET)

        _new_instance.final_score = final_score
        enrollment_state: None | str | Unset = src_dict.get("enrollment state", UNSET)

        _new_instance.enrollment_state = enrollment_state
        unposted_current_score: float | None | Unset = src_dict.get("unposted current score", UNSET)

        _new_instance.unposted_current_score = unposted_current_score
        unposted_final_score: float | None | Unset = src_dict.get("unposted final score", UNSET)

        _new_instance.unposted_final_score = unposted_final_score
        override_score: float | None | Unset = src_dict.get("override score", UNSET)

        _new_instance.override_score = override_score
        current_grade: None | str | Unset = src_dict.get("current grade", UNSET)

        _new_instance.current_grade = current_grade
        final_grade: None | str | Unset = src_dict.get("final grade", UNSET)

        _new_instance.final_grade = final_grade
        unposted_current_grade: None | str | Unset = src_dict.get("unposted current grade", UNSET)

        _new_instance.unposted_current_grade = unposted_current_grade
        unposted_final_grade: None | str | Unset = src_dict.get("unposted final grade", UNSET)

        _new_instance.unposted_final_grade = unposted_final_grade
        override_grade: None | str | Unset = src_dict.get("override grade", UNSET)

        _new_instance.override_grade = override_grade
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
