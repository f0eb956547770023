"""Editing from the main window with the keyboard, as a coordinator does: what lands in the file.

Every form, question and reason box runs modally (exec), so each test says beforehand how a user
would answer it; `Answers` does that from timers once the dialog is on screen. Whatever goes wrong
(a dialog that never comes, one left open, an answer that fails) is recorded and every dialog is
closed, so a test fails instead of hanging.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from keyboard_driver import (
    CTRL,
    NONE,
    SHIFT,
    Answers,
    Key,
    activate,
    escape_discarding,
    fill_form,
    focused,
    form_steps,
    press,
    press_mnemonic,
    scalar,
    tab_to,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from carebook.core.records import Allergy, Task
from carebook.core.vocabularies import AllergySeverity, PatientStatus
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.medication_form import MedicationForm
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.lists.list_tab import ListTab
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.record_section import RecordSection

# -- answering modal dialogs ---------------------------------------------------------------------


# -- keys, as a user's keyboard sends them -------------------------------------------------------


def shortcut(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE
) -> None:
    """A key pressed while the main window is in front: it goes to its focus widget."""
    activate(qtbot, window)
    press(qtbot, key, modifier, inside=window)


def list_tab(window: MainWindow, title: str) -> ListTab:
    return next(tab for tab in window.list_tabs if tab.spec.title == title)


def open_tab(qtbot: QtBot, window: MainWindow, title: str) -> ListTab:
    number = 3 + [tab.spec.title for tab in window.list_tabs].index(title)  # after Today, Agenda
    shortcut(qtbot, window, Key(Key.Key_0 + number), CTRL)
    tab = list_tab(window, title)
    assert window.tabs.currentWidget() is tab
    assert tab.table.hasFocus()
    return tab


def walk_to(
    qtbot: QtBot,
    tab: ListTab,
    wanted: Callable[[int, dict[str, Any]], bool],
) -> tuple[int, Any]:
    """Ctrl+Home, then Down until the current row is the one wanted."""
    activate(qtbot, tab)
    tab_to(qtbot, tab.table)
    qtbot.keyClick(tab.table, Key.Key_Home, CTRL)
    for _ in range(tab.model.rowCount() + 1):
        chosen = tab.selected()
        if chosen is not None and wanted(*chosen):
            return chosen
        qtbot.keyClick(tab.table, Key.Key_Down)
    raise AssertionError(f"no row in {tab.spec.title} is the one wanted")


def choose_patient_in_picker(qtbot: QtBot, tab: ListTab, patient_id: int, family: str) -> None:
    """Ctrl+F, Tab to the patient filter, type the family name, Return; then Tab to the list."""
    assert tab.picker is not None
    qtbot.keyClick(focused(tab), Key.Key_F, CTRL)
    tab_to(qtbot, tab.picker)
    type_text(qtbot, family, tab)
    press(qtbot, Key.Key_Return, inside=tab)
    assert tab.picker.patient_id == patient_id
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    # The offscreen platform activates the list of matches a moment after it has closed (a real
    # desktop never activates a popup); let that happen, then bring the window back to the front.
    matches = tab.picker.completer().popup()
    for _ in range(15):
        if QApplication.activeWindow() is matches:
            break
        qtbot.wait(20)
    activate(qtbot, tab)
    tab_to(qtbot, tab.table)


def context_menu(qtbot: QtBot, answers: Answers, tab: ListTab, label: str) -> None:
    """Open the selected row's context menu from the keyboard and choose `label` with the arrows.

    The offscreen platform does not turn the Menu key into a context-menu event, so the test
    sends the event that key produces (reason Keyboard, at the current row), and the real menu
    opens; the item is then reached with Down and taken with Return, as a user would.
    """

    def choose(menu: QMenu) -> None:
        offered = {action.text(): action for action in menu.actions()}
        assert label in offered, f"{label!r} is not in the menu: {list(offered)}"
        assert offered[label].isEnabled(), f"{label!r} is in the menu but disabled"
        for _ in range(len(menu.actions()) + 1):
            action = menu.activeAction()
            if action is not None and action.text() == label:
                qtbot.keyClick(menu, Key.Key_Return)
                return
            qtbot.keyClick(menu, Key.Key_Down)
        raise AssertionError(f"Down never reached {label!r}")

    answers.expect(QMenu, choose, f"context menu ({label})")
    view = tab.table
    at = view.visualRect(view.currentIndex()).center()
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, view.viewport().mapToGlobal(at)),
    )
    answers.check()


# -- answers for the kinds of dialog -------------------------------------------------------------


def type_reason(qtbot: QtBot, reason: str) -> Callable[[QInputDialog], None]:
    def respond(dialog: QInputDialog) -> None:
        type_text(qtbot, reason, dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    return respond


# -- reading the caseload ------------------------------------------------------------------------


def belongings(store: Store, patient_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Everything recorded for a patient in the tables that hang off them, row by row."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in ("medication", "appointment", "task", "allergy", "condition", "note"):
        found[table] = store.conn.execute(
            f"SELECT * FROM {table} WHERE patient_id = ? ORDER BY id", [patient_id]
        ).fetchall()
    found["medication_event"] = store.conn.execute(
        "SELECT e.* FROM medication_event e JOIN medication m ON m.id = e.medication_id"
        " WHERE m.patient_id = ? ORDER BY e.id",
        [patient_id],
    ).fetchall()
    found["occurrence"] = store.conn.execute(
        "SELECT appointment_id, original_start, start, ends, status FROM occurrence"
        " WHERE patient_id = ? ORDER BY appointment_id, original_start",
        [patient_id],
    ).fetchall()
    return found


def unique_family(store: Store, where: str = "1") -> tuple[int, str]:
    """A listed patient (active or on hold) whose family name no one else has, meeting `where`."""
    row = store.conn.execute(
        f"SELECT p.id, p.family FROM patient p WHERE p.status IN ('active', 'on_hold')"
        f" AND ({where}) AND (SELECT count(*) FROM patient q WHERE q.family = p.family) = 1"
        f" ORDER BY p.id LIMIT 1"
    ).fetchone()
    assert row is not None, f"the sample has no such patient: {where}"
    return int(row[0]), str(row[1])


def undo_text(window: MainWindow) -> tuple[str, bool]:
    """The Edit menu's first item (Undo): its words without the accelerator, and if enabled."""
    edit = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == "Edit"
    )
    assert isinstance(edit, QMenu)
    undo = edit.actions()[0]
    return undo.text().replace("&", ""), undo.isEnabled()


