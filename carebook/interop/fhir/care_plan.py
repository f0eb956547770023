"""A care plan as FHIR: a CarePlan addressing its problems, listing its goals (fhir.goal) and
its interventions as activities, with its reviews and next review as notes (each with what it
says typed beside its words: see fhir.extension).

Read back, each Condition a CarePlan addresses is one of its problems (linked to the condition
unless it is the problem's own), each Goal it lists one of its goals, each activity one of its
interventions (for the goal the activity names).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carebook.core.records import CarePlan, CarePlanReview, Intervention, Problem
from carebook.core.vocabularies import CarePlanStatus, InterventionStatus
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import sentences
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.condition import is_problem_only
from carebook.interop.fhir.global_ids import global_id
from carebook.interop.fhir.goal import plan_goal
from carebook.interop.fhir.planning import CONTACT_TYPES, Planning, Target
from carebook.interop.fhir.report import WARNING
from carebook.interop.fhir.resolving import Entry
from carebook.store.fhir_links import FhirItem

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
        said = {
            "time": review.on_date.isoformat(),
            "text": f"Review: {review.outcome.strip() or 'reviewed'}",
        }
        typed = {"on_date": review.on_date, "outcome": review.outcome.strip()}
        notes.append(ext.typed(said, {}, {"care_plan_review": [typed]}))
    if plan.next_review:
        said = fv.text(f"Next review due {plan.next_review.isoformat()}")
        notes.append(ext.typed(said, {"next_review": plan.next_review}))
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


def read_care_plan(planning: Planning, entry: Entry) -> None:
    """A CarePlan into a care plan of its patient, with its reviews, problems, goals and
    interventions."""
    planning.not_in_error(entry)
    r = entry.resource
    patient = planning.patient_of(entry, r.get("subject"), "subject")
    title = (
        fe.text_of(r.get("title"))
        or fe.text_of(r.get("description"))
        or next(
            (fe.concept_text(c) for c in fe.as_list(r.get("category")) if fe.concept_text(c)),
            "",
        )
        or "Care plan"
    )
    status = fe.text_of(r.get("status")).replace("-", "_")
    plan = CarePlan(
        patient_id=0,
        title=title,
        status=CarePlanStatus(status)
        if status in {s.value for s in CarePlanStatus}
        else CarePlanStatus.ACTIVE,
    )
    period = fe.as_dict(r.get("period"))
    plan.period_start = fe.date_of(period.get("start"))
    plan.period_end = fe.date_of(period.get("end"))
    notes: list[str] = []
    reviews: list[CarePlanReview | ext.Fields] = []
    for note in fe.notes_of(r):
        said = fe.text_of(note.get("text"))
        when = fe.date_of(note.get("time"))
        typed = ext.decode(note)
        outcome = sentences.review_outcome(said) if when and not typed else None
        if typed:  # carebook's words for a review or the next one, typed
            reviews += typed.children.get("care_plan_review", [])
            if plan.next_review is None:
                planning.fill(plan, typed, entry)
        elif when and outcome is not None:
            reviews.append(CarePlanReview(care_plan_id=0, on_date=when, outcome=outcome))
        elif (due := sentences.next_review(said)) is not None and plan.next_review is None:
            plan.next_review = due
        else:
            notes.append(said)
    plan.notes = "\n".join(notes)
    item = planning.emit(entry, "plan", plan, {"patient_id": patient}, keys=planning.keys(entry))
    listed = planning.children(entry, "care_plan_review")
    for review in reviews if listed is None else listed:
        if isinstance(review, ext.Fields):
            planning.emit(
                entry,
                "review",
                CarePlanReview(care_plan_id=0, on_date=planning.today),
                {"care_plan_id": item},
                fields=review,
            )
        else:
            planning.emit(entry, "review", review, {"care_plan_id": item}, element={})
    problems = _problems(planning, entry, item)
    goals: dict[int, FhirItem] = {}
    for value in fe.as_list(r.get("goal")):
        ref = planning.resolve(value, entry)
        if ref.entry is None or ref.entry.type != "Goal":
            if ref.reference and not ref.found:
                planning.say(
                    WARNING,
                    entry,
                    translate(
                        "FhirImport", "goal {reference} is not in the files; left out"
                    ).format(reference=ref.reference),
                )
            continue
        goal = plan_goal(planning, ref.entry, item, problems, patient)
        if goal is not None:
            goals[id(ref.entry)] = goal
    _interventions(planning, entry, item, goals)


def _problems(planning: Planning, entry: Entry, plan: FhirItem) -> dict[int, FhirItem]:
    """The plan's problems, by the resource each is about (for the goals)."""
    found: dict[int, FhirItem] = {}
    listed = planning.children(entry, "problem")
    if listed is not None:
        for fields in listed:
            key = fields.values.pop("key", None)
            item = planning.emit(
                entry,
                "problem",
                Problem(care_plan_id=0, description="-"),
                {"care_plan_id": plan},
                fields=fields,
            )
            if isinstance(key, str):
                planning.problem_keys[(id(plan), key)] = item
            condition = item.refs.get("condition_id")
            for other in planning.entries:  # a goal addressing its condition finds it
                if condition is not None and other.item is condition:
                    found.setdefault(id(other), item)
        return found
    for value in fe.as_list(entry.resource.get("addresses")):
        ref = planning.resolve(value, entry)
        problem = Problem(care_plan_id=0, description=ref.display)
        refs: dict[str, Target] = {"care_plan_id": plan}
        if ref.entry is not None and ref.entry.type == "Condition":
            if not problem.description:
                problem.description = fe.concept_text(ref.entry.resource.get("code"))
            if not is_problem_only(ref.entry):
                refs["condition_id"] = planning.target(ref, "condition", ("Condition",))
        elif ref.existing is not None and ref.existing[0] == "condition":
            refs["condition_id"] = ref.existing[1]
        elif ref.reference and not ref.found:
            planning.say(
                WARNING,
                entry,
                (
                    translate(
                        "FhirImport",
                        "addresses {reference}, which is not in the files; kept as the problem "
                        "{display}",
                    )
                    if ref.display
                    else translate(
                        "FhirImport", "addresses {reference}, which is not in the files; left out"
                    )
                ).format(reference=ref.reference, display=repr(ref.display)),
            )
        if not problem.description:
            continue
        item = planning.emit(entry, "problem", problem, refs, element=value)
        if ref.entry is not None:
            found.setdefault(id(ref.entry), item)
            if is_problem_only(ref.entry):  # the problem's own Condition carries its global id
                item.uid = global_id(ref.entry.resource, "problem")
    return found


