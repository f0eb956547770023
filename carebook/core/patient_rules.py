"""Doubts worth a question before a patient is saved: what is allowed, but more likely a typo."""

from __future__ import annotations

from datetime import date

from carebook.core.domain import Patient

#: Older than this is more often a mistyped year than a patient; the form asks before saving.
OLDEST_LIKELY = 110


def patient_age_doubt(patient: Patient, today: date) -> str | None:
    """A question worth asking before saving: an age that is more likely a typo than true."""
    age = patient.age(today)
    if age is not None and age > OLDEST_LIKELY:
        return f"Born {patient.birth_date} makes this patient {age} years old; check the year."
    return None
