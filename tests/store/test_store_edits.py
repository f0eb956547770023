"""Editing, status changes, deletion and undo in the store: what lands in the caseload file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from carebook.core.errors import ValidationError
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
    Note,
    Patient,
    Problem,
    Task,
)
from carebook.core.views import CaseloadBundle, ListQuery
from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    ConditionStatus,
    ContactRole,
    MedicationEventKind,
    MedicationStatus,
    NoteKind,
    PatientStatus,
    Sex,
    TaskPriority,
    TaskStatus,
    Transport,
)
from carebook.storage.snapshots import Snapshot
from carebook.store.caseload import Scope, Store

#: A Monday morning; every test runs on this clock, never on the real date.
NOW = datetime(2026, 3, 2, 7, 30)
TODAY = NOW.date()

#: A weekly series of eight visits, Tuesdays at nine, starting the day after NOW.
FIRST = datetime(2026, 3, 3, 9, 0)
VISITS = [FIRST + timedelta(weeks=n) for n in range(8)]


def _clock() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=_clock)
    yield store
    store.close()


# -- helpers -------------------------------------------------------------------------------------


def _count(store: Store, table: str, where: str = "1", params: tuple[Any, ...] = ()) -> int:
    return int(
        store.conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
    )


def _row(store: Store, table: str, record_id: int | None) -> dict[str, Any]:
    cursor = store.conn.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    assert row is not None, f"{table} {record_id} is missing"
    return dict(zip(names, row, strict=True))


def _patient(store: Store, given: str = "Ann", family: str = "Lee", **fields: Any) -> int:
    patient = store.patients.add_patient(Patient(given=given, family=family, **fields))
    assert patient.id is not None
    return patient.id


def _series(
    store: Store,
    patient_id: int,
    start: datetime = FIRST,
    rule: str = "FREQ=WEEKLY;COUNT=8",
    **fields: Any,
) -> Appointment:
    return store.appointments.add_appointment(
        Appointment(patient_id=patient_id, start=start, rrule=rule, **fields)
    )


def _visits(store: Store, appointment_id: int | None) -> list[tuple[datetime, str]]:
    """The laid-out visits of one appointment: (start, status), in time order."""
    return [
        (datetime.fromisoformat(start), status)
        for start, status in store.conn.execute(
            "SELECT start, status FROM occurrence WHERE appointment_id = ? ORDER BY start",
            [appointment_id],
        )
    ]


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, except the activity log (which only grows) and the
    quick switcher's index (brought up to date at the next search, not by the change).

    Occurrences are laid out afresh after an undo, so their row ids are left out; every other
    column of every occurrence is compared.
    """
    tables = [
        name
        for (name,) in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name <> 'audit_log' AND name NOT LIKE 'quick_find%' ORDER BY name"
        )
    ]
    dump: dict[str, list[tuple[Any, ...]]] = {}
    for table in tables:
        cursor = store.conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        keep = [i for i, name in enumerate(names) if not (table == "occurrence" and name == "id")]
        dump[table] = sorted((tuple(row[i] for i in keep) for row in cursor.fetchall()), key=repr)
    return dump


def _need_id(record: Any) -> int:
    assert record.id is not None
    return int(record.id)


class Caseload:
    """Two patients with something in every table; the ids of what belongs to the first."""

    def __init__(self, store: Store) -> None:
        self.patient = _patient(
            store,
            "Margaret",
            "Olsen",
            preferred_name="Peggy",
            birth_date=date(1938, 7, 14),
            address_line="12 Elm St",
            city="Springfield",
        )
        self.other = _patient(store, "Bob", "Adams")
        self.doctor = _need_id(
            store.contacts.add_contact(
                Contact(name="Dr. Patel", role=ContactRole.PHYSICIAN, phone="555-0100")
            )
        )
        self.pharmacy = _need_id(
            store.contacts.add_contact(Contact(name="Main St Pharmacy", role=ContactRole.PHARMACY))
        )
        self.daughter = _need_id(
            store.contacts.add_contact(Contact(name="Liv Olsen", role=ContactRole.CAREGIVER))
        )
        for contact, role in [
            (self.doctor, ContactRole.PHYSICIAN),
            (self.daughter, ContactRole.CAREGIVER),
            (self.daughter, ContactRole.EMERGENCY_CONTACT),
        ]:
            store.contacts.add_to_care_team(
                CareTeamMember(
                    patient_id=self.patient, contact_id=contact, role=role, is_emergency=True
                )
            )
        store.contacts.add_to_care_team(
            CareTeamMember(
                patient_id=self.other, contact_id=self.doctor, role=ContactRole.PHYSICIAN
            )
        )
        self.condition = _need_id(
            store.patients.add_condition(
                Condition(
                    patient_id=self.patient,
                    description="Type 2 diabetes",
                    code="E11",
                    onset_date=date(2015, 4, 1),
                )
            )
        )
        self.allergy = _need_id(
            store.patients.add_allergy(
                Allergy(
                    patient_id=self.patient,
                    substance="Penicillin",
                    reaction="hives",
                    severity=AllergySeverity.MODERATE,
                )
            )
        )
        self.medication = _need_id(
            store.medications.add_medication(
                Medication(
                    patient_id=self.patient,
                    name="Metformin",
                    strength="500 mg",
                    dose="1 tablet",
                    route="oral",
                    frequency="twice daily",
                    prescriber_id=self.doctor,
                    pharmacy_id=self.pharmacy,
                    start_date=date(2025, 1, 10),
                )
            )
        )
        store.medications.update_medication(
            replace(_get(store.medications.medication(self.medication)), dose="2 tablets"),
            reason="HbA1c up",
        )
        self.other_medication = _need_id(
            store.medications.add_medication(
                Medication(patient_id=self.other, name="Aspirin", prescriber_id=self.doctor)
            )
        )
        series = _series(store, self.patient, contact_id=self.doctor, purpose="Wound check")
        self.series = _need_id(series)
        store.appointments.set_visit_status(self.series, VISITS[1], AppointmentStatus.DONE)
        store.appointments.update_appointment(
            replace(series, start=VISITS[2] + timedelta(hours=5)), Scope.THIS, VISITS[2]
        )
        self.single = _need_id(
            _series(
                store, self.patient, datetime(2026, 3, 5, 14, 0), "", kind=AppointmentKind.PHYSICIAN
            )
        )
        self.other_series = _need_id(
            _series(
                store,
                self.other,
                datetime(2026, 3, 4, 10, 0),
                "FREQ=WEEKLY",
                contact_id=self.doctor,
            )
        )
        self.task = _need_id(
            store.tasks.add_task(
                Task(
                    patient_id=self.patient,
                    title="Call pharmacy",
                    due_date=TODAY,
                    rrule="FREQ=WEEKLY",
                )
            )
        )
        self.other_task = _need_id(store.tasks.add_task(Task(title="Order gloves", due_date=TODAY)))
        self.note = _need_id(
            store.patients.add_note(
                Note(
                    patient_id=self.patient,
                    written_at=NOW,
                    kind=NoteKind.VISIT,
                    text="Wound healing",
                    appointment_id=self.series,
                )
            )
        )
        self.plan = _need_id(
            store.care_plans.add_care_plan(
                CarePlan(patient_id=self.patient, title="Stay at home safely")
            )
        )
        ids = store.next_ids()
        self.problem, self.goal = ids["problem"], ids["goal"]
        self.intervention, self.review = ids["intervention"], ids["care_plan_review"]
        store.load(
            CaseloadBundle(
                problems=[
                    Problem(
                        id=self.problem,
                        care_plan_id=self.plan,
                        description="Falls",
                        condition_id=self.condition,
                    )
                ],
                goals=[
                    Goal(
                        id=self.goal,
                        care_plan_id=self.plan,
                        problem_id=self.problem,
                        description="No falls",
                        due_date=date(2026, 6, 1),
                    )
                ],
                interventions=[
                    Intervention(
                        id=self.intervention,
                        care_plan_id=self.plan,
                        goal_id=self.goal,
                        description="Physio",
                        contact_id=self.doctor,
                    )
                ],
                care_plan_reviews=[
                    CarePlanReview(
                        id=self.review,
                        care_plan_id=self.plan,
                        on_date=date(2026, 2, 1),
                        outcome="Stable",
                    )
                ],
            )
        )


