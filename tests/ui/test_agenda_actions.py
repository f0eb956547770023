"""From the Agenda: tick a visit or a task off, and put the day's visits in route order."""

from __future__ import annotations

from datetime import timedelta

import pytest
from keyboard_driver import Answers, press_mnemonic
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.records import Allergy
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window with the Agenda on screen (it opens on Today)."""
    window.tabs.setCurrentWidget(window.agenda)
    return window


CTRL = Qt.KeyboardModifier.ControlModifier


def _busy_day(window: MainWindow, caseload: Caseload) -> None:
    store = caseload.store
    day = next(
        store.today() + timedelta(days=n)
        for n in range(1, 14)
        if len(store.visits.visits_on(store.today() + timedelta(days=n))) >= 3
    )
    window.agenda.show_day(day)


def test_ctrl_d_marks_the_selected_visit_done(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    _busy_day(window, caseload)  # a day ahead: marking done asks first
    agenda = window.agenda
    agenda.visits_view.setFocus()
    agenda.visits_view.selectRow(1)
    chosen = caseload.store.visits.visits_on(agenda.day)[1]
    answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_N, "not today"), "No")
    qtbot.keyClick(agenda.visits_view, Qt.Key.Key_D, CTRL)
    answers.check()
    unchanged = caseload.store.visits.visits_on(agenda.day)[1]
    assert unchanged.status.value == "booked", "No leaves the visit as it was"
    answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_Y, "not today"), "Yes")
    agenda.visit_buttons[0].click()  # Done, this time answered Yes
    answers.check()
    after = caseload.store.visits.visits_on(agenda.day)
    marked = next(
        v
        for v in after
        if v.appointment_id == chosen.appointment_id and v.original_start == chosen.original_start
    )
    assert marked.status.value == "done"
    assert str(agenda.visits.index(1, 8).data()) == "Done"
    assert agenda.visits_view.currentIndex().row() == 1  # the selection stays put
    caseload.undo_stack.undo()
    again = next(
        v
        for v in caseload.store.visits.visits_on(agenda.day)
        if v.appointment_id == chosen.appointment_id
    )
    assert again.status.value == "booked"


def test_ctrl_up_moves_a_visit_earlier_in_the_route_and_it_stays_there(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    _busy_day(window, caseload)
    agenda = window.agenda
    before = [v.appointment_id for v in caseload.store.visits.visits_on(agenda.day)]
    agenda.visits_view.setFocus()
    agenda.visits_view.selectRow(2)
    for _move in range(2):  # each move offers to shift the times: No keeps them
        answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_N, "follow the new route"))
        qtbot.keyClick(agenda.visits_view, Qt.Key.Key_Up, CTRL)
        answers.check()
        window.activateWindow()  # back from the question, the route where the keys go
        qtbot.waitUntil(agenda.visits_view.hasFocus)
    expected = [before[2], before[0], before[1], *before[3:]]
    assert [v.appointment_id for v in caseload.store.visits.visits_on(agenda.day)] == expected
    assert agenda.visits_view.currentIndex().row() == 0
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    shown = [agenda.visits.record_id(row) for row in range(3)]
    assert shown == expected[:3]
    caseload.undo_stack.undo()
    caseload.undo_stack.undo()
    assert [v.appointment_id for v in caseload.store.visits.visits_on(agenda.day)] == before


def test_ctrl_d_ticks_off_an_overdue_task(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    agenda = window.agenda
    assert agenda.tasks.rowCount() > 0
    task_id = agenda.tasks.record_id(0)
    assert task_id is not None
    agenda.tasks_view.setFocus()
    agenda.tasks_view.selectRow(0)
    qtbot.keyClick(agenda.tasks_view, Qt.Key.Key_D, CTRL)
    task = caseload.store.tasks.task(task_id)
    assert task is not None and task.status.value == "done"


def test_the_week_view_shows_monday_to_sunday_and_moves_by_a_week(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    agenda = window.agenda
    store = caseload.store
    agenda.view_choice.setCurrentIndex(1)
    monday = agenda.day - timedelta(days=agenda.day.weekday())
    week = [monday + timedelta(days=n) for n in range(7)]
    assert agenda.visits.rowCount() == sum(len(store.visits.visits_on(day)) for day in week)
    assert agenda.heading.text().startswith("Week of")
    first_day = next(day for day in week if store.visits.visits_on(day))
    first = str(agenda.visits.index(0, 0).data())
    assert first.startswith(first_day.strftime("%a %d %b"))
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert agenda.days()[0] == monday + timedelta(days=7)
    agenda.view_choice.setCurrentIndex(0)
    assert agenda.visits.rowCount() == len(store.visits.visits_on(agenda.day))


def test_the_selected_visit_shows_what_is_needed_at_the_door(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    from PySide6.QtGui import QIcon

    _busy_day(window, caseload)
    agenda = window.agenda
    visits = caseload.store.visits.visits_on(agenda.day)
    row = next(n for n, v in enumerate(visits) if v.allergies and v.access_notes)
    agenda.visits_view.setFocus()
    agenda.visits_view.selectRow(row)
    shown = agenda.visit_details.text()
    assert visits[row].access_notes.split(";")[0] in shown
    assert "Allergies" in shown and visits[row].allergies.split(",")[0] in shown
    column = [c.key for c in agenda.visits.columns].index("allergies")
    badge = agenda.visits.index(row, column).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(badge, QIcon) and not badge.isNull()
    plain = next(n for n, v in enumerate(visits) if not v.allergies)
    assert agenda.visits.index(plain, column).data(Qt.ItemDataRole.DecorationRole) is None
    agenda.visits_view.selectRow(plain)  # the details follow the selection
    following = agenda.visit_details.text()
    assert "Allergies" not in following
    assert (
        visits[plain].access_notes.split(";")[0] in following
        if visits[plain].access_notes
        else "No access notes" in following or "Transport" in following
    )


def test_the_visit_strip_counts_the_patient_s_medication_warnings(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    _busy_day(window, caseload)
    agenda = window.agenda
    agenda.visits_view.setFocus()
    agenda.visits_view.selectRow(0)
    visit = caseload.store.visits.visits_on(agenda.day)[0]
    taken = [
        m
        for m in caseload.store.medications.medications(visit.patient_id)
        if m.status.value == "active"
    ]
    assert taken, "the sample gives every visited patient medicines"
    already = len(caseload.store.medications.warnings_for(visit.patient_id))
    caseload.add(Allergy(patient_id=visit.patient_id, substance=taken[0].name), "Add allergy")
    agenda.visits_view.selectRow(1)
    agenda.visits_view.selectRow(0)
    found = caseload.store.medications.warnings_for(visit.patient_id)
    assert len(found) > already
    count = f"{len(found)} medication warning" + ("" if len(found) == 1 else "s")
    qtbot.waitUntil(lambda: count in agenda.visit_details.text(), timeout=2000)


def test_the_visit_and_task_buttons_act_only_on_something_they_can_act_on(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    _busy_day(window, caseload)
    agenda = window.agenda
    done, no_show, cancel, up, down = agenda.visit_buttons
    agenda.visits_view.clearSelection()
    agenda.visits_view.setCurrentIndex(QModelIndex())
    assert not any(b.isEnabled() for b in agenda.visit_buttons), "nothing selected: nothing to do"
    agenda.visits_view.selectRow(0)
    assert done.isEnabled() and no_show.isEnabled() and cancel.isEnabled()
    assert not up.isEnabled() and down.isEnabled(), "the first visit cannot move earlier"
    last = agenda.visits.rowCount() - 1
    agenda.visits_view.selectRow(last)
    assert up.isEnabled() and not down.isEnabled(), "the last visit cannot move later"
    agenda.tasks_view.setCurrentIndex(QModelIndex())
    assert not agenda.task_buttons[0].isEnabled()
