"""Whose record a form is for, as its header says it: the patient, born when, and allergies."""

from __future__ import annotations

from carebook.core.allergy_statements import statement_text
from carebook.core.calendar_words import day_text
from carebook.core.records import Allergy
from carebook.core.vocabularies import AllergyStatus
from carebook.core.words import translate
from carebook.store.caseload import Store
from carebook.ui.forms.medication_form import Whose


def whose(store: Store, patient_id: int) -> Whose:
    """The header of a form for one of the patient's records."""
    patient = store.patients.patient(patient_id)
    if patient is None:
        return Whose(patient="", allergies="", allergic=False)
    named = patient.display_name
    if patient.birth_date:
        named = translate("Whose", "{name}, born {day}").format(
            name=named, day=day_text(patient.birth_date)
        )
    listed = [a for a in store.patients.allergies(patient_id) if a.status is AllergyStatus.ACTIVE]
    if listed:
        return Whose(
            patient=named,
            allergies=translate("Whose", "Allergies: {list}").format(
                list="; ".join(_said(a) for a in listed)
            ),
            allergic=True,
        )
    statement = statement_text(patient.allergy_statement, patient.allergies_confirmed_on)
    return Whose(patient=named, allergies=statement, allergic=False)


def _said(allergy: Allergy) -> str:
    text = allergy.substance
    if allergy.reaction:
        text += f" ({allergy.reaction})"
    if allergy.severity:
        text += f", {allergy.severity.label.lower()}"
    return text
