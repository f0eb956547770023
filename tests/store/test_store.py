"""The store: each action lands in the caseload in one transaction, and reads come back right."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from carebook.core.errors import SaveError, ValidationError
from carebook.core.records import (
    Allergy,
    Appointment,
    CarePlan,
    CareTeamMember,
    Condition,
    Contact,
    Medication,
    Note,
    OccurrenceChange,
    Patient,
    Task,
)
from carebook.core.views import CaseloadBundle, ListQuery
from carebook.core.vocabularies import (
    AppointmentKind,
    AppointmentStatus,
    ContactRole,
    MedicationEventKind,
    MedicationStatus,
    PatientStatus,
    Sex,
    TaskPriority,
    TaskStatus,
    Transport,
)
from carebook.storage.listings import LISTINGS
from carebook.store.caseload import HORIZON_DAYS, Scope, Store

#: A Monday morning; every test runs on this clock, never on the real date.
NOW = datetime(2026, 3, 2, 7, 30)
TODAY = NOW.date()


def _clock() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=_clock)
    yield store
    store.close()


def _count(store: Store, table: str, where: str = "1", params: tuple[Any, ...] = ()) -> int:
    return int(
        store.conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
    )


def _patient(store: Store, given: str = "Ann", family: str = "Lee", **fields: Any) -> int:
    patient = store.patients.add_patient(Patient(given=given, family=family, **fields))
    assert patient.id is not None
    return patient.id


def _series(
    store: Store, patient_id: int, start: datetime, rule: str = "", **fields: Any
) -> Appointment:
    return store.appointments.add_appointment(
        Appointment(patient_id=patient_id, start=start, rrule=rule, **fields)
    )


def _starts(store: Store, appointment_id: int | None) -> list[datetime]:
    return [
        datetime.fromisoformat(start)
        for (start,) in store.conn.execute(
            "SELECT start FROM occurrence WHERE appointment_id = ? ORDER BY start", [appointment_id]
        )
    ]


# -- the clock -----------------------------------------------------------------------------------


def test_a_fixed_clock_sets_today_and_the_audit_time(store: Store) -> None:
    assert store.today() == TODAY
    _patient(store)
    assert store.conn.execute("SELECT at FROM audit_log").fetchall() == [("2026-03-02T07:30:00",)]


# -- patients ------------------------------------------------------------------------------------


def test_add_patient_stores_every_field(store: Store) -> None:
    entered = Patient(
        given="Margaret",
        family="Olsen",
        preferred_name="Peggy",
        birth_date=date(1938, 7, 14),
        sex=Sex.FEMALE,
        phone="555-0142",
        phone_alt="555-0199",
        email="peggy@example.org",
        address_line="12 Elm St",
        city="Springfield",
        region="IL",
        postal_code="62701",
        lat=39.78,
        lon=-89.65,
        language="Norwegian",
        access_notes="Key safe 4821; dog",
        payer="Medicare",
        member_id="1EG4-TE5-MK72",
        external_id="MRN-0042",
        status=PatientStatus.ON_HOLD,
        notes="Prefers morning visits",
    )
    saved = store.patients.add_patient(entered)
    assert saved.id is not None
    assert store.patients.patient(saved.id) == entered
    assert _count(store, "patient") == 1


@pytest.mark.parametrize(
    "patient",
    [
        Patient(),
        Patient(given="  ", family="\t", preferred_name=" \n"),
        Patient(given="Ann", birth_date=TODAY + timedelta(days=1)),
        Patient(given="Ann", birth_date=date(1879, 12, 31)),
        Patient(given="Ann", lat=91.0),
        Patient(given="Ann", lon=-180.5),
    ],
    ids=["no-name", "blank-name", "born-tomorrow", "born-before-1880", "lat", "lon"],
)
def test_a_patient_that_cannot_be_saved_is_refused_and_nothing_lands(
    store: Store, patient: Patient
) -> None:
    with pytest.raises(ValidationError):
        store.patients.add_patient(patient)
    assert patient.id is None
    assert _count(store, "patient") == 0
    assert _count(store, "audit_log") == 0


def test_only_one_name_and_a_birth_date_of_today_are_enough(store: Store) -> None:
    # "Tomorrow" above is tomorrow on the store's clock, not on the computer's calendar.
    store.patients.add_patient(Patient(preferred_name="Sunny", birth_date=TODAY))
    store.patients.add_patient(Patient(family="Okafor"))
    assert _count(store, "patient") == 2


# -- the schema refuses what Python would have stopped -------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO patient (given, status) VALUES ('Ann', 'bogus')",
        "INSERT INTO patient (given, family, preferred_name, status) VALUES (' ', '', '', "
        "'active')",
        "INSERT INTO patient (given, status, birth_date) VALUES ('Ann', 'active', '3 March 1940')",
        "INSERT INTO patient (given, status, sex) VALUES ('Ann', 'active', 'f')",
        "INSERT INTO patient (given, status, lat) VALUES ('Ann', 'active', 'north')",
        "INSERT INTO patient (given, status, lat) VALUES ('Ann', 'active', 95.0)",
        "INSERT INTO task (title, priority, status) VALUES ('Call', 'whenever', 'open')",
        "INSERT INTO task (title, priority, status, due_time)"
        " VALUES ('Call', 'routine', 'open', '9am')",
        "INSERT INTO task (title, priority, status) VALUES ('   ', 'routine', 'open')",
        "INSERT INTO task (patient_id, title, priority, status) VALUES (999, 'x', "
        "'routine', 'open')",
        "INSERT INTO appointment (patient_id, kind, start, duration_min, tz, transport, status)"
        " VALUES (1, 'home_visit', '2026-03-03T09:00', 0, 'UTC', 'not_needed', 'booked')",
        "INSERT INTO appointment (patient_id, kind, start, duration_min, tz, transport, status)"
        " VALUES (1, 'party', '2026-03-03T09:00', 30, 'UTC', 'not_needed', 'booked')",
        "INSERT INTO appointment (patient_id, kind, start, duration_min, tz, transport, status)"
        " VALUES (1, 'lab', 'tomorrow 9am', 30, 'UTC', 'not_needed', 'booked')",
        "INSERT INTO medication (patient_id, name, status, start_date, end_date)"
        " VALUES (1, 'Metformin', 'active', '2026-03-02', '2026-03-01')",
        "INSERT INTO medication (patient_id, name, status) VALUES (1, 'Metformin', 'paused')",
        "INSERT INTO allergy (patient_id, substance, status, severity)"
        " VALUES (1, 'Penicillin', 'active', 'catastrophic')",
        "INSERT INTO audit_log (at, action, record_kind) VALUES ('2026-03-02T07:30', 'peek', 'x')",
    ],
)
def test_the_schema_refuses_bad_values_written_around_the_store(store: Store, sql: str) -> None:
    _patient(store)
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(sql)


# -- one action, one transaction -----------------------------------------------------------------


def test_a_failed_action_leaves_nothing_behind(store: Store) -> None:
    # The schema's refusal reaches the user as a SaveError that says nothing was saved.
    with pytest.raises(SaveError, match="nothing was saved"):
        store.medications.add_medication(
            Medication(patient_id=999, name="Metformin", dose="500 mg")
        )
    assert _count(store, "medication") == 0
    assert _count(store, "medication_event") == 0
    assert _count(store, "audit_log") == 0
    assert not store.conn.in_transaction
    # And the store goes on working.
    store.medications.add_medication(Medication(patient_id=_patient(store), name="Metformin"))
    assert _count(store, "medication_event") == 1


def test_a_medication_that_fails_after_its_row_is_written_leaves_nothing_behind(
    store: Store,
) -> None:
    # A number where text belongs is stored (as text) with the medication row, and only fails
    # when the started event's dose text is put together: the first insert must be undone.
    medication = Medication(patient_id=_patient(store), name="Metformin", strength=cast(str, 500))
    with pytest.raises(TypeError):
        store.medications.add_medication(medication)
    assert _count(store, "medication") == 0
    assert _count(store, "medication_event") == 0
    assert not store.conn.in_transaction


def test_a_load_that_fails_part_way_leaves_nothing_behind(store: Store) -> None:
    bundle = CaseloadBundle(
        patients=[Patient(id=1, given="Ann", family="Lee")],
        medications=[Medication(id=1, patient_id=1, name="Metformin")],
        appointments=[
            Appointment(
                id=1, patient_id=1, start=datetime(2026, 3, 3, 9, 0), rrule="FREQ=WEEKLY;COUNT=4"
            )
        ],
        tasks=[Task(id=1, patient_id=999, title="Belongs to nobody")],
    )
    with pytest.raises(SaveError):
        store.load(bundle)
    for table in ("patient", "medication", "appointment", "occurrence", "task", "audit_log"):
        assert _count(store, table) == 0, table
    assert not store.conn.in_transaction


def test_a_refused_appointment_rule_leaves_nothing_behind(store: Store) -> None:
    patient_id = _patient(store)
    with pytest.raises(ValidationError):
        _series(store, patient_id, datetime(2026, 3, 3, 9, 0), "FREQ=FORTNIGHTLY")
    assert _count(store, "appointment") == 0
    assert _count(store, "occurrence") == 0


def test_a_tasks_repeat_rule_is_checked_like_an_appointments(store: Store) -> None:
    with pytest.raises(ValidationError):
        store.tasks.add_task(Task(title="Weigh weekly", due_date=TODAY, rrule="FREQ=FORTNIGHTLY"))
    assert _count(store, "task") == 0


# -- medications ---------------------------------------------------------------------------------


def test_add_medication_records_that_it_was_started(store: Store) -> None:
    patient_id = _patient(store)
    medication = store.medications.add_medication(
        Medication(
            patient_id=patient_id,
            name="Metformin",
            strength="500 mg",
            dose="1 tablet",
            route="oral",
            frequency="twice daily",
            start_date=date(2026, 2, 14),
        ),
        reason="New diagnosis",
    )
    assert medication.id is not None
    assert store.medications.medications(patient_id) == [medication]
    [event] = store.medications.medication_history(medication.id)
    assert (event.medication_id, event.on_date, event.kind, event.detail, event.reason) == (
        medication.id,
        date(2026, 2, 14),
        MedicationEventKind.STARTED,
        "500 mg 1 tablet oral twice daily",
        "New diagnosis",
    )


def test_a_medication_without_a_start_date_is_started_today(store: Store) -> None:
    medication = store.medications.add_medication(
        Medication(patient_id=_patient(store), name="Aspirin")
    )
    assert medication.id is not None
    [event] = store.medications.medication_history(medication.id)
    assert event.on_date == TODAY
    assert event.kind is MedicationEventKind.STARTED


def test_a_medication_needs_a_name(store: Store) -> None:
    with pytest.raises(ValidationError):
        store.medications.add_medication(Medication(patient_id=_patient(store), name="  "))
    assert _count(store, "medication") == 0


# -- appointments and the agenda -----------------------------------------------------------------


def test_a_weekly_series_of_ten_lays_out_ten_visits(store: Store) -> None:
    first = datetime(2026, 3, 3, 9, 0)
    series = _series(store, _patient(store), first, "FREQ=WEEKLY;COUNT=10", duration_min=45)
    expected = [first + timedelta(weeks=n) for n in range(10)]
    assert _starts(store, series.id) == expected
    assert store.conn.execute(
        "SELECT last_start FROM appointment WHERE id = ?", [series.id]
    ).fetchone() == ("2026-05-05T09:00",)
    for start in (expected[0], expected[9]):
        [visit] = store.visits.visits_on(start.date())
        assert (visit.start, visit.end, visit.recurring) == (
            start,
            start + timedelta(minutes=45),
            True,
        )
    assert store.visits.visits_on(expected[9].date() + timedelta(weeks=1)) == []
    assert store.lists.list_count("appointments", ListQuery(filter="all")) == 10


def test_an_until_series_ends_on_its_last_day_inclusive(store: Store) -> None:
    first = datetime(2026, 3, 3, 9, 0)
    series = _series(store, _patient(store), first, "FREQ=WEEKLY;UNTIL=20260331T090000")
    assert _starts(store, series.id) == [first + timedelta(weeks=n) for n in range(5)]
    assert len(store.visits.visits_on(date(2026, 3, 31))) == 1
    assert store.visits.visits_on(date(2026, 4, 7)) == []


def test_a_long_bounded_series_is_there_beyond_the_first_horizon(store: Store) -> None:
    first = datetime(2026, 3, 3, 9, 0)
    series = _series(store, _patient(store), first, "FREQ=WEEKLY;COUNT=200")
    week_150 = first + timedelta(weeks=150)
    assert week_150.date() > TODAY + timedelta(days=HORIZON_DAYS + 90)
    assert [visit.start for visit in store.visits.visits_on(week_150.date())] == [week_150]
    store.visits.ensure_horizon(date(2030, 12, 31))
    assert len(_starts(store, series.id)) == 200


def test_a_visit_booked_beyond_the_horizon_is_on_its_day(store: Store) -> None:
    start = datetime(2028, 6, 1, 10, 0)
    assert start.date() > TODAY + timedelta(days=HORIZON_DAYS + 90)
    _series(store, _patient(store), start)
    assert [visit.start for visit in store.visits.visits_on(start.date())] == [start]


def test_visits_on_lists_the_days_visits_in_time_order_with_what_the_visit_needs(
    store: Store,
) -> None:
    olsen = _patient(
        store,
        "Margaret",
        "Olsen",
        preferred_name="Peggy",
        phone="555-0142",
        address_line="12 Elm St",
        city="Springfield",
        region="IL",
        postal_code="62701",
    )
    lee = _patient(store, "Ann", "Lee", address_line="3 Oak Ave", city="Shelbyville")
    sunny = store.patients.add_patient(Patient(preferred_name="Sunny")).id
    assert sunny is not None
    day = date(2026, 3, 4)
    _series(store, lee, datetime(2026, 3, 4, 14, 0), purpose="Wound check")
    _series(store, olsen, datetime(2026, 3, 4, 9, 0), purpose="Medication review", duration_min=30)
    _series(
        store,
        sunny,
        datetime(2026, 3, 4, 11, 30),
        kind=AppointmentKind.PHYSICIAN,
        location="Springfield Clinic",
        with_whom="Dr. Patel",
    )
    _series(store, lee, datetime(2026, 3, 3, 23, 30))  # the evening before
    _series(store, olsen, datetime(2026, 3, 5, 0, 0))  # the midnight after
    visits = store.visits.visits_on(day)
    assert [(v.start.time(), v.patient, v.address, v.phone, v.purpose) for v in visits] == [
        (
            time(9, 0),
            "Margaret (Peggy) Olsen",
            "12 Elm St, Springfield, IL 62701",
            "555-0142",
            "Medication review",
        ),
        (time(11, 30), "Sunny", "", "", ""),
        (time(14, 0), "Ann Lee", "3 Oak Ave, Shelbyville", "", "Wound check"),
    ]
    assert [v.patient_id for v in visits] == [olsen, sunny, lee]
    assert visits[0].end == datetime(2026, 3, 4, 9, 30)
    assert (visits[1].kind, visits[1].location) == (AppointmentKind.PHYSICIAN, "Springfield Clinic")
    assert {v.status for v in visits} == {AppointmentStatus.BOOKED}
    assert not any(v.recurring for v in visits)


def test_skipped_and_moved_occurrences_from_a_load_are_honoured(store: Store) -> None:
    first = datetime(2026, 3, 3, 9, 0)
    store.load(
        CaseloadBundle(
            patients=[Patient(id=1, given="Ann", family="Lee")],
            appointments=[
                Appointment(
                    id=1, patient_id=1, start=first, duration_min=60, rrule="FREQ=WEEKLY;COUNT=5"
                )
            ],
            occurrence_changes=[
                OccurrenceChange(
                    appointment_id=1, original_start=datetime(2026, 3, 10, 9, 0), skipped=True
                ),
                OccurrenceChange(
                    appointment_id=1,
                    original_start=datetime(2026, 3, 17, 9, 0),
                    start=datetime(2026, 3, 18, 13, 0),
                    duration_min=30,
                ),
                OccurrenceChange(
                    appointment_id=1,
                    original_start=datetime(2026, 3, 24, 9, 0),
                    status=AppointmentStatus.CANCELLED,
                ),
            ],
        )
    )
    assert store.visits.visits_on(date(2026, 3, 10)) == []
    assert store.visits.visits_on(date(2026, 3, 17)) == []
    [moved] = store.visits.visits_on(date(2026, 3, 18))
    assert (moved.start, moved.end) == (datetime(2026, 3, 18, 13, 0), datetime(2026, 3, 18, 13, 30))
    [cancelled] = store.visits.visits_on(date(2026, 3, 24))
    assert cancelled.status is AppointmentStatus.CANCELLED
    [usual] = store.visits.visits_on(date(2026, 3, 31))
    assert (usual.start, usual.status) == (datetime(2026, 3, 31, 9, 0), AppointmentStatus.BOOKED)
    assert _count(store, "occurrence") == 4


def test_an_open_ended_series_is_laid_out_to_the_horizon_and_read_past_it_from_its_rule(
    store: Store,
) -> None:
    series = _series(store, _patient(store), datetime(2026, 3, 3, 10, 0), "FREQ=DAILY")
    horizon = store.visits.horizon()
    assert horizon == datetime.combine(TODAY + timedelta(days=HORIZON_DAYS + 90), time(23, 59))
    starts = _starts(store, series.id)
    assert starts[0] == datetime(2026, 3, 3, 10, 0)
    assert starts[-1] == datetime.combine(horizon.date(), time(10, 0))
    assert len(starts) == (horizon.date() - date(2026, 3, 3)).days + 1
    far = date(2029, 6, 1)
    assert far > horizon.date()
    assert [visit.start for visit in store.visits.visits_on(far)] == [datetime(2029, 6, 1, 10, 0)]
    store.visits.ensure_horizon(date(2031, 1, 1))
    # Reading far ahead lays nothing out: the horizon stays where today puts it.
    assert store.visits.horizon() == horizon
    assert _starts(store, series.id) == starts


def test_extending_the_horizon_keeps_a_far_occurrences_change(store: Store) -> None:
    far = datetime(2029, 1, 2, 10, 0)
    store.load(
        CaseloadBundle(
            patients=[Patient(id=1, given="Ann", family="Lee")],
            appointments=[
                Appointment(
                    id=1, patient_id=1, start=datetime(2026, 3, 3, 10, 0), rrule="FREQ=WEEKLY"
                )
            ],
            occurrence_changes=[
                OccurrenceChange(appointment_id=1, original_start=far, skipped=True)
            ],
        )
    )
    assert far > store.visits.horizon()
    assert store.visits.visits_on(far.date()) == []
    assert [v.start for v in store.visits.visits_on(far.date() + timedelta(weeks=1))] == [
        far + timedelta(weeks=1)
    ]


def test_agenda_tasks_are_todays_and_the_open_overdue_urgent_before_routine(store: Store) -> None:
    lee = _patient(store, "Ann", "Lee")
    adams = _patient(store, "Bob", "Adams")

    def task(
        title: str,
        due: date | None,
        status: TaskStatus = TaskStatus.OPEN,
        priority: TaskPriority = TaskPriority.ROUTINE,
        patient_id: int | None = None,
        due_time: time | None = None,
    ) -> int:
        added = store.tasks.add_task(
            Task(
                title=title,
                due_date=due,
                status=status,
                priority=priority,
                patient_id=patient_id,
                due_time=due_time,
            )
        )
        assert added.id is not None
        return added.id

    overdue_urgent = task(
        "Call pharmacy", date(2026, 2, 25), priority=TaskPriority.URGENT, patient_id=lee
    )
    overdue_no_patient = task("Order gloves", date(2026, 2, 27))
    task("Old and done", date(2026, 2, 20), TaskStatus.DONE, patient_id=lee)
    task("Old and cancelled", date(2026, 3, 1), TaskStatus.CANCELLED)
    today_routine = task("Weigh", TODAY, patient_id=adams, due_time=time(15, 0))
    today_asap = task("Chase referral", TODAY, priority=TaskPriority.ASAP, patient_id=adams)
    today_done = task("Fax orders", TODAY, TaskStatus.DONE, due_time=time(9, 0))
    task("Next week", date(2026, 3, 9))
    task("Someday", None)

    agenda = store.tasks.agenda_tasks(TODAY)
    # ASAP and urgent before routine, whatever the day; then by due day; done tasks last.
    assert [(t.id, t.overdue) for t in agenda] == [
        (today_asap, False),
        (overdue_urgent, True),
        (overdue_no_patient, True),
        (today_routine, False),
        (today_done, False),
    ]
    first = agenda[1]
    assert (
        first.title,
        first.patient,
        first.patient_id,
        first.due,
        first.priority,
        first.status,
    ) == ("Call pharmacy", "Ann Lee", lee, date(2026, 2, 25), TaskPriority.URGENT, TaskStatus.OPEN)
    assert agenda[2].patient == "" and agenda[2].patient_id is None
    assert agenda[3].due_time == time(15, 0)
    assert agenda[4].status is TaskStatus.DONE

    later = store.tasks.agenda_tasks(date(2026, 3, 9))
    assert [t.title for t in later if t.overdue] == [
        "Chase referral",
        "Call pharmacy",
        "Order gloves",
        "Weigh",
    ]
    assert [t.title for t in later if not t.overdue] == ["Next week"]


# -- list views ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A small caseload in which every filter and search of every list has something to find."""
    store = Store.open(tmp_path_factory.mktemp("lists") / "caseload.sqlite3", clock=_clock)
    ids = {}
    for given, family, status, born, extra in [
        (
            "Ann",
            "Lee",
            PatientStatus.ACTIVE,
            date(1940, 5, 1),
            {"external_id": "MRN_100", "phone": "555-0101"},
        ),
        ("Bob", "Adams", PatientStatus.ON_HOLD, date(1952, 11, 30), {"phone": "555-0202"}),
        ("carla", "baker", PatientStatus.ACTIVE, None, {"postal_code": "62701"}),
        ("Ann", "Smith", PatientStatus.ACTIVE, date(1935, 1, 15), {"external_id": "MRN1100"}),
        ("Dan", "Young", PatientStatus.DISCHARGED, date(1948, 8, 8), {}),
        ("Eve", "Zhang", PatientStatus.DECEASED, date(1929, 2, 2), {}),
    ]:
        ids[family] = _patient(store, given, family, status=status, birth_date=born, **extra)
    patel = store.contacts.add_contact(Contact(name="Dr. Patel", role=ContactRole.PHYSICIAN)).id
    for name, role, services in [
        ("Riverside Pharmacy", ContactRole.PHARMACY, ""),
        ("Meals on Wheels", ContactRole.COMMUNITY_RESOURCE, "Hot lunches delivered"),
        ("Homecare Plus", ContactRole.AGENCY, "Personal care, bathing"),
        ("Ruth Lee", ContactRole.CAREGIVER, ""),
        ("Nia Okafor", ContactRole.NURSE_PRACTITIONER, ""),
    ]:
        store.contacts.add_contact(Contact(name=name, role=role, services=services))
    for family, name, status, start, review, prescriber in [
        ("Lee", "Metformin", MedicationStatus.ACTIVE, date(2025, 1, 10), date(2026, 2, 20), patel),
        ("Lee", "warfarin", MedicationStatus.ON_HOLD, date(2024, 6, 1), date(2026, 4, 1), None),
        ("Adams", "Aspirin", MedicationStatus.STOPPED, date(2023, 3, 3), date(2026, 1, 1), None),
        ("Smith", "Lisinopril", MedicationStatus.ACTIVE, None, None, patel),
        ("Young", "Donepezil", MedicationStatus.ACTIVE, date(2025, 9, 9), TODAY, None),
    ]:
        store.medications.add_medication(
            Medication(
                patient_id=ids[family],
                name=name,
                status=status,
                start_date=start,
                next_review=review,
                prescriber_id=prescriber,
                indication="routine",
            )
        )
    _series(store, ids["Lee"], datetime(2026, 2, 20, 10, 0), purpose="Wound check")
    _series(store, ids["Adams"], datetime(2026, 3, 2, 9, 0), purpose="Falls review")
    _series(
        store,
        ids["baker"],
        datetime(2026, 3, 5, 14, 0),
        kind=AppointmentKind.PHYSICIAN,
        with_whom="Dr. Patel",
        purpose="Annual physical",
        transport=Transport.NEEDED,
    )
    _series(
        store, ids["Smith"], datetime(2026, 2, 23, 11, 0), "FREQ=WEEKLY;COUNT=3", purpose="Bathing"
    )
    for title, family, status, due, priority in [
        (
            "Call pharmacy about refill",
            "Lee",
            TaskStatus.OPEN,
            date(2026, 2, 25),
            TaskPriority.URGENT,
        ),
        ("Chase referral", "Adams", TaskStatus.OPEN, TODAY, TaskPriority.ASAP),
        (
            "Order 50% discount supplies",
            None,
            TaskStatus.OPEN,
            date(2026, 3, 10),
            TaskPriority.ROUTINE,
        ),
        ("Order 500 gloves", "Lee", TaskStatus.DONE, date(2026, 2, 20), TaskPriority.ROUTINE),
        ("Review care plan", "baker", TaskStatus.OPEN, None, TaskPriority.ROUTINE),
        (
            "Book transport for Dr. O'Neil",
            "Smith",
            TaskStatus.CANCELLED,
            date(2026, 3, 1),
            TaskPriority.URGENT,
        ),
    ]:
        store.tasks.add_task(
            Task(
                title=title,
                patient_id=ids[family] if family else None,
                status=status,
                due_date=due,
                priority=priority,
                completed_at=NOW if status is TaskStatus.DONE else None,
            )
        )
    yield store
    store.close()


