"""What a spreadsheet column can be imported as, for each kind of record, and which column is
proposed for which field from the header alone.

Matching ignores case, spaces, punctuation and accents ("Date of Birth", "date_of_birth" and
"D.O.B." all match their spellings below). Each field lists the headers it is proposed for, best
first; a column goes to the field whose spelling it matches best, and to one field only. A
second phone-like column ("Mobile" beside "Phone") goes to the second phone.

Besides a record's own fields there are:

- for medications, appointments, tasks, allergies and conditions, the columns that find the
  record's patient: their
  MRN (`patient_external_id`), or their name (`patient_given` and `patient_family`, or
  `patient_name` holding both) with their date of birth (`patient_birth_date`);
- for patients, `date_of_death`: a date there marks the patient deceased (the date itself has no
  field in carebook and is not kept);
- for appointments, the start as `date` and `time` (one cell may hold both), and `end_time`
  as the other way to give `duration_min`;
- for allergies, `end_date`: a date there (on or before today) marks the allergy inactive
  unless a status column says otherwise (the date itself has no field and is not kept); for
  conditions, an `abatement_date` on or before today marks it resolved the same way.

Synthea's exports name their columns Id, FIRST, LAST, BIRTHDATE, DEATHDATE, GENDER, ADDRESS,
CITY, STATE, ZIP, LAT, LON (patients) and START, STOP, PATIENT, DESCRIPTION, REASONDESCRIPTION
(medications, conditions; for allergies DESCRIPTION is the substance, DESCRIPTION1 the
reaction's words and SEVERITY1 its severity, while REACTION1, a SNOMED code, is left out);
those are proposed too. Synthea appends digits to every name ("Marcell728"):
they are imported as they are, since carebook cannot tell such a suffix from a name that has
digits on purpose; rename them in the spreadsheet first if they matter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from carebook.core.domain import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    ConditionStatus,
    MedicationStatus,
    PatientStatus,
    Sex,
    TaskPriority,
    TaskStatus,
    Transport,
    Vocabulary,
)
from carebook.core.name_keys import folded
from carebook.interop.spreadsheet.choices_and_numbers import choice_key


class ImportKind(StrEnum):
    PATIENTS = "patients"
    MEDICATIONS = "medications"
    APPOINTMENTS = "appointments"
    TASKS = "tasks"
    ALLERGIES = "allergies"
    CONDITIONS = "conditions"

    @property
    def singular(self) -> str:
        return "allergy" if self is ImportKind.ALLERGIES else self.value[:-1]


class ValueType(StrEnum):
    TEXT = "text"
    DATE = "date"
    TIME = "time"
    BOOL = "yes/no"
    INT = "whole number"
    FLOAT = "number"
    CHOICE = "choice"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One thing a column can be imported as."""

    name: str  # the record's field, or a link or helper field (see the module's docstring)
    label: str  # what the wizard shows
    value: ValueType = ValueType.TEXT
    headers: tuple[str, ...] = ()  # header spellings it is proposed for, best first
    vocabulary: type[Vocabulary] | None = None
    synonyms: Mapping[str, str] | None = None  # choice_key of a spelling -> code


#: The choice in a mapping that imports a column as nothing.
IGNORE = ""

_SEX = {
    "f": "female",
    "w": "female",
    "woman": "female",
    "m": "male",
    "man": "male",
    "u": "unknown",
    "unk": "unknown",
    "o": "other",
    "x": "other",
    "nonbinary": "other",
}
_PATIENT_STATUS = {
    "inactive": "discharged",
    "closed": "discharged",
    "dead": "deceased",
    "died": "deceased",
    "hold": "on_hold",
    "paused": "on_hold",
    "open": "active",
    "current": "active",
}
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


def _spec(
    name: str,
    label: str,
    *headers: str,
    value: ValueType = ValueType.TEXT,
    vocabulary: type[Vocabulary] | None = None,
    synonyms: Mapping[str, str] | None = None,
) -> FieldSpec:
    if vocabulary is not None:
        value = ValueType.CHOICE
    return FieldSpec(name, label, value, tuple(headers), vocabulary, synonyms)


