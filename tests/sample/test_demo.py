"""The demo caseload: the same for a seed, realistic enough to try every screen, safe to load."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from carebook.core import recurrence
from carebook.core.dates import age_on
from carebook.core.records import MedicationEvent, Patient
from carebook.core.views import CaseloadBundle, ListQuery
from carebook.core.vocabularies import (
    AppointmentKind,
    MedicationEventKind,
    MedicationStatus,
    PatientStatus,
)
from carebook.sample.demo import ID_TABLES, NotEmptyError, build_caseload, fill
from carebook.store.caseload import Store

TODAY = date(2026, 3, 10)  # a Tuesday
NOW = datetime(2026, 3, 10, 7, 30)


def _open(path: Path) -> Store:
    return Store.open(path, clock=lambda: NOW)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = _open(tmp_path / "caseload.carebook")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A caseload holding the default demo (40 patients, seed 1), shared by read-only tests."""
    opened = _open(tmp_path_factory.mktemp("demo") / "demo.carebook")
    fill(opened)
    yield opened
    opened.close()


# -- the bundle itself ---------------------------------------------------------------------------


def test_same_seed_builds_the_same_caseload() -> None:
    assert build_caseload(15, 7, TODAY) == build_caseload(15, 7, TODAY)


def test_another_seed_builds_another_caseload() -> None:
    first, second = build_caseload(15, 7, TODAY), build_caseload(15, 8, TODAY)
    assert first != second
    assert [p.display_name for p in first.patients] != [p.display_name for p in second.patients]


def test_no_patients_is_an_empty_bundle_and_a_negative_number_is_refused() -> None:
    assert build_caseload(0, 1, TODAY) == CaseloadBundle()
    with pytest.raises(ValueError, match="negative"):
        build_caseload(-1, 1, TODAY)


def test_ids_start_where_asked_and_references_stay_linked() -> None:
    start = {table: 1000 * (number + 1) for number, table in enumerate(ID_TABLES)}
    bundle = build_caseload(6, 3, TODAY, id_start=start)
    assert min(p.id or 0 for p in bundle.patients) == start["patient"]
    assert min(c.id or 0 for c in bundle.contacts) == start["contact"]
    patients = {p.id for p in bundle.patients}
    contacts = {c.id for c in bundle.contacts}
    conditions = {c.id for c in bundle.conditions}
    appointments = {a.id for a in bundle.appointments}
    assert {m.patient_id for m in bundle.care_team} <= patients
    assert {m.contact_id for m in bundle.care_team} <= contacts
    assert {m.prescriber_id for m in bundle.medications} <= contacts
    assert {e.medication_id for e in bundle.medication_events} <= {m.id for m in bundle.medications}
    assert {p.condition_id for p in bundle.problems} - {None} <= conditions
    assert {n.appointment_id for n in bundle.notes} - {None} <= appointments
    assert {c.appointment_id for c in bundle.occurrence_changes} <= appointments


def test_medication_histories_read_in_order() -> None:
    bundle = build_caseload(60, 4, TODAY)
    history: dict[int | None, list[MedicationEvent]] = {}
    for event in bundle.medication_events:
        history.setdefault(event.medication_id, []).append(event)
    changed = 0
    for medication in bundle.medications:
        events = history[medication.id]
        assert medication.start_date is not None
        assert events[0].kind is MedicationEventKind.STARTED
        assert events[0].on_date == medication.start_date
        assert all(medication.start_date <= e.on_date <= TODAY for e in events)
        if medication.status is MedicationStatus.STOPPED:
            assert events[-1].kind is MedicationEventKind.STOPPED
            assert events[-1].on_date == medication.end_date
        if medication.status is MedicationStatus.ON_HOLD:
            assert events[-1].kind is MedicationEventKind.ON_HOLD
        dose_changes = [e for e in events if e.kind is MedicationEventKind.DOSE_CHANGED]
        for change in dose_changes:
            # The medicine started on another dose than the one it is on now.
            assert (
                events[0].detail != f"{medication.strength} {medication.dose}"
                f" {medication.route} {medication.frequency}"
            )
            assert change.detail and change.reason
        changed += bool(dose_changes)
    assert changed


def test_every_occurrence_change_names_a_real_occurrence_of_its_series() -> None:
    # A change whose original start is not one of the series' starts would silently do nothing.
    bundle = build_caseload(40, 1, TODAY)
    series = {a.id: a for a in bundle.appointments if a.rrule}
    assert bundle.occurrence_changes
    until = datetime.combine(TODAY + timedelta(days=400), datetime.min.time())
    starts = {key: set(recurrence.starts(a, until)) for key, a in series.items()}
    for change in bundle.occurrence_changes:
        assert change.original_start in starts[change.appointment_id]


# -- what a fill lands in the caseload -----------------------------------------------------------


