"""The patient record window driven by keyboard, as a coordinator does: what lands in the file.

Every form, question and picker runs modally (exec), so each test says beforehand how a user would
answer it; `Answers` does that from timers once the dialog is on screen. Whatever goes wrong (a
dialog that never comes, one left open, an answer that fails) is recorded and every dialog is
closed, so a test fails instead of hanging. The helpers are those of the editing tests, repeated
here because test modules are not a package and cannot import one another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import shiboken6
from keyboard_driver import (
    ALT,
    CTRL,
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
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from carebook.core.vocabularies import ContactRole
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.care_team_dialog import CareTeamDialog
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.patient_record import PatientRecord
from carebook.ui.patient.record_section import RecordSection

#: The record's tabs in order; Ctrl+1 … Ctrl+8 switch to them, as in the main window.
SECTIONS = (
    "Overview",
    "Care team",
    "Conditions",
    "Allergies",
    "Medications",
    "Appointments",
    "Tasks",
    "Notes",
)


# -- answering modal dialogs ---------------------------------------------------------------------


# -- keys, as a user's keyboard sends them -------------------------------------------------------


def choose(qtbot: QtBot, combo: QComboBox, wanted: Callable[[QComboBox], bool]) -> None:
    """Tab to a drop-down list, Home, then Down until the item wanted is showing."""
    tab_to(qtbot, combo)
    qtbot.keyClick(combo, Key.Key_Home)
    for _ in range(combo.count() + 1):
        if wanted(combo):
            return
        qtbot.keyClick(combo, Key.Key_Down)
    raise AssertionError(f"no item of {combo.accessibleName()!r} is the one wanted")


def choose_text(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    choose(qtbot, combo, lambda c: c.currentText() == text)


# -- answers for the kinds of dialog -------------------------------------------------------------


def acknowledge(qtbot: QtBot, seen: list[str]) -> Callable[[QMessageBox], None]:
    """Note what a warning says, then press Return (its OK button)."""

    def respond(box: QMessageBox) -> None:
        seen.append(f"{box.windowTitle()}: {box.text()}")
        press(qtbot, Key.Key_Return, inside=box)

    return respond


# -- the record window ---------------------------------------------------------------------------


def a_patient(store: Store, where: str = "1") -> int:
    """An active patient meeting `where` (SQL over `p`), the first by id."""
    found = scalar(
        store,
        f"SELECT p.id FROM patient p WHERE p.status = 'active' AND ({where}) ORDER BY p.id LIMIT 1",
    )
    assert found is not None, f"the sample has no such patient: {where}"
    return int(found)


def open_record(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, patient_id: int
) -> PatientRecord:
    """Open the patient's record from the main window, and wait until it is in front."""
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN.get(patient_id)
    assert record is not None
    qtbot.waitExposed(record)
    activate(qtbot, record)
    return record


def show_section(qtbot: QtBot, record: PatientRecord, title: str) -> QWidget:
    """Ctrl+digit to the section, as the record's tab order numbers them."""
    activate(qtbot, record)
    press(qtbot, Key(Key.Key_1 + SECTIONS.index(title)), CTRL, inside=record)
    shown = record.tabs.currentWidget()
    assert record.tabs.tabText(record.tabs.currentIndex()).replace("&", "") == title
    return shown


def section(qtbot: QtBot, record: PatientRecord, title: str) -> RecordSection:
    shown = show_section(qtbot, record, title)
    assert isinstance(shown, RecordSection) and shown.spec.title == title
    return shown


def button(parent: QWidget, label: str) -> QPushButton:
    found = [b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == label]
    assert len(found) == 1, f"{len(found)} buttons {label!r}"
    return found[0]


def push(qtbot: QtBot, parent: QWidget, label: str) -> None:
    """Tab to a button and press Space (this waits while any dialog it opens is answered)."""
    target = button(parent, label)
    assert target.isEnabled(), f"{label!r} is disabled"
    activate(qtbot, target)
    tab_to(qtbot, target)
    qtbot.keyClick(target, Key.Key_Space)


