"""One pass over a file's rows, building and checking a record from each.

Each row's cells are read as its mapped fields, the record it becomes built and checked, its
patient found, whether it looks like a duplicate, and what carebook's form would still ask of
it (said, not refused); what the dates show of the file's date order is noted on the way.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from carebook.core import recurrence
from carebook.core.errors import ValidationError
from carebook.core.incomplete import incomplete
from carebook.core.record_keys import RecordKey
from carebook.core.words import translate
from carebook.interop.spreadsheet.cells import (
    CellProblem,
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
from carebook.interop.spreadsheet.column_spec import FieldSpec, ValueType
from carebook.interop.spreadsheet.columns import ImportKind, spec_of
from carebook.interop.spreadsheet.date_order import TELLING_SHAPES, judge_date_order
from carebook.interop.spreadsheet.duplicates import DuplicateFinder
from carebook.interop.spreadsheet.pacing import (
    CHECK_EVERY,
    Cancelled,
    ImportCancelled,
    Progress,
)
from carebook.interop.spreadsheet.patient_links import CaseloadPatients, PatientNotFound
from carebook.interop.spreadsheet.plan_results import (
    DateOrderFinding,
    ImportPlan,
    IncompleteRow,
    PlannedRow,
    RowProblem,
)
from carebook.interop.spreadsheet.row_records import RecordBuilder
from carebook.interop.spreadsheet.sheet import DELIMITER_NAMES, Cell, Spreadsheet
from carebook.store.imports import PatientKey


@dataclass(frozen=True, slots=True)
class _Unreadable:
    """A date cell's problem, as remembered."""

    message: str


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


def _delimiter_name(source: Spreadsheet) -> str:
    listed = DELIMITER_NAMES.get(source.delimiter)
    return translate("SpreadsheetImport", listed or "delimiter")


class PlanningPass:
    """One pass over the rows, building and checking a record from each: rows that can be
    imported go to the plan's `accepted`, the faults of the others to its `problems`."""

    def __init__(
        self,
        plan: ImportPlan,
        patients: Sequence[PatientKey],
        today: date,
        progress: Progress | None,
        cancelled: Cancelled | None,
        existing: Collection[RecordKey] = frozenset(),
    ) -> None:
        self.plan = plan
        self.progress, self.cancelled = progress, cancelled
        self.kind = plan.kind
        self.header = plan.source.header
        self.evidence: dict[Shape, tuple[int, int, str]] = {}
        self.number = 0  # the row being read
        self.readers: list[tuple[int, str, str, Callable[[Cell], Any]]] = [
            (column, name, self.header[column], self._reader(spec_of(plan.kind, name)))
            for column, name in plan.mapping.items()
        ]
        self.column_of = {name: self.header[column] for column, name in plan.mapping.items()}
        self.patients = CaseloadPatients(patients)
        self.duplicates = DuplicateFinder(plan.kind, self.patients, existing)
        self.records = RecordBuilder(today, recurrence.local_zone_name(), self.column_of)

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
                    translate(
                        "SpreadsheetImport",
                        "This row has {cells} cells but the header has {width}: a cell is "
                        "missing, or a line break inside a cell was not quoted.",
                    ).format(cells=len(cells), width=width),
                )
                continue
            if len(cells) > width and any(text_of(cell) for cell in cells[width:]):
                self._problem(
                    row.number,
                    "",
                    "",
                    translate(
                        "SpreadsheetImport",
                        "This row has {cells} cells but the header has {width}: is there a "
                        "{delimiter} inside a cell that was not quoted?",
                    ).format(cells=len(cells), width=width, delimiter=_delimiter_name(plan.source)),
                )
                continue
            self.number = row.number
            self._row(row.number, cells)
        if not plan.rows_read and not plan.file_problem:
            plan.file_problem = translate(
                "SpreadsheetImport",
                "{file} has a header row but no rows below it: there is nothing to import.",
            ).format(file=plan.source.path.name)
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
            return lambda cell: parse_int(cell, minutes=True)
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
            if shape in TELLING_SHAPES and shape not in evidence:
                evidence[shape] = (self.number, column, text_of(cell))
            if isinstance(moment, _Unreadable):
                raise CellProblem(moment.message)
            return moment

        return read

    def finding(self) -> DateOrderFinding:
        """What the dates read showed of the file's date order (see find_date_order)."""
        return judge_date_order(self.evidence, self.header)

    def _build(self, number: int, values: dict[str, Any]) -> PlannedRow | None:
        if self.kind is ImportKind.PATIENTS:
            patient = self.records.patient(values)
            return PlannedRow(number, patient, self.duplicates.of_patient(number, patient))
        try:
            patient_id, label = self.patients.link(values, self.column_of, self.kind)
        except PatientNotFound as problem:
            self._problem(number, problem.column, problem.field, str(problem))
            return None
        record = self.records.for_patient(self.kind, patient_id, values)
        return PlannedRow(
            number,
            record,
            self.duplicates.of_record(number, record),
            label,
            self._incomplete(number, record),
        )

    def _incomplete(self, number: int, record: object) -> tuple[IncompleteRow, ...]:
        """What carebook's form would still ask of the row's record, said, not refused."""
        missing = incomplete(record)
        if not missing:
            return ()
        named = getattr(record, "name", "")
        if isinstance(named, str) and named:
            said = translate(
                "SpreadsheetImport",
                "{name} does not say {what}; imported as incomplete (its form in carebook asks "
                "for it).",
            )
        else:
            said = translate(
                "SpreadsheetImport",
                "It does not say {what}; imported as incomplete (its form in carebook asks for "
                "it).",
            )
        return tuple(
            IncompleteRow(
                number,
                self.column_of.get(item.field, ""),
                item.field,
                said.format(name=named, what=item.what),
            )
            for item in missing
        )