def test_fill_loads_every_record_of_the_bundle(filled: Store) -> None:
    bundle = build_caseload(40, 1, TODAY)
    counts = filled.counts()
    assert (
        counts.patients,
        counts.contacts,
        counts.medications,
        counts.appointments,
        counts.tasks,
        counts.care_plans,
    ) == (
        40,
        len(bundle.contacts),
        len(bundle.medications),
        len(bundle.appointments),
        len(bundle.tasks),
        len(bundle.care_plans),
    )
    assert counts.occurrences > 40 * 20  # weekly visits laid out months ahead


def test_most_patients_are_over_65(filled: Store) -> None:
    rows = filled.lists.list_rows(
        "patients", ListQuery(filter="all"), ["birth_date", "status"], 0, 100
    )
    ages = [age_on(date.fromisoformat(born), TODAY) or 0 for born, _ in rows]
    assert len(ages) == 40
    assert sum(age >= 65 for age in ages) >= 0.75 * len(ages)
    assert all(40 <= age <= 100 for age in ages)
    assert sum(status == PatientStatus.ACTIVE for _, status in rows) >= 0.7 * len(rows)


def test_medications_include_as_needed_and_stopped_with_their_history(filled: Store) -> None:
    rows = filled.lists.list_rows(
        "medications", ListQuery(filter="all"), ["id", "patient_id", "as_needed", "status"], 0, 1000
    )
    as_needed = [row for row in rows if row[2]]
    stopped = [row for row in rows if row[3] == MedicationStatus.STOPPED]
    assert as_needed and stopped
    medication = next(
        m for m in filled.medications.medications(stopped[0][1]) if m.id == stopped[0][0]
    )
    assert medication.end_date and medication.stop_reason
    kinds = [event.kind for event in filled.medications.medication_history(stopped[0][0])]
    assert kinds[0] is MedicationEventKind.STARTED
    assert kinds[-1] is MedicationEventKind.STOPPED
    prn = next(
        m for m in filled.medications.medications(as_needed[0][1]) if m.id == as_needed[0][0]
    )
    assert prn.as_needed_reason and prn.max_per_day


def test_home_visits_repeat_weekly_and_fortnightly(filled: Store) -> None:
    rules = {
        rule
        for (rule,) in filled.lists.list_rows(
            "appointments", ListQuery(filter="all"), ["repeats"], 0, 100_000
        )
        if rule
    }
    assert any("FREQ=WEEKLY;BYDAY=" in rule for rule in rules)
    assert any("FREQ=WEEKLY;INTERVAL=2;BYDAY=" in rule for rule in rules)
    assert all("UNTIL=" in rule for rule in rules)


def test_some_open_tasks_are_overdue(filled: Store) -> None:
    tasks = filled.tasks.agenda_tasks(TODAY)
    assert any(task.overdue for task in tasks)


def test_weekdays_have_visits_and_weekends_none(filled: Store) -> None:
    for offset in range(7):
        day = TODAY + timedelta(days=offset)
        visits = filled.visits.visits_on(day)
        if day.weekday() >= 5:
            assert visits == []
            continue
        assert visits, f"no visits on {day}"
        assert any(v.kind is AppointmentKind.HOME_VISIT and v.recurring for v in visits)
        assert [v.start for v in visits] == sorted(v.start for v in visits)
        assert all(v.address and v.phone for v in visits)


# -- refusing, and adding with force -------------------------------------------------------------


def test_fill_refuses_a_caseload_that_holds_records(store: Store) -> None:
    store.patients.add_patient(Patient(given="Ada", family="Lovelace"))
    before = store.counts()
    with pytest.raises(NotEmptyError, match=r"already has 1 patient\b.*--force"):
        fill(store)
    assert store.counts() == before


def test_force_adds_beside_what_is_there(store: Store) -> None:
    fill(store, patients=5, seed=1)
    before = store.counts()
    first = store.patients.patient(1)
    after = fill(store, patients=5, seed=2, force=True)
    added = build_caseload(5, 2, TODAY)
    assert after.patients == before.patients + 5
    assert after.contacts == before.contacts + len(added.contacts)
    assert after.medications == before.medications + len(added.medications)
    assert store.patients.patient(1) == first
    newest = max(store.patients.find_patients("", limit=100))[0]
    assert [contact.id for _, contact in store.contacts.care_team(newest)]
    assert all(
        (contact.id or 0) > before.contacts for _, contact in store.contacts.care_team(newest)
    )


def test_every_sample_record_would_pass_its_form() -> None:
    # A coordinator who opens a sample record and presses Save must not meet a refusal.
    from carebook.core.validation import (
        validate_appointment,
        validate_medication,
        validate_patient,
        validate_task,
    )

    today = date(2026, 11, 24)
    bundle = build_caseload(300, 2, today)
    for patient in bundle.patients:
        validate_patient(patient, today)
    for medication in bundle.medications:
        validate_medication(medication)
    for task in bundle.tasks:
        validate_task(task)
    for appointment in bundle.appointments:
        validate_appointment(appointment)