def walk_to(
    qtbot: QtBot, shown: RecordSection, wanted: Callable[[int, dict[str, Any]], bool]
) -> tuple[int, Any]:
    """Tab into the section's table, Ctrl+Home, then Down until the current row is the one."""
    activate(qtbot, shown)
    tab_to(qtbot, shown.table)
    qtbot.keyClick(shown.table, Key.Key_Home, CTRL)
    for _ in range(shown.model.rowCount() + 1):
        chosen = shown.selected()
        if chosen is not None and wanted(*chosen):
            return chosen
        qtbot.keyClick(shown.table, Key.Key_Down)
    raise AssertionError(f"no row in {shown.spec.title} is the one wanted")


def row_ids(shown: RecordSection) -> list[int | None]:
    return [shown.model.record_id(row) for row in range(shown.model.rowCount())]


def overview(record: PatientRecord) -> dict[str, str]:
    """The overview's rows as the user reads them: label, value."""
    form = record.overview_form
    values: dict[str, str] = {}
    for row in range(form.rowCount()):
        items = [
            form.itemAt(row, role) for role in (form.ItemRole.LabelRole, form.ItemRole.FieldRole)
        ]
        label, value = (item.widget() if item is not None else None for item in items)
        assert isinstance(label, QLabel) and isinstance(value, QLabel)
        values[label.text()] = value.text()
    return values


# -- conditions ----------------------------------------------------------------------------------


def test_a_condition_is_added_edited_deleted_and_brought_back_with_ctrl_z(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(store)
    record = open_record(qtbot, window, caseload, patient_id)
    conditions = section(qtbot, record, "Conditions")
    last = scalar(store, "SELECT coalesce(max(id), 0) FROM condition")

    def added() -> list[tuple[Any, ...]]:
        return store.conn.execute(
            "SELECT id, patient_id, description, status FROM condition WHERE id > ?", [last]
        ).fetchall()

    def steps(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Frailty", form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "New condition"))
    push(qtbot, conditions, "Add condition…")
    answers.check()
    rows = added()
    assert [row[1:] for row in rows] == [(patient_id, "Frailty", "active")]
    condition_id = rows[0][0]
    assert condition_id in row_ids(conditions), "the section shows it at once"

    walk_to(qtbot, conditions, lambda record_id, _row: record_id == condition_id)
    answers.expect(
        RecordForm,
        fill_form(form_steps(qtbot, ("description", "Frailty, moderate")), "Edit condition"),
    )
    press(qtbot, Key.Key_Return, inside=record)
    answers.check()
    assert [row[1:] for row in added()] == [(patient_id, "Frailty, moderate", "active")]
    chosen = conditions.selected()
    assert chosen is not None and chosen[1].description == "Frailty, moderate"

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, "Frailty, moderate", "Ctrl+Z"))
    press(qtbot, Key.Key_Delete, inside=record)
    answers.check()
    assert added() == []
    assert condition_id not in row_ids(conditions)

    # The record carries Ctrl+Z itself, on the main window's history.
    activate(qtbot, record)
    press(qtbot, Key.Key_Z, CTRL, inside=record)
    assert [row[1:] for row in added()] == [(patient_id, "Frailty, moderate", "active")]
    assert condition_id in row_ids(conditions)


# -- allergies -----------------------------------------------------------------------------------


def test_a_new_allergy_shows_in_the_banner_at_once_and_leaves_it_when_made_inactive(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(
        store,
        "NOT EXISTS (SELECT 1 FROM allergy a WHERE a.patient_id = p.id AND a.substance = 'Latex')",
    )
    record = open_record(qtbot, window, caseload, patient_id)
    assert "Latex" not in record.allergy_banner.text()
    allergies = section(qtbot, record, "Allergies")
    last = scalar(store, "SELECT coalesce(max(id), 0) FROM allergy")

    answers.expect(
        RecordForm,
        fill_form(form_steps(qtbot, ("substance", "Latex"), ("reaction", "Hives")), "New allergy"),
    )
    push(qtbot, allergies, "Add allergy…")
    answers.check()
    rows = store.conn.execute(
        "SELECT id, patient_id, substance, reaction, status FROM allergy WHERE id > ?", [last]
    ).fetchall()
    assert [row[1:] for row in rows] == [(patient_id, "Latex", "Hives", "active")]
    allergy_id = rows[0][0]
    banner = record.allergy_banner.text()
    assert banner.startswith("Allergies: ") and "Latex (Hives)" in banner, banner
    assert not record.allergy_icon.isHidden()

    walk_to(qtbot, allergies, lambda record_id, _row: record_id == allergy_id)

    def inactive(form: RecordForm[Any]) -> None:
        status = form.editor("status")
        assert isinstance(status, QComboBox)
        choose_text(qtbot, status, "Inactive")
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(inactive, "Edit allergy"))
    press(qtbot, Key.Key_Return, inside=record)
    answers.check()
    assert scalar(store, "SELECT status FROM allergy WHERE id = ?", allergy_id) == "inactive"
    banner = record.allergy_banner.text()
    assert "Latex" not in banner, banner
    still_active = [
        a.substance for a in store.patients.allergies(patient_id) if a.status.value == "active"
    ]
    for substance in still_active:
        assert substance in banner, banner
    if not still_active:
        assert banner == "Allergies not recorded yet", "never a safe-sounding none"
        assert record.allergy_icon.isHidden()


