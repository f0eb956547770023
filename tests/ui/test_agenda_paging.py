"""The Agenda on a day with more visits than one page: counts, route order, moves, actions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from keyboard_driver import Answers, press_mnemonic
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.records import Appointment, Medication, Patient, Task
from carebook.core.views import CaseloadBundle
from carebook.core.vocabularies import TaskPriority, TaskStatus
from carebook.store.caseload import Store
from carebook.ui.agenda.agenda_columns import PAGE
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.widgets.table_model import RecordTableModel


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window with the Agenda on screen (it opens on Today)."""
    window.tabs.setCurrentWidget(window.agenda)
    return window


CTRL = Qt.KeyboardModifier.ControlModifier
DAY = date(2026, 3, 3)  # a Tuesday
VISITS = 450  # more than four pages of the Agenda's tables


def _clock() -> datetime:
    return datetime(2026, 3, 3, 7, 30)


@pytest.fixture
def caseload(tmp_path: Path) -> Iterator[Caseload]:
    """150 patients with three visits each on DAY (many at the same time), tasks, reviews."""
    store = Store.open(tmp_path / "caseload.sqlite3", clock=_clock)
    bundle = CaseloadBundle()
    for number in range(1, VISITS // 3 + 1):
        bundle.patients.append(
            Patient(id=number, given=f"Given{number % 7}", family=f"Family{number:03d}")
        )
        bundle.medications.append(
            Medication(
                id=number,
                patient_id=number,
                name=f"Drug {number}",
                next_review=DAY - timedelta(days=number % 3),
            )
        )
        bundle.tasks.append(
            Task(
                id=number,
                patient_id=number,
                title=f"Task {number}",
                due_date=DAY - timedelta(days=number % 2),
                priority=TaskPriority.URGENT if number % 5 == 0 else TaskPriority.ROUTINE,
            )
        )
    for number in range(1, VISITS + 1):
        start = datetime.combine(DAY, time(8 + number % 9, 0 if number % 2 else 30))
        bundle.appointments.append(
            Appointment(
                id=number, patient_id=(number - 1) // 3 + 1, start=start, purpose=f"Visit {number}"
            )
        )
    store.load(bundle)
    # Two visits late in the day are put first in the route.
    late = [v for v in store.visits.visits_on(DAY) if v.start.hour == 16][:2]
    store.visits.set_route(DAY, [(v.appointment_id, v.start) for v in late])
    yield Caseload(store)
    store.close()


def _shown_ids(model: RecordTableModel) -> list[int | None]:
    return [model.record_id(row) for row in range(model.rowCount())]


def _store_ids(caseload: Caseload) -> list[int]:
    return [visit.appointment_id for visit in caseload.store.visits.visits_on(DAY)]


def test_a_busy_day_shows_every_visit_in_route_order_a_page_at_a_time(
    window: MainWindow, caseload: Caseload
) -> None:
    agenda = window.agenda
    model = agenda.visits
    assert model.rowCount() == VISITS
    assert agenda.visits_label.text() == f"Visits ({VISITS})"
    assert len(model._pages) <= 1  # only what is on screen has been read
    expected = caseload.store.visits.visits_on(DAY)
    assert _shown_ids(model) == [v.appointment_id for v in expected]
    assert [str(model.index(row, 0).data()) for row in (0, 1, 2)] == [
        f"{v.start:%H:%M}–{v.end:%H:%M}" for v in expected[:3]
    ]
    assert expected[0].start.hour == 16  # the route comes first, then the rest by time
    assert str(model.index(PAGE + 5, 1).data()) == expected[PAGE + 5].patient


def test_the_status_bar_and_labels_count_the_whole_day(
    window: MainWindow, caseload: Caseload
) -> None:
    tasks = caseload.store.tasks.agenda_tasks(DAY)
    overdue = sum(task.overdue for task in tasks)
    due = len(tasks) - overdue
    assert window.count_label.text() == f"{VISITS} visits, {due} tasks due, {overdue} overdue"
    assert window.agenda.tasks.rowCount() == len(tasks)
    reviews = caseload.store.lists.reviews_due(DAY)
    assert window.agenda.reviews_label.text() == f"Reviews due ({len(reviews)})"
    assert window.agenda.reviews.rowCount() == len(reviews)


def test_ctrl_down_on_the_last_row_of_the_first_page_moves_it_onto_the_next(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    view, model = window.agenda.visits_view, window.agenda.visits
    before = _store_ids(caseload)
    view.setFocus()
    view.selectRow(PAGE - 1)
    # Each move offers to shift the times to follow the route: No keeps them.
    answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_N, "follow the new route"))
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    answers.check()
    swapped = [*before[: PAGE - 1], before[PAGE], before[PAGE - 1], *before[PAGE + 1 :]]
    assert _store_ids(caseload) == swapped
    assert view.currentIndex().row() == PAGE
    assert _shown_ids(model) == swapped
    window.activateWindow()  # back from the question, the route where the keys go
    qtbot.waitUntil(view.hasFocus)
    answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_N, "follow the new route"))
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    answers.check()
    assert _store_ids(caseload) == before
    assert view.currentIndex().row() == PAGE - 1
    caseload.undo_stack.undo()
    assert _store_ids(caseload) == swapped
    caseload.undo_stack.undo()
    assert _store_ids(caseload) == before
    assert _shown_ids(model) == before


