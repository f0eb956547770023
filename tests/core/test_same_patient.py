"""The rule that a patient typed in is likely one already there: the same MRN, or the same name
and date of birth after folding; the same rule as a spreadsheet import's."""

from __future__ import annotations

from datetime import date

import pytest

from carebook.core.records import Patient
from carebook.core.same_patient import (
    SAME_MRN,
    SAME_NAME_AND_BIRTH,
    likely_same,
    mrn_key,
    newly_same,
    why_same,
)
from carebook.interop.spreadsheet.columns import ImportKind
from carebook.interop.spreadsheet.duplicates import DuplicateFinder
from carebook.interop.spreadsheet.patient_links import CaseloadPatients
from carebook.store.imports import PatientKey

BORN = date(1940, 3, 4)
ELISE = Patient(
    id=7,
    given="Élise",
    family="Nguyễn",
    preferred_name="Lise",
    birth_date=BORN,
    external_id="AB 123",
)


@pytest.mark.parametrize(
    ("incoming", "reason"),
    [
        (Patient(given="elise", family="NGUYEN", birth_date=BORN), SAME_NAME_AND_BIRTH),
        (Patient(given="  Élise ", family="nguyễn", birth_date=BORN), SAME_NAME_AND_BIRTH),
        (Patient(given="Lise", family="Nguyen", birth_date=BORN), SAME_NAME_AND_BIRTH),
        (Patient(preferred_name="Lise", family="Nguyen", birth_date=BORN), SAME_NAME_AND_BIRTH),
        (Patient(given="Someone", family="Else", external_id="ab123"), SAME_MRN),
        (Patient(given="Elise", family="Nguyen", birth_date=BORN, external_id="AB123"), SAME_MRN),
        (Patient(given="Elise", family="Nguyen", birth_date=date(1940, 3, 5)), None),
        (Patient(given="Elise", family="Nguyen"), None),
        (Patient(given="Elise", family="Nguyen-Smith", birth_date=BORN), None),
        (Patient(given="Someone", family="Else", external_id="AB 1234"), None),
    ],
)
def test_same_mrn_or_same_folded_name_and_birth_date(incoming: Patient, reason: str | None) -> None:
    assert why_same(incoming, ELISE) == reason
    # The spreadsheet import finds the same row a duplicate of the same patient, for the same
    # reason: one rule, wherever a patient comes in.
    finder = DuplicateFinder(
        ImportKind.PATIENTS,
        CaseloadPatients(
            [
                PatientKey(
                    id=7,
                    given=ELISE.given,
                    family=ELISE.family,
                    preferred_name=ELISE.preferred_name,
                    birth_date=ELISE.birth_date,
                    external_id=ELISE.external_id,
                )
            ]
        ),
    )
    found = finder.of_patient(2, incoming)
    assert (found.reason if found is not None else None) == reason


def test_a_patient_is_never_a_duplicate_of_itself() -> None:
    assert why_same(ELISE, ELISE) is None
    assert likely_same(Patient(id=8, given="Élise", family="Nguyễn", birth_date=BORN), [ELISE])


def test_the_same_mrn_comes_first() -> None:
    by_name = Patient(id=1, given="Ann", family="Lee", birth_date=BORN)
    by_mrn = Patient(id=2, given="Bea", family="Low", external_id="X 9")
    incoming = Patient(given="ann", family="LEE", birth_date=BORN, external_id="x9")
    found = likely_same(incoming, [by_name, by_mrn])
    assert [(same.patient.id, same.reason) for same in found] == [
        (2, SAME_MRN),
        (1, SAME_NAME_AND_BIRTH),
    ]
    assert mrn_key(" x 9 ") == "x9"


def test_an_edit_asks_only_about_patients_it_was_not_like_before() -> None:
    twin = Patient(id=2, given="Élise", family="Nguyễn", birth_date=BORN)
    before = Patient(id=7, given="Elise", family="Nguyen", birth_date=BORN, phone="1")
    assert newly_same(before, Patient(**{**_fields(before), "phone": "2"}), [twin]) == []
    other = Patient(id=3, given="Bea", family="Low", external_id="Q1")
    edited = Patient(**{**_fields(before), "external_id": "q 1"})
    assert [same.patient.id for same in newly_same(before, edited, [twin, other])] == [3]
    assert [same.patient.id for same in newly_same(None, before, [twin])] == [2]


def _fields(patient: Patient) -> dict[str, object]:
    return {name: getattr(patient, name) for name in Patient.__dataclass_fields__}
