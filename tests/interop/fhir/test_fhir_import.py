"""FHIR import: reading Bundles and NDJSON, the mapping of an EHR download, importing again
without duplicating anything, and broken input refused whole (or, on request, left out)."""

from __future__ import annotations

import argparse
import gzip
import json
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.cli.fhir_import import add_fhir_options, run_fhir_import
from carebook.core.records import Patient
from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AppointmentKind,
    ConditionStatus,
    ContactRole,
    GoalAchievement,
    InterventionStatus,
    Sex,
    TaskPriority,
)
from carebook.interop.fhir.imports import import_files, import_reading
from carebook.interop.fhir.read import Found, Reading, ndjson_lines, read_files
from carebook.interop.fhir.report import ImportReport
from carebook.store.caseload import Store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "fhir"
ZONE = "Europe/London"
NOW = datetime(2026, 3, 3, 8, 0)
TABLES = (
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
    "fhir_link",
    "audit_log",
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: NOW)
    yield store
    store.close()


def _import(store: Store, *names: str, **options: Any) -> ImportReport:
    return import_files(store, [FIXTURES / name for name in names], zone=ZONE, **options)


def _counts(store: Store) -> dict[str, int]:
    return {
        table: store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES
    }


def _lines(report: ImportReport, level: str) -> str:
    return "\n".join(f.line() for f in report.findings if f.level == level)


# -- reading files -------------------------------------------------------------------------------


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(
        st.dictionaries(st.sampled_from(["id", "text", "note"]), _TEXT, max_size=3),
        min_size=1,
        max_size=6,
    ),
    ending=st.sampled_from(["\n", "\r\n"]),
    blanks=st.lists(st.booleans(), max_size=6),
    raw=st.booleans(),
)
def test_ndjson_lines_are_cut_at_line_feeds_only(
    values: list[dict[str, str]], ending: str, blanks: list[bool], raw: bool
) -> None:
    """Each non-blank line is one resource, whatever line breaks JSON keeps inside strings
    (U+2028, U+0085, a lone CR written raw), with its own line number."""
    lines: list[str] = []
    expected: list[tuple[int, dict[str, str]]] = []
    for number, value in enumerate(values):
        if number < len(blanks) and blanks[number]:
            lines.append("   ")
        lines.append(json.dumps({"resourceType": "Basic", **value}, ensure_ascii=not raw))
        expected.append((len(lines), {"resourceType": "Basic", **value}))
    text = ending.join(lines) + ending
    found = [(number, json.loads(line)) for number, line in ndjson_lines(text)]
    assert found == expected


def test_a_bundle_is_read_entry_by_entry(tmp_path: Path) -> None:
    reading = read_files([FIXTURES / "ehr_searchset.json", FIXTURES / "transaction.json"])
    assert reading.problems == []
    assert reading.found[0].where == "ehr_searchset.json entry 1"
    assert reading.found[0].full_url == "https://ehr.example.org/fhir/Patient/eAbc123"
    notices = [notice.where for notice in reading.notices]
    assert notices == ["ehr_searchset.json entry 23", "transaction.json entry 3"]
    nested = tmp_path / "nested.json"
    nested.write_text(
        json.dumps(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [{"resource": json.loads((FIXTURES / "transaction.json").read_text())}],
            }
        )
    )
    inner = read_files([nested])
    assert [one.where for one in inner.found] == [
        "nested.json entry 1 entry 1",
        "nested.json entry 1 entry 2",
    ]


def test_gzip_and_ndjson_without_its_suffix_read_like_plain_ndjson(tmp_path: Path) -> None:
    text = (FIXTURES / "bulk" / "Patient.ndjson").read_bytes()
    (tmp_path / "Patient.ndjson.gz").write_bytes(gzip.compress(text))
    (tmp_path / "patients.txt").write_bytes(text)
    plain = read_files([FIXTURES / "bulk" / "Patient.ndjson"])
    for name in ("Patient.ndjson.gz", "patients.txt"):
        reading = read_files([tmp_path / name])
        assert reading.problems == []
        assert [one.resource for one in reading.found] == [one.resource for one in plain.found]
        assert reading.found[1].where == f"{name} line 2"


