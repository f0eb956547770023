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

The fields are listed, with the header spellings each is proposed for, in `patient_columns`
(patients, and the link to a patient), `record_columns` and `clinical_columns` (the linked
kinds); what one field is, in `column_spec`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

from carebook.core.name_keys import folded
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.interop.spreadsheet.choices_and_numbers import choice_key
from carebook.interop.spreadsheet.clinical_columns import ALLERGY_FIELDS, CONDITION_FIELDS
from carebook.interop.spreadsheet.column_spec import FieldSpec
from carebook.interop.spreadsheet.patient_columns import LINK_FIELDS, PATIENT_FIELDS
from carebook.interop.spreadsheet.record_columns import (
    APPOINTMENT_FIELDS,
    MEDICATION_FIELDS,
    TASK_FIELDS,
)


class ImportKind(StrEnum):
    PATIENTS = "patients"
    MEDICATIONS = "medications"
    APPOINTMENTS = "appointments"
    TASKS = "tasks"
    ALLERGIES = "allergies"
    CONDITIONS = "conditions"

    @property
    def noun(self) -> str:
        """The kind in the chosen language, plural: "patients", "medications"…"""
        return translate("SpreadsheetImport", _NOUNS[self.value])


_NOUNS = {
    "patients": QT_TRANSLATE_NOOP("SpreadsheetImport", "patients"),
    "medications": QT_TRANSLATE_NOOP("SpreadsheetImport", "medications"),
    "appointments": QT_TRANSLATE_NOOP("SpreadsheetImport", "appointments"),
    "tasks": QT_TRANSLATE_NOOP("SpreadsheetImport", "tasks"),
    "allergies": QT_TRANSLATE_NOOP("SpreadsheetImport", "allergies"),
    "conditions": QT_TRANSLATE_NOOP("SpreadsheetImport", "conditions"),
}


#: The choice in a mapping that imports a column as nothing.
IGNORE = ""

#: Every kind's fields, in the order they take their pick of the columns.
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
        translate(
            "SpreadsheetImport",
            "{name} is not something {kind} can be imported as; choose from: {names}.",
        ).format(
            name=repr(name), kind=kind.noun, names=", ".join(spec.name for spec in FIELDS[kind])
        )
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
            raise MappingError(
                translate(
                    "SpreadsheetImport", "There is no column {column}; the file has {count}."
                ).format(column=column + 1, count=len(header))
            )
        spec_of(kind, name)
        if name in taken:
            raise MappingError(
                translate(
                    "SpreadsheetImport",
                    "Two columns are imported as {field}: {first} and {second}; choose one.",
                ).format(
                    field=spec_of(kind, name).label,
                    first=repr(header[taken[name]]),
                    second=repr(header[column]),
                )
            )
        taken[name] = column
    chosen = set(taken)
    if kind is ImportKind.PATIENTS and not chosen & {"given", "family", "preferred_name"}:
        raise MappingError(
            translate(
                "SpreadsheetImport",
                "Choose the column with the patients' names (a given or family name).",
            )
        )
    required = {
        ImportKind.MEDICATIONS: (
            "name",
            QT_TRANSLATE_NOOP("SpreadsheetImport", "Choose the column with the medication's name."),
        ),
        ImportKind.APPOINTMENTS: (
            "date",
            QT_TRANSLATE_NOOP(
                "SpreadsheetImport", "Choose the column with the appointment's date."
            ),
        ),
        ImportKind.TASKS: (
            "title",
            QT_TRANSLATE_NOOP("SpreadsheetImport", "Choose the column with the task's title."),
        ),
        ImportKind.ALLERGIES: (
            "substance",
            QT_TRANSLATE_NOOP(
                "SpreadsheetImport",
                "Choose the column with the substance the patient is allergic to.",
            ),
        ),
        ImportKind.CONDITIONS: (
            "description",
            QT_TRANSLATE_NOOP("SpreadsheetImport", "Choose the column with the condition."),
        ),
    }
    if kind in required:
        name, missing = required[kind]
        if name not in chosen:
            raise MappingError(translate("SpreadsheetImport", missing))
        named = bool(chosen & {"patient_name", "patient_given", "patient_family"})
        if kind is not ImportKind.TASKS and "patient_external_id" not in chosen and not named:
            raise MappingError(
                translate(
                    "SpreadsheetImport",
                    "Choose the column that says whose record it is: the "
                    "patient's MRN, or their name and date of birth.",
                )
            )
        if named and "patient_birth_date" not in chosen and "patient_external_id" not in chosen:
            raise MappingError(
                translate(
                    "SpreadsheetImport",
                    "Finding a patient by name needs their date of birth too: "
                    "choose that column as well.",
                )
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
                translate(
                    "SpreadsheetImport", "There is no column {name}; the columns are {names}."
                ).format(name=repr(column_name), names=", ".join(map(repr, header)))
            )
        if len(matches) > 1:
            raise MappingError(
                translate(
                    "SpreadsheetImport",
                    "More than one column is called {name}; rename one in the spreadsheet.",
                ).format(name=repr(column_name))
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
        if key in (header_key(spec.name), header_key(spec.english), header_key(spec.label)):
            return spec
    return spec_of(kind, name)  # raises, listing the choices
