"""The chart's series against the stored readings: every point, in order, in the shown unit,
with the normal range or the instrument's bands behind, and the goal's target."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from carebook.core.clinical_records import AssessmentResult, MeasureKind, Measurement
from carebook.core.instruments import instrument
from carebook.core.records import CarePlan, Goal, Patient
from carebook.reports.trend_svg import svg
from carebook.reports.trends import (
    TrendBand,
    TrendPoint,
    TrendSeries,
    goal_progress_of,
    instrument_series,
    measure_series,
    series_of,
)
from carebook.store.caseload import Store

WEIGHTS = (82.0, 80.5, 79.0, 78.2)
PRESSURES = ((152, 94), (144, 90), (136, 84))
PHQ9 = ((date(2026, 6, 2), 17), (date(2026, 9, 1), 13), (date(2026, 11, 30), 9))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: datetime(2026, 12, 7, 10, 0))
    yield opened
    opened.close()


def measured_patient(store: Store) -> tuple[int, Goal]:
    """Edna Marsh: four weights, three blood pressures, a calf girth of the coordinator's own,
    three PHQ-9 totals, and a goal of a PHQ-9 at or below 10 by March."""
    patient = store.patients.add_patient(Patient(given="Edna", family="Marsh"))
    assert patient.id is not None
    first = datetime(2026, 9, 1, 9, 30)
    for week, kg in enumerate(WEIGHTS):
        store.measurements.add_measurement(
            Measurement(
                patient_id=patient.id,
                kind="weight",
                taken_at=first + timedelta(weeks=week),
                value=kg,
                entered_unit="kg",
            )
        )
    for week, (systolic, diastolic) in enumerate(PRESSURES):
        store.measurements.add_measurement(
            Measurement(
                patient_id=patient.id,
                kind="bp",
                taken_at=first + timedelta(weeks=week, hours=1),
                value=systolic,
                second=diastolic,
            )
        )
    calf = store.measurements.add_measure_kind(
        MeasureKind(name="Calf girth", unit="cm", normal_low=30, normal_high=38)
    )
    store.measurements.add_measurement(
        Measurement(patient_id=patient.id, kind=f"custom:{calf.id}", taken_at=first, value=41)
    )
    for on, total in PHQ9:
        store.assessments.record(
            AssessmentResult(patient_id=patient.id, instrument="phq-9", on_date=on, total=total),
            total=total,
        )
    plan = store.care_plans.add_care_plan(CarePlan(patient_id=patient.id, title="Mood and weight"))
    assert plan.id is not None
    goal = store.care_plans.add_goal(
        Goal(
            care_plan_id=plan.id,
            description="Mood lifts",
            due_date=date(2027, 3, 31),
            measure="phq-9",
            measure_target=10,
            measure_below=True,
        )
    )
    return patient.id, goal


def test_weights_are_every_reading_in_order(store: Store) -> None:
    patient_id, _ = measured_patient(store)
    series = measure_series(store, patient_id, "weight")
    stored = store.measurements.readings(patient_id, "weight")
    assert [(p.at, p.value) for p in series.points] == [(m.taken_at, m.value) for m in stored]
    assert [p.value for p in series.points] == list(WEIGHTS)
    assert series.unit == "kg" and series.points[0].label == "82.0 kg"
    assert series.normal is None and series.target is None


def test_weights_in_pounds_are_converted(store: Store) -> None:
    patient_id, _ = measured_patient(store)
    series = measure_series(store, patient_id, "weight", "lb")
    assert series.unit == "lb"
    assert [round(p.value, 1) for p in series.points] == [180.8, 177.5, 174.2, 172.4]
    assert series.points[0].label == "180.8 lb"


def test_a_blood_pressure_has_two_lines_and_both_normal_ranges(store: Store) -> None:
    patient_id, _ = measured_patient(store)
    series = measure_series(store, patient_id, "bp")
    assert [(p.value, p.second) for p in series.points] == list(PRESSURES)
    assert series.two_lines and series.points[0].label == "152/94 mmHg"
    assert [(b.low, b.high) for b in series.bands] == [(60, 89), (90, 139)]


def test_a_measure_of_the_coordinators_own_has_its_normal_range(store: Store) -> None:
    patient_id, _ = measured_patient(store)
    custom = store.measurements.measure_kinds()[0]
    series = measure_series(store, patient_id, f"custom:{custom.id}")
    assert series.title == "Calf girth" and series.unit == "cm"
    assert series.normal == (30, 38) and [p.value for p in series.points] == [41]


def test_an_instrument_has_its_bands_and_the_goals_target(store: Store) -> None:
    patient_id, _ = measured_patient(store)
    series = instrument_series(store, patient_id, "phq-9")
    phq9 = instrument("phq-9")
    assert [(p.at.date(), p.value) for p in series.points] == [(d, t) for d, t in PHQ9]
    assert series.bands == tuple(TrendBand(b.low, b.high, b.label, b.severity) for b in phq9.bands)
    assert (series.low, series.high) == (0, 27) and series.higher_is_worse
    assert series.target == 10 and series.target_label == "Goal ≤ 10 by 31 Mar 2027"


def test_every_measure_and_instrument_the_patient_has(store: Store) -> None:
    patient_id, _ = measured_patient(store)
    assert [s.title for s in series_of(store, patient_id)] == [
        "Blood pressure",
        "Weight",
        "Calf girth",
        instrument("phq-9").name,
    ]


def test_a_goals_progress_from_its_patients_results(store: Store) -> None:
    _, goal = measured_patient(store)
    progress = goal_progress_of(store, goal)
    assert (progress.latest, progress.latest_on) == (9, date(2026, 11, 30))
    assert progress.trend == "improving" and progress.met is True


def test_a_printed_blood_pressure_legend_stands_clear_of_the_goal_line() -> None:
    """The goal's dashed line once ran through "systolic" on the care-plan summary."""
    points = tuple(
        TrendPoint(datetime(2026, month, 1), 138.0, 82.0, "138/82 mmHg") for month in (1, 6, 11)
    )
    series = TrendSeries(
        "blood_pressure", "Blood pressure", "mmHg", points, None, (), 150.0,
        "Goal ≤ 150 mmHg", True, None, None,
    )  # fmt: skip
    drawing = svg(series, 10)
    goal = drawing.index('stroke-dasharray="6 4"')
    legend = drawing.index("● systolic")
    paper = [m.start() for m in re.finditer(r'<rect [^>]*fill="#fff"', drawing)]
    # A paper-coloured box, drawn over the goal line and under the legend's words.
    assert any(goal < at < legend for at in paper)
