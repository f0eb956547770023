"""A patient's record's Measures tab: a weight typed in lb lands in kg, a blood pressure of
300/20 asks for a reason and keeps it, the latest readings show with BMI, a measure of one's
own defined; every model through the model tester."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from keyboard_driver import (
    ALT,
    Answers,
    Key,
    activate,
    press,
    press_mnemonic,
    replace_text,
    type_text,
)
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from carebook.core.clinical_records import Measurement
from carebook.core.records import Goal, Patient
from carebook.ui.commands import Caseload
from carebook.ui.forms.care_plan_forms import goal_form
from carebook.ui.forms.measure_form import DoubtDialog, ReadingDialog, default_unit
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.patient_record import PatientRecord


@pytest.fixture
def us_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _patient(caseload: Caseload) -> int:
    added = caseload.store.patients.add_patient(Patient(given="Ruth", family="Okafor"))
    assert added.id is not None
    return added.id


def _measures(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, patient_id: int
) -> PatientRecord:
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN[patient_id]
    qtbot.waitExposed(record)
    record.tabs.setCurrentWidget(record.measures)
    activate(qtbot, record)
    return record


def _choose(dialog: ReadingDialog, kind: str) -> None:
    """The measure combo has the focus first; a keyboard user types its name's start."""
    dialog.measure.setCurrentIndex(dialog.measure.findData(kind))


