"""A patient's allergy status in their record, driven by keyboard: "Allergies not recorded yet"
until the coordinator says on purpose "No known drug allergies" (confirmed today); Ctrl+Z takes
it back; an allergy added clears it. The helpers are those of the record tests, repeated here
because test modules are not a package and cannot import one another."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from keyboard_driver import (
    CTRL,
    Answers,
    Key,
    activate,
    fill_form,
    form_steps,
    press,
    press_mnemonic,
    scalar,
    tab_to,
)
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from carebook.core.allergy_statements import statement_text
from carebook.core.vocabularies import AllergyStatement
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.patient_record import PatientRecord
from carebook.ui.patient.record_section import RecordSection

NOT_RECORDED = "Allergies not recorded yet"
NO_ALLERGY = "NOT EXISTS (SELECT 1 FROM allergy a WHERE a.patient_id = p.id)"


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
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN.get(patient_id)
    assert record is not None
    qtbot.waitExposed(record)
    activate(qtbot, record)
    return record


def allergies(qtbot: QtBot, record: PatientRecord) -> RecordSection:
    """Alt+4 to the Allergies section (after Overview, Care team and Conditions)."""
    activate(qtbot, record)
    press(qtbot, Key.Key_4, CTRL, inside=record)
    shown = record.tabs.currentWidget()
    assert isinstance(shown, RecordSection) and shown.spec.title == "Allergies"
    return shown


def push(qtbot: QtBot, parent: QWidget, label: str) -> None:
    """Tab to a button and press Space (this waits while any dialog it opens is answered)."""
    found = [b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == label]
    assert len(found) == 1, f"{len(found)} buttons {label!r}"
    activate(qtbot, found[0])
    tab_to(qtbot, found[0])
    qtbot.keyClick(found[0], Key.Key_Space)


def stored(store: Store, patient_id: int) -> tuple[Any, ...]:
    row = store.conn.execute(
        "SELECT allergy_statement, allergies_confirmed_on FROM patient WHERE id = ?",
        [patient_id],
    ).fetchone()
    return tuple(row)


def seen_and(key: Key, qtbot: QtBot, seen: list[str]) -> Callable[[QMessageBox], None]:
    """Note what a message box says, then press `key` in it."""

    def respond(box: QMessageBox) -> None:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        press(qtbot, key, inside=box)

    return respond


def test_no_known_drug_allergies_is_said_on_purpose_confirmed_today_and_undone(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(store, NO_ALLERGY)
    today = store.today()
    record = open_record(qtbot, window, caseload, patient_id)
    assert record.allergy_banner.text() == NOT_RECORDED
    assert record.allergy_icon.isHidden()
    shown = allergies(qtbot, record)

    seen: list[str] = []
    answers.expect(QMessageBox, seen_and(Key.Key_Escape, qtbot, seen), "Escape")
    push(qtbot, shown, "No known allergies…")
    answers.check()
    assert "confirmed today" in seen[0] and "Now: Allergies not recorded yet." in seen[0]
    assert stored(store, patient_id) == ("not_recorded", None), "Escape records nothing"

    answers.expect(QMessageBox, seen_and(Key.Key_Return, qtbot, seen), "Return")
    push(qtbot, shown, "No known allergies…")
    answers.check()
    assert stored(store, patient_id) == ("not_recorded", None), "Return is Cancel"

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_D, "confirmed today"))
    push(qtbot, shown, "No known allergies…")
    answers.check()
    assert stored(store, patient_id) == ("no_known_drug_allergies", today.isoformat())
    nkda = statement_text(AllergyStatement.NO_KNOWN_DRUG_ALLERGIES, today)
    assert record.allergy_banner.text() == nkda
    assert "(confirmed " in nkda

    activate(qtbot, record)
    press(qtbot, Key.Key_Z, CTRL, inside=record)
    assert stored(store, patient_id) == ("not_recorded", None)
    assert record.allergy_banner.text() == NOT_RECORDED
    press(qtbot, Key.Key_Y, CTRL, inside=record)
    assert stored(store, patient_id) == ("no_known_drug_allergies", today.isoformat())

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_A, "confirmed today"))
    push(qtbot, shown, "No known allergies…")
    answers.check()
    assert stored(store, patient_id) == ("no_known_allergies", today.isoformat())
    assert record.allergy_banner.text().startswith("No known allergies (confirmed ")

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_N, "confirmed today"))
    push(qtbot, shown, "No known allergies…")
    answers.check()
    assert stored(store, patient_id) == ("not_recorded", None)
    assert record.allergy_banner.text() == NOT_RECORDED


def test_none_known_is_refused_while_an_allergy_is_active(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(
        store, "EXISTS (SELECT 1 FROM allergy a WHERE a.patient_id = p.id AND a.status = 'active')"
    )
    substance = scalar(
        store,
        "SELECT substance FROM allergy WHERE patient_id = ? AND status = 'active'",
        patient_id,
    )
    record = open_record(qtbot, window, caseload, patient_id)
    seen: list[str] = []
    answers.expect(QMessageBox, seen_and(Key.Key_Return, qtbot, seen), "refusal")
    push(qtbot, allergies(qtbot, record), "No known allergies…")
    answers.check()
    assert "active" in seen[0] and substance in seen[0], seen
    assert stored(store, patient_id) == ("not_recorded", None)
    assert record.allergy_banner.text().startswith("Allergies: ")


def test_adding_an_allergy_clears_the_statement_and_ctrl_z_says_it_again(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(store, NO_ALLERGY)
    today = store.today()
    record = open_record(qtbot, window, caseload, patient_id)
    shown = allergies(qtbot, record)
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_D, "confirmed today"))
    push(qtbot, shown, "No known allergies…")
    answers.check()
    assert stored(store, patient_id) == ("no_known_drug_allergies", today.isoformat())

    answers.expect(
        RecordForm, fill_form(form_steps(qtbot, ("substance", "Codeine")), "New allergy")
    )
    push(qtbot, shown, "Add allergy…")
    answers.check()
    assert stored(store, patient_id) == ("not_recorded", None)
    substances = [a.substance for a in store.patients.allergies(patient_id)]
    assert substances == ["Codeine"]
    assert record.allergy_banner.text() == "Allergies: Codeine"

    activate(qtbot, record)
    press(qtbot, Key.Key_Z, CTRL, inside=record)
    assert store.patients.allergies(patient_id) == []
    assert stored(store, patient_id) == ("no_known_drug_allergies", today.isoformat())
    assert record.allergy_banner.text().startswith("No known drug allergies (confirmed ")
