"""A patient as FHIR: the Patient resource, and the "Patient notes" of carebook's document.

R4's Patient has no notes element: the document carries the access notes and the notes in a
section of their own (the whole-caseload export, which has no document, in carebook's
extension; see fhir.caseload).
"""

from __future__ import annotations

from typing import Any

from carebook.core.domain import Patient, PatientStatus
from carebook.interop.fhir import values as fv

Json = dict[str, Any]

#: The title of the section of carebook's document that holds the patient's notes.
NOTES_SECTION = "Patient notes"


def patient_resource(patient: Patient) -> Json:
    """The patient as a FHIR Patient, not yet pruned."""
    names: list[Json] = []
    official = fv.prune(
        {
            "use": "official",
            "family": patient.family.strip(),
            "given": [patient.given.strip()] if patient.given.strip() else [],
        }
    )
    if len(official) > 1:
        names.append(official)
    preferred = patient.preferred_name.strip()
    if preferred and preferred != patient.given.strip():
        names.append({"use": "nickname", "given": [preferred]})
    identifiers: list[Json] = []
    if patient.external_id.strip():
        identifiers.append(
            {
                "use": "usual",
                "type": fv.coded(fv.V2_0203, "MR", "Medical record number", "MRN"),
                "value": patient.external_id.strip(),
            }
        )
    if patient.member_id.strip() or patient.payer.strip():
        identifiers.append(
            fv.prune(
                {
                    "type": fv.coded(fv.V2_0203, "MB", "Member Number", "Member number"),
                    "value": patient.member_id.strip(),
                    "assigner": {"display": patient.payer.strip()}
                    if patient.payer.strip()
                    else None,
                }
            )
        )
    address = fv.prune(
        {
            "use": "home",
            "text": patient.address,
            "line": [patient.address_line.strip()] if patient.address_line.strip() else [],
            "city": patient.city.strip(),
            "state": patient.region.strip(),
            "postalCode": patient.postal_code.strip(),
        }
    )
    if patient.lat is not None and patient.lon is not None:
        address["extension"] = [
            {
                "url": fv.GEOLOCATION,
                "extension": [
                    {"url": "latitude", "valueDecimal": patient.lat},
                    {"url": "longitude", "valueDecimal": patient.lon},
                ],
            }
        ]
    deceased = patient.status is PatientStatus.DECEASED
    resource: Json = {
        "resourceType": "Patient",
        "id": f"patient-{patient.id}",
        "identifier": identifiers,
        "active": patient.status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD),
        "name": names,
        "telecom": fv.telecom(patient.phone, "", patient.email, patient.phone_alt, "home"),
        "gender": patient.sex.value if patient.sex is not None else None,
        "birthDate": fv.day(patient.birth_date),
        "address": [address] if len(address) > 1 else [],
        "communication": [{"language": fv.text(patient.language.strip()), "preferred": True}]
        if patient.language.strip()
        else [],
    }
    if deceased:
        resource["deceasedBoolean"] = True
    return resource


def patient_notes_section(patient: Patient) -> Json | None:
    """The document's section of the patient's access notes and notes; None without any."""
    notes = [
        f"{label}: {said.strip()}"
        for label, said in (("Home access", patient.access_notes), ("Notes", patient.notes))
        if said.strip()
    ]
    return {"title": NOTES_SECTION, "text": fv.narrative(notes)} if notes else None
