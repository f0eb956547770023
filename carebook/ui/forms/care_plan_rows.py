"""The rows of a care plan's lists, and the parts and care team its forms offer to link to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carebook.store.caseload import Store
from carebook.ui.patient.record_section import Row


class CarePlanRows:
    """The rows and choices of one patient's care plans; a plan id of None has none."""

    def __init__(self, store: Store, patient_id: int) -> None:
        self.store = store
        self.patient_id = patient_id

    def problems(self, plan_id: int | None) -> list[Row]:
        """(id, problem or need, the condition it comes from)."""
        if plan_id is None:
            return []
        conditions = {c.id: c.description for c in self.store.patients.conditions(self.patient_id)}
        return [
            (p.id, p.description, conditions.get(p.condition_id, ""))
            for p in self.store.care_plans.problems(plan_id)
        ]

    def goals(self, plan_id: int | None) -> list[Row]:
        """(id, goal, target, due, status, achievement, the problem it answers)."""
        if plan_id is None:
            return []
        problems = dict(self.problem_choices(plan_id))
        return [
            (
                g.id,
                g.description,
                g.target,
                g.due_date.isoformat() if g.due_date else None,
                g.lifecycle.value,
                g.achievement.value if g.achievement else None,
                problems.get(g.problem_id or 0, ""),
            )
            for g in self.store.care_plans.goals(plan_id)
        ]

    def interventions(self, plan_id: int | None) -> list[Row]:
        """(id, what, who, how often, status, the goal it works towards)."""
        if plan_id is None:
            return []
        team = {
            contact.id: contact.name
            for _m, contact in self.store.contacts.care_team(self.patient_id)
        }
        goals = dict(self.goal_choices(plan_id))
        rows: list[Row] = []
        for step in self.store.care_plans.interventions(plan_id):
            who = step.performer
            if step.contact_id is not None:
                name = team.get(step.contact_id) or self._contact_name(step.contact_id)
                who = who if name in who else (f"{name} ({who})" if who else name)
            rows.append(
                (
                    step.id,
                    step.description,
                    who,
                    step.frequency,
                    step.status.value,
                    goals.get(step.goal_id or 0, ""),
                )
            )
        return rows

    def reviews(self, plan_id: int | None) -> list[Row]:
        """(id, reviewed on, outcome), latest first."""
        if plan_id is None:
            return []
        return [
            (r.id, r.on_date.isoformat(), r.outcome)
            for r in self.store.care_plans.care_plan_reviews(plan_id)
        ]

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
