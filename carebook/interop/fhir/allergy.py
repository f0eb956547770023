"""An allergy as FHIR: an AllergyIntolerance, its reaction and severity, criticality and status."""

from __future__ import annotations

from typing import Any

from carebook.core.domain import Allergy
from carebook.interop.fhir import values as fv

Json = dict[str, Any]

_ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"


def allergy_resource(allergy: Allergy, subject: Json) -> Json:
    """The allergy as a FHIR AllergyIntolerance of the patient `subject`, not yet pruned."""
    status = allergy.status.value
    reaction: Json = {}
    if allergy.reaction.strip() or allergy.severity is not None:
        reaction = fv.prune(
            {
                "manifestation": [fv.text(allergy.reaction.strip() or "Not recorded")],
                "severity": allergy.severity.value if allergy.severity else None,
            }
        )
    return {
        "resourceType": "AllergyIntolerance",
        "id": f"allergy-{allergy.id}",
        "clinicalStatus": fv.coded(_ALLERGY_CLINICAL, status, fv.CLINICAL_DISPLAY[status]),
        "criticality": fv.code(allergy.criticality.value) if allergy.criticality else None,
        "code": fv.text(allergy.substance),
        "patient": subject,
        "recordedDate": fv.day(allergy.noted_date),
        "reaction": [reaction] if reaction else [],
    }