def _get(record: Any) -> Any:
    assert record is not None
    return record


#: Tables with a patient_id column, and tables reached through another record.
PATIENT_TABLES = (
    "care_team_member",
    "condition",
    "allergy",
    "medication",
    "appointment",
    "occurrence",
    "task",
    "care_plan",
    "note",
)


# -- patients ------------------------------------------------------------------------------------


def test_update_patient_persists_every_field(store: Store) -> None:
    patient_id = _patient(store, "Ann", "Lee")
    edited = Patient(
        id=patient_id,
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
        notes="Prefers mornings",
    )
    store.patients.update_patient(edited)
    assert store.patients.patient(patient_id) == edited
    row = _row(store, "patient", patient_id)
    assert (row["birth_date"], row["sex"], row["status"], row["lat"]) == (
        "1938-07-14",
        "female",
        "on_hold",
        39.78,
    )
    # Clearing fields is an edit too.
    cleared = Patient(id=patient_id, family="Olsen")
    store.patients.update_patient(cleared)
    assert store.patients.patient(patient_id) == cleared
    assert _count(store, "patient") == 1


def test_an_edit_that_cannot_be_saved_changes_nothing(store: Store) -> None:
    patient_id = _patient(store, "Ann", "Lee", phone="555-0101")
    before = _dump(store)
    for bad, field in [
        (Patient(id=patient_id), "given"),
        (Patient(id=patient_id, given="Ann", email="ann.example.org"), "email"),
        (Patient(id=patient_id, given="Ann", birth_date=TODAY + timedelta(1)), "birth_date"),
        (Patient(id=patient_id, given="Ann", phone="5" * 301), "phone"),
    ]:
        with pytest.raises(ValidationError) as refused:
            store.patients.update_patient(bad)
        assert refused.value.field == field
    assert _dump(store) == before
    with pytest.raises(LookupError):
        store.patients.update_patient(Patient(id=patient_id + 1, given="Nobody"))


def test_discharging_hides_a_patient_from_the_active_list_and_reactivating_brings_them_back(
    store: Store,
) -> None:
    patient_id = _patient(store, "Ann", "Lee")
    _patient(store, "Bob", "Adams")

    def listed(which: str) -> set[str]:
        query = ListQuery(filter=which)
        rows = store.lists.list_rows("patients", query, ["name"], 0, 100)
        assert store.lists.list_count("patients", query) == len(rows)
        return {name for (name,) in rows}

    assert listed("active") == {"Lee, Ann", "Adams, Bob"}
    store.patients.set_patient_status(patient_id, PatientStatus.DISCHARGED)
    assert _row(store, "patient", patient_id)["status"] == "discharged"
    assert listed("active") == {"Adams, Bob"}
    assert listed("discharged") == {"Lee, Ann"}
    assert store.lists.list_count("patients", ListQuery(filter="active")) == 1
    assert store.lists.list_count("patients", ListQuery(filter="discharged")) == 1
    store.patients.set_patient_status(patient_id, PatientStatus.ON_HOLD)
    assert listed("active") == {"Lee, Ann", "Adams, Bob"}
    store.patients.set_patient_status(patient_id, PatientStatus.DECEASED)
    assert listed("discharged") == {"Lee, Ann"}
    store.patients.set_patient_status(patient_id, PatientStatus.ACTIVE)
    assert listed("active") == {"Lee, Ann", "Adams, Bob"}
    assert listed("discharged") == set()
    # Only the status changed.
    assert store.patients.patient(patient_id) == Patient(id=patient_id, given="Ann", family="Lee")


def test_undoing_a_discharge_puts_the_patient_back_on_the_active_list(store: Store) -> None:
    patient_id = _patient(store, "Ann", "Lee")
    before = store.snapshot("patient", patient_id)
    store.patients.set_patient_status(patient_id, PatientStatus.DISCHARGED)
    assert store.lists.list_count("patients", ListQuery(filter="active")) == 0
    store.restore("patient", patient_id, before)
    assert store.lists.list_count("patients", ListQuery(filter="active")) == 1
    assert store.lists.list_count("patients", ListQuery(filter="discharged")) == 0


def test_delete_patient_removes_everything_recorded_for_them(store: Store) -> None:
    case = Caseload(store)
    others_before = {
        table: _count(store, table, "patient_id = ?", (case.other,)) for table in PATIENT_TABLES
    }
    assert all(_count(store, table, "patient_id = ?", (case.patient,)) for table in PATIENT_TABLES)
    store.patients.delete_patient(case.patient)
    assert store.patients.patient(case.patient) is None
    for table in PATIENT_TABLES:
        assert _count(store, table, "patient_id = ?", (case.patient,)) == 0, table
    assert _count(store, "medication_event", "medication_id = ?", (case.medication,)) == 0
    assert _count(store, "appointment_change", "appointment_id = ?", (case.series,)) == 0
    for table in ("problem", "goal", "intervention", "care_plan_review"):
        assert _count(store, table, "care_plan_id = ?", (case.plan,)) == 0, table
    # The other patient, the shared directory and the task without a patient stay.
    assert {
        table: _count(store, table, "patient_id = ?", (case.other,)) for table in PATIENT_TABLES
    } == others_before
    assert _count(store, "contact") == 3
    assert store.tasks.task(case.other_task) is not None
    assert _get(store.medications.medication(case.other_medication)).prescriber_id == case.doctor
    with pytest.raises(LookupError):
        store.patients.delete_patient(case.patient)


def test_undoing_a_patient_deletion_brings_every_row_back_identical(store: Store) -> None:
    case = Caseload(store)
    before = _dump(store)
    snapshot = store.snapshot("patient", case.patient)
    assert snapshot is not None
    store.patients.delete_patient(case.patient)
    after_delete = _dump(store)
    assert after_delete != before
    store.restore("patient", case.patient, snapshot)
    assert _dump(store) == before
    # What the coordinator sees is back too: the done mark, the moved visit, the note's link.
    statuses = dict(_visits(store, case.series))
    assert statuses[VISITS[1]] == "done"
    assert statuses[VISITS[2] + timedelta(hours=5)] == "booked"
    assert VISITS[2] not in statuses
    assert _row(store, "note", case.note)["appointment_id"] == case.series
    assert [member.contact_id for member, _ in store.contacts.care_team(case.patient)] == [
        case.daughter,
        case.daughter,
        case.doctor,
    ]
    # And redo deletes it all again.
    store.restore("patient", case.patient, None)
    assert _dump(store) == after_delete


def test_undoing_a_contact_deletion_puts_back_every_link_the_deletion_cleared(store: Store) -> None:
    case = Caseload(store)
    before = _dump(store)
    snapshot = store.snapshot("contact", case.doctor)
    store.contacts.delete_contact(case.doctor)
    assert store.contacts.contact(case.doctor) is None
    assert _get(store.medications.medication(case.medication)).prescriber_id is None
    assert _get(store.medications.medication(case.other_medication)).prescriber_id is None
    assert _row(store, "appointment", case.series)["contact_id"] is None
    assert _row(store, "intervention", case.intervention)["contact_id"] is None
    assert _count(store, "care_team_member", "contact_id = ?", (case.doctor,)) == 0
    store.restore("contact", case.doctor, snapshot)
    assert _dump(store) == before
    assert _get(store.medications.medication(case.medication)).prescriber_id == case.doctor
    assert _get(store.medications.medication(case.other_medication)).prescriber_id == case.doctor
    assert _row(store, "appointment", case.other_series)["contact_id"] == case.doctor


def test_undoing_a_condition_deletion_relinks_the_care_plan_problem(store: Store) -> None:
    case = Caseload(store)
    before = _dump(store)
    snapshot = store.snapshot("condition", case.condition)
    store.patients.delete_condition(case.condition)
    assert _row(store, "problem", case.problem)["condition_id"] is None
    store.restore("condition", case.condition, snapshot)
    assert _dump(store) == before


