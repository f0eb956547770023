"""Importing a spreadsheet of patients, or of medications, appointments, tasks, allergies or
conditions of patients already in the caseload: first a plan (every row checked, nothing
written), then one write.

API, in the order the import wizard (and `carebook import`) calls it
--------------------------------------------------------------------

1. ``source = open_spreadsheet(path, sheet=None)`` (spreadsheet.reading) -> Spreadsheet:
   ``source.header`` (column names), ``source.describe()`` ("UTF-8, semicolon-separated"),
   ``source.sheet_names`` (a workbook's sheets: open again with ``sheet=`` to read another),
   ``source.estimated_rows``. Raises SpreadsheetError (a message to show) for a file that is
   not a table: binary, an old .xls, empty, undecodable. Quick: reads the header only.

2. ``mapping = propose_mapping(source.header, kind)`` (carebook.interop.spreadsheet.columns), where
   ``kind`` is an ImportKind (patients, medications, appointments, tasks, allergies,
   conditions) -> ``{column index:
   field name}``. ``fields_for(kind)`` lists the FieldSpecs to offer per column (``.name``,
   ``.label``, ``.value``), with IGNORE ("") for "do not import". Let the user change it, then
   ``check_mapping(source.header, kind, mapping)`` raises MappingError saying what is missing
   (the names; for linked kinds, the patient's MRN or name and birth date) or doubled.
   ``mapping_from_names`` applies ``COLUMN=field`` choices (the command line's --map).

3. Optionally, ``find_date_order(source, kind, mapping, cancelled=None)`` -> DateOrderFinding:
   ``.order`` (a DateOrder, or None when nothing in the file depends on it), ``.question``
   (a DateOrderQuestion when the file's day/month dates could be read either way: ask the
   user, e.g. "03/04/1941 on row 2: is that 3 April or March 4?"). It reads the date columns
   once, to ask before the long step below; plan_import, given no order, judges the same
   while checking the rows (reading the file twice only when some dates had to wait for the
   order that later ones showed).

4. ``patients = store.patient_keys()`` and ``existing = store.record_keys(kind.value)`` on the
   store's own thread, then ``plan = plan_import(source, kind, mapping, patients,
   today=store.today(), date_order=None, progress=None, cancelled=None, existing=existing)``
   -> ImportPlan. This touches no store and no
   Qt, so it may run on a worker thread: ``progress(rows_done, rows_total)`` is called every
   CHECK_EVERY rows (the total is an estimate until the end) and ``cancelled()`` checked as
   often (True: ImportCancelled is raised, nothing else happens). It raises MappingError for a
   mapping check_mapping refuses; every other fault is in the plan:

   - ``plan.question``: the date order is needed and was not given: ask, and plan again with
     ``date_order=``. Such a plan has checked no rows.
   - ``plan.file_problem``: the file stopped being readable part way (or holds no rows): a
     message naming the row. The plan cannot be imported.
   - ``plan.accepted``: PlannedRow(row, record, duplicate, patient) for each row that can be
     imported, in file order: the record (Patient, Medication, Appointment, Task, Allergy or
     Condition, without id), a linked record's patient as "Family, Given (born …)", and for a
     row that looks like a record already there, its Duplicate.
   - ``plan.problems``: RowProblem(row, column, field, message) for each fault, several per
     row when several cells are wrong; ``plan.invalid_rows`` their row numbers. Row numbers
     count as a spreadsheet does: the header is row 1.
   - ``plan.duplicates``: Duplicate(row, reason, patient_id | of_row, existing) for each
     likely duplicate: same MRN, or same folded name and date of birth, as a patient in the
     caseload (``patient_id``) or as an earlier row of the file (``of_row``); for a linked
     kind, the same store_import.duplicate_key (patient, and the same drug and start date,
     appointment start, task and due date, allergy, or condition and onset) as a record in
     ``existing`` (neither id nor row) or an earlier row (``of_row``).
   - ``plan.date_order`` and ``plan.date_order_note`` (how it was decided), ``rows_read``,
     ``blank_rows``.

5. ``batch = plan.batch(choices=DuplicateChoice.SKIP, skip_invalid=False)`` -> ImportBatch:
   what to write. ``choices`` is one DuplicateChoice for all duplicates or a mapping
   {row: choice} (rows left out are skipped): SKIP the row, MERGE it (fill the existing
   patient's, or the earlier row's, empty fields from it; never overwrite), or ADD it as a new
   patient anyway. A linked record's duplicate is skipped unless ADDed (MERGE skips it too).
   Raises ImportRefused (with a message) for a plan with a question, a file problem, or
   invalid rows unless ``skip_invalid``.

6. ``result = store.apply_import(batch)`` (carebook.store.imports) on the store's thread ->
   ImportResult(added_ids, merged_ids, fields_filled): one transaction, so all of it is
   written or none (ValidationError or SaveError), and one "import" line in the activity log.

How values are read (carebook.interop.spreadsheet.cells): MRNs, ZIP codes and phones stay text,
leading zeros kept (a workbook's number comes back without ".0"); dates are ISO, day/month/year
or month/day/year with / - or . (with the file's order), or with the month in words; two-digit
years, and dates outside the range carebook keeps, are refused. A time written with a UTC offset
(2026-12-07T09:00:00Z) in an appointment's start or end or a task's due date is read as the
clocks of the caseload's zone show it; a task's due date with a time and no due-time column
keeps that time. A medication with an end date in the past and no status column is stopped;
an allergy with an end date on or before today and no status column is inactive, and a
condition with such an abatement date, resolved.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from carebook.core import recurrence
from carebook.core.domain import (
    Allergy,
    AllergyStatus,
    Appointment,
    Condition,
    ConditionStatus,
    Medication,
    MedicationStatus,
    Patient,
    PatientStatus,
    Task,
    ValidationError,
)
from carebook.core.name_keys import folded
from carebook.core.validation import (
    validate_allergy,
    validate_appointment,
    validate_condition,
    validate_medication,
    validate_patient,
    validate_task,
)
from carebook.interop.spreadsheet.cells import (
    CellProblem,
    DateOrder,
    Moment,
    Shape,
    date_shape,
    parse_end,
    parse_moment,
    parse_time,
    text_of,
)
from carebook.interop.spreadsheet.choices_and_numbers import (
    choice_reader,
    parse_bool,
    parse_float,
    parse_int,
)
from carebook.interop.spreadsheet.clinical_terms import plain_term
from carebook.interop.spreadsheet.column_spec import FieldSpec, ValueType
from carebook.interop.spreadsheet.columns import (
    ColumnMapping,
    ImportKind,
    MappingError,
    check_mapping,
    fields_for,
    mapping_from_names,
    propose_mapping,
    spec_of,
)
from carebook.interop.spreadsheet.reading import (
    Cell,
    Spreadsheet,
    SpreadsheetError,
    open_spreadsheet,
)
from carebook.store.imports import (
    ImportBatch,
    PatientKey,
    PatientMerge,
    RecordKey,
    duplicate_key,
    fill_empty,
)

__all__ = [
    "CHECK_EVERY",
    "DateOrder",
    "DateOrderFinding",
    "DateOrderQuestion",
    "Duplicate",
    "DuplicateChoice",
    "ImportBatch",
    "ImportCancelled",
    "ImportKind",
    "ImportPlan",
    "ImportRefused",
    "MappingError",
    "PlannedRow",
    "RowProblem",
    "SpreadsheetError",
    "check_mapping",
    "fields_for",
    "find_date_order",
    "mapping_from_names",
    "open_spreadsheet",
    "plan_import",
    "propose_mapping",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Record = Patient | Medication | Appointment | Task | Allergy | Condition

#: How often (in rows) progress is reported and a cancel looked for.
CHECK_EVERY = 500
#: An appointment without a length lasts this long.
DEFAULT_MINUTES = 60


class ImportCancelled(Exception):
    """The user cancelled the planning; nothing was imported."""


class ImportRefused(Exception):
    """The plan cannot be imported as it stands; the message says why and what to do."""


class DuplicateChoice(StrEnum):
    SKIP = "skip"  # leave the row out
    MERGE = "merge"  # fill the existing patient's empty fields from the row
    ADD = "add"  # import it as a new patient all the same (two people of one name and birth)


@dataclass(slots=True)
class RowProblem:
    """Why a row cannot be imported: its row number, the column concerned (its header; "" for
    the row as a whole), the field, and the message."""

    row: int
    column: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column!r}" if self.column else "")
        return f"{where}: {self.message}"


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
            return f"row {self.row}: {self.reason} as patient {self.patient_id}, {self.existing}"
        if self.of_row is None:
            return f"row {self.row}: {self.reason} as one already in the caseload"
        return f"row {self.row}: {self.reason} as row {self.of_row}"


@dataclass(slots=True)
class PlannedRow:
    """A row that can be imported, as the record it becomes."""

    row: int
    record: Record
    duplicate: Duplicate | None = None
    patient: str = ""  # a linked record's patient, "Family, Given (born …)"


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
            return (
                f"The dates in this file are written both day-first and month-first "
                f"({self.conflict}); say which order the file uses, and the rows that do "
                "not fit will be listed."
            )
        return (
            f"Dates such as {self.example!r} (column {self.column!r}, row {self.row}) "
            "could be day/month/year or month/day/year, and no date in the file tells "
            "which; say which order the file uses."
        )


@dataclass(slots=True)
class DateOrderFinding:
    order: DateOrder | None
    question: DateOrderQuestion | None = None
    note: str = ""


@dataclass(slots=True)
class ImportPlan:
    """What importing the file would do; see the module's docstring."""

    kind: ImportKind
    source: Spreadsheet
    mapping: ColumnMapping
    date_order: DateOrder | None = None
    date_order_note: str = ""
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
                f"{count} row{'s' if count != 1 else ''} cannot be imported; "
                "correct them, or import the others without them."
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


