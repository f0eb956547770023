"""The forms of a care plan: the plan, its problems, goals, interventions and reviews."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from carebook.core.dates import parse_date
from carebook.core.errors import ValidationError
from carebook.core.records import CarePlan, CarePlanReview, Condition, Goal, Intervention, Problem
from carebook.core.review_rules import ReviewEntry, validate_review_entry
from carebook.core.validation import (
    validate_care_plan,
    validate_care_plan_review,
    validate_goal,
    validate_intervention,
    validate_problem,
)
from carebook.core.vocabularies import ConditionStatus
from carebook.core.words import QT_TRANSLATE_NOOP
from carebook.ui.forms.care_plan_fields import (
    CARE_PLAN_FIELDS,
    GOAL_FIELDS,
    INTERVENTION_FIELDS,
    PROBLEM_FIELDS,
    RECORD_REVIEW_FIELDS,
    REVIEW_FIELDS,
)
from carebook.ui.forms.opening import form_title, run_form
from carebook.ui.forms.record_form import RecordForm


def care_plan_form(record: CarePlan, parent: QWidget | None = None) -> RecordForm[CarePlan]:
    return RecordForm(
        form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New care plan"),
            QT_TRANSLATE_NOOP("forms", "Edit care plan"),
        ),
        CARE_PLAN_FIELDS,
        record,
        validate=validate_care_plan,
        parent=parent,
    )


def edit_care_plan(record: CarePlan, parent: QWidget | None = None) -> CarePlan | None:
    return run_form(care_plan_form(record, parent))


def problem_form(
    record: Problem, conditions: Sequence[Condition], parent: QWidget | None = None
) -> RecordForm[Problem]:
    """`conditions`: the patient's, offered to pick from; picking one fills in the description
    while the description is empty or still the one the last pick filled in."""
    offered = [
        (
            c.id,
            c.description
            if c.status is ConditionStatus.ACTIVE
            else f"{c.description} ({c.status.label.lower()})",
        )
        for c in conditions
        if c.id is not None
    ]
    form = RecordForm(
        form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New problem or need"),
            QT_TRANSLATE_NOOP("forms", "Edit problem or need"),
        ),
        PROBLEM_FIELDS,
        record,
        validate=validate_problem,
        pickers={"condition_id": offered},
        parent=parent,
    )
    described = {c.id: c.description for c in conditions}
    description, picker = form.editor("description"), form.editor("condition_id")
    assert isinstance(description, QLineEdit) and isinstance(picker, QComboBox)
    filled = [described.get(record.condition_id, "")]

    def picked(_index: int) -> None:
        text = described.get(picker.currentData(), "")
        if text and description.text().strip() in ("", filled[0]):
            description.setText(text)
            filled[0] = text

    picker.currentIndexChanged.connect(picked)
    return form


def edit_problem(
    record: Problem, conditions: Sequence[Condition], parent: QWidget | None = None
) -> Problem | None:
    return run_form(problem_form(record, conditions, parent))


def goal_form(
    record: Goal, problems: Sequence[tuple[int, str]], parent: QWidget | None = None
) -> RecordForm[Goal]:
    """`problems`: (id, description) of the plan's problems the goal may answer."""
    return RecordForm(
        form_title(
            record, QT_TRANSLATE_NOOP("forms", "New goal"), QT_TRANSLATE_NOOP("forms", "Edit goal")
        ),
        GOAL_FIELDS,
        record,
        validate=validate_goal,
        pickers={"problem_id": problems},
        parent=parent,
    )


def edit_goal(
    record: Goal, problems: Sequence[tuple[int, str]], parent: QWidget | None = None
) -> Goal | None:
    return run_form(goal_form(record, problems, parent))


def intervention_form(
    record: Intervention,
    team: Sequence[tuple[int, str]],
    goals: Sequence[tuple[int, str]],
    parent: QWidget | None = None,
) -> RecordForm[Intervention]:
    """`team`: (contact id, label) of the patient's care team; `goals`: the plan's goals."""
    return RecordForm(
        form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New intervention"),
            QT_TRANSLATE_NOOP("forms", "Edit intervention"),
        ),
        INTERVENTION_FIELDS,
        record,
        validate=validate_intervention,
        pickers={"contact_id": team, "goal_id": goals},
        parent=parent,
    )


def edit_intervention(
    record: Intervention,
    team: Sequence[tuple[int, str]],
    goals: Sequence[tuple[int, str]],
    parent: QWidget | None = None,
) -> Intervention | None:
    return run_form(intervention_form(record, team, goals, parent))


def review_form(
    record: CarePlanReview, today: date, parent: QWidget | None = None
) -> RecordForm[CarePlanReview]:
    """A review already recorded: its date and outcome (the next review is the plan's)."""
    return RecordForm(
        QCoreApplication.translate("forms", "Edit review"),
        REVIEW_FIELDS,
        record,
        validate=lambda r: validate_care_plan_review(r, today),
        parent=parent,
    )


def edit_review(
    record: CarePlanReview, today: date, parent: QWidget | None = None
) -> CarePlanReview | None:
    return run_form(review_form(record, today, parent))


def record_review_form(
    entry: ReviewEntry,
    today: date,
    interval: Callable[[date], date],
    parent: QWidget | None = None,
    progress: Sequence[str] = (),
) -> RecordForm[ReviewEntry]:
    """A new review; the next review date follows the review date by `interval` until the
    user types a next review date of their own. The plan's measured goals' `progress` shows
    above the fields, for the review to say how they stand."""
    form = RecordForm(
        QCoreApplication.translate("forms", "Record review"),
        RECORD_REVIEW_FIELDS,
        entry,
        validate=lambda e: validate_review_entry(e, today),
        parent=parent,
    )
    if progress:
        heading = QCoreApplication.translate("forms", "How the measured goals stand:")
        said = QLabel("\n".join([heading, *(f"• {line}" for line in progress)]), form)
        said.setWordWrap(True)
        said.setObjectName("measuredGoals")
        layout = form.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, said)
    on_date, next_review = form.editor("on_date"), form.editor("next_review")
    assert isinstance(on_date, QLineEdit) and isinstance(next_review, QLineEdit)
    proposed = [next_review.text()]

    def moved(text: str) -> None:
        if next_review.text() != proposed[0]:
            return  # typed by the user: theirs to keep
        try:
            day = parse_date(text.strip())
        except ValidationError:
            return
        proposed[0] = interval(day).isoformat()
        next_review.setText(proposed[0])

    on_date.textChanged.connect(moved)
    return form


def edit_record_review(
    entry: ReviewEntry,
    today: date,
    interval: Callable[[date], date],
    parent: QWidget | None = None,
    progress: Sequence[str] = (),
) -> ReviewEntry | None:
    return run_form(record_review_form(entry, today, interval, parent, progress))