def _interventions(
    planning: Planning, entry: Entry, plan: FhirItem, goals: dict[int, FhirItem]
) -> None:
    """The plan's activities as its interventions (for its goals, `goals` by their Goal)."""
    listed = planning.children(entry, "intervention")
    if listed is not None:
        for fields in listed:
            planning.emit(
                entry,
                "intervention",
                Intervention(care_plan_id=0, description="-"),
                {"care_plan_id": plan},
                fields=fields,
            )
        return
    for number, planned in enumerate(fe.dicts(entry.resource.get("activity"))):
        detail = fe.as_dict(planned.get("detail"))
        if not detail:
            reference = planning.resolve(planned.get("reference"), entry)
            said = reference.display or (
                fe.concept_text(reference.entry.resource.get("code"))
                if reference.entry is not None
                else ""
            )
            if said:
                planning.emit(
                    entry,
                    "intervention",
                    Intervention(care_plan_id=0, description=said),
                    {"care_plan_id": plan},
                    element=planned,
                )
            else:
                planning.say(
                    WARNING,
                    entry,
                    translate(
                        "FhirImport", "activity {number} says nothing carebook can keep; left out"
                    ).format(number=number + 1),
                )
            continue
        if fe.text_of(detail.get("status")) == "entered-in-error":
            continue
        description = (
            fe.text_of(detail.get("description"))
            or fe.concept_text(detail.get("code"))
            or fe.text_of(detail.get("kind"))
        )
        if not description:
            planning.say(
                WARNING,
                entry,
                translate("FhirImport", "activity {number} has no description; left out").format(
                    number=number + 1
                ),
            )
            continue
        status = fe.text_of(detail.get("status")).replace("-", "_")
        intervention = Intervention(
            care_plan_id=0,
            description=description,
            status=(
                InterventionStatus(status)
                if status in {s.value for s in InterventionStatus}
                else InterventionStatus.CANCELLED
                if status == "stopped"
                else InterventionStatus.IN_PROGRESS
            ),
        )
        refs: dict[str, Target] = {"care_plan_id": plan}
        performers = fe.as_list(detail.get("performer"))
        if performers:
            target, display = planning.optional(
                entry,
                performers[0],
                "contact",
                CONTACT_TYPES,
                "performer",
                kept=translate("FhirImport", "as the performer"),
            )
            refs["contact_id"] = target
            intervention.performer = display
        intervention.frequency = fe.text_of(detail.get("scheduledString")) or fe.timing_words(
            detail.get("scheduledTiming")
        )
        for value in fe.as_list(detail.get("goal")):
            ref = planning.resolve(value, entry)
            if ref.entry is not None and id(ref.entry) in goals:
                refs["goal_id"] = goals[id(ref.entry)]
                break
        planning.emit(entry, "intervention", intervention, refs, element=detail)
