"""Which fields a care plan, its problems, goals, interventions and reviews show in a form."""

from __future__ import annotations

from typing import cast

from carebook.core.instruments import instruments
from carebook.core.measures import VITALS
from carebook.core.vocabularies import (
    CarePlanStatus,
    GoalAchievement,
    GoalLifecycle,
    InterventionStatus,
    Vocabulary,
)
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.ui.forms.field_spec import FieldSpec

#: What a goal may measure itself by: the vital signs and the instruments ("" for nothing).
_MEASURE_IDS = ("", *(vital.id for vital in VITALS), *(scale.id for scale in instruments()))


class _Measured(Vocabulary):
    @property
    def label(self) -> str:
        """The measure's name, read when shown (so in the language chosen by then)."""
        if not self.value:
            return translate("RecordForm", "(not measured)")
        names = {vital.id: vital.label for vital in VITALS}
        names |= {scale.id: scale.short for scale in instruments()}
        return names.get(self.value, self.value)


#: The goal form's choice of measure: a vocabulary of the measures' ids ("weight", "phq-9"),
#: so that the goal keeps the id itself.
GoalMeasure = cast(
    type[Vocabulary],
    _Measured(  # type: ignore[call-arg]
        "GoalMeasure",
        [(key.upper().replace("-", "_") or "NONE", key) for key in _MEASURE_IDS],
    ),
)


CARE_PLAN_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("RecordForm", "Title"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Staying safely at home"),
    ),
    FieldSpec("status", QT_TRANSLATE_NOOP("RecordForm", "Status"), "choice", CarePlanStatus),
    FieldSpec("period_start", QT_TRANSLATE_NOOP("RecordForm", "Starts"), "date"),
    FieldSpec(
        "period_end",
        QT_TRANSLATE_NOOP("RecordForm", "Ends"),
        "date",
        hint=QT_TRANSLATE_NOOP("RecordForm", "Leave empty while the plan runs"),
    ),
    FieldSpec(
        "next_review",
        QT_TRANSLATE_NOOP("RecordForm", "Next review"),
        "date",
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "The review shows on the Agenda from this day until it is recorded"
        ),
    ),
    FieldSpec("notes", QT_TRANSLATE_NOOP("RecordForm", "Notes"), "long_text", lines=3),
)

PROBLEM_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "description",
        QT_TRANSLATE_NOOP("RecordForm", "Problem or need"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Falls at home"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "In your own words, or choose one of the patient's conditions below"
        ),
    ),
    FieldSpec(
        "condition_id",
        QT_TRANSLATE_NOOP("RecordForm", "From condition"),
        "contact",
        empty_label=QT_TRANSLATE_NOOP("RecordForm", "(none: written freely)"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "Choosing a condition fills in the problem, unless you have written one"
        ),
    ),
)

GOAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "description",
        QT_TRANSLATE_NOOP("RecordForm", "Goal"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Walks to the shop safely"),
    ),
    FieldSpec(
        "target",
        QT_TRANSLATE_NOOP("RecordForm", "Measurable target"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Twice a week, unaided"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "How you will know the goal is met"),
    ),
    FieldSpec(
        "due_date",
        QT_TRANSLATE_NOOP("RecordForm", "Due"),
        "date",
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "The goal shows on the Agenda for review from this day"
        ),
    ),
    FieldSpec("lifecycle", QT_TRANSLATE_NOOP("RecordForm", "Status"), "choice", GoalLifecycle),
    FieldSpec(
        "achievement",
        QT_TRANSLATE_NOOP("RecordForm", "Achievement"),
        "choice",
        GoalAchievement,
        allow_empty=True,
    ),
    FieldSpec(
        "problem_id",
        QT_TRANSLATE_NOOP("RecordForm", "For problem"),
        "contact",
        hint=QT_TRANSLATE_NOOP("RecordForm", "The problem or need this goal answers, if any"),
    ),
    FieldSpec(
        "measure",
        QT_TRANSLATE_NOOP("RecordForm", "Measured by"),
        "choice",
        GoalMeasure,
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "A measure or an assessment whose latest value says how the goal stands"
        ),
    ),
    FieldSpec(
        "measure_target",
        QT_TRANSLATE_NOOP("RecordForm", "Target value"),
        "number",
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 10 (a PHQ-9 below 10)"),
    ),
    FieldSpec(
        "measure_below",
        QT_TRANSLATE_NOOP("RecordForm", "Met at or below the target (else at or above)"),
        "flag",
    ),
)

INTERVENTION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "description",
        QT_TRANSLATE_NOOP("RecordForm", "What"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Strength and balance exercises"),
    ),
    FieldSpec(
        "contact_id",
        QT_TRANSLATE_NOOP("RecordForm", "Who (care team)"),
        "contact",
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "Someone on the patient's care team who carries it out"
        ),
    ),
    FieldSpec(
        "performer",
        QT_TRANSLATE_NOOP("RecordForm", "Who (in words)"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Daughter, home care agency"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "Someone not on the care team, or more about who does it"
        ),
    ),
    FieldSpec(
        "frequency",
        QT_TRANSLATE_NOOP("RecordForm", "How often"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Twice a week"),
    ),
    FieldSpec("status", QT_TRANSLATE_NOOP("RecordForm", "Status"), "choice", InterventionStatus),
    FieldSpec(
        "goal_id",
        QT_TRANSLATE_NOOP("RecordForm", "For goal"),
        "contact",
        hint=QT_TRANSLATE_NOOP("RecordForm", "The goal this works towards, if any"),
    ),
)

REVIEW_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("on_date", QT_TRANSLATE_NOOP("RecordForm", "Reviewed on"), "date", required=True),
    FieldSpec(
        "outcome",
        QT_TRANSLATE_NOOP("RecordForm", "Outcome"),
        "long_text",
        required=True,
        lines=4,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "What was found, what changes"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "Ctrl+Return saves from here"),
    ),
)

#: Recording a review also says when the next one is due.
RECORD_REVIEW_FIELDS: tuple[FieldSpec, ...] = (
    *REVIEW_FIELDS,
    FieldSpec(
        "next_review",
        QT_TRANSLATE_NOOP("RecordForm", "Next review"),
        "date",
        hint=QT_TRANSLATE_NOOP("RecordForm", "Leave empty when no further review is planned"),
    ),
)
