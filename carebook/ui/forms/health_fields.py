"""Which fields a patient's conditions, allergies and medications show in the record form."""

from __future__ import annotations

from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    ConditionStatus,
)
from carebook.core.words import QT_TRANSLATE_NOOP
from carebook.ui.forms.field_spec import FieldSpec

CONDITION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "description",
        QT_TRANSLATE_NOOP("RecordForm", "Condition"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Type 2 diabetes"),
    ),
    FieldSpec("status", QT_TRANSLATE_NOOP("RecordForm", "Status"), "choice", ConditionStatus),
    FieldSpec("onset_date", QT_TRANSLATE_NOOP("RecordForm", "Onset"), "date"),
    FieldSpec("abatement_date", QT_TRANSLATE_NOOP("RecordForm", "Resolved on"), "date"),
    FieldSpec(
        "code",
        QT_TRANSLATE_NOOP("RecordForm", "Code"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. E11.9"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "A diagnosis code, if known"),
    ),
    FieldSpec("notes", QT_TRANSLATE_NOOP("RecordForm", "Notes"), "long_text"),
)

ALLERGY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "substance",
        QT_TRANSLATE_NOOP("RecordForm", "Substance"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Penicillin"),
    ),
    FieldSpec(
        "reaction",
        QT_TRANSLATE_NOOP("RecordForm", "Reaction"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Rash, swelling"),
    ),
    FieldSpec(
        "severity",
        QT_TRANSLATE_NOOP("RecordForm", "Severity"),
        "choice",
        AllergySeverity,
        allow_empty=True,
    ),
    FieldSpec(
        "criticality",
        QT_TRANSLATE_NOOP("RecordForm", "Criticality"),
        "choice",
        AllergyCriticality,
        allow_empty=True,
        hint=QT_TRANSLATE_NOOP("RecordForm", "How dangerous a future reaction could be"),
    ),
    FieldSpec("status", QT_TRANSLATE_NOOP("RecordForm", "Status"), "choice", AllergyStatus),
    FieldSpec("noted_date", QT_TRANSLATE_NOOP("RecordForm", "Noted on"), "date"),
)

MEDICATION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("RecordForm", "Medication"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Metformin"),
    ),
    FieldSpec(
        "strength",
        QT_TRANSLATE_NOOP("RecordForm", "Strength"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 500 mg"),
    ),
    FieldSpec(
        "dose",
        QT_TRANSLATE_NOOP("RecordForm", "Dose"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 1 tablet"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", 'An amount ("2 tablets", "1-2 puffs") or words ("apply thinly")'
        ),
    ),
    FieldSpec(
        "route",
        QT_TRANSLATE_NOOP("RecordForm", "Route"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. by mouth"),
    ),
    FieldSpec(
        "frequency",
        QT_TRANSLATE_NOOP("RecordForm", "Frequency"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. twice daily"),
    ),
    FieldSpec(
        "times_of_day",
        QT_TRANSLATE_NOOP("RecordForm", "Times of day"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 08:00, 20:00"),
    ),
    FieldSpec("as_needed", QT_TRANSLATE_NOOP("RecordForm", "Taken as needed"), "flag"),
    FieldSpec(
        "as_needed_reason",
        QT_TRANSLATE_NOOP("RecordForm", "As needed for"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. pain"),
    ),
    FieldSpec(
        "max_per_day",
        QT_TRANSLATE_NOOP("RecordForm", "Most per day"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 4"),
    ),
    FieldSpec(
        "indication",
        QT_TRANSLATE_NOOP("RecordForm", "Taken for"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. blood sugar"),
    ),
    FieldSpec("prescriber_id", QT_TRANSLATE_NOOP("RecordForm", "Prescriber"), "contact"),
    FieldSpec("pharmacy_id", QT_TRANSLATE_NOOP("RecordForm", "Pharmacy"), "contact"),
    FieldSpec("start_date", QT_TRANSLATE_NOOP("RecordForm", "Started"), "date"),
    FieldSpec("end_date", QT_TRANSLATE_NOOP("RecordForm", "Ends"), "date"),
    FieldSpec(
        "instructions",
        QT_TRANSLATE_NOOP("RecordForm", "Instructions"),
        "long_text",
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Take with food"),
    ),
    FieldSpec("next_review", QT_TRANSLATE_NOOP("RecordForm", "Next review"), "date"),
)