#: The field that tells a list's rows apart in these tests.
LABEL = {
    "patients": "name",
    "medications": "name",
    "appointments": "start",
    "tasks": "title",
    "activity": "id",
    "directory": "name",
}


def _labels(store: Store, listing: str, query: ListQuery) -> list[Any]:
    rows = store.lists.list_rows(listing, query, [LABEL[listing]], 0, 1000)
    assert store.lists.list_count(listing, query) == len(rows)
    return [row[0] for row in rows]


@pytest.mark.parametrize(
    ("listing", "chosen", "expected"),
    [
        ("patients", "", {"Adams, Bob", "baker, carla", "Lee, Ann", "Smith, Ann"}),
        ("patients", "active", {"Adams, Bob", "baker, carla", "Lee, Ann", "Smith, Ann"}),
        ("patients", "discharged", {"Young, Dan", "Zhang, Eve"}),
        (
            "patients",
            "all",
            {"Adams, Bob", "baker, carla", "Lee, Ann", "Smith, Ann", "Young, Dan", "Zhang, Eve"},
        ),
        ("medications", "", {"Metformin", "warfarin", "Lisinopril", "Donepezil"}),
        ("medications", "current", {"Metformin", "warfarin", "Lisinopril", "Donepezil"}),
        ("medications", "review_due", {"Metformin", "Donepezil"}),
        ("medications", "stopped", {"Aspirin"}),
        ("medications", "all", {"Metformin", "warfarin", "Aspirin", "Lisinopril", "Donepezil"}),
        (
            "appointments",
            "",
            {"2026-03-02T09:00", "2026-03-02T11:00", "2026-03-05T14:00", "2026-03-09T11:00"},
        ),
        (
            "appointments",
            "upcoming",
            {"2026-03-02T09:00", "2026-03-02T11:00", "2026-03-05T14:00", "2026-03-09T11:00"},
        ),
        ("appointments", "past", {"2026-02-20T10:00", "2026-02-23T11:00"}),
        (
            "appointments",
            "all",
            {
                "2026-02-20T10:00",
                "2026-02-23T11:00",
                "2026-03-02T09:00",
                "2026-03-02T11:00",
                "2026-03-05T14:00",
                "2026-03-09T11:00",
            },
        ),
        (
            "tasks",
            "",
            {
                "Call pharmacy about refill",
                "Chase referral",
                "Order 50% discount supplies",
                "Review care plan",
            },
        ),
        (
            "tasks",
            "open",
            {
                "Call pharmacy about refill",
                "Chase referral",
                "Order 50% discount supplies",
                "Review care plan",
            },
        ),
        ("tasks", "overdue", {"Call pharmacy about refill"}),
        ("tasks", "done", {"Order 500 gloves"}),
        ("tasks", "cancelled", {"Book transport for Dr. O'Neil"}),
        ("directory", "resources", {"Meals on Wheels", "Homecare Plus"}),
        ("directory", "clinicians", {"Dr. Patel", "Nia Okafor"}),
        ("directory", "pharmacies", {"Riverside Pharmacy"}),
        ("directory", "family", {"Ruth Lee"}),
        (
            "tasks",
            "all",
            {
                "Call pharmacy about refill",
                "Chase referral",
                "Order 50% discount supplies",
                "Order 500 gloves",
                "Review care plan",
                "Book transport for Dr. O'Neil",
            },
        ),
    ],
)
def test_each_filter_lists_its_rows(
    listed: Store, listing: str, chosen: str, expected: set[str]
) -> None:
    labels = _labels(listed, listing, ListQuery(filter=chosen))
    assert len(labels) == len(set(labels))
    assert set(labels) == expected