# -- patients ------------------------------------------------------------------------------------


def test_ctrl_n_on_patients_adds_exactly_the_names_typed(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    tab = open_tab(qtbot, window, "Patients")
    last = scalar(store, "SELECT max(id) FROM patient")
    given, family = "Zephyrine", "Øster-Đặng"

    def steps(form: RecordForm[Any]) -> None:
        type_text(qtbot, given, form)
        press(qtbot, Key.Key_Tab, inside=form)
        assert focused(form) is form.editor("family")
        type_text(qtbot, family, form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "New patient"))
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.check()

    added = store.conn.execute(
        "SELECT id, given, family, status FROM patient WHERE id > ?", [last]
    ).fetchall()
    assert [row[1:] for row in added] == [(given, family, "active")]
    shortcut(qtbot, window, Key.Key_F, CTRL)
    assert tab.search.hasFocus()
    type_text(qtbot, given, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.record_id(0) == added[0][0]
    assert tab.model.value(0, "name") == f"{family}, {given}"


def test_f2_changes_the_phone_of_the_selected_patient(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    tab = open_tab(qtbot, window, "Patients")
    press(qtbot, Key.Key_Down, inside=window)
    press(qtbot, Key.Key_Down, inside=window)
    chosen = tab.selected()
    assert chosen is not None
    patient_id = chosen[0]
    before = store.patients.patient(patient_id)
    assert before is not None and before.phone != "0113 496 0999"

    answers.expect(
        RecordForm, fill_form(form_steps(qtbot, ("phone", "0113 496 0999")), "Edit patient")
    )
    press(qtbot, Key.Key_F2, inside=window)
    answers.check()

    after = store.patients.patient(patient_id)
    assert after is not None and after.phone == "0113 496 0999"
    assert after.given == before.given and after.family == before.family
    assert tab.selected() == (patient_id, replace(chosen[1], phone="0113 496 0999"))


def test_delete_asks_then_undo_brings_the_patient_back_whole_and_redo_deletes_again(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id, family = unique_family(
        store,
        (
            "EXISTS (SELECT 1 FROM medication m WHERE m.patient_id = p.id)"
            " AND EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id)"
            " AND EXISTS (SELECT 1 FROM task t WHERE t.patient_id = p.id)"
        ),
    )
    before = belongings(store, patient_id)
    assert all(before[table] for table in ("medication", "appointment", "task", "occurrence"))
    everyone = store.counts()
    tab = open_tab(qtbot, window, "Patients")
    walk_to(qtbot, tab, lambda record_id, _row: record_id == patient_id)

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, family, "Ctrl+Z"))
    press(qtbot, Key.Key_Delete, inside=window)
    answers.check()
    assert store.patients.patient(patient_id) is None
    assert not any(belongings(store, patient_id).values())
    assert patient_id not in [tab.model.record_id(row) for row in range(tab.model.rowCount())]

    shortcut(qtbot, window, Key.Key_Z, CTRL)
    assert store.patients.patient(patient_id) is not None
    after = belongings(store, patient_id)
    for table in before:
        assert len(after[table]) == len(before[table]), table
    assert after == before
    assert store.counts() == everyone
    assert patient_id in [tab.model.record_id(row) for row in range(tab.model.rowCount())]

    shortcut(qtbot, window, Key.Key_Z, CTRL | SHIFT)
    assert store.patients.patient(patient_id) is None
    assert not any(belongings(store, patient_id).values())


def test_delete_answered_no_deletes_nothing(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    tab = open_tab(qtbot, window, "Patients")
    chosen = tab.selected()
    assert chosen is not None
    patient_id = chosen[0]
    before = belongings(store, patient_id)
    everyone = store.counts()

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_N, "Delete"))
    press(qtbot, Key.Key_Delete, inside=window)
    answers.check()
    assert store.patients.patient(patient_id) is not None
    assert belongings(store, patient_id) == before
    assert store.counts() == everyone
    assert caseload.undo_stack.count() == 0