# -- notes ---------------------------------------------------------------------------------------


def test_a_visit_note_over_several_lines_is_tied_to_a_visit_and_listed_first(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(
        store, "(SELECT count(*) FROM appointment a WHERE a.patient_id = p.id) >= 2"
    )
    visit = store.appointments.appointments_for(patient_id)[1]  # not the latest: the choice is real
    assert visit.id is not None
    record = open_record(qtbot, window, caseload, patient_id)
    notes = section(qtbot, record, "Notes")
    last = scalar(store, "SELECT coalesce(max(id), 0) FROM note")
    text = "Seen at home, in good spirits.\nBP 132/84, pulse 72.\nReview feet next visit."

    def steps(form: RecordForm[Any]) -> None:
        about = form.editor("appointment_id")
        assert isinstance(about, QComboBox)
        assert about.currentData() is None, "no visit until one is chosen"
        choose(qtbot, about, lambda combo: combo.currentData() == visit.id)
        tab_to(qtbot, form.editor("text"))
        lines = text.split("\n")
        for number, line in enumerate(lines):
            type_text(qtbot, line, form)
            if number < len(lines) - 1:
                press(qtbot, Key.Key_Return, inside=form)  # a new line, not save
        assert form.isVisible() and form.record() is None, "Return did not save"
        press(qtbot, Key.Key_Return, CTRL, inside=form)

    answers.expect(RecordForm, fill_form(steps, "New note"))
    push(qtbot, notes, "Add note…")
    answers.check()
    rows = store.conn.execute(
        "SELECT id, patient_id, kind, text, appointment_id FROM note WHERE id > ?", [last]
    ).fetchall()
    assert [row[1:] for row in rows] == [(patient_id, "visit", text, visit.id)]
    assert notes.model.record_id(0) == rows[0][0], "newest first"
    first = notes.model.index(0, [c.key for c in notes.spec.columns].index("text")).data()
    assert first == "Seen at home, in good spirits."


# -- the care team -------------------------------------------------------------------------------


def _directory_pick(store: Store, patient_id: int) -> tuple[int, str, str]:
    """A contact not yet this patient's power of attorney, and a word that finds them first:
    (contact id, name, word)."""
    for contact in store.contacts.directory(limit=500):
        assert contact.id is not None
        if scalar(
            store,
            "SELECT 1 FROM care_team_member WHERE patient_id = ? AND contact_id = ?",
            patient_id,
            contact.id,
        ):
            continue
        for word in reversed(contact.name.split()):
            found = store.contacts.directory(word, limit=2)
            if len(word) >= 4 and word.isascii() and [c.id for c in found] == [contact.id]:
                return contact.id, contact.name, word
    raise AssertionError("no contact in the directory can be found by one word alone")


def test_a_contact_from_the_directory_joins_the_team_once_per_role_and_can_be_removed(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(store)
    contact_id, name, word = _directory_pick(store, patient_id)
    record = open_record(qtbot, window, caseload, patient_id)
    team = section(qtbot, record, "Care team")

    def links() -> list[tuple[Any, ...]]:
        return store.conn.execute(
            "SELECT role FROM care_team_member WHERE patient_id = ? AND contact_id = ?",
            [patient_id, contact_id],
        ).fetchall()

    def pick(dialog: CareTeamDialog) -> None:
        assert focused(dialog) is dialog.search, "the search box has the focus"
        type_text(qtbot, word, dialog)
        qtbot.waitUntil(lambda: dialog.matches.count() == 1)
        picked = dialog.matches.currentItem()
        assert picked is not None and picked.text().startswith(name)
        choose_text(qtbot, dialog.role, "Power of attorney")
        press(qtbot, Key.Key_Return, inside=dialog)
        assert not dialog.isVisible(), "Return is OK"

    answers.expect(CareTeamDialog, pick, "directory")
    push(qtbot, team, "Add from directory…")
    answers.check()
    assert links() == [("power_of_attorney",)]
    assert contact_id in row_ids(team)

    seen: list[str] = []
    answers.expect(CareTeamDialog, pick, "directory again")
    answers.expect(QMessageBox, acknowledge(qtbot, seen), "already on the team")
    push(qtbot, team, "Add from directory…")
    answers.check()
    assert len(seen) == 1 and "already on the care team" in seen[0], seen
    assert "Traceback" not in seen[0]
    assert links() == [("power_of_attorney",)], "no second row"

    walk_to(
        qtbot,
        team,
        lambda _id, row: row.id == contact_id and row.role is ContactRole.POWER_OF_ATTORNEY,
    )
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, name, "care team"))
    push(qtbot, team, "Remove from team")
    answers.check()
    assert links() == []
    assert contact_id not in row_ids(team)
    assert store.contacts.contact(contact_id) is not None, "the contact stays in the directory"

    activate(qtbot, record)
    press(qtbot, Key.Key_Z, CTRL, inside=record)
    assert links() == [("power_of_attorney",)], "Ctrl+Z puts them back on the team"
    assert contact_id in row_ids(team)


