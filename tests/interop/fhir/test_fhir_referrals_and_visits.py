"""Referrals and documented visits in the whole-caseload FHIR export: valid R4B ServiceRequests
and Encounters that import back as they were, once; a bundle from before them still imports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.encounter import Encounter
from fhir.resources.R4B.servicerequest import ServiceRequest

from carebook.core.records import Referral, VisitRecord
from carebook.core.recurrence import local_zone_name
from carebook.core.visit_record_rules import VisitDocumentation
from carebook.core.vocabularies import AppointmentStatus, ContactRole, ReferralStatus
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir.bundle import check_bundle
from carebook.interop.fhir.caseload import export_caseload
from carebook.interop.fhir.imports import import_files
from carebook.store.caseload import Store

GENERATED = datetime(2026, 3, 3, 9, 30).astimezone()
Json = dict[str, Any]
#: Whom the sample's patients are referred to: one contact of each FHIR type a contact becomes.
ROLES = (ContactRole.PHYSICIAN, ContactRole.AGENCY, ContactRole.CAREGIVER)


@pytest.fixture
def documented(sample_db: Path) -> Iterator[Store]:
    """The sample caseload with referrals of every status and visits documented every way."""
    store = Store.open(sample_db)
    today = store.today()
    patients = store.fhir_links.fhir_patient_ids()
    for number, (role, status) in enumerate(zip(ROLES * 2, ReferralStatus, strict=False)):
        contact = next(c for c in store.fhir_links.fhir_contacts() if c.role is role)
        referral = store.referrals.refer(
            Referral(
                patient_id=patients[number],
                contact_id=contact.id,
                reason=f"Help at home, part {number + 1}",
                sent_on=today - timedelta(days=10 + number),
                follow_up_on=today + timedelta(days=number) if number % 2 == 0 else None,
                notes="Ask about weekends." if number == 1 else "",
            )
        )
        if status is not ReferralStatus.SENT:
            referral.status = status
            store.referrals.save_referral(referral)
    series = store.conn.execute(
        "SELECT o.appointment_id, o.original_start, o.patient_id, a.tz FROM occurrence o"
        " JOIN appointment a ON a.id = o.appointment_id WHERE a.rrule <> ''"
        " ORDER BY o.appointment_id, o.original_start LIMIT 3"
    ).fetchall()
    single = store.conn.execute(
        "SELECT o.appointment_id, o.original_start, o.patient_id, a.tz FROM occurrence o"
        " JOIN appointment a ON a.id = o.appointment_id WHERE a.rrule = ''"
        " ORDER BY o.appointment_id LIMIT 1"
    ).fetchall()
    outcomes = (
        (AppointmentStatus.DONE, "", 125, "Walked to the shop with her."),
        (AppointmentStatus.CANCELLED, "In hospital since Sunday", None, ""),
        (AppointmentStatus.NO_SHOW, "", 0, ""),
        (AppointmentStatus.DONE, "", 34, ""),
    )
    for (appointment_id, original, patient_id, tz), (status, reason, miles, note) in zip(
        [*series[1:], *series[:1], *single], outcomes, strict=True
    ):
        start = datetime.fromisoformat(original)
        came = start + timedelta(minutes=5) if status is AppointmentStatus.DONE else None
        store.visit_records.document_visit(
            VisitDocumentation(
                patient_id=patient_id,
                record=VisitRecord(
                    appointment_id=appointment_id,
                    original_start=start,
                    checked_in_at=came,
                    checked_out_at=came + timedelta(minutes=50) if came else None,
                    tz=tz,
                    cancel_reason=reason,
                    miles_tenths=miles,
                ),
                status=status,
                note_text=note,
            )
        )
    yield store
    store.close()


def _referrals(store: Store) -> list[tuple[Any, ...]]:
    """Each referral as the coordinator sees it: to whom, for what, when, how it stands, and
    its follow-up task (ids left out: the importing caseload numbers its own)."""
    found = []
    for patient_id in store.fhir_links.fhir_patient_ids():
        patient = store.patients.patient(patient_id)
        assert patient is not None
        for referral in store.referrals.referrals(patient_id):
            contact = store.contacts.contact(referral.contact_id or 0)
            task = store.tasks.task(referral.task_id) if referral.task_id else None
            found.append(
                (
                    patient.display_name,
                    (contact.name, contact.role) if contact else None,
                    referral.reason,
                    referral.sent_on,
                    referral.status,
                    referral.follow_up_on,
                    referral.notes,
                    (task.title, task.due_date, task.status) if task else None,
                )
            )
    return sorted(found, key=repr)


def _visits(store: Store) -> list[tuple[Any, ...]]:
    """Each documented visit: which visit of which series, its times, outcome, reason, miles,
    and the note written on it."""
    found = []
    for patient_id in store.fhir_links.fhir_patient_ids():
        series = {a.id: a for a in store.appointments.appointments_for(patient_id)}
        for visit in store.fhir_links.fhir_visit_records(patient_id):
            appointment = series[visit.appointment_id]
            note = store.visit_records.visit_note(visit.appointment_id, visit.original_start)
            found.append(
                (
                    (appointment.start, appointment.purpose, appointment.rrule),
                    visit.original_start,
                    visit.checked_in_at,
                    visit.checked_out_at,
                    visit.tz,
                    store.visit_records.visit_status(visit.appointment_id, visit.original_start),
                    visit.cancel_reason,
                    visit.miles_tenths,
                    note.text if note else None,
                )
            )
    return sorted(found, key=repr)


def _tables(store: Store) -> dict[str, int]:
    return {
        name: store.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        for (name,) in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite%' AND name NOT IN ('_sqlite_migrations', 'meta')"
        )
    }


def _export(store: Store, path: Path) -> Json:
    text = export_caseload(store, generated=GENERATED)
    path.write_text(text, encoding="utf-8")
    bundle: Json = json.loads(text)
    return bundle


def _of_type(bundle: Json, kind: str) -> list[Json]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_referrals_and_visits_are_valid_r4b_resources(documented: Store, tmp_path: Path) -> None:
    bundle = _export(documented, tmp_path / "caseload.json")
    check_bundle(bundle)  # every reference (performer, appointment, encounter) resolves
    requests = _of_type(bundle, "ServiceRequest")
    assert len(requests) == 4
    for resource in requests:
        ServiceRequest.model_validate(resource)
    performers = {r["performer"][0]["reference"].split("/")[0] for r in requests}
    assert performers == {"Practitioner", "Organization", "RelatedPerson"}
    encounters = {r["id"]: r for r in _of_type(bundle, "Encounter")}
    assert len(encounters) == 4
    for resource in encounters.values():
        Encounter.model_validate(resource)
        assert resource["appointment"][0]["reference"].startswith("Appointment/appointment-")
        assert "original_start" in ext.decode(resource).values  # which visit of the series
    statuses = sorted(r["status"] for r in encounters.values())
    assert statuses == ["cancelled", "cancelled", "finished", "finished"]
    cancelled = [r for r in encounters.values() if r.get("reasonCode")]
    assert [r["reasonCode"][0]["text"] for r in cancelled] == ["In hospital since Sunday"]
    miles = sorted(ext.decode(r).values.get("miles_tenths", -1) for r in encounters.values())
    assert miles == [-1, 0, 34, 125]
    [note] = [
        r
        for r in _of_type(bundle, "DocumentReference")
        if (r.get("context") or {}).get("encounter")
    ]
    DocumentReference.model_validate(note)
    assert note["context"]["encounter"][0]["reference"].removeprefix("Encounter/") in encounters


def test_referrals_and_visits_round_trip_and_import_once(documented: Store, tmp_path: Path) -> None:
    path = tmp_path / "caseload.json"
    _export(documented, path)
    imported = Store.open(tmp_path / "imported.sqlite3", clock=documented.clock)
    try:
        report = import_files(imported, [path], zone=local_zone_name())
        assert report.errors == [] and report.warnings == [] and report.skipped == [], report.text()
        assert "ServiceRequest" not in report.not_kept and "Encounter" not in report.not_kept
        assert _referrals(imported) == _referrals(documented)
        assert _visits(imported) == _visits(documented)
        counts = _tables(imported)
        source = _tables(documented)
        for table in ("referral", "visit_record", "task", "note", "appointment_change"):
            assert counts[table] == source[table], table
        for table in ("referral", "visit_record"):  # each kept under its global id
            uids = f"SELECT uid FROM {table} ORDER BY uid"
            kept = imported.conn.execute(uids).fetchall()
            assert kept and kept == documented.conn.execute(uids).fetchall(), table

        again = import_files(imported, [path], zone=local_zone_name())
        assert again.applied is not None and not again.applied.changed_anything, again.text()
        assert _tables(imported) == counts  # no duplicate, no log line, no new link
    finally:
        imported.close()


def test_the_export_into_its_own_caseload_changes_nothing(
    documented: Store, tmp_path: Path
) -> None:
    path = tmp_path / "caseload.json"
    _export(documented, path)
    counts = _tables(documented)
    report = import_files(documented, [path], zone=local_zone_name())
    assert report.errors == [], report.text()
    assert report.applied is not None and not report.applied.changed_anything
    assert _tables(documented) == counts


def test_a_bundle_from_before_referrals_and_visits_still_imports(
    documented: Store, tmp_path: Path
) -> None:
    """An older carebook wrote neither ServiceRequests nor Encounters, nor named a note's
    Encounter: its export imports whole, with no referral and no visit record."""
    bundle = _export(documented, tmp_path / "new.json")
    older = [
        entry
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] not in ("ServiceRequest", "Encounter")
    ]
    for entry in older:
        context = entry["resource"].get("context")
        if isinstance(context, dict):
            context.pop("encounter", None)
    path = tmp_path / "older.json"
    path.write_text(json.dumps({**bundle, "entry": older}), encoding="utf-8")
    imported = Store.open(tmp_path / "imported.sqlite3", clock=documented.clock)
    try:
        report = import_files(imported, [path], zone=local_zone_name())
        assert report.errors == [] and report.warnings == [], report.text()
        counts = _tables(imported)
        assert counts["referral"] == counts["visit_record"] == 0
        assert counts["note"] == _tables(documented)["note"]
    finally:
        imported.close()


def test_an_ehr_encounter_of_no_appointment_is_only_counted(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.sqlite3")
    path = tmp_path / "ehr.json"
    resources = [
        {"resourceType": "Patient", "id": "p1", "name": [{"family": "Byron", "given": ["Ada"]}]},
        {
            "resourceType": "Encounter",
            "id": "e1",
            "status": "finished",
            "class": {"code": "AMB"},
            "subject": {"reference": "Patient/p1"},
        },
        {
            "resourceType": "ServiceRequest",
            "id": "lab1",
            "status": "active",
            "intent": "order",
            "code": {"text": "Full blood count"},
            "subject": {"reference": "Patient/p1"},
        },
    ]
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in resources],
    }
    path.write_text(json.dumps(bundle), encoding="utf-8")
    try:
        report = import_files(store, [path], zone=local_zone_name())
        assert report.errors == [], report.text()
        assert dict(report.not_kept) == {"Encounter": 1, "ServiceRequest": 1}
        assert _tables(store)["visit_record"] == _tables(store)["referral"] == 0
    finally:
        store.close()
