"""A medication as FHIR: a MedicationStatement with its dosage, prescriber and history.

The prescriber is the statement's informationSource; the pharmacy, the next review and each
event of the medication's history (started, dose changed, stopped …) are notes, an event's
note dated the day it happened. The dosage is fhir.dosage's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carebook.core.domain import Medication, MedicationEvent
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.dosage import dosage

Json = dict[str, Any]


def medication_resource(
    medication: Medication,
    history: Sequence[MedicationEvent],
    subject: Json,
    prescriber: Json | None,
    pharmacy: Json | None,
) -> Json:
    """The medication as a FHIR MedicationStatement of the patient `subject`, not yet pruned;
    `prescriber` and `pharmacy` are references to their contacts (with their names shown)."""
    notes: list[Json] = []
    if prescriber:
        notes.append(fv.text(f"Prescribed by {prescriber['display']}"))
    if pharmacy:
        notes.append(fv.text(f"Pharmacy: {pharmacy['display']}"))
    if medication.next_review:
        notes.append(fv.text(f"Next review due {medication.next_review.isoformat()}"))
    for event in history:
        said = event.kind.label
        if event.detail.strip():
            said += f": {event.detail.strip()}"
        if event.reason.strip():
            said += f". Reason: {event.reason.strip()}"
        notes.append({"time": event.on_date.isoformat(), "text": said})
    name = " ".join(part for part in (medication.name.strip(), medication.strength.strip()) if part)
    return {
        "resourceType": "MedicationStatement",
        "id": f"medication-{medication.id}",
        "status": fv.code(medication.status.value),
        "statusReason": [fv.text(medication.stop_reason.strip())]
        if medication.stop_reason.strip()
        else [],
        "medicationCodeableConcept": fv.text(name),
        "subject": subject,
        "effectivePeriod": fv.period(fv.day(medication.start_date), fv.day(medication.end_date)),
        "dateAsserted": fv.day(medication.last_review),
        "informationSource": prescriber,
        "reasonCode": [fv.text(medication.indication.strip())]
        if medication.indication.strip()
        else [],
        "note": notes,
        "dosage": [dosage(medication)],
    }
