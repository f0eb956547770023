"""What a column can be imported as for the records of patients already in the caseload.

Medications, appointments, tasks, allergies and conditions (each row's patient is found by
patient_columns.LINK_FIELDS), with the words other programs write for their codes.
"""

from __future__ import annotations

from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    ConditionStatus,
    MedicationStatus,
    TaskPriority,
    TaskStatus,
    Transport,
)
from carebook.interop.spreadsheet.column_spec import ValueType, field_spec

_MEDICATION_STATUS = {
    "current": "active",
    "taking": "active",
    "hold": "on_hold",
    "paused": "on_hold",
    "suspended": "on_hold",
    "discontinued": "stopped",
    "ended": "stopped",
    "completed": "stopped",
    "inactive": "stopped",
}
_APPOINTMENT_KIND = {
    "home": "home_visit",
    "visit": "home_visit",
    "homevisit": "home_visit",
    "doctor": "physician",
    "gp": "physician",
    "clinic": "physician",
    "blood": "lab",
    "bloods": "lab",
    "laboratory": "lab",
    "pt": "therapy",
    "ot": "therapy",
    "video": "telehealth",
    "phone": "telehealth",
    "call": "telehealth",
    "virtual": "telehealth",
}
_APPOINTMENT_STATUS = {
    "scheduled": "booked",
    "confirmed": "booked",
    "planned": "booked",
    "completed": "done",
    "attended": "done",
    "canceled": "cancelled",
    "dna": "no_show",
    "didnotattend": "no_show",
    "missed": "no_show",
}
_TRANSPORT = {
    "no": "not_needed",
    "none": "not_needed",
    "yes": "needed",
    "required": "needed",
    "booked": "arranged",
}
_PRIORITY = {
    "normal": "routine",
    "low": "routine",
    "medium": "routine",
    "high": "urgent",
    "immediate": "asap",
    "asaps": "asap",
}
_TASK_STATUS = {
    "todo": "open",
    "pending": "open",
    "completed": "done",
    "closed": "done",
    "canceled": "cancelled",
}
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

_D, _T, _B, _I, _F = ValueType.DATE, ValueType.TIME, ValueType.BOOL, ValueType.INT, ValueType.FLOAT

MEDICATION_FIELDS = (
    field_spec(
        "name",
        "Medication",
        "Medication",
        "Medicine",
        "Drug",
        "Medication name",
        "Drug name",
        "Name",
        "Description",
    ),
    field_spec("strength", "Strength", "Strength"),
    field_spec("dose", "Dose", "Dose", "Dosage", "Amount"),
    field_spec("route", "Route", "Route"),
    field_spec("frequency", "How often", "Frequency", "How often", "Sig"),
    field_spec("times_of_day", "Times of day", "Times of day", "Times", "Time of day", "When"),
    field_spec("as_needed", "As needed", "As needed", "PRN", value=_B),
    field_spec(
        "as_needed_reason", "As needed for", "As needed for", "PRN reason", "As needed reason"
    ),
    field_spec("max_per_day", "Most per day", "Max per day", "Maximum per day", "Most per day"),
    field_spec(
        "indication",
        "What it is for",
        "Indication",
        "Reason",
        "Reasondescription",
        "For",
        "Reason for use",
    ),
    field_spec(
        "start_date", "Start date", "Start date", "Start", "Started", "Date started", value=_D
    ),
    field_spec(
        "end_date",
        "End date",
        "End date",
        "Stop",
        "Stop date",
        "End",
        "Stopped",
        "Date stopped",
        value=_D,
    ),
    field_spec(
        "status", "Status", "Status", vocabulary=MedicationStatus, synonyms=_MEDICATION_STATUS
    ),
    field_spec("stop_reason", "Why stopped", "Stop reason", "Reason stopped", "Why stopped"),
    field_spec("instructions", "Instructions", "Instructions", "Directions", "Notes", "Comments"),
    field_spec("last_review", "Last review", "Last review", "Last reviewed", "Reviewed", value=_D),
    field_spec("next_review", "Next review", "Next review", "Review date", "Review due", value=_D),
)