def test_the_route_cannot_move_past_either_end_of_the_day(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    view = window.agenda.visits_view
    before = _store_ids(caseload)
    view.setFocus()
    view.selectRow(VISITS - 1)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert _store_ids(caseload) == before
    assert caseload.undo_stack.count() == 0


def test_marking_a_visit_on_a_later_page_done_keeps_the_selection(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    view, model = window.agenda.visits_view, window.agenda.visits
    row = PAGE + 50
    chosen = caseload.store.visits.visits_on(DAY)[row]
    view.setFocus()
    view.selectRow(row)
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    marked = caseload.store.visits.visits_on(DAY)[row]
    assert marked.appointment_id == chosen.appointment_id
    assert marked.status.value == "done"
    assert view.currentIndex().row() == row
    assert str(model.index(row, 8).data()) == "Done"
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # muted
    assert model.index(row + 1, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_ticking_off_a_task_keeps_its_row_and_shows_it_done(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    view, model = window.agenda.tasks_view, window.agenda.tasks
    first = model.index(0, 0)
    font = first.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()  # overdue
    row = model.rowCount() - 1  # due today, the last one
    task_id = model.record_id(row)
    assert task_id is not None
    view.setFocus()
    view.selectRow(row)
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    task = caseload.store.tasks.task(task_id)
    assert task is not None and task.status is TaskStatus.DONE
    assert view.currentIndex().row() == row
    assert model.record_id(row) == task_id
    assert str(model.index(row, 4).data()) == "Done"


def test_return_on_a_later_page_opens_that_visits_patient(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    view = window.agenda.visits_view
    row = 2 * PAGE + 10
    patient_id = caseload.store.visits.visits_on(DAY)[row].patient_id
    view.setFocus()
    view.selectRow(row)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert patient_id in patient_record._OPEN


def test_the_week_view_counts_and_lists_every_visit_of_the_week(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    agenda = window.agenda
    agenda.view_choice.setCurrentIndex(1)
    assert agenda.visits.rowCount() == VISITS
    assert agenda.heading.text() == "Week of Monday 02 March 2026"
    assert str(agenda.visits.index(0, 0).data()).startswith("Tue 03 Mar 16:")
    assert _shown_ids(agenda.visits) == _store_ids(caseload)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert agenda.visits.rowCount() == 0
    assert agenda.visits_label.text() == "No visits booked for this week."
    agenda.view_choice.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    assert agenda.day == DAY and agenda.visits.rowCount() == VISITS


def test_the_agenda_models_pass_the_model_tester(qtmodeltester: object, window: MainWindow) -> None:
    agenda = window.agenda
    for model in (agenda.visits, agenda.tasks, agenda.reviews):
        assert model.rowCount() > 0
        qtmodeltester.check(model)  # type: ignore[attr-defined]
