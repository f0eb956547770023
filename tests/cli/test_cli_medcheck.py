"""`carebook medcheck`: every warning of a patient or of everyone, as text or JSON; exits 1
when there is one, 0 when the list is clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run

from carebook.core.records import Allergy, Contact, Medication, Patient
from carebook.core.vocabularies import AllergySeverity
from carebook.store.caseload import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two patients: one on ibuprofen with an ibuprofen allergy and two NSAIDs; one clean."""
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    gp = store.contacts.add_contact(Contact(name="Dr Shah"))
    ruth = store.patients.add_patient(Patient(given="Ruth", family="Okafor"))
    clean = store.patients.add_patient(Patient(given="Alan", family="Bell"))
    assert ruth.id is not None and clean.id is not None
    store.patients.add_allergy(
        Allergy(
            patient_id=ruth.id,
            substance="Ibuprofen",
            reaction="wheeze",
            severity=AllergySeverity.MODERATE,
        )
    )
    for patient_id, name in (
        (ruth.id, "Ibuprofen"),
        (ruth.id, "Naproxen"),
        (clean.id, "Amlodipine"),
    ):
        store.medications.add_medication(
            Medication(
                patient_id=patient_id,
                name=name,
                strength="400 mg",
                dose="1 tablet",
                frequency="three times daily",
                prescriber_id=gp.id,
            ),
        )
    store.close()
    return path


def test_one_patient_s_warnings_as_json_with_kind_ids_and_explanation(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, _ = run(capsys, "medcheck", "Okafor", "--db", str(db), "--format", "json")
    assert status == 1
    found = json.loads(out)
    kinds = [w["kind"] for w in found]
    assert kinds.count("allergy") == 1 and "duplicate" in kinds
    allergy = next(w for w in found if w["kind"] == "allergy")
    assert allergy["medications"] == ["Ibuprofen"] and allergy["allergy_id"] is not None
    assert "allergic to Ibuprofen (wheeze, moderate)" in allergy["explanation"]
    duplicate = next(w for w in found if w["kind"] == "duplicate")
    assert sorted(duplicate["medications"]) == ["Ibuprofen", "Naproxen"]
    assert len(duplicate["medication_ids"]) == 2


def test_everyone_as_text_names_only_the_patients_with_warnings(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, _ = run(capsys, "medcheck", "--all", "--db", str(db))
    assert status == 1
    assert "Ruth Okafor" in out and "Allergy: Ibuprofen" in out
    assert "Alan Bell" not in out


def test_a_clean_list_exits_0_and_says_so(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, out, _ = run(capsys, "medcheck", "Bell", "--db", str(db))
    assert (status, out.strip()) == (0, "No medication warnings.")


def test_medcheck_needs_one_patient_or_all(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, _out, err = run(capsys, "medcheck", "--db", str(db))
    assert status == 2 and "name one PATIENT, or give --all" in err
    status, _out, err = run(capsys, "medcheck", "Bell", "--all", "--db", str(db))
    assert status == 2 and "Traceback" not in err
