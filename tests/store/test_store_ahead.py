"""Days past the laid-out horizon: read from the rules, never stored, the same as laid-out ones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest

from carebook.core.agenda import AgendaSpan
from carebook.core.records import Appointment, Patient
from carebook.core.vocabularies import AppointmentStatus
from carebook.interop.icalendar_export import appointments_calendar, uid_for
from carebook.store.caseload import HORIZON_DAYS, Store
from tests.cli_runner import run

NOW = datetime(2026, 3, 2, 7, 30)
FAR = date(2150, 6, 1)  # a Monday
MONDAYS = datetime(2026, 1, 5, 9, 30)  # a Monday


def _rows(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM occurrence").fetchone()[0])


def _on_disk(path: Path) -> int:
    """The caseload's bytes on disk, its write-ahead log included."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Mondays and Thursdays without end for Edith; a single visit and a short series for Ann."""
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: NOW)
    edith = store.patients.add_patient(Patient(given="Edith", family="Crawley")).id
    ann = store.patients.add_patient(Patient(given="Ann", family="Lee")).id
    assert edith is not None and ann is not None
    store.appointments.add_appointment(
        Appointment(
            patient_id=edith, start=MONDAYS, purpose="Wound care", rrule="FREQ=WEEKLY;BYDAY=MO,TH"
        )
    )
    store.appointments.add_appointment(
        Appointment(patient_id=ann, start=datetime(2150, 6, 1, 14, 0), purpose="Review")
    )
    store.appointments.add_appointment(
        Appointment(
            patient_id=ann,
            start=datetime(2150, 5, 30, 11, 0),
            purpose="Bath",
            rrule="FREQ=DAILY;COUNT=4",
        )
    )
    store.visits.visits_on(NOW.date())  # the horizon everyday use lays out
    yield store
    store.close()


def test_an_agenda_far_ahead_lists_the_repeating_visit_and_grows_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    store = Store.open(db)
    patient = store.patients.add_patient(Patient(given="Edith", family="Crawley")).id
    assert patient is not None
    store.appointments.add_appointment(
        Appointment(
            patient_id=patient, start=MONDAYS, purpose="Wound care", rrule="FREQ=WEEKLY;BYDAY=MO,TH"
        )
    )
    store.close()
    assert run(capsys, "agenda", "--db", str(db))[0] == 0  # today's, as every morning
    store = Store.open(db)
    rows, horizon = _rows(store), store.visits.horizon()
    store.close()
    size = _on_disk(db)
    status, out, err = run(
        capsys, "agenda", "--db", str(db), "--date", "2150-06-01", "--format", "json"
    )
    assert (status, err) == (0, "")
    visits = json.loads(out)["visits"]
    assert [(v["start"], v["patient"], v["purpose"]) for v in visits] == [
        ("2150-06-01T09:30", "Edith Crawley", "Wound care")
    ]
    status, out, _ = run(capsys, "agenda", "--db", str(db), "--date", "2199-12-26", "--days", "7")
    assert status == 0 and out.count("Wound care") == 2  # Thursday 26, Monday 30 December
    assert _on_disk(db) == size
    store = Store.open(db)
    try:
        assert (_rows(store), store.visits.horizon()) == (rows, horizon)
    finally:
        store.close()


def test_a_far_day_reads_as_a_laid_out_day_would(store: Store) -> None:
    rows = _rows(store)
    day = store.visits.visits_on(FAR)
    assert [(v.start, v.patient, v.purpose, v.recurring) for v in day] == [
        (datetime(2150, 6, 1, 9, 30), "Edith Crawley", "Wound care", True),
        (datetime(2150, 6, 1, 11, 0), "Ann Lee", "Bath", True),
        (datetime(2150, 6, 1, 14, 0), "Ann Lee", "Review", False),
    ]
    week = AgendaSpan.week(FAR, NOW.date())
    whole = store.visits.visits_in(week)
    assert [v.start for v in whole] == [
        datetime(2150, 6, 1, 9, 30),
        datetime(2150, 6, 1, 11, 0),
        datetime(2150, 6, 1, 14, 0),
        datetime(2150, 6, 2, 11, 0),
        datetime(2150, 6, 4, 9, 30),
    ]
    assert store.visits.visit_count(week) == len(whole)
    pages = [v for offset in range(0, 5, 2) for v in store.visits.visits_in(week, offset, 2)]
    assert pages == whole
    assert _rows(store) == rows