def test_discharge_from_the_context_menu_hides_the_patient_until_undone(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id, _family = unique_family(store, "p.status = 'active'")
    tab = open_tab(qtbot, window, "Patients")
    assert tab.filter.currentText() == "Active and on hold"
    walk_to(qtbot, tab, lambda record_id, _row: record_id == patient_id)
    shown = tab.model.rowCount()

    # Every sample patient has visits still to come: asked, Discharge, &keep them.
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_K, "still to come"))
    context_menu(qtbot, answers, tab, "Discharge (keep the record)")
    assert scalar(store, "SELECT status FROM patient WHERE id = ?", patient_id) == "discharged"
    assert tab.model.rowCount() == shown - 1
    assert patient_id not in [tab.model.record_id(row) for row in range(tab.model.rowCount())]

    shortcut(qtbot, window, Key.Key_Z, CTRL)
    assert scalar(store, "SELECT status FROM patient WHERE id = ?", patient_id) == "active"
    assert tab.model.rowCount() == shown
    assert patient_id in [tab.model.record_id(row) for row in range(tab.model.rowCount())]


def _open_for(store: Caseload, patient_id: int) -> tuple[int, int]:
    """The patient's booked visits from now on (laid out), and open tasks."""
    now = store.store.clock().isoformat(timespec="minutes")
    return (
        int(
            scalar(
                store.store,
                "SELECT count(*) FROM occurrence WHERE patient_id = ? AND"
                " start >= ? AND status = 'booked'",
                patient_id,
                now,
            )
        ),
        int(
            scalar(
                store.store,
                "SELECT count(*) FROM task WHERE patient_id = ? AND status = 'open'",
                patient_id,
            )
        ),
    )


def _with_open_tasks_and_visits(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> tuple[int, tuple[int, int], ListTab]:
    """An active patient with open tasks and visits to come, selected in the Patients tab: their
    id, what is open for them, and the tab."""
    store = caseload.store
    patient_id, _family = unique_family(
        store,
        (
            "p.status = 'active' AND EXISTS (SELECT 1 FROM task t WHERE t.patient_id = p.id AND"
            " t.status = 'open') AND EXISTS (SELECT 1 FROM occurrence o WHERE o.patient_id = p.id"
            f" AND o.status = 'booked' AND o.start >= '{store.clock():%Y-%m-%dT%H:%M}')"
        ),
    )
    before = _open_for(caseload, patient_id)
    tab = open_tab(qtbot, window, "Patients")
    walk_to(qtbot, tab, lambda record_id, _row: record_id == patient_id)
    return patient_id, before, tab


@pytest.mark.parametrize("cancel_them", [True, False], ids=["cancel them", "keep them"])
def test_a_discharge_asks_about_the_visits_and_tasks_still_to_come(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers, cancel_them: bool
) -> None:
    store = caseload.store
    patient_id, before, tab = _with_open_tasks_and_visits(qtbot, window, caseload)
    appointments, tasks = store.patients.still_to_come(patient_id)

    said = [f"{appointments} appointment", f"{tasks} open task"]
    # Return takes the default, "Discharge and cancel them"; K is "Discharge, keep them".
    answer = Key.Key_Return if cancel_them else Key.Key_K
    answers.expect(QMessageBox, press_mnemonic(qtbot, answer, *said))
    context_menu(qtbot, answers, tab, "Discharge (keep the record)")
    assert scalar(store, "SELECT status FROM patient WHERE id = ?", patient_id) == "discharged"
    assert _open_for(caseload, patient_id) == ((0, 0) if cancel_them else before)

    shortcut(qtbot, window, Key.Key_Z, CTRL)  # one undo puts it all back
    assert scalar(store, "SELECT status FROM patient WHERE id = ?", patient_id) == "active"
    assert _open_for(caseload, patient_id) == before


def test_cancelling_the_discharge_question_discharges_nothing(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id, before, tab = _with_open_tasks_and_visits(qtbot, window, caseload)
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Escape, "open task"))
    context_menu(qtbot, answers, tab, "Discharge (keep the record)")
    assert scalar(store, "SELECT status FROM patient WHERE id = ?", patient_id) == "active"
    assert _open_for(caseload, patient_id) == before
    assert caseload.undo_stack.count() == 0


