"""The care-plan section of the patient record, driven by keyboard: what lands in the file.

Alt+9 shows the section. In it, Alt+L goes to the plan picker (F2 or Return edits the plan, Delete
deletes it), Alt+N starts a plan, Alt+E edits it, Alt+P / Alt+G / Alt+I / Alt+H go to the lists of
problems, goals, interventions and reviews (Ctrl+N adds, Return or F2 edits, Delete deletes), and
Alt+R records a review. Every change is one undoable step on the whole plan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from keyboard_driver import (
    ALT,
    CTRL,
    SHIFT,
    Answers,
    Key,
    activate,
    fill_form,
    focused,
    form_steps,
    press,
    press_mnemonic,
    replace_text,
    scalar,
    tab_to,
    type_text,
)
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from carebook.core.records import CarePlan, CarePlanReview, Problem
from carebook.core.vocabularies import CarePlanStatus
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.care_plan_editor import CarePlanSection
from carebook.ui.forms.care_plan_parts import PartList
from carebook.ui.forms.care_plan_text import spoken_day
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.patient_record import PatientRecord


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window with the Agenda on screen (it opens on Today)."""
    window.tabs.setCurrentWidget(window.agenda)
    return window


WITH_A_PLAN = "EXISTS (SELECT 1 FROM care_plan c WHERE c.patient_id = p.id AND c.status = 'active')"


# -- helpers -------------------------------------------------------------------------------------


def a_patient(store: Store, where: str = "1") -> int:
    """An active patient meeting `where` (SQL over `p`), the first by id."""
    found = scalar(
        store,
        f"SELECT p.id FROM patient p WHERE p.status = 'active' AND ({where}) ORDER BY p.id LIMIT 1",
    )
    assert found is not None, f"the sample has no such patient: {where}"
    return int(found)


def open_care_plan(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, patient_id: int
) -> tuple[PatientRecord, CarePlanSection]:
    """Open the patient's record and press Alt+9 for its care plan."""
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN.get(patient_id)
    assert record is not None
    qtbot.waitExposed(record)
    activate(qtbot, record)
    press(qtbot, Key.Key_9, CTRL, inside=record)
    assert record.tabs.tabText(record.tabs.currentIndex()) == "Care plan"
    section = record.tabs.currentWidget()
    assert isinstance(section, CarePlanSection)
    return record, section


def keys(qtbot: QtBot, record: PatientRecord, key: Key, modifier: Any = ALT) -> None:
    """A key combination in the record window, as it comes from the keyboard."""
    activate(qtbot, record)
    press(qtbot, key, modifier, inside=record)


def choose(qtbot: QtBot, combo: QWidget, wanted: Callable[[QComboBox], bool]) -> None:
    """Tab to a drop-down list, Home, then Down until the item wanted is showing."""
    assert isinstance(combo, QComboBox)
    tab_to(qtbot, combo)
    qtbot.keyClick(combo, Key.Key_Home)
    for _ in range(combo.count() + 1):
        if wanted(combo):
            return
        qtbot.keyClick(combo, Key.Key_Down)
    raise AssertionError(f"no item of {combo.accessibleName()!r} is the one wanted")


def choose_data(qtbot: QtBot, combo: QWidget, value: object) -> None:
    choose(qtbot, combo, lambda c: c.currentData() == value)


def choose_text(qtbot: QtBot, combo: QWidget, text: str) -> None:
    choose(qtbot, combo, lambda c: c.currentText() == text)


def walk_to(qtbot: QtBot, part: PartList, record_id: int) -> None:
    """Ctrl+Home in the list, then Down until the row is the one wanted."""
    assert focused(part.table) is part.table, "the list has the focus"
    qtbot.keyClick(part.table, Key.Key_Home, CTRL)
    for _ in range(part.model.rowCount() + 1):
        chosen = part.selected()
        if chosen is not None and chosen[0] == record_id:
            return
        qtbot.keyClick(part.table, Key.Key_Down)
    raise AssertionError(f"no row of {part.spec.title} is {record_id}")


def row_ids(part: PartList) -> list[int | None]:
    return [part.model.record_id(row) for row in range(part.model.rowCount())]


def agenda_reviews(window: MainWindow) -> list[tuple[str, int, bool]]:
    """The Agenda's reviews table as it stands: (kind, record id, overdue)."""
    model = window.agenda.reviews
    reviews = [model.row(number) for number in range(model.rowCount())]
    return [(r.kind, r.record_id, r.overdue) for r in reviews if r is not None]


