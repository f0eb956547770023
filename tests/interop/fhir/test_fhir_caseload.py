"""The whole caseload as FHIR: valid, each contact once, and read back by carebook's own import
into an empty caseload field by field; importing it again changes nothing."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from carebook.core.records import (
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
from carebook.core.recurrence import local_zone_name
from carebook.core.vocabularies import (
    AppointmentStatus,
    ConditionStatus,
    ContactRole,
    NoteKind,
    PatientStatus,
    TaskStatus,
)
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir.bundle import check_bundle
from carebook.interop.fhir.carried import Carried
from carebook.interop.fhir.caseload import caseload_bundle, export_caseload
from carebook.interop.fhir.imports import import_files
from carebook.interop.fhir.values import BASE
from carebook.store.caseload import Scope, Store

GENERATED = datetime(2026, 3, 3, 9, 30).astimezone()
Json = dict[str, Any]

#: What the FHIR export does not carry, and why. The round trip below compares everything else.
NOT_CARRIED = {
    "record ids": "the importing caseload numbers its rows itself; what each came from is "
    "kept in fhir_link, and each record's global id (its uid) travels as an identifier",
    "created_at / updated_at": "when a row was written to this file is the file's business, "
    "not the record's",
    "audit_log": "the activity log says what was done to this caseload; FHIR's Provenance "
    "could hold it, but the log never leaves the computer (README: privacy)",
    "meta (preferences, the layout horizon)": "the coordinator's own settings and bookkeeping, "
    "not patient records",
    "route_stop": "the order a coordinator means to drive a day's visits in: a plan for a "
    "day, not part of any record (FHIR has no element for it)",
    "occurrence": "derived: each series is laid out again from its RRULE and per-visit changes "
    "on import (compared below through the agenda's counts)",
    "name sort and search keys": "derived from the names on import",
}

#: What FHIR's own elements do not carry exactly, and so carebook's extension carries (see
#: fhir.extension): each (resource type, carebook field) the sample caseload needs it for.
CARRIED_BY_EXTENSION = {
    ("Patient", "status"): "on hold: FHIR's Patient.active is only true or false",
    ("Patient", "access_notes"): "R4's Patient has no notes element",
    ("Patient", "notes"): "R4's Patient has no notes element",
    ("Organization", "notes"): "a contact's own notes: Organization has no notes element",
    ("Practitioner", "notes"): "a contact's own notes: Practitioner has no notes element",
    ("RelatedPerson", "notes"): "a contact's own notes: RelatedPerson has no notes element",
    ("RelatedPerson", "organization"): "a solicitor's firm: RelatedPerson has no organisation",
    ("Practitioner", "organization"): "onBehalfOf is said only where a care team lists them",
    ("Practitioner", "role"): "a contact's role in the directory: read back, FHIR's elements "
    "would leave it to the first care team listing the contact",
    ("Organization", "role"): "Organization.type is not written, so it would read as an agency "
    "or as its first care team listing says",
    ("RelatedPerson", "role"): "a relationship to one patient, not the directory's role",
    ("MedicationStatement", "name"): "FHIR names the medication and its strength together",
    ("MedicationStatement", "strength"): "Medication.ingredient.strength is a ratio of "
    "quantities, which '1.5 g/400 units' is not",
    ("MedicationStatement", "dose"): "a dose in words ('apply', 'as per INR book') has no "
    "Dosage element of its own",
    ("MedicationStatement", "max_per_day"): "a limit in words ('1 dose, then call 999')",
    ("Appointment", "tz"): "FHIR instants carry an offset, not the zone the visit is kept in",
    ("Appointment", "transport_details"): "what is said about transport when none is needed",
    ("Appointment", "occurrence_change"): "a series' per-visit changes (R4 Appointments do "
    "not recur)",
    ("CareTeam", "participant notes"): "a membership's own notes, where the care team's note "
    "shows the contact's instead",
    ("Goal", "measure"): "what measures the goal: a vital sign's or an instrument's own id",
    ("Goal", "measure_target"): "its target, in the measure's stored unit",
    ("Goal", "measure_below"): "whether it is met at or below its target, or at or above",
    ("Observation", "instrument"): "the instrument's id (its LOINC code names only its total)",
    ("Observation", "instrument_version"): "the version of the instrument scored",
    ("Observation", "band"): "the instrument's band in its own words",
    ("Observation", "flags"): "the instrument's flags in its own words",
    ("Observation", "scored_by"): "who scored it, in words (a performer is a resource)",
    ("Observation", "superseded"): "a corrected result, kept as an older version",
    ("Observation", "override_reason"): "why a doubtful reading was kept",
    ("Observation", "tz"): "the zone a reading was taken in (an instant carries an offset)",
    ("QuestionnaireResponse", "instrument"): "the id of the instrument answered",
    ("DocumentReference", "review_on"): "when the document expires or is looked at again",
    ("DocumentReference", "notes"): "the coordinator's notes on the document",
}


# -- comparing two caseloads without their ids ---------------------------------------------------


def _plain(record: Any, *leave_out: str) -> tuple[tuple[str, Any], ...]:
    return tuple(
        (f.name, getattr(record, f.name))
        for f in dataclasses.fields(record)
        if f.name not in ("id", *leave_out)
    )


def _sorted(values: Any) -> list[str]:
    return sorted(repr(value) for value in values)


def canonical(store: Store) -> dict[str, Any]:
    """Every record FHIR carries, each link as the record it names: equal for two caseloads
    that hold the same records, whatever their ids."""
    contacts = {c.id: _plain(c) for c in store.fhir_links.fhir_contacts()}
    found: dict[str, Any] = {
        "contacts": _sorted(contacts.values()),
        "team tasks": _sorted(_plain(t) for t in store.fhir_links.fhir_team_tasks()),
        "patients": [],
    }
    for patient_id in store.fhir_links.fhir_patient_ids():
        patient = store.patients.patient(patient_id)
        conditions = {c.id: _plain(c, "patient_id") for c in store.patients.conditions(patient_id)}
        appointments = {
            a.id: (a.start, a.purpose) for a in store.appointments.appointments_for(patient_id)
        }
        record: dict[str, Any] = {
            "patient": _plain(patient),
            "care team": _sorted(
                (_plain(m, "patient_id", "contact_id"), contacts[m.contact_id])
                for m, _contact in store.contacts.care_team(patient_id)
            ),
            "conditions": _sorted(conditions.values()),
            "allergies": _sorted(
                _plain(a, "patient_id") for a in store.patients.allergies(patient_id)
            ),
            "medications": _sorted(
                (
                    _plain(m, "patient_id", "prescriber_id", "pharmacy_id"),
                    contacts.get(m.prescriber_id),
                    contacts.get(m.pharmacy_id),
                    _sorted(
                        _plain(e, "medication_id")
                        for e in store.medications.medication_history(m.id or 0)
                    ),
                )
                for m in store.medications.medications(patient_id)
            ),
            "appointments": _sorted(
                (
                    _plain(a, "patient_id", "contact_id"),
                    contacts.get(a.contact_id),
                    _sorted(
                        _plain(c, "appointment_id")
                        for c in store.appointments.occurrence_changes(a.id or 0)
                    ),
                )
                for a in store.appointments.appointments_for(patient_id)
            ),
            "tasks": _sorted(_plain(t, "patient_id") for t in store.tasks.tasks_for(patient_id)),
            "notes": _sorted(
                (_plain(n, "patient_id", "appointment_id"), appointments.get(n.appointment_id))
                for n in store.patients.notes_for(patient_id)
            ),
        }
        plans = []
        for plan in store.care_plans.care_plans(patient_id):
            plan_id = plan.id or 0
            problems = {
                p.id: (p.description, conditions.get(p.condition_id))
                for p in store.care_plans.problems(plan_id)
            }
            goals = {
                g.id: (_plain(g, "care_plan_id", "problem_id"), problems.get(g.problem_id))
                for g in store.care_plans.goals(plan_id)
            }
            plans.append(
                (
                    _plain(plan, "patient_id"),
                    _sorted(problems.values()),
                    _sorted(goals.values()),
                    _sorted(
                        (
                            _plain(i, "care_plan_id", "goal_id", "contact_id"),
                            goals.get(i.goal_id),
                            contacts.get(i.contact_id),
                        )
                        for i in store.care_plans.interventions(plan_id)
                    ),
                    _sorted(
                        _plain(r, "care_plan_id")
                        for r in store.care_plans.care_plan_reviews(plan_id)
                    ),
                )
            )
        record["care plans"] = _sorted(plans)
        found["patients"].append(record)
    return found


def differences(first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    """Where two canonical caseloads differ, readably (empty when they do not)."""
    found = []
    for key in ("contacts", "team tasks"):
        if first[key] != second[key]:
            found.append(f"{key}: {set(first[key]) ^ set(second[key])}")
    if len(first["patients"]) != len(second["patients"]):
        return [*found, "not the same number of patients"]
    for number, (one, other) in enumerate(zip(first["patients"], second["patients"], strict=True)):
        for key in one:
            if one[key] == other[key]:
                continue
            if isinstance(one[key], list):
                only = [f"- {item}" for item in one[key] if item not in other[key]]
                only += [f"+ {item}" for item in other[key] if item not in one[key]]
                found.append(f"patient {number + 1} {key}:\n" + "\n".join(only))
            else:
                found.append(f"patient {number + 1} {key}: {one[key]!r} != {other[key]!r}")
    return found


def _tables(store: Store) -> dict[str, int]:
    return {
        name: store.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        for (name,) in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite%' AND name NOT IN ('_sqlite_migrations', 'meta')"
        )
    }


def _extension_fields(bundle: Json) -> set[tuple[str, str]]:
    used = set()
    for entry in bundle["entry"]:
        resource = entry["resource"]
        fields = ext.decode(resource)
        kind = resource["resourceType"]
        used |= {(kind, name) for name in (*fields.values, *fields.empty, *fields.children)}
        for participant in resource.get("participant") or []:
            if ext.decode(participant):
                used.add((kind, "participant notes"))
    return used


def _round_trip(source: Store, tmp_path: Path) -> tuple[Store, Json, Path]:
    text = export_caseload(source, generated=GENERATED)
    path = tmp_path / "caseload.fhir.json"
    path.write_text(text, encoding="utf-8")
    target = Store.open(tmp_path / "imported.sqlite3", clock=source.clock)
    report = import_files(target, [path], zone=local_zone_name())
    assert report.errors == [] and report.warnings == [] and report.skipped == [], report.text()
    return target, json.loads(text), path


# -- the sample caseload -------------------------------------------------------------------------


@pytest.fixture
def sample(sample_db: Path) -> Iterator[Store]:
    store = Store.open(sample_db)
    yield store
    store.close()


def test_the_sample_caseload_round_trips_field_by_field(sample: Store, tmp_path: Path) -> None:
    imported, bundle, path = _round_trip(sample, tmp_path)
    try:
        assert differences(canonical(sample), canonical(imported)) == []
        counts = _tables(imported)
        source = _tables(sample)
        for table in (
            "patient",
            "contact",
            "care_team_member",
            "condition",
            "allergy",
            "medication",
            "medication_event",
            "appointment",
            "appointment_change",
            "task",
            "care_plan",
            "care_plan_review",
            "problem",
            "goal",
            "intervention",
            "note",
            "occurrence",
        ):
            assert counts[table] == source[table], table
        # What the extension carries, each for a reason listed above.
        assert _extension_fields(bundle) <= set(CARRIED_BY_EXTENSION)

        again = import_files(imported, [path], zone=local_zone_name())
        assert again.applied is not None and not again.applied.changed_anything
        assert _tables(imported) == counts  # no duplicate, no log line, no new link
    finally:
        imported.close()


def test_the_export_is_a_valid_collection_with_each_contact_once(sample: Store) -> None:
    bundle = caseload_bundle(sample, generated=GENERATED)
    check_bundle(bundle)  # R4 models, required codes, every reference resolves inside it
    assert bundle["type"] == "collection"
    resources = [entry["resource"] for entry in bundle["entry"]]
    assert all(
        entry["fullUrl"] == f"{BASE}{r['resourceType']}/{r['id']}"
        for entry, r in zip(bundle["entry"], resources, strict=True)
    )
    names = Counter(f"{r['resourceType']}/{r['id']}" for r in resources)
    assert max(names.values()) == 1
    contacts = [r for r in resources if r["id"].startswith("contact-")]
    assert (
        len(contacts) == len({r["id"] for r in contacts}) == len(sample.fhir_links.fhir_contacts())
    )
    shared = sample.conn.execute(
        "SELECT count(*) FROM (SELECT contact_id FROM care_team_member GROUP BY contact_id"
        " HAVING count(*) > 1)"
    ).fetchone()[0]
    assert shared > 0  # the sample has contacts on several teams, each written once
    kinds = Counter(r["resourceType"] for r in resources)
    assert kinds["Patient"] == 40 and "Composition" not in kinds and "Device" not in kinds
    # Notes are DocumentReferences, and so are a patient's documents (with their files).
    notes, documents = sample.conn.execute(
        "SELECT (SELECT count(*) FROM note), (SELECT count(*) FROM patient_document)"
    ).fetchone()
    assert documents > 0 and kinds["DocumentReference"] == notes + documents
    assert export_caseload(sample, generated=GENERATED) == export_caseload(
        sample, generated=GENERATED
    )


# -- a caseload built by hand, with the cases the sample lacks -----------------------------------


@pytest.fixture
def built(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "built.sqlite3", clock=lambda: datetime(2026, 3, 3, 8))
    zoë = store.patients.add_patient(
        Patient(
            given="Zoë",
            family="Ødegård",
            preferred_name="Zee",
            birth_date=date(1938, 5, 4),
            phone_alt="07700 900000",
            status=PatientStatus.ON_HOLD,
            language="Norwegian",
            external_id="999 000 1111",
            access_notes="Key safe\nby the back door",
        )
    )
    ben = store.patients.add_patient(
        Patient(family="Adeyemi", status=PatientStatus.DISCHARGED, payer="Self-funded")
    )
    assert zoë.id is not None and ben.id is not None
    carer = store.contacts.add_contact(
        Contact(name="Ingrid Hart", role=ContactRole.CAREGIVER, notes="Daughter; lives nearby")
    )
    neighbour = store.contacts.add_contact(
        Contact(name="Sam Reed", role=ContactRole.EMERGENCY_CONTACT)
    )
    gp = store.contacts.add_contact(
        Contact(
            name="Dr Ada Shaw",
            role=ContactRole.PHYSICIAN,
            organization="Otley Health Centre",
            fax="0113 496 0101",
        )
    )
    pharmacy = store.contacts.add_contact(Contact(name="Otley Pharmacy", role=ContactRole.PHARMACY))
    physio = store.contacts.add_contact(Contact(name="Ana Ruiz", role=ContactRole.THERAPIST))
    store.contacts.add_contact(
        Contact(
            name="Pat Lowe",
            role=ContactRole.OTHER,
            email="pat@example.org",
            notes="Befriender; on no one's team yet",
        )
    )
    for patient, contact, role, emergency, notes in (
        (zoë, carer, ContactRole.CAREGIVER, True, "Daughter"),
        (zoë, carer, ContactRole.POWER_OF_ATTORNEY, False, ""),
        (zoë, neighbour, ContactRole.EMERGENCY_CONTACT, False, "Has a key"),
        (zoë, gp, ContactRole.PHYSICIAN, False, ""),
        (ben, carer, ContactRole.CAREGIVER, False, "Neighbour's daughter"),
        (ben, gp, ContactRole.PHYSICIAN, False, "Registered GP"),
    ):
        assert patient.id is not None and contact.id is not None
        store.contacts.add_to_care_team(
            CareTeamMember(
                patient_id=patient.id,
                contact_id=contact.id,
                role=role,
                is_emergency=emergency,
                notes=notes,
            )
        )
    falls = store.patients.add_condition(
        Condition(
            patient_id=zoë.id,
            description="Osteoporosis",
            code="64859006",
            onset_date=date(2015, 1, 1),
            abatement_date=date(2020, 1, 1),
            status=ConditionStatus.ACTIVE,
            notes="Came back.",
        )
    )
    store.patients.add_condition(Condition(patient_id=zoë.id, description="Frailty", code="FR-1"))
    store.medications.add_medication(
        Medication(
            patient_id=zoë.id,
            name="Paracetamol",
            strength="500 mg",
            dose="½-1 tablet",
            route="oral",
            frequency="up to four times a day",
            as_needed=True,
            as_needed_reason="pain",
            max_per_day="8 tablets",
            prescriber_id=gp.id,
            pharmacy_id=pharmacy.id,
            start_date=date(2024, 1, 1),
            next_review=date(2026, 9, 1),
        )
    )
    ramipril = store.medications.add_medication(
        Medication(
            patient_id=zoë.id,
            name="Ramipril",
            strength="2.5 mg",
            dose="2.5 mg",
            route="oral",
            frequency="twice daily",
            times_of_day="08:00, 20:00",
            start_date=date(2023, 1, 1),
        )
    )
    assert ramipril.id is not None
    store.medications.stop_medication(ramipril.id, "Cough. Reason: dry", on=date(2026, 2, 1))
    plan = store.care_plans.add_care_plan(
        CarePlan(
            patient_id=zoë.id,
            title="Staying safe at home",
            period_start=date(2026, 1, 5),
            notes="Reviewed often",
        )
    )
    assert plan.id is not None
    falls_problem = store.care_plans.add_problem(
        Problem(care_plan_id=plan.id, description="Falls", condition_id=falls.id)
    )
    lonely = store.care_plans.add_problem(Problem(care_plan_id=plan.id, description="Lonely"))
    fear = store.care_plans.add_problem(
        Problem(care_plan_id=plan.id, description="Fear of falling", condition_id=falls.id)
    )  # a second one on that condition
    store.care_plans.add_goal(
        Goal(care_plan_id=plan.id, problem_id=fear.id, description="Go out again")
    )
    goal = store.care_plans.add_goal(
        Goal(
            care_plan_id=plan.id,
            problem_id=falls_problem.id,
            description="Walk to the shop",
            target="Twice a week",
            due_date=date(2026, 6, 1),
            achievement=None,
        )
    )
    store.care_plans.add_goal(
        Goal(care_plan_id=plan.id, problem_id=lonely.id, description="See friends")
    )
    store.care_plans.add_intervention(
        Intervention(
            care_plan_id=plan.id,
            goal_id=goal.id,
            description="Exercises",
            contact_id=physio.id,
            frequency="Weekly",
        )
    )
    store.care_plans.add_intervention(
        Intervention(
            care_plan_id=plan.id,
            description="Lunch club",
            performer="Ana Ruiz",
            contact_id=physio.id,
        )
    )
    store.care_plans.review_care_plan(
        CarePlanReview(care_plan_id=plan.id, on_date=date(2026, 3, 1), outcome="reviewed"),
        date(2026, 6, 1),
    )
    visits = store.appointments.add_appointment(
        Appointment(
            patient_id=zoë.id,
            purpose="Wellbeing visit",
            start=datetime(2026, 3, 31, 1, 30),
            duration_min=45,
            tz="Europe/London",
            rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=6",
            notes="Ring first\nLocation: not really",
            contact_id=carer.id,
            with_whom="",
        )
    )
    assert visits.id is not None
    store.appointments.cancel_appointment(visits.id, Scope.THIS, datetime(2026, 4, 7, 1, 30))
    moved = dataclasses.replace(visits, start=datetime(2026, 4, 15, 11, 0))
    store.appointments.update_appointment(moved, Scope.THIS, datetime(2026, 4, 14, 1, 30))
    store.appointments.add_appointment(
        Appointment(
            patient_id=ben.id,
            purpose="Care call",
            start=datetime(2026, 2, 2, 8),
            duration_min=30,
            tz="America/New_York",
            contact_id=pharmacy.id,
            status=AppointmentStatus.NO_SHOW,
        )
    )
    store.tasks.add_task(
        Task(
            patient_id=zoë.id,
            title="Ring the GP",
            due_date=date(2026, 3, 4),
            due_time=time(9, 15),
            rrule="FREQ=WEEKLY",
            details="Line one\nTwo",
        )
    )
    done = store.tasks.add_task(Task(patient_id=ben.id, title="Order a stool"))
    store.tasks.complete_task(done.id or 0)
    store.tasks.add_task(Task(title="Team meeting notes", status=TaskStatus.OPEN))
    store.patients.add_note(
        Note(
            patient_id=zoë.id,
            written_at=datetime(2026, 3, 1, 10, 5),
            kind=NoteKind.VISIT,
            text="Seen at home.\nAll well ✓",
            appointment_id=visits.id,
        )
    )
    yield store
    store.close()


def test_a_caseload_with_the_awkward_cases_round_trips(built: Store, tmp_path: Path) -> None:
    imported, bundle, path = _round_trip(built, tmp_path)
    try:
        assert differences(canonical(built), canonical(imported)) == []
        resources = {
            f"{e['resource']['resourceType']}/{e['resource']['id']}": e["resource"]
            for e in bundle["entry"]
        }
        assert "Person/contact-6" in resources  # in the directory, related to no patient
        task = next(r for r in resources.values() if r.get("description") == "Team meeting notes")
        assert "for" not in task
        counts = _tables(imported)
        assert counts["occurrence"] == _tables(built)["occurrence"]
        again = import_files(imported, [path], zone=local_zone_name())
        assert again.applied is not None and not again.applied.changed_anything
        assert _tables(imported) == counts
    finally:
        imported.close()


def test_a_record_changed_after_the_export_is_updated_by_it(built: Store, tmp_path: Path) -> None:
    imported, _bundle, path = _round_trip(built, tmp_path)
    try:
        [(zoë_id, _name)] = imported.patients.find_patients("Ødegård")
        [osteoporosis] = [c for c in imported.patients.conditions(zoë_id) if c.code == "64859006"]
        imported.patients.update_condition(dataclasses.replace(osteoporosis, notes="Typed here"))
        report = import_files(imported, [path], zone=local_zone_name())
        assert report.applied is not None
        assert report.applied.updated["condition"] == 1
        assert sum(report.applied.created.values()) == 0
        assert differences(canonical(built), canonical(imported)) == []
    finally:
        imported.close()


def test_the_export_imported_into_its_own_caseload_changes_nothing(
    sample_db: Path, tmp_path: Path
) -> None:
    """Each resource names the caseload it came from (meta.source), so the caseload itself,
    or a copy of it, finds its own records in its export and makes nothing twice."""
    store = Store.open(sample_db)
    try:
        path = tmp_path / "export.json"
        path.write_text(export_caseload(store, generated=GENERATED), encoding="utf-8")
        counts = _tables(store)
        report = import_files(store, [path], zone=local_zone_name())
        assert report.errors == [], report.text()
        assert report.applied is not None and not report.applied.changed_anything
        assert _tables(store) == counts
        assert store.fhir_links.fhir_link_count() == 0  # its own records need no links
    finally:
        store.close()


def test_validating_reads_the_awkward_cases_back_and_finds_them_whole(built: Store) -> None:
    """--validate reads each patient's resources back through the importer: the extension each
    record's rule wrote (fhir.carried) is enough, so nothing is found missing."""
    checked = export_caseload(built, generated=GENERATED, validate=True)
    assert checked == export_caseload(built, generated=GENERATED)  # the same file either way


def test_validating_names_a_field_that_would_not_come_back(
    built: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rule forgetting the patients' notes: only the reading back can tell.
    monkeypatch.setattr(Carried, "_patient", lambda self, patient, resource, values: None)
    export_caseload(built, generated=GENERATED)  # written all the same
    with pytest.raises(ValueError, match=r"Patient/patient-1 .*access_notes"):
        export_caseload(built, generated=GENERATED, validate=True)