# -- the date order -----------------------------------------------------------------------------


def find_date_order(
    source: Spreadsheet,
    kind: ImportKind,
    mapping: ColumnMapping,
    cancelled: Cancelled | None = None,
) -> DateOrderFinding:
    """Read the mapped date columns to see whether the file writes day or month first.

    A date whose first number is above 12 shows day/month/year, one whose second is, month/day/
    year. Shown one way only: that order (the note says which row showed it). Shown both ways,
    or not at all while some dates could be read either way: a question for the user. No date
    written day and month first: no order is needed.
    """
    columns = [
        column
        for column, name in mapping.items()
        if name and spec_of(kind, name).value is ValueType.DATE
    ]
    if not columns:
        return DateOrderFinding(None)
    seen: dict[Shape, tuple[int, int, str]] = {}
    for count, row in enumerate(source.rows(), start=1):
        if cancelled is not None and count % CHECK_EVERY == 0 and cancelled():
            raise ImportCancelled
        for column in columns:
            if column >= len(row.cells):
                continue
            shape = date_shape(row.cells[column])
            if shape in _TELLING and shape not in seen:
                seen[shape] = (row.number, column, text_of(row.cells[column]))
        if Shape.DMY in seen and Shape.MDY in seen:
            break
    return _judge(seen, source.header)


