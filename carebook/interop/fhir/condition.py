"""A condition as FHIR: a Condition on the patient's problem list (SNOMED or ICD-10 coded).

A condition that is active again after it abated says so in a note (FHIR's abatement is for
conditions that are not active), with the day typed beside the words (see fhir.extension).
A care-plan problem that is not one of the patient's conditions is written as a Condition of its
own, whose only category is the words "Care plan problem" (see fhir.care_plan).

Read back, a Condition is a condition of its patient (unless it is entered in error or refuted,
or is such a problem's own); its code is kept when it is SNOMED CT or ICD-10.
"""

from __future__ import annotations

import re
from typing import Any

from carebook.core.records import Condition, Problem
from carebook.core.vocabularies import ConditionStatus
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import sentences
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning
from carebook.interop.fhir.resolving import Entry

Json = dict[str, Any]

_CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
_CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
#: The code systems a condition's code is read from (SNOMED CT, and ICD-10 and its variants).
_ICD10 = (
    "http://hl7.org/fhir/sid/icd-10",
    "http://hl7.org/fhir/sid/icd-10-cm",
    "http://hl7.org/fhir/sid/icd-10-uk",
)
#: The category of a Condition carebook writes for a care-plan problem alone.
PROBLEM_CATEGORY = "Care plan problem"


def condition_code(condition: Condition) -> Json:
    """The condition's words, with its code as SNOMED or ICD-10 when it looks like one."""
    code = condition.code.strip()
    concept: Json = {"text": condition.description}
    if re.fullmatch(r"\d{6,18}", code):
        concept["coding"] = [{"system": fv.SNOMED, "code": code}]
    elif re.fullmatch(r"[A-TV-Z]\d\d(?:\.[0-9A-Z]{1,4})?", code.upper()):
        concept["coding"] = [{"system": fv.ICD10, "code": code.upper()}]
    elif code:
        concept["text"] = f"{condition.description} ({code})"
    return concept


def condition_resource(condition: Condition, subject: Json) -> Json:
    """The condition as a FHIR Condition of the patient `subject`, not yet pruned."""
    status = condition.status.value
    notes = [fv.text(condition.notes.strip())] if condition.notes.strip() else []
    abatement = fv.day(condition.abatement_date)
    if abatement and status == "active":
        # FHIR: an abated condition is not active (con-4); keep the date as a note.
        said = fv.text(f"Abated {abatement}, active again since.")
        notes.append(ext.typed(said, {"abatement_date": condition.abatement_date}))
        abatement = None
    return {
        "resourceType": "Condition",
        "id": f"condition-{condition.id}",
        "clinicalStatus": fv.coded(_CONDITION_CLINICAL, status, fv.CLINICAL_DISPLAY[status]),
        "category": [fv.coded(_CONDITION_CATEGORY, "problem-list-item", "Problem List Item")],
        "code": condition_code(condition),
        "subject": subject,
        "onsetDateTime": fv.day(condition.onset_date),
        "abatementDateTime": abatement,
        "note": notes,
    }


def problem_condition_resource(problem: Problem, subject: Json) -> Json:
    """The Condition a care-plan problem that is no condition of the patient's is about."""
    return {
        "resourceType": "Condition",
        "id": f"problem-{problem.id}",
        "category": [fv.text(PROBLEM_CATEGORY)],
        "code": fv.text(problem.description),
        "subject": subject,
    }


def is_problem_only(entry: Entry) -> bool:
    """carebook's own Condition for a care-plan problem that is not a condition."""
    return any(
        fe.concept_text(c) == PROBLEM_CATEGORY and not fe.codes(c)
        for c in fe.as_list(entry.resource.get("category"))
    )


def read_condition(planning: Planning, entry: Entry) -> None:
    """A Condition into a condition of its patient (a care-plan problem's own is the plan's)."""
    if is_problem_only(entry):
        return
    planning.not_in_error(entry)
    r = entry.resource
    patient = planning.patient_of(entry, r.get("subject"), "subject")
    description = fe.concept_text(r.get("code"))
    if not description:
        raise NotImported(
            translate("FhirImport", "has no code or text saying what the condition is")
        )
    code = next(
        (c for s, c in fe.codes(r.get("code")) if c and (s == fv.SNOMED or s in _ICD10)), ""
    )
    clinical = {c for _s, c in fe.codes(r.get("clinicalStatus"))}
    condition = Condition(patient_id=0, description=description, code=code)
    if clinical & {"resolved"}:
        condition.status = ConditionStatus.RESOLVED
    elif clinical & {"inactive", "remission"}:
        condition.status = ConditionStatus.INACTIVE
    onset_period = fe.as_dict(r.get("onsetPeriod"))
    condition.onset_date = fe.date_of(r.get("onsetDateTime")) or fe.date_of(
        onset_period.get("start")
    )
    abatement_period = fe.as_dict(r.get("abatementPeriod"))
    condition.abatement_date = fe.date_of(r.get("abatementDateTime")) or fe.date_of(
        abatement_period.get("end")
    )
    if condition.abatement_date and not clinical:
        condition.status = ConditionStatus.RESOLVED
    notes = []
    for note in fe.notes_of(r):
        said = fe.text_of(note.get("text"))
        typed = ext.decode(note)
        if typed:  # carebook's words for the day it abated, which it also gives typed
            if condition.abatement_date is None:
                planning.fill(condition, typed, entry)
        elif (abated := sentences.abated(said)) is not None and condition.abatement_date is None:
            condition.abatement_date = abated
        else:
            notes.append(said)
    condition.notes = "\n".join(notes)
    planning.emit(entry, "condition", condition, {"patient_id": patient}, keys=planning.keys(entry))