def test_a_weight_typed_in_lb_in_a_us_locale_is_kept_in_kg(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers, us_locale: None
) -> None:
    patient_id = _patient(caseload)
    record = _measures(qtbot, window, caseload, patient_id)

    def fill(dialog: ReadingDialog) -> None:
        _choose(dialog, "weight")
        assert dialog.unit.currentText() == "lb"  # the locale's unit, by default
        press(qtbot, Key.Key_V, ALT, dialog)
        type_text(qtbot, "165", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(ReadingDialog, fill)
    press(qtbot, Key.Key_R, ALT, record)
    answers.settle(qtbot)
    [reading] = caseload.store.measurements.readings(patient_id, "weight")
    assert reading.value == pytest.approx(74.84, abs=0.01)
    assert reading.entered_unit == "lb"
    shown = [
        record.measures.latest_model.row(r) for r in range(record.measures.latest_model.rowCount())
    ]
    assert any(row is not None and row.value == "165.0 lb" for row in shown)


def test_the_default_unit_elsewhere_is_metric() -> None:
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert default_unit("weight", ("kg", "lb"), germany) == "kg"
    assert default_unit("temperature", ("°C", "°F"), germany) == "°C"
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert default_unit("temperature", ("°C", "°F"), us) == "°F"


def test_a_blood_pressure_of_300_over_20_asks_for_a_reason_and_keeps_it(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    patient_id = _patient(caseload)
    record = _measures(qtbot, window, caseload, patient_id)

    def first_correct_then_keep(doubt: DoubtDialog) -> None:
        assert "outside 50–260" in doubt.said.text()
        press(qtbot, Key.Key_Escape, inside=doubt)  # "Correct it": back to the form

    def fill(dialog: ReadingDialog) -> None:
        _choose(dialog, "bp")
        press(qtbot, Key.Key_V, ALT, dialog)
        type_text(qtbot, "300/20", dialog)
        answers.expect(DoubtDialog, first_correct_then_keep, "the first doubt")
        press(qtbot, Key.Key_Return, inside=dialog)
        qtbot.waitUntil(lambda: "first doubt" not in answers.waiting)
        # Corrected: still open, what was typed kept and selected to type over.
        assert dialog.isVisible() and dialog.value.text() == "300/20"
        assert caseload.store.measurements.readings(patient_id, "bp") == []

        def keep(doubt: DoubtDialog) -> None:
            type_text(qtbot, "Repeated twice, same", doubt)
            press(qtbot, Key.Key_Return, inside=doubt)

        answers.expect(DoubtDialog, keep, "the second doubt")
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(ReadingDialog, fill)
    press(qtbot, Key.Key_R, ALT, record)
    answers.settle(qtbot)
    [reading] = caseload.store.measurements.readings(patient_id, "bp")
    assert (reading.value, reading.second) == (300, 20)
    assert reading.override_reason == "Repeated twice, same"
    latest = record.measures.latest_model.row(0)
    assert latest is not None and latest.value.startswith("300/20 mmHg")


def test_a_refused_reading_keeps_what_was_typed(qtbot: QtBot, caseload: Caseload) -> None:
    patient_id = _patient(caseload)
    dialog = ReadingDialog(caseload, patient_id, "bp")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.value.setText("128")
    dialog.accept()
    assert dialog.isVisible()
    assert "two numbers" in dialog.problem.text()
    assert dialog.value.text() == "128"
    assert caseload.store.measurements.readings(patient_id) == []


def test_bmi_shows_with_weight_and_height_and_the_models_pass_the_tester(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, qtmodeltester: ModelTester
) -> None:
    patient_id = _patient(caseload)
    now = caseload.store.clock().replace(second=0, microsecond=0)
    for kind, value in (("weight", 70.0), ("height", 170.0)):
        caseload.add(
            Measurement(patient_id=patient_id, kind=kind, taken_at=now, value=value),
            "Add reading",
        )
    record = _measures(qtbot, window, caseload, patient_id)
    model = record.measures.latest_model
    rows = [model.row(r) for r in range(model.rowCount())]
    assert any(
        row is not None and row.measure == "BMI" and row.value == "24.2 kg/m²" for row in rows
    )
    qtmodeltester.check(model)
    # The selected measure's trend: the chart shows its readings.
    record.measures.latest.selectRow(0)
    chart = record.measures.chart
    assert chart.series is not None and chart.series.title.startswith("Weight")
    assert [p.value for p in chart.series.points] == [70.0]
    qtmodeltester.check(record.measures.results_model)


def test_a_measure_of_ones_own_is_defined(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    record = _measures(qtbot, window, caseload, _patient(caseload))

    def fill(form: RecordForm) -> None:  # type: ignore[type-arg]
        type_text(qtbot, "Calf girth, left", form)
        press(qtbot, Key.Key_Tab, inside=form)
        type_text(qtbot, "cm", form)
        edit = form.editor("normal_high")
        assert isinstance(edit, QLineEdit)
        edit.setFocus()
        replace_text(qtbot, "40", form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill)
    press(qtbot, Key.Key_M, ALT, record)
    answers.settle(qtbot)
    [kind] = caseload.store.measurements.measure_kinds()
    assert (kind.name, kind.unit, kind.normal_high) == ("Calf girth, left", "cm", 40)


def test_a_goal_names_its_measure_and_target_in_its_form(qtbot: QtBot, caseload: Caseload) -> None:
    store = caseload.store
    plan_id = int(store.conn.execute("SELECT min(id) FROM care_plan").fetchone()[0])
    form = goal_form(Goal(care_plan_id=plan_id, description="Mood lifts"), [])
    qtbot.addWidget(form)
    form.show()
    measure = form.editor("measure")
    assert isinstance(measure, QComboBox) and measure.currentText() == "(not measured)"
    measure.setFocus()
    type_text(qtbot, "PHQ-9", form)  # a closed list is chosen by typing its start
    assert measure.currentText() == "PHQ-9"
    press(qtbot, Key.Key_Tab, inside=form)
    type_text(qtbot, "10", form)
    press(qtbot, Key.Key_Return, inside=form)
    goal = form.record()
    assert goal is not None
    assert (goal.measure, goal.measure_target, goal.measure_below) == ("phq-9", 10.0, True)
    saved = caseload.add(goal, "Add goal")
    [kept] = [g for g in store.care_plans.goals(plan_id) if g.id == saved.id]
    assert (kept.measure, kept.measure_target, kept.measure_below) == ("phq-9", 10.0, True)


def test_a_reading_typed_wrong_is_taken_back_with_delete_and_the_one_before_shows_again(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    patient_id = _patient(caseload)
    now = caseload.store.clock().replace(second=0, microsecond=0)
    for minutes_ago, kilograms in ((60, 70.0), (0, 17.0)):
        caseload.add(
            Measurement(
                patient_id=patient_id,
                kind="weight",
                taken_at=now - timedelta(minutes=minutes_ago),
                value=kilograms,
                override_reason="typed in a hurry" if kilograms < 20 else "",
            ),
            "Add reading",
        )
    record = _measures(qtbot, window, caseload, patient_id)
    measures = record.measures
    measures.latest.selectRow(0)
    measures.latest.setFocus()
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, "Delete the reading 17.0 kg"))
    press(qtbot, Key.Key_Delete, inside=measures.latest)
    answers.settle(qtbot)
    assert [r.value for r in caseload.store.measurements.readings(patient_id, "weight")] == [70.0]
    assert measures.latest_model.row(0).value == "70.0 kg"  # type: ignore[union-attr]
    caseload.undo_stack.undo()
    assert len(caseload.store.measurements.readings(patient_id, "weight")) == 2
