"""The record form driven from the keyboard: what a coordinator types is what the record holds."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyboard_driver import Answers, press_mnemonic
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from carebook.core.errors import ValidationError
from carebook.core.records import (
    Allergy,
    Appointment,
    Condition,
    Contact,
    Medication,
    Note,
    Patient,
    Task,
)
from carebook.core.validation import LONG_FIELDS, LONG_TEXT, SHORT_TEXT
from carebook.core.vocabularies import (
    AllergySeverity,
    AppointmentKind,
    ContactRole,
    PatientStatus,
    Sex,
    TaskPriority,
    Transport,
)
from carebook.store.caseload import Store
from carebook.ui.forms import forms
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.forms.text_fields import fit_edit

TODAY = date(2026, 3, 15)
CTRL = Qt.KeyboardModifier.ControlModifier
ACCEPTED = QDialog.DialogCode.Accepted
REJECTED = QDialog.DialogCode.Rejected
CONTACTS = [(4, "Dr. Amal Haddad (physician)"), (9, "Riverside Pharmacy")]


# -- driving a form as a user would --------------------------------------------------------------


@pytest.fixture
def opened(qtbot: QtBot) -> Callable[[RecordForm[Any]], RecordForm[Any]]:
    """Show a form non-modally (no exec) and wait until it can take keys."""

    def show(form: RecordForm[Any]) -> RecordForm[Any]:
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
        return form

    return show


def focused() -> QWidget:
    """Where a key goes: into an open popup (a list of matches, a calendar) first, as Qt routes
    it; otherwise to the focus widget."""
    popup = QApplication.activePopupWidget()
    widget = (popup.focusWidget() or popup) if popup else QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    """Type into the focused widget. Non-ASCII text arrives as key events carrying the text, the
    way a keyboard layout or input method delivers it (QTest only knows ASCII key codes)."""
    if text.isascii():
        qtbot.keyClicks(focused(), text)
        return
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def press(
    qtbot: QtBot,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: QtBot, form: RecordForm[Any], name: str) -> None:
    """Press Tab until field `name` has the focus, as a user walking the form."""
    target = form.editor(name)
    for _ in range(60):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def replace_text(qtbot: QtBot, text: str) -> None:
    """Select everything in the focused field and type over it."""
    qtbot.keySequence(focused(), QKeySequence.StandardKey.SelectAll)
    type_text(qtbot, text)


def paste(qtbot: QtBot, text: str) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText(text)
    qtbot.keySequence(focused(), QKeySequence.StandardKey.Paste)


def saved(form: RecordForm[Any]) -> Any:
    assert form.result() == ACCEPTED, [form.message(n).text() for n in _names(form)]
    record = form.record()
    assert record is not None
    return record


def _names(form: RecordForm[Any]) -> list[str]:
    return [spec.name for spec in _specs_of(form)]


def _specs_of(form: RecordForm[Any]) -> tuple[FieldSpec, ...]:
    for specs in (
        forms.PATIENT_FIELDS,
        forms.CONTACT_FIELDS,
        forms.CONDITION_FIELDS,
        forms.ALLERGY_FIELDS,
        forms.MEDICATION_FIELDS,
        forms.TASK_FIELDS,
        forms.NOTE_FIELDS,
        forms.APPOINTMENT_FIELDS,
    ):
        try:
            form.editor(specs[0].name)
            form.editor(specs[-1].name)
        except KeyError:
            continue
        return specs
    return ()


def assert_refused(form: RecordForm[Any], name: str, *words: str) -> None:
    """The form is still open, with an error shown beside `name` and the focus there."""
    assert form.isVisible()
    assert form.result() != ACCEPTED
    assert form.record() is None
    message = form.message(name)
    assert message.isVisible() and message.is_error
    for word in words:
        assert word in message.text()
    assert focused() in form.editors(name)


@pytest.fixture
def store(sample_db: Path) -> Iterator[Store]:
    opened_store = Store.open(sample_db)
    yield opened_store
    opened_store.close()


# -- patients --------------------------------------------------------------------------------------


def test_first_field_has_the_focus_and_leads_the_tab_order(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(), TODAY))
    assert focused() is form.editor("given")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.editor("family")
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is form.editor("given")


def test_a_new_patient_with_only_a_name_saves_on_return(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    blank = Patient()
    form = opened(forms.patient_form(blank, TODAY))
    assert form.windowTitle() == "New patient"
    type_text(qtbot, "Margaret")
    press(qtbot, Qt.Key.Key_Return)
    patient = saved(form)
    assert not form.isVisible()
    assert patient == dataclasses.replace(blank, given="Margaret")
    assert blank.given == ""  # the record handed in is left alone


def test_a_bad_birth_date_is_shown_beside_the_field_until_fixed(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(), TODAY))
    type_text(qtbot, "Ann")
    tab_to(qtbot, form, "birth_date")
    type_text(qtbot, "31/02/1950")
    press(qtbot, Qt.Key.Key_Return)
    # The shape is right: the message says what is wrong with this day, not how to write one.
    assert_refused(form, "birth_date", "there is no 31 February 1950", "has 28 days")
    assert form.message("birth_date").label.isVisible()

    replace_text(qtbot, "2026-02-30")
    assert not form.message("birth_date").isVisible()  # editing clears the old error
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "birth_date", "not a real calendar date")

    replace_text(qtbot, "1950-02-28")
    press(qtbot, Qt.Key.Key_Return)
    assert saved(form).birth_date == date(1950, 2, 28)


def test_a_birth_date_in_the_future_is_refused_by_the_validator(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(), TODAY))
    type_text(qtbot, "Ann")
    tab_to(qtbot, form, "birth_date")
    type_text(qtbot, "2026-03-16")
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "birth_date", "future")


def test_a_patient_without_any_name_is_refused_beside_the_given_name(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(), TODAY))
    tab_to(qtbot, form, "phone")
    type_text(qtbot, "555-0134")
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "given", "name")


def test_pasting_50000_characters_is_cut_to_the_cap_with_a_note(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(given="Ann"), TODAY))
    tab_to(qtbot, form, "notes")
    paste(qtbot, "n" * 50_000)
    notes = form.editor("notes")
    assert isinstance(notes, QPlainTextEdit)
    assert len(notes.toPlainText()) == LONG_TEXT
    note = form.message("notes")
    assert note.isVisible() and not note.is_error
    assert f"{LONG_TEXT:,}" in note.text()

    tab_to(qtbot, form, "family")
    paste(qtbot, "f" * 50_000)
    assert f"{SHORT_TEXT:,}" in form.message("family").text()
    press(qtbot, Qt.Key.Key_Return)  # capped text is fine to save
    patient = saved(form)
    assert patient.notes == "n" * LONG_TEXT
    assert patient.family == "f" * SHORT_TEXT


def test_a_paste_in_the_middle_keeps_what_was_typed_around_it(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(), TODAY))
    type_text(qtbot, "AnnMarie")
    for _ in range(len("Marie")):
        press(qtbot, Qt.Key.Key_Left)
    paste(qtbot, "x" * 1000)
    edit = form.editor("given")
    assert isinstance(edit, QLineEdit)
    assert edit.text() == "Ann" + "x" * (SHORT_TEXT - 8) + "Marie"
    assert edit.cursorPosition() == SHORT_TEXT - 5
    type_text(qtbot, "y")  # full: one more is refused, with the note again
    assert edit.text() == "Ann" + "x" * (SHORT_TEXT - 8) + "Marie"
    assert form.message("given").isVisible()
    press(qtbot, Qt.Key.Key_Backspace)
    assert not form.message("given").isVisible()


def test_escape_on_an_untouched_form_closes_it_at_once(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(given="Ann"), TODAY))
    press(qtbot, Qt.Key.Key_Escape)
    assert form.result() == REJECTED
    assert form.record() is None
    assert not form.isVisible()


def test_escape_on_a_changed_form_asks_and_keep_editing_keeps_what_was_typed(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]], answers: Answers
) -> None:
    form = opened(forms.patient_form(Patient(given="Ann"), TODAY))
    type_text(qtbot, "Marie")
    # Escape on the question is "Keep editing": two presses of Escape never lose the typing.
    answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_Escape, "not saved yet"))
    press(qtbot, Qt.Key.Key_Escape)
    answers.settle(qtbot)
    assert form.isVisible()
    assert form.editor("given").text() == "Marie"  # type: ignore[attr-defined]

    answers.expect(QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_D, "Discard it?"))
    qtbot.keyClick(form.editor("given"), Qt.Key.Key_Escape)
    answers.settle(qtbot)
    assert form.result() == REJECTED
    assert form.record() is None
    assert not form.isVisible()


def test_a_form_typed_back_to_how_it_opened_closes_without_asking(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(given="Ann"), TODAY))
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, "e")
    press(qtbot, Qt.Key.Key_Backspace)
    assert not form.is_changed()
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()


@pytest.mark.parametrize(
    "name", ["Hélène Müller-Øster", "محمد عبد الله", "Nguyễn Thị Đặng", "Zoë 😀 👩🏽‍⚕️", "李小龍"]
)
def test_unicode_names_come_back_exactly_as_typed(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]], name: str
) -> None:
    form = opened(forms.patient_form(Patient(), TODAY))
    type_text(qtbot, name)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, name[::-1])
    press(qtbot, Qt.Key.Key_Return)
    patient = saved(form)
    assert (patient.given, patient.family) == (name, name[::-1])


def test_choice_fields_show_words_and_round_trip_codes(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    before = Patient(given="Ann", sex=Sex.FEMALE, status=PatientStatus.ON_HOLD)
    form = opened(forms.patient_form(before, TODAY))
    status = form.editor("status")
    assert isinstance(status, QComboBox)
    assert status.currentText() == "On hold"
    press(qtbot, Qt.Key.Key_Return)
    assert saved(form) == before  # nothing changed, nothing lost

    form = opened(forms.patient_form(before, TODAY))
    tab_to(qtbot, form, "status")
    type_text(qtbot, "Dis")  # a closed combo box selects by typing
    tab_to(qtbot, form, "sex")
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)
    after = saved(form)
    assert after.status is PatientStatus.DISCHARGED
    assert after.sex is None  # "(not set)" is first
    assert after == dataclasses.replace(before, status=PatientStatus.DISCHARGED, sex=None)


def test_an_implausible_age_asks_before_saving(
    qtbot: QtBot,
    opened: Callable[[RecordForm[Any]], RecordForm[Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, *_args: object) -> Any:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    form = opened(forms.patient_form(Patient(given="Ann"), TODAY))
    tab_to(qtbot, form, "birth_date")
    type_text(qtbot, "1900-01-02")
    press(qtbot, Qt.Key.Key_Return)
    assert "126 years" in asked[0]
    assert form.isVisible() and form.record() is None  # No keeps the form open
    press(qtbot, Qt.Key.Key_Return)
    assert saved(form).birth_date == date(1900, 1, 2)


def test_the_calendar_button_is_named_and_picks_a_date(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(given="Ann", birth_date=date(1950, 2, 28)), TODAY))
    button = form.calendar_button("birth_date")
    assert button.accessibleName() == "Choose date of birth from a calendar"
    tab_to(qtbot, form, "birth_date")
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = form.calendar("birth_date")
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toPython() == date(1950, 2, 28)
    view = focused()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert focused() is form.editor("birth_date")
    press(qtbot, Qt.Key.Key_Return)
    assert saved(form).birth_date == date(1950, 3, 1)


def test_every_field_has_an_accessible_name(
    opened: Callable[[RecordForm[Any]], RecordForm[Any]],
) -> None:
    form = opened(forms.medication_form(Medication(patient_id=1, name=""), CONTACTS))
    for spec in forms.MEDICATION_FIELDS:
        assert form.editor(spec.name).accessibleName() == spec.label
    assert form.calendar_button("start_date").accessibleName()


# -- medications ---------------------------------------------------------------------------------


def test_a_negative_dose_is_refused_beside_the_dose(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.medication_form(Medication(patient_id=1, name=""), CONTACTS))
    type_text(qtbot, "Metformin")
    tab_to(qtbot, form, "dose")
    type_text(qtbot, "-2 tablets")
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "dose", "positive")
    replace_text(qtbot, "2 tablets")
    press(qtbot, Qt.Key.Key_Return)
    medication = saved(form)
    assert (medication.name, medication.dose) == ("Metformin", "2 tablets")


def test_an_end_date_before_the_start_is_refused_beside_the_end_date(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.medication_form(Medication(patient_id=1, name="Metformin"), CONTACTS))
    tab_to(qtbot, form, "start_date")
    type_text(qtbot, "2026-03-01")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2026-02-01")
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "end_date", "before the start")
    replace_text(qtbot, "2026-04-01")
    press(qtbot, Qt.Key.Key_Return)
    medication = saved(form)
    assert (medication.start_date, medication.end_date) == (date(2026, 3, 1), date(2026, 4, 1))


def test_medication_contacts_flags_and_instructions_round_trip(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    before = Medication(
        id=3,
        patient_id=1,
        name="Paracetamol",
        prescriber_id=4,
        pharmacy_id=77,
        as_needed=True,
        as_needed_reason="pain",
    )
    form = opened(forms.medication_form(before, CONTACTS))
    assert form.windowTitle() == "Edit medication"
    pharmacy = form.editor("pharmacy_id")
    assert isinstance(pharmacy, QComboBox)
    assert pharmacy.currentText() == "Contact #77"  # a link not in the list is kept, not dropped
    press(qtbot, Qt.Key.Key_Return)
    assert saved(form) == before

    form = opened(forms.medication_form(before, CONTACTS))
    tab_to(qtbot, form, "as_needed")
    assert isinstance(focused(), QCheckBox)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, form, "prescriber_id")
    type_text(qtbot, "(")  # "(none)"
    tab_to(qtbot, form, "pharmacy_id")
    type_text(qtbot, "Riv")
    tab_to(qtbot, form, "instructions")
    type_text(qtbot, "Take with food")
    press(qtbot, Qt.Key.Key_Return)  # a new line in a notes field, not a save
    type_text(qtbot, "No alcohol")
    assert form.isVisible()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    after = saved(form)
    assert after == dataclasses.replace(
        before,
        as_needed=False,
        prescriber_id=None,
        pharmacy_id=9,
        instructions="Take with food\nNo alcohol",
    )


def test_as_needed_without_a_reason_is_refused_beside_the_reason(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.medication_form(Medication(patient_id=1, name="Morphine"), CONTACTS))
    tab_to(qtbot, form, "as_needed")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "as_needed_reason", "as-needed")


# -- tasks, notes, appointments and the rest -------------------------------------------------------


def test_a_task_with_a_time_but_no_date_is_refused_beside_the_date(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]], store: Store
) -> None:
    form = opened(forms.task_form(Task(title=""), store))
    type_text(qtbot, "Call the pharmacy")
    tab_to(qtbot, form, "due_time")
    type_text(qtbot, "09:30")
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "due_date", "date")
    type_text(qtbot, "2026-03-20")
    press(qtbot, Qt.Key.Key_Return)
    task = saved(form)
    assert (task.title, task.due_date, task.due_time) == (
        "Call the pharmacy",
        date(2026, 3, 20),
        time(9, 30),
    )
    assert task.patient_id is None


@pytest.mark.parametrize(("typed", "words"), [("25:00", "not a time of day"), ("9.30", "HH:MM")])
def test_a_bad_time_is_shown_beside_the_time(
    qtbot: QtBot,
    opened: Callable[[RecordForm[Any]], RecordForm[Any]],
    store: Store,
    typed: str,
    words: str,
) -> None:
    form = opened(forms.task_form(Task(title="Call", due_date=TODAY), store))
    tab_to(qtbot, form, "due_time")
    type_text(qtbot, typed)
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "due_time", words)


def test_a_task_is_linked_to_a_patient_found_by_typing(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]], store: Store
) -> None:
    patient = store.patients.patient(3)
    assert patient is not None
    form = opened(forms.task_form(Task(title="Chase referral", priority=TaskPriority.ASAP), store))
    tab_to(qtbot, form, "patient_id")
    type_text(qtbot, patient.family)
    press(qtbot, Qt.Key.Key_Down)  # into the list of matches
    press(qtbot, Qt.Key.Key_Return)  # picks one, and does not save yet
    assert form.isVisible()
    picked = form.editor("patient_id")
    assert isinstance(picked, QLineEdit) and picked.text()
    tab_to(qtbot, form, "priority")
    press(qtbot, Qt.Key.Key_Return)
    task = saved(form)
    assert task.patient_id is not None
    found = store.patients.patient(task.patient_id)
    assert found is not None and found.family == patient.family
    assert task.priority is TaskPriority.ASAP


def test_a_task_shows_its_patient_and_refuses_a_name_not_picked(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]], store: Store
) -> None:
    patient = store.patients.patient(2)
    assert patient is not None
    form = opened(forms.task_form(Task(id=5, title="Call", patient_id=2), store))
    picker = form.editor("patient_id")
    assert isinstance(picker, QLineEdit)
    assert picker.text() == patient.display_name
    press(qtbot, Qt.Key.Key_Return)
    assert saved(form).patient_id == 2

    form = opened(forms.task_form(Task(id=5, title="Call", patient_id=2), store))
    tab_to(qtbot, form, "patient_id")
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, "zz")
    form.accept()  # the Save button
    assert_refused(form, "patient_id", "Pick the patient")


def test_a_note_needs_its_date_and_time_and_text(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    before = Note(patient_id=1, written_at=datetime(2026, 3, 14, 16, 5), text="")
    form = opened(forms.note_form(before))
    day = form.editor("written_at")
    assert isinstance(day, QLineEdit) and day.text() == "2026-03-14"
    press(qtbot, Qt.Key.Key_Tab)
    replace_text(qtbot, "")
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "written_at", "both a date and a time")
    time_edit = form.editors("written_at")[1]
    assert focused() is time_edit  # the missing part has the focus
    assert time_edit.accessibleName() == "Written, time"
    type_text(qtbot, "17:45")  # editing either part clears the message
    assert not form.message("written_at").isVisible()
    tab_to(qtbot, form, "text")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert_refused(form, "text", "Enter the note")
    type_text(qtbot, "Seen at home; BP 128/80.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved(form) == dataclasses.replace(
        before, written_at=datetime(2026, 3, 14, 17, 45), text="Seen at home; BP 128/80."
    )


def test_an_appointment_round_trips_every_kind_of_field(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    before = Appointment(patient_id=1, start=datetime(2026, 3, 20, 9, 0))
    form = opened(forms.appointment_form(before, CONTACTS))
    type_text(qtbot, "Lab")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Blood draw")
    tab_to(qtbot, form, "duration_min")
    assert isinstance(focused(), QSpinBox)
    type_text(qtbot, "30")
    tab_to(qtbot, form, "contact_id")
    type_text(qtbot, "Dr")
    tab_to(qtbot, form, "transport")
    type_text(qtbot, "Arr")
    press(qtbot, Qt.Key.Key_Return)
    after = saved(form)
    assert after == dataclasses.replace(
        before,
        kind=AppointmentKind.LAB,
        purpose="Blood draw",
        duration_min=30,
        contact_id=4,
        transport=Transport.ARRANGED,
    )
    assert after.kind == "lab" and after.transport == "arranged"  # the codes the store keeps


def test_contact_condition_and_allergy_forms_save(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.contact_form(Contact(name="")))
    type_text(qtbot, "Riverside Pharmacy")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Pha")
    press(qtbot, Qt.Key.Key_Return)
    assert saved(form) == Contact(name="Riverside Pharmacy", role=ContactRole.PHARMACY)

    form = opened(forms.condition_form(Condition(patient_id=1, description=""), TODAY))
    type_text(qtbot, "Type 2 diabetes")
    tab_to(qtbot, form, "onset_date")
    type_text(qtbot, "2019-05-01")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2018-01-01")
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "abatement_date", "before its onset")
    form.done(REJECTED)  # left without saving (Escape would ask first: tested above)

    form = opened(forms.allergy_form(Allergy(patient_id=1, substance=""), TODAY))
    type_text(qtbot, "Penicillin")
    tab_to(qtbot, form, "severity")
    type_text(qtbot, "Sev")
    press(qtbot, Qt.Key.Key_Return)
    allergy = saved(form)
    assert (allergy.substance, allergy.severity, allergy.criticality) == (
        "Penicillin",
        AllergySeverity.SEVERE,
        None,
    )


# -- the form itself -------------------------------------------------------------------------------


def test_a_problem_with_a_field_not_in_the_form_is_shown_at_the_top(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    def validate(patient: Patient) -> None:
        if patient.lat is None:
            raise ValidationError("Place the patient on the map first.", "lat")

    specs = (FieldSpec("given", "Given name"),)
    form = opened(RecordForm("Patient", specs, Patient(), validate=validate))
    type_text(qtbot, "Ann")
    press(qtbot, Qt.Key.Key_Return)
    assert form.isVisible() and form.record() is None
    assert form.top_message.isVisible()
    assert form.top_message.text() == "Place the patient on the map first."


def test_numbers_are_read_as_decimals_and_empty_is_none(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    specs = (FieldSpec("lat", "Latitude", "number"), FieldSpec("lon", "Longitude", "number"))
    form = opened(
        RecordForm("Place", specs, Patient(given="Ann", lon=-0.5), validate=lambda p: None)
    )
    type_text(qtbot, "north")
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "lat", "number")
    replace_text(qtbot, "51,4778")
    press(qtbot, Qt.Key.Key_Tab)
    replace_text(qtbot, "")
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Return)
    patient = saved(form)
    assert (patient.lat, patient.lon) == (51.4778, None)


def test_edit_waits_for_the_user_and_returns_the_record_or_none(qtbot: QtBot) -> None:
    def answer(accept: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecordForm)
        qtbot.keyClick(dialog.first_editor(), Qt.Key.Key_Return if accept else Qt.Key.Key_Escape)

    QTimer.singleShot(0, lambda: answer(False))
    assert forms.edit_patient(Patient(given="Ann"), TODAY) is None
    QTimer.singleShot(0, lambda: answer(True))
    assert forms.edit_patient(Patient(given="Ann"), TODAY) == Patient(given="Ann")
    QTimer.singleShot(0, lambda: answer(True))
    specs = (FieldSpec("name", "Name"),)
    assert RecordForm.edit(
        "Contact", specs, Contact(name="Bo"), validate=lambda c: None
    ) == Contact(name="Bo")


def test_a_spec_must_name_a_field_of_the_record(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="no field 'surname'"):
        RecordForm(
            "Patient", (FieldSpec("surname", "Surname"),), Patient(), validate=lambda p: None
        )
    with pytest.raises(ValueError, match="unknown field kind"):
        FieldSpec("given", "Given name", "words")


@pytest.mark.parametrize(
    "specs",
    [
        forms.PATIENT_FIELDS,
        forms.CONTACT_FIELDS,
        forms.CONDITION_FIELDS,
        forms.ALLERGY_FIELDS,
        forms.MEDICATION_FIELDS,
        forms.TASK_FIELDS,
        forms.NOTE_FIELDS,
        forms.APPOINTMENT_FIELDS,
    ],
    ids=lambda specs: specs[0].name,
)
def test_text_caps_match_what_the_validators_keep(specs: tuple[FieldSpec, ...]) -> None:
    for spec in specs:
        if spec.kind in ("text", "long_text"):
            limit = LONG_TEXT if spec.name in LONG_FIELDS else SHORT_TEXT
            assert spec.max_length == limit, spec.name
            assert (spec.kind == "long_text") == (spec.name in LONG_FIELDS), spec.name


def test_fit_edit_cuts_only_what_was_inserted() -> None:
    assert fit_edit("abc", "abXYZc", 5) == ("abXYc", 4)
    assert fit_edit("abc", "abcd", 5) == ("abcd", -1)
    assert fit_edit("abcdefgh", "abcdefghi", 5) == ("abcdefgh", 8)  # already over: refuse more
    assert fit_edit("abcdefgh", "abcdefg", 5) == ("abcdefg", -1)  # deleting is always allowed


_TYPABLE = st.characters(exclude_categories=["Cs"])  # lone surrogates are not text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(_TYPABLE, max_size=SHORT_TEXT))
def test_any_text_up_to_the_cap_round_trips_in_a_line(qtbot: QtBot, text: str) -> None:
    form = RecordForm(
        "Patient", (FieldSpec("given", "Given name"),), Patient(), validate=lambda p: None
    )
    qtbot.addWidget(form)
    edit = form.editor("given")
    assert isinstance(edit, QLineEdit)
    edit.insert(text)  # as a paste does
    form.accept()
    assert saved(form).given == text.strip()  # spaces or a line break around it go
    assert form.message("given").isHidden()  # nothing was cut


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(
        st.characters(exclude_categories=["Cs"], exclude_characters="\r\u2029"),
        max_size=LONG_TEXT // 20,
    )
    | st.just("é" * LONG_TEXT)
)
def test_any_text_up_to_the_cap_round_trips_in_a_notes_field(qtbot: QtBot, text: str) -> None:
    # Line ends are kept as "\n": a carriage return or paragraph separator becomes one.
    form = RecordForm(
        "Patient", (FieldSpec("notes", "Notes", "long_text"),), Patient(), validate=lambda p: None
    )
    qtbot.addWidget(form)
    edit = form.editor("notes")
    assert isinstance(edit, QPlainTextEdit)
    edit.insertPlainText(text)
    form.accept()
    assert saved(form).notes == text


def test_a_pasted_phone_number_loses_its_line_break_and_one_inside_is_refused(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(forms.patient_form(Patient(), TODAY))
    type_text(qtbot, "Ann")
    tab_to(qtbot, form, "phone")
    paste(qtbot, "555-0134\r\n")
    press(qtbot, Qt.Key.Key_Return)
    assert saved(form).phone == "555-0134"
    form = opened(forms.patient_form(Patient(), TODAY))
    type_text(qtbot, "Ann")
    tab_to(qtbot, form, "family")
    paste(qtbot, "\u202eLee")  # shows as "eeL" to the next reader
    tab_to(qtbot, form, "phone")
    paste(qtbot, "555\n0134")
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(
        form,
        "family",
        "The family name holds a line break or an invisible control "
        "character; type it on one line.",
    )
    tab_to(qtbot, form, "family")
    replace_text(qtbot, "Lee")
    press(qtbot, Qt.Key.Key_Return)
    assert_refused(form, "phone", "The phone number holds a line break")


def test_a_passphrase_keeps_the_spaces_around_it(qtbot: QtBot) -> None:
    form = RecordForm(
        "Passphrase",
        (FieldSpec("given", "Passphrase", "secret"),),
        Patient(),
        validate=lambda p: None,
    )
    qtbot.addWidget(form)
    edit = form.editor("given")
    assert isinstance(edit, QLineEdit)
    edit.insert("  correct horse ")
    form.accept()
    assert saved(form).given == "  correct horse "


@pytest.mark.parametrize(
    ("substance", "suggested"),
    [
        ("penicilin", "penicillin"),
        ("amoxicilin", "amoxicillin"),
        ("PCN", None),
        ("Sulpha", None),
        ("NSAIDS", None),
        ("Latex", None),
        ("Peanuts", None),
    ],
)
def test_a_misspelt_medicine_allergy_is_questioned_with_the_name_suggested(
    substance: str, suggested: str | None
) -> None:
    from carebook.ui.forms.forms import allergy_doubt

    doubt = allergy_doubt(Allergy(patient_id=1, substance=substance))
    if suggested is None:
        assert doubt is None
    else:
        assert doubt is not None and f"Did you mean “{suggested}”?" in doubt


def test_a_form_grows_with_its_content_up_to_the_screen(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    form = opened(
        forms.appointment_form(Appointment(patient_id=1, start=datetime(2026, 3, 20, 9)), CONTACTS)
    )
    before = form.height()
    repeat = form.editor("rrule")
    assert isinstance(repeat, QComboBox)
    repeat.setFocus()
    qtbot.keyClicks(repeat, "W")  # type-ahead picks "Weekly": the days and the end appear
    assert repeat.currentText() == "Weekly"
    screen = form.screen().availableGeometry()
    # The form grew to show the days rather than hide them behind an inner scrollbar, and
    # stayed on the screen.
    qtbot.waitUntil(lambda: form.height() > before)
    qtbot.waitUntil(lambda: form._scroll.verticalScrollBar().maximum() == 0)
    assert form.frameGeometry().bottom() <= screen.bottom()
    assert form.height() <= screen.height()


def test_a_medication_form_makes_room_for_the_patient_named_above_its_fields(
    qtbot: QtBot, opened: Callable[[RecordForm[Any]], RecordForm[Any]]
) -> None:
    """The patient's name and allergies sit above the fields: the form counts them when it
    sizes itself, so every field shows without an inner scrollbar where the screen allows."""
    from carebook.ui.forms.medication_form import Whose, medication_form

    whose = Whose(
        patient="Dorothy (Dolly) Ackroyd, born 08 Sep 1941",
        allergies="Allergies: Ibuprofen (wheeze), moderate; Penicillin (rash), severe",
        allergic=True,
    )
    form = opened(
        medication_form(Medication(patient_id=1, name=""), CONTACTS, whose, lambda _m: ())
    )
    screen = form.screen().availableGeometry()
    needed = form._page.sizeHint().height() + form._around()
    if needed > screen.height() * 0.9:
        pytest.skip("this screen is too small for the whole form")
    qtbot.waitUntil(lambda: form._scroll.verticalScrollBar().maximum() == 0)
    assert form.whose.isVisible() and form.frameGeometry().bottom() <= screen.bottom()