def test_every_listing_and_filter_is_covered_above() -> None:
    assert set(LISTINGS) == set(LABEL)
    assert {name: set(listing.filters) for name, listing in LISTINGS.items()} == {
        "patients": {"active", "discharged", "all"},
        "medications": {"current", "review_due", "stopped", "all"},
        "appointments": {"upcoming", "past", "done", "missed", "all"},
        "tasks": {"open", "overdue", "done", "cancelled", "all"},
        "activity": {"all", "create", "change", "delete", "restore", "print", "export", "import"},
        "directory": {"all", "resources", "clinicians", "pharmacies", "family"},
    }


def test_the_activity_list_filters_by_action_newest_first(listed: Store) -> None:
    everything = ListQuery(filter="all", sort="at", descending=True)
    rows = listed.lists.list_rows(
        "activity", everything, ["action", "record_kind", "record_id"], 0, 1000
    )
    assert listed.lists.list_count("activity", everything) == len(rows) > 20
    assert {kind for action, kind, _ in rows if action == "create"} >= {
        "patient",
        "contact",
        "medication",
        "appointment",
        "task",
    }
    task_id = listed.lists.list_rows("tasks", ListQuery(filter="all"), ["id"], 0, 1)[0][0]
    kept = listed.snapshot("task", task_id)  # the fixture is shared: put the task back after
    listed.tasks.delete_task(task_id)
    listed.preferences.record_output("print", "day_sheet")
    newest = listed.lists.list_rows(
        "activity", everything, ["action", "record_kind", "record_id"], 0, 2
    )
    deleted = ListQuery(filter="delete", search="task")
    found = listed.lists.list_rows("activity", deleted, ["record_id"], 0, 10)
    listed.restore("task", task_id, kept)
    assert newest == [("print", "day_sheet", None), ("delete", "task", task_id)]
    assert found == [(task_id,)]