# -- undo and redo in general --------------------------------------------------------------------

Roots = list[tuple[str, int]]


def _edit_patient(store: Store, case: Caseload) -> Roots:
    store.patients.update_patient(
        replace(
            _get(store.patients.patient(case.patient)),
            given="Peggy",
            phone="555-0199",
            status=PatientStatus.ON_HOLD,
        )
    )
    return []


def _discharge(store: Store, case: Caseload) -> Roots:
    store.patients.set_patient_status(case.patient, PatientStatus.DISCHARGED)
    return []


def _change_dose(store: Store, case: Caseload) -> Roots:
    store.medications.update_medication(
        replace(_get(store.medications.medication(case.medication)), dose="3 tablets"),
        reason="Still high",
    )
    return []


def _stop(store: Store, case: Caseload) -> Roots:
    store.medications.stop_medication(case.medication, "Kidney function")
    return []


def _complete_repeating(store: Store, case: Caseload) -> Roots:
    following = store.tasks.complete_task(case.task)
    return [("task", _need_id(following))]


def _split_series(store: Store, case: Caseload) -> Roots:
    series = _get(store.appointments.appointment(case.series))
    ids = store.appointments.update_appointment(
        replace(series, start=VISITS[4].replace(hour=14)), Scope.FOLLOWING, VISITS[4]
    )
    return [("appointment", ids[1])]


def _detach_visit(store: Store, case: Caseload) -> Roots:
    series = _get(store.appointments.appointment(case.series))
    ids = store.appointments.update_appointment(
        replace(series, start=VISITS[5], purpose="Dressing change"), Scope.THIS, VISITS[5]
    )
    return [("appointment", ids[1])]


def _move_whole_series(store: Store, case: Caseload) -> Roots:
    series = _get(store.appointments.appointment(case.series))
    store.appointments.update_appointment(
        replace(series, start=FIRST.replace(hour=11)), Scope.SERIES
    )
    return []


def _cancel_following(store: Store, case: Caseload) -> Roots:
    store.appointments.cancel_appointment(case.series, Scope.FOLLOWING, VISITS[3])
    return []


def _mark_done(store: Store, case: Caseload) -> Roots:
    store.appointments.set_visit_status(case.series, VISITS[0], AppointmentStatus.DONE)
    return []


def _add_task(store: Store, case: Caseload) -> Roots:
    task = store.tasks.add_task(
        Task(patient_id=case.patient, title="Chase referral", due_date=TODAY)
    )
    return [("task", _need_id(task))]


def _add_medication(store: Store, case: Caseload) -> Roots:
    medication = store.medications.add_medication(
        Medication(patient_id=case.patient, name="Insulin")
    )
    return [("medication", _need_id(medication))]


def _add_series(store: Store, case: Caseload) -> Roots:
    appointment = _series(store, case.patient, datetime(2026, 3, 6, 9, 0), "FREQ=DAILY")
    return [("appointment", _need_id(appointment))]


def _delete_medication(store: Store, case: Caseload) -> Roots:
    store.medications.delete_medication(case.medication)
    return []


def _delete_series(store: Store, case: Caseload) -> Roots:
    store.appointments.delete_appointment(case.series)
    return []


def _delete_contact(store: Store, case: Caseload) -> Roots:
    store.contacts.delete_contact(case.doctor)
    return []


#: Each action: what it does, and which existing record it touches (table, Caseload attribute).
ACTIONS: list[tuple[Callable[[Store, Caseload], Roots], str, str]] = [
    (_edit_patient, "patient", "patient"),
    (_discharge, "patient", "patient"),
    (_change_dose, "medication", "medication"),
    (_stop, "medication", "medication"),
    (_complete_repeating, "task", "task"),
    (_split_series, "appointment", "series"),
    (_detach_visit, "appointment", "series"),
    (_move_whole_series, "appointment", "series"),
    (_cancel_following, "appointment", "series"),
    (_mark_done, "appointment", "series"),
    (_add_task, "patient", "other"),
    (_add_medication, "patient", "other"),
    (_add_series, "patient", "other"),
    (_delete_medication, "medication", "medication"),
    (_delete_series, "appointment", "series"),
    (_delete_contact, "contact", "doctor"),
]


@pytest.mark.parametrize(
    ("action", "table", "attribute"),
    ACTIONS,
    ids=[action.__name__.strip("_") for action, _, _ in ACTIONS],
)
def test_undo_gives_back_the_exact_prior_caseload_and_redo_the_changed_one(
    store: Store, action: Callable[[Store, Caseload], Roots], table: str, attribute: str
) -> None:
    case = Caseload(store)
    touched = (table, int(getattr(case, attribute)))
    original = _dump(store)
    before: dict[tuple[str, int], Snapshot | None] = {touched: store.snapshot(*touched)}
    created = action(store, case)
    changed = _dump(store)
    assert changed != original
    roots = [touched, *created]
    for root in created:
        before[root] = None
    after = {root: store.snapshot(*root) for root in roots}
    for _ in range(2):
        store.restore_all(
            [(name, record_id, before[(name, record_id)]) for name, record_id in roots]
        )
        assert _dump(store) == original
        store.restore_all(
            [(name, record_id, after[(name, record_id)]) for name, record_id in roots]
        )
        assert _dump(store) == changed


def test_undoing_a_creation_alone_removes_it(store: Store) -> None:
    patient_id = _patient(store)
    original = _dump(store)
    task = store.tasks.add_task(Task(patient_id=patient_id, title="Weigh", due_date=TODAY))
    after = store.snapshot("task", _need_id(task))
    store.restore("task", _need_id(task), None)
    assert _dump(store) == original
    assert store.tasks.task(_need_id(task)) is None
    store.restore("task", _need_id(task), after)
    assert store.tasks.task(_need_id(task)) == task


def test_a_restore_is_in_the_activity_log(store: Store) -> None:
    patient_id = _patient(store)
    snapshot = store.snapshot("patient", patient_id)
    store.patients.delete_patient(patient_id)
    store.restore("patient", patient_id, snapshot)
    assert store.conn.execute(
        "SELECT action, record_kind, record_id FROM audit_log ORDER BY id"
    ).fetchall() == [
        ("create", "patient", patient_id),
        ("delete", "patient", patient_id),
        ("restore", "patient", patient_id),
    ]


def test_the_snapshot_of_a_missing_record_is_none(store: Store) -> None:
    assert store.snapshot("patient", 42) is None


# -- medications ---------------------------------------------------------------------------------


def _medication(store: Store, patient_id: int, **fields: Any) -> Medication:
    values: dict[str, Any] = {
        "name": "Metformin",
        "strength": "500 mg",
        "dose": "1 tablet",
        "route": "oral",
        "frequency": "twice daily",
        "start_date": date(2025, 1, 10),
    }
    values.update(fields)
    return store.medications.add_medication(Medication(patient_id=patient_id, **values))


def _events(store: Store, medication_id: int) -> list[tuple[str, str, str, str]]:
    return [
        (event.on_date.isoformat(), event.kind.value, event.detail, event.reason)
        for event in store.medications.medication_history(medication_id)
    ]


def test_a_dose_change_is_recorded_with_the_old_and_the_new_dose(store: Store) -> None:
    medication = _medication(store, _patient(store))
    medication_id = _need_id(medication)
    store.medications.update_medication(
        replace(medication, dose="2 tablets", frequency="three times daily"),
        reason="HbA1c 8.1",
        on=date(2026, 2, 20),
    )
    saved = _get(store.medications.medication(medication_id))
    assert (saved.dose, saved.frequency) == ("2 tablets", "three times daily")
    assert _events(store, medication_id)[1:] == [
        (
            "2026-02-20",
            "dose_changed",
            "500 mg 1 tablet oral twice daily → 500 mg 2 tablets oral three times daily",
            "HbA1c 8.1",
        )
    ]


