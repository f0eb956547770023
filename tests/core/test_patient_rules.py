"""A patient whose age is more likely a mistyped year than true is saved only after a question."""

from __future__ import annotations

from datetime import date

from carebook.core.domain import Patient
from carebook.core.patient_rules import OLDEST_LIKELY, patient_age_doubt

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