@pytest.mark.parametrize(
    ("listing", "search", "expected"),
    [
        ("patients", "lee", {"Lee, Ann"}),
        ("patients", "ANN", {"Lee, Ann", "Smith, Ann"}),
        ("patients", "ann lee", {"Lee, Ann"}),
        ("patients", "  lee   ann ", {"Lee, Ann"}),
        ("patients", "ann zzz", set()),
        ("patients", "n_1", {"Lee, Ann"}),  # "_" is a letter, not any one character
        ("patients", "MRN%00", set()),  # "%" is a letter, not any run of characters
        ("patients", "0202", {"Adams, Bob"}),  # phone
        ("patients", "6270", {"baker, carla"}),  # postal code
        ("medications", "lee", {"Metformin", "warfarin"}),
        ("medications", "farin", {"warfarin"}),
        ("medications", "lee met", {"Metformin"}),
        ("appointments", "patel", {"2026-03-05T14:00"}),
        (
            "appointments",
            "smith bathing",
            {"2026-02-23T11:00", "2026-03-02T11:00", "2026-03-09T11:00"},
        ),
        ("tasks", "50%", {"Order 50% discount supplies"}),
        ("tasks", "order 50", {"Order 50% discount supplies", "Order 500 gloves"}),
        ("tasks", "order", {"Order 50% discount supplies", "Order 500 gloves"}),
        ("tasks", "o'neil", {"Book transport for Dr. O'Neil"}),
        ("tasks", "lee", {"Call pharmacy about refill", "Order 500 gloves"}),
        ("tasks", "\\", set()),
        ("directory", "lunches", {"Meals on Wheels"}),
        ("directory", "bathing", {"Homecare Plus"}),
    ],
)
def test_search_narrows_by_every_word(
    listed: Store, listing: str, search: str, expected: set[str]
) -> None:
    assert set(_labels(listed, listing, ListQuery(filter="all", search=search))) == expected


