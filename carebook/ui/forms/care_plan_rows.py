"""The rows of a care plan's lists, and the parts and care team its forms offer to link to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from carebook.core.records import CarePlanReview
from carebook.core.vocabularies import GoalAchievement, GoalLifecycle, InterventionStatus
from carebook.reports.trends import progress_for
from carebook.store.caseload import Store


@dataclass(frozen=True, slots=True, kw_only=True)
class ProblemRow:
    """A problem or need of the plan, with the condition it comes from."""

    id: int
    description: str
    condition: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GoalRow:
    """A goal of the plan, with the problem it answers."""

    id: int
    description: str
    target: str
    due_date: date | None
    lifecycle: GoalLifecycle
    achievement: GoalAchievement | None
    problem: str
    #: How a measured goal stands ("latest 9 on 30 Nov 2026, improving, target at or below
    #: 10: met"), or "" for a goal measured by nothing.
    progress: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class InterventionRow:
    """What is done towards a goal: by whom (a care-team member, or in words), how often."""

    id: int
    description: str
    who: str
    frequency: str
    status: InterventionStatus
    goal: str


class CarePlanRows:
    """The rows and choices of one patient's care plans; a plan id of None has none."""

    def __init__(self, store: Store, patient_id: int) -> None:
        self.store = store
        self.patient_id = patient_id

    def problems(self, plan_id: int | None) -> list[ProblemRow]:
        """The plan's problems and needs."""
        if plan_id is None:
            return []
        conditions = {c.id: c.description for c in self.store.patients.conditions(self.patient_id)}
        return [
            ProblemRow(
                id=p.id, description=p.description, condition=conditions.get(p.condition_id, "")
            )
            for p in self.store.care_plans.problems(plan_id)
            if p.id is not None
        ]

    def goals(self, plan_id: int | None) -> list[GoalRow]:
        """The plan's goals."""
        if plan_id is None:
            return []
        problems = dict(self.problem_choices(plan_id))
        return [
            GoalRow(
                id=g.id,
                description=g.description,
                target=g.target,
                due_date=g.due_date,
                lifecycle=g.lifecycle,
                achievement=g.achievement,
                problem=problems.get(g.problem_id or 0, ""),
                progress=progress_for(self.store, self.patient_id, g).said if g.measure else "",
            )
            for g in self.store.care_plans.goals(plan_id)
            if g.id is not None
        ]

    def interventions(self, plan_id: int | None) -> list[InterventionRow]:
        """The plan's interventions."""
        if plan_id is None:
            return []
        team = {
            contact.id: contact.name
            for _m, contact in self.store.contacts.care_team(self.patient_id)
        }
        goals = dict(self.goal_choices(plan_id))
        rows: list[InterventionRow] = []
        for step in self.store.care_plans.interventions(plan_id):
            who = step.performer
            if step.contact_id is not None:
                name = team.get(step.contact_id) or self._contact_name(step.contact_id)
                who = who if name in who else (f"{name} ({who})" if who else name)
            assert step.id is not None
            rows.append(
                InterventionRow(
                    id=step.id,
                    description=step.description,
                    who=who,
                    frequency=step.frequency,
                    status=step.status,
                    goal=goals.get(step.goal_id or 0, ""),
                )
            )
        return rows

    def reviews(self, plan_id: int | None) -> list[CarePlanReview]:
        """The plan's reviews, latest first."""
        if plan_id is None:
            return []
        return self.store.care_plans.care_plan_reviews(plan_id)

    def _contact_name(self, contact_id: int) -> str:
        contact = self.store.contacts.contact(contact_id)
        if contact:
            return contact.name
        return QCoreApplication.translate("CarePlanSection", "Contact #%s") % contact_id

    def problem_choices(self, plan_id: int | None) -> list[tuple[int, str]]:
        """(id, description) of the plan's problems, for a goal to answer."""
        if plan_id is None:
            return []
        return [
            (p.id, p.description)
            for p in self.store.care_plans.problems(plan_id)
            if p.id is not None
        ]

    def goal_choices(self, plan_id: int | None) -> list[tuple[int, str]]:
        """(id, description) of the plan's goals, for an intervention to work towards."""
        if plan_id is None:
            return []
        return [
            (g.id, g.description) for g in self.store.care_plans.goals(plan_id) if g.id is not None
        ]

    def team_choices(self) -> list[tuple[int, str]]:
        """(contact id, "Name (role)") of the patient's care team, each contact once."""
        chosen: dict[int, str] = {}
        for member, contact in self.store.contacts.care_team(self.patient_id):
            if contact.id is not None:
                chosen.setdefault(contact.id, f"{contact.name} ({member.role.label})")
        return list(chosen.items())
