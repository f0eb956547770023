"""Every dated field keeps to carebook's dates; every one-line field stays on one line."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.core.dates import EARLIEST_DATE, LATEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.kinds import validate_record
from carebook.core.records import (
    Allergy,
    Appointment,
    CarePlan,
    CarePlanReview,
    Condition,
    Contact,
    Goal,
    Medication,
    MedicationEvent,
    Note,
    Patient,
    Task,
)
from carebook.core.validation import LONG_FIELDS
from carebook.core.vocabularies import MedicationEventKind
from carebook.store.caseload import Store
from tests.cli_runner import run

TODAY = date(2026, 3, 2)
NOW = datetime.combine(TODAY, time(7, 30))

#: One of each record with dates, every date in range, each savable as it stands.
DATED: list[Any] = [
    Patient(given="Ann", birth_date=date(1940, 1, 2)),
    Condition(
        patient_id=1,
        description="Gout",
        onset_date=date(2020, 1, 1),
        abatement_date=date(2021, 1, 1),
    ),
    Allergy(patient_id=1, substance="Latex", noted_date=date(2020, 1, 1)),
    Medication(
        patient_id=1,
        name="Drug",
        start_date=date(2020, 1, 1),
        end_date=date(2030, 1, 1),
        last_review=date(2025, 1, 1),
        next_review=date(2026, 6, 1),
    ),
    MedicationEvent(medication_id=1, on_date=date(2020, 1, 1), kind=MedicationEventKind.STARTED),
    Appointment(patient_id=1, start=datetime(2026, 3, 3, 9, 0)),
    Task(title="Call", due_date=date(2026, 3, 3), completed_at=datetime(2026, 3, 1, 9, 0)),
    CarePlan(
        patient_id=1,
        title="Plan",
        period_start=date(2026, 1, 1),
        period_end=date(2027, 1, 1),
        next_review=date(2026, 6, 1),
    ),
    Goal(care_plan_id=1, description="Walk", due_date=date(2026, 9, 1)),
    CarePlanReview(care_plan_id=1, on_date=date(2026, 3, 1), outcome="Better"),
    Note(patient_id=1, written_at=datetime(2026, 3, 1, 9, 0), text="Seen"),
]
DATE_FIELDS = [
    (record, item.name)
    for record in DATED
    for item in dataclasses.fields(record)
    if isinstance(getattr(record, item.name), date)
]
#: Far-off days as they were typed or imported: the year 9999 broke every calendar export.
OUTSIDE = [date(9999, 12, 30), date(2200, 1, 1), date(1879, 12, 31), date(1, 1, 1)]


def _moved(record: Any, name: str, day: date) -> Any:
    value = getattr(record, name)
    return dataclasses.replace(
        record,
        **{name: datetime.combine(day, value.time()) if isinstance(value, datetime) else day},
    )


@pytest.mark.parametrize(
    ("record", "name"), DATE_FIELDS, ids=[f"{type(r).__name__}.{n}" for r, n in DATE_FIELDS]
)
def test_every_dated_field_is_refused_outside_the_range_naming_it(record: Any, name: str) -> None:
    validate_record(record, TODAY)
    for day in OUTSIDE:
        with pytest.raises(ValidationError) as refused:
            validate_record(_moved(record, name, day), TODAY)
        assert refused.value.field == name
        assert (
            f"{day.isoformat()} is outside the dates carebook keeps "
            f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()}); check the year."
        ) in str(refused.value)


def test_the_last_moment_of_the_range_is_kept(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: NOW)
    try:
        patient = store.patients.add_patient(Patient(given="Ann")).id
        assert patient is not None
        last = store.appointments.add_appointment(
            Appointment(patient_id=patient, start=datetime(2199, 12, 31, 23, 59))
        )
        assert [v.start for v in store.visits.visits_on(LATEST_DATE)] == [last.start]
        with pytest.raises(ValidationError, match="outside the dates carebook keeps"):
            store.appointments.add_appointment(
                Appointment(patient_id=patient, start=datetime(9999, 12, 31, 23, 59))
            )
        assert store.counts().appointments == 1
    finally:
        store.close()


@pytest.mark.parametrize(
    ("argv", "what"),
    [
        (["agenda", "--date", "9999-12-30"], "--date 9999-12-30"),
        (["export", "appointments", "--to", "9999-12-31"], "--to 9999-12-31"),
        (
            ["export", "appointments", "--format", "ics", "--from", "1492-10-12"],
            "--from 1492-10-12",
        ),
    ],
)
def test_a_far_date_on_the_command_line_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], what: str
) -> None:
    db = tmp_path / "caseload.sqlite3"
    Store.open(db).close()
    status, out, err = run(capsys, *argv, "--db", str(db))
    assert (status, out) == (2, "")
    assert err == (
        f"carebook: {what} is outside the dates carebook keeps (1880-01-01 to "
        "2199-12-31); check the year\n"
    )


def test_a_fhir_record_dated_in_the_year_9999_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle.json"
    patient = "urn:uuid:0b6f7c1e-0000-4000-8000-000000000001"
    bundle.write_text(
        json.dumps(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [
                    {
                        "fullUrl": patient,
                        "resource": {
                            "resourceType": "Patient",
                            "name": [{"family": "Crawley", "given": ["Edith"]}],
                        },
                    },
                    {
                        "fullUrl": "urn:uuid:0b6f7c1e-0000-4000-8000-000000000002",
                        "resource": {
                            "resourceType": "Appointment",
                            "status": "booked",
                            "description": "Check",
                            "start": "9999-12-30T09:00:00+00:00",
                            "minutesDuration": 30,
                            "participant": [
                                {"actor": {"reference": patient}, "status": "accepted"}
                            ],
                        },
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    db = tmp_path / "caseload.sqlite3"
    status, out, err = run(capsys, "import", str(bundle), "--kind", "fhir", "--db", str(db))
    assert status in (1, 2) and "9999-12-30 is outside the dates carebook keeps" in out + err
    if db.exists():
        store = Store.open(db)
        try:
            assert store.counts().appointments == 0
        finally:
            store.close()


# -- one line, and no invisible controls ----------------------------------------------------------

RECORDS: list[Any] = [*DATED, Contact(name="Liv")]
TEXT_FIELDS = [
    (record, item.name)
    for record in RECORDS
    for item in dataclasses.fields(record)
    if type(getattr(record, item.name)) is str
]
#: Line breaks, other control characters, and the marks that reorder text (U+202E shows
#: "555-0134" as "4310-555").
NOT_ONE_LINE = [
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\x0b",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
]
KEPT_IN_FREE_TEXT = {"\n", "\r", "\r\n", "\t", "\u2028", "\u2029"}


@pytest.mark.parametrize(
    ("record", "name"), TEXT_FIELDS, ids=[f"{type(r).__name__}.{n}" for r, n in TEXT_FIELDS]
)
@pytest.mark.parametrize("mark", NOT_ONE_LINE, ids=[f"U+{ord(m[-1]):04X}" for m in NOT_ONE_LINE])
def test_a_line_break_or_invisible_control_is_refused_where_it_does_not_belong(
    record: Any, name: str, mark: str
) -> None:
    marked = dataclasses.replace(record, **{name: f"555{mark}0134"})
    if name in LONG_FIELDS and mark in KEPT_IN_FREE_TEXT:
        validate_record(marked, TODAY)
        return
    with pytest.raises(ValidationError) as refused:
        validate_record(marked, TODAY)
    assert refused.value.field == name
    if name in LONG_FIELDS:
        assert "holds an invisible control character" in str(refused.value)
    else:
        assert str(refused.value).endswith(
            "holds a line break or an invisible control character; type it on one line."
        )


def test_the_refusal_names_the_field_in_words() -> None:
    with pytest.raises(ValidationError, match=r"^The phone number holds a line break"):
        validate_record(Patient(given="Ann", phone="555-0134\n"), TODAY)
    with pytest.raises(ValidationError, match=r"^The family name holds a line break"):
        validate_record(Patient(given="Ann", family="\u202eLee"), TODAY)


@given(
    st.text(
        st.characters(
            exclude_categories=["Cc", "Cs", "Zl", "Zp"],
            exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
        ),
        min_size=1,
        max_size=40,
    ).filter(str.strip)
)
def test_text_in_any_script_with_joiners_and_marks_is_kept(name: str) -> None:
    # Persian needs U+200C, emoji U+200D, Hebrew and Arabic names their own direction marks.
    validate_record(Patient(given=name, phone=name, notes=f"{name}\n{name}"), TODAY)
    validate_record(Patient(given="\u0645\u0647\u200c\u0633\u0627 \u200f(Mahsa)"), TODAY)


def test_a_spreadsheet_row_with_a_line_break_in_a_name_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = tmp_path / "patients.csv"
    with sheet.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(
            [
                ["Given", "Family", "Phone", "Notes"],
                ["Edith", "Crawley\nSmith", "555-0134", "Key safe"],
                ["Ann", "Lee", "555\u202e0199", "Dog\nParking at back"],
                ["Bob", "Ray", "555-0100", "Dog\nParking at back"],
            ]
        )
    db = tmp_path / "caseload.sqlite3"
    status, out, _ = run(capsys, "import", str(sheet), "--kind", "patients", "--db", str(db))
    assert status == 1
    assert "The family name holds a line break or an invisible control character" in out
    assert "The phone number holds a line break or an invisible control character" in out
    status, out, _ = run(
        capsys, "import", str(sheet), "--kind", "patients", "--db", str(db), "--skip-invalid"
    )
    assert status == 0
    store = Store.open(db)
    try:
        [kept] = [p for p in map(store.patients.patient, range(1, 4)) if p is not None]
        assert (kept.given, kept.notes) == ("Bob", "Dog\nParking at back")
    finally:
        store.close()