def test_unreadable_files_and_lines_are_reported_and_nothing_is_imported(store: Store) -> None:
    before = _counts(store)
    report = _import(store, "truncated.json", "bad_line.ndjson", "missing.json")
    assert report.refused
    errors = _lines(report, "error")
    assert "truncated.json: is not valid JSON: Expecting ',' delimiter at line 3" in errors
    assert "bad_line.ndjson line 2: is not valid JSON" in errors
    assert "bad_line.ndjson line 3: is not a FHIR resource (a JSON object) but a list" in errors
    assert "missing.json: cannot be read" in errors
    assert _counts(store) == before
    assert "nothing was imported" in report.text()


# -- an EHR's download ---------------------------------------------------------------------------


def test_an_ehr_download_becomes_the_patients_record(store: Store) -> None:
    report = _import(store, "ehr_searchset.json")
    assert not report.refused and report.errors == []
    [(patient_id, _name)] = store.patients.find_patients("O'Neill")
    patient = store.patients.patient(patient_id)
    assert patient is not None
    assert (patient.given, patient.family, patient.preferred_name) == (
        "Margaret Rose",
        "O'Neill",
        "Peggy",
    )  # the official name, not the old one
    assert patient.birth_date == date(1937, 4, 2) and patient.sex is Sex.FEMALE
    assert (patient.phone, patient.phone_alt, patient.email) == (
        "0113 496 0001",
        "07700 900123",
        "peggy@example.org",
    )  # by rank; the old one left
    assert (patient.address_line, patient.city, patient.region, patient.postal_code) == (
        "Flat 2, 14 Kiln Row",
        "Leeds",
        "West Yorkshire",
        "LS6 2AB",
    )
    assert (patient.lat, patient.lon) == (53.82, -1.57)
    assert patient.external_id == "E4401"  # the MR identifier before the NHS number
    assert patient.language == "English (United Kingdom)"

    team = {
        contact.name: (member, contact) for member, contact in store.contacts.care_team(patient_id)
    }
    assert set(team) == {"Dr Asha Patel", "Ana Ruiz", "Headingley Pharmacy", "Claire O'Neill"}
    gp_member, gp = team["Dr Asha Patel"]  # Patient.generalPractitioner, with its role
    assert gp_member.role is ContactRole.PHYSICIAN
    assert (gp.organization, gp.fax) == ("Kirkstall Surgery", "0113 496 0998")
    physio_member, physio = team["Ana Ruiz"]  # the care team's words and onBehalfOf
    assert physio_member.role is physio.role is ContactRole.THERAPIST
    assert physio.organization == "Community Rehabilitation Team"
    assert team["Headingley Pharmacy"][1].role is ContactRole.PHARMACY
    daughter_member, daughter = team["Claire O'Neill"]  # RelatedPerson.patient alone
    assert daughter_member.role is daughter.role is ContactRole.CAREGIVER
    assert daughter_member.is_emergency and daughter.phone == "07700 900456"

    conditions = {c.description: c for c in store.patients.conditions(patient_id)}
    assert set(conditions) == {
        "High blood pressure",
        "Urinary tract infection, site not specified",
    }  # not "Gout"
    pressure = conditions["High blood pressure"]
    assert (pressure.code, pressure.onset_date) == ("38341003", date(2015, 6, 1))
    assert pressure.notes == "Home readings usually under 140/90."
    infection = conditions["Urinary tract infection, site not specified"]
    assert infection.status is ConditionStatus.RESOLVED and infection.code == "N39.0"
    assert (infection.onset_date, infection.abatement_date) == (date(2025, 1, 3), date(2025, 1, 20))
    [allergy] = store.patients.allergies(patient_id)
    assert (allergy.substance, allergy.reaction) == ("Penicillin", "Rash, Wheeze, Anaphylaxis")
    assert allergy.severity is AllergySeverity.SEVERE
    assert allergy.criticality is AllergyCriticality.HIGH

    medications = {m.name: m for m in store.medications.medications(patient_id)}
    ramipril = medications["Ramipril 2.5 mg capsules"]  # named by its contained Medication
    assert (ramipril.dose, ramipril.route, ramipril.frequency, ramipril.times_of_day) == (
        "1 capsule",
        "Oral",
        "twice daily",
        "08:00, 20:00",
    )
    assert ramipril.indication == "High blood pressure"  # reasonReference
    assert ramipril.prescriber_id == gp.id
    assert ramipril.pharmacy_id == team["Headingley Pharmacy"][1].id  # dispenseRequest
    assert ramipril.instructions == "Check kidney function yearly."
    assert ramipril.start_date == date(2024, 3, 1)
    paracetamol = medications["Paracetamol 500 mg tablets"]
    assert (paracetamol.dose, paracetamol.frequency, paracetamol.max_per_day) == (
        "1-2 tablet",
        "every 6 hours",
        "8 tablets",
    )
    assert paracetamol.as_needed and paracetamol.as_needed_reason == "pain"
    assert paracetamol.prescriber_id is None  # the requester is not in the download...
    assert paracetamol.instructions == "Prescribed by Dr Locum"  # ...its name is kept
    assert "requester Practitioner/pr-gone is not in the files; 'Dr Locum' is kept" in (
        _lines(report, "warning")
    )

    [visit] = store.appointments.appointments_for(patient_id)  # the waitlisted one has no time
    assert (visit.start, visit.tz, visit.duration_min) == (datetime(2026, 7, 7, 10), ZONE, 20)
    assert visit.kind is AppointmentKind.PHYSICIAN
    assert (visit.purpose, visit.location, visit.with_whom, visit.contact_id) == (
        "Blood pressure review",
        "Kirkstall Surgery, room 3",
        "Dr Patel",
        gp.id,
    )
    assert visit.notes == "Bring your home readings."
    [task] = store.tasks.tasks_for(patient_id)
    assert (task.title, task.due_date, task.priority) == (
        "Chase the echo result",
        date(2026, 3, 10),
        TaskPriority.ASAP,
    )

    plans = {plan.title: plan for plan in store.care_plans.care_plans(patient_id)}
    assert set(plans) == {"Keeping well at home", "Goals"}  # a lone goal gets a plan
    plan = plans["Keeping well at home"]
    assert plan.notes == "Daughter helps with shopping." and plan.period_start == date(2026, 1, 5)
    [problem] = store.care_plans.problems(plan.id or 0)
    assert (problem.description, problem.condition_id) == ("Blood pressure", pressure.id)
    [goal] = store.care_plans.goals(plan.id or 0)
    assert (goal.description, goal.target, goal.due_date, goal.problem_id) == (
        "Walk to the shop",
        "Twice a week",
        date(2026, 9, 1),
        problem.id,
    )
    assert goal.achievement is GoalAchievement.IMPROVING
    activities = {i.description: i for i in store.care_plans.interventions(plan.id or 0)}
    exercises = activities["Strength and balance exercises"]
    assert (exercises.contact_id, exercises.goal_id, exercises.frequency) == (
        physio.id,
        goal.id,
        "Weekly",
    )
    assert activities["Lunch club"].status is InterventionStatus.CANCELLED
    assert activities["Lunch club"].performer == "Age UK volunteer"
    assert "Referral to podiatry" in activities
    [lone] = store.care_plans.goals(plans["Goals"].id or 0)
    assert lone.description == "Sleep through the night"


