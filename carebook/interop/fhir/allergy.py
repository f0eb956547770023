"""An allergy as FHIR: an AllergyIntolerance, its reaction and severity, criticality and status.

A severity with no reaction recorded needs a manifestation all the same: its words say "Not
recorded", and carebook's extension that there is no reaction (see fhir.extension).
"""

from __future__ import annotations

from typing import Any

from carebook.core.records import Allergy
from carebook.core.vocabularies import AllergyCriticality, AllergySeverity, AllergyStatus
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import sentences
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning
from carebook.interop.fhir.resolving import Entry

Json = dict[str, Any]

#: The words of a reaction that is not recorded (FHIR needs a manifestation for a severity).
_NOT_RECORDED = "Not recorded"
_ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"


def allergy_resource(allergy: Allergy, subject: Json) -> Json:
    """The allergy as a FHIR AllergyIntolerance of the patient `subject`, not yet pruned."""
    status = allergy.status.value
    reaction: Json = {}
    if allergy.reaction.strip() or allergy.severity is not None:
        manifestation = fv.text(allergy.reaction.strip() or _NOT_RECORDED)
        if not allergy.reaction.strip():  # R4 needs a manifestation; there is no reaction
            manifestation = ext.typed(manifestation, {"reaction": ""})
        reaction = fv.prune(
            {
                "manifestation": [manifestation],
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


def read_allergy(planning: Planning, entry: Entry) -> None:
    """An AllergyIntolerance into an allergy of its patient."""
    planning.not_in_error(entry)
    r = entry.resource
    patient = planning.patient_of(entry, r.get("patient"), "patient")
    reactions = fe.dicts(r.get("reaction"))
    substance = fe.concept_text(r.get("code")) or next(
        (
            fe.concept_text(x.get("substance"))
            for x in reactions
            if fe.concept_text(x.get("substance"))
        ),
        "",
    )
    if not substance:
        raise NotImported("does not say what the patient is allergic to")
    allergy = Allergy(patient_id=0, substance=substance)
    manifestations = [
        fe.concept_text(m)
        for x in reactions
        for m in fe.as_list(x.get("manifestation"))
        if "reaction" not in ext.decode(m).empty  # carebook's words for no reaction
    ]
    said = ", ".join(dict.fromkeys(m for m in manifestations if m))
    allergy.reaction = "" if said == sentences.NOT_RECORDED else said
    severities = [fe.text_of(x.get("severity")) for x in reactions]
    for severity in ("severe", "moderate", "mild"):
        if severity in severities:
            allergy.severity = AllergySeverity(severity)
            break
    criticality = fe.text_of(r.get("criticality")).replace("-", "_")
    if criticality in {c.value for c in AllergyCriticality}:
        allergy.criticality = AllergyCriticality(criticality)
    clinical = {c for _s, c in fe.codes(r.get("clinicalStatus"))}
    for status in (AllergyStatus.RESOLVED, AllergyStatus.INACTIVE):
        if status.value in clinical:
            allergy.status = status
            break
    allergy.noted_date = fe.date_of(r.get("recordedDate")) or fe.date_of(r.get("onsetDateTime"))
    planning.emit(entry, "allergy", allergy, {"patient_id": patient}, keys=planning.keys(entry))
