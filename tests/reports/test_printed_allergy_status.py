"""What paper says of a patient with no allergy listed: "Allergies not recorded yet" until the
coordinator says, on purpose and on a day, "No known drug allergies"; never a safe-sounding
"none" for a patient nobody has asked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from report_caseload import clock, edna

from carebook.core.errors import ValidationError
from carebook.core.records import Allergy, Appointment, Patient
from carebook.core.vocabularies import AllergyStatement, AllergyStatus
from carebook.reports import care_plan_summary, day_sheet, medication_sheets
from carebook.store.caseload import Store

CONFIRMED = date(2026, 2, 12)
NOT_RECORDED = "Allergies not recorded yet"
NKDA = "No known drug allergies (confirmed 12 Feb 2026)"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=clock)
    yield store
    store.close()


def _ruth(store: Store) -> int:
    """Edna Marsh (a penicillin allergy) and Ruth Marsh (nothing said of her allergies)."""
    edna(store)
    found = [pid for pid, label in store.patients.find_patients("Ruth") if "Ruth" in label]
    assert len(found) == 1
    return found[0]


def _box(page: str) -> str:
    """The text of the allergy box of an HTML page, its tags taken out."""
    found = re.search(r'<table class="allergy-box".*?</table>', page, re.S)
    assert found is not None, "the page has an allergy box"
    return re.sub(r"<[^>]+>", "", found.group(0)).strip()


def _pages(store: Store, patient_id: int) -> dict[str, str]:
    """Each printed sheet that carries the allergy box, as HTML."""
    return {
        "medication list": medication_sheets.render_html(
            medication_sheets.gather(store, patient_id)
        ),
        "medication changes": medication_sheets.render_html(
            medication_sheets.gather(store, patient_id, since=date(2026, 2, 1))
        ),
        "care-plan summary": care_plan_summary.render_html(
            care_plan_summary.gather(store, patient_id)
        ),
    }


def test_nothing_said_prints_not_recorded_yet_never_no_known_allergies(store: Store) -> None:
    ruth = _ruth(store)
    for name, page in _pages(store, ruth).items():
        box = _box(page)
        assert NOT_RECORDED in box, (name, box)
        assert "no known" not in box.casefold(), (name, box)
        assert "none recorded" not in box.casefold(), (name, box)


def test_no_known_drug_allergies_prints_with_the_day_it_was_confirmed(store: Store) -> None:
    ruth = _ruth(store)
    store.patients.set_allergy_statement(ruth, AllergyStatement.NO_KNOWN_DRUG_ALLERGIES, CONFIRMED)
    for name, page in _pages(store, ruth).items():
        box = _box(page)
        assert NKDA in box, (name, box)
        assert NOT_RECORDED not in box, (name, box)
    store.patients.set_allergy_statement(ruth, AllergyStatement.NO_KNOWN_ALLERGIES, CONFIRMED)
    page = _pages(store, ruth)["medication list"]
    assert "No known allergies (confirmed 12 Feb 2026)" in _box(page)


def test_an_allergy_listed_prints_the_allergy_and_no_statement(store: Store) -> None:
    patient_id = edna(store)
    for name, page in _pages(store, patient_id).items():
        box = _box(page)
        assert "PENICILLIN" in box, (name, box)
        assert NOT_RECORDED not in box and "No known" not in box, (name, box)


def test_an_inactive_allergy_alone_leaves_the_statement_to_say(store: Store) -> None:
    ruth = _ruth(store)
    store.patients.add_allergy(
        Allergy(patient_id=ruth, substance="Plasters", status=AllergyStatus.RESOLVED)
    )
    assert NOT_RECORDED in _box(_pages(store, ruth)["medication list"])
    store.patients.set_allergy_statement(ruth, AllergyStatement.NO_KNOWN_ALLERGIES, CONFIRMED)
    box = _box(_pages(store, ruth)["medication list"])
    assert "No known allergies (confirmed 12 Feb 2026)" in box and "PLASTERS" not in box


def test_a_statement_beside_an_active_allergy_is_refused_and_never_printed(store: Store) -> None:
    patient_id = edna(store)
    with pytest.raises(ValidationError, match="Penicillin"):
        store.patients.set_allergy_statement(
            patient_id, AllergyStatement.NO_KNOWN_DRUG_ALLERGIES, CONFIRMED
        )
    patient = store.patients.patient(patient_id)
    assert patient is not None
    assert patient.allergy_statement is AllergyStatement.NOT_RECORDED


def test_the_patient_sheet_of_the_day_sheet_says_it_too(store: Store) -> None:
    day = date(2026, 3, 2)
    said = store.patients.add_patient(Patient(given="Said", family="Nadeem"))
    asked = store.patients.add_patient(Patient(given="Asked", family="Okafor"))
    assert said.id is not None and asked.id is not None
    store.patients.set_allergy_statement(
        asked.id, AllergyStatement.NO_KNOWN_DRUG_ALLERGIES, CONFIRMED
    )
    for patient_id, hour in ((said.id, 9), (asked.id, 11)):
        store.appointments.add_appointment(
            Appointment(patient_id=patient_id, start=datetime(2026, 3, 2, hour), duration_min=30)
        )
    page = day_sheet.render_html(day_sheet.gather(store, [day], True, ""), "a4")
    first = page[page.index("<h1>Said Nadeem</h1>") : page.index("<h1>Asked Okafor</h1>")]
    second = page[page.index("<h1>Asked Okafor</h1>") :]
    assert NOT_RECORDED in _box(first) and "No known" not in _box(first)
    assert NKDA in _box(second) and NOT_RECORDED not in _box(second)