def test_an_edit_that_is_not_a_dose_change_is_recorded_as_a_change(store: Store) -> None:
    medication = _medication(store, _patient(store))
    medication_id = _need_id(medication)
    store.medications.update_medication(
        replace(medication, indication="Diabetes", instructions="With food")
    )
    assert _get(store.medications.medication(medication_id)).instructions == "With food"
    assert _events(store, medication_id)[1:] == [("2026-03-02", "changed", "", "")]
    # Saving without any change records nothing.
    store.medications.update_medication(_get(store.medications.medication(medication_id)))
    assert len(_events(store, medication_id)) == 2


def test_each_dose_field_counts_as_a_dose_change(store: Store) -> None:
    medication = _medication(store, _patient(store))
    medication_id = _need_id(medication)
    for change in [
        {"strength": "850 mg"},
        {"route": "by mouth"},
        {"times_of_day": "08:00"},
        {"as_needed": True, "as_needed_reason": "pain"},
        {"max_per_day": "4"},
    ]:
        medication = replace(medication, **change)
        store.medications.update_medication(medication)
    kinds = [kind for _, kind, _, _ in _events(store, medication_id)]
    assert kinds == ["started"] + ["dose_changed"] * 5


def test_stop_sets_status_end_date_and_reason_with_a_stopped_event(store: Store) -> None:
    medication_id = _need_id(_medication(store, _patient(store)))
    store.medications.stop_medication(medication_id, "Kidney function", on=date(2026, 2, 27))
    saved = _get(store.medications.medication(medication_id))
    assert (saved.status, saved.end_date, saved.stop_reason) == (
        MedicationStatus.STOPPED,
        date(2026, 2, 27),
        "Kidney function",
    )
    assert _events(store, medication_id)[-1] == ("2026-02-27", "stopped", "", "Kidney function")
    row = _row(store, "medication", medication_id)
    assert (row["status"], row["end_date"], row["stop_reason"]) == (
        "stopped",
        "2026-02-27",
        "Kidney function",
    )


def test_stopping_without_a_date_stops_today(store: Store) -> None:
    medication_id = _need_id(_medication(store, _patient(store)))
    store.medications.stop_medication(medication_id, "Finished course")
    assert _get(store.medications.medication(medication_id)).end_date == TODAY
    assert _events(store, medication_id)[-1][:2] == ("2026-03-02", "stopped")


def test_stopping_before_the_start_ends_on_the_start_day(store: Store) -> None:
    medication_id = _need_id(_medication(store, _patient(store), start_date=date(2026, 3, 10)))
    store.medications.stop_medication(medication_id, "Never started")
    assert _get(store.medications.medication(medication_id)).end_date == date(2026, 3, 10)


def test_hold_then_resume(store: Store) -> None:
    medication_id = _need_id(_medication(store, _patient(store)))
    store.medications.stop_medication(medication_id, "Surgery", on=date(2026, 2, 1))
    store.medications.hold_medication(medication_id, "Surgery next week", on=date(2026, 2, 3))
    held = _get(store.medications.medication(medication_id))
    assert held.status is MedicationStatus.ON_HOLD
    store.medications.resume_medication(medication_id, "Recovered", on=date(2026, 2, 20))
    resumed = _get(store.medications.medication(medication_id))
    assert (resumed.status, resumed.end_date, resumed.stop_reason) == (
        MedicationStatus.ACTIVE,
        None,
        "",
    )
    assert _row(store, "medication", medication_id)["end_date"] is None
    assert [kind for _, kind, _, _ in _events(store, medication_id)] == [
        "started",
        "stopped",
        "on_hold",
        "resumed",
    ]
    assert _events(store, medication_id)[2:] == [
        ("2026-02-03", "on_hold", "", "Surgery next week"),
        ("2026-02-20", "resumed", "", "Recovered"),
    ]


def test_medication_history_is_in_date_order(store: Store) -> None:
    medication = _medication(store, _patient(store), start_date=date(2025, 1, 10))
    medication_id = _need_id(medication)
    store.medications.hold_medication(medication_id, "", on=date(2026, 2, 25))
    store.medications.resume_medication(medication_id, "", on=date(2026, 2, 28))
    # Recorded later, but dated earlier: a dose change entered after the fact.
    store.medications.update_medication(
        replace(_get(store.medications.medication(medication_id)), dose="2 tablets"),
        on=date(2025, 6, 1),
    )
    dates = [on for on, _, _, _ in _events(store, medication_id)]
    assert dates == ["2025-01-10", "2025-06-01", "2026-02-25", "2026-02-28"]
    assert [event.kind for event in store.medications.medication_history(medication_id)] == [
        MedicationEventKind.STARTED,
        MedicationEventKind.DOSE_CHANGED,
        MedicationEventKind.ON_HOLD,
        MedicationEventKind.RESUMED,
    ]


def test_a_status_change_through_update_is_its_own_event(store: Store) -> None:
    medication = _medication(store, _patient(store))
    medication_id = _need_id(medication)
    store.medications.update_medication(
        replace(medication, status=MedicationStatus.ON_HOLD), "Fasting"
    )
    assert _events(store, medication_id)[1:] == [("2026-03-02", "on_hold", "", "Fasting")]


def test_active_duplicates_finds_the_same_drug_for_the_same_patient(store: Store) -> None:
    lee = _patient(store, "Ann", "Lee")
    adams = _patient(store, "Bob", "Adams")
    new = _medication(store, lee, name="Paracetamol 500 mg")
    same = _medication(store, lee, name="paracetamol")
    held = _medication(store, lee, name="  PARACETAMOL  ", status=MedicationStatus.ON_HOLD)
    stopped = _medication(
        store, lee, name="Paracetamol", status=MedicationStatus.STOPPED, stop_reason="done"
    )
    _medication(store, adams, name="Paracetamol")
    _medication(store, lee, name="Paracetamol-codeine")
    _medication(store, lee, name="Ibuprofen")
    found = store.medications.active_duplicates(new)
    assert {_need_id(m) for m in found} == {_need_id(same), _need_id(held)}
    assert _need_id(stopped) not in {m.id for m in found}
    # A medication about to be added (no id yet) is compared with all of them.
    unsaved = Medication(patient_id=lee, name="PARACETAMOL")
    assert {m.id for m in store.medications.active_duplicates(unsaved)} == {
        new.id,
        same.id,
        held.id,
    }
    assert store.medications.active_duplicates(Medication(patient_id=adams, name="Ibuprofen")) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"dose": "-2 tablets"}, "dose"),
        ({"dose": "0 tablets"}, "dose"),
        ({"dose": "2-1 tablets"}, "dose"),
        ({"start_date": date(2026, 3, 1), "end_date": date(2026, 2, 28)}, "end_date"),
        ({"name": "   "}, "name"),
        ({"as_needed": True, "as_needed_reason": " "}, "as_needed_reason"),
        ({"max_per_day": "none"}, "max_per_day"),
        ({"start_date": date(1879, 12, 31)}, "start_date"),
        ({"indication": "x" * 301}, "indication"),
    ],
)
def test_a_medication_edit_that_cannot_be_saved_names_its_field(
    store: Store, change: dict[str, Any], field: str
) -> None:
    medication = _medication(store, _patient(store))
    before = _dump(store)
    with pytest.raises(ValidationError) as refused:
        store.medications.update_medication(replace(medication, **change))
    assert refused.value.field == field
    with pytest.raises(ValidationError):
        store.medications.add_medication(replace(medication, id=None, **change))
    assert _dump(store) == before


def test_a_dose_in_words_is_accepted(store: Store) -> None:
    medication = _medication(store, _patient(store), dose="apply thinly")
    assert _get(store.medications.medication(_need_id(medication))).dose == "apply thinly"


# -- appointments --------------------------------------------------------------------------------


