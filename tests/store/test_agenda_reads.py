"""The Agenda's reads: counts and pages agree with the whole day; a route stop moves in SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.core.agenda import AgendaSpan, build_day
from carebook.core.records import (
    Appointment,
    CarePlan,
    Medication,
    Patient,
    Task,
    format_address,
    spoken_name,
)
from carebook.core.vocabularies import AppointmentStatus, PatientStatus, TaskPriority, TaskStatus
from carebook.storage.listings import POSTAL_ADDRESS, SPOKEN_NAME
from carebook.store.caseload import Store

DAY = date(2026, 3, 3)  # a Tuesday


def _clock() -> datetime:
    return datetime(2026, 3, 2, 8, 0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Eight visits on DAY, several at the same time, some of weekly series; tasks; reviews."""
    store = Store.open(tmp_path / "caseload.sqlite3", clock=_clock)
    names = [
        ("Zoe", "Adams", ""),
        ("Ann", "Lee", "Annie"),
        ("Bob", "Ray", ""),
        ("", "Day", "Cy"),
        ("Élise", "Ernst", ""),
        ("Al", "Bo", ""),
        ("Di", "Cruz", ""),
        ("Ed", "Ng", ""),
    ]
    for number, (given_name, family, preferred) in enumerate(names):
        patient = store.patients.add_patient(
            Patient(
                given=given_name,
                family=family,
                preferred_name=preferred,
                address_line=f"{number} High St" if number % 3 else "",
                city="Leeds",
                postal_code="LS1" if number % 2 else "",
            )
        )
        assert patient.id is not None
        hour = (9, 9, 9, 11, 11, 14, 8, 16)[number]
        store.appointments.add_appointment(
            Appointment(
                patient_id=patient.id,
                start=datetime(2026, 3, 3, hour, 0),
                purpose=f"Visit {number}",
                rrule="FREQ=WEEKLY;COUNT=3" if number % 2 else "",
            )
        )
        store.tasks.add_task(
            Task(
                title=f"Call {family}",
                patient_id=patient.id,
                due_date=DAY - timedelta(days=number % 3),
                priority=(TaskPriority.URGENT if number % 4 == 1 else TaskPriority.ROUTINE),
                due_time=time(10, 0) if number % 2 else None,
            )
        )
        store.medications.add_medication(
            Medication(
                patient_id=patient.id,
                name=f"Drug {number}",
                next_review=DAY - timedelta(days=number % 2),
            )
        )
        if number % 3 == 0:
            store.care_plans.add_care_plan(
                CarePlan(patient_id=patient.id, title=f"Plan {number}", next_review=DAY)
            )
    store.tasks.add_task(Task(title="Order supplies", due_date=DAY))  # nobody's task
    done = store.tasks.add_task(Task(title="Done today", due_date=DAY))
    assert done.id is not None
    store.tasks.complete_task(done.id)
    yield store
    store.close()


def _ids(store: Store, day: date = DAY) -> list[int]:
    return [visit.appointment_id for visit in store.visits.visits_on(day)]


def _pages(read: object, span: AgendaSpan, size: int) -> list[object]:
    found: list[object] = []
    offset = 0
    while True:
        page = read(span, offset, size)  # type: ignore[operator]
        found += page
        if len(page) < size:
            return found
        offset += size


@pytest.mark.parametrize("size", [1, 3, 500])
def test_pages_read_in_turn_are_the_whole_day(store: Store, size: int) -> None:
    store.visits.set_route(
        DAY,
        [
            (visit.appointment_id, visit.start)
            for visit in reversed(store.visits.visits_on(DAY)[2:5])
        ],
    )
    span = AgendaSpan.day(DAY)
    assert _pages(store.visits.visits_in, span, size) == store.visits.visits_on(DAY)
    assert _pages(store.tasks.tasks_in, span, size) == store.tasks.agenda_tasks(DAY)
    assert _pages(store.lists.reviews_in, span, size) == store.lists.reviews_due(DAY)


def test_the_counts_are_the_lengths_of_the_whole_day(store: Store) -> None:
    agenda = build_day(store, DAY)
    counts = store.lists.agenda_counts(AgendaSpan.day(DAY))
    assert counts.visits == len(agenda.visits) == 8
    assert (counts.tasks_due, counts.tasks_overdue) == (len(agenda.due), len(agenda.overdue))
    assert counts.tasks == len(agenda.tasks)
    assert counts.reviews == len(agenda.reviews)


