"""A care plan's goal as FHIR: a Goal, its target and due date, addressing the plan's problem.

Read back, a Goal is a goal of the first CarePlan listing it; one no CarePlan lists is kept in
a care plan of its patient's called "Goals".
"""

from __future__ import annotations

from typing import Any

from carebook.core.records import CarePlan, Goal
from carebook.core.vocabularies import GoalAchievement, GoalLifecycle
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning, Target, key_of, point
from carebook.interop.fhir.report import WARNING
from carebook.interop.fhir.resolving import Entry
from carebook.store.fhir_links import FhirItem

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
            goal.achievement.english if goal.achievement else "",
        )
        if achievement
        else None,
        "description": fv.text(goal.description),
        "subject": subject,
        "target": [fv.prune(target)] if fv.prune(target) else [],
        "addresses": [addresses] if addresses else [],
    }


def plan_goal(
    planning: Planning, entry: Entry, plan: FhirItem, problems: dict[int, FhirItem], patient: Target
) -> FhirItem | None:
    """The Goal a CarePlan lists, as a goal of that plan (`problems`, the plan's problems by
    the Condition each is about); the first plan listing a goal keeps it."""
    if entry.item is not None:
        if id(entry) in planning.goal_plans and planning.goal_plans[id(entry)] is not plan:
            planning.say(
                WARNING,
                entry,
                translate(
                    "FhirImport",
                    "is a goal of more than one care plan; carebook keeps it with the first",
                ),
            )
        return entry.item
    if entry.broken:
        return None
    planning.goal_plans[id(entry)] = plan

    def make(planning: Planning, goal: Entry) -> None:
        planning.not_in_error(goal)
        make_goal(planning, goal, plan, problems, patient)

    planning.map(entry, make)
    return entry.item


def make_goal(
    planning: Planning, entry: Entry, plan: FhirItem, problems: dict[int, FhirItem], patient: Target
) -> None:
    """A Goal into a goal of the care plan `plan`, for the problem it addresses."""
    r = entry.resource
    subject = planning.resolve(r.get("subject"), entry)
    if subject.found and planning.target(subject, "patient", ("Patient",)) != patient:
        planning.say(
            WARNING, entry, translate("FhirImport", "belongs to another patient than its care plan")
        )
    description = fe.concept_text(r.get("description"))
    if not description:
        raise NotImported(translate("FhirImport", "does not say what the goal is"))
    goal = Goal(care_plan_id=0, description=description)
    lifecycle = fe.text_of(r.get("lifecycleStatus"))
    goal.lifecycle = {
        "proposed": GoalLifecycle.PROPOSED,
        "planned": GoalLifecycle.PROPOSED,
        "on-hold": GoalLifecycle.ON_HOLD,
        "completed": GoalLifecycle.COMPLETED,
        "cancelled": GoalLifecycle.CANCELLED,
        "rejected": GoalLifecycle.CANCELLED,
    }.get(lifecycle, GoalLifecycle.ACTIVE)
    achievement = fe.code_in(
        r.get("achievementStatus"), {a.value.replace("_", "-"): a for a in GoalAchievement}
    )
    goal.achievement = achievement
    targets = fe.dicts(r.get("target"))
    if targets:
        goal.due_date = fe.date_of(targets[0].get("dueDate"))
        goal.target = fe.target_text(targets[0])
    refs: dict[str, Target] = {"care_plan_id": plan}
    named = ext.decode(r).values.get("problem")  # carebook's own: the plan lists it
    if isinstance(named, str) and (id(plan), named) in planning.problem_keys:
        refs["problem_id"] = planning.problem_keys[(id(plan), named)]
    for value in fe.as_list(r.get("addresses")):
        ref = planning.resolve(value, entry)
        if "problem_id" not in refs and ref.entry is not None and id(ref.entry) in problems:
            refs["problem_id"] = problems[id(ref.entry)]
            break
    planning.emit(entry, "goal", goal, refs, keys=planning.keys(entry))


def read_lone_goal(planning: Planning, entry: Entry) -> None:
    """A goal no care plan lists: kept in the patient's plan called "Goals"."""
    if entry.item is not None or id(entry) in planning.goal_plans:
        return
    planning.not_in_error(entry)
    patient = planning.patient_of(entry, entry.resource.get("subject"), "subject")
    keys = (
        tuple(f"goals-of:{key}" for key in patient.keys)
        if isinstance(patient, FhirItem)
        else (f"goals-of:patient-record-{patient}",)
    )
    plan = planning.holder_plans.get(key_of(patient))
    if plan is None:
        plan = FhirItem(
            record=CarePlan(patient_id=0, title="Goals"),
            keys=keys,
            where=entry.where,
            name=entry.name,
        )
        point(plan, "patient_id", patient)
        planning.out["plan"].append(plan)  # written, though no resource is this plan
        planning.holder_plans[key_of(patient)] = plan
    planning.goal_plans[id(entry)] = plan
    make_goal(planning, entry, plan, {}, patient)
