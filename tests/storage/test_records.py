"""Every stored record survives to_row/from_row, on its own and through its real table."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core import billing_records, clinical_records
from carebook.core import records as core_records
from carebook.core.records import (
    Allergy,
    Appointment,
    CarePlan,
    CarePlanReview,
    CareTeamMember,
    Condition,
    Contact,
    Goal,
    Intervention,
    Medication,
    MedicationEvent,
    Note,
    OccurrenceChange,
    Patient,
    Problem,
    Reconciliation,
    ReconciliationLine,
    Referral,
    Task,
    VisitRecord,
)
from carebook.core.vocabularies import InvoiceStatus
from carebook.storage.records import columns, from_row, to_row, to_values
from carebook.store.caseload import Store

TABLES: dict[type, str] = {
    Patient: "patient",
    Contact: "contact",
    CareTeamMember: "care_team_member",
    Condition: "condition",
    Allergy: "allergy",
    Medication: "medication",
    MedicationEvent: "medication_event",
    Appointment: "appointment",
    OccurrenceChange: "appointment_change",
    Task: "task",
    CarePlan: "care_plan",
    Problem: "problem",
    Goal: "goal",
    Intervention: "intervention",
    CarePlanReview: "care_plan_review",
    Note: "note",
    Reconciliation: "reconciliation",
    ReconciliationLine: "reconciliation_line",
    Referral: "referral",
    VisitRecord: "visit_record",
    billing_records.Activity: "billing_activity",
    billing_records.Agreement: "agreement",
    billing_records.TimeEntry: "time_entry",
    billing_records.RunningTimer: "running_timer",
    billing_records.Place: "place",
    billing_records.Trip: "trip",
    billing_records.Expense: "expense",
    billing_records.Attachment: "attachment",
    billing_records.Invoice: "invoice",
    billing_records.InvoiceLine: "invoice_line",
    billing_records.Payment: "payment",
    clinical_records.AssessmentResult: "assessment_result",
    clinical_records.MeasureKind: "measure_kind",
    clinical_records.Measurement: "measurement",
    clinical_records.PatientDocument: "patient_document",
}
#: Columns the database keeps that no record carries: time stamps, and what the store derives.
#: Kept by the file for itself: when a row was written, and its global id (made by a trigger,
#: never written from a record, so that no edit can lose or change it).
NOT_IN_RECORDS = {"created_at", "updated_at", "uid"}
DERIVED = {"appointment": {"last_start"}, "patient": {"sort_key", "search_key"}}

# Stored at minute precision (as the forms enter them), so generated values are too.
DATETIMES = st.datetimes(min_value=datetime(1000, 1, 1)).map(
    lambda value: value.replace(second=0, microsecond=0)
)
TIMES = st.times().map(lambda value: value.replace(second=0, microsecond=0))
IDS = st.integers(1, 2**62)
NAMES = st.text(max_size=40).filter(lambda text: text.strip(" ") != "")

MONEY = st.integers(0, 10**9)
MONEY_OR_NONE = st.none() | MONEY

#: Values the table's CHECK constraints demand, where the type alone allows more.
CONSTRAINED: dict[tuple[type, str], st.SearchStrategy[Any]] = {
    (Patient, "given"): NAMES,
    (Patient, "lat"): st.none() | st.floats(-90, 90),
    (Patient, "lon"): st.none() | st.floats(-180, 180),
    (Contact, "name"): NAMES,
    (Condition, "description"): NAMES,
    (Allergy, "substance"): NAMES,
    (Medication, "name"): NAMES,
    (Appointment, "duration_min"): st.integers(1, 1440),
    (Appointment, "tz"): st.sampled_from(["Europe/London", "America/Chicago", "UTC"]),
    (OccurrenceChange, "duration_min"): st.none() | st.integers(1, 1440),
    (Task, "title"): NAMES,
    (CarePlan, "title"): NAMES,
    (Problem, "description"): NAMES,
    (Goal, "description"): NAMES,
    (Intervention, "description"): NAMES,
    (Note, "text"): NAMES,
    (Reconciliation, "source"): NAMES.filter(lambda text: len(text) <= 500),
    (ReconciliationLine, "medication"): NAMES,
    (ReconciliationLine, "line_no"): st.integers(1, 10_000),
    (Referral, "reason"): NAMES,
    (VisitRecord, "tz"): st.sampled_from(["Europe/London", "America/Chicago", "UTC"]),
    (VisitRecord, "miles_tenths"): st.none() | st.integers(0, 10_000),
    (billing_records.Activity, "name"): NAMES.filter(lambda text: len(text) <= 60),
    (billing_records.Activity, "hourly_rate_cents"): MONEY_OR_NONE,
    (billing_records.Activity, "flat_cents"): MONEY_OR_NONE,
    (billing_records.Agreement, "hourly_rate_cents"): MONEY_OR_NONE,
    (billing_records.Agreement, "mileage_rate_mills"): MONEY_OR_NONE,
    (billing_records.Agreement, "retainer_cents"): MONEY,
    (billing_records.Agreement, "terms_days"): st.integers(0, 365),
    (billing_records.TimeEntry, "minutes"): st.integers(1, 1440),
    (billing_records.TimeEntry, "activity"): NAMES,
    (billing_records.TimeEntry, "rate_cents"): MONEY,
    (billing_records.TimeEntry, "flat_cents"): MONEY_OR_NONE,
    (billing_records.Place, "name"): NAMES,
    (billing_records.Trip, "from_place"): NAMES,
    (billing_records.Trip, "to_place"): NAMES,
    (billing_records.Trip, "distance_tenths"): st.integers(0, 100_000),
    (billing_records.Trip, "odometer_start_tenths"): st.none() | st.integers(0, 10**7),
    (billing_records.Trip, "odometer_end_tenths"): st.none(),
    (billing_records.Expense, "amount_cents"): st.integers(1, 10**9),
    (billing_records.Attachment, "name"): NAMES,
    (billing_records.Invoice, "number"): st.integers(1, 10**6),
    # The file keeps an invoice once issued (a trigger), and the round trip deletes each one.
    (billing_records.Invoice, "status"): st.just(InvoiceStatus.DRAFT),
    (billing_records.Invoice, "terms_days"): st.integers(0, 365),
    (billing_records.InvoiceLine, "line_no"): st.integers(1, 10_000),
    (billing_records.InvoiceLine, "unit"): st.sampled_from(["minute", "tenth_mile", "item"]),
    (billing_records.Payment, "amount_cents"): st.integers(1, 10**9),
    (clinical_records.AssessmentResult, "instrument"): NAMES,
    (clinical_records.AssessmentResult, "total"): st.integers(0, 200),
    (clinical_records.MeasureKind, "name"): NAMES,
    (clinical_records.MeasureKind, "unit"): NAMES,
    (clinical_records.Measurement, "kind"): NAMES,
    (clinical_records.PatientDocument, "title"): NAMES,
    (clinical_records.PatientDocument, "file_name"): NAMES,
    (clinical_records.PatientDocument, "size"): st.integers(1, 10**9),
}


def _for_type(annotation: Any) -> st.SearchStrategy[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        inner = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return st.none() | _for_type(inner[0])
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        return st.integers(-(2**63), 2**63 - 1)
    if annotation is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if annotation is bytes:
        return st.binary(max_size=64)
    if annotation is str:
        return st.text(max_size=40)
    if annotation is datetime:
        return DATETIMES
    if annotation is date:
        return st.dates()
    if annotation is time:
        return TIMES
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return st.sampled_from(list(annotation))
    raise AssertionError(f"no strategy for {annotation!r}")


def records(cls: type, *, storable: bool) -> st.SearchStrategy[Any]:
    """Records of `cls`; `storable` ones also pass the table's constraints and have an id."""
    hints = typing.get_type_hints(cls)
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in dataclasses.fields(cls):
        strategy = _for_type(hints[field.name])
        if storable:
            strategy = CONSTRAINED.get((cls, field.name), strategy)
            if field.name == "id":
                strategy = IDS
        fields[field.name] = strategy
    built = st.builds(cls, **fields)
    if storable and cls is Medication:
        built = built.filter(
            lambda m: m.start_date is None or m.end_date is None or m.end_date >= m.start_date
        )
    if storable and cls is billing_records.Invoice:
        built = built.filter(lambda i: i.period_to >= i.period_from)
    if storable and cls is billing_records.RunningTimer:
        built = built.map(lambda timer: dataclasses.replace(timer, id=1))
    if storable and cls is VisitRecord:
        built = built.filter(
            lambda v: (
                v.checked_in_at is None
                or v.checked_out_at is None
                or v.checked_out_at >= v.checked_in_at
            )
        )
    return built


