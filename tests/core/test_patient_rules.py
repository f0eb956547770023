"""A patient whose age is more likely a mistyped year than true is saved only after a question;
which changes of status end a patient's care."""

from __future__ import annotations

from datetime import date

from carebook.core.patient_rules import CARE_ENDED, OLDEST_LIKELY, ends_care, patient_age_doubt
from carebook.core.records import Patient
from carebook.core.vocabularies import PatientStatus

TODAY = date(2026, 3, 15)


def test_an_age_over_the_oldest_likely_is_questioned_naming_the_birth_date() -> None:
    born = date(TODAY.year - OLDEST_LIKELY - 1, 1, 1)
    doubt = patient_age_doubt(Patient(given="Ada", birth_date=born), TODAY)
    assert doubt == f"Born {born.isoformat()} makes this patient 111 years old; check the year."


def test_a_likely_age_or_none_raises_no_doubt() -> None:
    assert patient_age_doubt(Patient(given="Ada", birth_date=date(1941, 4, 3)), TODAY) is None
    oldest = date(TODAY.year - OLDEST_LIKELY, 1, 1)
    assert patient_age_doubt(Patient(given="Ada", birth_date=oldest), TODAY) is None
    assert patient_age_doubt(Patient(given="Ada"), TODAY) is None


def test_care_ends_when_an_active_or_held_patient_is_discharged_or_dies() -> None:
    for before in PatientStatus:
        for after in PatientStatus:
            expected = before in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD) and after in (
                PatientStatus.DISCHARGED,
                PatientStatus.DECEASED,
            )
            assert ends_care(before, after) is expected, (before, after)
    assert frozenset({PatientStatus.DISCHARGED, PatientStatus.DECEASED}) == CARE_ENDED