_TELLING = frozenset({Shape.DMY, Shape.MDY, Shape.EITHER})


def _judge(seen: Mapping[Shape, tuple[int, int, str]], header: Sequence[str]) -> DateOrderFinding:
    """The order the first date of each telling shape (row, column, text) shows."""
    if Shape.DMY in seen and Shape.MDY in seen:
        (d_row, d_col, d_text), (m_row, _, m_text) = seen[Shape.DMY], seen[Shape.MDY]
        return DateOrderFinding(
            None,
            DateOrderQuestion(
                header[d_col], d_row, d_text, f"{d_text} on row {d_row}, {m_text} on row {m_row}"
            ),
        )
    for shape, order in ((Shape.DMY, DateOrder.DMY), (Shape.MDY, DateOrder.MDY)):
        if shape in seen:
            row_number, _, text = seen[shape]
            return DateOrderFinding(
                order, note=f"dates read as {order.label}, as {text!r} on row {row_number} shows"
            )
    if Shape.EITHER in seen:
        row_number, column, text = seen[Shape.EITHER]
        return DateOrderFinding(None, DateOrderQuestion(header[column], row_number, text))
    return DateOrderFinding(None)


# -- planning ----------------------------------------------------------------------------------


def plan_import(
    source: Spreadsheet,
    kind: ImportKind,
    mapping: ColumnMapping,
    patients: Sequence[PatientKey] = (),
    *,
    today: date,
    date_order: DateOrder | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    existing: Collection[RecordKey] = frozenset(),
) -> ImportPlan:
    """Check every row of `source` as `kind` records under `mapping`, against the caseload's
    `patients` (store.patient_keys()) and, for linked kinds, the records already there
    (`existing`: store.record_keys(kind)), and say what importing it would do. Writes
    nothing."""
    check_mapping(source.header, kind, mapping)
    mapping = {column: name for column, name in mapping.items() if name}
    plan = ImportPlan(kind=kind, source=source, mapping=mapping, date_order=date_order)
    if date_order is not None and date_order is not DateOrder.YMD:
        plan.date_order_note = f"dates read as {date_order.label}, as asked"
    try:
        planner = _Planner(plan, patients, today, progress, cancelled, existing)
        planner.run()
        if date_order is None:
            finding = planner.finding()
            if finding.question is not None:
                return replace(
                    ImportPlan(kind=kind, source=source, mapping=mapping), question=finding.question
                )
            plan.date_order_note = finding.note
            if finding.order is not None and Shape.EITHER in planner.evidence:
                # Some dates waited for the order the others showed: read the rows again.
                plan = ImportPlan(
                    kind=kind,
                    source=source,
                    mapping=mapping,
                    date_order=finding.order,
                    date_order_note=finding.note,
                )
                _Planner(plan, patients, today, progress, cancelled, existing).run()
            plan.date_order = finding.order
    except SpreadsheetError as error:
        plan.file_problem = str(error)
    return plan


