"""Likely duplicates: a row like a record in the caseload, or like an earlier row of the file."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from carebook.core.record_keys import RecordKey, same_record_key
from carebook.core.records import Patient
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.interop.spreadsheet.columns import ImportKind
from carebook.interop.spreadsheet.patient_links import CaseloadPatients, folded_mrn, name_key
from carebook.interop.spreadsheet.plan_results import Duplicate, Record

#: What a linked record shares with one it duplicates (see core.record_keys.same_record_key).
_SAME = {
    ImportKind.MEDICATIONS: QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "same medication and start date"
    ),
    ImportKind.APPOINTMENTS: QT_TRANSLATE_NOOP("SpreadsheetImport", "same patient and start"),
    ImportKind.TASKS: QT_TRANSLATE_NOOP("SpreadsheetImport", "same task and due date"),
    ImportKind.ALLERGIES: QT_TRANSLATE_NOOP("SpreadsheetImport", "same allergy"),
    ImportKind.CONDITIONS: QT_TRANSLATE_NOOP("SpreadsheetImport", "same condition and onset"),
}


class DuplicateFinder:
    """Finds the likely duplicates of the rows of one pass over a file, in file order,
    remembering each row that duplicates nothing so that a later one can be its duplicate."""

    def __init__(
        self,
        kind: ImportKind,
        patients: CaseloadPatients,
        existing: Collection[RecordKey] = frozenset(),
    ) -> None:
        """`patients` are the caseload's; `existing` the keys of the linked records already
        there (store.imports.record_keys)."""
        self.kind = kind
        self.patients = patients
        self.existing = existing
        self.file_records: dict[RecordKey, int] = {}  # a linked record's key -> its row
        self.file_mrns: dict[str, int] = {}
        self.file_names: dict[tuple[str, str, date], int] = {}

    def of_patient(self, number: int, patient: Patient) -> Duplicate | None:
        """A patient of the caseload, or of an earlier row, with the same MRN, or else the same
        name and date of birth."""
        mrn = folded_mrn(patient.external_id)
        name = name_key(patient.given or patient.preferred_name, patient.family, patient.birth_date)
        known = (self.patients.by_mrn.get(mrn, []) if mrn else []) or []
        same_mrn = translate("SpreadsheetImport", "same MRN")
        same_name = translate("SpreadsheetImport", "same name and date of birth")
        reason = same_mrn
        if not known and name is not None:
            known, reason = self.patients.by_name.get(name, []), same_name
        if known:
            return Duplicate(number, reason, patient_id=known[0].id, existing=known[0].label)
        if mrn and mrn in self.file_mrns:
            return Duplicate(number, same_mrn, of_row=self.file_mrns[mrn])
        if name is not None and name in self.file_names:
            return Duplicate(number, same_name, of_row=self.file_names[name])
        if mrn:
            self.file_mrns[mrn] = number
        if name is not None:
            self.file_names[name] = number
        return None

    def of_record(self, number: int, record: Record) -> Duplicate | None:
        """A linked record already in the caseload, or on an earlier row: a likely duplicate."""
        key = same_record_key(record)
        if key is None:
            return None
        reason = translate("SpreadsheetImport", _SAME[self.kind])
        if key in self.existing:
            return Duplicate(number, reason)
        if key in self.file_records:
            return Duplicate(number, reason, of_row=self.file_records[key])
        self.file_records[key] = number
        return None