_D, _T, _B, _I, _F = ValueType.DATE, ValueType.TIME, ValueType.BOOL, ValueType.INT, ValueType.FLOAT

PATIENT_FIELDS = (
    _spec(
        "given",
        "Given name",
        "First name",
        "Given name",
        "First",
        "Given",
        "Forename",
        "Forenames",
        "First names",
        "Christian name",
    ),
    _spec("family", "Family name", "Last name", "Surname", "Family name", "Last", "Family"),
    _spec(
        "preferred_name", "Preferred name", "Preferred name", "Known as", "Nickname", "Preferred"
    ),
    _spec(
        "birth_date",
        "Date of birth",
        "Date of birth",
        "DOB",
        "Birth date",
        "Birthdate",
        "Born",
        "Birthday",
        value=_D,
    ),
    _spec(
        "date_of_death",
        "Date of death (marks deceased)",
        "Date of death",
        "Deathdate",
        "Death date",
        "DOD",
        "Died",
        value=_D,
    ),
    _spec("sex", "Sex", "Sex", "Gender", "Sex at birth", vocabulary=Sex, synonyms=_SEX),
    _spec(
        "phone",
        "Phone",
        "Phone",
        "Telephone",
        "Phone number",
        "Tel",
        "Home phone",
        "Telephone number",
        "Contact number",
        "Mobile",
        "Mobile phone",
        "Cell",
        "Cell phone",
    ),
    _spec(
        "phone_alt",
        "Other phone",
        "Other phone",
        "Alternate phone",
        "Alternative phone",
        "Phone 2",
        "Second phone",
        "Work phone",
        "Mobile",
        "Mobile phone",
        "Cell",
        "Cell phone",
        "Mobile number",
    ),
    _spec("email", "Email", "Email", "E-mail", "Email address"),
    _spec(
        "address_line",
        "Address",
        "Address",
        "Street address",
        "Address line 1",
        "Address 1",
        "Street",
        "Home address",
    ),
    _spec("city", "City or town", "City", "Town", "Town/City", "City/Town"),
    _spec("region", "State or region", "State", "Region", "Province", "County"),
    _spec(
        "postal_code",
        "Postcode or ZIP",
        "Postcode",
        "Post code",
        "ZIP",
        "Zip code",
        "Postal code",
        "Zipcode",
    ),
    _spec("lat", "Latitude", "Latitude", "Lat", value=_F),
    _spec("lon", "Longitude", "Longitude", "Lon", "Long", "Lng", value=_F),
    _spec("language", "Language", "Language", "Preferred language"),
    _spec("access_notes", "Access notes", "Access notes", "Access", "Key safe", "Entry"),
    _spec("payer", "Payer", "Payer", "Insurance", "Insurer", "Health plan", "Insurance plan"),
    _spec(
        "member_id",
        "Member ID",
        "Member ID",
        "Member number",
        "Policy number",
        "Insurance number",
        "Subscriber ID",
    ),
    _spec(
        "external_id",
        "MRN (external id)",
        "MRN",
        "Medical record number",
        "NHS number",
        "Patient ID",
        "Hospital number",
        "Record number",
        "Chart number",
        "Client ID",
        "Id",
        "External ID",
        "Patient number",
    ),
    _spec(
        "status",
        "Status",
        "Status",
        "Patient status",
        vocabulary=PatientStatus,
        synonyms=_PATIENT_STATUS,
    ),
    _spec("notes", "Notes", "Notes", "Note", "Comments", "Comment"),
)