def _assert_same(loaded: Any, record: Any) -> None:
    """Equal, and field by field of the same type (True == 1, so equality alone would pass)."""
    assert loaded == record
    for field in dataclasses.fields(record):
        value, expected = getattr(loaded, field.name), getattr(record, field.name)
        assert type(value) is type(expected), (field.name, value, expected)


@pytest.mark.parametrize("cls", list(TABLES), ids=lambda cls: cls.__name__)
def test_every_record_round_trips_through_its_row(cls: type) -> None:
    @settings(max_examples=60, deadline=None)
    @given(record=records(cls, storable=False))
    def round_trip(record: Any) -> None:
        row = to_row(record)
        assert set(row) == set(columns(cls))
        assert all(
            value is None or type(value) in (str, int, float, bytes) for value in row.values()
        )
        _assert_same(from_row(cls, row), record)
        assert to_values(record, list(row)) == tuple(row.values())
        assert "id" not in to_row(record, with_id=False)

    round_trip()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("records") / "caseload.sqlite3"
    store = Store.open(path, clock=lambda: datetime(2026, 3, 2, 7, 30))
    # Rows here stand alone: this module tests the mapping, not the links between records.
    store.conn.execute("PRAGMA foreign_keys = OFF")
    yield store
    store.close()


def test_every_table_of_records_has_its_record_class(store: Store) -> None:
    tables = {
        row[0]
        for row in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        )
    }
    # The store's own tables: derived occurrences, the audit trail, settings, the migrations
    # ledger, where imported FHIR records came from, and the quick switcher's index (an FTS5
    # table, its own tables, and the records changed since it was brought up to date).
    internal = {"occurrence", "audit_log", "meta", "route_stop", "_sqlite_migrations", "fhir_link"}
    internal |= {"quick_find", "quick_find_stale"}
    internal |= {"travel_time"}  # trips between places: the schedule's own, not a record kind
    internal |= {f"quick_find_{part}" for part in ("data", "idx", "content", "docsize", "config")}
    internal |= {"mileage_rate"}  # the year's rates: settings, read and set whole
    # Team sync's own: the clock, versions, outbox, history, conflicts, the team.
    internal |= {f"sync_{part}" for part in ("clock", "version", "field", "scratch", "outbox")}
    internal |= {f"sync_{part}" for part in ("history", "conflict", "team")}
    assert tables - internal == set(TABLES.values())
    assert all(
        dataclasses.is_dataclass(cls)
        and cls.__module__
        in (core_records.__name__, billing_records.__name__, clinical_records.__name__)
        for cls in TABLES
    )


@pytest.mark.parametrize("cls", list(TABLES), ids=lambda cls: cls.__name__)
def test_record_fields_are_the_tables_columns(store: Store, cls: type) -> None:
    table = TABLES[cls]
    stored = {row[1] for row in store.conn.execute(f"PRAGMA table_info({table})")}
    assert set(columns(cls)) == stored - NOT_IN_RECORDS - DERIVED.get(table, set())


@pytest.mark.parametrize("cls", list(TABLES), ids=lambda cls: cls.__name__)
def test_every_record_round_trips_through_its_table(store: Store, cls: type) -> None:
    table = TABLES[cls]

    @settings(max_examples=40, deadline=None)
    @given(record=records(cls, storable=True))
    def round_trip(record: Any) -> None:
        row = to_row(record)
        conn = store.conn
        conn.execute(f"DELETE FROM {table}")
        conn.execute(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [column[0] for column in cursor.description]
        stored = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        assert len(stored) == 1
        _assert_same(from_row(cls, stored[0]), record)

    round_trip()
