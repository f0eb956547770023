"""A visit documented where it happened: its record, outcome and note land together, one undo
puts them back, and the file refuses what the checks refuse."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from carebook.core.errors import SaveError, ValidationError
from carebook.core.records import Appointment, Patient, VisitRecord
from carebook.core.visit_record_notes import FREE_TEXT, SOAP, all_templates, template_for
from carebook.core.visit_record_rules import VisitDocumentation, miles_text, parse_miles
from carebook.core.vocabularies import AppointmentStatus
from carebook.store.caseload import Store

NOW = datetime(2026, 3, 2, 11, 40)  # a Monday
FIRST = datetime(2026, 3, 2, 10, 0)
SECOND = datetime(2026, 3, 9, 10, 0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: NOW)
    yield store
    store.close()


def _weekly(store: Store) -> tuple[int, int]:
    patient = store.patients.add_patient(Patient(given="Ada", family="Lowe"))
    assert patient.id is not None
    series = store.appointments.add_appointment(
        Appointment(
            patient_id=patient.id,
            purpose="Medication review",
            start=FIRST,
            duration_min=45,
            tz="Europe/London",
            rrule="FREQ=WEEKLY;COUNT=4",
        )
    )
    assert series.id is not None
    return patient.id, series.id


def _documented(patient_id: int, series_id: int, **fields: object) -> VisitDocumentation:
    record = VisitRecord(
        appointment_id=series_id,
        original_start=FIRST,
        checked_in_at=datetime(2026, 3, 2, 10, 5),
        checked_out_at=datetime(2026, 3, 2, 10, 50),
        tz="Europe/London",
        miles_tenths=125,
    )
    return VisitDocumentation(
        patient_id=patient_id,
        record=record,
        status=AppointmentStatus.DONE,
        note_text="Subjective:\nWell.",
        **fields,  # type: ignore[arg-type]
    )


def test_documenting_a_visit_keeps_its_times_miles_outcome_and_note_on_that_visit(
    store: Store,
) -> None:
    patient_id, series_id = _weekly(store)
    store.visit_records.document_visit(_documented(patient_id, series_id))

    row = store.conn.execute(
        "SELECT checked_in_at, checked_out_at, tz, miles_tenths FROM visit_record"
    ).fetchone()
    assert row == ("2026-03-02T10:05", "2026-03-02T10:50", "Europe/London", 125)
    statuses = dict(store.conn.execute("SELECT original_start, status FROM occurrence").fetchall())
    assert statuses["2026-03-02T10:00"] == "done"
    assert statuses["2026-03-09T10:00"] == "booked"  # the next visit of the series is not
    note = store.visit_records.visit_note(series_id, FIRST)
    assert note is not None and note.text == "Subjective:\nWell."
    assert note.original_start == FIRST and note.kind.value == "visit"
    assert store.visit_records.visit_note(series_id, SECOND) is None


def test_documenting_again_changes_the_same_record_and_note(store: Store) -> None:
    patient_id, series_id = _weekly(store)
    store.visit_records.document_visit(_documented(patient_id, series_id))
    note = store.visit_records.visit_note(series_id, FIRST)
    assert note is not None
    again = _documented(patient_id, series_id, note_id=note.id)
    again.note_text = "Seen; plan unchanged."
    again.record.miles_tenths = 0
    store.visit_records.document_visit(again)
    assert store.conn.execute(
        "SELECT count(*), max(miles_tenths) FROM visit_record"
    ).fetchone() == (
        1,
        0,
    )
    assert [n.text for n in store.patients.notes_for(patient_id)] == ["Seen; plan unchanged."]


def test_a_cancelled_visit_needs_a_reason_kept_with_its_record(store: Store) -> None:
    patient_id, series_id = _weekly(store)
    cancelled = _documented(patient_id, series_id)
    cancelled.status = AppointmentStatus.CANCELLED
    with pytest.raises(ValidationError) as refused:
        store.visit_records.document_visit(cancelled)
    assert refused.value.field == "cancel_reason"
    assert store.conn.execute("SELECT count(*) FROM visit_record").fetchone() == (0,)
    cancelled.record.cancel_reason = "In hospital since Saturday"
    store.visit_records.document_visit(cancelled)
    assert store.visit_records.visit_status(series_id, FIRST) is AppointmentStatus.CANCELLED
    kept = store.visit_records.visit_record(series_id, FIRST)
    assert kept is not None and kept.cancel_reason == "In hospital since Saturday"


def test_check_out_before_check_in_and_miles_out_of_range_are_refused(store: Store) -> None:
    patient_id, series_id = _weekly(store)
    backwards = _documented(patient_id, series_id)
    backwards.record.checked_out_at = datetime(2026, 3, 2, 9, 59)
    with pytest.raises(ValidationError) as refused:
        store.visit_records.document_visit(backwards)
    assert refused.value.field == "checked_out_at"
    far = _documented(patient_id, series_id)
    far.record.miles_tenths = 10_001
    with pytest.raises(ValidationError):
        store.visit_records.document_visit(far)
    # The file keeps the same rules should another program write to it.
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO visit_record (appointment_id, original_start, checked_in_at,"
            " checked_out_at, tz) VALUES (?, '2026-03-02T10:00', '2026-03-02T10:05',"
            " '2026-03-02T10:00', 'UTC')",
            [series_id],
        )


def test_a_refused_write_leaves_the_outcome_as_it_was(store: Store) -> None:
    patient_id, series_id = _weekly(store)
    bad = _documented(patient_id, series_id, note_id=999)  # a note deleted meanwhile
    with pytest.raises((LookupError, SaveError)):
        store.visit_records.document_visit(bad)
    assert store.visit_records.visit_status(series_id, FIRST) is AppointmentStatus.BOOKED
    assert store.conn.execute("SELECT count(*) FROM visit_record").fetchone() == (0,)


@pytest.mark.parametrize(
    ("typed", "tenths"),
    [("12", 120), ("12.5", 125), ("12,5", 125), ("0", 0), ("1000", 10_000), ("", None)],
)
def test_miles_are_kept_exactly_in_tenths(typed: str, tenths: int | None) -> None:
    assert parse_miles(typed) == tenths
    assert parse_miles(miles_text(tenths)) == tenths


@pytest.mark.parametrize("typed", ["-1", "1000.1", "12.25", "twelve", "nan", "inf"])
def test_miles_that_are_not_a_trip_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError):
        parse_miles(typed)


def test_note_templates_start_built_in_and_keep_the_coordinators_edits(store: Store) -> None:
    built_in = store.visit_records.note_templates()
    assert "Medication review" in built_in
    offered = all_templates(built_in)
    assert list(offered)[:2] == [FREE_TEXT, SOAP]
    assert "Subjective:" in offered[SOAP] and "Plan:" in offered[SOAP]
    assert template_for(built_in, "medication review", "Home visit") == "Medication review"
    assert template_for(built_in, "Bloods", "Home visit") == "Home visit"
    assert template_for({}, "Bloods", "Lab") == FREE_TEXT
    store.visit_records.set_note_templates({"Wound care": "Wound:\nDressing:\n"})
    assert store.visit_records.note_templates() == {"Wound care": "Wound:\nDressing:\n"}
    with pytest.raises(ValidationError):
        store.visit_records.set_note_templates({"SOAP": "mine"})
