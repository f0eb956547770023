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

4. ``patients = store.imports.patient_keys()`` and
   ``existing = store.imports.record_keys(kind.value)`` on the store's own thread, then
   ``plan = plan_import(source, kind, mapping, patients, today=store.today(),
   date_order=None, progress=None, cancelled=None, existing=existing)``
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
   - ``plan.incomplete``: IncompleteRow(row, column, field, message) for each accepted row
     whose record lacks something carebook's form asks for (an as-needed medication that does
     not say what for): imported all the same, and said.
   - ``plan.problems``: RowProblem(row, column, field, message) for each fault, several per
     row when several cells are wrong; ``plan.invalid_rows`` their row numbers. Row numbers
     count as a spreadsheet does: the header is row 1.
   - ``plan.duplicates``: Duplicate(row, reason, patient_id | of_row, existing) for each
     likely duplicate: same MRN, or same folded name and date of birth, as a patient in the
     caseload (``patient_id``) or as an earlier row of the file (``of_row``); for a linked
     kind, the same core.record_keys.same_record_key (patient, and the same drug and start date,
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

6. ``result = store.imports.apply_import(batch)`` (carebook.store.imports) on the store's thread ->
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

Every name above is importable from here; where each part lives: the file in `reading`, the
columns in `columns` (the fields of each kind in `patient_columns` and `record_columns`), the
cells in `cells` and `choices_and_numbers`, the date order in `date_order`, the plan and its
batch in `plan_results`, and the pass over the rows in `planning_pass` (a row's patient found by
`patient_links`, its record built by `row_records`, its likely duplicate found by `duplicates`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

from carebook.core.record_keys import RecordKey
from carebook.core.words import translate
from carebook.interop.spreadsheet.cells import DateOrder, Shape
from carebook.interop.spreadsheet.columns import (
    ColumnMapping,
    ImportKind,
    MappingError,
    check_mapping,
    fields_for,
    mapping_from_names,
    propose_mapping,
)
from carebook.interop.spreadsheet.date_order import find_date_order
from carebook.interop.spreadsheet.pacing import CHECK_EVERY, Cancelled, ImportCancelled, Progress
from carebook.interop.spreadsheet.plan_results import (
    DateOrderFinding,
    DateOrderQuestion,
    Duplicate,
    DuplicateChoice,
    ImportPlan,
    ImportRefused,
    IncompleteRow,
    PlannedRow,
    RowProblem,
)
from carebook.interop.spreadsheet.planning_pass import PlanningPass
from carebook.interop.spreadsheet.reading import open_spreadsheet
from carebook.interop.spreadsheet.sheet import Spreadsheet, SpreadsheetError
from carebook.store.imports import ImportBatch, PatientKey

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
    "IncompleteRow",
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
    `patients` (store.imports.patient_keys()) and, for linked kinds, the records already there
    (`existing`: store.imports.record_keys(kind)), and say what importing it would do. Writes
    nothing."""
    check_mapping(source.header, kind, mapping)
    mapping = {column: name for column, name in mapping.items() if name}
    plan = ImportPlan(kind=kind, source=source, mapping=mapping, date_order=date_order)
    if date_order is not None and date_order is not DateOrder.YMD:
        plan.date_order_note = translate(
            "SpreadsheetImport", "dates read as {order}, as asked"
        ).format(order=date_order.label)
    try:
        planner = PlanningPass(plan, patients, today, progress, cancelled, existing)
        planner.run()
        if date_order is None:
            finding = planner.finding()
            if finding.question is not None:
                return replace(
                    ImportPlan(kind=kind, source=source, mapping=mapping), question=finding.question
                )
            plan.date_order_note = finding.note
            plan.date_order_shown_by = finding.shown_by
            if finding.order is not None and Shape.EITHER in planner.evidence:
                # Some dates waited for the order the others showed: read the rows again.
                plan = ImportPlan(
                    kind=kind,
                    source=source,
                    mapping=mapping,
                    date_order=finding.order,
                    date_order_note=finding.note,
                    date_order_shown_by=finding.shown_by,
                )
                PlanningPass(plan, patients, today, progress, cancelled, existing).run()
            plan.date_order = finding.order
    except SpreadsheetError as error:
        plan.file_problem = str(error)
    return plan