def test_a_patient_filter_shows_only_that_patients_rows(listed: Store) -> None:
    [(lee, _)] = listed.patients.find_patients("lee")
    query = ListQuery(filter="all", patient_id=lee)
    assert _labels(listed, "patients", query) == ["Lee, Ann"]
    assert set(_labels(listed, "medications", query)) == {"Metformin", "warfarin"}
    assert _labels(listed, "appointments", query) == ["2026-02-20T10:00"]
    assert set(_labels(listed, "tasks", query)) == {
        "Call pharmacy about refill",
        "Order 500 gloves",
    }
    nobody = ListQuery(filter="all", patient_id=9999)
    assert all(listed.lists.list_count(name, nobody) == 0 for name in LISTINGS)


@pytest.mark.parametrize("listing", list(LISTINGS))
def test_every_field_sorts_both_ways(listed: Store, listing: str) -> None:
    fields = list(LISTINGS[listing].fields)
    total = listed.lists.list_count(listing, ListQuery(filter="all"))
    assert total >= 5
    for field in fields:
        rising = listed.lists.list_rows(
            listing, ListQuery(filter="all", sort=field), fields, 0, 100
        )
        falling = listed.lists.list_rows(
            listing, ListQuery(filter="all", sort=field, descending=True), fields, 0, 100
        )
        assert len(rising) == total, field
        # Ties are broken by the row's key in the same direction, so one is the other reversed.
        assert falling == rising[::-1], field