def test_marking_one_visit_done_leaves_the_others_booked(store: Store) -> None:
    series = _series(store, _patient(store))
    store.appointments.set_visit_status(_need_id(series), VISITS[1], AppointmentStatus.DONE)
    assert _visits(store, series.id) == [
        (start, "done" if start == VISITS[1] else "booked") for start in VISITS
    ]
    [visit] = store.visits.visits_on(VISITS[1].date())
    assert visit.status is AppointmentStatus.DONE
    assert store.conn.execute(
        "SELECT appointment_id, original_start, skipped, start, duration_min, status"
        " FROM appointment_change"
    ).fetchall() == [(series.id, "2026-03-10T09:00", 0, None, None, "done")]
    # Booked again: the exception goes away.
    store.appointments.set_visit_status(_need_id(series), VISITS[1], AppointmentStatus.BOOKED)
    assert {status for _, status in _visits(store, series.id)} == {"booked"}
    assert _count(store, "appointment_change") == 0


def test_moving_one_visit_to_another_day_is_an_exception_on_the_series(store: Store) -> None:
    series = _series(store, _patient(store), purpose="Wound check")
    moved_to = datetime(2026, 3, 18, 13, 0)
    ids = store.appointments.update_appointment(
        replace(series, start=moved_to), Scope.THIS, VISITS[2]
    )
    assert ids == [series.id]
    assert store.conn.execute(
        "SELECT appointment_id, original_start, skipped, start, duration_min, status"
        " FROM appointment_change"
    ).fetchall() == [(series.id, "2026-03-17T09:00", 0, "2026-03-18T13:00", None, None)]
    assert store.visits.visits_on(VISITS[2].date()) == []
    [visit] = store.visits.visits_on(moved_to.date())
    assert (visit.start, visit.end, visit.original_start, visit.purpose) == (
        moved_to,
        moved_to + timedelta(hours=1),
        VISITS[2],
        "Wound check",
    )
    # The series itself is as it was, and still has eight visits.
    assert store.appointments.appointment(_need_id(series)) == series
    assert len(_visits(store, series.id)) == 8
    assert _count(store, "appointment") == 1


def test_a_new_time_on_the_same_day_moves_just_that_visit(store: Store) -> None:
    series = _series(store, _patient(store))
    later = VISITS[3].replace(hour=15, minute=30)
    store.appointments.update_appointment(
        replace(series, start=later, duration_min=30), Scope.THIS, VISITS[3]
    )
    [visit] = store.visits.visits_on(VISITS[3].date())
    assert (visit.start, visit.end) == (later, later + timedelta(minutes=30))
    assert [v.start for v in store.visits.visits_on(VISITS[4].date())] == [VISITS[4]]
    assert store.conn.execute("SELECT start, duration_min FROM appointment_change").fetchall() == [
        ("2026-03-24T15:30", 30)
    ]


def test_moving_a_visit_already_marked_done_keeps_it_done(store: Store) -> None:
    # The visit took place at two, not nine: correcting the time is not undoing the visit.
    series = _series(store, _patient(store))
    store.appointments.set_visit_status(_need_id(series), VISITS[1], AppointmentStatus.DONE)
    store.appointments.update_appointment(
        replace(series, start=VISITS[1].replace(hour=14)), Scope.THIS, VISITS[1]
    )
    [visit] = store.visits.visits_on(VISITS[1].date())
    assert (visit.start, visit.status) == (VISITS[1].replace(hour=14), AppointmentStatus.DONE)
    assert store.conn.execute("SELECT start, status FROM appointment_change").fetchall() == [
        ("2026-03-10T14:00", "done")
    ]


def test_a_new_purpose_for_one_visit_detaches_it_into_its_own_appointment(store: Store) -> None:
    patient_id = _patient(store)
    series = _series(store, patient_id, purpose="Wound check")
    ids = store.appointments.update_appointment(
        replace(series, start=VISITS[2], purpose="Dressing change"), Scope.THIS, VISITS[2]
    )
    assert len(ids) == 2 and ids[0] == series.id
    detached = _get(store.appointments.appointment(ids[1]))
    assert (detached.start, detached.purpose, detached.rrule, detached.patient_id) == (
        VISITS[2],
        "Dressing change",
        "",
        patient_id,
    )
    assert [start for start, _ in _visits(store, series.id)] == [
        start for start in VISITS if start != VISITS[2]
    ]
    assert _visits(store, detached.id) == [(VISITS[2], "booked")]
    [visit] = store.visits.visits_on(VISITS[2].date())
    assert (visit.appointment_id, visit.purpose, visit.recurring) == (
        detached.id,
        "Dressing change",
        False,
    )
    assert store.conn.execute(
        "SELECT original_start, skipped FROM appointment_change WHERE appointment_id = ?",
        [series.id],
    ).fetchall() == [("2026-03-17T09:00", 1)]
    assert _get(store.appointments.appointment(_need_id(series))).purpose == "Wound check"


def _split_from_the_fourth(store: Store, rule: str) -> tuple[Appointment, Appointment]:
    """A series with visit 2 done and visit 6 a no-show, retimed to 14:00 from visit 4 on."""
    series = _series(store, _patient(store), rule=rule)
    store.appointments.set_visit_status(_need_id(series), VISITS[1], AppointmentStatus.DONE)
    store.appointments.set_visit_status(_need_id(series), VISITS[5], AppointmentStatus.NO_SHOW)
    ids = store.appointments.update_appointment(
        replace(series, start=VISITS[3].replace(hour=14)), Scope.FOLLOWING, VISITS[3]
    )
    assert len(ids) == 2 and ids[0] == series.id
    return _get(store.appointments.appointment(ids[0])), _get(
        store.appointments.appointment(ids[1])
    )


def _assert_split(store: Store, earlier: Appointment, later: Appointment) -> None:
    assert _visits(store, earlier.id) == [
        (VISITS[0], "booked"),
        (VISITS[1], "done"),
        (VISITS[2], "booked"),
    ]
    assert _visits(store, later.id) == [
        (start.replace(hour=14), "no_show" if start == VISITS[5] else "booked")
        for start in VISITS[3:]
    ]
    assert _count(store, "occurrence") == len(VISITS)
    assert later.start == VISITS[3].replace(hour=14)
    for day in VISITS[3:]:
        assert [v.start.hour for v in store.visits.visits_on(day.date())] == [14]


def test_a_new_time_from_the_fourth_visit_on_splits_a_count_series(store: Store) -> None:
    earlier, later = _split_from_the_fourth(store, "FREQ=WEEKLY;COUNT=8")
    assert earlier.rrule == "FREQ=WEEKLY;COUNT=3"
    assert later.rrule == "FREQ=WEEKLY;COUNT=5"
    _assert_split(store, earlier, later)


def test_a_new_time_from_the_fourth_visit_on_splits_an_until_series(store: Store) -> None:
    # The end date as the repeat editor writes it: the last day, to its last second.
    earlier, later = _split_from_the_fourth(store, "FREQ=WEEKLY;UNTIL=20260421T235959")
    assert earlier.rrule == "FREQ=WEEKLY;UNTIL=20260324T085900"
    assert later.rrule == "FREQ=WEEKLY;UNTIL=20260421T235959"
    _assert_split(store, earlier, later)


def test_a_later_time_keeps_the_last_visit_of_a_series_that_ends_at_its_last_start(
    store: Store,
) -> None:
    # Calendars that write RFC 5545 commonly end a series at its last start exactly; a visit
    # moved later in the day must still fall inside the series.
    earlier, later = _split_from_the_fourth(store, "FREQ=WEEKLY;UNTIL=20260421T090000")
    assert earlier.rrule == "FREQ=WEEKLY;UNTIL=20260324T085900"
    _assert_split(store, earlier, later)