def test_what_carebook_does_not_keep_is_counted_and_said(store: Store) -> None:
    report = _import(store, "ehr_searchset.json")
    assert dict(report.not_kept) == {"Observation": 1, "Encounter": 1}
    skipped = _lines(report, "skipped")
    assert "entry 10: Condition/c-3: is marked entered-in-error" in skipped
    assert "entry 19: Appointment/ap-2: has no start time" in skipped
    assert "entry 23: is the server's note on the search" in skipped
    text = report.text()
    assert "Not kept by carebook, so skipped: Encounter 1, Observation 1." in text
    assert "Imported: patients 1 new;" in text


def test_bulk_ndjson_files_refer_to_each_other(store: Store) -> None:
    report = _import(
        store,
        *(
            f"bulk/{name}.ndjson"
            for name in ("Condition", "MedicationStatement", "Patient", "Practitioner")
        ),
    )
    assert report.errors == [] and report.warnings == []
    ada, bo = (
        store.patients.patient(pid)
        for pid, _name in (
            store.patients.find_patients("Okafor") + store.patients.find_patients("Lindqvist")
        )
    )
    assert ada is not None and bo is not None
    assert ada.external_id == "M-101" and bo.address_line == "4 Quay Street, Hull"
    # A line separator (U+2028) inside a line's text is not where the line ends.
    assert [(c.description, c.notes) for c in store.patients.conditions(bo.id or 0)] == [
        ("Heart failure (mild)", "Breathless on stairs\u2028since March")
    ]
    [metformin] = store.medications.medications(ada.id or 0)
    assert (metformin.dose, metformin.route, metformin.frequency) == (
        "1 tablet",
        "oral",
        "twice daily with meals",
    )
    prescriber = store.contacts.contact(metformin.prescriber_id or 0)
    assert prescriber is not None and prescriber.name == "Dr Ruth Adeyemi"
    [amoxicillin] = store.medications.medications(bo.id or 0)
    assert (amoxicillin.status.value, amoxicillin.stop_reason, amoxicillin.end_date) == (
        "stopped",
        "Course finished",
        date(2025, 12, 8),
    )
    assert amoxicillin.instructions == "One capsule three times a day for a week"


