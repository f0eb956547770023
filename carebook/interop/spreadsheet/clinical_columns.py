"""What a column can be imported as for a patient's allergies and conditions (each row's patient
is found by patient_columns.LINK_FIELDS), with the words other programs write for their codes.
"""

from __future__ import annotations

from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    ConditionStatus,
)
from carebook.core.words import QT_TRANSLATE_NOOP
from carebook.interop.spreadsheet.column_spec import ValueType, field_spec

_SEVERITY = {
    "minor": "mild",
    "low": "mild",
    "slight": "mild",
    "medium": "moderate",
    "moderatelysevere": "severe",
    "high": "severe",
    "serious": "severe",
    "lifethreatening": "severe",
    "anaphylaxis": "severe",
    "fatal": "severe",
}
_CRITICALITY = {
    "lowrisk": "low",
    "highrisk": "high",
    "unabletoassessrisk": "unable_to_assess",
    "unknown": "unable_to_assess",
    "unable": "unable_to_assess",
}
# "Refuted" and "entered in error" are left unread on purpose: they say the allergy was never
# there, which none of the statuses says, so the coordinator must decide.
_ALLERGY_STATUS = {
    "current": "active",
    "confirmed": "active",
    "ended": "inactive",
    "stopped": "inactive",
    "historical": "inactive",
    "outgrown": "resolved",
}
_CONDITION_STATUS = {
    "current": "active",
    "ongoing": "active",
    "recurrence": "active",
    "relapse": "active",
    "remission": "inactive",
    "historical": "inactive",
    "past": "inactive",
    "ended": "resolved",
    "cured": "resolved",
    "stopped": "resolved",
}


_D = ValueType.DATE

ALLERGY_FIELDS = (
    field_spec(
        "substance",
        QT_TRANSLATE_NOOP("ImportFields", "Substance"),
        "Substance",
        "Allergen",
        "Allergy",
        "Allergic to",
        "Description",
        "Agent",
    ),
    field_spec(
        "reaction",
        QT_TRANSLATE_NOOP("ImportFields", "Reaction"),
        "Reaction",
        "Description1",
        "Reaction description",
        "Manifestation",
        "Symptoms",
    ),
    field_spec(
        "severity",
        QT_TRANSLATE_NOOP("ImportFields", "Severity"),
        "Severity",
        "Severity1",
        "Reaction severity",
        vocabulary=AllergySeverity,
        synonyms=_SEVERITY,
    ),
    field_spec(
        "criticality",
        QT_TRANSLATE_NOOP("ImportFields", "Criticality"),
        "Criticality",
        "Risk",
        vocabulary=AllergyCriticality,
        synonyms=_CRITICALITY,
    ),
    field_spec(
        "status",
        QT_TRANSLATE_NOOP("ImportFields", "Status"),
        "Status",
        "Clinical status",
        vocabulary=AllergyStatus,
        synonyms=_ALLERGY_STATUS,
    ),
    field_spec(
        "noted_date",
        QT_TRANSLATE_NOOP("ImportFields", "Date noted"),
        "Noted",
        "Date noted",
        "Noted date",
        "Recorded",
        "Date recorded",
        "Recorded date",
        "Onset",
        "Onset date",
        "Start",
        "Start date",
        "Date",
        value=_D,
    ),
    field_spec(
        "end_date",
        QT_TRANSLATE_NOOP("ImportFields", "End date (marks inactive)"),
        "End date",
        "Stop",
        "Stop date",
        "End",
        "Ended",
        value=_D,
    ),
)

CONDITION_FIELDS = (
    field_spec(
        "description",
        QT_TRANSLATE_NOOP("ImportFields", "Condition"),
        "Condition",
        "Diagnosis",
        "Problem",
        "Description",
        "Condition name",
        "Problem name",
    ),
    field_spec(
        "code",
        QT_TRANSLATE_NOOP("ImportFields", "Code"),
        "Code",
        "SNOMED",
        "SNOMED code",
        "SNOMED CT",
        "ICD-10",
        "ICD10",
        "ICD code",
        "Diagnosis code",
    ),
    field_spec(
        "onset_date",
        QT_TRANSLATE_NOOP("ImportFields", "Onset"),
        "Onset",
        "Onset date",
        "Start",
        "Start date",
        "Date diagnosed",
        "Diagnosed",
        value=_D,
    ),
    field_spec(
        "abatement_date",
        QT_TRANSLATE_NOOP("ImportFields", "Resolved on (marks resolved)"),
        "Resolved",
        "Resolved date",
        "Date resolved",
        "Abatement",
        "Abatement date",
        "End date",
        "Stop",
        "Stop date",
        "End",
        value=_D,
    ),
    field_spec(
        "status",
        QT_TRANSLATE_NOOP("ImportFields", "Status"),
        "Status",
        "Clinical status",
        vocabulary=ConditionStatus,
        synonyms=_CONDITION_STATUS,
    ),
    field_spec(
        "notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"), "Notes", "Note", "Comments", "Comment"
    ),
)
