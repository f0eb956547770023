"""The "Document visit" dialog, driven by keyboard: what lands in the caseload when it is saved,
one undo taking it all back, a visit on another day asked about, Escape asking first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from keyboard_driver import CTRL, Answers, Key, focused, press, press_mnemonic, scalar, tab_to
from keyboard_driver import type_text as typed
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.moments import wall_clock
from carebook.core.records import Appointment, Patient, VisitRecord
from carebook.core.visit_record_rules import VisitDocumentation
from carebook.core.vocabularies import AppointmentStatus
from carebook.store.caseload import Store
from carebook.ui.changes.visit_records import document_visit
from carebook.ui.commands import Caseload
from carebook.ui.forms.note_templates import NoteTemplatesDialog, edit_note_templates
from carebook.ui.forms.visit_documentation import (
    VisitDocumentationDialog,
    open_visit_documentation,
)

NOW = datetime(2026, 3, 2, 11, 40)  # a Monday
FIRST = datetime(2026, 3, 2, 10, 0)
NEXT_WEEK = datetime(2026, 3, 9, 10, 0)


class Shown:
    """A visit as a row shows it."""

    def __init__(self, appointment_id: int, start: datetime) -> None:
        self.appointment_id = appointment_id
        self.original_start: datetime | None = start
        self.start = start


@pytest.fixture
def caseload(tmp_path: Path) -> Iterator[Caseload]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: NOW)
    yield Caseload(store)
    store.close()


@pytest.fixture
def series(caseload: Caseload) -> int:
    store = caseload.store
    patient = store.patients.add_patient(Patient(given="Ada", family="Lowe"))
    assert patient.id is not None
    added = store.appointments.add_appointment(
        Appointment(
            patient_id=patient.id,
            purpose="Medication review",
            start=FIRST,
            duration_min=45,
            tz="UTC",
            rrule="FREQ=WEEKLY;COUNT=4",
        )
    )
    assert added.id is not None
    return added.id


def _status(caseload: Caseload, series: int, original: datetime) -> str:
    return str(
        scalar(
            caseload.store,
            "SELECT status FROM occurrence WHERE appointment_id = ? AND original_start = ?",
            series,
            original.isoformat(timespec="minutes"),
        )
    )


def test_a_visit_documented_by_keyboard_lands_whole_and_one_undo_takes_it_back(
    qtbot: QtBot, caseload: Caseload, series: int, answers: Answers
) -> None:
    def steps(dialog: VisitDocumentationDialog) -> None:
        assert focused(dialog) is dialog.checked_in
        # The note starts from the template named as the visit's purpose.
        assert dialog.note_text.toPlainText().startswith("Medicines reviewed")
        typed(qtbot, "10:05", dialog)
        tab_to(qtbot, dialog.checked_out)
        typed(qtbot, "10:50", dialog)
        tab_to(qtbot, dialog.outcome)
        press(qtbot, Key.Key_Down, inside=dialog)  # Not yet → Done
        assert dialog.chosen_status() is AppointmentStatus.DONE
        tab_to(qtbot, dialog.note_text)
        press(qtbot, Key.Key_End, CTRL, inside=dialog)
        typed(qtbot, "All taken as prescribed.", dialog)
        tab_to(qtbot, dialog.miles)
        typed(qtbot, "12.5", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(VisitDocumentationDialog, steps)
    assert open_visit_documentation(None, caseload, Shown(series, FIRST))
    answers.check()

    store = caseload.store
    row = store.conn.execute(
        "SELECT checked_in_at, checked_out_at, tz, miles_tenths, cancel_reason FROM visit_record"
    ).fetchone()
    assert row == ("2026-03-02T10:05", "2026-03-02T10:50", "UTC", 125, "")
    assert _status(caseload, series, FIRST) == "done"
    assert _status(caseload, series, NEXT_WEEK) == "booked"
    note = store.visit_records.visit_note(series, FIRST)
    assert note is not None and note.text.endswith("All taken as prescribed.")
    assert note.original_start == FIRST

    caseload.undo_stack.undo()
    assert scalar(store, "SELECT count(*) FROM visit_record") == 0
    assert scalar(store, "SELECT count(*) FROM note") == 0
    assert _status(caseload, series, FIRST) == "booked"
    caseload.undo_stack.redo()
    assert scalar(store, "SELECT miles_tenths FROM visit_record") == 125
    assert _status(caseload, series, FIRST) == "done"
    assert store.visit_records.visit_note(series, FIRST) is not None


def test_done_on_another_day_asks_first_and_escape_asks_before_dropping(
    qtbot: QtBot, caseload: Caseload, series: int, answers: Answers
) -> None:
    def steps(dialog: VisitDocumentationDialog) -> None:
        tab_to(qtbot, dialog.outcome)
        press(qtbot, Key.Key_Down, inside=dialog)  # Done, a week early
        answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_N, "not today"), "No")
        press(qtbot, Key.Key_Return, CTRL, inside=dialog)
        assert dialog.isVisible()
        answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_D, "not saved yet"), "Discard")
        press(qtbot, Key.Key_Escape, inside=dialog)

    answers.expect(VisitDocumentationDialog, steps)
    assert not open_visit_documentation(None, caseload, Shown(series, NEXT_WEEK))
    answers.check()
    assert _status(caseload, series, NEXT_WEEK) == "booked"
    assert scalar(caseload.store, "SELECT count(*) FROM visit_record") == 0
    assert caseload.undo_stack.count() == 0


def test_a_cancelled_visit_needs_its_reason_and_check_in_now_takes_the_clock(
    qtbot: QtBot, caseload: Caseload, series: int, answers: Answers
) -> None:
    def steps(dialog: VisitDocumentationDialog) -> None:
        tab_to(qtbot, dialog.check_in_now)
        press(qtbot, Key.Key_Space, inside=dialog)
        expected = wall_clock(NOW.astimezone(), "UTC")
        assert dialog.checked_in.text() == f"{expected:%H:%M}"
        tab_to(qtbot, dialog.outcome)
        for _ in range(3):
            press(qtbot, Key.Key_Down, inside=dialog)  # Cancelled
        assert dialog.chosen_status() is AppointmentStatus.CANCELLED
        tab_to(qtbot, dialog.miles)
        press(qtbot, Key.Key_Return, inside=dialog)
        assert dialog.isVisible() and "cancelled" in dialog.message.text()
        assert focused(dialog) is dialog.reason
        typed(qtbot, "Admitted to hospital", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(VisitDocumentationDialog, steps)
    assert open_visit_documentation(None, caseload, Shown(series, FIRST))
    answers.check()
    assert _status(caseload, series, FIRST) == "cancelled"
    assert scalar(caseload.store, "SELECT cancel_reason FROM visit_record") == (
        "Admitted to hospital"
    )
    # Nothing typed in the note: the template alone is no note.
    assert scalar(caseload.store, "SELECT count(*) FROM note") == 0


def test_miles_out_of_range_are_said_and_nothing_is_saved(
    qtbot: QtBot, caseload: Caseload, series: int
) -> None:
    appointment = caseload.store.appointments.appointment(series)
    assert appointment is not None
    dialog = VisitDocumentationDialog(caseload, appointment, FIRST, FIRST)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.miles.setText("1000.5")
    dialog.accept()
    assert "1,000" in dialog.message.text()
    assert scalar(caseload.store, "SELECT count(*) FROM visit_record") == 0
    dialog.checked_in.setText("10:30")
    dialog.checked_out.setText("10:10")
    dialog.miles.setText("3")
    dialog.accept()
    assert "before check-in" in dialog.message.text()
    assert scalar(caseload.store, "SELECT count(*) FROM visit_record") == 0
    dialog.done(0)  # closed without the question Escape would ask


def test_note_templates_are_edited_by_keyboard_and_offered_for_their_purpose(
    qtbot: QtBot, caseload: Caseload, series: int, answers: Answers
) -> None:
    def steps(dialog: NoteTemplatesDialog) -> None:
        dialog.purposes.setCurrentRow(dialog._names.index("Telehealth"))
        dialog.remove_template()
        dialog.add_template()
        assert focused(dialog) is dialog.purpose
        typed(qtbot, "Wound care", dialog)
        tab_to(qtbot, dialog.text)
        typed(qtbot, "Wound:", dialog)
        tab_to(qtbot, dialog.purpose)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(NoteTemplatesDialog, steps)
    assert edit_note_templates(None, caseload)
    answers.check()
    kept = caseload.store.visit_records.note_templates()
    assert kept["Wound care"] == "Wound:"
    assert "Home visit" in kept and "Telehealth" not in kept


def test_documenting_a_visit_again_is_undone_to_what_was_documented_first(
    caseload: Caseload, series: int
) -> None:
    store = caseload.store
    series_record = store.appointments.appointment(series)
    assert series_record is not None
    patient_id = series_record.patient_id

    def documented(text: str, miles: int, note_id: int | None) -> VisitDocumentation:
        record = VisitRecord(
            appointment_id=series, original_start=FIRST, tz="UTC", miles_tenths=miles
        )
        return VisitDocumentation(
            patient_id=patient_id,
            record=record,
            status=AppointmentStatus.DONE,
            note_text=text,
            note_id=note_id,
        )

    document_visit(caseload, "Document visit", documented("First words.", 30, None))
    note = store.visit_records.visit_note(series, FIRST)
    assert note is not None
    document_visit(caseload, "Document visit", documented("Second words.", 55, note.id))
    assert scalar(store, "SELECT miles_tenths FROM visit_record") == 55
    caseload.undo_stack.undo()
    again = store.visit_records.visit_note(series, FIRST)
    assert again is not None and again.text == "First words."
    assert scalar(store, "SELECT miles_tenths FROM visit_record") == 30
    assert _status(caseload, series, FIRST) == "done"
    caseload.undo_stack.undo()
    assert scalar(store, "SELECT count(*) FROM visit_record") == 0
    assert _status(caseload, series, FIRST) == "booked"
