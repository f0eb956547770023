"""A goal measured by a reading shows how it stands in the plan's goals and in the form that
records a review."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from carebook.core.clinical_records import Measurement
from carebook.core.records import CarePlan, Goal, Patient
from carebook.core.review_rules import ReviewEntry
from carebook.store.caseload import Store
from carebook.ui.forms.care_plan_forms import record_review_form
from carebook.ui.forms.care_plan_rows import CarePlanRows

NOW = datetime(2026, 12, 7, 10, 0)


def test_a_measured_goal_says_its_latest_trend_and_whether_it_is_met(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "c.sqlite3", clock=lambda: NOW)
    patient = store.patients.add_patient(Patient(given="Ann", family="Smith"))
    assert patient.id is not None
    plan = store.care_plans.add_care_plan(
        CarePlan(patient_id=patient.id, title="Staying well at home")
    )
    assert plan.id is not None
    store.care_plans.add_goal(
        Goal(
            care_plan_id=plan.id,
            description="Lose weight safely",
            measure="weight",
            measure_target=70.0,
            measure_below=True,
        )
    )
    store.care_plans.add_goal(Goal(care_plan_id=plan.id, description="Visit the day centre"))
    for day, kilograms in (
        (date(2026, 10, 1), 74.0),
        (date(2026, 11, 1), 72.5),
        (date(2026, 12, 1), 71.0),
    ):
        store.measurements.add_measurement(
            Measurement(
                patient_id=patient.id,
                kind="weight",
                taken_at=datetime.combine(day, NOW.time()),
                value=kilograms,
            )
        )
    rows = {row.description: row.progress for row in CarePlanRows(store, patient.id).goals(plan.id)}
    assert rows["Visit the day centre"] == ""
    said = rows["Lose weight safely"]
    assert "latest 71 on 01 Dec 2026" in said and "improving" in said and "not met" in said

    form = record_review_form(
        ReviewEntry(care_plan_id=plan.id, on_date=NOW.date(), next_review=NOW.date()),
        NOW.date(),
        lambda day: day,
        progress=[f"Lose weight safely: {said}"],
    )
    qtbot.addWidget(form)
    shown = form.findChild(QLabel, "measuredGoals")
    assert shown is not None and "Lose weight safely: latest 71" in shown.text()
    store.close()
