"""Finding a row's patient in the caseload: by their MRN, or by their name and date of birth."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from carebook.core.name_keys import folded
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.interop.spreadsheet.columns import ImportKind
from carebook.store.imports import PatientKey

# Why a row's patient was not found, translated only for a row that is refused (a long
# import links hundreds of thousands of rows).
_NO_SUCH_MRN = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "No patient in the caseload has the MRN {mrn}; import or add the patient first.",
)
_SAME_MRN = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "{count} patients have the MRN {mrn} (patients {ids}); give the MRN to say which.",
)
_NO_SUCH_NAME = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "No patient in the caseload has the name {name} and date of birth {born}; "
    "import or add the patient first.",
)
_SAME_NAME = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "{count} patients have the name {name} and date of birth {born} (patients "
    "{ids}); give the MRN to say which.",
)


class PatientNotFound(Exception):
    """The row's patient cannot be told: the column concerned (its header; "" for the row as a
    whole), the field, and the message saying what to do."""

    def __init__(self, column: str, field_name: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.field = field_name


def fold(text: str) -> str:
    """name_keys.folded, quicker for ASCII text (where it only lowers the case)."""
    return " ".join(text.lower().split()) if text.isascii() else folded(text)


def folded_mrn(text: str) -> str:
    """An MRN as it is compared: without spaces, in any case."""
    return "".join(text.split()).casefold()


def name_key(given: str, family: str, born: date | None) -> tuple[str, str, date] | None:
    """A name and date of birth as they are compared; None without a date or any name."""
    if born is None or not (given.strip() or family.strip()):
        return None
    return fold(given), fold(family), born


class CaseloadPatients:
    """The caseload's patients, looked up by MRN, by given and family name with the date of
    birth (a preferred name standing for the given one too), or by a full name either way round
    with the date of birth."""

    def __init__(self, patients: Sequence[PatientKey]) -> None:
        self.by_mrn: dict[str, list[PatientKey]] = {}
        self.by_name: dict[tuple[str, str, date], list[PatientKey]] = {}
        self.by_full_name: dict[tuple[str, date], list[PatientKey]] = {}
        for key in patients:
            if key.external_id.strip():
                self.by_mrn.setdefault(folded_mrn(key.external_id), []).append(key)
            for given in {key.given, key.preferred_name} - {""}:
                name = name_key(given, key.family, key.birth_date)
                if name is not None:
                    self.by_name.setdefault(name, []).append(key)
                    for full in (f"{name[0]} {name[1]}", f"{name[1]} {name[0]}"):
                        self.by_full_name.setdefault((full, name[2]), []).append(key)

    def link(
        self, values: Mapping[str, Any], column_of: Mapping[str, str], kind: ImportKind
    ) -> tuple[int | None, str]:
        """The row's patient (id, label), or (None, "") for a task for no patient.

        `values` are the row's, by field; `column_of` the header of each field's column.
        Raises PatientNotFound when the row's patient cannot be found, or could be more than
        one."""
        mrn = (values.get("patient_external_id") or "").strip()
        given = values.get("patient_given") or ""
        family = values.get("patient_family") or ""
        full = values.get("patient_name") or ""
        born_value = values.get("patient_birth_date")
        born = born_value[0] if born_value else None
        shown = ""
        if mrn:
            found = self.by_mrn.get(folded_mrn(mrn), [])
            column = column_of["patient_external_id"]
            none, many = _NO_SUCH_MRN, _SAME_MRN
        elif given or family or full:
            if born is None:
                raise PatientNotFound(
                    column_of.get("patient_birth_date", ""),
                    "patient_birth_date",
                    translate(
                        "SpreadsheetImport",
                        "Give the patient's date of birth: a patient is found by name only "
                        "with it.",
                    ),
                )
            if full:
                found = self.by_full_name.get((fold(full.replace(",", " ")), born), [])
                column, shown = column_of["patient_name"], full
            else:
                key = name_key(given, family, born)
                found = self.by_name.get(key, []) if key else []
                column = column_of.get("patient_given") or column_of.get("patient_family", "")
                shown = f"{given} {family}".strip()
            none, many = _NO_SUCH_NAME, _SAME_NAME
        else:
            if kind is ImportKind.TASKS:
                return None, ""
            raise PatientNotFound(
                "",
                "patient_external_id",
                translate(
                    "SpreadsheetImport",
                    "Say whose record this is: the patient's MRN, or their name and "
                    "date of birth, is empty.",
                ),
            )
        shown_born = born.isoformat() if born is not None else ""
        if not found:
            raise PatientNotFound(
                column,
                "patient",
                translate("SpreadsheetImport", none).format(
                    mrn=repr(mrn), name=repr(shown), born=shown_born
                ),
            )
        ids = sorted({key.id for key in found})
        if len(ids) > 1:
            raise PatientNotFound(
                column,
                "patient",
                translate("SpreadsheetImport", many).format(
                    count=len(ids),
                    mrn=repr(mrn),
                    name=repr(shown),
                    born=shown_born,
                    ids=", ".join(map(str, ids)),
                ),
            )
        return found[0].id, found[0].label
