"""The Agenda paged far ahead: the visits of series without end are there, nothing is stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carebook.core.records import Appointment, Patient
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.widgets.table_model import RecordTableModel


def _clock() -> datetime:
    return datetime(2026, 3, 2, 7, 30)


@pytest.fixture
def caseload(tmp_path: Path) -> Iterator[Caseload]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=_clock)
    patient = store.patients.add_patient(Patient(given="Edith", family="Crawley")).id
    assert patient is not None
    store.appointments.add_appointment(
        Appointment(
            patient_id=patient,
            start=datetime(2026, 1, 5, 9, 30),
            purpose="Wound care",
            rrule="FREQ=WEEKLY;BYDAY=MO,TH",
        )
    )
    yield Caseload(store)
    store.close()


def _shown(model: RecordTableModel) -> list[str]:
    """The visits' times as the week's table shows them."""
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _stored(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM occurrence").fetchone()[0])


def test_paging_the_week_far_ahead_shows_the_visits_and_stores_none(
    qtbot: QtBot, caseload: Caseload
) -> None:
    window = MainWindow(caseload)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    agenda = window.agenda
    stored = _stored(caseload.store)
    agenda.view_choice.setCurrentIndex(1)  # the week
    agenda.show_day(date(2150, 6, 1))
    assert _shown(agenda.visits) == ["Mon 01 Jun 09:30–10:30", "Thu 04 Jun 09:30–10:30"]
    for _ in range(3):
        qtbot.mouseClick(agenda.next, Qt.MouseButton.LeftButton)  # a week on each time
    assert agenda.day == date(2150, 6, 22)
    assert agenda.visits.rowCount() == 2
    agenda.show_day(date(9999, 12, 28))  # past the dates carebook keeps: its last day
    assert agenda.day == date(2199, 12, 31)
    qtbot.mouseClick(agenda.next, Qt.MouseButton.LeftButton)  # no further, no failure
    assert agenda.day == date(2199, 12, 31)
    assert _shown(agenda.visits) == ["Mon 30 Dec 09:30–10:30"]
    assert _stored(caseload.store) == stored
