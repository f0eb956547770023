"""Rules about patients: when their care ends, and an age more likely a typo than true."""

from __future__ import annotations

from datetime import date

from carebook.core.records import Patient
from carebook.core.vocabularies import PatientStatus
from carebook.core.words import translate

#: The statuses of a patient no longer in the coordinator's care: reaching one, what is still to
#: come for them (visits, open tasks) may be cancelled.
CARE_ENDED = frozenset({PatientStatus.DISCHARGED, PatientStatus.DECEASED})
#: Older than this is more often a mistyped year than a patient; the form asks before saving.
OLDEST_LIKELY = 110


def patient_age_doubt(patient: Patient, today: date) -> str | None:
    """A question worth asking before saving: an age that is more likely a typo than true."""
    age = patient.age(today)
    if age is not None and age > OLDEST_LIKELY:
        return translate(
            "PatientRules", "Born {day} makes this patient {age} years old; check the year."
        ).format(day=patient.birth_date, age=age)
    return None


def ends_care(before: PatientStatus, after: PatientStatus) -> bool:
    """Whether a change of status from `before` to `after` ends the patient's care."""
    return before in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD) and after in CARE_ENDED
