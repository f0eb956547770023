"""The directory and referrals as FHIR: a community resource keeps what it offers, its hours
and who may use it through an export and import; a referral is a valid R4B ServiceRequest
that reads back as it was."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from fhir.resources.R4B.servicerequest import ServiceRequest

from carebook.core.records import CareTeamMember, Contact, Patient, Referral
from carebook.core.recurrence import local_zone_name
from carebook.core.vocabularies import ContactRole, ReferralStatus
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir.caseload import export_caseload
from carebook.interop.fhir.contact import contact_resource
from carebook.interop.fhir.imports import import_files
from carebook.interop.fhir.referral import read_referral, referral_resource
from carebook.store.caseload import Store

NOW = datetime(2026, 12, 7, 9, 0)
MEALS = Contact(
    name="Meals on Wheels",
    role=ContactRole.COMMUNITY_RESOURCE,
    organization="Meals on Wheels",
    phone="0161 555 0199",
    services="Hot meals at home; shopping",
    hours="Mon–Fri 11:00–14:00",
    eligibility="Over 65 and living in the borough",
)


def _caseload(path: Path) -> Store:
    store = Store.open(path, clock=lambda: NOW)
    patient = store.patients.add_patient(Patient(given="Ada", family="Byron"))
    assert patient.id is not None
    store.contacts.add_contact(Contact(**{**_fields(MEALS)}))
    nurse = store.contacts.add_contact(
        Contact(name="Nia Okafor", role=ContactRole.NURSE_PRACTITIONER, hours="Tuesdays")
    )
    assert nurse.id is not None
    store.contacts.add_to_care_team(
        CareTeamMember(
            patient_id=patient.id, contact_id=nurse.id, role=ContactRole.NURSE_PRACTITIONER
        )
    )
    return store


def _fields(contact: Contact) -> dict[str, object]:
    return {name: getattr(contact, name) for name in Contact.__dataclass_fields__}


def _without_id(contact: Contact) -> tuple[object, ...]:
    return tuple(value for name, value in _fields(contact).items() if name != "id")


def test_the_directory_round_trips_with_services_hours_and_eligibility(tmp_path: Path) -> None:
    source = _caseload(tmp_path / "source.carebook")
    text = export_caseload(source)
    bundle = json.loads(text)
    meals = next(
        e["resource"] for e in bundle["entry"] if "Meals" in json.dumps(e["resource"]["name"])
    )
    assert meals["resourceType"] == "Organization"
    typed = ext.decode(meals).values
    assert typed["services"] == "Hot meals at home; shopping"
    assert typed["eligibility"] == "Over 65 and living in the borough"
    path = tmp_path / "caseload.fhir.json"
    path.write_text(text, encoding="utf-8")
    target = Store.open(tmp_path / "target.carebook", clock=lambda: NOW)
    report = import_files(target, [path], zone=local_zone_name())
    assert report.errors == [] and report.warnings == [], report.text()
    assert sorted(map(_without_id, target.contacts.directory())) == sorted(
        map(_without_id, source.contacts.directory())
    )


def test_a_community_resource_is_an_organization_a_nurse_practitioner_not() -> None:
    assert contact_resource(MEALS)["resourceType"] == "Organization"
    nurse = Contact(name="Nia Okafor", role=ContactRole.NURSE_PRACTITIONER)
    assert contact_resource(nurse)["resourceType"] == "Practitioner"


def test_a_referral_is_a_valid_service_request_that_reads_back() -> None:
    referral = Referral(
        id=4,
        patient_id=1,
        contact_id=9,
        reason="Meals at home on weekdays",
        sent_on=date(2026, 12, 1),
        status=ReferralStatus.ACCEPTED,
        follow_up_on=date(2026, 12, 8),
        notes="Ask about a diabetic menu.",
    )
    resource = referral_resource(
        referral,
        {"reference": "Patient/patient-1"},
        {"reference": "Organization/contact-9", "display": "Meals on Wheels"},
    )
    checked = ServiceRequest.model_validate(resource)
    assert checked.status == "active" and checked.intent == "order"
    assert checked.authoredOn is not None
    back = read_referral(json.loads(checked.model_dump_json()), patient_id=1, contact_id=9)
    assert back is not None
    back.id = referral.id
    assert back == referral


def test_a_service_request_from_elsewhere_reads_by_its_own_elements() -> None:
    resource = {
        "resourceType": "ServiceRequest",
        "status": "completed",
        "intent": "order",
        "subject": {"reference": "Patient/x"},
        "code": {"text": "Falls clinic"},
        "authoredOn": "2026-11-02T10:00:00Z",
    }
    ServiceRequest.model_validate(resource)
    back = read_referral(resource, patient_id=2, contact_id=None)
    assert back is not None
    assert (back.reason, back.sent_on, back.status) == (
        "Falls clinic",
        date(2026, 11, 2),
        ReferralStatus.DONE,
    )
    assert read_referral({**resource, "code": None}, patient_id=2, contact_id=None) is None
