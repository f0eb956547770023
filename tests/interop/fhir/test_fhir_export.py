"""FHIR R4 export: validation against fhir.resources' R4 models, references resolving inside the
document, the mapping of each record, stable ids, and reading only through the store's reads."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from reads_only import declared_reads, reads_only

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
    Patient,
    Problem,
    Task,
)
from carebook.core.views import ListQuery
from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AppointmentKind,
    AppointmentStatus,
    ConditionStatus,
    ContactRole,
    GoalAchievement,
    InterventionStatus,
    Sex,
    TaskPriority,
    Transport,
)
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir.bundle import bundle_json, validate
from carebook.interop.fhir.document import patient_bundle
from carebook.interop.fhir.patient_record import FhirSource
from carebook.interop.fhir.values import BASE
from carebook.store.caseload import Store

READS = frozenset(declared_reads(FhirSource))
GENERATED = datetime(2026, 3, 3, 9, 30)
TODAY = date(2026, 3, 3)

Json = dict[str, Any]


def _resources(bundle: Json) -> list[Json]:
    return [entry["resource"] for entry in bundle["entry"]]


def _by_id(bundle: Json) -> dict[str, Json]:
    return {f"{r['resourceType']}/{r['id']}": r for r in _resources(bundle)}


def _references(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from _references(value)
    elif isinstance(data, list):
        for item in data:
            yield from _references(item)


def _unresolved(bundle: Json) -> list[str]:
    """References naming no entry, worked out here independently of `validate`."""
    full_urls = {entry["fullUrl"] for entry in bundle["entry"]}
    return [ref for ref in _references(bundle["entry"]) if BASE + ref not in full_urls]


# -- the sample caseload -------------------------------------------------------------------------


@pytest.fixture
def sample(sample_db: Path) -> Iterator[Store]:
    store = Store.open(sample_db)
    yield store
    store.close()


def _patient_ids(store: Store) -> list[int]:
    return [
        row[0]
        for row in store.lists.list_rows("patients", ListQuery(filter="all"), ["id"], 0, 1000)
    ]


def test_every_sample_patient_exports_a_valid_document(sample: Store) -> None:
    ids = _patient_ids(sample)
    assert len(ids) == 40
    seen: Counter[str] = Counter()
    for patient_id in ids:
        bundle = patient_bundle(sample, patient_id, generated=GENERATED)
        validate(bundle)
        assert _unresolved(bundle) == []
        resources = _resources(bundle)
        kinds = Counter(resource["resourceType"] for resource in resources)
        seen.update(kinds)
        assert bundle["type"] == "document" and resources[0]["resourceType"] == "Composition"
        assert resources[0]["title"] == "Care plan summary"
        patient = sample.patients.patient(patient_id)
        assert patient is not None
        assert resources[0]["subject"] == {
            "reference": f"Patient/patient-{patient_id}",
            "display": patient.display_name,
        }
        # Every record of the patient is there, once, under the id it was made from.
        ids_of = Counter(resource["id"].rsplit("-", 1)[0] for resource in resources)
        assert ids_of["condition"] == len(sample.patients.conditions(patient_id))
        assert ids_of["allergy"] == len(sample.patients.allergies(patient_id))
        assert ids_of["medication"] == len(sample.medications.medications(patient_id))
        assert ids_of["appointment"] == len(sample.appointments.appointments_for(patient_id))
        assert ids_of["task"] == len(sample.tasks.tasks_for(patient_id))
        plans = sample.care_plans.care_plans(patient_id)
        assert ids_of["care-plan"] == len(plans)
        assert ids_of["goal"] == sum(len(sample.care_plans.goals(plan.id or 0)) for plan in plans)
        team = sample.contacts.care_team(patient_id)
        assert kinds["CareTeam"] == (1 if team else 0)
        assert {f"contact-{member.contact_id}" for member, _ in team} <= {
            resource["id"] for resource in resources
        }
        # Every resource but the subject and the author is listed in a section.
        listed = {
            ref
            for section in resources[0]["section"]
            for ref in _references(section.get("entry", []))
        }
        assert listed == {
            f"{r['resourceType']}/{r['id']}"
            for r in resources[1:]
            if r["resourceType"] not in ("Patient", "Device")
        }
    # The caseload holds each kind of record the document carries.
    for kind in (
        "Patient",
        "Practitioner",
        "RelatedPerson",
        "Organization",
        "CareTeam",
        "Condition",
        "AllergyIntolerance",
        "MedicationStatement",
        "Goal",
        "CarePlan",
        "Appointment",
        "Task",
    ):
        assert seen[kind] > 0, kind


def test_a_sample_document_reads_only_through_the_stores_public_reads(sample: Store) -> None:
    guarded = reads_only(sample, FhirSource, "the FHIR export")
    for patient_id in _patient_ids(sample)[:5]:
        assert patient_bundle(guarded, patient_id, generated=GENERATED) == patient_bundle(
            sample, patient_id, generated=GENERATED
        )
    assert not any(name.startswith("_") or name in {"conn", "db"} for name in READS)


def test_exporting_again_gives_the_same_ids_and_the_same_text(sample: Store) -> None:
    first = patient_bundle(sample, 3, generated=GENERATED)
    again = patient_bundle(sample, 3, generated=GENERATED)
    later = patient_bundle(sample, 3, generated=datetime(2026, 4, 1, 12))
    assert bundle_json(first) == bundle_json(again)
    urls = [entry["fullUrl"] for entry in first["entry"]]
    assert urls == [entry["fullUrl"] for entry in later["entry"]]
    assert urls[1] == f"{BASE}Patient/patient-3"
    # Only the document's own identity and time differ between two exports.
    assert first["identifier"] != later["identifier"] and first["id"] != later["id"]
    assert _resources(first)[1:] == _resources(later)[1:]


# -- one patient, built by hand ------------------------------------------------------------------


@dataclass
class Record:
    store: Store
    patient_id: int
    ids: dict[str, int]


@pytest.fixture
def record(tmp_path: Path) -> Iterator[Record]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: datetime(2026, 3, 3, 8))
    ids: dict[str, int] = {}

    def keep(name: str, value: int | None) -> int:
        assert value is not None
        ids[name] = value
        return value

    patient = store.patients.add_patient(
        Patient(
            given="Zoë",
            family="Ødegård",
            preferred_name="Zee",
            birth_date=date(1938, 5, 4),
            sex=Sex.FEMALE,
            phone="0113 496 0000",
            email="zoe@example.org",
            address_line="1 Mill Lane",
            city="Otley",
            region="West Yorkshire",
            postal_code="LS21 1AA",
            lat=53.9,
            lon=-1.69,
            language="Norwegian",
            access_notes="Key safe by the back door",
            payer="NHS Continuing Healthcare",
            member_id="CHC-1",
            external_id="999 000 1111",
        )
    )
    patient_id = keep("patient", patient.id)
    contacts = {
        "gp": Contact(
            name="Dr Ada Shaw",
            role=ContactRole.PHYSICIAN,
            organization="Otley Health Centre",
            phone="0113 496 0100",
        ),
        "pharmacy": Contact(
            name="Otley Pharmacy", role=ContactRole.PHARMACY, organization="Otley Pharmacy"
        ),
        "agency": Contact(name="Wharfe Care", role=ContactRole.AGENCY, organization="Wharfe Care"),
        "daughter": Contact(name="Ingrid Ødegård", role=ContactRole.CAREGIVER, phone="07700"),
        "attorney": Contact(name="Paul Hart", role=ContactRole.POWER_OF_ATTORNEY),
        "neighbour": Contact(name="Sam Reed", role=ContactRole.EMERGENCY_CONTACT),
        "physio": Contact(name="Ana Ruiz", role=ContactRole.THERAPIST),  # not on the team
    }
    for key, contact in contacts.items():
        keep(key, store.contacts.add_contact(contact).id)
    for key in ("gp", "pharmacy", "agency", "daughter", "attorney", "neighbour"):
        store.contacts.add_to_care_team(
            CareTeamMember(
                patient_id=patient_id,
                contact_id=ids[key],
                role=contacts[key].role,
                is_emergency=key == "daughter",
                notes="Daughter" if key == "daughter" else "",
            )
        )
    keep(
        "falls",
        store.patients.add_condition(
            Condition(
                patient_id=patient_id,
                description="Osteoporosis",
                code="64859006",
                onset_date=date(2015, 1, 1),
            )
        ).id,
    )
    keep(
        "uti",
        store.patients.add_condition(
            Condition(
                patient_id=patient_id,
                description="Urinary tract infection",
                code="N39.0",
                onset_date=date(2025, 1, 1),
                abatement_date=date(2025, 1, 20),
                status=ConditionStatus.RESOLVED,
            )
        ).id,
    )
    keep(
        "allergy",
        store.patients.add_allergy(
            Allergy(
                patient_id=patient_id,
                substance="Penicillin",
                reaction="Anaphylaxis",
                severity=AllergySeverity.SEVERE,
                criticality=AllergyCriticality.HIGH,
                noted_date=date(1990, 6, 1),
            )
        ).id,
    )
    keep(
        "prn",
        store.medications.add_medication(
            Medication(
                patient_id=patient_id,
                name="Paracetamol",
                strength="500 mg",
                dose="1-2 tablets",
                route="oral",
                frequency="up to four times a day",
                as_needed=True,
                as_needed_reason="pain",
                max_per_day="8 tablets",
                prescriber_id=ids["gp"],
                pharmacy_id=ids["pharmacy"],
                start_date=date(2024, 1, 1),
            )
        ).id,
    )
    keep(
        "regular",
        store.medications.add_medication(
            Medication(
                patient_id=patient_id,
                name="Alendronic acid",
                strength="70 mg",
                dose="1 tablet",
                route="oral",
                frequency="once weekly (Sunday)",
                times_of_day="07:00",
                instructions="Before breakfast, upright for 30 minutes.",
                indication="Osteoporosis",
                start_date=date(2020, 1, 1),
            )
        ).id,
    )
    keep(
        "stopped",
        store.medications.add_medication(
            Medication(
                patient_id=patient_id,
                name="Ramipril",
                strength="2.5 mg",
                dose="2.5 mg",
                route="oral",
                frequency="twice daily",
                times_of_day="08:00, 20:00",
                start_date=date(2023, 1, 1),
            )
        ).id,
    )
    store.medications.stop_medication(ids["stopped"], "Cough", on=date(2026, 2, 1))
    plan = store.care_plans.add_care_plan(
        CarePlan(
            patient_id=patient_id,
            title="Staying safe at home",
            period_start=date(2026, 1, 5),
            next_review=date(2026, 2, 1),
        )
    )
    plan_id = keep("plan", plan.id)
    falls = keep(
        "problem",
        store.care_plans.add_problem(
            Problem(care_plan_id=plan_id, description="Falls at home", condition_id=ids["falls"])
        ).id,
    )
    keep(
        "lonely",
        store.care_plans.add_problem(
            Problem(care_plan_id=plan_id, description="Lonely since her husband died")
        ).id,
    )
    keep(
        "goal",
        store.care_plans.add_goal(
            Goal(
                care_plan_id=plan_id,
                problem_id=falls,
                description="Walk to the shop",
                target="Twice a week, unaided",
                due_date=date(2026, 6, 1),
                achievement=GoalAchievement.IMPROVING,
            )
        ).id,
    )
    keep(
        "exercise",
        store.care_plans.add_intervention(
            Intervention(
                care_plan_id=plan_id,
                goal_id=ids["goal"],
                description="Strength and balance exercises",
                contact_id=ids["physio"],
                frequency="Weekly",
                status=InterventionStatus.NOT_STARTED,
            )
        ).id,
    )
    keep(
        "club",
        store.care_plans.add_intervention(
            Intervention(
                care_plan_id=plan_id,
                description="Lunch club",
                performer="Age UK volunteer",
                frequency="Fridays",
                status=InterventionStatus.ON_HOLD,
            )
        ).id,
    )
    store.care_plans.review_care_plan(
        CarePlanReview(
            care_plan_id=plan_id, on_date=date(2026, 3, 1), outcome="Rails fitted; exercises next."
        ),
        date(2026, 6, 1),
    )
    keep(
        "visit",
        store.appointments.add_appointment(
            Appointment(
                patient_id=patient_id,
                kind=AppointmentKind.HOME_VISIT,
                purpose="Wellbeing visit",
                start=datetime(2026, 7, 7, 10),
                duration_min=45,
                tz="Europe/London",
                rrule="FREQ=WEEKLY;BYDAY=TU",
                location="Home",
            )
        ).id,
    )
    keep(
        "clinic",
        store.appointments.add_appointment(
            Appointment(
                patient_id=patient_id,
                kind=AppointmentKind.PHYSICIAN,
                purpose="Bone clinic",
                start=datetime(2026, 1, 15, 14),
                duration_min=20,
                tz="Europe/London",
                contact_id=ids["gp"],
                with_whom="Dr Shaw",
                transport=Transport.ARRANGED,
                transport_details="Taxi",
                status=AppointmentStatus.CANCELLED,
            )
        ).id,
    )
    keep(
        "care_call",
        store.appointments.add_appointment(
            Appointment(
                patient_id=patient_id,
                kind=AppointmentKind.OTHER,
                purpose="Care call",
                start=datetime(2026, 2, 2, 8),
                duration_min=30,
                tz="Europe/London",
                contact_id=ids["agency"],
                status=AppointmentStatus.NO_SHOW,
            )
        ).id,
    )
    keep(
        "task",
        store.tasks.add_task(
            Task(
                patient_id=patient_id,
                title="Chase the bone scan",
                details="Ring the hospital",
                due_date=date(2026, 3, 10),
                priority=TaskPriority.URGENT,
            )
        ).id,
    )
    keep(
        "done",
        store.tasks.add_task(
            Task(patient_id=patient_id, title="Order a perching stool", priority=TaskPriority.ASAP)
        ).id,
    )
    store.tasks.complete_task(ids["done"])
    keep(
        "cancelled",
        store.tasks.add_task(Task(patient_id=patient_id, title="Book a hearing test")).id,
    )
    store.tasks.cancel_task(ids["cancelled"])
    yield Record(store, patient_id, ids)
    store.close()


@pytest.fixture
def document(record: Record) -> Json:
    bundle = patient_bundle(record.store, record.patient_id, generated=GENERATED)
    validate(bundle)
    return bundle


def test_the_hand_built_patient_is_valid_and_self_contained(document: Json) -> None:
    assert _unresolved(document) == []
    kinds = Counter(resource["resourceType"] for resource in _resources(document))
    assert kinds == {
        "Composition": 1,
        "Patient": 1,
        "Practitioner": 2,
        "Organization": 2,
        "RelatedPerson": 3,
        "CareTeam": 1,
        "Condition": 3,
        "AllergyIntolerance": 1,
        "MedicationStatement": 3,
        "Goal": 1,
        "CarePlan": 1,
        "Appointment": 3,
        "Task": 3,
        "Device": 1,
    }
    assert document["identifier"]["system"] == "urn:ietf:rfc:3986"
    assert document["timestamp"].startswith("2026-03-03T09:30:00")
    notes = [s for s in _resources(document)[0]["section"] if s["title"] == "Patient notes"]
    assert "Key safe by the back door" in notes[0]["text"]["div"]


def test_the_patient(document: Json, record: Record) -> None:
    patient = _by_id(document)[f"Patient/patient-{record.patient_id}"]
    assert patient["name"] == [
        {"use": "official", "family": "Ødegård", "given": ["Zoë"]},
        {"use": "nickname", "given": ["Zee"]},
    ]
    assert patient["gender"] == "female" and patient["birthDate"] == "1938-05-04"
    assert patient["active"] is True and "deceasedBoolean" not in patient
    mrn, member = patient["identifier"]
    assert mrn["type"]["coding"][0]["code"] == "MR" and mrn["value"] == "999 000 1111"
    assert member["value"] == "CHC-1"
    assert member["assigner"] == {"display": "NHS Continuing Healthcare"}
    assert patient["address"][0]["postalCode"] == "LS21 1AA"
    assert patient["communication"] == [{"language": {"text": "Norwegian"}, "preferred": True}]
    assert {t["system"] for t in patient["telecom"]} == {"phone", "email"}


def test_contacts_become_practitioners_organizations_and_related_people(
    document: Json, record: Record
) -> None:
    found = _by_id(document)
    ids = record.ids
    assert found[f"Practitioner/contact-{ids['gp']}"]["name"] == [{"text": "Dr Ada Shaw"}]
    assert found[f"Organization/contact-{ids['pharmacy']}"]["name"] == "Otley Pharmacy"
    assert f"Organization/contact-{ids['agency']}" in found
    attorney = found[f"RelatedPerson/contact-{ids['attorney']}"]
    assert attorney["relationship"][0]["coding"][0]["code"] == "POWATT"
    assert attorney["patient"] == {"reference": f"Patient/patient-{record.patient_id}"}
    neighbour = found[f"RelatedPerson/contact-{ids['neighbour']}"]
    assert neighbour["relationship"][0]["coding"][0] == {
        "system": "http://terminology.hl7.org/CodeSystem/v2-0131",
        "code": "C",
        "display": "Emergency Contact",
    }
    daughter = found[f"RelatedPerson/contact-{ids['daughter']}"]
    assert daughter["relationship"][0] == {"text": "Caregiver"}
    assert daughter["relationship"][1]["coding"][0]["code"] == "C"  # marked as emergency contact
    team = found[f"CareTeam/care-team-patient-{record.patient_id}"]
    members = {p["member"]["reference"]: p for p in team["participant"]}
    assert len(members) == 6
    gp = members[f"Practitioner/contact-{ids['gp']}"]
    assert gp["role"] == [{"text": "Physician"}]
    assert gp["onBehalfOf"] == {"display": "Otley Health Centre"}
    # A therapist off the team, reached through a care plan activity, is there too.
    assert f"Practitioner/contact-{ids['physio']}" in found


def test_conditions_and_allergies(document: Json, record: Record) -> None:
    found = _by_id(document)
    falls = found[f"Condition/condition-{record.ids['falls']}"]
    assert falls["clinicalStatus"]["coding"][0]["code"] == "active"
    assert falls["code"] == {
        "text": "Osteoporosis",
        "coding": [{"system": "http://snomed.info/sct", "code": "64859006"}],
    }
    uti = found[f"Condition/condition-{record.ids['uti']}"]
    assert uti["clinicalStatus"]["coding"][0]["code"] == "resolved"
    assert uti["code"]["coding"][0]["system"] == "http://hl7.org/fhir/sid/icd-10"
    assert (uti["onsetDateTime"], uti["abatementDateTime"]) == ("2025-01-01", "2025-01-20")
    allergy = found[f"AllergyIntolerance/allergy-{record.ids['allergy']}"]
    assert allergy["criticality"] == "high"
    assert allergy["reaction"] == [
        {"manifestation": [{"text": "Anaphylaxis"}], "severity": "severe"}
    ]
    assert allergy["code"] == {"text": "Penicillin"} and allergy["recordedDate"] == "1990-06-01"


def test_medications_carry_a_structured_dosage(document: Json, record: Record) -> None:
    found = _by_id(document)
    ids = record.ids
    prn = found[f"MedicationStatement/medication-{ids['prn']}"]
    assert prn["status"] == "active"
    assert prn["medicationCodeableConcept"] == {"text": "Paracetamol 500 mg"}
    assert prn["informationSource"]["reference"] == f"Practitioner/contact-{ids['gp']}"
    dosage = prn["dosage"][0]
    assert dosage["asNeededCodeableConcept"] == {"text": "pain"}
    assert "asNeededBoolean" not in dosage
    assert dosage["doseAndRate"] == [
        {
            "doseRange": {
                "low": {"value": 1, "unit": "tablets"},
                "high": {"value": 2, "unit": "tablets"},
            }
        }
    ]
    assert dosage["maxDosePerPeriod"]["numerator"] == {"value": 8, "unit": "tablets"}
    assert dosage["maxDosePerPeriod"]["denominator"]["code"] == "d"
    assert dosage["route"] == {"text": "oral"}
    assert dosage["timing"] == {"code": {"text": "up to four times a day"}}
    assert "as needed for pain" in dosage["text"]

    regular = found[f"MedicationStatement/medication-{ids['regular']}"]["dosage"][0]
    assert regular["asNeededBoolean"] is False
    assert regular["timing"]["repeat"] == {
        "frequency": 1,
        "period": 1,
        "periodUnit": "wk",
        "dayOfWeek": ["sun"],
        "timeOfDay": ["07:00:00"],
    }
    assert regular["doseAndRate"] == [{"doseQuantity": {"value": 1, "unit": "tablet"}}]
    assert regular["patientInstruction"].startswith("Before breakfast")

    stopped = found[f"MedicationStatement/medication-{ids['stopped']}"]
    assert stopped["status"] == "stopped" and stopped["statusReason"] == [{"text": "Cough"}]
    assert stopped["effectivePeriod"] == {"start": "2023-01-01", "end": "2026-02-01"}
    dose = stopped["dosage"][0]
    assert dose["doseAndRate"][0]["doseQuantity"] == {
        "value": 2.5,
        "unit": "mg",
        "system": "http://unitsofmeasure.org",
        "code": "mg",
    }
    assert dose["timing"]["repeat"] == {
        "frequency": 2,
        "period": 1,
        "periodUnit": "d",
        "timeOfDay": ["08:00:00", "20:00:00"],
    }
    history = [(note.get("time"), note["text"]) for note in stopped["note"] if "time" in note]
    assert history[0][0] == "2023-01-01" and history[0][1].startswith("Started")
    assert history[-1] == ("2026-02-01", "Stopped. Reason: Cough")


def test_the_care_plan_with_its_goals_and_activities(document: Json, record: Record) -> None:
    found = _by_id(document)
    ids = record.ids
    plan = found[f"CarePlan/care-plan-{ids['plan']}"]
    assert (plan["status"], plan["intent"], plan["title"]) == (
        "active",
        "plan",
        "Staying safe at home",
    )
    assert plan["period"] == {"start": "2026-01-05"}
    assert plan["careTeam"] == [{"reference": f"CareTeam/care-team-patient-{record.patient_id}"}]
    assert [ref["reference"] for ref in plan["addresses"]] == [
        f"Condition/condition-{ids['falls']}",
        f"Condition/problem-{ids['lonely']}",
    ]
    lonely = found[f"Condition/problem-{ids['lonely']}"]
    assert lonely["code"] == {"text": "Lonely since her husband died"}
    assert plan["goal"] == [{"reference": f"Goal/goal-{ids['goal']}"}]
    exercise, club = (activity["detail"] for activity in plan["activity"])
    assert exercise["status"] == "not-started" and exercise["scheduledString"] == "Weekly"
    assert exercise["performer"] == [
        {"reference": f"Practitioner/contact-{ids['physio']}", "display": "Ana Ruiz"}
    ]
    assert exercise["goal"] == [{"reference": f"Goal/goal-{ids['goal']}"}]
    assert club["status"] == "on-hold" and club["performer"] == [{"display": "Age UK volunteer"}]
    notes = [ext.strip(note) for note in plan["note"]]
    assert {"time": "2026-03-01", "text": "Review: Rails fitted; exercises next."} in notes
    assert {"text": "Next review due 2026-06-01"} in notes
    typed = [ext.decode(note) for note in plan["note"]]  # and each value typed, beside its words
    assert any(said.values == {"next_review": "2026-06-01"} for said in typed)
    [review] = [said.children["care_plan_review"][0] for said in typed if said.children]
    assert review.values == {"on_date": "2026-03-01", "outcome": "Rails fitted; exercises next."}

    goal = found[f"Goal/goal-{ids['goal']}"]
    assert goal["lifecycleStatus"] == "active"
    assert goal["achievementStatus"]["coding"][0] == {
        "system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
        "code": "improving",
        "display": "Improving",
    }
    assert goal["description"] == {"text": "Walk to the shop"}
    assert goal["target"] == [
        {
            "dueDate": "2026-06-01",
            "measure": {"text": "Walk to the shop"},
            "detailString": "Twice a week, unaided",
        }
    ]
    assert goal["addresses"][0]["reference"] == f"Condition/condition-{ids['falls']}"


def test_appointments(document: Json, record: Record) -> None:
    found = _by_id(document)
    ids = record.ids
    visit = found[f"Appointment/appointment-{ids['visit']}"]
    assert visit["status"] == "booked"
    assert (visit["start"], visit["end"]) == (
        "2026-07-07T10:00:00+01:00",
        "2026-07-07T10:45:00+01:00",
    )  # summer time
    assert "RRULE:FREQ=WEEKLY;BYDAY=TU" in visit["comment"]
    assert visit["serviceType"] == [{"text": "Home visit"}]
    assert visit["description"] == "Wellbeing visit"
    assert all(p["status"] == "accepted" for p in visit["participant"])
    clinic = found[f"Appointment/appointment-{ids['clinic']}"]
    assert clinic["status"] == "cancelled" and clinic["start"] == "2026-01-15T14:00:00+00:00"
    assert [p["actor"] for p in clinic["participant"]][1] == {
        "reference": f"Practitioner/contact-{ids['gp']}",
        "display": "Dr Shaw",
    }
    assert "Transport: Arranged — Taxi" in clinic["comment"]
    care_call = found[f"Appointment/appointment-{ids['care_call']}"]
    assert care_call["status"] == "noshow"
    # An Appointment may not reference an Organization: the agency is named instead.
    assert care_call["participant"][1]["actor"] == {"display": "Wharfe Care"}


def test_tasks(document: Json, record: Record) -> None:
    found = _by_id(document)
    ids = record.ids
    task = found[f"Task/task-{ids['task']}"]
    assert (task["status"], task["intent"], task["priority"]) == ("requested", "order", "urgent")
    assert task["for"] == {"reference": f"Patient/patient-{record.patient_id}"}
    assert task["restriction"] == {"period": {"end": "2026-03-10"}}
    assert task["description"] == "Chase the bone scan"
    assert task["note"] == [{"text": "Ring the hospital"}]
    done = found[f"Task/task-{ids['done']}"]
    assert done["status"] == "completed" and done["priority"] == "asap"
    assert done["executionPeriod"]["end"].startswith("2026-03-03T08:00:00")
    assert found[f"Task/task-{ids['cancelled']}"]["status"] == "cancelled"


def test_a_due_time_carries_a_utc_offset(record: Record) -> None:
    record.store.tasks.add_task(
        Task(
            patient_id=record.patient_id,
            title="Ring the GP",
            due_date=date(2026, 3, 4),
            due_time=time(9, 15),
        )
    )
    bundle = patient_bundle(record.store, record.patient_id, generated=GENERATED)
    validate(bundle)
    ring = next(r for r in _resources(bundle) if r.get("description") == "Ring the GP")
    end = ring["restriction"]["period"]["end"]
    assert end.startswith("2026-03-04T09:15:00") and len(end) == len("2026-03-04T09:15:00+00:00")


def test_the_hand_built_document_reads_only_through_the_stores_public_reads(
    record: Record, document: Json
) -> None:
    guarded = reads_only(record.store, FhirSource, "the FHIR export")
    assert patient_bundle(guarded, record.patient_id, generated=GENERATED) == document


def test_an_unknown_patient_is_refused(record: Record) -> None:
    with pytest.raises(LookupError, match="No patient with id 999"):
        patient_bundle(record.store, 999, generated=GENERATED)


def test_the_json_text(document: Json) -> None:
    text = bundle_json(document)
    assert json.loads(text) == document
    assert "Ødegård" in text and '\n  "resourceType": "Bundle"' in text
    assert text.startswith('{\n  "resourceType": "Bundle",')


# -- validate refuses what is wrong --------------------------------------------------------------


def _broken(document: Json, type_: str) -> tuple[Json, Json]:
    bundle = copy.deepcopy(document)
    resource = next(r for r in _resources(bundle) if r["resourceType"] == type_)
    return bundle, resource


def test_validate_refuses_a_reference_to_nothing(document: Json) -> None:
    bundle, plan = _broken(document, "CarePlan")
    plan["careTeam"] = [{"reference": "CareTeam/care-team-patient-999"}]
    with pytest.raises(ValueError, match=r"CareTeam/care-team-patient-999.*does not resolve"):
        validate(bundle)


def test_validate_refuses_what_the_r4_models_refuse(document: Json) -> None:
    bundle, visit = _broken(document, "Appointment")
    visit["start"] = "2026-07-07T10:00:00"  # an instant needs its offset
    with pytest.raises(ValueError, match=r"^Not a valid FHIR R4 bundle: Appointment/\S+ start"):
        validate(bundle)
    bundle, medication = _broken(document, "MedicationStatement")
    del medication["medicationCodeableConcept"]
    with pytest.raises(ValueError, match="MedicationStatement"):
        validate(bundle)


def test_validate_refuses_codes_outside_the_required_value_sets(document: Json) -> None:
    bundle, task = _broken(document, "Task")
    task["status"] = "open"
    with pytest.raises(ValueError, match="status: 'open' is not one of the codes"):
        validate(bundle)


def test_validate_refuses_a_bundle_that_is_not_a_document(document: Json) -> None:
    bundle = copy.deepcopy(document)
    bundle["entry"].append(bundle["entry"].pop(0))
    with pytest.raises(ValueError, match="first entry must be a Composition"):
        validate(bundle)
    bundle = copy.deepcopy(document)
    del bundle["identifier"]
    with pytest.raises(ValueError, match="identifier"):
        validate(bundle)


# -- layers --------------------------------------------------------------------------------------


def test_the_exporter_loads_no_qt() -> None:
    script = (
        "import sys\nimport carebook.interop.fhir.document\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