def whole_plan(store: Store, plan_id: int) -> tuple[Any, ...]:
    return (
        store.care_plans.care_plan(plan_id),
        store.care_plans.problems(plan_id),
        store.care_plans.goals(plan_id),
        store.care_plans.interventions(plan_id),
        store.care_plans.care_plan_reviews(plan_id),
    )


# -- the plan ------------------------------------------------------------------------------------


def test_a_new_plan_due_for_review_today_is_shown_and_listed_on_the_agenda_until_undone(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    today = store.today()
    patient_id = a_patient(store)
    assert window.agenda.isVisible()
    record, section = open_care_plan(qtbot, window, caseload, patient_id)
    last = scalar(store, "SELECT coalesce(max(id), 0) FROM care_plan")

    def steps(form: RecordForm[Any]) -> None:
        start = form.editor("period_start")
        assert isinstance(start, QLineEdit) and start.text() == today.isoformat()
        press(qtbot, Key.Key_Return, inside=form)  # no title yet: said beside the field
        assert form.isVisible() and "title" in form.message("title").text().lower()
        assert focused(form) is form.editor("title")
        type_text(qtbot, "Staying safely at home", form)
        tab_to(qtbot, form.editor("next_review"))
        replace_text(qtbot, today.isoformat(), form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "New care plan"))
    keys(qtbot, record, Key.Key_N)  # &New plan…
    answers.settle(qtbot)
    rows = store.conn.execute(
        "SELECT id, patient_id, title, status, period_start, next_review FROM care_plan"
        " WHERE id > ?",
        [last],
    ).fetchall()
    assert [row[1:] for row in rows] == [
        (patient_id, "Staying safely at home", "active", today.isoformat(), today.isoformat())
    ]
    plan_id = rows[0][0]
    assert section.plan_id == plan_id, "the new plan is the one shown"
    assert section.picker.currentText().startswith("Staying safely at home — Active")
    assert section.review_label.text() == f"Next review: {spoken_day(today)} — due today"
    assert section.review_label.font().bold()
    assert ("care_plan", plan_id, False) in agenda_reviews(window)

    keys(qtbot, record, Key.Key_Z, CTRL)
    assert store.care_plans.care_plan(plan_id) is None
    assert section.picker.findData(plan_id) < 0
    assert ("care_plan", plan_id) not in [found[:2] for found in agenda_reviews(window)]

    keys(qtbot, record, Key.Key_Z, CTRL | SHIFT)
    assert store.care_plans.care_plan(plan_id) is not None
    assert ("care_plan", plan_id, False) in agenda_reviews(window)


@pytest.mark.parametrize("status", [CarePlanStatus.ON_HOLD, CarePlanStatus.COMPLETED])
def test_a_paused_or_finished_plan_has_no_review_overdue_here_or_on_the_agenda(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, status: CarePlanStatus
) -> None:
    store = caseload.store
    patient_id = a_patient(store, WITH_A_PLAN)
    _record, section = open_care_plan(qtbot, window, caseload, patient_id)
    plan = store.care_plans.care_plans(patient_id)[0]
    assert plan.id is not None
    gone_by = store.today() - timedelta(days=10)
    changed = dataclasses.replace(plan, next_review=gone_by, status=status)
    caseload.change(
        "Edit care plan",
        "care_plan",
        lambda: store.care_plans.update_care_plan(changed),
        touches=[("care_plan", plan.id)],
    )
    assert section.review_label.text() == (
        f"Next review: {spoken_day(gone_by)} — not due while the plan is {status.label.lower()}"
    )
    assert not section.review_label.font().bold()
    assert section.review_icon.isHidden()
    assert ("care_plan", plan.id) not in [found[:2] for found in agenda_reviews(window)]


