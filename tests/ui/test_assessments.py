"""Assessing from a patient's record: the PHQ-9 answered item by item by keyboard shows its
running total and band, warns at once of item 9 and makes the urgent task; a correction is a
new version the undo takes back; a licensed instrument takes its total only."""

from __future__ import annotations

from keyboard_driver import ALT, CTRL, Answers, Key, activate, press, type_text
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from carebook.core.clinical_records import AssessmentResult
from carebook.core.instruments import instrument
from carebook.core.records import Patient
from carebook.core.vocabularies import TaskPriority
from carebook.ui.changes.assessments import record_assessment
from carebook.ui.commands import Caseload
from carebook.ui.forms.assessment_form import AssessmentDialog
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.patient_record import PatientRecord


def _patient(caseload: Caseload) -> int:
    added = caseload.store.patients.add_patient(Patient(given="Ada", family="Mensah"))
    assert added.id is not None
    return added.id


def _record(qtbot: QtBot, window: MainWindow, caseload: Caseload, patient_id: int) -> PatientRecord:
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN[patient_id]
    qtbot.waitExposed(record)
    record.tabs.setCurrentWidget(record.measures)
    activate(qtbot, record)
    return record


def _choose(qtbot: QtBot, short: str):  # type: ignore[no-untyped-def]
    def respond(box: QInputDialog) -> None:
        items = box.comboBoxItems()
        box.setTextValue(next(i for i in items if i.startswith(short + " ")))
        press(qtbot, Key.Key_Return, inside=box)

    return respond


def test_phq9_by_keyboard_shows_total_band_warns_and_makes_the_urgent_task(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    patient_id = _patient(caseload)
    record = _record(qtbot, window, caseload, patient_id)
    seen: dict[str, str] = {}

    def answer(dialog: AssessmentDialog) -> None:
        assert dialog.focusWidget() is dialog.items
        for digit in "21122110":  # items 1-8: 10 so far
            type_text(qtbot, digit, dialog)
        seen["so far"] = dialog.running.text()
        assert not dialog.warning.isVisible()
        type_text(qtbot, "1", dialog)  # item 9, above 0
        seen["total"] = dialog.running.text()
        seen["warning"] = dialog.warning.text()
        press(qtbot, Key.Key_Up, inside=dialog)  # back to item 8, and step its answer up
        press(qtbot, Key.Key_Right, inside=dialog)
        seen["changed"] = dialog.running.text()
        press(qtbot, Key.Key_Return, inside=dialog)

    said: list[str] = []
    caseload.status_message.connect(said.append)
    answers.expect(QInputDialog, _choose(qtbot, "PHQ-9"))
    answers.expect(AssessmentDialog, answer)
    press(qtbot, Key.Key_S, ALT, record)
    answers.settle(qtbot)
    assert said and said[-1].startswith("Urgent task made: PHQ-9")
    assert seen["so far"] == "So far 10 of 27 · 1 items not answered"
    assert seen["total"] == "Total 11 of 27 — Moderate"
    assert "Item 9 answered 1: self-harm item" in seen["warning"]
    assert "urgent task" in seen["warning"]
    assert seen["changed"] == "Total 12 of 27 — Moderate"
    [result] = caseload.store.assessments.results(patient_id, "phq-9")
    assert (result.total, result.band, result.flags) == (12, "Moderate", "self-harm item")
    assert caseload.store.assessments.answers_of(result)["q9"] == 1
    urgent = [
        t for t in caseload.store.tasks.tasks_for(patient_id) if t.priority is TaskPriority.URGENT
    ]
    assert len(urgent) == 1 and "PHQ-9" in urgent[0].title
    row = record.measures.results_model.row(0)
    assert row is not None and (row.total, row.band, row.flags) == (
        12,
        "Moderate",
        "self-harm item",
    )


def test_a_correction_is_a_new_version_and_undo_brings_the_old_back(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    patient_id = _patient(caseload)
    store = caseload.store
    record_assessment(
        caseload,
        "Record GAD-7",
        AssessmentResult(patient_id=patient_id, instrument="gad-7", on_date=store.today(), total=0),
        total=8,
    )
    record = _record(qtbot, window, caseload, patient_id)
    measures = record.measures
    measures.results.setFocus()
    measures.results.selectRow(0)

    def correct(dialog: AssessmentDialog) -> None:
        assert dialog.total_only.isChecked()  # it was a total from paper
        dialog.total.setFocus()
        dialog.total.selectAll()
        type_text(qtbot, "12", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(AssessmentDialog, correct)
    press(qtbot, Key.Key_C, ALT, record)
    answers.settle(qtbot)
    [current] = store.assessments.results(patient_id)
    assert (current.total, current.band) == (
        12,
        "Moderate anxiety",
    ) and current.replaces_id is not None
    both = store.assessments.results(patient_id, with_superseded=True)
    assert [r.superseded for r in both] == [True, False]
    assert measures.results_model.rowCount() == 1
    measures.older.setChecked(True)
    assert measures.results_model.rowCount() == 2
    measures.results.selectRow(1)  # newest first: the older version is below
    older = measures.selected_result()
    assert older is not None and older.superseded and older.version == "superseded"
    assert not measures.correct_button.isEnabled()  # only the latest is corrected

    assert caseload.undo_stack.undoText() == "Correct GAD-7"
    activate(qtbot, record)
    press(qtbot, Key.Key_Z, CTRL, record)
    [back] = store.assessments.results(patient_id, with_superseded=True)
    assert (back.total, back.superseded) == (8, False)
    assert measures.results_model.rowCount() == 1


def test_a_licensed_instrument_takes_its_total_only(qtbot: QtBot, caseload: Caseload) -> None:
    patient_id = _patient(caseload)
    dialog = AssessmentDialog(caseload, patient_id, instrument("moca"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.total_only.isChecked() and not dialog.total_only.isEnabled()
    assert not dialog.items.isVisible()
    dialog.total.setValue(24)
    dialog.accept()
    [result] = caseload.store.assessments.results(patient_id, "moca")
    assert result.total == 24 and result.answers == ""


def test_an_unanswered_item_is_named_and_nothing_kept(qtbot: QtBot, caseload: Caseload) -> None:
    patient_id = _patient(caseload)
    dialog = AssessmentDialog(caseload, patient_id, instrument("phq-2"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.answer(0, 2)
    dialog.accept()
    assert dialog.isVisible()
    assert "Item 2" in dialog.problem.text() and "not answered" in dialog.problem.text()
    assert dialog.items.currentRow() == 1
    assert caseload.store.assessments.results(patient_id) == []