#: How a linked record finds its patient.
LINK_FIELDS = (
    _spec(
        "patient_external_id",
        "Patient's MRN",
        "Patient MRN",
        "MRN",
        "NHS number",
        "Patient ID",
        "Patient",
        "Medical record number",
        "Hospital number",
        "Patient number",
        "Client ID",
    ),
    _spec("patient_name", "Patient's full name", "Patient name", "Client name", "Full name"),
    _spec(
        "patient_given",
        "Patient's given name",
        "Patient first name",
        "First name",
        "Given name",
        "First",
        "Given",
        "Forename",
    ),
    _spec(
        "patient_family",
        "Patient's family name",
        "Patient last name",
        "Patient surname",
        "Last name",
        "Surname",
        "Family name",
        "Last",
    ),
    _spec(
        "patient_birth_date",
        "Patient's date of birth",
        "Patient DOB",
        "Patient date of birth",
        "Date of birth",
        "DOB",
        "Birth date",
        "Birthdate",
        value=_D,
    ),
)

MEDICATION_FIELDS = (
    _spec(
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
    _spec("strength", "Strength", "Strength"),
    _spec("dose", "Dose", "Dose", "Dosage", "Amount"),
    _spec("route", "Route", "Route"),
    _spec("frequency", "How often", "Frequency", "How often", "Sig"),
    _spec("times_of_day", "Times of day", "Times of day", "Times", "Time of day", "When"),
    _spec("as_needed", "As needed", "As needed", "PRN", value=_B),
    _spec("as_needed_reason", "As needed for", "As needed for", "PRN reason", "As needed reason"),
    _spec("max_per_day", "Most per day", "Max per day", "Maximum per day", "Most per day"),
    _spec(
        "indication",
        "What it is for",
        "Indication",
        "Reason",
        "Reasondescription",
        "For",
        "Reason for use",
    ),
    _spec("start_date", "Start date", "Start date", "Start", "Started", "Date started", value=_D),
    _spec(
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
    _spec("status", "Status", "Status", vocabulary=MedicationStatus, synonyms=_MEDICATION_STATUS),
    _spec("stop_reason", "Why stopped", "Stop reason", "Reason stopped", "Why stopped"),
    _spec("instructions", "Instructions", "Instructions", "Directions", "Notes", "Comments"),
    _spec("last_review", "Last review", "Last review", "Last reviewed", "Reviewed", value=_D),
    _spec("next_review", "Next review", "Next review", "Review date", "Review due", value=_D),
)

APPOINTMENT_FIELDS = (
    _spec(
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
    _spec("time", "Start time", "Time", "Start time", "Appointment time", "Visit time", value=_T),
    _spec(
        "duration_min",
        "Minutes",
        "Duration",
        "Duration (min)",
        "Minutes",
        "Length",
        "Duration minutes",
        value=_I,
    ),
    _spec("end_time", "End time", "End time", "End", "Finish", "Finish time", value=_T),
    _spec(
        "kind",
        "Kind",
        "Type",
        "Kind",
        "Appointment type",
        "Visit type",
        vocabulary=AppointmentKind,
        synonyms=_APPOINTMENT_KIND,
    ),
    _spec("purpose", "Purpose", "Purpose", "Reason", "Description", "Subject", "Title"),
    _spec("location", "Location", "Location", "Place", "Where", "Venue", "Address"),
    _spec(
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
    _spec("transport", "Transport", "Transport", vocabulary=Transport, synonyms=_TRANSPORT),
    _spec("transport_details", "Transport details", "Transport details"),
    _spec("status", "Status", "Status", vocabulary=AppointmentStatus, synonyms=_APPOINTMENT_STATUS),
    _spec("rrule", "Repeat rule (RRULE)", "RRULE", "Repeat rule", "Recurrence", "Repeat"),
    _spec("notes", "Notes", "Notes", "Comments", "Note"),
)

TASK_FIELDS = (
    _spec("title", "Title", "Task", "Title", "To do", "Todo", "Subject", "Action"),
    _spec("details", "Details", "Details", "Description", "Notes", "Comments"),
    _spec(
        "due_date", "Due date", "Due date", "Due", "Date due", "Deadline", "By", "Date", value=_D
    ),
    _spec("due_time", "Due time", "Due time", "Time", value=_T),
    _spec(
        "priority", "Priority", "Priority", "Urgency", vocabulary=TaskPriority, synonyms=_PRIORITY
    ),
    _spec("status", "Status", "Status", vocabulary=TaskStatus, synonyms=_TASK_STATUS),
    _spec("rrule", "Repeat rule (RRULE)", "RRULE", "Repeat rule", "Recurrence", "Repeat"),
)

ALLERGY_FIELDS = (
    _spec(
        "substance",
        "Substance",
        "Substance",
        "Allergen",
        "Allergy",
        "Allergic to",
        "Description",
        "Agent",
    ),
    _spec(
        "reaction",
        "Reaction",
        "Reaction",
        "Description1",
        "Reaction description",
        "Manifestation",
        "Symptoms",
    ),
    _spec(
        "severity",
        "Severity",
        "Severity",
        "Severity1",
        "Reaction severity",
        vocabulary=AllergySeverity,
        synonyms=_SEVERITY,
    ),
    _spec(
        "criticality",
        "Criticality",
        "Criticality",
        "Risk",
        vocabulary=AllergyCriticality,
        synonyms=_CRITICALITY,
    ),
    _spec(
        "status",
        "Status",
        "Status",
        "Clinical status",
        vocabulary=AllergyStatus,
        synonyms=_ALLERGY_STATUS,
    ),
    _spec(
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
    _spec(
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
    _spec(
        "description",
        "Condition",
        "Condition",
        "Diagnosis",
        "Problem",
        "Description",
        "Condition name",
        "Problem name",
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
        "status",
        "Status",
        "Status",
        "Clinical status",
        vocabulary=ConditionStatus,
        synonyms=_CONDITION_STATUS,
    ),
    _spec("notes", "Notes", "Notes", "Note", "Comments", "Comment"),
)

FIELDS: dict[ImportKind, tuple[FieldSpec, ...]] = {
    ImportKind.PATIENTS: PATIENT_FIELDS,
    ImportKind.MEDICATIONS: MEDICATION_FIELDS + LINK_FIELDS,
    ImportKind.APPOINTMENTS: APPOINTMENT_FIELDS + LINK_FIELDS,
    ImportKind.TASKS: TASK_FIELDS + LINK_FIELDS,
    ImportKind.ALLERGIES: ALLERGY_FIELDS + LINK_FIELDS,
    ImportKind.CONDITIONS: CONDITION_FIELDS + LINK_FIELDS,
}

#: A column index -> the field name it is imported as (a column left out is ignored).
ColumnMapping = dict[int, str]


class MappingError(ValueError):
    """A mapping that cannot be imported with (two columns for one field, a field unknown, or
    nothing to build the records from); the message says what to change."""


def fields_for(kind: ImportKind) -> tuple[FieldSpec, ...]:
    """The fields a column can be imported as, for the wizard's choices (IGNORE besides)."""
    return FIELDS[kind]


def spec_of(kind: ImportKind, name: str) -> FieldSpec:
    for spec in FIELDS[kind]:
        if spec.name == name:
            return spec
    raise MappingError(
        f"{name!r} is not something {kind.value} can be imported as; choose "
        f"from: {', '.join(spec.name for spec in FIELDS[kind])}."
    )


def header_key(text: str) -> str:
    """ "Date of Birth", "date_of_birth", "D.O.B." -> "dateofbirth", "dob": letters and digits,
    accents and case folded away."""
    return choice_key(folded(text))


def propose_mapping(header: Sequence[str], kind: ImportKind) -> ColumnMapping:
    """Which column to import as which field, judged from the header alone.

    Each field takes the column whose header is its best-ranked spelling (the leftmost such
    column on a tie); a column goes to one field at most, fields taking their pick in order.
    """
    keys = [header_key(name) for name in header]
    mapping: ColumnMapping = {}
    for spec in FIELDS[kind]:
        ranked = [header_key(spelling) for spelling in spec.headers]
        best: tuple[int, int] | None = None
        for column, key in enumerate(keys):
            if column in mapping or key not in ranked:
                continue
            candidate = (ranked.index(key), column)
            if best is None or candidate < best:
                best = candidate
        if best is not None:
            mapping[best[1]] = spec.name
    return dict(sorted(mapping.items()))


def check_mapping(header: Sequence[str], kind: ImportKind, mapping: ColumnMapping) -> None:
    """Raise MappingError when records cannot be built with this mapping."""
    taken: dict[str, int] = {}
    for column, name in sorted(mapping.items()):
        if name == IGNORE:
            continue
        if not 0 <= column < len(header):
            raise MappingError(f"There is no column {column + 1}; the file has {len(header)}.")
        spec_of(kind, name)
        if name in taken:
            raise MappingError(
                f"Two columns are imported as {spec_of(kind, name).label}: "
                f"{header[taken[name]]!r} and {header[column]!r}; choose one."
            )
        taken[name] = column
    chosen = set(taken)
    if kind is ImportKind.PATIENTS and not chosen & {"given", "family", "preferred_name"}:
        raise MappingError("Choose the column with the patients' names (a given or family name).")
    required = {
        ImportKind.MEDICATIONS: ("name", "the medication's name"),
        ImportKind.APPOINTMENTS: ("date", "the appointment's date"),
        ImportKind.TASKS: ("title", "the task's title"),
        ImportKind.ALLERGIES: ("substance", "the substance the patient is allergic to"),
        ImportKind.CONDITIONS: ("description", "the condition"),
    }
    if kind in required:
        name, what = required[kind]
        if name not in chosen:
            raise MappingError(f"Choose the column with {what}.")
        named = bool(chosen & {"patient_name", "patient_given", "patient_family"})
        if kind is not ImportKind.TASKS and "patient_external_id" not in chosen and not named:
            raise MappingError(
                "Choose the column that says whose record it is: the "
                "patient's MRN, or their name and date of birth."
            )
        if named and "patient_birth_date" not in chosen and "patient_external_id" not in chosen:
            raise MappingError(
                "Finding a patient by name needs their date of birth too: "
                "choose that column as well."
            )


def mapping_from_names(
    header: Sequence[str],
    kind: ImportKind,
    choices: Mapping[str, str],
    start: ColumnMapping | None = None,
) -> ColumnMapping:
    """A mapping with some columns chosen by header text ("DOB" -> "birth_date", or "" to
    ignore it), over `start` (the proposed one). A column named more than once in the header
    cannot be chosen by name."""
    mapping: ColumnMapping = dict(start or {})
    keys = [header_key(name) for name in header]
    for column_name, field_name in choices.items():
        exact = [i for i, name in enumerate(header) if name == column_name.strip()]
        matches = exact or [i for i, key in enumerate(keys) if key == header_key(column_name)]
        if not matches:
            raise MappingError(
                f"There is no column {column_name!r}; the columns are "
                f"{', '.join(map(repr, header))}."
            )
        if len(matches) > 1:
            raise MappingError(
                f"More than one column is called {column_name!r}; rename one in the spreadsheet."
            )
        name = field_name.strip()
        if name.casefold() in ("", "ignore", "none", "-"):
            mapping.pop(matches[0], None)
            continue
        spec = _find_spec(kind, name)
        for column, chosen in list(mapping.items()):
            if chosen == spec.name:
                del mapping[column]  # the field moves to the column named
        mapping[matches[0]] = spec.name
    return dict(sorted(mapping.items()))


def _find_spec(kind: ImportKind, name: str) -> FieldSpec:
    key = header_key(name)
    for spec in FIELDS[kind]:
        if key in (header_key(spec.name), header_key(spec.label)):
            return spec
    return spec_of(kind, name)  # raises, listing the choices
