"""Care plans in the store: a plan with its problems, goals, interventions and dated reviews."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.errors import ValidationError
from carebook.core.records import (
    CarePlan,
    CarePlanReview,
    Condition,
    Contact,
    Goal,
    Intervention,
    Patient,
    Problem,
)
from carebook.core.vocabularies import CarePlanStatus, ContactRole, GoalAchievement, GoalLifecycle
from carebook.store.caseload import Store

TODAY = date(2026, 3, 2)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: datetime(2026, 3, 2, 8))
    yield store
    store.close()


def _patient(store: Store, given: str = "Edna") -> int:
    patient = store.patients.add_patient(Patient(given=given, family="Marsh"))
    assert patient.id is not None
    return patient.id


def _plan(store: Store, patient_id: int, **fields: object) -> CarePlan:
    plan = store.care_plans.add_care_plan(
        CarePlan(
            patient_id=patient_id,
            title="Staying safe at home",
            period_start=date(2026, 1, 5),
            **fields,
        )
    )  # type: ignore[arg-type]
    assert plan.id is not None
    return plan


def test_a_whole_plan_is_kept_and_read_back_in_order(store: Store) -> None:
    patient_id = _patient(store)
    condition = store.patients.add_condition(
        Condition(patient_id=patient_id, description="Osteoarthritis")
    )
    plan = _plan(store, patient_id, next_review=date(2026, 4, 1))
    assert plan.id is not None and condition.id is not None
    falls = store.care_plans.add_problem(
        Problem(care_plan_id=plan.id, description="Falls at home", condition_id=condition.id)
    )
    assert falls.id is not None
    done = store.care_plans.add_goal(
        Goal(
            care_plan_id=plan.id,
            description="Grab rails fitted",
            lifecycle=GoalLifecycle.COMPLETED,
            achievement=GoalAchievement.ACHIEVED,
        )
    )
    walk = store.care_plans.add_goal(
        Goal(
            care_plan_id=plan.id,
            problem_id=falls.id,
            description="Walk to the shop",
            target="Twice a week, unaided",
            due_date=date(2026, 6, 1),
        )
    )
    assert walk.id is not None
    physio = store.contacts.add_contact(Contact(name="Ana Ruiz", role=ContactRole.THERAPIST))
    exercise = store.care_plans.add_intervention(
        Intervention(
            care_plan_id=plan.id,
            goal_id=walk.id,
            description="Strength and balance exercises",
            contact_id=physio.id,
            frequency="Weekly",
        )
    )
    assert [p.description for p in store.care_plans.problems(plan.id)] == ["Falls at home"]
    assert [g.id for g in store.care_plans.goals(plan.id)] == [walk.id, done.id]  # current first
    assert store.care_plans.interventions(plan.id) == [exercise]
    assert store.care_plans.care_plans(patient_id) == [plan]


def test_a_review_is_dated_and_moves_the_next_one_on(store: Store) -> None:
    plan = _plan(store, _patient(store), next_review=date(2026, 3, 1))
    assert plan.id is not None
    assert [r.what for r in store.lists.reviews_due(TODAY)] == [plan.title]  # overdue
    review = store.care_plans.review_care_plan(
        CarePlanReview(care_plan_id=plan.id, on_date=TODAY, outcome="Steadier; rails in use"),
        next_review=date(2026, 6, 1),
    )
    assert store.care_plans.care_plan_reviews(plan.id) == [review]
    assert store.care_plans.care_plan(plan.id).next_review == date(2026, 6, 1)  # type: ignore[union-attr]
    assert store.lists.reviews_due(TODAY) == []
    with pytest.raises(ValidationError) as refused:
        store.care_plans.review_care_plan(
            CarePlanReview(care_plan_id=plan.id, on_date=date(2026, 3, 9), outcome="Later"),
            next_review=None,
        )
    assert refused.value.field == "on_date"  # a review that has not happened yet
    with pytest.raises(ValidationError) as refused:
        store.care_plans.review_care_plan(
            CarePlanReview(care_plan_id=plan.id, on_date=TODAY, outcome=""), next_review=None
        )
    assert refused.value.field == "outcome"
    assert len(store.care_plans.care_plan_reviews(plan.id)) == 1  # nothing half-saved


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "  "}, "title"),
        ({"period_start": date(2026, 3, 1), "period_end": date(2026, 2, 1)}, "period_end"),
        ({"period_start": date(2026, 3, 1), "next_review": date(2026, 2, 1)}, "next_review"),
    ],
)
def test_a_plan_that_makes_no_sense_is_refused_naming_the_field(
    store: Store, fields: dict[str, object], field: str
) -> None:
    patient_id = _patient(store)
    with pytest.raises(ValidationError) as refused:
        store.care_plans.add_care_plan(
            CarePlan(patient_id=patient_id, **{"title": "Plan", **fields})
        )  # type: ignore[arg-type]
    assert refused.value.field == field
    assert store.care_plans.care_plans(patient_id) == []


def test_parts_must_belong_to_the_same_plan_and_patient(store: Store) -> None:
    edna, ruth = _patient(store), _patient(store, "Ruth")
    plan, other = _plan(store, edna), _plan(store, ruth)
    assert plan.id is not None and other.id is not None
    ruths = store.patients.add_condition(Condition(patient_id=ruth, description="Asthma"))
    with pytest.raises(ValidationError) as refused:
        store.care_plans.add_problem(
            Problem(care_plan_id=plan.id, description="Breathless", condition_id=ruths.id)
        )
    assert refused.value.field == "condition_id"
    elsewhere = store.care_plans.add_goal(
        Goal(care_plan_id=other.id, description="Inhaler technique")
    )
    with pytest.raises(ValidationError) as refused:
        store.care_plans.add_intervention(
            Intervention(care_plan_id=plan.id, goal_id=elsewhere.id, description="Check technique")
        )
    assert refused.value.field == "goal_id"
    assert store.care_plans.interventions(plan.id) == []


def test_deleting_a_goal_keeps_its_interventions_and_deleting_the_plan_removes_all(
    store: Store,
) -> None:
    plan = _plan(store, _patient(store), status=CarePlanStatus.ACTIVE)
    assert plan.id is not None
    goal = store.care_plans.add_goal(Goal(care_plan_id=plan.id, description="Sleep through"))
    assert goal.id is not None
    step = store.care_plans.add_intervention(
        Intervention(care_plan_id=plan.id, goal_id=goal.id, description="Evening routine")
    )
    store.care_plans.delete_goal(goal.id)
    assert [(i.id, i.goal_id) for i in store.care_plans.interventions(plan.id)] == [(step.id, None)]
    snapshot = store.snapshot("care_plan", plan.id)
    store.care_plans.delete_care_plan(plan.id)
    assert (
        store.care_plans.interventions(plan.id) == []
        and store.care_plans.care_plan(plan.id) is None
    )
    store.restore("care_plan", plan.id, snapshot)  # undo brings it all back
    assert [i.description for i in store.care_plans.interventions(plan.id)] == ["Evening routine"]


def test_each_part_is_read_by_its_id(store: Store) -> None:
    plan = _plan(store, _patient(store))
    assert plan.id is not None
    problem = store.care_plans.add_problem(Problem(care_plan_id=plan.id, description="Lonely"))
    goal = store.care_plans.add_goal(
        Goal(care_plan_id=plan.id, problem_id=problem.id, description="Out of the house weekly")
    )
    step = store.care_plans.add_intervention(
        Intervention(
            care_plan_id=plan.id, goal_id=goal.id, description="Day centre", frequency="Tuesdays"
        )
    )
    review = store.care_plans.review_care_plan(
        CarePlanReview(care_plan_id=plan.id, on_date=TODAY, outcome="Enjoys the centre"), None
    )
    assert problem.id and goal.id and step.id and review.id
    assert store.care_plans.problem(problem.id) == problem
    assert store.care_plans.goal(goal.id) == goal
    assert store.care_plans.intervention(step.id) == step
    assert store.care_plans.care_plan_review(review.id) == review
    store.care_plans.delete_care_plan(plan.id)
    assert (
        store.care_plans.problem(problem.id),
        store.care_plans.goal(goal.id),
        store.care_plans.intervention(step.id),
        store.care_plans.care_plan_review(review.id),
    ) == (None, None, None, None)
