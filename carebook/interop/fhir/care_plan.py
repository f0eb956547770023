"""A care plan as FHIR: a CarePlan addressing its problems, listing its goals (fhir.goal) and
its interventions as activities, with its reviews and next review as notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carebook.core.domain import CarePlan, CarePlanReview, Intervention
from carebook.interop.fhir import values as fv

Json = dict[str, Any]


def activity(intervention: Intervention, goal: Json | None, performer: Json | None) -> Json:
    """An intervention as a CarePlan activity: for `goal`, done by `performer` (references)."""
    return {
        "detail": fv.prune(
            {
                "status": fv.code(intervention.status.value),
                "description": intervention.description,
                "goal": [fv.ref(goal)] if goal else [],
                "performer": [performer] if performer else [],
                "scheduledString": intervention.frequency.strip(),
            }
        )
    }


def care_plan_resource(
    plan: CarePlan,
    reviews: Sequence[CarePlanReview],
    subject: Json,
    team: Json | None,
    addresses: Sequence[Json],
    goals: Sequence[Json],
    activities: Sequence[Json],
) -> Json:
    """The plan as a FHIR CarePlan of the patient `subject`: its care `team`, the Conditions
    it `addresses` (references), its `goals` (their resources) and `activities`; not yet
    pruned."""
    notes = [fv.text(plan.notes.strip())] if plan.notes.strip() else []
    for review in reviews:
        notes.append(
            {
                "time": review.on_date.isoformat(),
                "text": f"Review: {review.outcome.strip() or 'reviewed'}",
            }
        )
    if plan.next_review:
        notes.append(fv.text(f"Next review due {plan.next_review.isoformat()}"))
    return {
        "resourceType": "CarePlan",
        "id": f"care-plan-{plan.id}",
        "status": fv.code(plan.status.value),
        "intent": "plan",
        "title": plan.title,
        "subject": subject,
        "period": fv.period(fv.day(plan.period_start), fv.day(plan.period_end)),
        "careTeam": [fv.ref(team)] if team else [],
        "addresses": list(addresses),
        "goal": [fv.ref(goal) for goal in goals],
        "activity": list(activities),
        "note": notes,
    }
