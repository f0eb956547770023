"""A condition as FHIR: a Condition on the patient's problem list (SNOMED or ICD-10 coded).

A care-plan problem that is not one of the patient's conditions is written as a Condition of its
own, whose only category is the words "Care plan problem" (see fhir.care_plan).
"""

from __future__ import annotations

import re
from typing import Any

from carebook.core.domain import Condition, Problem
from carebook.interop.fhir import values as fv

Json = dict[str, Any]

_CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
_CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
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
        notes.append(fv.text(f"Abated {abatement}, active again since."))
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
