"""A patient's care plan: problems, goals, interventions and reviews."""

from __future__ import annotations

from datetime import timedelta

from carebook.core.records import CarePlan, CarePlanReview, Contact, Goal, Intervention, Problem
from carebook.core.vocabularies import CarePlanStatus, GoalAchievement, GoalLifecycle, PatientStatus
from carebook.sample.builder.base import Builder, Person
from carebook.sample.conditions import GENERAL_INTERVENTIONS, GENERAL_PLAN
from carebook.sample.routine import ACHIEVEMENT, INTERVENTION_STATUS, REVIEW_COUNT, REVIEW_OUTCOMES

#: The sample's goals that a reading or a score measures: the measure, the target, and
#: whether it is met at or below it.
MEASURED_GOALS: dict[str, tuple[str, float, bool]] = {
    "Blood pressure within target": ("bp", 150.0, True),
    "Mood better": ("phq-9", 9.0, True),
    "Stable weight": ("weight", 80.0, True),
}


def build_care_plan(b: Builder, person: Person) -> None:
    status = {
        PatientStatus.ACTIVE: CarePlanStatus.ACTIVE,
        PatientStatus.ON_HOLD: CarePlanStatus.ON_HOLD,
        PatientStatus.DISCHARGED: CarePlanStatus.COMPLETED,
    }.get(person.patient.status)
    if status is None:
        return
    began = b.days_ago(60, 720)
    plan = CarePlan(
        id=b.next_id("care_plan"),
        patient_id=person.id,
        title="Care plan",
        status=status,
        period_start=began,
        period_end=b.days_ago(3, 50) if status is CarePlanStatus.COMPLETED else None,
        next_review=None
        if status is CarePlanStatus.COMPLETED
        else (b.days_ahead(-7, 7) if b.chance(0.2) else b.days_ahead(8, 120)),
    )
    b.bundle.care_plans.append(plan)
    assert plan.id is not None
    goals, interventions = _plan_problems(b, person, plan.id)
    _plan_goals_and_interventions(b, person, plan.id, goals, interventions)
    for _ in range(REVIEW_COUNT.draw(b.rng)):
        b.bundle.care_plan_reviews.append(
            CarePlanReview(
                id=b.next_id("care_plan_review"),
                care_plan_id=plan.id,
                on_date=b.between(began, b.today - timedelta(days=1)),
                outcome=b.pick(REVIEW_OUTCOMES),
            )
        )


def _plan_problems(
    b: Builder, person: Person, plan_id: int
) -> tuple[list[tuple[int, tuple[str, str, int]]], list[tuple[int, tuple[str, str, str]]]]:
    """1-3 problems from the patient's conditions; their candidate goals and interventions."""
    parts = [(kind.plan, condition.id) for kind, condition in person.conditions if kind.plan]
    b.rng.shuffle(parts)
    parts = parts[: b.randint(1, 3)] or [(GENERAL_PLAN, None)]
    goals: list[tuple[int, tuple[str, str, int]]] = []
    interventions: list[tuple[int, tuple[str, str, str]]] = []
    for part, condition_id in parts:
        assert part is not None
        problem = Problem(
            id=b.next_id("problem"),
            care_plan_id=plan_id,
            description=part.problem,
            condition_id=condition_id,
        )
        b.bundle.problems.append(problem)
        assert problem.id is not None
        goals += [(problem.id, goal) for goal in part.goals]
        interventions += [(problem.id, item) for item in part.interventions]
    return goals, interventions


def _plan_goals_and_interventions(
    b: Builder,
    person: Person,
    plan_id: int,
    goals: list[tuple[int, tuple[str, str, int]]],
    interventions: list[tuple[int, tuple[str, str, str]]],
) -> None:
    goal_of_problem: dict[int, int] = {}
    for problem_id, (description, target, due_days) in b.rng.sample(
        goals, min(len(goals), b.randint(1, 3))
    ):
        goal = Goal(
            id=b.next_id("goal"),
            care_plan_id=plan_id,
            problem_id=problem_id,
            description=description,
            target=target,
            due_date=b.today + timedelta(days=due_days - b.randint(0, due_days // 2)),
            achievement=ACHIEVEMENT.draw(b.rng),
        )
        measured = MEASURED_GOALS.get(description)
        if measured is not None:  # a goal a reading or a score says is met
            goal.measure, goal.measure_target, goal.measure_below = measured
        if goal.achievement is GoalAchievement.ACHIEVED:
            goal.lifecycle = GoalLifecycle.COMPLETED
        b.bundle.goals.append(goal)
        assert goal.id is not None
        goal_of_problem.setdefault(problem_id, goal.id)
    wanted = b.randint(2, 4)
    chosen = b.rng.sample(interventions, min(len(interventions), wanted))
    extra = [
        (0, item) for item in GENERAL_INTERVENTIONS if item[0] not in {c[1][0] for c in chosen}
    ]
    chosen += extra[: max(0, wanted - len(chosen))]
    for problem_id, (description, performer, frequency) in chosen:
        label, contact = _performer(b, person, performer)
        b.bundle.interventions.append(
            Intervention(
                id=b.next_id("intervention"),
                care_plan_id=plan_id,
                goal_id=goal_of_problem.get(problem_id),
                description=description,
                contact_id=contact.id if contact else None,
                performer=label,
                frequency=frequency,
                status=INTERVENTION_STATUS.draw(b.rng),
            )
        )


def _performer(b: Builder, person: Person, key: str) -> tuple[str, Contact | None]:
    """Who carries out an intervention, in words and (when on the team) as a contact."""
    labels = {
        "caregiver": "Family caregiver",
        "agency": "Home care agency",
        "gp": "GP",
        "nurse": "District nurse",
        "pharmacy": "Pharmacy",
        "therapist": "Therapist",
        "social_worker": "Social worker",
        "coordinator": "Care coordinator",
    }
    contact = person.team.get(key)
    if contact is None:
        return labels[key], None
    return f"{labels[key]} ({contact.name})", contact