def test_a_later_download_finds_the_patient_imported_before(store: Store) -> None:
    _import(store, "bulk/Patient.ndjson")
    report = _import(store, "new_condition.ndjson")  # refers to Patient/101, not in the file
    assert report.errors == [] and not report.refused
    [(ada_id, _name)] = store.patients.find_patients("Okafor")
    [knee] = store.patients.conditions(ada_id)
    assert knee.description == "Osteoarthritis of the knee"
    assert knee.onset_date is None  # "2019-09" is not a whole day


def test_a_transaction_with_urn_uuids_and_a_delete(store: Store) -> None:
    report = _import(store, "transaction.json")
    assert report.errors == [] and report.warnings == []
    [(patient_id, _name)] = store.patients.find_patients("Moreau")
    assert [a.substance for a in store.patients.allergies(patient_id)] == ["Aspirin"]
    assert "asks to delete Condition/old-1; carebook deletes nothing" in _lines(report, "skipped")
    again = _import(store, "transaction.json")  # found again by the fullUrl
    assert again.applied is not None and not again.applied.changed_anything


# -- importing again -----------------------------------------------------------------------------


def test_importing_the_same_download_again_changes_nothing(store: Store) -> None:
    first = _import(store, "ehr_searchset.json")
    assert first.applied is not None and first.applied.changed_anything
    counts = _counts(store)
    second = _import(store, "ehr_searchset.json")
    assert second.applied is not None and not second.applied.changed_anything
    assert sum(second.applied.unchanged.values()) == sum(first.applied.created.values())
    assert _counts(store) == counts  # not even a line in the activity log