@dataclass(frozen=True, slots=True)
class _Unreadable:
    """A date cell's problem, as remembered."""

    message: str


#: What a linked record shares with one it duplicates (see store_import.duplicate_key).
_SAME = {
    ImportKind.MEDICATIONS: "medication and start date",
    ImportKind.APPOINTMENTS: "patient and start",
    ImportKind.TASKS: "task and due date",
    ImportKind.ALLERGIES: "allergy",
    ImportKind.CONDITIONS: "condition and onset",
}


#: Distinct cells a date column remembers the reading of, at most.
REMEMBERED_DATES = 100_000


def _remembered(read: Callable[[Cell], Any]) -> Callable[[Cell], Any]:
    """`read` for a date column, remembering what each text read as: a caseload's birth dates
    and visit days repeat, and reading a date is a third of checking a row. A cell that
    cannot be read is read again each time (its problem is raised afresh)."""
    known: dict[str, Any] = {}

    def remembered(cell: Cell) -> Any:
        if type(cell) is not str:
            return read(cell)
        try:
            return known[cell]
        except KeyError:
            pass
        value = read(cell)  # a problem raised here is not remembered
        if len(known) < REMEMBERED_DATES:
            known[cell] = value
        return value

    return remembered


def _blank(cells: list[Cell]) -> bool:
    return all(cell is None or (type(cell) is str and not cell.strip()) for cell in cells)


def _fold(text: str) -> str:
    """name_keys.folded, quicker for ASCII text (where it only lowers the case)."""
    return " ".join(text.lower().split()) if text.isascii() else folded(text)


def _folded_mrn(text: str) -> str:
    return "".join(text.split()).casefold()


def _name_key(given: str, family: str, born: date | None) -> tuple[str, str, date] | None:
    if born is None or not (given.strip() or family.strip()):
        return None
    return _fold(given), _fold(family), born