APPOINTMENT_FIELDS = (
    field_spec(
        "date",
        "Date (may hold the time too)",
        "Date",
        "Start",
        "Start date",
        "Appointment date",
        "Visit date",
        "Date and time",
        "When",
        value=_D,
    ),
    field_spec(
        "time", "Start time", "Time", "Start time", "Appointment time", "Visit time", value=_T
    ),
    field_spec(
        "duration_min",
        "Minutes",
        "Duration",
        "Duration (min)",
        "Minutes",
        "Length",
        "Duration minutes",
        value=_I,
    ),
    field_spec("end_time", "End time", "End time", "End", "Finish", "Finish time", value=_T),
    field_spec(
        "kind",
        "Kind",
        "Type",
        "Kind",
        "Appointment type",
        "Visit type",
        vocabulary=AppointmentKind,
        synonyms=_APPOINTMENT_KIND,
    ),
    field_spec("purpose", "Purpose", "Purpose", "Reason", "Description", "Subject", "Title"),
    field_spec("location", "Location", "Location", "Place", "Where", "Venue", "Address"),
    field_spec(
        "with_whom",
        "With",
        "With",
        "With whom",
        "Clinician",
        "Provider",
        "Practitioner",
        "Seen by",
        "Staff",
    ),
    field_spec("transport", "Transport", "Transport", vocabulary=Transport, synonyms=_TRANSPORT),
    field_spec("transport_details", "Transport details", "Transport details"),
    field_spec(
        "status", "Status", "Status", vocabulary=AppointmentStatus, synonyms=_APPOINTMENT_STATUS
    ),
    field_spec("rrule", "Repeat rule (RRULE)", "RRULE", "Repeat rule", "Recurrence", "Repeat"),
    field_spec("notes", "Notes", "Notes", "Comments", "Note"),
)

TASK_FIELDS = (
    field_spec("title", "Title", "Task", "Title", "To do", "Todo", "Subject", "Action"),
    field_spec("details", "Details", "Details", "Description", "Notes", "Comments"),
    field_spec(
        "due_date", "Due date", "Due date", "Due", "Date due", "Deadline", "By", "Date", value=_D
    ),
    field_spec("due_time", "Due time", "Due time", "Time", value=_T),
    field_spec(
        "priority", "Priority", "Priority", "Urgency", vocabulary=TaskPriority, synonyms=_PRIORITY
    ),
    field_spec("status", "Status", "Status", vocabulary=TaskStatus, synonyms=_TASK_STATUS),
    field_spec("rrule", "Repeat rule (RRULE)", "RRULE", "Repeat rule", "Recurrence", "Repeat"),
)

ALLERGY_FIELDS = (
    field_spec(
        "substance",
        "Substance",
        "Substance",
        "Allergen",
        "Allergy",
        "Allergic to",
        "Description",
        "Agent",
    ),
    field_spec(
        "reaction",
        "Reaction",
        "Reaction",
        "Description1",
        "Reaction description",
        "Manifestation",
        "Symptoms",
    ),
    field_spec(
        "severity",
        "Severity",
        "Severity",
        "Severity1",
        "Reaction severity",
        vocabulary=AllergySeverity,
        synonyms=_SEVERITY,
    ),
    field_spec(
        "criticality",
        "Criticality",
        "Criticality",
        "Risk",
        vocabulary=AllergyCriticality,
        synonyms=_CRITICALITY,
    ),
    field_spec(
        "status",
        "Status",
        "Status",
        "Clinical status",
        vocabulary=AllergyStatus,
        synonyms=_ALLERGY_STATUS,
    ),
    field_spec(
        "noted_date",
        "Date noted",
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
        "End date (marks inactive)",
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
        "Condition",
        "Condition",
        "Diagnosis",
        "Problem",
        "Description",
        "Condition name",
        "Problem name",
    ),
    field_spec(
        "code",
        "Code",
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
        "Onset",
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
        "Resolved on (marks resolved)",
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
        "Status",
        "Status",
        "Clinical status",
        vocabulary=ConditionStatus,
        synonyms=_CONDITION_STATUS,
    ),
    field_spec("notes", "Notes", "Notes", "Note", "Comments", "Comment"),
)