def _sorted_by(store: Store, listing: str, field: str, shown: str | None = None) -> list[Any]:
    rows = store.lists.list_rows(
        listing, ListQuery(filter="all", sort=field), [shown or field], 0, 100
    )
    return [row[0] for row in rows]


def test_names_sort_by_family_then_given_ignoring_case(listed: Store) -> None:
    assert _sorted_by(listed, "patients", "name") == [
        "Adams, Bob",
        "baker, carla",
        "Lee, Ann",
        "Smith, Ann",
        "Young, Dan",
        "Zhang, Eve",
    ]
    assert _sorted_by(listed, "medications", "name") == [
        "Aspirin",
        "Donepezil",
        "Lisinopril",
        "Metformin",
        "warfarin",
    ]
    assert _sorted_by(listed, "medications", "patient", "name") == [
        "Aspirin",
        "Metformin",
        "warfarin",
        "Lisinopril",
        "Donepezil",
    ]


def test_dates_sort_in_calendar_order(listed: Store) -> None:
    assert _sorted_by(listed, "patients", "birth_date") == [
        None,
        "1929-02-02",
        "1935-01-15",
        "1940-05-01",
        "1948-08-08",
        "1952-11-30",
    ]
    assert _sorted_by(listed, "medications", "next_review") == [
        None,
        "2026-01-01",
        "2026-02-20",
        "2026-03-02",
        "2026-04-01",
    ]
    starts = _sorted_by(listed, "appointments", "start")
    assert starts == sorted(starts) and len(starts) == 6
    # Tasks with a due date come first, soonest first; undated ones last.
    assert _sorted_by(listed, "tasks", "due_date") == [
        "2026-02-20",
        "2026-02-25",
        "2026-03-01",
        "2026-03-02",
        "2026-03-10",
        None,
    ]