def test_a_new_time_for_the_whole_series_moves_every_visit_and_keeps_their_marks(
    store: Store,
) -> None:
    series = _series(store, _patient(store))
    store.appointments.set_visit_status(_need_id(series), VISITS[1], AppointmentStatus.DONE)
    ids = store.appointments.update_appointment(
        replace(series, start=FIRST.replace(hour=14)), Scope.SERIES
    )
    assert ids == [series.id]
    assert _visits(store, series.id) == [
        (start.replace(hour=14), "done" if start == VISITS[1] else "booked") for start in VISITS
    ]
    assert store.conn.execute(
        "SELECT original_start, status FROM appointment_change"
    ).fetchall() == [("2026-03-10T14:00", "done")]
    assert store.visits.visits_on(VISITS[1].date())[0].status is AppointmentStatus.DONE
    # Scope FOLLOWING from the first visit is the whole series too.
    ids = store.appointments.update_appointment(
        replace(
            _get(store.appointments.appointment(_need_id(series))), start=FIRST.replace(hour=10)
        ),
        Scope.FOLLOWING,
        FIRST.replace(hour=14),
    )
    assert ids == [series.id]
    assert [start.hour for start, _ in _visits(store, series.id)] == [10] * 8
    assert dict(_visits(store, series.id))[VISITS[1].replace(hour=10)] == "done"


def test_cancelling_one_visit_shows_it_cancelled(store: Store) -> None:
    series = _series(store, _patient(store))
    store.appointments.cancel_appointment(_need_id(series), Scope.THIS, VISITS[2])
    [visit] = store.visits.visits_on(VISITS[2].date())
    assert visit.status is AppointmentStatus.CANCELLED
    assert _visits(store, series.id) == [
        (start, "cancelled" if start == VISITS[2] else "booked") for start in VISITS
    ]
    assert _get(store.appointments.appointment(_need_id(series))).status is AppointmentStatus.BOOKED


def test_cancelling_from_one_visit_on_ends_the_series_before_it(store: Store) -> None:
    series = _series(store, _patient(store))
    store.appointments.set_visit_status(_need_id(series), VISITS[1], AppointmentStatus.DONE)
    store.appointments.set_visit_status(_need_id(series), VISITS[5], AppointmentStatus.DONE)
    store.appointments.cancel_appointment(_need_id(series), Scope.FOLLOWING, VISITS[3])
    assert _visits(store, series.id) == [
        (VISITS[0], "booked"),
        (VISITS[1], "done"),
        (VISITS[2], "booked"),
    ]
    assert _get(store.appointments.appointment(_need_id(series))).rrule == "FREQ=WEEKLY;COUNT=3"
    assert store.visits.visits_on(VISITS[3].date()) == []
    # The later visit's own mark went with it.
    assert store.conn.execute("SELECT original_start FROM appointment_change").fetchall() == [
        ("2026-03-10T09:00",)
    ]


def test_cancelling_an_open_ended_series_from_one_visit_on(store: Store) -> None:
    series = _series(store, _patient(store), rule="FREQ=WEEKLY")
    store.appointments.cancel_appointment(_need_id(series), Scope.FOLLOWING, VISITS[3])
    assert [start for start, _ in _visits(store, series.id)] == VISITS[:3]
    assert (
        _get(store.appointments.appointment(_need_id(series))).rrule
        == "FREQ=WEEKLY;UNTIL=20260324T085900"
    )
    assert store.visits.visits_on(date(2027, 3, 2)) == []


@pytest.mark.parametrize(
    "rule", ["FREQ=WEEKLY", "FREQ=WEEKLY;COUNT=10", "FREQ=WEEKLY;UNTIL=20260601T235959"]
)
def test_cancelling_a_series_that_began_in_the_past_keeps_the_past_visits(
    store: Store, rule: str
) -> None:
    began = datetime(2026, 2, 9, 9, 0)  # four Mondays before NOW; the fourth is at 09:00 today
    series = _series(store, _patient(store), began, rule)
    store.appointments.set_visit_status(
        _need_id(series), began + timedelta(weeks=1), AppointmentStatus.DONE
    )
    store.appointments.cancel_appointment(_need_id(series), Scope.SERIES)
    assert _visits(store, series.id) == [
        (began, "booked"),
        (began + timedelta(weeks=1), "done"),
        (began + timedelta(weeks=2), "booked"),
    ]
    assert _count(store, "occurrence", "start >= ?", (NOW.isoformat(timespec="minutes"),)) == 0
    assert store.visits.visits_on(TODAY) == []


def test_cancelling_a_series_that_has_not_begun_shows_it_cancelled(store: Store) -> None:
    series = _series(store, _patient(store))
    store.appointments.cancel_appointment(_need_id(series), Scope.SERIES)
    assert (
        _get(store.appointments.appointment(_need_id(series))).status is AppointmentStatus.CANCELLED
    )
    assert {status for _, status in _visits(store, series.id)} == {"cancelled"}


def test_cancelling_a_single_appointment_shows_it_cancelled(store: Store) -> None:
    start = datetime(2026, 3, 4, 10, 0)
    appointment = _series(store, _patient(store), start, "")
    store.appointments.cancel_appointment(_need_id(appointment))
    assert (
        _get(store.appointments.appointment(_need_id(appointment))).status
        is AppointmentStatus.CANCELLED
    )
    assert _row(store, "appointment", appointment.id)["status"] == "cancelled"
    # The agenda reads the laid-out visit: it must say cancelled too.
    assert _visits(store, appointment.id) == [(start, "cancelled")]
    [visit] = store.visits.visits_on(start.date())
    assert visit.status is AppointmentStatus.CANCELLED


def test_marking_a_single_appointment_done_shows_on_its_day(store: Store) -> None:
    start = datetime(2026, 3, 4, 10, 0)
    appointment = _series(store, _patient(store), start, "")
    store.appointments.set_visit_status(_need_id(appointment), start, AppointmentStatus.DONE)
    assert (
        _get(store.appointments.appointment(_need_id(appointment))).status is AppointmentStatus.DONE
    )
    assert _visits(store, appointment.id) == [(start, "done")]


def test_editing_a_single_appointment_rewrites_it(store: Store) -> None:
    start = datetime(2026, 3, 4, 10, 0)
    appointment = _series(store, _patient(store), start, "")
    later = datetime(2026, 3, 5, 11, 0)
    edited = replace(
        appointment,
        start=later,
        purpose="Bloods",
        transport=Transport.ARRANGED,
        transport_details="Taxi 10:30",
    )
    assert store.appointments.update_appointment(edited, Scope.THIS, start) == [appointment.id]
    assert store.appointments.appointment(_need_id(appointment)) == edited
    assert _visits(store, appointment.id) == [(later, "booked")]
    assert store.visits.visits_on(start.date()) == []


def test_overlapping_finds_booked_home_visits_only(store: Store) -> None:
    lee = _patient(store, "Ann", "Lee")
    adams = _patient(store, "Bob", "Adams")
    day = date(2026, 3, 4)
    home = _series(store, lee, datetime(2026, 3, 4, 10, 0), "")
    _series(store, adams, datetime(2026, 3, 4, 10, 0), "", kind=AppointmentKind.PHYSICIAN)
    _series(store, adams, datetime(2026, 3, 4, 9, 0), "", duration_min=90)  # ends at 10:30
    _series(store, adams, datetime(2026, 3, 4, 11, 30), "")  # starts as the new one ends
    weekly = _series(store, adams, datetime(2026, 2, 25, 10, 30), "FREQ=WEEKLY;COUNT=3")
    store.appointments.cancel_appointment(
        _need_id(weekly), Scope.THIS, datetime(2026, 3, 4, 10, 30)
    )
    done = _series(store, adams, datetime(2026, 2, 18, 11, 0), "FREQ=WEEKLY;COUNT=3")
    store.appointments.set_visit_status(
        _need_id(done), datetime(2026, 3, 4, 11, 0), AppointmentStatus.DONE
    )
    new_start, new_end = datetime.combine(day, time(10, 30)), datetime.combine(day, time(11, 30))
    found = store.visits.overlapping(new_start, new_end)
    assert [(v.appointment_id, v.start) for v in found] == [(home.id, datetime(2026, 3, 4, 10, 0))]
    assert store.visits.overlapping(new_start, new_end, leave_out=home.id) == []
    # A telehealth call takes the coordinator's time too.
    tele = _series(store, adams, datetime(2026, 3, 4, 11, 0), "", kind=AppointmentKind.TELEHEALTH)
    assert {v.appointment_id for v in store.visits.overlapping(new_start, new_end)} == {
        home.id,
        tele.id,
    }


