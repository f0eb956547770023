"""What makes two records of a patient the same, for an import that must add nothing twice."""

from __future__ import annotations

from typing import Any

from carebook.core.records import Allergy, Appointment, Condition, Medication, Task

RecordKey = tuple[Any, ...]


def same_record_key(record: object) -> RecordKey | None:
    """The same patient, and the same drug and start date, the same start, the same title and
    due date, the same substance, or the same condition and onset (case and spacing aside);
    None for a record no key compares."""
    if isinstance(record, Medication):
        return ("medication", record.patient_id, key_text(record.name), record.start_date)
    if isinstance(record, Appointment):
        return ("appointment", record.patient_id, record.start)
    if isinstance(record, Task):
        return ("task", record.patient_id, key_text(record.title), record.due_date)
    if isinstance(record, Allergy):
        return ("allergy", record.patient_id, key_text(record.substance))
    if isinstance(record, Condition):
        return ("condition", record.patient_id, key_text(record.description), record.onset_date)
    return None


def key_text(text: str) -> str:
    """Text as a key compares it: case and spacing aside."""
    return " ".join(text.casefold().split())
