"""Which fields a patient's conditions, allergies and medications show in the record form."""

from __future__ import annotations

from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    ConditionStatus,
)
from carebook.ui.forms.field_spec import FieldSpec

CONDITION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("description", "Condition", required=True, placeholder="e.g. Type 2 diabetes"),
    FieldSpec("status", "Status", "choice", ConditionStatus),
    FieldSpec("onset_date", "Onset", "date"),
    FieldSpec("abatement_date", "Resolved on", "date"),
    FieldSpec("code", "Code", placeholder="e.g. E11.9", hint="A diagnosis code, if known"),
    FieldSpec("notes", "Notes", "long_text"),
)

ALLERGY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("substance", "Substance", required=True, placeholder="e.g. Penicillin"),
    FieldSpec("reaction", "Reaction", placeholder="e.g. Rash, swelling"),
    FieldSpec("severity", "Severity", "choice", AllergySeverity, allow_empty=True),
    FieldSpec(
        "criticality",
        "Criticality",
        "choice",
        AllergyCriticality,
        allow_empty=True,
        hint="How dangerous a future reaction could be",
    ),
    FieldSpec("status", "Status", "choice", AllergyStatus),
    FieldSpec("noted_date", "Noted on", "date"),
)

MEDICATION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "Medication", required=True, placeholder="e.g. Metformin"),
    FieldSpec("strength", "Strength", placeholder="e.g. 500 mg"),
    FieldSpec(
        "dose",
        "Dose",
        placeholder="e.g. 1 tablet",
        hint='An amount ("2 tablets", "1-2 puffs") or words ("apply thinly")',
    ),
    FieldSpec("route", "Route", placeholder="e.g. by mouth"),
    FieldSpec("frequency", "Frequency", placeholder="e.g. twice daily"),
    FieldSpec("times_of_day", "Times of day", placeholder="e.g. 08:00, 20:00"),
    FieldSpec("as_needed", "Taken as needed", "flag"),
    FieldSpec("as_needed_reason", "As needed for", placeholder="e.g. pain"),
    FieldSpec("max_per_day", "Most per day", placeholder="e.g. 4"),
    FieldSpec("indication", "Taken for", placeholder="e.g. blood sugar"),
    FieldSpec("prescriber_id", "Prescriber", "contact"),
    FieldSpec("pharmacy_id", "Pharmacy", "contact"),
    FieldSpec("start_date", "Started", "date"),
    FieldSpec("end_date", "Ends", "date"),
    FieldSpec("instructions", "Instructions", "long_text", placeholder="e.g. Take with food"),
    FieldSpec("next_review", "Next review", "date"),
)