def test_overlapping_ignores_a_cancelled_single_visit(store: Store) -> None:
    home = _series(store, _patient(store), datetime(2026, 3, 4, 10, 0), "", duration_min=90)
    start, end = datetime(2026, 3, 4, 10, 30), datetime(2026, 3, 4, 11, 30)
    assert [v.appointment_id for v in store.visits.overlapping(start, end)] == [home.id]
    store.appointments.cancel_appointment(_need_id(home))
    assert store.visits.overlapping(start, end) == []


def test_an_appointment_edit_that_cannot_be_saved_changes_nothing(store: Store) -> None:
    series = _series(store, _patient(store))
    before = _dump(store)
    with pytest.raises(ValidationError) as refused:
        store.appointments.update_appointment(
            replace(series, duration_min=0), Scope.THIS, VISITS[2]
        )
    assert refused.value.field == "duration_min"
    with pytest.raises(ValidationError):
        store.appointments.update_appointment(
            replace(series, rrule="FREQ=FORTNIGHTLY"), Scope.SERIES
        )
    assert _dump(store) == before


# -- tasks ---------------------------------------------------------------------------------------


def test_completing_a_plain_task_records_that_it_was_done_and_when(store: Store) -> None:
    task = store.tasks.add_task(Task(title="Fax orders", due_date=TODAY))
    assert store.tasks.complete_task(_need_id(task)) is None
    done = _get(store.tasks.task(_need_id(task)))
    assert (done.status, done.completed_at) == (TaskStatus.DONE, NOW)
    row = _row(store, "task", task.id)
    assert (row["status"], row["completed_at"]) == ("done", "2026-03-02T07:30")
    assert _count(store, "task") == 1


def test_completing_a_weekly_task_brings_it_round_a_week_later(store: Store) -> None:
    patient_id = _patient(store)
    task = store.tasks.add_task(
        Task(
            patient_id=patient_id,
            title="Weigh",
            details="Same scales",
            due_date=TODAY,
            due_time=time(9, 0),
            priority=TaskPriority.URGENT,
            rrule="FREQ=WEEKLY",
        )
    )
    following = _get(store.tasks.complete_task(_need_id(task)))
    assert following.id is not None and following.id != task.id
    assert store.tasks.task(following.id) == following
    assert following == replace(task, id=following.id, due_date=TODAY + timedelta(days=7))
    assert following.status is TaskStatus.OPEN and following.completed_at is None
    assert _get(store.tasks.task(_need_id(task))).status is TaskStatus.DONE
    assert _count(store, "task", "status = 'open'") == 1


def test_a_repeating_task_with_a_count_stops_coming_round(store: Store) -> None:
    task = store.tasks.add_task(
        Task(title="Monthly review", due_date=date(2026, 3, 2), rrule="FREQ=MONTHLY;COUNT=2")
    )
    following = _get(store.tasks.complete_task(_need_id(task)))
    assert (following.due_date, following.rrule) == (date(2026, 4, 2), "FREQ=MONTHLY;COUNT=1")
    assert store.tasks.complete_task(_need_id(following)) is None
    assert _count(store, "task") == 2
    assert _count(store, "task", "status = 'done'") == 2


def test_a_repeating_task_past_its_end_date_does_not_come_round(store: Store) -> None:
    task = store.tasks.add_task(
        Task(title="Daily check", due_date=TODAY, rrule="FREQ=WEEKLY;UNTIL=20260308T235959")
    )
    assert store.tasks.complete_task(_need_id(task)) is None
    assert _count(store, "task") == 1


def test_completing_a_task_twice_brings_it_round_once(store: Store) -> None:
    task = store.tasks.add_task(Task(title="Weigh", due_date=TODAY, rrule="FREQ=WEEKLY"))
    store.tasks.complete_task(_need_id(task))
    store.tasks.complete_task(_need_id(task))  # a second tick on a list not yet refreshed
    assert store.conn.execute("SELECT due_date, status FROM task ORDER BY id").fetchall() == [
        ("2026-03-02", "done"),
        ("2026-03-09", "open"),
    ]


def test_reopen_and_cancel(store: Store) -> None:
    task = store.tasks.add_task(Task(title="Chase referral", due_date=TODAY))
    task_id = _need_id(task)
    store.tasks.complete_task(task_id)
    store.tasks.reopen_task(task_id)
    assert _get(store.tasks.task(task_id)) == task
    assert _row(store, "task", task_id)["completed_at"] is None
    store.tasks.cancel_task(task_id)
    cancelled = _get(store.tasks.task(task_id))
    assert (cancelled.status, cancelled.completed_at) == (TaskStatus.CANCELLED, None)
    store.tasks.delete_task(task_id)
    assert store.tasks.task(task_id) is None
    with pytest.raises(LookupError):
        store.tasks.complete_task(task_id)


def test_update_task_saves_every_field(store: Store) -> None:
    patient_id = _patient(store)
    task = store.tasks.add_task(Task(title="Call", due_date=TODAY))
    edited = Task(
        id=task.id,
        patient_id=patient_id,
        title="Call the pharmacy",
        details="Refill",
        due_date=date(2026, 3, 9),
        due_time=time(14, 15),
        priority=TaskPriority.ASAP,
        rrule="FREQ=DAILY;INTERVAL=2",
    )
    store.tasks.update_task(edited)
    assert store.tasks.task(_need_id(task)) == edited


