"""Paper never prints a drug under its own allergy unmarked: the medication list, the patient
sheet of the day sheet and the care-plan summary each print the checks' warning by the drug."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.records import Allergy, Appointment, Contact, Medication, Patient
from carebook.reports import (
    care_plan_summary,
    care_plan_summary_data,
    day_sheet,
    day_sheet_data,
    medication_sheets,
)
from carebook.store.caseload import Store

TODAY = date(2026, 12, 7)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: datetime(2026, 12, 7, 8, 0))
    yield opened
    opened.close()


def _patient(store: Store) -> int:
    gp = store.contacts.add_contact(Contact(name="Dr Shah"))
    ruth = store.patients.add_patient(Patient(given="Ruth", family="Okafor"))
    assert ruth.id is not None
    store.patients.add_allergy(
        Allergy(patient_id=ruth.id, substance="Ibuprofen", reaction="wheeze")
    )
    for name in ("Ibuprofen", "Naproxen", "Amlodipine"):
        store.medications.add_medication(
            Medication(
                patient_id=ruth.id,
                name=name,
                dose="1 tablet",
                prescriber_id=gp.id,
                start_date=TODAY,
            )
        )
    store.appointments.add_appointment(
        Appointment(patient_id=ruth.id, start=datetime(2026, 12, 7, 10, 0), purpose="Check-in")
    )
    return ruth.id


def _text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).replace("\u00a0", " ").split())


def _assert_marked(text: str) -> None:
    assert "Ibuprofen ⚠ Allergy: Ibuprofen (wheeze)" in text
    assert "Naproxen ⚠ Duplicate therapy with Ibuprofen" in text
    assert "Amlodipine ⚠" not in text


def test_the_medication_list_marks_each_drug_the_checks_warn_about(store: Store) -> None:
    sheet = medication_sheets.gather(store, _patient(store))
    _assert_marked(_text(medication_sheets.render_html(sheet)))


def test_the_care_plan_summary_marks_them_too(store: Store) -> None:
    summary = care_plan_summary_data.gather(store, _patient(store))
    _assert_marked(_text(care_plan_summary.render_html(summary)))


def test_the_patient_sheet_of_the_day_marks_them_too(store: Store) -> None:
    _patient(store)
    sheet = day_sheet_data.gather(store, [TODAY], patient_sheets=True, prepared_by="")
    _assert_marked(_text(day_sheet.render_html(sheet)))
