"""An EHR's as-needed order that does not say what for is imported and said incomplete, never
refused; a medication that is truly broken still is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from carebook.interop.fhir.imports import import_files
from carebook.interop.fhir.report import ImportReport
from carebook.store.caseload import Store

NOW = datetime(2026, 3, 3, 8, 0)
PATIENT = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Lee", "given": ["Ann"]}]}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: NOW)
    yield opened
    opened.close()


def _order(number: int, name: str, **dosage: Any) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest",
        "id": f"m{number}",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": name},
        "subject": {"reference": "Patient/p1"},
        "authoredOn": "2025-11-02",
        "dosageInstruction": [{"text": "1 tablet every 4 hours", **dosage}],
    }


def _import(store: Store, folder: Path, *resources: dict[str, Any]) -> ImportReport:
    path = folder / "download.ndjson"
    path.write_text("".join(json.dumps(resource) + "\n" for resource in resources))
    return import_files(store, [path], zone="Europe/London")


def test_an_as_needed_order_without_a_reason_is_imported_and_listed_incomplete(
    store: Store, tmp_path: Path
) -> None:
    report = _import(
        store,
        tmp_path,
        PATIENT,
        _order(1, "Ibuprofen 200 MG Oral Tablet", asNeededBoolean=True),
        _order(2, "Salbutamol inhaler", asNeededCodeableConcept={"text": "wheeze"}),
        _order(3, "Amlodipine 5 MG Oral Tablet", asNeededBoolean=False),
    )
    assert report.errors == [] and not report.refused
    [finding] = report.incomplete
    assert finding in report.warnings  # a warning, as the window lists them
    assert (finding.name, finding.where, finding.missing) == (
        "MedicationRequest/m1",
        "download.ndjson line 2",
        "as_needed_reason",
    )
    assert finding.what == (
        "incomplete, imported all the same: the medication 'Ibuprofen 200 MG Oral Tablet' "
        "does not say what it is taken for as needed"
    )
    text = report.text()
    assert "Imported as incomplete (carebook's form asks for what is missing):" in text
    assert "Warnings:" not in text  # nothing else to warn of
    [patient_id] = store.fhir_links.fhir_patient_ids()
    kept = {m.name: m for m in store.medications.medications(patient_id)}
    assert set(kept) == {
        "Ibuprofen 200 MG Oral Tablet",
        "Salbutamol inhaler",
        "Amlodipine 5 MG Oral Tablet",
    }
    ibuprofen = kept["Ibuprofen 200 MG Oral Tablet"]
    assert ibuprofen.as_needed and ibuprofen.as_needed_reason == ""


def test_importing_it_again_says_it_again_and_makes_nothing_twice(
    store: Store, tmp_path: Path
) -> None:
    order = _order(1, "Ibuprofen 200 MG Oral Tablet", asNeededBoolean=True)
    _import(store, tmp_path, PATIENT, order)
    again = _import(store, tmp_path, PATIENT, order)
    assert len(again.incomplete) == 1
    assert again.applied is not None and not again.applied.changed_anything


def test_a_broken_as_needed_order_is_refused_and_not_also_said_incomplete(
    store: Store, tmp_path: Path
) -> None:
    broken = _order(1, "Ibuprofen 200 MG Oral Tablet", asNeededBoolean=True)
    bounds = {"boundsPeriod": {"start": "2025-11-02", "end": "2025-10-01"}}
    broken["dosageInstruction"][0]["timing"] = {"repeat": bounds}
    report = _import(store, tmp_path, PATIENT, broken)
    assert report.refused
    assert [(f.name, "end date is before the start date" in f.what) for f in report.errors] == [
        ("MedicationRequest/m1", True)
    ]
    assert report.incomplete == []
