"""The words for a patient with no allergy listed, and when "none known" may be said."""

from __future__ import annotations

from datetime import date

import pytest

from carebook.core.allergy_statements import (
    check_statement,
    clears_statement,
    no_allergy_text,
    said_of,
    statement_text,
)
from carebook.core.errors import ValidationError
from carebook.core.records import Allergy, Patient
from carebook.core.vocabularies import AllergyStatement, AllergyStatus

TODAY = date(2026, 11, 12)
NKDA = AllergyStatement.NO_KNOWN_DRUG_ALLERGIES


def test_the_words_say_what_was_said_and_when() -> None:
    assert statement_text(AllergyStatement.NOT_RECORDED, None) == "Allergies not recorded yet"
    assert statement_text(AllergyStatement.NOT_RECORDED, TODAY) == "Allergies not recorded yet"
    assert statement_text(NKDA, TODAY) == "No known drug allergies (confirmed 12 Nov 2026)"
    assert statement_text(AllergyStatement.NO_KNOWN_ALLERGIES, date(2026, 1, 3)) == (
        "No known allergies (confirmed 3 Jan 2026)"
    )


def test_an_active_allergy_is_what_shows_whatever_was_said() -> None:
    patient = Patient(given="Ruth", allergy_statement=NKDA, allergies_confirmed_on=TODAY)
    latex = Allergy(patient_id=1, substance="Latex")
    resolved = Allergy(patient_id=1, substance="Plasters", status=AllergyStatus.RESOLVED)
    assert no_allergy_text(patient, [latex, resolved]) is None
    assert said_of(patient, [latex]) is AllergyStatement.NOT_RECORDED
    assert no_allergy_text(patient, [resolved]) == (
        "No known drug allergies (confirmed 12 Nov 2026)"
    )
    assert no_allergy_text(Patient(given="Ruth"), []) == "Allergies not recorded yet"


def test_none_known_needs_no_active_allergy_and_a_day_up_to_today() -> None:
    latex = Allergy(patient_id=1, substance="Latex")
    with pytest.raises(ValidationError, match=r"active \(Latex\)") as refused:
        check_statement(NKDA, TODAY, [latex], TODAY)
    assert refused.value.field == "allergy_statement"
    with pytest.raises(ValidationError, match="confirmed"):
        check_statement(NKDA, None, [], TODAY)
    with pytest.raises(ValidationError, match="future"):
        check_statement(NKDA, date(2026, 11, 13), [], TODAY)
    check_statement(NKDA, TODAY, [replace_status(latex, AllergyStatus.INACTIVE)], TODAY)
    check_statement(AllergyStatement.NOT_RECORDED, None, [latex], TODAY)


def test_only_an_active_allergy_clears_the_statement() -> None:
    assert clears_statement(Allergy(patient_id=1, substance="Latex"))
    for status in (AllergyStatus.INACTIVE, AllergyStatus.RESOLVED):
        assert not clears_statement(Allergy(patient_id=1, substance="Latex", status=status))


def replace_status(allergy: Allergy, status: AllergyStatus) -> Allergy:
    return Allergy(patient_id=allergy.patient_id, substance=allergy.substance, status=status)
