"""The schedule in the Agenda: day, week and month built from the agenda's own occurrences,
overlaps and tight trips marked, every step reachable by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from keyboard_driver import Answers, press_mnemonic
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.records import Appointment
from carebook.core.schedule import plan_day
from carebook.core.vocabularies import AppointmentStatus
from carebook.ui.agenda.agenda_tab import AgendaTab
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.schedule.time_grid import visit_key

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def agenda(qtbot: QtBot, caseload: Caseload) -> Iterator[AgendaTab]:
    tab = AgendaTab(caseload)
    qtbot.addWidget(tab)
    tab.resize(1366, 900)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab


def busy_day(caseload: Caseload, least: int = 6) -> date:
    store = caseload.store
    return next(
        store.today() + timedelta(days=n)
        for n in range(0, 21)
        if len(store.visits.visits_on(store.today() + timedelta(days=n))) >= least
    )


def _ids(visits: list) -> list[tuple[int, object]]:  # type: ignore[type-arg]
    return [visit_key(v) for v in visits]


def test_the_day_view_shows_the_agendas_visits_in_route_order_with_their_marks(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload
) -> None:
    day = busy_day(caseload)
    # The sample's diary never double-books: book over one of the day's visits.
    booked = next(
        v for v in caseload.store.visits.visits_on(day) if v.status is AppointmentStatus.BOOKED
    )
    caseload.store.appointments.add_appointment(
        Appointment(patient_id=booked.patient_id, start=booked.start, duration_min=30)
    )
    agenda.show_day(day)
    agenda.visits_view.setFocus()
    qtbot.keyClick(agenda.visits_view, Qt.Key.Key_D, CTRL_SHIFT)  # Day view
    assert agenda.view_switch.view == "day"
    grid = agenda.schedule.grid
    assert grid.hasFocus(), "the keys go on to the schedule"
    expected = caseload.store.visits.visits_on(day)
    assert grid.days == [day]
    assert _ids([p.visit for p in grid.columns[0]]) == _ids(expected)
    stops = plan_day(expected, caseload.store.travel.travel_times())
    placed = grid.columns[0]
    assert [p.overlapped for p in placed] == [bool(s.overlaps) for s in stops]
    assert [p.tight for p in placed] == [s.tight for s in stops]
    assert any(p.overlapped for p in placed), "the visit booked over shows its overlap"
    # Overlapping visits stand side by side: their blocks never cover each other.
    drawn = [(p, grid.block_rect(visit_key(p.visit))) for p in placed]
    for n, (a, rect_a) in enumerate(drawn):
        for b, rect_b in drawn[n + 1 :]:
            if rect_a is not None and rect_b is not None and a.lane != b.lane:
                assert not rect_a.intersected(rect_b).isValid() or (
                    rect_a.intersected(rect_b).width() < 1
                )
    assert "overlap" in agenda.schedule.summary.text()


def test_the_arrows_walk_the_route_and_return_opens_the_visits_editor(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload, answers: Answers
) -> None:
    day = busy_day(caseload)
    agenda.show_day(day)
    agenda.view_switch.set_view("day")
    grid = agenda.schedule.grid
    grid.setFocus()
    expected = caseload.store.visits.visits_on(day)
    assert grid.visit() == expected[0]
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.visit() == expected[2]
    assert expected[2].patient in agenda.schedule.selected.text()
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.visit() == expected[-1]
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    repeating = next(n for n, v in enumerate(expected) if v.recurring)
    for _step in range(repeating):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    seen: list[str] = []

    def close(form: RecordForm[Any]) -> None:
        seen.append(form.windowTitle())
        qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing changed: it closes

    # As the Agenda's editor does: which visits of the series, then the form.
    answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_T, "series"), "which visits")
    answers.expect(RecordForm, close, "the appointment's form")
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    answers.check()
    assert seen == ["Edit this visit"]
    # Past the last day the arrows go on to the next day.
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert agenda.day == day + timedelta(days=1)


def test_the_week_view_has_seven_columns_of_the_agendas_visits(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload
) -> None:
    day = busy_day(caseload)
    agenda.show_day(day)
    agenda.setFocus()
    qtbot.keyClick(agenda, Qt.Key.Key_W, CTRL_SHIFT)
    assert agenda.view_switch.view == "week"
    grid = agenda.schedule.grid
    monday = day - timedelta(days=day.weekday())
    assert grid.days == [monday + timedelta(days=n) for n in range(7)]
    for shown, column in zip(grid.days, grid.columns, strict=True):
        assert _ids([p.visit for p in column]) == _ids(caseload.store.visits.visits_on(shown))
    assert agenda.heading.text().startswith("Week of")
    agenda.next_day()
    assert grid.days[0] == monday + timedelta(days=7)


def test_the_month_counts_each_days_visits_and_enter_opens_the_day(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload
) -> None:
    day = busy_day(caseload)
    agenda.show_day(day)
    agenda.view_switch.set_view("month")
    month = agenda.schedule.month
    month.setFocus()
    first = day.replace(day=1)
    shown = first
    while shown.month == first.month:
        visits = caseload.store.visits.visits_on(shown)
        mark = month.marks.get(shown)
        assert (mark.visits if mark else 0) == len(visits), shown
        if mark:
            stops = plan_day(visits, caseload.store.travel.travel_times())
            assert mark.overlap == any(s.overlaps for s in stops)
        shown += timedelta(days=1)
    assert month.chosen == day
    qtbot.keyClick(month, Qt.Key.Key_Right)
    assert agenda.day == day + timedelta(days=1) and month.chosen == agenda.day
    qtbot.keyClick(month, Qt.Key.Key_Return)
    assert agenda.view_switch.view == "day"
    assert agenda.schedule.grid.days == [day + timedelta(days=1)]
    assert agenda.schedule.grid.hasFocus()


def test_the_view_chosen_is_remembered_for_the_next_start(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload
) -> None:
    agenda.view_switch.set_view("week")
    assert QSettings().value("agenda/view") == "week"
    again = AgendaTab(caseload)
    qtbot.addWidget(again)
    assert again.view_switch.view == "week"
    assert [a.text() for a in again.view_actions()] == [
        "List view",
        "Day view",
        "Week view",
        "Month view",
    ]


def test_the_day_sheet_of_a_month_view_is_the_chosen_days(
    qtbot: QtBot, agenda: AgendaTab, caseload: Caseload
) -> None:
    day = busy_day(caseload)
    agenda.show_day(day)
    agenda.view_switch.set_view("month")
    assert agenda.days() == [day]  # not a month of sheets
    agenda.view_switch.set_view("week")
    assert len(agenda.days()) == 7
