"""One patient's record as a FHIR R4 document Bundle: a "Care plan summary" (no Qt, no SQL).

The document is the patient's record (fhir.patient_record) behind a Composition whose sections
list it (care team, problems, allergies, medications, care plans, goals, appointments, tasks,
and the patient's notes), written by carebook (a Device). `patient_bundle` returns it as plain
JSON-ready data; fhir.bundle checks and writes it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from carebook import __version__
from carebook.core.words import translate
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.global_ids import GlobalIds, carry
from carebook.interop.fhir.patient import patient_notes_section
from carebook.interop.fhir.patient_record import FhirSource, PatientRecord

Json = dict[str, Any]

TITLE = "Care plan summary"
#: Each section's title and LOINC code (and display), by the key the record files it under.
_SECTIONS: dict[str, tuple[str, tuple[str, str] | None]] = {
    "team": ("Care team and contacts", ("85847-2", "Patient Care team information")),
    "problems": ("Problems", ("11450-4", "Problem list - Reported")),
    "allergies": (
        "Allergies and intolerances",
        ("48765-2", "Allergies and adverse reactions Document"),
    ),
    "medications": ("Medications", ("10160-0", "History of Medication use Narrative")),
    "plans": ("Care plans", ("18776-5", "Plan of care note")),
    "goals": ("Goals", ("61146-7", "Goals")),
    "appointments": ("Appointments", None),
    "tasks": ("Tasks", None),
}


def patient_bundle(
    source: FhirSource,
    patient_id: int,
    *,
    generated: datetime,
    global_ids: GlobalIds | None = None,
) -> Json:
    """The patient's record as a FHIR R4 document Bundle (a Composition first), as JSON data.

    `generated` stamps the document (a naive time is read as this computer's local time) and,
    with the patient, makes its identifier. Each resource made from a record carries the
    record's global id, read with `global_ids` (fhir.global_ids). Raises LookupError for an
    unknown patient.
    """
    patient = source.patients.patient(patient_id)
    if patient is None or patient.id is None:
        raise LookupError(
            translate("FhirExport", "No patient with id {patient_id}").format(patient_id=patient_id)
        )
    record = PatientRecord(source, patient)
    record.make()
    if global_ids is not None:
        carry(record.resources, global_ids)
    stamp = fv.instant(generated)
    device = record.add(
        {
            "resourceType": "Device",
            "id": "carebook",
            "deviceName": [{"name": "carebook", "type": "user-friendly-name"}],
            "type": fv.text("Care coordination software"),
            "version": [{"value": __version__}],
        }
    )
    sections: list[Json] = []
    for key, entries in record.sections.items():
        title, code = _SECTIONS[key]
        if entries:
            sections.append(
                fv.prune(
                    {
                        "title": title,
                        "code": fv.coded(fv.LOINC, *code) if code else None,
                        "entry": entries,
                    }
                )
            )
    notes = patient_notes_section(patient)
    if notes is not None:
        sections.append(notes)
    identity = f"Patient/patient-{patient.id}|{stamp}"
    composition = fv.prune(
        {
            "resourceType": "Composition",
            "id": f"summary-patient-{patient.id}",
            "identifier": {
                "system": "urn:ietf:rfc:3986",
                "value": f"urn:uuid:{uuid.uuid5(fv.NAMESPACE, 'Composition|' + identity)}",
            },
            "status": "final",
            "type": fv.coded(fv.LOINC, "18776-5", "Plan of care note", TITLE),
            "subject": fv.ref(record.patient_resource, patient.display_name),
            "date": stamp,
            "author": [fv.ref(device, "carebook")],
            "title": TITLE,
            "section": sections,
        }
    )
    document_id = uuid.uuid5(fv.NAMESPACE, "Bundle|" + identity)
    return {
        "resourceType": "Bundle",
        "id": str(document_id),
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{document_id}"},
        "type": "document",
        "timestamp": stamp,
        "entry": [
            {
                "fullUrl": f"{fv.BASE}{resource['resourceType']}/{resource['id']}",
                "resource": resource,
            }
            for resource in (composition, *record.resources)
        ],
    }