def test_new_contact_goes_into_the_directory_and_onto_the_team(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(store)
    record = open_record(qtbot, window, caseload, patient_id)
    team = section(qtbot, record, "Care team")
    last = scalar(store, "SELECT coalesce(max(id), 0) FROM contact")

    def steps(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Dr Petra Quayle", form)
        role = form.editor("role")
        assert isinstance(role, QComboBox)
        choose_text(qtbot, role, "Therapist")
        tab_to(qtbot, form.editor("phone"))
        type_text(qtbot, "0113 496 0123", form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "New contact"))
    push(qtbot, team, "New contact…")
    answers.check()
    contacts = store.conn.execute(
        "SELECT id, name, role, phone FROM contact WHERE id > ?", [last]
    ).fetchall()
    assert [row[1:] for row in contacts] == [("Dr Petra Quayle", "therapist", "0113 496 0123")]
    contact_id = contacts[0][0]
    assert store.conn.execute(
        "SELECT patient_id, role FROM care_team_member WHERE contact_id = ?", [contact_id]
    ).fetchall() == [(patient_id, "therapist")]
    assert contact_id in row_ids(team)


# -- the overview --------------------------------------------------------------------------------


def test_edit_details_changes_the_access_notes(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(store)
    record = open_record(qtbot, window, caseload, patient_id)
    show_section(qtbot, record, "Overview")
    notes = "Key safe 4821 by the back door.\nDog is friendly."

    def steps(form: RecordForm[Any]) -> None:
        tab_to(qtbot, form.editor("access_notes"))
        first, second = notes.split("\n")
        replace_text(qtbot, first, form)
        press(qtbot, Key.Key_Return, inside=form)
        type_text(qtbot, second, form)
        press(qtbot, Key.Key_Return, CTRL, inside=form)

    answers.expect(RecordForm, fill_form(steps, "Edit patient"))
    press(qtbot, Key.Key_E, ALT, inside=record)  # &Edit details…
    answers.settle(qtbot)
    assert scalar(store, "SELECT access_notes FROM patient WHERE id = ?", patient_id) == notes
    assert overview(record)["Access notes"] == notes

    # F2 outside a list (in a list it edits the selected row) opens the same form; Escape
    # leaves everything as it was.
    before = store.patients.patient(patient_id)
    answers.expect(
        RecordForm,
        fill_form(form_steps(qtbot, ("phone", "0000"), then=Key.Key_Escape), "Edit patient"),
    )
    show_section(qtbot, record, "Overview")
    press(qtbot, Key.Key_F2, inside=record)
    answers.check()
    assert store.patients.patient(patient_id) == before


def test_discharge_turns_the_button_into_make_active_again(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(
        store, "EXISTS (SELECT 1 FROM task t WHERE t.patient_id = p.id AND t.status = 'open')"
    )
    to_come = store.patients.still_to_come(patient_id)
    record = open_record(qtbot, window, caseload, patient_id)
    show_section(qtbot, record, "Overview")
    assert record.status_button.text().replace("&", "") == "Discharge"

    def status() -> str:
        return str(scalar(store, "SELECT status FROM patient WHERE id = ?", patient_id))

    # Asked about the open tasks: Discharge, &keep them.
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_K, "open task"))
    press(qtbot, Key.Key_D, ALT, inside=record)  # &Discharge: clicked once it has "animated"
    qtbot.waitUntil(lambda: status() != "active")
    answers.check()
    assert status() == "discharged"
    assert store.patients.still_to_come(patient_id) == to_come
    assert record.status_button.text().replace("&", "") == "Make active again"
    assert "Discharged" in record.facts.text()

    activate(qtbot, record)  # back in front once the question has closed
    press(qtbot, Key.Key_A, ALT, inside=record)  # Make &active again
    qtbot.waitUntil(lambda: status() != "discharged")
    assert status() == "active"
    assert record.status_button.text().replace("&", "") == "Discharge"


def test_deleting_the_patient_from_the_record_closes_it(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(store)
    patient = store.patients.patient(patient_id)
    assert patient is not None
    record = open_record(qtbot, window, caseload, patient_id)
    show_section(qtbot, record, "Overview")
    finished: list[int] = []
    record.finished.connect(finished.append)

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, patient.display_name))
    push(qtbot, record.overview, "Delete patient…")
    answers.check()
    assert store.patients.patient(patient_id) is None
    assert finished, "the record window closed"
    assert patient_id not in patient_record._OPEN
    assert not shiboken6.isValid(record) or not record.isVisible()


