"""File → Reconcile medications…: the discharge list beside the patient's, lines ticked with
the keyboard, applied as one undoable step, and its sheet offered."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyboard_driver import Answers, focused, press, press_mnemonic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.reconciliation import Change, DischargeLine, DischargeList, compare
from carebook.core.records import Contact, Medication, Patient
from carebook.core.vocabularies import MedicationStatus
from carebook.ui.commands import Caseload
from carebook.ui.reconciliation.comparison_model import ComparisonModel
from carebook.ui.reconciliation.reconcile_dialog import ReconcileDialog

LISTED = DischargeList(
    source="discharge.json",
    patient_name="Margaret Whitfield",
    birth_date=date(1941, 6, 23),
    written_on=date(2026, 12, 4),
    lines=(
        DischargeLine(name="Furosemide", strength="80 mg", dose="1 tablet", frequency="once daily"),
        DischargeLine(name="Apixaban", strength="2.5 mg", dose="1 tablet", frequency="twice daily"),
        DischargeLine(name="Ibuprofen", taking=False),
    ),
)


@pytest.fixture
def margaret(caseload: Caseload) -> Patient:
    store = caseload.store
    gp = store.contacts.add_contact(Contact(name="Dr Shah"))
    patient = store.patients.add_patient(
        Patient(given="Margaret", family="Whitfield", birth_date=date(1941, 6, 23))
    )
    assert patient.id is not None
    for name, strength in (("Furosemide", "40 mg"), ("Ibuprofen", "400 mg")):
        store.medications.add_medication(
            Medication(
                patient_id=patient.id,
                name=name,
                strength=strength,
                dose="1 tablet",
                frequency="once daily",
                prescriber_id=gp.id,
            )
        )
    return patient


def test_the_comparison_model_is_a_sound_qt_model(
    qtmodeltester: Any, caseload: Caseload, margaret: Patient
) -> None:
    assert margaret.id is not None
    lines = compare(caseload.store.medications.medications(margaret.id), LISTED.lines)
    model = ComparisonModel(lines)
    qtmodeltester.check(model)
    assert [line.change for line in lines] == [Change.CHANGED, Change.NEW, Change.STOPPED]
    assert model.index(0, 2).data() == "Changed (strength)"
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_space_ticks_lines_and_apply_changes_the_list_in_one_undoable_step(
    qtbot: QtBot, caseload: Caseload, margaret: Patient, answers: Answers
) -> None:
    store = caseload.store
    assert margaret.id is not None
    lines = compare(store.medications.medications(margaret.id), LISTED.lines)
    dialog = ReconcileDialog(caseload, margaret, LISTED, lines)
    qtbot.addWidget(dialog)

    def steps(shown: ReconcileDialog) -> None:
        table = shown.table
        assert focused(shown) is table, "the lines have the keyboard"
        press(qtbot, Qt.Key.Key_Space, inside=table)  # line 1: the furosemide change
        press(qtbot, Qt.Key.Key_Down, inside=table)
        press(qtbot, Qt.Key.Key_Down, inside=table)
        press(qtbot, Qt.Key.Key_Space, inside=table)  # line 3: ibuprofen stopped in hospital
        assert shown.model.accepted == {1, 3}
        qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # A&pply

    answers.expect(ReconcileDialog, steps)
    dialog.exec()
    answers.check()
    assert dialog.kept is not None

    now = {m.name: m for m in store.medications.medications(margaret.id)}
    assert now["Furosemide"].strength == "80 mg"
    assert now["Ibuprofen"].status is MedicationStatus.STOPPED
    assert "Apixaban" not in now  # line 2 was not ticked
    decided = store.reconciliations.reconciliation_lines(dialog.kept.id or 0)
    assert [(d.line_no, d.accepted) for d in decided] == [(1, True), (2, False), (3, True)]

    caseload.undo_stack.undo()
    back = {m.name: m for m in store.medications.medications(margaret.id)}
    assert back["Furosemide"].strength == "40 mg"
    assert back["Ibuprofen"].status is MedicationStatus.ACTIVE
    assert store.reconciliations.reconciliations(margaret.id) == []


def test_a_list_for_another_patient_asks_first_and_no_is_the_default(
    qtbot: QtBot, caseload: Caseload, margaret: Patient, answers: Answers, tmp_path: Path
) -> None:
    from carebook.ui.reconciliation.reconcile_files import confirm_patient

    other = Patient(given="Alan", family="Bell", birth_date=date(1950, 2, 1))
    parent = ReconcileDialog(caseload, margaret, LISTED, [])
    qtbot.addWidget(parent)
    answers.expect(
        QMessageBox, press_mnemonic(qtbot, Qt.Key.Key_Escape, "Alan Bell", "Margaret Whitfield")
    )
    assert not confirm_patient(parent, other, LISTED)
    answers.check()
    assert confirm_patient(parent, margaret, LISTED)  # the same patient: not asked