def test_f2_on_the_plan_edits_it_and_a_review_date_gone_by_is_shown_overdue(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    today = store.today()
    patient_id = a_patient(store, WITH_A_PLAN)
    record, section = open_care_plan(qtbot, window, caseload, patient_id)
    plan = store.care_plans.care_plans(patient_id)[0]
    assert plan.id is not None and section.plan_id == plan.id
    assert plan.status is CarePlanStatus.ACTIVE
    before = store.patients.patient(patient_id)
    gone_by = today - timedelta(days=10)
    assert plan.period_start is not None and plan.period_start <= gone_by

    answers.expect(
        RecordForm,
        fill_form(
            form_steps(
                qtbot, ("title", "Home safety and memory"), ("next_review", gone_by.isoformat())
            ),
            "Edit care plan",
        ),
    )
    keys(qtbot, record, Key.Key_L)  # P&lan:
    assert focused(record) is section.picker
    press(qtbot, Key.Key_F2, inside=record)  # the plan's F2, not the patient's
    answers.check()
    saved = store.care_plans.care_plan(plan.id)
    assert saved is not None
    assert (saved.title, saved.next_review) == ("Home safety and memory", gone_by)
    assert store.patients.patient(patient_id) == before
    assert section.review_label.text() == f"Next review: {spoken_day(gone_by)} — overdue"
    assert section.review_label.font().bold()
    assert not section.review_icon.isHidden()
    assert section.review_icon.accessibleName() == "Review overdue"
    assert ("care_plan", plan.id, True) in agenda_reviews(window)

    # Escape leaves the plan as it was.
    answers.expect(
        RecordForm,
        fill_form(
            form_steps(qtbot, ("title", "Something else"), then=Key.Key_Escape), "Edit care plan"
        ),
    )
    press(qtbot, Key.Key_Return, inside=record)
    answers.check()
    assert store.care_plans.care_plan(plan.id) == saved

    keys(qtbot, record, Key.Key_Z, CTRL)
    assert store.care_plans.care_plan(plan.id) == plan
    assert section.picker.currentText().startswith(f"{plan.title} — ")


def test_delete_on_the_plan_asks_with_no_as_the_default_and_ctrl_z_brings_it_all_back(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(
        store,
        WITH_A_PLAN + " AND EXISTS (SELECT 1 FROM care_plan c"
        " JOIN goal g ON g.care_plan_id = c.id WHERE c.patient_id = p.id)",
    )
    record, section = open_care_plan(qtbot, window, caseload, patient_id)
    plan_id = section.plan_id
    assert plan_id is not None
    whole = whole_plan(store, plan_id)
    assert whole[1] and whole[2], "the plan has problems and goals"

    keys(qtbot, record, Key.Key_L)
    answers.expect(
        QMessageBox,
        press_mnemonic(qtbot, Key.Key_Return, "care plan", "Ctrl+Z"),
        "delete, answered with Return",
    )
    press(qtbot, Key.Key_Delete, inside=record)
    answers.check()
    assert whole_plan(store, plan_id) == whole, "Return is No: nothing deleted"

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, "care plan"))
    press(qtbot, Key.Key_Delete, inside=record)
    answers.check()
    assert store.care_plans.care_plan(plan_id) is None
    assert scalar(store, "SELECT count(*) FROM goal WHERE care_plan_id = ?", plan_id) == 0
    assert section.picker.findData(plan_id) < 0

    keys(qtbot, record, Key.Key_Z, CTRL)
    assert whole_plan(store, plan_id) == whole
    assert section.picker.findData(plan_id) >= 0