@pytest.mark.parametrize("cancel_them", [True, False], ids=["cancel them", "keep them"])
def test_marking_a_patient_deceased_in_the_form_asks_too_and_keeps_the_edit(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers, cancel_them: bool
) -> None:
    store = caseload.store
    patient_id, before, _tab = _with_open_tasks_and_visits(qtbot, window, caseload)

    def steps(form: RecordForm[Any]) -> None:
        tab_to(qtbot, form.editor("status"))
        type_text(qtbot, "Dec", form)  # a closed list picks by what is typed
        assert form.editor("status").currentText() == "Deceased"
        form_steps(qtbot, ("phone", "0113 496 0101"))(form)

    answers.expect(RecordForm, fill_form(steps, "Edit patient"))
    # Return takes "Cancel them"; Escape keeps them. The edit is saved either way.
    answers.expect(
        QMessageBox,
        press_mnemonic(qtbot, Key.Key_Return if cancel_them else Key.Key_Escape, "open task"),
    )
    press(qtbot, Key.Key_F2, inside=window)
    answers.check()
    patient = store.patients.patient(patient_id)
    assert patient is not None
    assert (patient.status, patient.phone) == (PatientStatus.DECEASED, "0113 496 0101")
    assert _open_for(caseload, patient_id) == ((0, 0) if cancel_them else before)
    shortcut(qtbot, window, Key.Key_Z, CTRL)
    assert scalar(store, "SELECT status FROM patient WHERE id = ?", patient_id) == "active"
    assert _open_for(caseload, patient_id) == before