def test_a_changed_download_updates_the_records_in_place(store: Store, tmp_path: Path) -> None:
    _import(store, "ehr_searchset.json")
    counts = _counts(store)
    [(patient_id, _name)] = store.patients.find_patients("O'Neill")
    store.patients.update_patient(
        _with(store.patients.patient(patient_id), access_notes="Key safe 1234")
    )
    bundle = json.loads((FIXTURES / "ehr_searchset.json").read_text())
    resources = {e["resource"]["id"]: e["resource"] for e in bundle["entry"]}
    resources["eAbc123"]["telecom"][2]["value"] = "0113 496 7777"
    resources["c-1"]["clinicalStatus"]["coding"][0]["code"] = "resolved"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(bundle))
    report = import_files(store, [changed], zone=ZONE)
    assert report.applied is not None
    assert (report.applied.updated["patient"], report.applied.updated["condition"]) == (1, 1)
    assert sum(report.applied.created.values()) == 0
    patient = store.patients.patient(patient_id)
    assert patient is not None and patient.phone == "0113 496 7777"
    assert patient.access_notes == "Key safe 1234"  # the download says nothing of it: kept
    assert {c.status for c in store.patients.conditions(patient_id)} == {ConditionStatus.RESOLVED}
    after = _counts(store)
    assert {t: n for t, n in after.items() if t != "audit_log"} == {
        t: n for t, n in counts.items() if t != "audit_log"
    }


def _with(patient: Patient | None, **changes: Any) -> Patient:
    import dataclasses

    assert patient is not None
    return dataclasses.replace(patient, **changes)


def test_a_deleted_record_is_made_again_and_an_undone_delete_keeps_its_links(store: Store) -> None:
    _import(store, "bulk/Patient.ndjson", "bulk/Condition.ndjson")
    [(ada_id, _name)] = store.patients.find_patients("Okafor")
    [diabetes] = store.patients.conditions(ada_id)
    assert diabetes.id is not None
    links = store.fhir_links.fhir_links(["id:Condition/c101"])
    assert links == {"id:Condition/c101": ("condition", diabetes.id)}
    snapshot = store.snapshot("condition", diabetes.id)
    store.patients.delete_condition(diabetes.id)
    assert store.fhir_links.fhir_links(["id:Condition/c101"]) == {}  # gone with its record
    store.restore("condition", diabetes.id, snapshot)  # undo
    assert store.fhir_links.fhir_links(["id:Condition/c101"]) == links
    again = _import(store, "bulk/Patient.ndjson", "bulk/Condition.ndjson")
    assert again.applied is not None and not again.applied.changed_anything
    store.patients.delete_condition(diabetes.id)
    third = _import(store, "bulk/Patient.ndjson", "bulk/Condition.ndjson")
    assert third.applied is not None and third.applied.created["condition"] == 1
    assert len(store.patients.conditions(ada_id)) == 1


def test_the_same_id_from_another_source_is_another_patient(store: Store, tmp_path: Path) -> None:
    _import(store, "bulk/Patient.ndjson")
    other = tmp_path / "other.ndjson"
    other.write_text(
        json.dumps(
            {
                "resourceType": "Patient",
                "id": "101",
                "birthDate": "1960-01-01",
                "name": [{"family": "Someone", "given": ["Else"]}],
            }
        )
        + "\n"
    )
    report = import_files(store, [other], zone=ZONE)
    assert report.applied is not None and report.applied.created["patient"] == 1
    assert store.patients.find_patients("Okafor") and store.patients.find_patients("Someone")


def test_a_patient_typed_in_by_hand_is_found_by_mrn(store: Store) -> None:
    typed = store.patients.add_patient(
        Patient(
            given="Ada",
            family="Okafor",
            external_id="M-101",
            birth_date=date(1941, 5, 6),
            access_notes="Ring twice",
        )
    )
    report = _import(store, "bulk/Patient.ndjson")
    assert report.applied is not None
    assert (report.applied.created["patient"], report.applied.updated["patient"]) == (1, 1)
    found = store.patients.patient(typed.id or 0)
    assert found is not None and found.phone == "555-0101" and found.access_notes == "Ring twice"


