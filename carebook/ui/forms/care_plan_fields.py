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
from carebook.ui.forms.field_spec import FieldSpec

#: What a goal may measure itself by: the vital signs and the instruments ("" for nothing).
_MEASURE_NAMES = (
    {"": "(not measured)"}
    | {vital.id: vital.name for vital in VITALS}
    | {scale.id: scale.short for scale in instruments()}
)


class _Measured(Vocabulary):
    @property
    def label(self) -> str:
        return _MEASURE_NAMES.get(self.value, self.value)


#: The goal form's choice of measure: a vocabulary of the measures' ids ("weight", "phq-9"),
#: so that the goal keeps the id itself.
GoalMeasure = cast(
    type[Vocabulary],
    _Measured(  # type: ignore[call-arg]
        "GoalMeasure",
        [(key.upper().replace("-", "_") or "NONE", key) for key in _MEASURE_NAMES],
    ),
)


CARE_PLAN_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "Title", required=True, placeholder="e.g. Staying safely at home"),
    FieldSpec("status", "Status", "choice", CarePlanStatus),
    FieldSpec("period_start", "Starts", "date"),
    FieldSpec("period_end", "Ends", "date", hint="Leave empty while the plan runs"),
    FieldSpec(
        "next_review",
        "Next review",
        "date",
        hint="The review shows on the Agenda from this day until it is recorded",
    ),
    FieldSpec("notes", "Notes", "long_text", lines=3),
)

PROBLEM_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "description",
        "Problem or need",
        required=True,
        placeholder="e.g. Falls at home",
        hint="In your own words, or choose one of the patient's conditions below",
    ),
    FieldSpec(
        "condition_id",
        "From condition",
        "contact",
        empty_label="(none: written freely)",
        hint="Choosing a condition fills in the problem, unless you have written one",
    ),
)

GOAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("description", "Goal", required=True, placeholder="e.g. Walks to the shop safely"),
    FieldSpec(
        "target",
        "Measurable target",
        placeholder="e.g. Twice a week, unaided",
        hint="How you will know the goal is met",
    ),
    FieldSpec(
        "due_date", "Due", "date", hint="The goal shows on the Agenda for review from this day"
    ),
    FieldSpec("lifecycle", "Status", "choice", GoalLifecycle),
    FieldSpec("achievement", "Achievement", "choice", GoalAchievement, allow_empty=True),
    FieldSpec(
        "problem_id", "For problem", "contact", hint="The problem or need this goal answers, if any"
    ),
    FieldSpec(
        "measure",
        "Measured by",
        "choice",
        GoalMeasure,
        hint="A measure or an assessment whose latest value says how the goal stands",
    ),
    FieldSpec("measure_target", "Target value", "number", placeholder="e.g. 10 (a PHQ-9 below 10)"),
    FieldSpec("measure_below", "Met at or below the target (else at or above)", "flag"),
)

INTERVENTION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "description", "What", required=True, placeholder="e.g. Strength and balance exercises"
    ),
    FieldSpec(
        "contact_id",
        "Who (care team)",
        "contact",
        hint="Someone on the patient's care team who carries it out",
    ),
    FieldSpec(
        "performer",
        "Who (in words)",
        placeholder="e.g. Daughter, home care agency",
        hint="Someone not on the care team, or more about who does it",
    ),
    FieldSpec("frequency", "How often", placeholder="e.g. Twice a week"),
    FieldSpec("status", "Status", "choice", InterventionStatus),
    FieldSpec("goal_id", "For goal", "contact", hint="The goal this works towards, if any"),
)

REVIEW_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("on_date", "Reviewed on", "date", required=True),
    FieldSpec(
        "outcome",
        "Outcome",
        "long_text",
        required=True,
        lines=4,
        placeholder="What was found, what changes",
        hint="Ctrl+Return saves from here",
    ),
)

#: Recording a review also says when the next one is due.
RECORD_REVIEW_FIELDS: tuple[FieldSpec, ...] = (
    *REVIEW_FIELDS,
    FieldSpec(
        "next_review", "Next review", "date", hint="Leave empty when no further review is planned"
    ),
)
