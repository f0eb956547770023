"""A patient's allergy statement in the store: said on purpose with its day, one transaction
with its line in the activity log, refused beside an active allergy, and cleared by one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from carebook.core.errors import ValidationError
from carebook.core.records import Allergy, Patient
from carebook.core.vocabularies import AllergyStatement, AllergyStatus
from carebook.store.caseload import Store

TODAY = date(2026, 3, 2)
NKDA = AllergyStatement.NO_KNOWN_DRUG_ALLERGIES


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: datetime(2026, 3, 2, 9, 0))
    yield store
    store.close()


def _patient(store: Store) -> int:
    patient = store.patients.add_patient(Patient(given="Ruth", family="Marsh"))
    assert patient.id is not None
    return patient.id


def _stored(store: Store, patient_id: int) -> tuple[Any, ...]:
    row = store.conn.execute(
        "SELECT allergy_statement, allergies_confirmed_on FROM patient WHERE id = ?",
        [patient_id],
    ).fetchone()
    return tuple(row)


def _log(store: Store) -> list[tuple[Any, ...]]:
    return store.conn.execute(
        "SELECT action, record_kind, record_id, summary FROM audit_log ORDER BY id"
    ).fetchall()


def test_the_statement_is_stored_with_its_day_and_one_line_in_the_activity_log(
    store: Store,
) -> None:
    patient_id = _patient(store)
    logged = len(_log(store))
    store.patients.set_allergy_statement(patient_id, NKDA, TODAY)
    assert _stored(store, patient_id) == ("no_known_drug_allergies", "2026-03-02")
    assert _log(store)[logged:] == [("change", "patient", patient_id, "no_known_drug_allergies")]
    patient = store.patients.patient(patient_id)
    assert patient is not None and patient.allergies_confirmed_on == TODAY

    store.patients.set_allergy_statement(patient_id, AllergyStatement.NOT_RECORDED, TODAY)
    assert _stored(store, patient_id) == ("not_recorded", None), "no day for not recorded"


def test_a_statement_without_a_day_or_from_a_day_to_come_is_refused(store: Store) -> None:
    patient_id = _patient(store)
    with pytest.raises(ValidationError, match="confirmed"):
        store.patients.set_allergy_statement(patient_id, NKDA, None)
    with pytest.raises(ValidationError, match="future"):
        store.patients.set_allergy_statement(patient_id, NKDA, date(2026, 3, 3))
    assert _stored(store, patient_id) == ("not_recorded", None)


def test_none_known_is_refused_while_an_allergy_is_active(store: Store) -> None:
    patient_id = _patient(store)
    store.patients.add_allergy(Allergy(patient_id=patient_id, substance="Latex"))
    logged = len(_log(store))
    with pytest.raises(ValidationError, match="Latex") as refused:
        store.patients.set_allergy_statement(patient_id, AllergyStatement.NO_KNOWN_ALLERGIES, TODAY)
    assert "active" in str(refused.value)
    assert _stored(store, patient_id) == ("not_recorded", None)
    assert len(_log(store)) == logged, "nothing written"


def test_adding_an_active_allergy_clears_the_statement_in_the_same_step(store: Store) -> None:
    patient_id = _patient(store)
    store.patients.set_allergy_statement(patient_id, NKDA, TODAY)
    logged = len(_log(store))
    allergy = store.patients.add_allergy(Allergy(patient_id=patient_id, substance="Codeine"))
    assert _stored(store, patient_id) == ("not_recorded", None)
    assert _log(store)[logged:] == [
        ("create", "allergy", allergy.id, ""),
        ("change", "patient", patient_id, "not_recorded"),
    ]


def test_an_inactive_allergy_leaves_the_statement_until_it_is_made_active(store: Store) -> None:
    patient_id = _patient(store)
    store.patients.set_allergy_statement(patient_id, NKDA, TODAY)
    old = store.patients.add_allergy(
        Allergy(patient_id=patient_id, substance="Plasters", status=AllergyStatus.RESOLVED)
    )
    assert _stored(store, patient_id) == ("no_known_drug_allergies", "2026-03-02")
    store.patients.update_allergy(replace(old, reaction="Rash"))
    assert _stored(store, patient_id) == ("no_known_drug_allergies", "2026-03-02")
    store.patients.update_allergy(replace(old, status=AllergyStatus.ACTIVE))
    assert _stored(store, patient_id) == ("not_recorded", None)


def test_a_refused_allergy_leaves_the_statement_standing(store: Store) -> None:
    patient_id = _patient(store)
    store.patients.set_allergy_statement(patient_id, NKDA, TODAY)
    with pytest.raises(ValidationError):
        store.patients.add_allergy(Allergy(patient_id=patient_id, substance="  "))
    assert _stored(store, patient_id) == ("no_known_drug_allergies", "2026-03-02")