def test_a_discharged_patients_reviews_are_not_counted(store: Store) -> None:
    before = store.lists.agenda_counts(AgendaSpan.day(DAY)).reviews
    patient_id = store.visits.visits_on(DAY)[0].patient_id
    mine = [r for r in store.lists.reviews_due(DAY) if r.patient_id == patient_id]
    store.patients.set_patient_status(patient_id, PatientStatus.DISCHARGED)
    assert mine
    assert store.lists.agenda_counts(AgendaSpan.day(DAY)).reviews == before - len(mine)
    assert len(store.lists.reviews_due(DAY)) == before - len(mine)


def test_the_whole_day_is_in_route_then_time_then_name_order(store: Store) -> None:
    visits = store.visits.visits_on(DAY)
    assert [(v.start.hour, v.patient) for v in visits] == [
        (8, "Di Cruz"),
        (9, "Zoe Adams"),
        (9, "Ann (Annie) Lee"),
        (9, "Bob Ray"),
        (11, "Cy Day"),
        (11, "Élise Ernst"),
        (14, "Al Bo"),
        (16, "Ed Ng"),
    ]
    assert visits[1].address == "Leeds" and visits[2].address == "1 High St, Leeds, LS1"


def test_a_week_reads_day_by_day_with_each_days_route(store: Store) -> None:
    next_week = DAY + timedelta(days=7)
    store.visits.set_route(
        next_week,
        [
            (v.appointment_id, v.original_start or v.start)
            for v in reversed(store.visits.visits_on(next_week))
        ],
    )
    span = AgendaSpan.week(DAY, DAY)
    assert span.first == date(2026, 3, 2) and span.last == date(2026, 3, 8)
    assert store.visits.visits_in(span) == [
        v for day in span.days for v in store.visits.visits_on(day)
    ]
    following = AgendaSpan.week(next_week, DAY)
    assert store.visits.visits_in(following) == store.visits.visits_on(next_week)
    assert store.lists.agenda_counts(following).visits == len(store.visits.visits_on(next_week))


def test_a_weeks_tasks_are_those_due_that_week_and_those_left_open_before_it(store: Store) -> None:
    span = AgendaSpan.week(DAY, DAY)
    tasks = store.tasks.tasks_in(span)
    everything = store.conn.execute("SELECT id, due_date, status FROM task").fetchall()
    wanted = {
        task_id
        for task_id, due, status in everything
        if span.first.isoformat() <= due <= span.last.isoformat()
        or (status == "open" and due < span.first.isoformat())
    }
    assert {t.id for t in tasks} == wanted and len(tasks) == len(wanted)
    assert any(t.status is not TaskStatus.OPEN for t in tasks)  # done ones of the week too
    assert [t.overdue for t in tasks] == [
        t.status is TaskStatus.OPEN and t.due < DAY for t in tasks
    ]
    # Open first; ASAP, urgent, then routine; then by due day and time.
    rank = {"asap": 0, "urgent": 1, "routine": 2}
    keys = [
        (t.status is not TaskStatus.OPEN, rank[t.priority.value], t.due, t.due_time is None)
        for t in tasks
    ]
    assert keys == sorted(keys)
    due, overdue = store.tasks.task_counts(span)
    assert (due, overdue) == (sum(not t.overdue for t in tasks), sum(t.overdue for t in tasks))


# -- moving one stop of the route ------------------------------------------------------------------


def test_moving_a_stop_swaps_two_visits_and_the_rest_keep_their_time_order(store: Store) -> None:
    before = _ids(store)
    touched = store.visits.route_move_touches(DAY, 3, 4)
    assert sorted(touched) == sorted(before[:5])  # those up to the later place become stops
    store.visits.move_route_stop(DAY, 3, 4)
    assert _ids(store) == [*before[:3], before[4], before[3], *before[5:]]
    stops = store.conn.execute(
        "SELECT count(*) FROM route_stop WHERE day = ?", [DAY.isoformat()]
    ).fetchone()[0]
    assert stops == 5
    # A visit booked later that day still goes among the visits after the stops, by time.
    patient_id = store.visits.visits_on(DAY)[0].patient_id
    late = store.appointments.add_appointment(
        Appointment(patient_id=patient_id, start=datetime(2026, 3, 3, 15, 0))
    )
    assert _ids(store) == [*before[:3], before[4], before[3], *before[5:7], late.id, before[7]]


def test_moving_within_the_stops_writes_only_the_two_that_change(store: Store) -> None:
    visits = store.visits.visits_on(DAY)
    store.visits.set_route(DAY, [(v.appointment_id, v.original_start or v.start) for v in visits])
    before = _ids(store)
    assert sorted(store.visits.route_move_touches(DAY, 6, 5)) == sorted(before[5:7])
    store.visits.move_route_stop(DAY, 6, 5)
    assert _ids(store) == [*before[:5], before[6], before[5], before[7]]


