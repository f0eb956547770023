"""Changing a patient's care plans, each change one undoable step on the whole plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from carebook.core.records import CarePlan, CarePlanReview, Goal, Intervention, Problem
from carebook.core.review_rules import USUAL_INTERVAL, ReviewEntry, review_interval
from carebook.core.vocabularies import CarePlanStatus
from carebook.core.words import translate
from carebook.reports.trends import progress_for
from carebook.ui.changes import care_plans as care_plan_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms import care_plan_forms
from carebook.ui.forms.care_plan_parts import PartList
from carebook.ui.forms.care_plan_rows import CarePlanRows
from carebook.ui.forms.care_plan_text import spoken_day
from carebook.ui.forms.record_editor import attempt, confirm_delete


class ShownPlan(Protocol):
    """What the changes need of the section showing a plan: which plan is on screen (a new
    plan is shown by setting it), and the lists to select a new part in."""

    plan_id: int | None
    problems: PartList
    goals: PartList
    interventions: PartList
    reviews: PartList

    def plan(self) -> CarePlan | None: ...

    def refresh(self) -> None: ...


class CarePlanChanges:
    """Every change the care-plan section makes, asked for in a form (and deletes confirmed)
    over `parent`, and run through the caseload's one door."""

    def __init__(
        self, caseload: Caseload, patient_id: int, shown: ShownPlan, parent: QWidget
    ) -> None:
        self.caseload = caseload
        self.store = caseload.store
        self.patient_id = patient_id
        self.shown = shown
        self.parent = parent
        self.rows = CarePlanRows(caseload.store, patient_id)

    def _do(self, action: Callable[[], object]) -> bool:
        """Run a change through the door; a refusal is shown over the section."""
        return attempt(self.parent, action)

    def new_plan(self) -> None:
        today = self.store.today()
        blank = CarePlan(
            patient_id=self.patient_id,
            title="",
            status=CarePlanStatus.ACTIVE,
            period_start=today,
            next_review=today + USUAL_INTERVAL,
        )
        edited = care_plan_forms.edit_care_plan(blank, self.parent)
        if edited is None:
            return

        saved: list[CarePlan] = []
        if self._do(
            lambda: saved.append(
                self.caseload.add(edited, translate("CarePlanSection", "New care plan"))
            )
        ):
            self.shown.plan_id = saved[0].id  # the new plan is the one shown
            self.shown.refresh()

    def edit_plan(self) -> None:
        plan = (
            self.store.care_plans.care_plan(self.shown.plan_id)
            if self.shown.plan_id is not None
            else None
        )
        if plan is None:
            return
        edited = care_plan_forms.edit_care_plan(plan, self.parent)
        if edited is not None and edited != plan:
            self._do(
                lambda: self.caseload.save(edited, translate("CarePlanSection", "Edit care plan"))
            )

    def delete_plan(self) -> None:
        plan = (
            self.store.care_plans.care_plan(self.shown.plan_id)
            if self.shown.plan_id is not None
            else None
        )
        if (
            plan is None
            or plan.id is None
            or not confirm_delete(
                self.parent,
                translate("CarePlanSection", "the care plan “%s”") % plan.title,
                translate(
                    "CarePlanSection", "Its problems, goals, interventions and reviews go with it."
                ),
            )
        ):
            return
        self._do(
            lambda: self.caseload.remove(plan, translate("CarePlanSection", "Delete care plan"))
        )

    def _add(self, part: PartList, text: str, record: Any) -> None:
        """Add a part to the plan, and select it."""
        added: list[Any] = []
        if self._do(lambda: added.append(self.caseload.add(record, text))):
            part.select_id(added[0].id)

    def _mine(self, record: Any) -> bool:
        """Whether a part read by id belongs to the plan on screen."""
        return record is not None and record.care_plan_id == self.shown.plan_id

    def new_problem(self) -> None:
        if self.shown.plan_id is None:
            return
        edited = care_plan_forms.edit_problem(
            Problem(care_plan_id=self.shown.plan_id, description=""),
            self.store.patients.conditions(self.patient_id),
            self.parent,
        )
        if edited is not None:
            self._add(
                self.shown.problems,
                translate("CarePlanSection", "Add problem"),
                edited,
            )

    def edit_problem(self, problem_id: int) -> None:
        problem = self.store.care_plans.problem(problem_id)
        if problem is None or not self._mine(problem):
            return
        edited = care_plan_forms.edit_problem(
            problem, self.store.patients.conditions(self.patient_id), self.parent
        )
        if edited is not None and edited != problem:
            self._do(
                lambda: self.caseload.save(edited, translate("CarePlanSection", "Edit problem"))
            )

    def delete_problem(self, problem_id: int) -> None:
        problem = self.store.care_plans.problem(problem_id)
        if (
            problem is None
            or not self._mine(problem)
            or not confirm_delete(
                self.parent,
                translate("CarePlanSection", "the problem “%s”") % problem.description,
                translate("CarePlanSection", "Its goals stay in the plan, no longer linked to it."),
            )
        ):
            return
        self._do(
            lambda: self.caseload.remove(problem, translate("CarePlanSection", "Delete problem"))
        )

    def new_goal(self) -> None:
        if self.shown.plan_id is None:
            return
        edited = care_plan_forms.edit_goal(
            Goal(care_plan_id=self.shown.plan_id, description=""),
            self.rows.problem_choices(self.shown.plan_id),
            self.parent,
        )
        if edited is not None:
            self._add(self.shown.goals, translate("CarePlanSection", "Add goal"), edited)

    def edit_goal(self, goal_id: int) -> None:
        goal = self.store.care_plans.goal(goal_id)
        if goal is None or not self._mine(goal):
            return
        edited = care_plan_forms.edit_goal(
            goal, self.rows.problem_choices(self.shown.plan_id), self.parent
        )
        if edited is not None and edited != goal:
            self._do(lambda: self.caseload.save(edited, translate("CarePlanSection", "Edit goal")))

    def delete_goal(self, goal_id: int) -> None:
        goal = self.store.care_plans.goal(goal_id)
        if (
            goal is None
            or not self._mine(goal)
            or not confirm_delete(
                self.parent,
                translate("CarePlanSection", "the goal “%s”") % goal.description,
                translate(
                    "CarePlanSection", "Its interventions stay in the plan, no longer linked to it."
                ),
            )
        ):
            return
        self._do(lambda: self.caseload.remove(goal, translate("CarePlanSection", "Delete goal")))

    def new_intervention(self) -> None:
        if self.shown.plan_id is None:
            return
        edited = care_plan_forms.edit_intervention(
            Intervention(care_plan_id=self.shown.plan_id, description=""),
            self.rows.team_choices(),
            self.rows.goal_choices(self.shown.plan_id),
            self.parent,
        )
        if edited is not None:
            self._add(
                self.shown.interventions,
                translate("CarePlanSection", "Add intervention"),
                edited,
            )

    def edit_intervention(self, intervention_id: int) -> None:
        step = self.store.care_plans.intervention(intervention_id)
        if step is None or not self._mine(step):
            return
        edited = care_plan_forms.edit_intervention(
            step, self.rows.team_choices(), self.rows.goal_choices(self.shown.plan_id), self.parent
        )
        if edited is not None and edited != step:
            self._do(
                lambda: self.caseload.save(
                    edited, translate("CarePlanSection", "Edit intervention")
                )
            )

    def delete_intervention(self, intervention_id: int) -> None:
        step = self.store.care_plans.intervention(intervention_id)
        if (
            step is None
            or not self._mine(step)
            or not confirm_delete(
                self.parent,
                translate("CarePlanSection", "the intervention “%s”") % step.description,
            )
        ):
            return
        self._do(
            lambda: self.caseload.remove(step, translate("CarePlanSection", "Delete intervention"))
        )

    def record_review(self) -> None:
        plan = self.shown.plan()
        if plan is None or plan.id is None:
            return
        today = self.store.today()
        interval = review_interval(plan, self.store.care_plans.care_plan_reviews(plan.id))
        entry = ReviewEntry(care_plan_id=plan.id, on_date=today, next_review=today + interval)
        progress = [
            f"{goal.description}: {progress_for(self.store, plan.patient_id, goal).said}"
            for goal in self.store.care_plans.goals(plan.id)
            if goal.measure
        ]
        edited = care_plan_forms.edit_record_review(
            entry, today, lambda day: day + interval, self.parent, progress
        )
        if edited is not None:
            reviewed: list[CarePlanReview] = []
            if self._do(
                lambda: reviewed.append(
                    care_plan_changes.review_care_plan(
                        self.caseload,
                        translate("CarePlanSection", "Record care-plan review"),
                        edited.review(),
                        edited.next_review,
                    )
                )
            ):
                self.shown.reviews.select_id(reviewed[0].id)

    def edit_review(self, review_id: int) -> None:
        review = self.store.care_plans.care_plan_review(review_id)
        if review is None or not self._mine(review):
            return
        edited = care_plan_forms.edit_review(review, self.store.today(), self.parent)
        if edited is not None and edited != review:
            self._do(
                lambda: self.caseload.save(edited, translate("CarePlanSection", "Edit review"))
            )

    def delete_review(self, review_id: int) -> None:
        review = self.store.care_plans.care_plan_review(review_id)
        if (
            review is None
            or not self._mine(review)
            or not confirm_delete(
                self.parent,
                translate("CarePlanSection", "the review of %s") % spoken_day(review.on_date),
                translate("CarePlanSection", "The plan's next review date stays as it is."),
            )
        ):
            return
        self._do(
            lambda: self.caseload.remove(review, translate("CarePlanSection", "Delete review"))
        )