# -- following changes made elsewhere ------------------------------------------------------------


def test_the_record_follows_an_edit_made_elsewhere(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    patient_id = a_patient(store)
    record = open_record(qtbot, window, caseload, patient_id)
    patient = store.patients.patient(patient_id)
    assert patient is not None and patient.phone != "0113 496 0777"
    edited = replace(patient, phone="0113 496 0777")

    caseload.change(
        "Edit patient",
        "patient",
        lambda: store.patients.update_patient(edited),
        touches=[("patient", patient_id)],
    )
    assert "0113 496 0777" in record.facts.text()
    caseload.undo_stack.undo()
    assert "0113 496 0777" not in record.facts.text()
    assert patient.phone in record.facts.text()


def test_escape_closes_the_record_and_it_opens_again(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    patient_id = a_patient(store)
    patient = store.patients.patient(patient_id)
    assert patient is not None
    record = open_record(qtbot, window, caseload, patient_id)
    press(qtbot, Key.Key_Escape, inside=record)
    qtbot.waitUntil(lambda: not shiboken6.isValid(record) or not record.isVisible())
    qtbot.wait(10)  # the closed window is deleted (it deletes itself on close)
    assert patient_id not in patient_record._OPEN, (
        "a record closed with Escape is still listed as open, so opening it again fails"
    )

    again = open_record(qtbot, window, caseload, patient_id)
    assert again.isVisible()
    assert again.name.text() == patient.display_name


def test_f2_in_a_section_edits_its_row_and_ctrl_n_adds_one_not_the_patient(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(store, "EXISTS (SELECT 1 FROM condition c WHERE c.patient_id = p.id)")
    record = open_record(qtbot, window, caseload, patient_id)
    conditions = section(qtbot, record, "Conditions")
    walk_to(qtbot, conditions, lambda _record_id, _row: True)
    answers.expect(
        RecordForm,
        fill_form(lambda form: press(qtbot, Key.Key_Escape, inside=form), "Edit condition"),
    )
    press(qtbot, Key.Key_F2, inside=record)
    answers.check()
    answers.expect(
        RecordForm,
        fill_form(lambda form: press(qtbot, Key.Key_Escape, inside=form), "New condition"),
    )
    press(qtbot, Key.Key_N, CTRL, inside=record)
    answers.check()


def test_the_record_opens_as_wide_as_its_tabs_need_within_the_screen(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    record = open_record(qtbot, window, caseload, 1)
    free = record.screen().availableGeometry()
    # Every tab's name in view where the screen allows; never wider than the screen, but for
    # what the record's own content cannot do without.
    wanted = record.tabs.tabBar().sizeHint().width()
    assert record.width() <= max(free.width(), record.minimumSizeHint().width())
    assert record.width() >= min(wanted, free.width())