def test_a_far_visits_own_changes_are_honoured(store: Store) -> None:
    [series] = [v.appointment_id for v in store.visits.visits_on(FAR) if v.purpose == "Wound care"]
    monday = datetime(2150, 6, 1, 9, 30)
    thursday = datetime(2150, 6, 4, 9, 30)
    store.appointments.set_visit_status(series, monday, AppointmentStatus.DONE)
    store.appointments.skip_visit(series, thursday)
    moved = datetime(2150, 6, 8, 9, 30)
    later = store.appointments.appointment(series)
    assert later is not None
    # Next Monday's visit moved back into this week, to Friday afternoon.
    from carebook.store.caseload import Scope

    store.appointments.update_appointment(
        Appointment(
            id=series,
            patient_id=later.patient_id,
            start=datetime(2150, 6, 5, 15, 0),
            purpose=later.purpose,
            rrule=later.rrule,
        ),
        Scope.THIS,
        moved,
    )
    rows = _rows(store)
    week = {
        (v.start, v.status)
        for v in store.visits.visits_in(AgendaSpan.week(FAR, NOW.date()))
        if v.appointment_id == series
    }
    assert week == {
        (monday, AppointmentStatus.DONE),
        (datetime(2150, 6, 5, 15, 0), AppointmentStatus.BOOKED),
    }
    assert [
        v.start for v in store.visits.visits_on(date(2150, 6, 8)) if v.appointment_id == series
    ] == []
    assert _rows(store) == rows


def test_a_far_day_can_be_put_in_route_order(store: Store) -> None:
    first, second, third = store.visits.visits_on(FAR)
    store.visits.move_route_stop(FAR, 0, 2)
    assert [v.purpose for v in store.visits.visits_on(FAR)] == [
        third.purpose,
        second.purpose,
        first.purpose,
    ]
    assert store.visits.route_move_touches(FAR, 0, 1) != []


def test_overlaps_are_found_far_ahead(store: Store) -> None:
    clashes = store.visits.overlapping(datetime(2150, 6, 1, 10, 0), datetime(2150, 6, 1, 11, 30))
    assert [(v.start, v.purpose) for v in clashes] == [
        (datetime(2150, 6, 1, 9, 30), "Wound care"),
        (datetime(2150, 6, 1, 11, 0), "Bath"),
    ]


def test_the_horizon_moves_with_the_days_not_with_reading(tmp_path: Path) -> None:
    now = [NOW]
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: now[0])
    try:
        patient = store.patients.add_patient(Patient(given="Edith", family="Crawley")).id
        assert patient is not None
        store.appointments.add_appointment(
            Appointment(patient_id=patient, start=MONDAYS, rrule="FREQ=WEEKLY;BYDAY=MO,TH")
        )
        store.visits.visits_on(date(2199, 12, 30))
        first = store.visits.horizon()
        assert first.date() == NOW.date() + timedelta(days=HORIZON_DAYS + 90)
        now[0] = NOW + timedelta(days=200)
        assert [v.start.time() for v in store.visits.visits_on(date(2029, 1, 1))] == [time(9, 30)]
        assert store.visits.horizon().date() == now[0].date() + timedelta(days=HORIZON_DAYS + 90)
        stored = {row[0] for row in store.conn.execute("SELECT start FROM occurrence")}
        assert "2027-12-30T09:30" in stored and "2029-01-01T09:30" not in stored
    finally:
        store.close()


def test_a_calendar_far_ahead_has_the_series_and_grows_nothing(store: Store) -> None:
    rows = _rows(store)
    export = appointments_calendar(
        store, generated=NOW, first=date(2160, 1, 1), last=date(2160, 12, 31)
    )
    calendar = icalendar.Calendar.from_ical(export.text())
    [event] = calendar.events
    assert str(event["SUMMARY"]) == "Edith Crawley: Wound care"
    assert {
        a.id for a in store.appointments.appointments_in(date(2150, 6, 1), date(2150, 6, 1))
    } == {1, 2, 3}
    assert [a.purpose for a in store.appointments.appointments_in(date(2199, 12, 1), None)] == [
        "Wound care"
    ]
    assert uid_for(1) == str(event["UID"])
    assert _rows(store) == rows


def test_days_past_carebooks_last_are_empty_not_an_error(store: Store) -> None:
    assert store.visits.visits_on(date(9999, 12, 31)) == []
    assert store.visits.visit_count(AgendaSpan.week(date(9999, 12, 31), NOW.date())) == 0
    assert store.appointments.appointments_in(date(2200, 1, 1), date(9999, 12, 31)) == []