class _Planner:
    """One pass over the rows, building and checking a record from each."""

    def __init__(
        self,
        plan: ImportPlan,
        patients: Sequence[PatientKey],
        today: date,
        progress: Progress | None,
        cancelled: Cancelled | None,
        existing: Collection[RecordKey] = frozenset(),
    ) -> None:
        self.plan, self.today = plan, today
        self.existing = existing
        self.file_records: dict[RecordKey, int] = {}  # a linked record's key -> its row
        self.progress, self.cancelled = progress, cancelled
        self.kind = plan.kind
        self.header = plan.source.header
        self.evidence: dict[Shape, tuple[int, int, str]] = {}
        self.number = 0  # the row being read
        self.readers: list[tuple[int, str, str, Callable[[Cell], Any]]] = [
            (column, name, self.header[column], self._reader(spec_of(plan.kind, name)))
            for column, name in plan.mapping.items()
        ]
        self.own: dict[type, frozenset[str]] = {
            cls: frozenset(cls.__dataclass_fields__)
            for cls in (Patient, Medication, Appointment, Task, Allergy, Condition)
        }
        self.column_of = {name: self.header[column] for column, name in plan.mapping.items()}
        self.by_mrn: dict[str, list[PatientKey]] = {}
        self.by_name: dict[tuple[str, str, date], list[PatientKey]] = {}
        self.by_full_name: dict[tuple[str, date], list[PatientKey]] = {}
        for key in patients:
            if key.external_id.strip():
                self.by_mrn.setdefault(_folded_mrn(key.external_id), []).append(key)
            for given in {key.given, key.preferred_name} - {""}:
                name = _name_key(given, key.family, key.birth_date)
                if name is not None:
                    self.by_name.setdefault(name, []).append(key)
                    for full in (f"{name[0]} {name[1]}", f"{name[1]} {name[0]}"):
                        self.by_full_name.setdefault((full, name[2]), []).append(key)
        self.file_mrns: dict[str, int] = {}
        self.file_names: dict[tuple[str, str, date], int] = {}
        self.zone = recurrence.local_zone_name()

    def run(self) -> None:
        plan, width = self.plan, len(self.header)
        total = plan.source.estimated_rows
        for count, row in enumerate(plan.source.rows(), start=1):
            if count % CHECK_EVERY == 0:
                if self.cancelled is not None and self.cancelled():
                    raise ImportCancelled
                if self.progress is not None:
                    self.progress(count, max(total, count))
            cells = row.cells
            if _blank(cells):
                plan.blank_rows += 1
                continue
            plan.rows_read += 1
            if len(cells) < width:
                self._problem(
                    row.number,
                    "",
                    "",
                    (
                        f"This row has {len(cells)} cells but the header has {width}: a cell is "
                        "missing, or a line break inside a cell was not quoted."
                    ),
                )
                continue
            if len(cells) > width and any(text_of(cell) for cell in cells[width:]):
                self._problem(
                    row.number,
                    "",
                    "",
                    (
                        f"This row has {len(cells)} cells but the header has {width}: is there a "
                        f"{_delimiter_name(plan.source)} inside a cell that was not quoted?"
                    ),
                )
                continue
            self.number = row.number
            self._row(row.number, cells)
        if not plan.rows_read and not plan.file_problem:
            plan.file_problem = (
                f"{plan.source.path.name} has a header row but no rows below "
                "it: there is nothing to import."
            )
        if self.progress is not None:
            self.progress(plan.rows_read + plan.blank_rows, plan.rows_read + plan.blank_rows)

    def _problem(self, row: int, column: str, field_name: str, message: str) -> None:
        self.plan.problems.append(RowProblem(row, column, field_name, message))

    def _row(self, number: int, cells: list[Cell]) -> None:
        values: dict[str, Any] = {}
        failed = False
        for column, name, header, read in self.readers:
            try:
                values[name] = read(cells[column])
            except CellProblem as error:
                self._problem(number, header, name, str(error))
                failed = True
        if failed:
            return
        try:
            planned = self._build(number, values)
        except ValidationError as error:
            self._problem(number, self._column_for(error.field), error.field, str(error))
            return
        if planned is not None:
            self.plan.accepted.append(planned)

    def _column_for(self, field_name: str) -> str:
        aliases = {
            "start": ("date", "time"),
            "duration_min": ("duration_min", "end_time"),
            "due_date": ("due_date",),
        }
        for name in aliases.get(field_name, (field_name,)):
            if name in self.column_of:
                return self.column_of[name]
        return ""

    def _reader(self, spec: FieldSpec) -> Callable[[Cell], Any]:
        """How to read a cell of the field: text, a (date, time or None), and so on."""
        kind, order = spec.value, self.plan.date_order
        if kind is ValueType.TEXT:
            return text_of
        if kind is ValueType.DATE and order is None:
            return self._date_reader(spec.name)
        if kind is ValueType.DATE:
            return _remembered(lambda cell: parse_moment(cell, order))
        if spec.name == "end_time":
            return lambda cell: parse_end(cell, order)
        if kind is ValueType.TIME:
            return parse_time
        if kind is ValueType.BOOL:
            return parse_bool
        if kind is ValueType.INT:
            return lambda cell: parse_int(cell, "a number of minutes")
        if kind is ValueType.FLOAT:
            return parse_float
        assert spec.vocabulary is not None
        return choice_reader(spec.vocabulary, spec.synonyms or {})

    def _date_reader(self, name: str) -> Callable[[Cell], Any]:
        """Read dates while the order is not known, noting what each shows of it."""
        column = next(c for c, chosen in self.plan.mapping.items() if chosen == name)
        evidence = self.evidence

        def shape_and_moment(cell: Cell) -> tuple[Shape, Any]:
            try:
                return date_shape(cell), parse_moment(cell, None)
            except CellProblem as problem:  # remembered too, as its message
                return date_shape(cell), _Unreadable(str(problem))

        shaped = _remembered(shape_and_moment)

        def read(cell: Cell) -> Any:
            shape, moment = shaped(cell)
            if shape in _TELLING and shape not in evidence:
                evidence[shape] = (self.number, column, text_of(cell))
            if isinstance(moment, _Unreadable):
                raise CellProblem(moment.message)
            return moment

        return read

    def finding(self) -> DateOrderFinding:
        """What the dates read showed of the file's date order (see find_date_order)."""
        return _judge(self.evidence, self.header)

    # -- each kind of record ---------------------------------------------------------------

    def _build(self, number: int, values: dict[str, Any]) -> PlannedRow | None:
        if self.kind is ImportKind.PATIENTS:
            return self._patient(number, values)
        link = self._link(number, values)
        if link is None:
            return None
        patient_id, label = link
        if self.kind is ImportKind.MEDICATIONS:
            assert patient_id is not None
            record: Record = self._medication(patient_id, values)
        elif self.kind is ImportKind.APPOINTMENTS:
            assert patient_id is not None
            record = self._appointment(number, patient_id, values)
        elif self.kind is ImportKind.ALLERGIES:
            assert patient_id is not None
            record = self._allergy(patient_id, values)
        elif self.kind is ImportKind.CONDITIONS:
            assert patient_id is not None
            record = self._condition(patient_id, values)
        else:
            record = self._task(patient_id, values)
        return PlannedRow(number, record, self._same_record(number, record), label)

    def _same_record(self, number: int, record: Record) -> Duplicate | None:
        """A linked record already in the caseload, or on an earlier row: a likely duplicate."""
        key = duplicate_key(record)
        if key is None:
            return None
        what = _SAME[self.kind]
        if key in self.existing:
            return Duplicate(number, f"same {what}")
        if key in self.file_records:
            return Duplicate(number, f"same {what}", of_row=self.file_records[key])
        self.file_records[key] = number
        return None

    def _fields(self, cls: type, values: dict[str, Any]) -> dict[str, Any]:
        """The values that are the record's own fields, dates without their time, empty ones
        left to the record's defaults."""
        own = self.own[cls]
        result = {}
        for name, value in values.items():
            if name not in own or value is None:
                continue
            result[name] = value[0] if isinstance(value, tuple) else value
        return result

    def _patient(self, number: int, values: dict[str, Any]) -> PlannedRow:
        patient = Patient(**self._fields(Patient, values))
        if values.get("date_of_death") is not None and values.get("status") is None:
            patient.status = PatientStatus.DECEASED
        validate_patient(patient, self.today)
        duplicate = None
        mrn = _folded_mrn(patient.external_id)
        name = _name_key(
            patient.given or patient.preferred_name, patient.family, patient.birth_date
        )
        known = (self.by_mrn.get(mrn, []) if mrn else []) or []
        reason = "same MRN"
        if not known and name is not None:
            known, reason = self.by_name.get(name, []), "same name and date of birth"
        if known:
            duplicate = Duplicate(number, reason, patient_id=known[0].id, existing=known[0].label)
        elif mrn and mrn in self.file_mrns:
            duplicate = Duplicate(number, "same MRN", of_row=self.file_mrns[mrn])
        elif name is not None and name in self.file_names:
            duplicate = Duplicate(
                number, "same name and date of birth", of_row=self.file_names[name]
            )
        else:
            if mrn:
                self.file_mrns[mrn] = number
            if name is not None:
                self.file_names[name] = number
        return PlannedRow(number, patient, duplicate)

    def _link(self, number: int, values: dict[str, Any]) -> tuple[int | None, str] | None:
        """The row's patient (id, label), (None, "") for a task for no patient; None (with the
        problem noted) when the row's patient cannot be found, or could be more than one."""
        mrn = (values.get("patient_external_id") or "").strip()
        given = values.get("patient_given") or ""
        family = values.get("patient_family") or ""
        full = values.get("patient_name") or ""
        born_value = values.get("patient_birth_date")
        born = born_value[0] if born_value else None
        if mrn:
            found = self.by_mrn.get(_folded_mrn(mrn), [])
            column, what = self.column_of["patient_external_id"], f"the MRN {mrn!r}"
        elif given or family or full:
            if born is None:
                self._problem(
                    number,
                    self.column_of.get("patient_birth_date", ""),
                    "patient_birth_date",
                    "Give the patient's date of birth: a patient is found by name only with it.",
                )
                return None
            if full:
                found = self.by_full_name.get((_fold(full.replace(",", " ")), born), [])
                column, shown = self.column_of["patient_name"], full
            else:
                key = _name_key(given, family, born)
                found = self.by_name.get(key, []) if key else []
                column = self.column_of.get("patient_given") or self.column_of.get(
                    "patient_family", ""
                )
                shown = f"{given} {family}".strip()
            what = f"the name {shown!r} and date of birth {born.isoformat()}"
        else:
            if self.kind is ImportKind.TASKS:
                return None, ""
            self._problem(
                number,
                "",
                "patient_external_id",
                "Say whose record this is: the patient's MRN, or their name and "
                "date of birth, is empty.",
            )
            return None
        if not found:
            self._problem(
                number,
                column,
                "patient",
                f"No patient in the caseload has {what}; import or add the patient first.",
            )
            return None
        ids = sorted({key.id for key in found})
        if len(ids) > 1:
            self._problem(
                number,
                column,
                "patient",
                (
                    f"{len(ids)} patients have {what} (patients {', '.join(map(str, ids))}); give "
                    "the MRN to say which."
                ),
            )
            return None
        return found[0].id, found[0].label

    def _medication(self, patient_id: int, values: dict[str, Any]) -> Medication:
        own = self._fields(Medication, values)
        medication = Medication(patient_id=patient_id, **own)
        if (
            "status" not in own
            and medication.end_date is not None
            and medication.end_date < self.today
        ):
            medication.status = MedicationStatus.STOPPED
        validate_medication(medication)
        return medication

    def _allergy(self, patient_id: int, values: dict[str, Any]) -> Allergy:
        own = self._fields(Allergy, values)
        allergy = Allergy(patient_id=patient_id, **own)
        allergy.substance = plain_term(allergy.substance)
        allergy.reaction = plain_term(allergy.reaction)
        ended = values.get("end_date")
        # An end date makes the allergy inactive, not resolved: in FHIR's AllergyIntolerance,
        # "resolved" means reassessed (by testing or re-exposure) and found gone, which a
        # date alone does not say; "inactive" only says the patient is no longer at risk.
        if "status" not in own and ended is not None and ended[0] <= self.today:
            allergy.status = AllergyStatus.INACTIVE
        validate_allergy(allergy, self.today)
        return allergy

    def _condition(self, patient_id: int, values: dict[str, Any]) -> Condition:
        own = self._fields(Condition, values)
        condition = Condition(patient_id=patient_id, **own)
        condition.description = plain_term(condition.description)
        # FHIR lets a condition with an abatement be inactive, in remission or resolved;
        # an export's end date (Synthea's STOP) means it ended, which is resolved.
        if (
            "status" not in own
            and condition.abatement_date is not None
            and condition.abatement_date <= self.today
        ):
            condition.status = ConditionStatus.RESOLVED
        validate_condition(condition, self.today)
        return condition

    def _appointment(self, number: int, patient_id: int, values: dict[str, Any]) -> Appointment:
        moment: Moment | None = values.get("date")
        if moment is None:
            raise ValidationError("The appointment needs a date.", "start")
        clock = values.get("time")
        if clock is None and moment.clock is None:
            raise ValidationError(
                "Give the appointment's time (a time column, or the time in the date cell).",
                "time" if "time" in self.column_of else "start",
            )
        if clock is not None:  # a time column's time, on the day the date cell says
            moment = _on(moment.day, clock)
        # A time written with a UTC offset is moved to the caseload's zone.
        start = _at(moment, self.zone, "The start", "start")
        minutes = values.get("duration_min")
        end: time | Moment | None = values.get("end_time")
        if minutes is None and end is not None:
            if isinstance(end, time) and end.tzinfo is None:
                finish = datetime.combine(start.date(), end)
            else:
                finish = _at(
                    _on(moment.day, end) if isinstance(end, time) else end,
                    self.zone,
                    "The end",
                    "duration_min",
                )
            if finish <= start:
                raise ValidationError("The appointment ends before it starts.", "duration_min")
            minutes = int((finish - start) / timedelta(minutes=1))
        own = self._fields(Appointment, values)
        own.pop("duration_min", None)
        appointment = Appointment(
            patient_id=patient_id,
            start=start,
            tz=self.zone,
            duration_min=DEFAULT_MINUTES if minutes is None else minutes,
            **own,
        )
        validate_appointment(appointment)
        if appointment.rrule:
            try:
                recurrence.parse_rule(appointment.rrule, appointment.start)
            except ValidationError as error:
                raise ValidationError(str(error), "rrule") from None
        return appointment

    def _task(self, patient_id: int | None, values: dict[str, Any]) -> Task:
        task = Task(patient_id=patient_id, **self._fields(Task, values))
        due: Moment | None = values.get("due_date")
        if task.due_time is not None and task.due_date is not None:
            due = _on(task.due_date, task.due_time)  # a due-time column says the time
        if due is not None and due.clock is not None:
            # The due time, moved to the caseload's zone if it has a UTC offset.
            when = _at(due, self.zone, "The due date", "due_date")
            task.due_date, task.due_time = when.date(), when.time()
        elif task.due_time is not None:
            task.due_time = task.due_time.replace(tzinfo=None)  # no day: refused below
        validate_task(task)
        if task.rrule:
            anchor = datetime.combine(task.due_date or self.today, task.due_time or time())
            try:
                recurrence.parse_rule(task.rrule, anchor)
            except ValidationError as error:
                raise ValidationError(str(error), "rrule") from None
        return task


def _on(day: date, clock: time) -> Moment:
    """A time column's time on `day`, with the UTC offset it was written with, if any."""
    return Moment(day, clock.replace(tzinfo=None), clock.tzinfo)


def _at(moment: Moment, zone: str, what: str, field_name: str) -> datetime:
    """The moment as the clocks in `zone` show it; ValidationError on `field_name` when
    that is outside the dates carebook keeps."""
    try:
        return moment.at(zone, what)
    except ValidationError as error:
        raise ValidationError(f"{error}.", field_name) from None


def _delimiter_name(source: Spreadsheet) -> str:
    from carebook.interop.spreadsheet.reading import DELIMITER_NAMES

    return DELIMITER_NAMES.get(source.delimiter, "delimiter")