def test_older_plans_are_picked_from_the_plan_list_and_show_their_own_parts(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    patient_id = a_patient(store, WITH_A_PLAN)
    old = store.care_plans.add_care_plan(
        CarePlan(
            patient_id=patient_id,
            title="After the hip operation",
            status=CarePlanStatus.COMPLETED,
            period_start=date(2020, 1, 6),
            period_end=date(2020, 4, 6),
        )
    )
    assert old.id is not None
    old_problem = store.care_plans.add_problem(Problem(care_plan_id=old.id, description="Stairs"))
    record, section = open_care_plan(qtbot, window, caseload, patient_id)
    current = store.care_plans.care_plans(patient_id)[0]
    assert section.plan_id == current.id != old.id, "the current plan comes first"
    assert section.problems.isVisible()

    keys(qtbot, record, Key.Key_L)
    qtbot.keyClick(section.picker, Key.Key_End)
    assert section.plan_id == old.id
    assert section.picker.currentText() == (
        "After the hip operation — Completed, 6 Jan 2020 – 6 Apr 2020"
    )
    assert row_ids(section.problems) == [old_problem.id]
    assert section.review_label.text() == "No review planned"
    assert not section.review_label.font().bold()


# -- its parts -----------------------------------------------------------------------------------


def test_problems_goals_and_interventions_are_added_edited_deleted_and_undone_by_keyboard(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    today = store.today()
    patient_id = a_patient(
        store,
        WITH_A_PLAN + " AND EXISTS (SELECT 1 FROM condition d WHERE d.patient_id = p.id)"
        " AND EXISTS (SELECT 1 FROM care_team_member m"
        " WHERE m.patient_id = p.id)",
    )
    record, section = open_care_plan(qtbot, window, caseload, patient_id)
    plan_id = section.plan_id
    assert plan_id is not None
    condition = store.patients.conditions(patient_id)[0]
    _member, contact = store.contacts.care_team(patient_id)[0]
    due = today + timedelta(days=60)

    def added(table: str, columns: str) -> list[tuple[Any, ...]]:
        return store.conn.execute(
            f"SELECT id, {columns} FROM {table} WHERE care_plan_id = ? ORDER BY id DESC LIMIT 1",
            [plan_id],
        ).fetchall()

    # A problem picked from the patient's conditions: the description comes with it.
    def from_condition(form: RecordForm[Any]) -> None:
        choose_data(qtbot, form.editor("condition_id"), condition.id)
        description = form.editor("description")
        assert isinstance(description, QLineEdit)
        assert description.text() == condition.description
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(from_condition, "New problem or need"))
    keys(qtbot, record, Key.Key_B)  # Pro&blems and needs
    assert focused(record) is section.problems.table
    press(qtbot, Key.Key_N, CTRL, inside=record)
    answers.check()
    [(problem_id, description, condition_id)] = added("problem", "description, condition_id")
    assert (description, condition_id) == (condition.description, condition.id)
    chosen = section.problems.selected()
    assert chosen is not None and chosen[0] == problem_id, "the new problem is selected"

    # One written freely.
    answers.expect(
        RecordForm,
        fill_form(
            form_steps(qtbot, ("description", "Lonely since her sister moved away")),
            "New problem or need",
        ),
    )
    press(qtbot, Key.Key_N, CTRL, inside=record)
    answers.check()
    [(lonely_id, description, condition_id)] = added("problem", "description, condition_id")
    assert (description, condition_id) == ("Lonely since her sister moved away", None)

    # A goal for the first problem.
    def goal(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Walks to the shop safely", form)
        tab_to(qtbot, form.editor("target"))
        type_text(qtbot, "Twice a week, unaided", form)
        tab_to(qtbot, form.editor("due_date"))
        type_text(qtbot, due.isoformat(), form)
        choose_text(qtbot, form.editor("lifecycle"), "Proposed")
        choose_text(qtbot, form.editor("achievement"), "Improving")
        choose_data(qtbot, form.editor("problem_id"), problem_id)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(goal, "New goal"))
    keys(qtbot, record, Key.Key_G)
    press(qtbot, Key.Key_N, CTRL, inside=record)
    answers.check()
    [goal_row] = added("goal", "description, target, due_date, lifecycle, achievement, problem_id")
    goal_id = goal_row[0]
    assert goal_row[1:] == (
        "Walks to the shop safely",
        "Twice a week, unaided",
        due.isoformat(),
        "proposed",
        "improving",
        problem_id,
    )

    # An intervention by someone on the care team, towards that goal.
    def intervention(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Strength and balance exercises", form)
        choose_data(qtbot, form.editor("contact_id"), contact.id)
        tab_to(qtbot, form.editor("frequency"))
        type_text(qtbot, "Weekly", form)
        choose_text(qtbot, form.editor("status"), "Scheduled")
        choose_data(qtbot, form.editor("goal_id"), goal_id)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(intervention, "New intervention"))
    keys(qtbot, record, Key.Key_I)
    press(qtbot, Key.Key_N, CTRL, inside=record)
    answers.check()
    [step_row] = added(
        "intervention", "description, contact_id, performer, frequency, status, goal_id"
    )
    step_id = step_row[0]
    assert step_row[1:] == (
        "Strength and balance exercises",
        contact.id,
        "",
        "Weekly",
        "scheduled",
        goal_id,
    )
    at = row_ids(section.interventions).index(step_id)
    assert section.interventions.model.value(at, "who") == contact.name
    assert section.interventions.model.value(at, "goal") == "Walks to the shop safely"

    # F2 on the goal edits the goal (not the patient).
    keys(qtbot, record, Key.Key_G)
    walk_to(qtbot, section.goals, goal_id)
    answers.expect(
        RecordForm,
        fill_form(form_steps(qtbot, ("target", "Three times a week, unaided")), "Edit goal"),
    )
    press(qtbot, Key.Key_F2, inside=record)
    answers.check()
    assert store.care_plans.goal(goal_id).target == "Three times a week, unaided"  # type: ignore[union-attr]

    # Delete on the intervention asks first.
    keys(qtbot, record, Key.Key_I)
    walk_to(qtbot, section.interventions, step_id)
    step = store.care_plans.intervention(step_id)
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, "Strength and balance"))
    press(qtbot, Key.Key_Delete, inside=record)
    answers.check()
    assert store.care_plans.intervention(step_id) is None
    assert step_id not in row_ids(section.interventions)

    # Return on the free-text problem edits it.
    keys(qtbot, record, Key.Key_B)
    walk_to(qtbot, section.problems, lonely_id)
    answers.expect(
        RecordForm,
        fill_form(
            form_steps(qtbot, ("description", "Lonely; would like company")), "Edit problem or need"
        ),
    )
    press(qtbot, Key.Key_Return, inside=record)
    answers.check()
    assert store.care_plans.problem(lonely_id).description == (  # type: ignore[union-attr]
        "Lonely; would like company"
    )

    # Ctrl+Z, step by step, back through the plan's history; Ctrl+Shift+Z forward again.
    keys(qtbot, record, Key.Key_Z, CTRL)
    assert store.care_plans.problem(lonely_id).description == (  # type: ignore[union-attr]
        "Lonely since her sister moved away"
    )
    keys(qtbot, record, Key.Key_Z, CTRL)
    assert store.care_plans.intervention(step_id) == step
    assert step_id in row_ids(section.interventions)
    keys(qtbot, record, Key.Key_Z, CTRL)
    assert store.care_plans.goal(goal_id).target == "Twice a week, unaided"  # type: ignore[union-attr]
    keys(qtbot, record, Key.Key_Z, CTRL | SHIFT)
    assert store.care_plans.goal(goal_id).target == "Three times a week, unaided"  # type: ignore[union-attr]
    for _ in range(4):  # the edit again, the intervention, the goal, the free-text problem
        keys(qtbot, record, Key.Key_Z, CTRL)
    assert (
        store.care_plans.goal(goal_id),
        store.care_plans.intervention(step_id),
        store.care_plans.problem(lonely_id),
    ) == (
        None,
        None,
        None,
    )
    assert store.care_plans.problem(problem_id) is not None
    assert goal_id not in row_ids(section.goals)


