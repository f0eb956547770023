"""Reordering the route offers to shift the times to follow it, as one undoable change."""

from __future__ import annotations

from datetime import timedelta

from keyboard_driver import Answers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.schedule import is_stop, plan_day
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _times(caseload: Caseload, day: object) -> list[tuple[int, str]]:
    return [
        (v.appointment_id, f"{v.start:%H:%M}-{v.end:%H:%M}")
        for v in caseload.store.visits.visits_on(day)  # type: ignore[arg-type]
    ]


def test_return_on_the_question_shifts_the_times_to_follow_the_route(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    day = next(
        store.today() + timedelta(days=n)
        for n in range(1, 14)
        if len(store.visits.visits_on(store.today() + timedelta(days=n))) >= 3
    )
    window.tabs.setCurrentWidget(window.agenda)
    agenda = window.agenda
    agenda.show_day(day)
    before = store.visits.visits_on(day)
    next_week = _times(caseload, day + timedelta(days=7))
    lengths = {v.appointment_id: v.end - v.start for v in before}
    agenda.visits_view.setFocus()
    agenda.visits_view.selectRow(0)

    def say_yes(box: QMessageBox) -> None:
        assert "follow the new route" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: Yes

    answers.expect(QMessageBox, say_yes, "follow the new route")
    qtbot.keyClick(agenda.visits_view, Qt.Key.Key_Down, CTRL)
    answers.check()
    after = store.visits.visits_on(day)
    moved = [before[1].appointment_id, before[0].appointment_id]
    assert [v.appointment_id for v in after][:2] == moved  # the route is kept
    stops = [v for v in after if is_stop(v)]
    assert [v.start for v in stops] == sorted(v.start for v in stops)
    assert stops[0].start == min(v.start for v in before if is_stop(v))
    # A patient's own clinic or lab appointment is no stop of hers: it keeps its time.
    assert [v.start for v in after if not is_stop(v)] == [v.start for v in before if not is_stop(v)]
    assert {v.appointment_id: v.end - v.start for v in after} == lengths
    assert not any(s.tight for s in plan_day(after, store.travel.travel_times()))
    assert agenda.visits_view.currentIndex().row() == 1  # still on the visit moved
    retimed = _times(caseload, day)
    caseload.undo_stack.undo()  # the times go back; the new route stays
    assert [v.appointment_id for v in store.visits.visits_on(day)][:2] == moved
    assert sorted(_times(caseload, day)) == sorted(
        (v.appointment_id, f"{v.start:%H:%M}-{v.end:%H:%M}") for v in before
    )
    caseload.undo_stack.redo()
    assert _times(caseload, day) == retimed
    # Only that day moved: the series' other visits keep their times.
    assert _times(caseload, day + timedelta(days=7)) == next_week