def test_moving_keeps_the_route_of_other_days_and_refuses_places_off_the_route(
    store: Store,
) -> None:
    next_week = DAY + timedelta(days=7)
    other = _ids(store, next_week)
    before = _ids(store)
    for here, there in ((0, -1), (7, 8), (3, 3), (20, 21)):
        assert store.visits.route_move_touches(DAY, here, there) == []
        store.visits.move_route_stop(DAY, here, there)
        assert _ids(store) == before
    store.visits.move_route_stop(DAY, 1, 0)
    assert _ids(store)[:2] == [before[1], before[0]]
    assert _ids(store, next_week) == other


def test_a_moved_stop_is_put_back_by_restoring_the_touched_appointments(store: Store) -> None:
    before = _ids(store)
    touched = store.visits.route_move_touches(DAY, 2, 3)
    snapshots = [("appointment", i, store.snapshot("appointment", i)) for i in touched]
    store.visits.move_route_stop(DAY, 2, 3)
    assert _ids(store) != before
    store.restore_all(snapshots)
    assert _ids(store) == before


def test_a_visit_marked_done_keeps_its_place_in_the_route(store: Store) -> None:
    store.visits.move_route_stop(DAY, 0, 1)
    before = _ids(store)
    visit = store.visits.visits_on(DAY)[1]
    assert visit.original_start is not None
    store.appointments.set_visit_status(
        visit.appointment_id, visit.original_start, AppointmentStatus.DONE
    )
    assert _ids(store) == before


# -- the SQL twins of the domain's name and address ------------------------------------------------

# Any text validation lets into the caseload: all but NUL and lone surrogates (check_lengths).
_PARTS = st.sampled_from(["", "Ann", "Élise", "O'Neill", "李", " ", "Ann (x)"]) | st.text(
    st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=6
)


@pytest.fixture(scope="module")
def memory() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    yield conn
    conn.close()


@given(given_name=_PARTS, family=_PARTS, preferred=_PARTS)
def test_the_sql_spoken_name_is_the_domains(
    memory: sqlite3.Connection, given_name: str, family: str, preferred: str
) -> None:
    row = memory.execute(
        f"SELECT {SPOKEN_NAME} FROM (SELECT ? AS given, ? AS family, ? AS preferred_name) p",
        [given_name, family, preferred],
    ).fetchone()
    assert row[0] == spoken_name(given_name, family, preferred)


@given(line=_PARTS, city=_PARTS, region=_PARTS, postal=_PARTS)
def test_the_sql_address_is_the_domains(
    memory: sqlite3.Connection, line: str, city: str, region: str, postal: str
) -> None:
    row = memory.execute(
        f"SELECT {POSTAL_ADDRESS} FROM (SELECT ? AS address_line, ? AS city, ? AS region,"
        f" ? AS postal_code) p",
        [line, city, region, postal],
    ).fetchone()
    assert row[0] == format_address(line, city, region, postal)


# -- the indexes the agenda reads through ----------------------------------------------------------


def test_an_older_caseload_gets_the_agenda_indexes_with_statistics(tmp_path: Path) -> None:
    from carebook.storage.caseload_file import open_caseload
    from carebook.storage.migrations import APPLICATION_ID, KNOWN, migrations

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(conn, stop_before="m004_agenda_indexes")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {KNOWN.index('m004_agenda_indexes')}")
    conn.execute("INSERT INTO patient (id, given, status) VALUES (1, 'Ann', 'active')")
    conn.execute(
        "INSERT INTO appointment (id, patient_id, kind, start, duration_min, tz,"
        " transport, status) VALUES (1, 1, 'home_visit', '2026-03-03T09:00', 60,"
        " 'UTC', 'not_needed', 'booked')"
    )
    conn.execute(
        "INSERT INTO occurrence (appointment_id, patient_id, original_start, start,"
        " ends, status) VALUES (1, 1, '2026-03-03T09:00', '2026-03-03T09:00',"
        " '2026-03-03T10:00', 'booked')"
    )
    conn.execute("ANALYZE")
    conn.close()
    db = open_caseload(path)
    names = {row[0] for row in db.conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "occurrence_by_day",
        "task_by_due_order",
        "medication_by_review_due",
        "goal_by_review_due",
        "care_plan_by_review_due",
        "allergy_by_patient_status",
        "patient_by_id_order",
    } <= names
    assert (
        not {
            "occurrence_by_start",
            "task_by_due",
            "medication_by_review",
            "goal_by_due",
            "care_plan_by_review",
            "allergy_by_patient",
        }
        & names
    )
    analysed = {row[0] for row in db.conn.execute("SELECT idx FROM sqlite_stat1")}
    assert "occurrence_by_day" in analysed
    db.conn.close()
    assert list(tmp_path.glob("old.sqlite3.before-m004_agenda_indexes-*.bak"))
