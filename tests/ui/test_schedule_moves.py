"""Moving a visit on the schedule: dragged or by Alt+Shift+arrows, asking this visit or the
series as the editor does, through the door, undone whole; a trip's time entered there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from keyboard_driver import Answers, press_mnemonic, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.schedule import place_of
from carebook.core.views import Visit
from carebook.ui.agenda.agenda_tab import AgendaTab
from carebook.ui.commands import Caseload
from carebook.ui.schedule.time_grid import TimeGrid, visit_key

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def agenda(qtbot: QtBot, caseload: Caseload) -> Iterator[AgendaTab]:
    tab = AgendaTab(caseload)
    qtbot.addWidget(tab)
    tab.resize(1366, 900)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab


def _find(caseload: Caseload, wanted: object) -> tuple[date, Visit]:
    """The first day ahead with a visit that `wanted` accepts, and that visit."""
    store = caseload.store
    for n in range(1, 28):
        day = store.today() + timedelta(days=n)
        for visit in store.visits.visits_on(day):
            if wanted(visit):  # type: ignore[operator]
                return day, visit
    raise AssertionError("no such visit in the sample")


def _now(caseload: Caseload, visit: Visit, day: date) -> Visit | None:
    """The visit as the store has it now on `day`."""
    return next(
        (v for v in caseload.store.visits.visits_on(day) if visit_key(v) == visit_key(visit)),
        None,
    )


def _drag(qtbot: QtBot, grid: TimeGrid, visit: Visit, dx: int, dy: int) -> None:
    rect = grid.block_rect(visit_key(visit))
    assert rect is not None
    start = QPoint(int(rect.left()) + 12, int(rect.top()) + 4)
    qtbot.mousePress(grid, LEFT, pos=start)
    for step in (0.25, 0.5, 1.0):
        qtbot.mouseMove(grid, start + QPoint(int(dx * step), int(dy * step)))
    qtbot.mouseRelease(grid, LEFT, pos=start + QPoint(dx, dy))


def test_dragging_a_single_visit_down_an_hour_moves_it_snapped_to_five_minutes(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload
) -> None:
    day, visit = _find(caseload, lambda v: not v.recurring and v.start.hour < 16)
    agenda.show_day(day)
    agenda.view_switch.set_view("day")
    grid = agenda.schedule.grid
    _drag(qtbot, grid, visit, 0, grid.hour_height + 1)  # an hour and a pixel: snapped
    moved = next(
        v for v in caseload.store.visits.visits_on(day) if v.appointment_id == visit.appointment_id
    )
    assert moved.start == visit.start + timedelta(hours=1)
    assert moved.end - moved.start == visit.end - visit.start
    assert grid.visit() is not None and grid.visit().appointment_id == visit.appointment_id
    caseload.undo_stack.undo()
    back = next(
        v for v in caseload.store.visits.visits_on(day) if v.appointment_id == visit.appointment_id
    )
    assert back.start == visit.start


def test_dragging_a_visit_of_a_series_to_the_next_day_asks_and_moves_that_visit_alone(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload, answers: Answers
) -> None:
    day, visit = _find(
        caseload, lambda v: v.recurring and v.start.weekday() < 5 and v.kind.value == "home_visit"
    )
    agenda.show_day(day)
    agenda.view_switch.set_view("week")
    grid = agenda.schedule.grid
    following = _now(caseload, visit, day + timedelta(days=7))
    column_width = int(grid._column_width())
    next_day = day + timedelta(days=1)
    if day.weekday() == 6:  # pragma: no cover - the sample's visit is on a weekday
        pytest.skip("no next day in the week")
    answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_T, "series"), "which visits")
    _drag(qtbot, grid, visit, column_width, 0)
    answers.check()
    moved = _now(caseload, visit, next_day)
    assert moved is not None and moved.start == visit.start + timedelta(days=1)
    assert _now(caseload, visit, day) is None
    # The rest of the series stays where it was.
    assert _now(caseload, visit, day + timedelta(days=7)) == following
    caseload.undo_stack.undo()
    assert _now(caseload, visit, day) == visit


def test_alt_shift_arrows_move_the_selected_visit_five_minutes_or_a_day(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload, answers: Answers
) -> None:
    day, visit = _find(caseload, lambda v: v.recurring and v.kind.value == "home_visit")
    agenda.show_day(day)
    agenda.view_switch.set_view("day")
    grid = agenda.schedule.grid
    assert grid.select(visit_key(visit))
    grid.setFocus()
    answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_T, "series"), "which visits")
    qtbot.keyClick(grid, Qt.Key.Key_Down, ALT_SHIFT)
    answers.check()
    later = _now(caseload, visit, day)
    assert later is not None and later.start == visit.start + timedelta(minutes=5)
    assert grid.visit() == later, "the selection stays on the visit moved"
    single_day, single = _find(caseload, lambda v: not v.recurring)
    agenda.show_day(single_day)
    assert grid.select(visit_key(single))
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right, ALT_SHIFT)  # a single visit: no question
    tomorrow = single_day + timedelta(days=1)
    assert any(
        v.appointment_id == single.appointment_id and v.start == single.start + timedelta(days=1)
        for v in caseload.store.visits.visits_on(tomorrow)
    )
    caseload.undo_stack.undo()
    caseload.undo_stack.undo()
    assert _now(caseload, visit, day) == visit


def test_a_trip_entered_from_the_schedule_is_kept_for_that_pair_of_places(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload, answers: Answers
) -> None:
    day, _visit = _find(caseload, lambda v: True)
    while True:
        visits = caseload.store.visits.visits_on(day)
        homes = [
            v for v in visits if v.kind.value == "home_visit" and v.status.value != "cancelled"
        ]
        if len(homes) >= 2 and place_of(homes[0]) != place_of(homes[1]):
            break
        day += timedelta(days=1)
    agenda.show_day(day)
    agenda.view_switch.set_view("day")
    grid = agenda.schedule.grid
    assert grid.select(visit_key(homes[1]))
    grid.setFocus()

    def forty(box: QInputDialog) -> None:
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, "40", inside=box)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answers.expect(QInputDialog, forty, "travel minutes")
    # Ctrl+Alt+T: Ctrl+Shift+T is the timer's.
    qtbot.keyClick(
        grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    answers.check()
    travel = caseload.store.travel.travel_times()
    assert travel.minutes(place_of(homes[1]), place_of(homes[0])) == 40
    placed = next(p for p in grid.columns[0] if visit_key(p.visit) == visit_key(homes[1]))
    if placed.travel_before is not None and visits.index(homes[1]) == visits.index(homes[0]) + 1:
        assert placed.travel_before == 40
    caseload.undo_stack.undo()
    assert caseload.store.travel.travel_times().known == {}
