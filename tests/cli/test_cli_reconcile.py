"""`carebook reconcile`: a discharge list beside the patient's medicines, printed as text or
JSON without changing anything; applied line by line with --accept; its sheet printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_runner import run
from pypdf import PdfReader

from carebook.core.records import Contact, Medication, Patient
from carebook.core.vocabularies import MedicationEventKind, MedicationStatus
from carebook.store.caseload import Store

BUNDLE = Path(__file__).parents[1] / "interop" / "discharge" / "fixtures" / "discharge_bundle.json"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Margaret Whitfield (as the discharge bundle names her) on four medicines."""
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    gp = store.contacts.add_contact(Contact(name="Dr Shah"))
    margaret = store.patients.add_patient(
        Patient(given="Margaret", family="Whitfield", birth_date=date(1941, 6, 23))
    )
    store.patients.add_patient(Patient(given="Alan", family="Bell", birth_date=date(1950, 2, 1)))
    assert margaret.id is not None
    for name, strength, dose, frequency in (
        ("Metoprolol", "25 mg", "1 tablet", "twice daily"),
        ("Furosemide", "40 mg", "40 mg", "once daily"),
        ("Ibuprofen", "400 mg", "1 tablet", "three times daily"),
        ("Simvastatin", "40 mg", "1 tablet", "at night"),
    ):
        store.medications.add_medication(
            Medication(
                patient_id=margaret.id,
                name=name,
                strength=strength,
                dose=dose,
                route="oral",
                frequency=frequency,
                prescriber_id=gp.id,
            )
        )
    store.close()
    return path


def _medicines(db: Path) -> dict[str, Medication]:
    store = Store.open(db)
    try:
        patient_id = store.patients.find_patients("Whitfield")[0][0]
        return {m.name: m for m in store.medications.medications(patient_id)}
    finally:
        store.close()


def test_the_comparison_changes_nothing(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    before = _medicines(db)
    status, out, _ = run(
        capsys, "reconcile", "Whitfield", str(BUNDLE), "--db", str(db), "--format", "json"
    )
    assert status == 0
    found = json.loads(out)
    said = {line["medication"]: line["change"] for line in found["lines"]}
    assert said == {
        "Metoprolol tartrate": "continued",  # "By mouth" is oral: no route change
        "Furosemide 40 MG Oral Tablet": "changed",  # every morning, not once daily
        "Paracetamol": "new",
        "Ibuprofen 400 mg tablets": "stopped",
        "Simvastatin": "not_listed",
    }
    assert found["discharged_on"] == "2024-03-12" and not found["applied"]
    assert found["patient_differences"] == []
    assert _medicines(db) == before


def test_accepted_lines_are_applied_and_the_sheet_printed(db: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "changes.pdf"
    # In a process of its own: printing a PDF starts Qt, which the window tests start their way.
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "carebook",
            "reconcile",
            "Whitfield",
            str(BUNDLE),
            "--db",
            str(db),
            "--accept",
            "3,4",
            "--sheet",
            str(sheet),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    status, out, err = done.returncode, done.stdout, done.stderr
    assert status == 0, err
    assert "[applied]" in out and "Applied 2 lines." in out
    now = _medicines(db)
    assert now["Ibuprofen"].status is MedicationStatus.STOPPED
    assert now["Paracetamol"].as_needed and now["Paracetamol"].as_needed_reason == "pain"
    assert now["Simvastatin"].status is MedicationStatus.ACTIVE  # not accepted: kept
    store = Store.open(db)
    try:
        history = store.medications.medication_history(now["Ibuprofen"].id or 0)
    finally:
        store.close()
    assert (history[-1].kind, history[-1].reason) == (
        MedicationEventKind.STOPPED,
        "hospital discharge 2024-03-12",
    )
    words = " ".join(page.extract_text() for page in PdfReader(sheet).pages)
    text = " ".join(words.replace("\ufb01", "fi").split())
    assert len(PdfReader(sheet).pages) == 1
    for said in ("MEDICATION CHANGES AFTER DISCHARGE", "Margaret Whitfield", "Paracetamol"):
        assert said in text, said


def test_another_patient_s_list_is_not_applied_unasked(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, _out, err = run(
        capsys, "reconcile", "Bell", str(BUNDLE), "--db", str(db), "--accept", "all"
    )
    assert status == 2
    assert "may not be Alan Bell's" in err and "born 23 Jun 1941" in err and "--same-patient" in err


def test_a_file_that_is_not_a_medication_list_is_refused_plainly(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text('{"resourceType": "Bundle", "type": "collection", "entry": []}')
    status, _out, err = run(capsys, "reconcile", "Whitfield", str(notes), "--db", str(db))
    assert status == 2 and "notes.json" in err and "Traceback" not in err
    status, _out, err = run(
        capsys, "reconcile", "Whitfield", str(BUNDLE), "--db", str(db), "--accept", "1"
    )
    assert status == 2 and "continued lines change nothing" in err
