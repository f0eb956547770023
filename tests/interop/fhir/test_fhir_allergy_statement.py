"""No known drug allergies in FHIR: exported as the SNOMED CT AllergyIntolerance EHRs write
(409137002, or 716186003 for none at all), active, confirmed, recorded on the day it was
confirmed; imported back into the patient's statement, never into an allergy of theirs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from carebook.core.records import Patient
from carebook.core.vocabularies import AllergyStatement, AllergyStatus
from carebook.interop.fhir.bundle import bundle_json, validate
from carebook.interop.fhir.caseload import export_caseload
from carebook.interop.fhir.document import patient_bundle
from carebook.interop.fhir.imports import import_files
from carebook.store.caseload import Store

Json = dict[str, Any]
TODAY = date(2026, 11, 20)
CONFIRMED = date(2026, 11, 12)
GENERATED = datetime(2026, 11, 20, 9, 30)
SNOMED = "http://snomed.info/sct"
ZONE = "Europe/London"


def _open(path: Path) -> Store:
    return Store.open(path, clock=lambda: datetime.combine(TODAY, time(9, 0)))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = _open(tmp_path / "caseload.sqlite3")
    yield store
    store.close()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    store = _open(tmp_path / "other.sqlite3")
    yield store
    store.close()


def _patient(store: Store, statement: AllergyStatement | None = None) -> int:
    patient = store.patients.add_patient(
        Patient(given="Ruth", family="Marsh", birth_date=date(1941, 2, 2), external_id="RM-41")
    )
    assert patient.id is not None
    if statement is not None:
        store.patients.set_allergy_statement(patient.id, statement, CONFIRMED)
    return patient.id


def _allergy_resources(bundle: Json) -> list[Json]:
    return [
        entry["resource"]
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] == "AllergyIntolerance"
    ]


def _write(path: Path, bundle: Json) -> Path:
    path.write_text(bundle_json(bundle), encoding="utf-8")
    return path


def _statement(store: Store, patient_id: int) -> tuple[AllergyStatement, date | None]:
    patient = store.patients.patient(patient_id)
    assert patient is not None
    return patient.allergy_statement, patient.allergies_confirmed_on


def test_no_known_drug_allergies_is_exported_as_snomed_409137002(store: Store) -> None:
    patient_id = _patient(store, AllergyStatement.NO_KNOWN_DRUG_ALLERGIES)
    bundle = patient_bundle(store, patient_id, generated=GENERATED)
    validate(bundle)
    [resource] = _allergy_resources(bundle)
    assert resource["code"]["coding"] == [
        {"system": SNOMED, "code": "409137002", "display": "No known drug allergy"}
    ]
    assert resource["clinicalStatus"]["coding"][0]["code"] == "active"
    assert resource["verificationStatus"]["coding"][0]["code"] == "confirmed"
    assert resource["recordedDate"] == "2026-11-12"
    assert resource["patient"]["reference"] == f"Patient/patient-{patient_id}"
    section = next(
        s for s in bundle["entry"][0]["resource"]["section"] if s["title"].startswith("Allergies")
    )
    assert section["entry"] == [{"reference": f"AllergyIntolerance/{resource['id']}"}]


def test_no_known_allergies_is_716186003_and_not_recorded_exports_nothing(store: Store) -> None:
    said = _patient(store, AllergyStatement.NO_KNOWN_ALLERGIES)
    [resource] = _allergy_resources(patient_bundle(store, said, generated=GENERATED))
    assert [c["code"] for c in resource["code"]["coding"]] == ["716186003"]
    unsaid = _patient(store)
    assert _allergy_resources(patient_bundle(store, unsaid, generated=GENERATED)) == []


def test_a_statement_beside_an_active_allergy_is_never_exported(store: Store) -> None:
    patient_id = _patient(store, AllergyStatement.NO_KNOWN_DRUG_ALLERGIES)
    # As a spreadsheet import may leave it: the allergy written, the statement not cleared.
    store.conn.execute(
        "INSERT INTO allergy (patient_id, substance, status) VALUES (?, 'Latex', 'active')",
        [patient_id],
    )
    resources = _allergy_resources(patient_bundle(store, patient_id, generated=GENERATED))
    assert [r["code"].get("text") for r in resources] == ["Latex"]


def test_the_document_round_trips_into_the_statement_not_an_allergy(
    store: Store, other: Store, tmp_path: Path
) -> None:
    patient_id = _patient(store, AllergyStatement.NO_KNOWN_DRUG_ALLERGIES)
    path = _write(tmp_path / "ruth.json", patient_bundle(store, patient_id, generated=GENERATED))
    report = import_files(other, [path], zone=ZONE)
    assert not report.errors, report.text()
    [(imported, _label)] = other.patients.find_patients("RM-41")
    assert _statement(other, imported) == (AllergyStatement.NO_KNOWN_DRUG_ALLERGIES, CONFIRMED)
    assert other.patients.allergies(imported) == []


def test_the_whole_caseload_round_trips_the_statement(
    store: Store, other: Store, tmp_path: Path
) -> None:
    said = _patient(store, AllergyStatement.NO_KNOWN_ALLERGIES)
    path = tmp_path / "caseload.json"
    path.write_text(export_caseload(store, generated=GENERATED), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert '"716186003"' in text
    report = import_files(other, [path], zone=ZONE)
    assert not report.errors, report.text()
    [(imported, _label)] = other.patients.find_patients("RM-41")
    assert _statement(other, imported) == _statement(store, said)
    assert other.patients.allergies(imported) == []


def _ehr(*allergies: Json) -> Json:
    """A searchset an EHR might send: a patient and their AllergyIntolerances."""
    patient = {
        "resourceType": "Patient",
        "id": "p1",
        "name": [{"family": "Okafor", "given": ["Asked"]}],
        "birthDate": "1940-01-01",
    }
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [
            {"fullUrl": f"https://ehr.example/fhir/{r['resourceType']}/{r['id']}", "resource": r}
            for r in (patient, *allergies)
        ],
    }


def _none_known(code: str, display: str, **more: Any) -> Json:
    return {
        "resourceType": "AllergyIntolerance",
        "id": f"nk-{code}",
        "clinicalStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                    "code": "active",
                }
            ]
        },
        "code": {"coding": [{"system": SNOMED, "code": code, "display": display}]},
        "patient": {"reference": "Patient/p1"},
        **more,
    }


def _asked(store: Store) -> int:
    [(patient_id, _label)] = store.patients.find_patients("Okafor")
    return patient_id


def test_an_ehrs_no_known_allergy_becomes_the_statement(store: Store, tmp_path: Path) -> None:
    bundle = _ehr(_none_known("716186003", "No known allergy", recordedDate="2026-10-01"))
    report = import_files(store, [_write(tmp_path / "ehr.json", bundle)], zone=ZONE)
    assert not report.errors, report.text()
    patient_id = _asked(store)
    assert _statement(store, patient_id) == (AllergyStatement.NO_KNOWN_ALLERGIES, date(2026, 10, 1))
    assert store.patients.allergies(patient_id) == []


def test_no_known_drug_allergy_beside_an_active_allergy_keeps_the_allergy(
    store: Store, tmp_path: Path
) -> None:
    penicillin = {
        "resourceType": "AllergyIntolerance",
        "id": "a1",
        "code": {"text": "Penicillin"},
        "patient": {"reference": "Patient/p1"},
    }
    for order in (
        (_none_known("409137002", "No known drug allergy"), penicillin),
        (penicillin, _none_known("409137002", "No known drug allergy")),
    ):
        target = _open(tmp_path / f"order-{id(order)}.sqlite3")
        try:
            path = _write(tmp_path / "ehr.json", _ehr(*order))
            report = import_files(target, [path], zone=ZONE)
            assert not report.errors, report.text()
            patient_id = _asked(target)
            assert _statement(target, patient_id) == (AllergyStatement.NOT_RECORDED, None)
            allergies = target.patients.allergies(patient_id)
            assert [(a.substance, a.status) for a in allergies] == [
                ("Penicillin", AllergyStatus.ACTIVE)
            ]
            assert "Penicillin" in report.text() or "active allergy" in report.text()
        finally:
            target.close()


def test_no_known_drug_allergy_no_longer_true_is_skipped(store: Store, tmp_path: Path) -> None:
    resolved = _none_known("409137002", "No known drug allergy")
    resolved["clinicalStatus"]["coding"][0]["code"] = "resolved"
    report = import_files(store, [_write(tmp_path / "ehr.json", _ehr(resolved))], zone=ZONE)
    assert not report.errors, report.text()
    assert _statement(store, _asked(store)) == (AllergyStatement.NOT_RECORDED, None)
    assert "no longer holds" in report.text()


def test_the_export_reads_back_as_written(store: Store) -> None:
    patient_id = _patient(store, AllergyStatement.NO_KNOWN_DRUG_ALLERGIES)
    text = export_caseload(store, generated=GENERATED)
    patient = next(
        e["resource"]
        for e in json.loads(text)["entry"]
        if e["resource"]["id"] == f"patient-{patient_id}"
    )
    assert "extension" not in patient, "the statement needs no extension: FHIR carries it"