def test_return_opens_the_record_with_allergies_and_current_medications(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id, _family = unique_family(
        store,
        (
            "EXISTS (SELECT 1 FROM allergy a WHERE a.patient_id = p.id AND a.status = 'active')"
            " AND EXISTS (SELECT 1 FROM allergy a WHERE a.patient_id = p.id"
            " AND a.status <> 'active')"
            " AND EXISTS (SELECT 1 FROM medication m WHERE m.patient_id = p.id"
            " AND m.status = 'stopped')"
        ),
    )
    tab = open_tab(qtbot, window, "Patients")
    walk_to(qtbot, tab, lambda record_id, _row: record_id == patient_id)

    press(qtbot, Key.Key_Return, inside=window)
    record = patient_record._OPEN.get(patient_id)
    assert record is not None
    qtbot.waitExposed(record)
    activate(qtbot, record)

    allergies = store.patients.allergies(patient_id)
    banner = record.allergy_banner.text()
    assert banner.startswith("Allergies: ")
    for allergy in allergies:
        assert (allergy.substance in banner) == (allergy.status.value == "active"), banner
    assert record.allergy_icon.isVisible()

    press(qtbot, Key.Key_5, CTRL, inside=record)  # Overview, Care team, Conditions, Allergies, …
    section = record.tabs.currentWidget()
    assert isinstance(section, RecordSection)
    assert section.spec.title == "Medications"
    medications = store.medications.medications(patient_id)

    def names() -> list[str]:
        return sorted(
            str(section.model.value(row, "name")) for row in range(section.model.rowCount())
        )

    assert names() == sorted(m.name for m in medications if m.status.value != "stopped")
    assert isinstance(section.show_all, QCheckBox)
    assert section.show_all.text() == "Show stopped"
    tab_to(qtbot, section.show_all)
    press(qtbot, Key.Key_Space, inside=record)
    assert section.show_all.isChecked()
    assert names() == sorted(m.name for m in medications)


# -- medications ---------------------------------------------------------------------------------


def test_a_new_medication_for_the_picked_patient_is_started_and_can_be_stopped(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id, family = unique_family(
        store,
        (
            "NOT EXISTS (SELECT 1 FROM medication m WHERE m.patient_id = p.id"
            " AND m.name LIKE 'Nitrofurantoin%')"
        ),
    )
    tab = open_tab(qtbot, window, "Medications")
    choose_patient_in_picker(qtbot, tab, patient_id, family)
    last = scalar(store, "SELECT max(id) FROM medication")

    answers.expect(
        RecordForm,
        fill_form(
            form_steps(
                qtbot, ("name", "Nitrofurantoin"), ("strength", "50 mg"), ("dose", "1 capsule")
            ),
            "New medication",
        ),
    )
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.check()

    rows = store.conn.execute(
        "SELECT id, patient_id, name, strength, dose, status, start_date FROM medication"
        " WHERE id > ?",
        [last],
    ).fetchall()
    assert [row[1:] for row in rows] == [
        (patient_id, "Nitrofurantoin", "50 mg", "1 capsule", "active", store.today().isoformat())
    ]
    medication_id = rows[0][0]
    events = store.medications.medication_history(medication_id)
    assert [(e.kind.value, e.on_date) for e in events] == [("started", store.today())]

    walk_to(qtbot, tab, lambda record_id, _row: record_id == medication_id)
    answers.expect(QInputDialog, type_reason(qtbot, "Rash after second dose"), "stop reason")
    context_menu(qtbot, answers, tab, "Stop…")
    answers.check()
    stopped = store.medications.medication(medication_id)
    assert stopped is not None
    assert (stopped.status.value, stopped.stop_reason, stopped.end_date) == (
        "stopped",
        "Rash after second dose",
        store.today(),
    )
    last_event = store.medications.medication_history(medication_id)[-1]
    assert (last_event.kind.value, last_event.reason) == ("stopped", "Rash after second dose")


def test_a_second_active_paracetamol_asks_before_saving(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id, family = unique_family(
        store,
        (
            "EXISTS (SELECT 1 FROM medication m WHERE m.patient_id = p.id"
            " AND m.name = 'Paracetamol' AND m.status = 'active')"
        ),
    )

    def active_paracetamol() -> int:
        return int(
            scalar(
                store,
                "SELECT count(*) FROM medication WHERE patient_id = ?"
                " AND name = 'Paracetamol' AND status <> 'stopped'",
                patient_id,
            )
        )

    before = active_paracetamol()
    tab = open_tab(qtbot, window, "Medications")
    choose_patient_in_picker(qtbot, tab, patient_id, family)
    seen: list[str] = []

    def steps(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Paracetamol", form)
        answers.expect(QInputDialog, press_key(qtbot, Key.Key_Escape), "reason asked (Escape)")
        press(qtbot, Key.Key_Return, inside=form)  # waits for the question to be answered
        assert form.isVisible() and form.record() is None, "Escape keeps the form open"
        seen.append("no")
        answers.expect(
            QInputDialog, type_reason(qtbot, "Second supply kept at day centre"), "reason given"
        )
        press(qtbot, Key.Key_Return, inside=form)
        seen.append("yes")

    answers.expect(RecordForm, fill_form(steps, "New medication"))
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.check()
    assert seen == ["no", "yes"]
    assert active_paracetamol() == before + 1
    reason = scalar(
        store,
        "SELECT warning_reason FROM medication WHERE patient_id = ? ORDER BY id DESC LIMIT 1",
        patient_id,
    )
    assert reason == "Second supply kept at day centre"


def test_ibuprofen_for_a_patient_allergic_to_it_is_named_as_she_types_and_saved_only_with_a_reason(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id, family = unique_family(
        store,
        "NOT EXISTS (SELECT 1 FROM allergy a WHERE a.patient_id = p.id)"
        " AND NOT EXISTS (SELECT 1 FROM medication m WHERE m.patient_id = p.id"
        " AND m.name LIKE '%profen%')",
    )
    store.patients.add_allergy(
        Allergy(
            patient_id=patient_id,
            substance="Ibuprofen",
            reaction="wheeze",
            severity=AllergySeverity.MODERATE,
        )
    )
    tab = open_tab(qtbot, window, "Medications")
    choose_patient_in_picker(qtbot, tab, patient_id, family)
    seen: dict[str, str] = {}

    def steps(form: RecordForm[Any]) -> None:
        assert isinstance(form, MedicationForm)
        seen["whose"] = form.whose.text()
        type_text(qtbot, "Ibuprofen", form)
        qtbot.waitUntil(lambda: form.warnings.isVisible(), timeout=3000)
        seen["warning"] = form.warnings.text()
        answers.expect(
            QInputDialog, type_reason(qtbot, "Tolerated for years, GP aware"), "reason asked"
        )
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "New medication"))
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.check()

    assert family in seen["whose"] and "Ibuprofen (wheeze), moderate" in seen["whose"]
    assert "allergic to Ibuprofen (wheeze, moderate)" in seen["warning"]
    saved = store.conn.execute(
        "SELECT id, warning_reason FROM medication WHERE patient_id = ? AND name = 'Ibuprofen'",
        [patient_id],
    ).fetchall()
    assert [reason for _id, reason in saved] == ["Tolerated for years, GP aware"]
    logged = store.conn.execute(
        "SELECT summary FROM audit_log WHERE record_kind = 'medication' AND record_id = ?",
        [saved[0][0]],
    ).fetchall()
    assert logged == [("saved over a medication warning",)]  # never the reason itself
    tab.load()
    walk_to(qtbot, tab, lambda record_id, _row: record_id == saved[0][0])
    chosen = tab.selected()
    assert chosen is not None and chosen[1].warning.startswith("Allergy: Ibuprofen")


def press_key(qtbot: QtBot, key: Qt.Key) -> Callable[[QWidget], None]:
    def respond(widget: QWidget) -> None:
        press(qtbot, key, inside=widget)

    return respond


# -- tasks ---------------------------------------------------------------------------------------


def test_a_new_task_with_only_a_title_is_due_today(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    open_tab(qtbot, window, "Tasks")
    last = scalar(store, "SELECT max(id) FROM task")

    def steps(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Chase the OT referral", form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "New task"))
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.check()
    rows = store.conn.execute(
        "SELECT title, due_date, due_time, status, patient_id, rrule FROM task WHERE id > ?", [last]
    ).fetchall()
    assert rows == [("Chase the OT referral", store.today().isoformat(), None, "open", None, "")]


def test_mark_done_on_a_weekly_task_brings_it_round_again_and_undo_takes_that_back(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    due = store.today() - timedelta(days=1)
    weekly = store.tasks.add_task(
        Task(title="Weigh Mrs Example (weekly)", due_date=due, rrule="FREQ=WEEKLY")
    )
    assert weekly.id is not None
    tab = open_tab(qtbot, window, "Tasks")
    shortcut(qtbot, window, Key.Key_F, CTRL)
    type_text(qtbot, "Weigh Mrs Example", tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    press(qtbot, Key.Key_Down, inside=tab)  # from the search box into the list
    chosen = tab.selected()
    assert chosen is not None and chosen[0] == weekly.id
    last = scalar(store, "SELECT max(id) FROM task")

    context_menu(qtbot, answers, tab, "Mark done")
    done = store.tasks.task(weekly.id)
    assert done is not None and done.status.value == "done" and done.completed_at is not None
    following = store.conn.execute(
        "SELECT id, title, due_date, status, rrule FROM task WHERE id > ?", [last]
    ).fetchall()
    assert [row[1:] for row in following] == [
        ("Weigh Mrs Example (weekly)", (due + timedelta(days=7)).isoformat(), "open", "FREQ=WEEKLY")
    ]

    shortcut(qtbot, window, Key.Key_Z, CTRL)
    assert store.tasks.task(following[0][0]) is None
    reopened = store.tasks.task(weekly.id)
    assert reopened is not None
    assert (reopened.status.value, reopened.completed_at, reopened.due_date) == ("open", None, due)


# -- appointments --------------------------------------------------------------------------------


def _free_time(store: Store, day: date, minutes: int, appointment_id: int) -> time:
    """A time that day when the coordinator has no other visit, so no overlap is asked about."""
    for hour in (7, 6, 20, 21, 12, 13, 8):
        start = datetime.combine(day, time(hour, 5))
        if not store.visits.overlapping(start, start + timedelta(minutes=minutes), appointment_id):
            return time(hour, 5)
    raise AssertionError(f"no free time on {day}")


def _series_visits(store: Store, appointment_id: int) -> list[tuple[datetime, datetime]]:
    """(original start, start) of a series' upcoming visits from two days on, in order."""
    rows = store.conn.execute(
        "SELECT original_start, start FROM occurrence WHERE appointment_id = ? AND start >= ?"
        " ORDER BY original_start",
        [appointment_id, (store.today() + timedelta(days=2)).isoformat()],
    ).fetchall()
    return [(datetime.fromisoformat(a), datetime.fromisoformat(b)) for a, b in rows]


def _on_day(store: Store, appointment_id: int, day: date) -> list[tuple[datetime | None, datetime]]:
    return [
        (v.original_start, v.start)
        for v in store.visits.visits_on(day)
        if v.appointment_id == appointment_id
    ]


#: A weekly series: its id, its patient's id and family name, and upcoming (original, start)s.
Series = tuple[int, int, str, list[tuple[datetime, datetime]]]


@pytest.fixture
def series(caseload: Caseload) -> Series:
    """A weekly series of home visits, with a patient whose family name is theirs alone, and
    upcoming visits none of which has been moved: (series id, patient id, family, visits)."""
    store = caseload.store
    for appointment_id, patient_id in store.conn.execute(
        "SELECT a.id, a.patient_id FROM appointment a JOIN patient p ON p.id = a.patient_id"
        " WHERE a.rrule LIKE 'FREQ=WEEKLY;BYDAY=%' AND a.status = 'booked'"
        " AND p.status IN ('active', 'on_hold')"
        " AND (SELECT count(*) FROM patient q WHERE q.family = p.family) = 1"
        " ORDER BY a.id"
    ).fetchall():
        visits = _series_visits(store, appointment_id)[:6]
        if (
            len(visits) == 6
            and all(original == start for original, start in visits)
            and len({start.date() for _o, start in visits}) == 6
        ):
            patient = store.patients.patient(patient_id)
            assert patient is not None
            return appointment_id, patient_id, patient.family, visits
    raise AssertionError("the sample has no suitable weekly series")


def _walk_to_visit(qtbot: QtBot, tab: ListTab, appointment_id: int, original: datetime) -> None:
    walk_to(
        qtbot,
        tab,
        lambda _id, row: (
            row.appointment_id == appointment_id
            and row.original_start == original.replace(second=0, microsecond=0)
        ),
    )


def test_f2_on_one_visit_of_a_series_moves_only_that_visit_and_undo_moves_it_back(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers, series: Series
) -> None:
    store = caseload.store
    appointment_id, patient_id, family, visits = series
    original = visits[1][0]
    untouched = [visit[0] for visit in (visits[0], visits[2])]
    series_before = store.appointments.appointment(appointment_id)
    assert series_before is not None
    appointments = len(store.appointments.appointments_for(patient_id))
    new_time = _free_time(store, original.date(), series_before.duration_min, appointment_id)
    moved = datetime.combine(original.date(), new_time)
    tab = open_tab(qtbot, window, "Appointments")
    choose_patient_in_picker(qtbot, tab, patient_id, family)
    _walk_to_visit(qtbot, tab, appointment_id, original)

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_T, "series"), "scope question")
    answers.expect(
        RecordForm,
        fill_form(form_steps(qtbot, ("start_time", f"{new_time:%H:%M}")), "Edit this visit"),
    )
    press(qtbot, Key.Key_F2, inside=window)
    answers.check()

    assert _on_day(store, appointment_id, original.date()) == [(original, moved)]
    for other in untouched:
        assert _on_day(store, appointment_id, other.date()) == [(other, other)]
    assert store.appointments.appointment(appointment_id) == series_before
    assert len(store.appointments.appointments_for(patient_id)) == appointments, (
        "no visit was detached"
    )

    shortcut(qtbot, window, Key.Key_Z, CTRL)
    assert _on_day(store, appointment_id, original.date()) == [(original, original)]
    for other in untouched:
        assert _on_day(store, appointment_id, other.date()) == [(other, other)]
    assert all(
        c.original_start != original for c in store.appointments.occurrence_changes(appointment_id)
    )


def test_this_and_following_with_a_new_time_splits_the_series(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers, series: Series
) -> None:
    store = caseload.store
    appointment_id, patient_id, family, visits = series
    old = store.appointments.appointment(appointment_id)
    assert old is not None
    earlier, original, later = visits[1][0], visits[2][0], visits[4][0]
    new_time = _free_time(store, original.date(), old.duration_min, appointment_id)
    tab = open_tab(qtbot, window, "Appointments")
    choose_patient_in_picker(qtbot, tab, patient_id, family)
    _walk_to_visit(qtbot, tab, appointment_id, original)
    series_before = {a.id for a in store.appointments.appointments_for(patient_id)}

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_F, "series"), "scope question")
    answers.expect(
        RecordForm,
        fill_form(form_steps(qtbot, ("start_time", f"{new_time:%H:%M}")), "Edit appointment"),
    )
    press(qtbot, Key.Key_F2, inside=window)
    answers.check()

    added = [
        a for a in store.appointments.appointments_for(patient_id) if a.id not in series_before
    ]
    assert len(added) == 1, "the following visits became a series of their own"
    following = added[0]
    following_id = following.id
    assert following_id is not None
    assert following.start == datetime.combine(original.date(), new_time)
    assert following.rrule.startswith("FREQ=WEEKLY;BYDAY=")
    ended = store.appointments.appointment(appointment_id)
    assert ended is not None and ended.start == old.start and "UNTIL=" in ended.rrule
    assert _on_day(store, appointment_id, earlier.date()) == [(earlier, earlier)]
    assert _on_day(store, appointment_id, original.date()) == []
    assert _on_day(store, appointment_id, later.date()) == []
    for day in (original, later):
        shifted = datetime.combine(day.date(), new_time)
        assert _on_day(store, following_id, day.date()) == [(shifted, shifted)]

    shortcut(qtbot, window, Key.Key_Z, CTRL)
    assert {a.id for a in store.appointments.appointments_for(patient_id)} == series_before
    assert store.appointments.appointment(appointment_id) == old
    for day in (earlier, original, later):
        assert _on_day(store, appointment_id, day.date()) == [(day, day)]


def test_delete_on_one_visit_of_a_series_removes_only_that_visit(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers, series: Series
) -> None:
    store = caseload.store
    appointment_id, patient_id, family, visits = series
    original = visits[3][0]
    others = [visits[2][0], visits[4][0]]
    count = scalar(
        store, "SELECT count(*) FROM occurrence WHERE appointment_id = ?", appointment_id
    )
    tab = open_tab(qtbot, window, "Appointments")
    choose_patient_in_picker(qtbot, tab, patient_id, family)
    _walk_to_visit(qtbot, tab, appointment_id, original)

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_T, "Delete"), "scope question")
    press(qtbot, Key.Key_Delete, inside=window)
    answers.check()
    assert _on_day(store, appointment_id, original.date()) == []
    for other in others:
        assert _on_day(store, appointment_id, other.date()) == [(other, other)]
    assert (
        scalar(store, "SELECT count(*) FROM occurrence WHERE appointment_id = ?", appointment_id)
        == count - 1
    )

    shortcut(qtbot, window, Key.Key_Z, CTRL)
    assert _on_day(store, appointment_id, original.date()) == [(original, original)]
    assert (
        scalar(store, "SELECT count(*) FROM occurrence WHERE appointment_id = ?", appointment_id)
        == count
    )


# -- validation, cancelling, undo across tabs ----------------------------------------------------


def test_an_impossible_birth_date_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    open_tab(qtbot, window, "Patients")
    everyone = store.counts()
    seen: list[str] = []

    def steps(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Annunziata", form)
        tab_to(qtbot, form.editor("birth_date"))
        type_text(qtbot, "31/02/1950", form)
        press(qtbot, Key.Key_Return, inside=form)
        message = form.message("birth_date")
        assert form.isVisible() and form.record() is None
        assert message.isVisible() and message.is_error
        assert "31/02/1950" in message.text() and "no 31 February 1950" in message.text()
        assert focused(form) is form.editor("birth_date")
        seen.append(message.text())
        escape_discarding(qtbot, form)

    answers.expect(RecordForm, fill_form(steps, "New patient"))
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.check()
    assert len(seen) == 1
    assert store.counts() == everyone
    assert scalar(store, "SELECT count(*) FROM patient WHERE given = 'Annunziata'") == 0
    assert caseload.undo_stack.count() == 0


def test_escape_in_an_edit_form_keeps_the_record_as_it_was(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    tab = open_tab(qtbot, window, "Patients")
    chosen = tab.selected()
    assert chosen is not None
    before = store.patients.patient(chosen[0])

    answers.expect(
        RecordForm,
        fill_form(
            form_steps(qtbot, ("given", "Changed"), ("phone", "0000"), then=Key.Key_Escape),
            "Edit patient",
        ),
    )
    press(qtbot, Key.Key_F2, inside=window)
    answers.check()
    assert store.patients.patient(chosen[0]) == before
    assert caseload.undo_stack.count() == 0


def test_ctrl_z_undoes_edits_in_two_tabs_in_reverse_order(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    new_title, new_phone = "Ring the pharmacy about the blister pack", "0113 496 0000"

    def title_and_phone() -> tuple[str, str]:
        return (
            scalar(store, "SELECT title FROM task WHERE id = ?", task_id),
            scalar(store, "SELECT phone FROM patient WHERE id = ?", patient_id),
        )

    assert undo_text(window) == ("Undo", False)
    tasks = open_tab(qtbot, window, "Tasks")
    chosen = tasks.selected()
    assert chosen is not None
    task_id = chosen[0]
    old_title = scalar(store, "SELECT title FROM task WHERE id = ?", task_id)
    assert old_title != new_title
    answers.expect(RecordForm, fill_form(form_steps(qtbot, ("title", new_title)), "Edit task"))
    press(qtbot, Key.Key_F2, inside=window)
    answers.check()
    text, enabled = undo_text(window)
    assert enabled and text.startswith("Undo") and "Edit task" in text

    patients = open_tab(qtbot, window, "Patients")
    chosen = patients.selected()
    assert chosen is not None
    patient_id = chosen[0]
    title, phone = title_and_phone()
    assert title == new_title and phone != new_phone
    answers.expect(RecordForm, fill_form(form_steps(qtbot, ("phone", new_phone)), "Edit patient"))
    press(qtbot, Key.Key_F2, inside=window)
    answers.check()
    assert title_and_phone() == (new_title, new_phone)
    text, enabled = undo_text(window)
    assert enabled and text.startswith("Undo") and "Edit patient" in text

    shortcut(qtbot, window, Key.Key_Z, CTRL)
    assert title_and_phone() == (new_title, phone)
    shortcut(qtbot, window, Key.Key_Z, CTRL)
    assert title_and_phone() == (old_title, phone)
    assert undo_text(window) == ("Undo", False)

    shortcut(qtbot, window, Key.Key_Z, CTRL | SHIFT)
    assert title_and_phone() == (new_title, phone)
    shortcut(qtbot, window, Key.Key_Y, CTRL)
    assert title_and_phone() == (new_title, new_phone)
