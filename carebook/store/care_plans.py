"""Care plans in the store: problems, goals, interventions and the dated reviews of each plan."""

from __future__ import annotations

from datetime import date
from typing import Any

from carebook.core.errors import ValidationError
from carebook.core.records import CarePlan, CarePlanReview, Goal, Intervention, Problem
from carebook.core.validation import (
    validate_care_plan,
    validate_care_plan_review,
    validate_goal,
    validate_intervention,
    validate_problem,
)
from carebook.core.words import translate
from carebook.store.base import Part, Writes


class CarePlans(Part):
    """Keeping a patient's care plans: one method per thing the care manager does to one."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "care_plan": Writes(self.add_care_plan, self.update_care_plan, self.delete_care_plan),
            "problem": Writes(self.add_problem, self.update_problem, self.delete_problem),
            "goal": Writes(self.add_goal, self.update_goal, self.delete_goal),
            "intervention": Writes(
                self.add_intervention, self.update_intervention, self.delete_intervention
            ),
            "care_plan_review": Writes(
                self.add_care_plan_review,
                self.update_care_plan_review,
                self.delete_care_plan_review,
            ),
        }

    # -- reading ---------------------------------------------------------------------------------

    def care_plans(self, patient_id: int) -> list[CarePlan]:
        """A patient's care plans: current ones (draft, active, on hold) first, newest first."""
        return self._all(
            CarePlan,
            "patient_id = ?",
            [patient_id],
            "status NOT IN ('draft', 'active', 'on_hold'),"
            " coalesce(period_start, '') DESC, id DESC",
        )

    def care_plan(self, plan_id: int) -> CarePlan | None:
        return self._get(CarePlan, plan_id)

    def problems(self, plan_id: int) -> list[Problem]:
        return self._all(Problem, "care_plan_id = ?", [plan_id], "id")

    def goals(self, plan_id: int) -> list[Goal]:
        """The plan's goals: those still being worked on first, then by due date."""
        return self._all(
            Goal,
            "care_plan_id = ?",
            [plan_id],
            "lifecycle NOT IN ('proposed', 'active', 'on_hold'), due_date IS NULL, due_date, id",
        )

    def interventions(self, plan_id: int) -> list[Intervention]:
        return self._all(
            Intervention, "care_plan_id = ?", [plan_id], "status IN ('completed', 'cancelled'), id"
        )

    def care_plan_reviews(self, plan_id: int) -> list[CarePlanReview]:
        """The plan's reviews, the latest first."""
        return self._all(CarePlanReview, "care_plan_id = ?", [plan_id], "on_date DESC, id DESC")

    def problem(self, problem_id: int) -> Problem | None:
        return self._get(Problem, problem_id)

    def goal(self, goal_id: int) -> Goal | None:
        return self._get(Goal, goal_id)

    def intervention(self, intervention_id: int) -> Intervention | None:
        return self._get(Intervention, intervention_id)

    def care_plan_review(self, review_id: int) -> CarePlanReview | None:
        return self._get(CarePlanReview, review_id)

    # -- the plan itself -------------------------------------------------------------------------

    def add_care_plan(self, plan: CarePlan) -> CarePlan:
        validate_care_plan(plan)
        return self._create(plan)

    def update_care_plan(self, plan: CarePlan) -> None:
        validate_care_plan(plan)
        self._change(plan)

    def delete_care_plan(self, plan_id: int) -> None:
        """Delete the plan with its problems, goals, interventions and reviews."""
        self._delete(CarePlan, plan_id)

    def review_care_plan(self, review: CarePlanReview, next_review: date | None) -> CarePlanReview:
        """Record that the plan was reviewed (with what came of it) and when it is next due."""
        validate_care_plan_review(review, self.today())
        plan = self._need(CarePlan, review.care_plan_id)
        if next_review is not None and next_review <= review.on_date:
            raise ValidationError(
                translate("CarePlans", "The next review must come after this one."), "next_review"
            )
        with self._transaction():
            self._insert(review)
            plan.next_review = next_review
            self._update(plan)
            self._log("create", "care_plan_review", review.id)
        return review

    def add_care_plan_review(self, review: CarePlanReview) -> CarePlanReview:
        """Record a review the plan had, leaving when the next one is due as it is."""
        validate_care_plan_review(review, self.today())
        self._need(CarePlan, review.care_plan_id)
        return self._create(review)

    def update_care_plan_review(self, review: CarePlanReview) -> None:
        validate_care_plan_review(review, self.today())
        self._change(review)

    def delete_care_plan_review(self, review_id: int) -> None:
        self._delete(CarePlanReview, review_id)

    # -- its parts -------------------------------------------------------------------------------

    def add_problem(self, problem: Problem) -> Problem:
        self._check_problem(problem)
        return self._create(problem)

    def update_problem(self, problem: Problem) -> None:
        self._check_problem(problem)
        self._change(problem)

    def delete_problem(self, problem_id: int) -> None:
        """Delete a problem; its goals stay in the plan, no longer linked to it."""
        self._delete(Problem, problem_id)

    def add_goal(self, goal: Goal) -> Goal:
        self._check_goal(goal)
        return self._create(goal)

    def update_goal(self, goal: Goal) -> None:
        self._check_goal(goal)
        self._change(goal)

    def delete_goal(self, goal_id: int) -> None:
        """Delete a goal; its interventions stay in the plan, no longer linked to it."""
        self._delete(Goal, goal_id)

    def add_intervention(self, intervention: Intervention) -> Intervention:
        self._check_intervention(intervention)
        return self._create(intervention)

    def update_intervention(self, intervention: Intervention) -> None:
        self._check_intervention(intervention)
        self._change(intervention)

    def delete_intervention(self, intervention_id: int) -> None:
        self._delete(Intervention, intervention_id)

    # -- checks that need the caseload -----------------------------------------------------------

    def _check_problem(self, problem: Problem) -> None:
        validate_problem(problem)
        plan = self._need(CarePlan, problem.care_plan_id)
        if (
            problem.condition_id is not None
            and self._scalar(
                "SELECT patient_id FROM condition WHERE id = ?", [problem.condition_id]
            )
            != plan.patient_id
        ):
            raise ValidationError(
                translate("CarePlans", "That condition is not this patient's."), "condition_id"
            )

    def _check_goal(self, goal: Goal) -> None:
        validate_goal(goal)
        self._need(CarePlan, goal.care_plan_id)
        self._in_plan("problem", goal.problem_id, goal.care_plan_id, "problem_id")

    def _check_intervention(self, intervention: Intervention) -> None:
        validate_intervention(intervention)
        self._need(CarePlan, intervention.care_plan_id)
        self._in_plan("goal", intervention.goal_id, intervention.care_plan_id, "goal_id")
        if (
            intervention.contact_id is not None
            and self._scalar("SELECT id FROM contact WHERE id = ?", [intervention.contact_id])
            is None
        ):
            raise ValidationError(
                translate("CarePlans", "That contact no longer exists."), "contact_id"
            )

    def _in_plan(self, table: str, record_id: int | None, plan_id: int, field: str) -> None:
        if (
            record_id is not None
            and self._scalar(f"SELECT care_plan_id FROM {table} WHERE id = ?", [record_id])
            != plan_id
        ):
            raise ValidationError(
                translate("CarePlans", "That {kind} is not part of this care plan.").format(
                    kind=table
                ),
                field,
            )