def test_priority_sorts_asap_then_urgent_then_routine(listed: Store) -> None:
    assert _sorted_by(listed, "tasks", "priority") == [
        "asap",
        "urgent",
        "urgent",
        "routine",
        "routine",
        "routine",
    ]


def test_pages_put_together_are_the_whole_list(listed: Store) -> None:
    for listing, fields in LABEL.items():
        query = ListQuery(filter="all", sort="id")
        whole = listed.lists.list_rows(listing, query, ["id", fields], 0, 100)
        pages = [
            row
            for offset in range(0, len(whole), 2)
            for row in listed.lists.list_rows(listing, query, ["id", fields], offset, 2)
        ]
        assert pages == whole
        assert [row[0] for row in whole] == sorted(row[0] for row in whole)


def test_overdue_field_uses_the_stores_today(listed: Store) -> None:
    rows = listed.lists.list_rows(
        "tasks", ListQuery(filter="all", sort="title"), ["title", "overdue"], 0, 100
    )
    assert {title for title, overdue in rows if overdue} == {"Call pharmacy about refill"}


def test_find_patients_matches_name_phone_and_id_across_every_status(listed: Store) -> None:
    assert [name for _, name in listed.patients.find_patients("ann")] == [
        "Lee, Ann (born 1940-05-01)",
        "Smith, Ann (born 1935-01-15)",
    ]
    assert [name for _, name in listed.patients.find_patients("young")] == [
        "Young, Dan (born 1948-08-08)"
    ]
    assert [name for _, name in listed.patients.find_patients("555-0202")] == [
        "Adams, Bob (born 1952-11-30)"
    ]
    assert [name for _, name in listed.patients.find_patients("MRN_1")] == [
        "Lee, Ann (born 1940-05-01)"
    ]
    assert [name for _, name in listed.patients.find_patients("carla")] == ["baker, carla"]
    assert len(listed.patients.find_patients("", limit=3)) == 3
    assert listed.patients.find_patients("%") == []
    [(patient_id, _)] = listed.patients.find_patients("zhang")
    patient = listed.patients.patient(patient_id)
    assert patient is not None and patient.family == "Zhang"


# -- the audit trail -----------------------------------------------------------------------------


