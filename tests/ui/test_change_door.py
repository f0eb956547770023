"""Every write goes through the one door, which says what it touched; views reload only that."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from carebook.core.changes import Changes
from carebook.core.errors import ValidationError
from carebook.core.records import Allergy, CarePlan, Condition, Contact, Goal
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow


def test_an_allergy_added_is_told_as_the_patients_and_only_those_lists_reload(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    heard: list[Changes] = []
    caseload.changed.connect(heard.append)
    patients, _medications, _appointments, tasks = window.list_tabs[:4]
    for tab in window.list_tabs:
        tab.load()
        tab._stale = False

    def add() -> list[tuple[str, int]]:
        allergy = caseload.store.patients.add_allergy(Allergy(patient_id=3, substance="Latex"))
        assert allergy.id is not None
        return [("allergy", allergy.id)]

    changes = caseload.change("Add allergy", "allergy", add)
    assert heard == [changes]
    assert changes.touches("allergy") and changes.touches_patient(3)
    assert not changes.touches("task", "contact")
    assert patients._stale or patients.isVisible()  # shows allergies: told
    assert not tasks._stale  # shows none of it: left alone
    caseload.undo_stack.undo()
    assert heard[-1] == changes  # the undo tells the same


def test_a_directory_contact_is_nobodys_patient(caseload: Caseload) -> None:
    def add() -> list[tuple[str, int]]:
        contact = caseload.store.contacts.add_contact(Contact(name="Dr Okafor"))
        assert contact.id is not None
        return [("contact", contact.id)]

    changes = caseload.change("Add contact", "contact", add)
    assert changes.kinds == {"contact"} and not changes.patients


def test_a_goal_added_through_the_door_is_undone_with_its_care_plan(caseload: Caseload) -> None:
    """A part of a care plan is added as its kind says and undone with the whole plan."""
    store = caseload.store
    plan = store.care_plans.add_care_plan(CarePlan(patient_id=3, title="Falls"))
    assert plan.id is not None
    heard: list[Changes] = []
    caseload.changed.connect(heard.append)

    goal = caseload.add(Goal(care_plan_id=plan.id, description="Walks to the shop"), "Add goal")

    assert goal.id is not None
    assert [g.description for g in store.care_plans.goals(plan.id)] == ["Walks to the shop"]
    assert heard[-1].touches("care_plan") and heard[-1].touches_patient(3)
    caseload.undo_stack.undo()
    assert store.care_plans.goals(plan.id) == []
    assert store.care_plans.care_plan(plan.id) is not None  # the plan itself stays
    caseload.undo_stack.redo()
    assert [g.description for g in store.care_plans.goals(plan.id)] == ["Walks to the shop"]


def test_a_condition_saved_and_removed_through_the_door_comes_back_with_undo(
    caseload: Caseload,
) -> None:
    store = caseload.store
    condition = caseload.add(Condition(patient_id=3, description="Gout"), "Add condition")
    assert condition.id is not None

    changes = caseload.save(replace(condition, description="Gout, left foot"), "Edit condition")
    assert changes.records == {("condition", condition.id)} and changes.touches_patient(3)
    assert any(c.description == "Gout, left foot" for c in store.patients.conditions(3))

    caseload.remove(replace(condition, description="Gout, left foot"), "Delete condition")
    assert all(c.id != condition.id for c in store.patients.conditions(3))
    caseload.undo_stack.undo()
    back = [c for c in store.patients.conditions(3) if c.id == condition.id]
    assert [c.description for c in back] == ["Gout, left foot"]


def test_a_refused_write_through_the_door_changes_nothing_and_is_not_undoable(
    caseload: Caseload,
) -> None:
    before = caseload.undo_stack.count()
    with pytest.raises(ValidationError):
        caseload.add(Condition(patient_id=3, description=" "), "Add condition")
    assert caseload.undo_stack.count() == before


def test_a_change_that_replaces_the_caseload_drops_undo_only_when_it_wrote(
    caseload: Caseload,
) -> None:
    caseload.add(Condition(patient_id=3, description="Gout"), "Add condition")
    heard: list[Changes] = []
    caseload.changed.connect(heard.append)

    assert caseload.replace(lambda: "nothing", wrote=lambda _answer: False) == "nothing"
    assert caseload.undo_stack.count() == 1 and heard == []

    caseload.replace(lambda: None)
    assert caseload.undo_stack.count() == 0 and heard == [Changes.of_everything()]