def test_a_problem_keeps_what_was_written_when_a_condition_is_picked_after(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(
        store, WITH_A_PLAN + " AND EXISTS (SELECT 1 FROM condition d WHERE d.patient_id = p.id)"
    )
    record, section = open_care_plan(qtbot, window, caseload, patient_id)
    condition = store.patients.conditions(patient_id)[0]

    def steps(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Knee pain on the stairs", form)
        choose_data(qtbot, form.editor("condition_id"), condition.id)
        description = form.editor("description")
        assert isinstance(description, QLineEdit)
        assert description.text() == "Knee pain on the stairs"
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "New problem or need"))
    keys(qtbot, record, Key.Key_B)
    push_new = section.problems.buttons[0][1]
    assert push_new.text() == "Add problem…"
    tab_to(qtbot, push_new)
    press(qtbot, Key.Key_N, CTRL, inside=record)  # Ctrl+N on the list's button adds to it
    answers.check()
    problem = store.care_plans.problems(section.plan_id or 0)[-1]
    assert (problem.description, problem.condition_id) == ("Knee pain on the stairs", condition.id)


# -- reviews -------------------------------------------------------------------------------------


def test_record_review_dates_the_outcome_moves_the_next_review_and_clears_the_agenda(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    today = store.today()
    patient_id = a_patient(store, WITH_A_PLAN)
    plan = store.care_plans.care_plans(patient_id)[0]
    assert plan.id is not None
    plan_id = plan.id

    def reviewed_six_weeks_ago() -> None:
        """So the plan runs six weeks between reviews, and is due again today."""
        for old in store.care_plans.care_plan_reviews(plan_id):
            assert old.id is not None
            store.care_plans.delete_care_plan_review(old.id)
        store.care_plans.review_care_plan(
            CarePlanReview(
                care_plan_id=plan_id, on_date=today - timedelta(weeks=6), outcome="Settled at home"
            ),
            today,
        )

    caseload.change("Set up", "care_plan", reviewed_six_weeks_ago, touches=[("care_plan", plan_id)])
    record, section = open_care_plan(qtbot, window, caseload, patient_id)
    assert ("care_plan", plan.id, False) in agenda_reviews(window)
    on_date = today - timedelta(days=1)
    outcome = "Walking further; rails fitted.\nKeep physio weekly."

    def steps(form: RecordForm[Any]) -> None:
        day, following = form.editor("on_date"), form.editor("next_review")
        assert isinstance(day, QLineEdit) and isinstance(following, QLineEdit)
        assert day.text() == today.isoformat()
        assert following.text() == (today + timedelta(weeks=6)).isoformat()
        replace_text(qtbot, on_date.isoformat(), form)  # reviewed yesterday
        assert following.text() == (on_date + timedelta(weeks=6)).isoformat(), "it follows"
        press(qtbot, Key.Key_Return, CTRL, inside=form)  # no outcome yet
        assert form.isVisible() and form.message("outcome").text()
        assert focused(form) is form.editor("outcome")
        first, second = outcome.split("\n")
        type_text(qtbot, first, form)
        press(qtbot, Key.Key_Return, inside=form)  # a new line in the notes
        type_text(qtbot, second, form)
        press(qtbot, Key.Key_Return, CTRL, inside=form)

    answers.expect(RecordForm, fill_form(steps, "Record review"))
    keys(qtbot, record, Key.Key_R)  # Record &review…
    answers.settle(qtbot)
    reviews = store.care_plans.care_plan_reviews(plan.id)
    assert [(r.on_date, r.outcome) for r in reviews] == [
        (on_date, outcome),
        (today - timedelta(weeks=6), "Settled at home"),
    ]
    saved = store.care_plans.care_plan(plan.id)
    assert saved is not None and saved.next_review == on_date + timedelta(weeks=6)
    assert section.reviews.model.record_id(0) == reviews[0].id, "latest first"
    assert section.reviews.model.index(0, 1).data() == (
        "Walking further; rails fitted. Keep physio weekly."
    )
    assert section.review_label.text() == (
        f"Next review: {spoken_day(on_date + timedelta(weeks=6))}"
    )
    assert all(found[1] != plan.id for found in agenda_reviews(window) if found[0] == "care_plan")

    keys(qtbot, record, Key.Key_Z, CTRL)
    assert [r.outcome for r in store.care_plans.care_plan_reviews(plan.id)] == ["Settled at home"]
    assert store.care_plans.care_plan(plan.id).next_review == today  # type: ignore[union-attr]
    assert ("care_plan", plan.id, False) in agenda_reviews(window)


def test_a_review_is_corrected_with_return_and_deleted_with_delete(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    today = store.today()
    patient_id = a_patient(store, WITH_A_PLAN)
    plan = store.care_plans.care_plans(patient_id)[0]
    assert plan.id is not None
    review = store.care_plans.review_care_plan(
        CarePlanReview(care_plan_id=plan.id, on_date=today, outcome="Fine"),
        today + timedelta(days=90),
    )
    assert review.id is not None
    record, section = open_care_plan(qtbot, window, caseload, patient_id)

    def steps(form: RecordForm[Any]) -> None:
        tab_to(qtbot, form.editor("outcome"))
        replace_text(qtbot, "Fine; no changes to the plan", form)
        press(qtbot, Key.Key_Return, CTRL, inside=form)

    answers.expect(RecordForm, fill_form(steps, "Edit review"))
    keys(qtbot, record, Key.Key_H)  # Review &history
    walk_to(qtbot, section.reviews, review.id)
    press(qtbot, Key.Key_Return, inside=record)
    answers.check()
    assert store.care_plans.care_plan_review(review.id).outcome == (  # type: ignore[union-attr]
        "Fine; no changes to the plan"
    )

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, spoken_day(today)))
    press(qtbot, Key.Key_Delete, inside=record)
    answers.check()
    assert store.care_plans.care_plan_review(review.id) is None
    keys(qtbot, record, Key.Key_Z, CTRL)
    assert store.care_plans.care_plan_review(review.id) is not None
