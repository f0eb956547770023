"""A US Core bulk download as a Synthea-style EHR writes it imports whole: each requester,
written as a conditional reference by NPI, becomes the medication's prescriber; each as-needed
order without a reason is imported and listed as incomplete."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from carebook.core.records import Contact
from carebook.interop.fhir.imports import import_files
from carebook.interop.fhir.report import ImportReport
from carebook.store.caseload import Store

BULK = Path(__file__).resolve().parent / "fixtures" / "synthea_bulk"
FILES = sorted(BULK.glob("*.ndjson"))
NOW = datetime(2026, 3, 3, 8, 0)
NPI = "http://hl7.org/fhir/sid/us-npi"
MARGARITA = "b2c1e0a4-5f1d-4b7e-9c42-1a7f0e3d9a11"
HAROLD = "7d3f9e52-0c8a-4a61-b2d5-6e4c8f1a2b22"
NADER, ORTEGA = "9999999950", "9999999982"
TABLES = ("patient", "contact", "care_team_member", "condition", "allergy", "medication")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: NOW)
    yield opened
    opened.close()


def _counts(store: Store) -> dict[str, int]:
    return {
        table: store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES
    }


def _prescribers(store: Store) -> dict[str, str]:
    """Each medication's name, and its prescriber's name ("" for none)."""
    found = {}
    for patient_id in store.fhir_links.fhir_patient_ids():
        for medication in store.medications.medications(patient_id):
            contact = (
                store.contacts.contact(medication.prescriber_id)
                if medication.prescriber_id is not None
                else None
            )
            found[medication.name] = contact.name if isinstance(contact, Contact) else ""
    return found


def _order(number: int, requester: str, **more: Any) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest",
        "id": f"later-{number}",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": f"Medicine {number}"},
        "subject": {"reference": f"Patient/{MARGARITA}"},
        "authoredOn": "2026-01-12",
        "requester": {"reference": requester, "display": "as the EHR shows it"},
        "dosageInstruction": [{"sequence": 1, "asNeededBoolean": False}],
        **more,
    }


def _ndjson(path: Path, *resources: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(resource) + "\n" for resource in resources))
    return path


def _import(store: Store, *paths: Path, **options: Any) -> ImportReport:
    return import_files(store, list(paths), zone="America/New_York", **options)


def test_a_bulk_download_imports_whole_with_its_incomplete_orders_listed(store: Store) -> None:
    report = _import(store, *FILES)
    assert report.errors == [] and not report.refused
    assert sum(report.read.values()) == 25
    assert dict(report.not_kept) == {"Encounter": 3}  # visits already made: not kept
    assert _counts(store) == {
        "patient": 3,
        "contact": 4,  # two practitioners, two organisations
        "care_team_member": 1,  # a general practitioner, by NPI
        "condition": 5,
        "allergy": 3,
        "medication": 7,  # every order: none refused
    }
    incomplete = {(f.name.split("/")[1][-2:], f.missing) for f in report.incomplete}
    assert incomplete == {(last, "as_needed_reason") for last in ("02", "03", "05", "07")}
    said = "\n".join(f.what for f in report.incomplete)
    for name in (
        "'Acetaminophen 325 MG Oral Tablet'",
        "'Naproxen sodium 220 MG Oral Tablet'",  # its reason for use is not its as-needed one
        "'Ibuprofen 100 MG Oral Tablet'",
        "'NDA020503 200 ACTUAT Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler'",
    ):
        assert f"{name} does not say what it is taken for as needed" in said
    assert report.warnings == report.incomplete  # nothing else: each requester was found
    assert _prescribers(store) == {
        "24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet": (
            "Dr. Jeffrey461 Nader710"
        ),
        "Acetaminophen 325 MG Oral Tablet": "Dr. Jeffrey461 Nader710",
        "Naproxen sodium 220 MG Oral Tablet": "Dr. Jeffrey461 Nader710",
        "lisinopril 10 MG Oral Tablet": "Dr. Lucia228 Ortega512",
        "Ibuprofen 100 MG Oral Tablet": "Dr. Lucia228 Ortega512",
        "120 ACTUAT Fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler": (
            "Dr. Lucia228 Ortega512"
        ),
        "NDA020503 200 ACTUAT Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler": (
            "Dr. Lucia228 Ortega512"
        ),
    }
    again = _import(store, *FILES)
    assert again.applied is not None and not again.applied.changed_anything


def test_a_later_download_finds_the_requester_imported_before(store: Store, tmp_path: Path) -> None:
    _import(store, *FILES)
    later = _ndjson(
        tmp_path / "MedicationRequest.ndjson",
        _order(1, f"Practitioner?identifier={NPI}|{ORTEGA}"),
        _order(2, f"Practitioner?identifier={NPI}%7C{NADER}"),  # the bar percent-encoded
        _order(3, f"Practitioner?identifier={ORTEGA}"),  # the value alone, in any system
        _order(4, f"https://ehr.example.org/fhir/Practitioner?identifier=%7C{NADER}"),
    )
    report = _import(store, later)
    assert report.errors == [] and not report.refused
    prescribers = _prescribers(store)
    assert [prescribers[f"Medicine {n}"] for n in (1, 2, 3)] == [
        "Dr. Lucia228 Ortega512",
        "Dr. Jeffrey461 Nader710",
        "Dr. Lucia228 Ortega512",
    ]
    # "|value" asks for an identifier without a system, which the NPI is not: left out.
    assert prescribers["Medicine 4"] == ""
    [warning] = report.warnings
    assert warning.name == "MedicationRequest/later-4" and "is not in the files" in warning.what
    assert _counts(store)["contact"] == 4


def test_conditional_references_resolve_among_the_files_in_any_form(
    store: Store, tmp_path: Path
) -> None:
    orders = _ndjson(
        tmp_path / "MedicationRequest.ndjson",
        _order(1, f"Practitioner?identifier={NADER}"),
        _order(2, f"Practitioner?identifier=http%3A%2F%2Fhl7.org%2Ffhir%2Fsid%2Fus-npi%7C{ORTEGA}"),
        _order(3, f"Organization?identifier=https://github.com/synthetichealth/synthea|{'x' * 3}"),
    )
    report = _import(store, BULK / "Patient.ndjson", BULK / "Practitioner.ndjson", orders)
    assert report.errors == []
    prescribers = _prescribers(store)
    assert (prescribers["Medicine 1"], prescribers["Medicine 2"]) == (
        "Dr. Jeffrey461 Nader710",
        "Dr. Lucia228 Ortega512",
    )
    # A reference to nothing stays one: left out, its display kept, as for any requester.
    [warning] = report.warnings
    assert warning.name == "MedicationRequest/later-3"
    assert warning.what == (
        "requester Organization?identifier=https://github.com/synthetichealth/synthea|xxx is "
        "not in the files; 'as the EHR shows it' is kept in the instructions"
    )


def test_a_patient_named_by_an_identifier_nobody_has_is_still_an_error(
    store: Store, tmp_path: Path
) -> None:
    order = _order(1, f"Practitioner?identifier={NPI}|{NADER}")
    order["subject"] = {"reference": "Patient?identifier=http://hospital.smarthealthit.org|nobody"}
    report = _import(store, BULK / "Patient.ndjson", _ndjson(tmp_path / "orders.ndjson", order))
    assert report.refused
    [error] = report.errors
    assert error.name == "MedicationRequest/later-1" and "points nowhere" in error.what


def test_an_identifier_two_practitioners_share_is_an_error_naming_both(
    store: Store, tmp_path: Path
) -> None:
    twin = json.loads((BULK / "Practitioner.ndjson").read_text().splitlines()[0])
    twin["id"], twin["name"] = "another-nader", [{"family": "Nader", "given": ["Joan"]}]
    order = _order(1, f"Practitioner?identifier={NPI}|{NADER}")
    order["subject"] = {"reference": f"Patient/{HAROLD}"}
    files = (
        BULK / "Patient.ndjson",
        BULK / "Practitioner.ndjson",
        _ndjson(tmp_path / "Twin.ndjson", twin),
        _ndjson(tmp_path / "orders.ndjson", order),
    )
    report = _import(store, *files)
    assert report.refused
    both = (
        f"Practitioner?identifier={NPI}|{NADER} matches 2 resources in the files, "
        "Practitioner/0000016f-57cb-cdaa-0000-000000000050 (Practitioner.ndjson line 1), "
        "Practitioner/another-nader (Twin.ndjson line 1): carebook cannot tell which it means"
    )
    # The order's requester, and Margarita's general practitioner, are each that NPI.
    assert [(f.name, f.what) for f in report.errors] == [
        (f"Patient/{MARGARITA}", both),
        ("MedicationRequest/later-1", both),
    ]
    left_out = _import(store, *files, skip_invalid=True)
    assert left_out.errors == report.errors and not left_out.refused
    assert "Medicine 1" not in _prescribers(store)  # left out, as --skip-invalid asks
    assert store.fhir_links.fhir_patient_ids() == [1, 2]  # Harold and Ruth


def test_a_value_two_records_of_the_caseload_came_with_is_an_error(
    store: Store, tmp_path: Path
) -> None:
    """Two practitioners imported before, each with the value in another system: a reference
    by the value alone cannot tell them apart; by system and value it can."""
    first = {
        "resourceType": "Practitioner",
        "id": "p-a",
        "identifier": [{"system": NPI, "value": "1234567893"}],
        "name": [{"text": "Dr Ada Hale"}],
    }
    second = {
        "resourceType": "Practitioner",
        "id": "p-b",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.6.99", "value": "1234567893"}],
        "name": [{"text": "Dr Bea Hale"}],
    }
    assert _import(store, BULK / "Patient.ndjson", _ndjson(tmp_path / "p.ndjson", first, second))
    orders = _ndjson(
        tmp_path / "orders.ndjson",
        _order(1, "Practitioner?identifier=1234567893"),
        _order(2, f"Practitioner?identifier={NPI}|1234567893"),
    )
    report = _import(store, orders, skip_invalid=True)
    [error] = report.errors
    assert error.name == "MedicationRequest/later-1"
    assert error.what == (
        "Practitioner?identifier=1234567893 matches 2 records already in the caseload, "
        "imported from different resources: carebook cannot tell which it means"
    )
    assert _prescribers(store)["Medicine 2"] == "Dr Ada Hale"