_IDENTIFIER = st.text(
    st.characters(whitelist_categories=("L", "N"), whitelist_characters="-.:/"),
    min_size=1,
    max_size=20,
)


@settings(max_examples=25, deadline=None)
@given(
    system=_IDENTIFIER,
    value=_IDENTIFIER,
    first=st.sampled_from(["a1", "x-9", "p.2"]),
    second=st.sampled_from(["b1", "y-8"]),
)
def test_a_patient_is_found_again_by_its_identifier_whatever_its_id(
    tmp_path_factory: pytest.TempPathFactory, system: str, value: str, first: str, second: str
) -> None:
    """A re-download that gives the patient another id (another server, a merged record)
    still finds it by identifier (system and value), the strongest identity."""
    path = tmp_path_factory.mktemp("identity") / "caseload.sqlite3"
    store = Store.open(path, clock=lambda: NOW)
    try:
        for resource_id, base in (
            (first, "https://a.example/fhir/"),
            (second, "https://b.example/fhir/"),
        ):
            patient = {
                "resourceType": "Patient",
                "id": resource_id,
                "identifier": [{"system": f"urn:{system}", "value": value}],
                "name": [{"family": "Reed"}],
            }
            reading = Reading([Found(patient, "download", f"{base}Patient/{resource_id}")], files=1)
            report = import_reading(store, reading, zone=ZONE)
            assert report.errors == []
        assert store.counts().patients == 1
        keys = {key for (key,) in store.conn.execute("SELECT source_key FROM fhir_link")}
        assert f"ident:Patient|urn:{system}|{value}" in keys
        assert {f"id:Patient/{first}", f"id:Patient/{second}"} <= keys
    finally:
        store.close()


# -- broken input --------------------------------------------------------------------------------


def test_broken_references_stop_the_whole_import(store: Store) -> None:
    before = _counts(store)
    report = _import(store, "broken_references.json")
    assert report.refused
    errors = _lines(report, "error")
    assert (
        "broken_references.json entry 2: Condition/c-lost: subject 'Patient/nowhere' points nowhere"
    ) in errors
    assert "entry 3: Appointment/ap-lost: participant 'Patient/missing' points nowhere" in errors
    assert _counts(store) == before  # the patient and allergy that were fine: not written
    assert "Errors (nothing was imported" in report.text()


def test_skip_invalid_imports_the_rest(store: Store) -> None:
    report = _import(store, "broken_references.json", skip_invalid=True)
    assert not report.refused and len(report.errors) == 2
    [(patient_id, _name)] = store.patients.find_patients("Hart")
    assert [a.substance for a in store.patients.allergies(patient_id)] == ["Latex"]
    assert (
        store.patients.conditions(patient_id) == []
        and store.appointments.appointments_for(patient_id) == []
    )
    assert "Errors (left out, as --skip-invalid asks):" in report.text()


def test_resources_that_fail_their_checks_are_named_with_why(store: Store) -> None:
    report = _import(store, "invalid_resources.json")
    assert report.refused
    errors = _lines(report, "error")
    assert (
        "entry 2: Condition/c-bad-date: is not valid FHIR R4: onsetDateTime: DateTime "
        "value string does not match spec regex"
    ) in errors
    assert "entry 3: AllergyIntolerance/a-no-patient: is not valid FHIR R4: patient: " in errors
    assert "entry 4: Patient/p3: carebook cannot keep it: Date of birth is in the future" in (
        errors
    )
    assert (
        "entry 5: Condition/c-of-p3: its patient Patient/p3 (invalid_resources.json "
        "entry 4) cannot be imported" in _lines(report, "skipped")
    )
    assert "favouriteColour is not an element of an R4 Patient; ignored" in _lines(
        report, "warning"
    )
    assert store.counts().patients == 0
    kept = _import(store, "invalid_resources.json", skip_invalid=True)
    assert kept.applied is not None
    assert (kept.applied.created["patient"], kept.applied.created["task"]) == (1, 1)
    [(sam, _name)] = store.patients.find_patients("Reed")
    assert store.patients.conditions(sam) == [] and [
        t.title for t in store.tasks.tasks_for(sam)
    ] == ["Ring Sam"]


