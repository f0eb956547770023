"""An allergy as FHIR: an AllergyIntolerance, its reaction and severity, criticality and status.

A severity with no reaction recorded needs a manifestation all the same: its words say "Not
recorded", and carebook's extension that there is no reaction (see fhir.extension).

A patient said on purpose to have no known drug allergies (or none at all), with no allergy
active, is an AllergyIntolerance too, as EHRs write it: SNOMED CT 409137002 "No known drug
allergy" (716186003 "No known allergy"), active, confirmed, recorded on the day it was
confirmed. Read back, those codes are the patient's statement, never an allergy of theirs.
"""

from __future__ import annotations

from typing import Any

from carebook.core.allergy_statements import active_allergies
from carebook.core.records import Allergy, Patient
from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatement,
    AllergyStatus,
)
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import sentences
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning
from carebook.interop.fhir.report import SKIPPED, WARNING
from carebook.interop.fhir.resolving import Entry
from carebook.store.fhir_links import FhirItem

Json = dict[str, Any]

#: The words of a reaction that is not recorded (FHIR needs a manifestation for a severity).
_NOT_RECORDED = "Not recorded"
_ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
_ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
#: The SNOMED CT situations that say there is no known allergy: (code, display) by statement.
STATEMENT_CODES: dict[AllergyStatement, tuple[str, str]] = {
    AllergyStatement.NO_KNOWN_DRUG_ALLERGIES: ("409137002", "No known drug allergy"),
    AllergyStatement.NO_KNOWN_ALLERGIES: ("716186003", "No known allergy"),
}
_BY_CODE = {code: statement for statement, (code, _display) in STATEMENT_CODES.items()}


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


def statement_resource(patient: Patient, allergies: list[Allergy], subject: Json) -> Json | None:
    """The patient's "no known (drug) allergies" as an AllergyIntolerance, not yet pruned; None
    when nothing was said, or an allergy is active (then the allergies say it all)."""
    coded = STATEMENT_CODES.get(patient.allergy_statement)
    if coded is None or active_allergies(allergies):
        return None
    code, display = coded
    return {
        "resourceType": "AllergyIntolerance",
        "id": f"allergy-statement-{patient.id}",
        "clinicalStatus": fv.coded(_ALLERGY_CLINICAL, "active", fv.CLINICAL_DISPLAY["active"]),
        "verificationStatus": fv.coded(_ALLERGY_VERIFICATION, "confirmed", "Confirmed"),
        "code": fv.coded(fv.SNOMED, code, display, patient.allergy_statement.english),
        "patient": subject,
        "recordedDate": fv.day(patient.allergies_confirmed_on),
    }


def read_allergy(planning: Planning, entry: Entry) -> None:
    """An AllergyIntolerance into an allergy of its patient (or, for "no known allergy", into
    what the patient's record says of their allergies)."""
    planning.not_in_error(entry)
    r = entry.resource
    patient = planning.patient_of(entry, r.get("patient"), "patient")
    statement = next(
        (
            _BY_CODE[code]
            for system, code in fe.codes(r.get("code"))
            if system == fv.SNOMED and code in _BY_CODE
        ),
        None,
    )
    if statement is not None:
        _read_statement(planning, entry, patient, statement)
        return
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
        raise NotImported(translate("FhirImport", "does not say what the patient is allergic to"))
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
    if allergy.status is AllergyStatus.ACTIVE and isinstance(patient, FhirItem):
        record = patient.record
        if record.allergy_statement is not AllergyStatement.NOT_RECORDED:
            planning.say(
                WARNING,
                entry,
                translate(
                    "FhirImport", "is an active allergy, so the patient's {statement} is not kept"
                ).format(statement=record.allergy_statement.label.lower()),
            )
            record.allergy_statement = AllergyStatement.NOT_RECORDED
            record.allergies_confirmed_on = None


def _read_statement(
    planning: Planning, entry: Entry, patient: Any, statement: AllergyStatement
) -> None:
    """ "No known (drug) allergy" into the statement of the patient read from the same files;
    not kept beside an active allergy of theirs, when no longer true, or for a patient only
    the caseload holds."""
    r = entry.resource
    said = statement.label.lower()
    clinical = {c for _s, c in fe.codes(r.get("clinicalStatus"))}
    if clinical & {"inactive", "resolved"}:
        raise NotImported(
            translate("FhirImport", "says {said} no longer holds; not imported").format(said=said),
            SKIPPED,
        )
    if not isinstance(patient, FhirItem):
        raise NotImported(
            translate(
                "FhirImport",
                "says {said} of a patient imported before; carebook takes it only "
                "with the patient's own record in the same files (record it in "
                "their record instead)",
            ).format(said=said),
            SKIPPED,
        )
    listed = [
        item
        for item in planning.out["allergy"]
        if item.refs.get("patient_id") is patient and item.record.status is AllergyStatus.ACTIVE
    ]
    if listed:
        raise NotImported(
            translate(
                "FhirImport",
                "says {said}, but the files list an active allergy of the same "
                "patient ({substance}); the allergy is kept",
            ).format(said=said, substance=listed[0].record.substance),
            WARNING,
        )
    day = fe.date_of(r.get("recordedDate"))
    if day is not None and day > planning.today:
        planning.say(
            WARNING,
            entry,
            translate("FhirImport", "recordedDate {day} is to come; left out").format(
                day=day.isoformat()
            ),
        )
        day = None
    record = patient.record
    record.allergy_statement = statement
    record.allergies_confirmed_on = day
