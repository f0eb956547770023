"""The store's read behind the duplicate question: the patients a new or edited one would
likely duplicate (same MRN, or same name and date of birth), found without writing anything."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.records import Patient
from carebook.core.same_patient import SAME_MRN, SAME_NAME_AND_BIRTH
from carebook.store.caseload import Store

BORN = date(1940, 3, 4)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: datetime(2026, 3, 2, 9, 0))
    store.patients.add_patient(
        Patient(given="Élise", family="Nguyễn", birth_date=BORN, external_id="AB 123")
    )
    store.patients.add_patient(Patient(given="Bea", family="Low", birth_date=BORN))
    store.patients.add_patient(Patient(given="Ann", family="Lee", external_id="Q-7"))
    yield store
    store.close()


def _found(store: Store, patient: Patient, was: Patient | None = None) -> list[tuple[str, str]]:
    return [
        (same.patient.given, same.reason)
        for same in store.patients.likely_duplicates(patient, was=was)
    ]


def test_a_new_patient_like_one_there_is_found_by_name_and_birth_or_by_mrn(store: Store) -> None:
    changes = store.conn.total_changes
    assert _found(store, Patient(given="ELISE", family="nguyen", birth_date=BORN)) == [
        ("Élise", SAME_NAME_AND_BIRTH)
    ]
    assert _found(store, Patient(given="Zoe", family="Ng", external_id="q-7")) == [
        ("Ann", SAME_MRN)
    ]
    assert _found(store, Patient(given="Elise", family="Nguyen", birth_date=date(1940, 3, 5))) == []
    assert _found(store, Patient(given="Elise", family="Nguyen")) == []
    assert store.conn.total_changes == changes, "only reads"


def test_an_edit_finds_only_what_it_was_not_like_before(store: Store) -> None:
    [(ann_id, _)] = store.patients.find_patients("Ann")
    ann = store.patients.patient(ann_id)
    assert ann is not None
    assert _found(store, replace(ann, phone="0113 496 0000"), ann) == [], "never itself"
    moved = replace(ann, given="Bea", family="LOW", birth_date=BORN)
    assert _found(store, moved, ann) == [("Bea", SAME_NAME_AND_BIRTH)]