def test_a_dry_run_says_what_would_happen_and_writes_nothing(store: Store) -> None:
    before = _counts(store)
    report = _import(store, "ehr_searchset.json", dry_run=True)
    assert report.applied is not None and report.applied.created["patient"] == 1
    assert "Would import: patients 1 new;" in report.text()
    assert _counts(store) == before


def test_times_are_read_in_the_zone_given(store: Store, tmp_path: Path) -> None:
    task = {
        "resourceType": "Task",
        "id": "t",
        "status": "completed",
        "intent": "order",
        "description": "Ring the GP",
        "restriction": {"period": {"end": "2026-07-01T08:15:00+00:00"}},
        "executionPeriod": {"end": "2026-06-30T17:05:30Z"},
    }
    path = tmp_path / "task.json"
    path.write_text(json.dumps(task))
    report = import_files(store, [path], zone=ZONE)
    assert report.errors == []
    [(_id, _title, *_rest)] = store.conn.execute("SELECT id, title FROM task").fetchall()
    stored = store.tasks.task(_id)
    assert stored is not None and stored.patient_id is None  # a task for no one: the team's
    assert (stored.due_date, stored.due_time) == (date(2026, 7, 1), time(9, 15))  # summer
    assert stored.completed_at == datetime(2026, 6, 30, 18, 5)


# -- the command ---------------------------------------------------------------------------------


def _command(db: Path, *arguments: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="carebook import")
    parser.add_argument("--db")
    parser.add_argument("files", nargs="+")
    add_fhir_options(parser)
    return parser.parse_args(["--db", str(db), *arguments])


def _run(
    db: Path, capsys: pytest.CaptureFixture[str], *names: str, options: tuple[str, ...] = ()
) -> tuple[int, str]:
    paths = [FIXTURES / name for name in names]
    status = run_fhir_import(paths, _command(db, *map(str, paths), *options))
    return status, capsys.readouterr().out


def test_the_command_imports_and_says_what_it_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "caseload.sqlite3"
    status, out = _run(db, capsys, "ehr_searchset.json")
    assert status == 0
    assert "Imported: patients 1 new;" in out and f"Imported into {db}." in out
    status, out = _run(db, capsys, "ehr_searchset.json")
    assert status == 0 and "patients 1 unchanged" in out


def test_the_command_refuses_broken_input_with_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "caseload.sqlite3"
    status, out = _run(db, capsys, "broken_references.json")
    assert status == 1 and "Condition/c-lost" in out and "Imported into" not in out
    # The caseload it would have made is not left behind, empty.
    assert sorted(path.name for path in tmp_path.iterdir()) == []
    # An existing caseload is left as it was.
    Store.open(db).close()
    before = db.read_bytes()
    status, out = _run(db, capsys, "broken_references.json")
    assert status == 1 and db.read_bytes() == before
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM patient").fetchone()[0] == 0
    finally:
        conn.close()
    status, out = _run(db, capsys, "broken_references.json", options=("--skip-invalid",))
    assert status == 0 and "patients 1 new" in out


def test_a_dry_run_of_a_new_caseload_makes_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "not-yet.sqlite3"
    status, out = _run(db, capsys, "ehr_searchset.json", options=("--dry-run",))
    assert status == 0 and "Would import: patients 1 new;" in out
    assert not db.exists()


def test_add_fhir_options_keeps_the_options_a_parser_has() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dry-run", action="store_true", help="the import command's own")
    add_fhir_options(parser)
    args = parser.parse_args(["--dry-run", "--skip-invalid"])
    assert args.dry_run and args.skip_invalid
