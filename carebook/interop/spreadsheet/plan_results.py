"""What a plan of an import found, and the batch it writes as the user chose.

The rows to import as records (with what carebook's form would still ask of them), the
problems of the others, the likely duplicates, a question about the file's date order; and the
batch, each duplicate skipped, merged or added.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from carebook.core.records import Allergy, Appointment, Condition, Medication, Patient, Task
from carebook.core.words import translate
from carebook.interop.spreadsheet.cells import DateOrder
from carebook.interop.spreadsheet.columns import ColumnMapping, ImportKind
from carebook.interop.spreadsheet.sheet import Spreadsheet
from carebook.store.imports import ImportBatch, PatientMerge, fill_empty

#: What a row can become.
Record = Patient | Medication | Appointment | Task | Allergy | Condition


class ImportRefused(Exception):
    """The plan cannot be imported as it stands; the message says why and what to do."""


class DuplicateChoice(StrEnum):
    """What to do with a row that looks like a record already there."""

    SKIP = "skip"  # leave the row out
    MERGE = "merge"  # fill the existing patient's empty fields from the row
    ADD = "add"  # import it as a new patient all the same (two people of one name and birth)


def _where(row: int, column: str, message: str) -> str:
    """ "row 12, column 'Date of birth': message", in the chosen language."""
    if column:
        said = translate("SpreadsheetImport", "row {row}, column {column}: {message}")
    else:
        said = translate("SpreadsheetImport", "row {row}: {message}")
    return said.format(row=row, column=repr(column), message=message)


@dataclass(slots=True)
class RowProblem:
    """Why a row cannot be imported: its row number, the column concerned (its header; "" for
    the row as a whole), the field, and the message."""

    row: int
    column: str
    field: str
    message: str

    def __str__(self) -> str:
        return _where(self.row, self.column, self.message)


@dataclass(frozen=True, slots=True)
class IncompleteRow:
    """A row imported without something carebook's form asks for (an as-needed medication
    that does not say what for): its row number, the column that would hold it (its header;
    "" when no column does), the field, and the message."""

    row: int
    column: str
    field: str
    message: str

    def __str__(self) -> str:
        return _where(self.row, self.column, self.message)


@dataclass(slots=True)
class Duplicate:
    """A row that looks like a record already there: a patient in the caseload
    (`patient_id`), a linked record in the caseload (neither id nor row), or the record of an
    earlier row of the file (`of_row`)."""

    row: int
    reason: str  # "same MRN", "same name and date of birth", "same medication and start date"…
    patient_id: int | None = None
    of_row: int | None = None
    existing: str = ""  # "Family, Given (born …)" of the patient in the caseload

    def __str__(self) -> str:
        if self.patient_id is not None:
            said = translate("SpreadsheetImport", "row {row}: {reason} as patient {id}, {existing}")
        elif self.of_row is None:
            said = translate(
                "SpreadsheetImport", "row {row}: {reason} as one already in the caseload"
            )
        else:
            said = translate(
                "SpreadsheetImport", "row {row}: repeats row {of_row} of this file ({reason})"
            )
        return said.format(
            row=self.row,
            reason=self.reason,
            id=self.patient_id,
            existing=self.existing,
            of_row=self.of_row,
        )


@dataclass(slots=True)
class PlannedRow:
    """A row that can be imported, as the record it becomes."""

    row: int
    record: Record
    duplicate: Duplicate | None = None
    patient: str = ""  # a linked record's patient, "Family, Given (born …)"
    #: what carebook's form would still ask of the record (imported all the same)
    incomplete: tuple[IncompleteRow, ...] = ()


@dataclass(slots=True)
class DateOrderQuestion:
    """The file writes dates day and month first and does not show which comes first."""

    column: str
    row: int
    example: str
    conflict: str = ""  # when rows disagree: "25/04/1941 on row 3, 04/25/1941 on row 7"

    @property
    def message(self) -> str:
        if self.conflict:
            return translate(
                "SpreadsheetImport",
                "The dates in this file are written both day-first and month-first "
                "({conflict}); say which order the file uses, and the rows that do "
                "not fit will be listed.",
            ).format(conflict=self.conflict)
        return translate(
            "SpreadsheetImport",
            "Dates such as {example} (column {column}, row {row}) "
            "could be day/month/year or month/day/year, and no date in the file tells "
            "which; say which order the file uses.",
        ).format(example=repr(self.example), column=repr(self.column), row=self.row)


@dataclass(slots=True)
class DateOrderFinding:
    order: DateOrder | None
    question: DateOrderQuestion | None = None
    note: str = ""
    #: The date that showed the order, and its row ("25/12/1936", 3).
    shown_by: tuple[str, int] | None = None


@dataclass(slots=True)
class ImportPlan:
    """What importing the file would do; see the docstring of spreadsheet.plan."""

    kind: ImportKind
    source: Spreadsheet
    mapping: ColumnMapping
    date_order: DateOrder | None = None
    date_order_note: str = ""
    #: The date that showed the order, and its row; None when the order was asked for.
    date_order_shown_by: tuple[str, int] | None = None
    question: DateOrderQuestion | None = None
    file_problem: str = ""
    rows_read: int = 0
    blank_rows: int = 0
    accepted: list[PlannedRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def duplicates(self) -> list[Duplicate]:
        return [row.duplicate for row in self.accepted if row.duplicate is not None]

    @property
    def incomplete(self) -> list[IncompleteRow]:
        """What the rows to import lack that carebook's form asks for: imported, and said."""
        return [note for row in self.accepted for note in row.incomplete]

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({problem.row for problem in self.problems})

    @property
    def ready(self) -> bool:
        """True when batch() can be called (perhaps with skip_invalid)."""
        return not (self.question or self.file_problem)

    def batch(
        self,
        choices: DuplicateChoice | Mapping[int, DuplicateChoice] = DuplicateChoice.SKIP,
        *,
        skip_invalid: bool = False,
    ) -> ImportBatch:
        """The records to write, with each duplicate skipped, merged or added as `choices`
        says (one choice for all, or per row: others skipped).

        The records are the plan's own, not copies (copying 100,000 takes a second): writing
        them sets their ids, which a later write of another batch from the plan sets afresh.
        A merged record is a new one; the plan's are never changed otherwise."""
        if self.question is not None:
            raise ImportRefused(self.question.message)
        if self.file_problem:
            raise ImportRefused(self.file_problem)
        if self.problems and not skip_invalid:
            count = len(self.invalid_rows)
            raise ImportRefused(
                translate(
                    "SpreadsheetImport",
                    "1 row cannot be imported; correct them, or import the others without them.",
                )
                if count == 1
                else translate(
                    "SpreadsheetImport",
                    "{count} rows cannot be imported; correct them, or import the others "
                    "without them.",
                ).format(count=count)
            )
        batch = ImportBatch(kind=self.kind.value, checked=True)
        if self.kind is not ImportKind.PATIENTS:
            # A likely duplicate of a linked record is skipped unless added anyway (a merge
            # is for patients: it is a skip here).
            records = [
                row.record
                for row in self.accepted
                if row.duplicate is None
                or (
                    choices
                    if isinstance(choices, DuplicateChoice)
                    else choices.get(row.row, DuplicateChoice.SKIP)
                )
                is DuplicateChoice.ADD
            ]
            target = {
                ImportKind.MEDICATIONS: batch.medications,
                ImportKind.APPOINTMENTS: batch.appointments,
                ImportKind.TASKS: batch.tasks,
                ImportKind.ALLERGIES: batch.allergies,
                ImportKind.CONDITIONS: batch.conditions,
            }[self.kind]
            target.extend(records)  # type: ignore[attr-defined]
            return batch
        added: dict[int, int] = {}  # row -> its place in batch.patients
        for planned in self.accepted:
            assert isinstance(planned.record, Patient)
            record = planned.record
            duplicate = planned.duplicate
            choice = (
                DuplicateChoice.ADD
                if duplicate is None
                else choices
                if isinstance(choices, DuplicateChoice)
                else choices.get(planned.row, DuplicateChoice.SKIP)
            )
            if choice is DuplicateChoice.SKIP:
                continue
            if choice is DuplicateChoice.MERGE and duplicate is not None:
                if duplicate.patient_id is not None:
                    batch.merges.append(PatientMerge(duplicate.patient_id, record, planned.row))
                    continue
                if duplicate.of_row in added:
                    place = added[duplicate.of_row]
                    batch.patients[place] = fill_empty(batch.patients[place], record)[0]
                    continue
            added[planned.row] = len(batch.patients)
            batch.patients.append(record)
        return batch
