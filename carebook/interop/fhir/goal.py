"""A care plan's goal as FHIR: a Goal, its target and due date, addressing the plan's problem."""

from __future__ import annotations

from typing import Any

from carebook.core.domain import Goal, label_of
from carebook.interop.fhir import values as fv

Json = dict[str, Any]

_GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
_ACHIEVEMENT_DISPLAY = {
    "in-progress": "In Progress",
    "improving": "Improving",
    "worsening": "Worsening",
    "no-change": "No Change",
    "achieved": "Achieved",
    "not-achieved": "Not Achieved",
}


def goal_resource(goal: Goal, subject: Json, addresses: Json | None) -> Json:
    """The goal as a FHIR Goal of the patient `subject`, addressing the Condition its problem
    is about (`addresses`, a reference), not yet pruned."""
    target: Json = {"dueDate": fv.day(goal.due_date)}
    if goal.target.strip():
        # A target's detail needs its measure (gol-1): what is tracked, and the aim.
        target.update(measure=fv.text(goal.description), detailString=goal.target.strip())
    achievement = fv.code(goal.achievement.value) if goal.achievement else None
    return {
        "resourceType": "Goal",
        "id": f"goal-{goal.id}",
        "lifecycleStatus": fv.code(goal.lifecycle.value),
        "achievementStatus": fv.coded(
            _GOAL_ACHIEVEMENT,
            achievement,
            _ACHIEVEMENT_DISPLAY[achievement],
            label_of(goal.achievement),
        )
        if achievement
        else None,
        "description": fv.text(goal.description),
        "subject": subject,
        "target": [fv.prune(target)] if fv.prune(target) else [],
        "addresses": [addresses] if addresses else [],
    }