def test_every_create_is_audited_without_clinical_text(store: Store) -> None:
    secrets = [
        "Margaret",
        "Olsen",
        "555-0142",
        "12 Elm St",
        "Key safe 4821",
        "Dementia",
        "Penicillin",
        "hives",
        "Warfarin",
        "5 mg",
        "Home visit for INR",
        "Check INR",
        "Fall prevention",
        "Wandered at night",
        "Dr. Patel",
        "DNR on file",
    ]
    patient = store.patients.add_patient(
        Patient(
            given="Margaret",
            family="Olsen",
            phone="555-0142",
            address_line="12 Elm St",
            access_notes="Key safe 4821",
            notes="DNR on file",
        )
    )
    assert patient.id is not None
    pid = patient.id
    contact = store.contacts.add_contact(Contact(name="Dr. Patel", role=ContactRole.PHYSICIAN))
    assert contact.id is not None
    store.contacts.add_to_care_team(
        CareTeamMember(patient_id=pid, contact_id=contact.id, role=ContactRole.PHYSICIAN)
    )
    condition = store.patients.add_condition(Condition(patient_id=pid, description="Dementia"))
    allergy = store.patients.add_allergy(
        Allergy(patient_id=pid, substance="Penicillin", reaction="hives")
    )
    medication = store.medications.add_medication(
        Medication(patient_id=pid, name="Warfarin", dose="5 mg")
    )
    appointment = _series(store, pid, datetime(2026, 3, 3, 9, 0), purpose="Home visit for INR")
    task = store.tasks.add_task(Task(patient_id=pid, title="Check INR"))
    plan = store.care_plans.add_care_plan(CarePlan(patient_id=pid, title="Fall prevention"))
    note = store.patients.add_note(Note(patient_id=pid, written_at=NOW, text="Wandered at night"))
    log = store.conn.execute(
        "SELECT action, record_kind, record_id FROM audit_log ORDER BY id"
    ).fetchall()
    assert log == [
        ("create", "patient", pid),
        ("create", "contact", contact.id),
        ("create", "care_team_member", pid),
        ("create", "condition", condition.id),
        ("create", "allergy", allergy.id),
        ("create", "medication", medication.id),
        ("create", "appointment", appointment.id),
        ("create", "task", task.id),
        ("create", "care_plan", plan.id),
        ("create", "note", note.id),
    ]
    text = " ".join(
        str(value) for row in store.conn.execute("SELECT * FROM audit_log") for value in row
    ).lower()
    assert [secret for secret in secrets if secret.lower() in text] == []


def test_a_load_is_audited_as_one_import_without_names(store: Store) -> None:
    store.load(
        CaseloadBundle(
            patients=[
                Patient(id=1, given="Margaret", family="Olsen"),
                Patient(id=2, given="Ann", family="Lee"),
            ]
        )
    )
    rows = store.conn.execute("SELECT action, record_kind, summary FROM audit_log").fetchall()
    assert rows == [("import", "caseload", "2 patients")]


def test_appointment_status_filters_and_date_ranges(store: Store) -> None:
    pid = _patient(store)
    series = _series(store, pid, datetime(2026, 3, 2, 9, 0), "FREQ=WEEKLY;COUNT=4")
    assert series.id is not None
    store.appointments.set_visit_status(
        series.id, datetime(2026, 3, 2, 9, 0), AppointmentStatus.DONE
    )
    store.appointments.set_visit_status(
        series.id, datetime(2026, 3, 9, 9, 0), AppointmentStatus.NO_SHOW
    )
    store.appointments.cancel_appointment(series.id, Scope.THIS, datetime(2026, 3, 16, 9, 0))

    def starts(query: ListQuery) -> list[str]:
        rows = store.lists.list_rows("appointments", query, ["start"], 0, 100)
        assert store.lists.list_count("appointments", query) == len(rows)
        return [row[0] for row in rows]

    assert starts(ListQuery(filter="done")) == ["2026-03-02T09:00"]
    assert starts(ListQuery(filter="missed")) == ["2026-03-09T09:00", "2026-03-16T09:00"]
    assert starts(
        ListQuery(filter="all", date_from=date(2026, 3, 9), date_to=date(2026, 3, 16))
    ) == ["2026-03-09T09:00", "2026-03-16T09:00"]
    assert starts(ListQuery(filter="all", date_to=date(2026, 3, 2))) == ["2026-03-02T09:00"]


def test_task_date_ranges_include_both_ends(listed: Store) -> None:
    query = ListQuery(filter="all", date_from=date(2026, 2, 25), date_to=date(2026, 3, 1))
    assert set(_labels(listed, "tasks", query)) == {
        "Call pharmacy about refill",
        "Book transport for Dr. O'Neil",
    }


def test_preferences_round_trip_and_refuse_what_cannot_be_printed(tmp_path: Path) -> None:
    from carebook.core.records import Preferences
    from carebook.core.vocabularies import Paper

    store = Store.open(tmp_path / "caseload.sqlite3")
    assert store.preferences.preferences() == Preferences()
    store.preferences.set_preferences(Preferences(coordinator_name="  Ann Smith ", paper=Paper.A4))
    store.close()
    store = Store.open(tmp_path / "caseload.sqlite3")  # kept in the file
    assert store.preferences.preferences() == Preferences(
        coordinator_name="Ann Smith", paper=Paper.A4
    )
    for bad in ("A" * 81, "Ann\tSmith"):
        with pytest.raises(ValidationError) as refused:
            store.preferences.set_preferences(Preferences(coordinator_name=bad))
        assert refused.value.field == "coordinator_name"
    assert store.preferences.preferences().coordinator_name == "Ann Smith"
    store.conn.execute("UPDATE meta SET value = 'a3' WHERE key = 'preference.paper'")
    assert (
        store.preferences.preferences().paper is None
    )  # a paper from a newer carebook: the locale's
    store.close()
