"""Trips between places, kept once per pair; a day's visits moved to follow the route."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from carebook.core.agenda import build_day, to_json
from carebook.core.errors import SaveError, ValidationError
from carebook.core.records import Appointment, Patient, Preferences
from carebook.core.schedule import TravelTimes, follow_route, plan_day
from carebook.core.schedule_layout import DayMark
from carebook.core.vocabularies import AppointmentStatus
from carebook.store.caseload import Store

DAY = date(2026, 3, 3)


def _clock() -> datetime:
    return datetime(2026, 3, 2, 8, 0)


def _day(tmp_path: Path) -> tuple[Store, list[int]]:
    """09:00 weekly at 1 High St, 09:30 single at 2 Low Rd, 08:30 weekly at 3 Mill Lane."""
    store = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    ids = []
    for hour, minute, street, rule in (
        (9, 0, "1 High St", "FREQ=WEEKLY;COUNT=4"),
        (9, 30, "2 Low Rd", ""),
        (8, 30, "3 Mill Lane", "FREQ=WEEKLY;COUNT=4"),
    ):
        patient = store.patients.add_patient(
            Patient(given="A", family=street.split()[1], address_line=street, city="Leeds")
        )
        assert patient.id is not None
        appointment = store.appointments.add_appointment(
            Appointment(
                patient_id=patient.id,
                start=datetime(2026, 3, 3, hour, minute),
                duration_min=45,
                rrule=rule,
            )
        )
        assert appointment.id is not None
        ids.append(appointment.id)
    # The coordinator drives High St, then Low Rd, then Mill Lane.
    store.visits.set_route(
        DAY,
        [
            (ids[0], datetime(2026, 3, 3, 9, 0)),
            (ids[1], datetime(2026, 3, 3, 9, 30)),
            (ids[2], datetime(2026, 3, 3, 8, 30)),
        ],
    )
    return store, ids


def test_a_trip_is_kept_once_whichever_way_it_was_entered(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    first = store.travel.set_trip("2 Low Rd, Leeds", "1 High St, Leeds", 25)
    again = store.travel.set_trip(" 1 high st,  LEEDS", "2 low rd, leeds", 30)
    assert first == again
    rows = store.conn.execute("SELECT place_a, place_b, minutes FROM travel_time").fetchall()
    assert rows == [("1 high st, leeds", "2 low rd, leeds", 30)]
    assert store.travel.travel_times().minutes("2 Low Rd, Leeds", "1 High St, Leeds") == 30
    store.close()
    reopened = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    assert reopened.travel.trip_id("1 High St, Leeds", "2 Low Rd, Leeds") == first
    reopened.close()


def test_the_file_refuses_a_trip_stored_the_wrong_way_round_or_too_long(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    for row in (("b", "a", 10), ("a", "a", 10), ("a", "b", 241), ("a", "b", -1), (" a", "b", 5)):
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute(
                "INSERT INTO travel_time (place_a, place_b, minutes) VALUES (?, ?, ?)", row
            )
    with pytest.raises(ValidationError):
        store.travel.set_trip("a", "b", 241)
    with pytest.raises(ValidationError):
        store.travel.set_trip("1 High St", "1 HIGH ST", 10)
    store.close()


def test_an_untimed_trip_takes_the_usual_travel_from_preferences(tmp_path: Path) -> None:
    store, ids = _day(tmp_path)
    store.preferences.set_preferences(Preferences(travel_minutes=20))
    store.travel.set_trip("1 High St, Leeds", "2 Low Rd, Leeds", 5)
    visits = to_json(build_day(store, DAY, store.travel.travel_times()))["visits"]
    assert [v["travel_minutes_before"] for v in visits] == [None, 5, 20]
    # High St 09:00-09:45 overlaps Low Rd at 09:30 and Mill Lane at 08:30-09:15.
    assert [v["overlaps"] for v in visits] == [[ids[1], ids[2]], [ids[0]], [ids[0]]]
    assert [v["tight"] for v in visits] == [False, True, True]
    store.close()


def test_following_the_route_moves_one_visit_of_a_series_and_the_single_visit(
    tmp_path: Path,
) -> None:
    store, ids = _day(tmp_path)
    store.travel.set_trip("1 High St, Leeds", "2 Low Rd, Leeds", 10)
    route = store.visits.visits_on(DAY)
    shifts = follow_route(plan_day(route, store.travel.travel_times()))
    try:
        store.travel.follow_route(DAY, route, shifts)
    except SaveError as error:  # pragma: no cover - shows why
        raise AssertionError(error) from error
    after = store.visits.visits_on(DAY)
    assert [v.appointment_id for v in after] == ids  # the route is kept
    assert [
        (v.start.time().isoformat("minutes"), v.end.time().isoformat("minutes")) for v in after
    ] == [
        ("08:30", "09:15"),  # the day starts when it did
        ("09:25", "10:10"),  # 10 minutes' trip
        ("10:25", "11:10"),  # the usual 15
    ]
    # The rest of the Mill Lane series keeps its time.
    next_week = store.visits.visits_on(date(2026, 3, 10))
    assert {v.start.time().isoformat("minutes") for v in next_week} >= {"08:30"}
    store.close()


def test_a_months_marks_count_the_agendas_visits_and_its_overlaps(sample_db: Path) -> None:
    store = Store.open(sample_db)
    first = store.today().replace(day=1)
    last = first + timedelta(days=41)
    # The sample's diary never double-books: book over one of its visits, for a mark to show.
    busy = next(
        visit
        for n in range((last - store.today()).days)
        for visit in store.visits.visits_on(store.today() + timedelta(days=n))
        if visit.status is AppointmentStatus.BOOKED
    )
    store.appointments.add_appointment(
        Appointment(patient_id=busy.patient_id, start=busy.start, duration_min=30)
    )
    marks = store.visits.day_marks(first, last)
    day = first
    while day <= last:
        visits = store.visits.visits_on(day)
        if not visits:
            assert day not in marks
        else:
            overlap = any(stop.overlaps for stop in plan_day(visits, TravelTimes()))
            assert marks[day] == DayMark(len(visits), overlap), day
        day += timedelta(days=1)
    assert marks[busy.start.date()].overlap
    store.close()
