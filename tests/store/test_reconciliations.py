"""A reconciliation applied in the store: what lands in the caseload file, dated in each
medicine's history, all or nothing, and kept with every decision."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.reconciliation import Change, DischargeLine, compare
from carebook.core.records import Allergy, Contact, Medication, Patient
from carebook.core.vocabularies import MedicationEventKind, MedicationStatus
from carebook.reports import reconciliation_sheet
from carebook.store.caseload import Store

TODAY = date(2026, 12, 7)
DISCHARGED = date(2026, 12, 4)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: datetime(2026, 12, 7, 10, 0))
    try:
        yield opened
    finally:
        opened.close()


def _patient(store: Store) -> tuple[int, list[Medication]]:
    patient = store.patients.add_patient(Patient(given="Edna", family="Price"))
    assert patient.id is not None
    gp = store.contacts.add_contact(Contact(name="Dr Shah"))
    taken = [
        store.medications.add_medication(
            Medication(
                patient_id=patient.id,
                name=name,
                strength=strength,
                dose="1 tablet",
                route="oral",
                frequency="once daily",
                prescriber_id=gp.id,
                start_date=date(2026, 1, 5),
            )
        )
        for name, strength in (
            ("Amlodipine", "5 mg"),
            ("Furosemide", "40 mg"),
            ("Ibuprofen", "400 mg"),
        )
    ]
    return patient.id, taken


DISCHARGE = [
    DischargeLine(name="Amlodipine", strength="5 mg", dose="1 tablet", frequency="once daily"),
    DischargeLine(name="Furosemide", strength="80 mg", dose="1 tablet", frequency="once daily"),
    DischargeLine(name="Apixaban", strength="2.5 mg", dose="1 tablet", frequency="twice daily"),
    DischargeLine(name="Oramorph", dose="5 ml", as_needed=True),  # no reason: kept, flagged
]


def test_accepted_lines_change_the_list_each_dated_hospital_discharge(store: Store) -> None:
    patient_id, taken = _patient(store)
    lines = compare(store.medications.medications(patient_id), DISCHARGE)
    assert [line.change for line in lines] == [
        Change.CONTINUED,
        Change.CHANGED,
        Change.NEW,
        Change.NEW,
        Change.NOT_LISTED,
    ]
    kept = store.reconciliations.reconcile(
        patient_id,
        lines,
        {2, 3, 4},
        source="discharge.json",
        reconciled_by="Ann",
        discharged_on=DISCHARGED,
    )

    now = {m.name: m for m in store.medications.medications(patient_id)}
    assert now["Furosemide"].strength == "80 mg"
    assert now["Apixaban"].status is MedicationStatus.ACTIVE and now["Apixaban"].start_date == TODAY
    assert now["Oramorph"].as_needed and not now["Oramorph"].as_needed_reason
    assert now["Ibuprofen"].status is MedicationStatus.ACTIVE  # line 5 not accepted: kept
    why = "hospital discharge 2026-12-04"
    furosemide = store.medications.medication_history(taken[1].id or 0)
    assert (furosemide[-1].kind, furosemide[-1].reason) == (MedicationEventKind.DOSE_CHANGED, why)
    apixaban = store.medications.medication_history(now["Apixaban"].id or 0)
    assert (apixaban[0].kind, apixaban[0].reason) == (MedicationEventKind.STARTED, why)

    assert kept.id is not None
    decided = store.reconciliations.reconciliation_lines(kept.id)
    assert [(d.line_no, d.change, d.accepted) for d in decided] == [
        (1, Change.CONTINUED, False),
        (2, Change.CHANGED, True),
        (3, Change.NEW, True),
        (4, Change.NEW, True),
        (5, Change.NOT_LISTED, False),
    ]
    assert decided[1].before.startswith("40 mg") and decided[1].after.startswith("80 mg")
    assert store.reconciliations.reconciliations(patient_id)[0].reconciled_by == "Ann"
    # The incomplete order is flagged, never refused.
    assert any(
        "Oramorph" in w.explanation and w.kind.value == "incomplete"
        for w in store.medications.warnings_for(patient_id)
    )


def test_a_line_not_on_the_list_accepted_stops_the_medicine(store: Store) -> None:
    patient_id, taken = _patient(store)
    lines = compare(store.medications.medications(patient_id), DISCHARGE[:2])
    store.reconciliations.reconcile(patient_id, lines, {3}, source="list.csv")
    stopped = store.medications.medication(taken[2].id or 0)
    assert stopped is not None and stopped.status is MedicationStatus.STOPPED


def test_a_medicine_changed_since_the_comparison_refuses_the_whole_reconciliation(
    store: Store,
) -> None:
    patient_id, taken = _patient(store)
    lines = compare(store.medications.medications(patient_id), DISCHARGE)
    store.medications.update_medication(replace(taken[1], dose="2 tablets"))
    before = store.medications.medications(patient_id)
    with pytest.raises(LookupError, match="compare it again"):
        store.reconciliations.reconcile(patient_id, lines, {2, 3}, source="discharge.json")
    assert store.medications.medications(patient_id) == before
    assert store.reconciliations.reconciliations(patient_id) == []


def test_the_sheet_says_what_changed_and_what_was_kept(store: Store) -> None:
    patient_id, _taken = _patient(store)
    store.patients.add_allergy(Allergy(patient_id=patient_id, substance="Penicillin"))
    lines = compare(store.medications.medications(patient_id), DISCHARGE)
    kept = store.reconciliations.reconcile(
        patient_id, lines, {2, 3}, source="discharge.json", discharged_on=DISCHARGED
    )
    assert kept.id is not None
    sheet = reconciliation_sheet.gather(store, kept.id, prepared_by="Ann Smith")
    html = reconciliation_sheet.render_html(sheet)
    for said in (
        "MEDICATION CHANGES AFTER DISCHARGE",
        "Edna Price",
        "Penicillin",
        "discharge.json",
        "Changed (1)",
        "Started (2)",
        "Not on the discharge list (1)",
        "Kept as it was: check with the GP",
        "2 changes made",
    ):
        assert said.casefold() in html.casefold(), said