@pytest.mark.parametrize(
    ("task", "field"),
    [
        (Task(title="Call", due_time=time(9, 0)), "due_date"),
        (Task(title="Call", rrule="FREQ=WEEKLY"), "due_date"),
        (Task(title="  "), "title"),
        (Task(title="Call", due_date=date(1879, 1, 1)), "due_date"),
        (Task(title="Call", details="x" * 20_001), "details"),
    ],
)
def test_a_task_that_cannot_be_saved_names_its_field(store: Store, task: Task, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        store.tasks.add_task(task)
    assert refused.value.field == field
    saved = store.tasks.add_task(Task(title="Call", due_date=TODAY))
    before = _dump(store)
    with pytest.raises(ValidationError) as refused:
        store.tasks.update_task(replace(task, id=saved.id))
    assert refused.value.field == field
    assert _dump(store) == before


# -- conditions, allergies, notes and contacts ---------------------------------------------------


def test_conditions_add_update_delete(store: Store) -> None:
    patient_id = _patient(store)
    condition = store.patients.add_condition(
        Condition(patient_id=patient_id, description="Dementia", onset_date=date(2020, 5, 1))
    )
    assert store.patients.conditions(patient_id) == [condition]
    edited = replace(
        condition,
        description="Alzheimer's dementia",
        code="G30.9",
        abatement_date=date(2025, 1, 1),
        status=ConditionStatus.RESOLVED,
        notes="Per neurology",
    )
    store.patients.update_condition(edited)
    assert store.patients.conditions(patient_id) == [edited]
    store.patients.delete_condition(_need_id(condition))
    assert store.patients.conditions(patient_id) == []
    with pytest.raises(LookupError):
        store.patients.delete_condition(_need_id(condition))


def test_allergies_add_update_delete(store: Store) -> None:
    patient_id = _patient(store)
    allergy = store.patients.add_allergy(Allergy(patient_id=patient_id, substance="Penicillin"))
    edited = replace(
        allergy,
        reaction="Anaphylaxis",
        severity=AllergySeverity.SEVERE,
        criticality=AllergyCriticality.HIGH,
        status=AllergyStatus.ACTIVE,
        noted_date=TODAY,
    )
    store.patients.update_allergy(edited)
    assert store.patients.allergies(patient_id) == [edited]
    assert _row(store, "allergy", allergy.id)["criticality"] == "high"
    store.patients.delete_allergy(_need_id(allergy))
    assert store.patients.allergies(patient_id) == []


def test_notes_add_update_delete(store: Store) -> None:
    patient_id = _patient(store)
    appointment = _series(store, patient_id)
    first = store.patients.add_note(
        Note(patient_id=patient_id, written_at=datetime(2026, 3, 1, 16, 5), text="Phoned daughter")
    )
    second = store.patients.add_note(
        Note(
            patient_id=patient_id,
            written_at=NOW,
            kind=NoteKind.VISIT,
            text="Wound clean",
            appointment_id=appointment.id,
        )
    )
    assert store.patients.notes_for(patient_id) == [second, first]
    edited = replace(
        first, text="Phoned daughter about the key safe", written_at=datetime(2026, 3, 1, 16, 30)
    )
    store.patients.update_note(edited)
    assert store.patients.notes_for(patient_id) == [second, edited]
    store.patients.delete_note(_need_id(first))
    assert store.patients.notes_for(patient_id) == [second]
    # Deleting the appointment keeps the note, unlinked.
    store.appointments.delete_appointment(_need_id(appointment))
    assert store.patients.notes_for(patient_id) == [replace(second, appointment_id=None)]


def test_contacts_add_update_delete(store: Store) -> None:
    patient_id = _patient(store)
    contact = store.contacts.add_contact(Contact(name="Dr. Patel", role=ContactRole.PHYSICIAN))
    store.contacts.add_to_care_team(
        CareTeamMember(
            patient_id=patient_id,
            contact_id=_need_id(contact),
            role=ContactRole.PHYSICIAN,
            notes="GP",
        )
    )
    edited = replace(
        contact,
        name="Dr. Anita Patel",
        organization="Springfield Clinic",
        phone="555-0100",
        fax="555-0101",
        email="patel@example.org",
        address="1 Main St",
        notes="Prefers fax",
    )
    store.contacts.update_contact(edited)
    assert store.contacts.contact(_need_id(contact)) == edited
    [(member, shown)] = store.contacts.care_team(patient_id)
    assert (member.role, member.notes, shown) == (ContactRole.PHYSICIAN, "GP", edited)
    assert store.contacts.directory("anita") == [edited]
    store.contacts.remove_from_care_team(patient_id, _need_id(contact), ContactRole.PHYSICIAN)
    assert store.contacts.care_team(patient_id) == []
    assert store.contacts.contact(_need_id(contact)) == edited
    store.contacts.delete_contact(_need_id(contact))
    assert store.contacts.contact(_need_id(contact)) is None
    assert store.contacts.directory() == []


@pytest.mark.parametrize(
    ("add", "record", "field"),
    [
        ("add_condition", Condition(patient_id=1, description=" "), "description"),
        (
            "add_condition",
            Condition(patient_id=1, description="Gout", onset_date=TODAY + timedelta(days=1)),
            "onset_date",
        ),
        (
            "add_condition",
            Condition(patient_id=1, description="Gout", onset_date=date(1850, 1, 1)),
            "onset_date",
        ),
        (
            "add_condition",
            Condition(
                patient_id=1,
                description="Gout",
                onset_date=date(2020, 1, 2),
                abatement_date=date(2020, 1, 1),
            ),
            "abatement_date",
        ),
        ("add_condition", Condition(patient_id=1, description="Gout", code="x" * 301), "code"),
        ("add_allergy", Allergy(patient_id=1, substance=""), "substance"),
        (
            "add_allergy",
            Allergy(patient_id=1, substance="Latex", noted_date=TODAY + timedelta(days=1)),
            "noted_date",
        ),
        ("add_allergy", Allergy(patient_id=1, substance="Latex", reaction="x" * 301), "reaction"),
        ("add_note", Note(patient_id=1, written_at=NOW, text=" \n "), "text"),
        ("add_note", Note(patient_id=1, written_at=NOW, text="x" * 20_001), "text"),
        ("add_contact", Contact(name="  "), "name"),
        ("add_contact", Contact(name="Liv", email="liv.example.org"), "email"),
        ("add_contact", Contact(name="Liv", notes="x" * 20_001), "notes"),
        ("add_contact", Contact(name="x" * 301), "name"),
    ],
)
def test_a_record_that_cannot_be_saved_names_its_field(
    store: Store, add: str, record: Any, field: str
) -> None:
    _patient(store)
    before = _dump(store)
    with pytest.raises(ValidationError) as refused:
        part = store.contacts if add == "add_contact" else store.patients
        getattr(part, add)(record)
    assert refused.value.field == field
    assert _dump(store) == before


def test_an_update_that_cannot_be_saved_leaves_the_record_as_it_was(store: Store) -> None:
    patient_id = _patient(store)
    condition = store.patients.add_condition(Condition(patient_id=patient_id, description="Gout"))
    allergy = store.patients.add_allergy(Allergy(patient_id=patient_id, substance="Latex"))
    note = store.patients.add_note(Note(patient_id=patient_id, written_at=NOW, text="Seen"))
    contact = store.contacts.add_contact(Contact(name="Liv"))
    before = _dump(store)
    edits: list[tuple[Callable[[Any], None], Any]] = [
        (store.patients.update_condition, replace(condition, description="")),
        (store.patients.update_allergy, replace(allergy, substance=" ")),
        (store.patients.update_note, replace(note, text="")),
        (store.contacts.update_contact, replace(contact, name="")),
    ]
    for update, bad in edits:
        with pytest.raises(ValidationError):
            update(bad)
    assert _dump(store) == before


# -- discharge ------------------------------------------------------------------------------------


def test_a_discharge_can_end_the_visits_and_tasks_still_to_come(store: Store) -> None:
    patient = _patient(store)
    other = _patient(store, "Bo", "Kent")
    began = datetime(2026, 2, 9, 9, 0)  # a weekly series four Mondays before NOW
    series = _series(store, patient, began, "FREQ=WEEKLY")
    store.appointments.set_visit_status(_need_id(series), began, AppointmentStatus.DONE)
    upcoming = store.appointments.add_appointment(Appointment(patient_id=patient, start=FIRST))
    past = store.appointments.add_appointment(
        Appointment(patient_id=patient, start=began - timedelta(days=3))
    )
    theirs = _series(store, other)
    open_task = store.tasks.add_task(
        Task(patient_id=patient, title="Chase referral", due_date=TODAY)
    )
    done_task = store.tasks.add_task(Task(patient_id=patient, title="Call GP", due_date=TODAY))
    store.tasks.complete_task(_need_id(done_task))
    their_task = store.tasks.add_task(Task(patient_id=other, title="Book bloods", due_date=TODAY))
    assert store.patients.still_to_come(patient) == (2, 1)

    store.patients.set_patient_status(patient, PatientStatus.DISCHARGED, end_what_is_open=True)

    assert store.patients.still_to_come(patient) == (0, 0)
    assert _get(store.patients.patient(patient)).status is PatientStatus.DISCHARGED
    # The series ends before now, its past visits as they were; the single one is cancelled.
    assert _visits(store, series.id) == [
        (began, "done"),
        (began + timedelta(weeks=1), "booked"),
        (began + timedelta(weeks=2), "booked"),
    ]
    assert (
        _get(store.appointments.appointment(_need_id(upcoming))).status
        is AppointmentStatus.CANCELLED
    )
    assert _get(store.appointments.appointment(_need_id(past))).status is AppointmentStatus.BOOKED
    assert _get(store.tasks.task(_need_id(open_task))).status is TaskStatus.CANCELLED
    assert _get(store.tasks.task(_need_id(done_task))).status is TaskStatus.DONE
    # Another patient's are untouched.
    assert [status for _, status in _visits(store, theirs.id)] == ["booked"] * 8
    assert _get(store.tasks.task(_need_id(their_task))).status is TaskStatus.OPEN
    assert store.patients.still_to_come(other) == (1, 1)


def test_a_discharge_keeps_them_unless_asked(store: Store) -> None:
    patient = _patient(store)
    _series(store, patient)
    store.tasks.add_task(Task(patient_id=patient, title="Chase referral", due_date=TODAY))
    store.patients.set_patient_status(patient, PatientStatus.DISCHARGED)
    assert store.patients.still_to_come(patient) == (1, 1)
