"""`carebook import FILE`: patients, or their medications, appointments, tasks, allergies or
conditions, from a CSV or .xlsx file, all in one go or not at all.

Exit status: 0 imported (or, with --dry-run, would import) every row, those listed as
incomplete too (an as-needed medication that does not say what for: carebook's form asks for
it, an import keeps it and says so); also with --skip-invalid when some rows were left out.
1 nothing imported: rows that cannot be imported (listed with their row numbers and why), a
file that cannot be read, dates whose order must be given with --date-order, or a write the
caseload refused. 2 a usage problem (an unknown column in --map, no column for the names) or
the caseload open in the window; 3 a caseload file carebook cannot open. The caseload is locked
against the window while the import runs, unless --dry-run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carebook.cli.common import open_store
from carebook.cli.fhir_import import run_fhir_import
from carebook.cli.import_outcome import outcome, rows_text
from carebook.cli.refusal import CommandError
from carebook.core.errors import SaveError, ValidationError
from carebook.core.words import translate

# Loaded only by the command that needs it.
from carebook.interop.spreadsheet.columns import (
    ImportKind,
    MappingError,
    check_mapping,
    mapping_from_names,
    propose_mapping,
    spec_of,
)
from carebook.interop.spreadsheet.plan import (
    DateOrder,
    DuplicateChoice,
    ImportPlan,
    plan_import,
)
from carebook.interop.spreadsheet.reading import open_spreadsheet
from carebook.interop.spreadsheet.sheet import SpreadsheetError
from carebook.storage.paths import caseload_path
from carebook.storage.side_files import remove_with_side_files

if TYPE_CHECKING:
    from carebook.store.caseload import Store

EXIT_NOT_IMPORTED = 1
#: The --kind for FHIR files (handled by carebook.cli.fhir_import).
FHIR = "fhir"
#: Problems listed one by one at most; the rest are counted.
LISTED = 200


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `import` to the command's sub-commands."""
    parser = commands.add_parser(
        "import",
        help=translate(
            "CliImports",
            "import patients, medications, appointments, tasks, allergies "
            "or conditions from CSV or .xlsx, or patient records from FHIR files",
        ),
        description=translate(
            "CliImports",
            "Import the rows of a CSV or Excel (.xlsx) file: patients, or the "
            "medications, appointments, tasks, allergies or conditions of patients "
            "already in the caseload "
            "(found by MRN, or by name and date of birth). Columns are matched from "
            "their headers (e.g. First name, Surname, DOB, Postcode, MRN); --map "
            "changes that. Every row is checked first: unless --skip-invalid, one row "
            "that cannot be imported means none is. Prints a report with the row "
            "numbers (the header is row 1) of every problem. With --kind fhir, the "
            "files are an EHR's FHIR R4 download (Bundle JSON, or bulk NDJSON files "
            "given together); importing the same records again makes nothing twice.",
        ),
    )
    db_option(parser)
    parser.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help=translate(
            "CliImports", "the CSV or .xlsx file (with --kind fhir: one or more FHIR files)"
        ),
    )
    parser.add_argument(
        "--kind",
        required=True,
        choices=[*(kind.value for kind in ImportKind), FHIR],
        help=translate("CliImports", "what each row is, or fhir for FHIR files"),
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=translate(
            "CliImports",
            "import the column COLUMN (its header) as FIELD, or not at all "
            "with COLUMN= ; may be given many times. The report lists the "
            "fields, as does a wrong FIELD",
        ),
    )
    parser.add_argument(
        "--date-order",
        choices=[order.value for order in DateOrder],
        help=translate(
            "CliImports",
            "how the file writes dates like 03/04/1941: day/month/year, "
            "month/day/year, or all year first (needed when no date in the "
            "file tells)",
        ),
    )
    parser.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("CliImports", "the worksheet of an .xlsx file (default: the first)"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CliImports", "check the file and report, writing nothing"),
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("CliImports", "import the rows that can be, leaving out those that cannot"),
    )
    parser.add_argument(
        "--duplicates",
        choices=("skip", "merge", "add"),
        default="skip",
        help=translate(
            "CliImports",
            "a row that looks like a record already there (a patient with "
            "the same MRN, or the same name and date of birth; the same "
            "medication and start date of the same patient, and so on): skip "
            "it (default), merge a patient, filling that patient's empty "
            "fields and never overwriting, or add it anyway",
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Import the file (or FHIR files) `args` names; the exit status."""
    files = [Path(name).expanduser() for name in args.files]
    if args.kind == FHIR:
        spreadsheet_only = [
            flag
            for flag, given in (
                ("--map", args.map),
                ("--date-order", args.date_order),
                ("--sheet", args.sheet),
                ("--duplicates", args.duplicates != "skip"),
            )
            if given
        ]
        if spreadsheet_only:
            said = (
                translate(
                    "CliImports", "{options} applies only to spreadsheets, not to --kind fhir"
                )
                if len(spreadsheet_only) == 1
                else translate(
                    "CliImports", "{options} apply only to spreadsheets, not to --kind fhir"
                )
            )
            raise CommandError(said.format(options=", ".join(spreadsheet_only)))

        return run_fhir_import(files, args)
    if len(files) > 1:
        raise CommandError(
            translate(
                "CliImports",
                "import one spreadsheet at a time (several files go together only with "
                "--kind fhir)",
            )
        )
    kind = ImportKind(args.kind)
    try:
        source = open_spreadsheet(files[0], args.sheet)
    except SpreadsheetError as error:
        print(
            translate("CliImports", "carebook: nothing was imported: {error}").format(error=error),
            file=sys.stderr,
        )
        return EXIT_NOT_IMPORTED
    mapping = _mapping(source.header, kind, args.map)
    order = DateOrder(args.date_order) if args.date_order else None
    choice = DuplicateChoice(args.duplicates)
    if choice is DuplicateChoice.MERGE and kind is not ImportKind.PATIENTS:
        raise CommandError(
            translate(
                "CliImports",
                "--duplicates merge is for patients; for {kind}, skip a likely duplicate or add "
                "it anyway",
            ).format(kind=kind.value)
        )
    path = caseload_path(getattr(args, "db", None))
    store: Store | None = None
    if path.exists():
        store = open_store(args, writing=not args.dry_run)
    try:
        plan = _plan(source, kind, mapping, order, store)
        _report(plan, choice, args.skip_invalid)
        if plan.question is not None:
            other = "--date-order dmy or --date-order mdy"
            print(
                translate(
                    "CliImports", "Nothing was imported: {question} Run again with {other}."
                ).format(question=plan.question.message, other=other)
            )
            return EXIT_NOT_IMPORTED
        if plan.file_problem:
            print(
                translate("CliImports", "Nothing was imported: {error}").format(
                    error=plan.file_problem
                )
            )
            return EXIT_NOT_IMPORTED
        invalid = len(plan.invalid_rows)
        if invalid and not args.skip_invalid:
            said = (
                translate(
                    "CliImports",
                    "Nothing was imported: 1 row cannot be imported. Correct it, or import the "
                    "other rows with --skip-invalid.",
                )
                if invalid == 1
                else translate(
                    "CliImports",
                    "Nothing was imported: {n} rows cannot be imported. Correct them, or import "
                    "the other rows with --skip-invalid.",
                )
            )
            print(said.format(n=f"{invalid:,}"))
            return EXIT_NOT_IMPORTED
        batch = plan.batch(choice, skip_invalid=args.skip_invalid)
        would = outcome(plan, choice, len(_records(batch)), args.skip_invalid, done=False)
        if args.dry_run:
            print(
                translate(
                    "CliImports", "Dry run, nothing was written: importing would {what}."
                ).format(what=would)
            )
            return 0
        if batch.empty:
            print(translate("CliImports", "Nothing to import: {what}.").format(what=would))
            return 0
        made = False
        if store is None:
            made = not path.exists()
            store = open_store(args, writing=True)  # a new caseload, made only now
            if store.imports.patient_keys():  # made by someone else meanwhile: plan against it
                plan = _plan(source, kind, mapping, order, store)
                batch = plan.batch(choice, skip_invalid=args.skip_invalid)
        try:
            result = store.imports.apply_import(batch)
        except (ValidationError, SaveError, LookupError) as error:
            if made:  # the empty caseload made for it goes too
                store.close()
                store = None
                remove_with_side_files(path)
            print(translate("CliImports", "Nothing was imported: {error}").format(error=error))
            return EXIT_NOT_IMPORTED
        done = outcome(plan, choice, result.added, args.skip_invalid, done=True)
        print(
            translate("CliImports", "Imported into {path}: {what}.").format(
                path=store.path, what=done
            )
        )
        return 0
    finally:
        if store is not None:
            store.close()


def _mapping(header: list[str], kind: ImportKind, choices: list[str]) -> dict[int, str]:
    named: dict[str, str] = {}
    for choice in choices:
        column, equals, field_name = choice.rpartition("=")
        if not equals or not column.strip():
            raise CommandError(
                translate(
                    "CliImports",
                    "--map {choice}: write it as COLUMN=FIELD, e.g. "
                    "\"--map 'Birth date=birth_date'\" (or COLUMN= to leave it out)",
                ).format(choice=repr(choice))
            )
        named[column] = field_name
    try:
        mapping = mapping_from_names(header, kind, named, propose_mapping(header, kind))
        check_mapping(header, kind, mapping)
    except MappingError as error:
        fields = ", ".join(spec.name for spec in _fields(kind))
        raise CommandError(
            translate(
                "CliImports", "{error} (--map COLUMN=FIELD; the fields for {kind}: {fields})"
            ).format(error=error, kind=kind.value, fields=fields)
        ) from None
    return mapping


def _fields(kind: ImportKind) -> list[Any]:
    # Loaded only by the command that needs it.
    from carebook.interop.spreadsheet.columns import fields_for

    return list(fields_for(kind))


def _plan(
    source: Any,
    kind: ImportKind,
    mapping: dict[int, str],
    order: DateOrder | None,
    store: Store | None,
) -> ImportPlan:
    patients = store.imports.patient_keys() if store is not None else []
    today = store.today() if store is not None else date.today()
    existing = store.imports.record_keys(kind.value) if store is not None else set()
    return plan_import(
        source, kind, mapping, patients, today=today, date_order=order, existing=existing
    )


def _records(batch: Any) -> list[Any]:
    return [
        *batch.patients,
        *batch.medications,
        *batch.appointments,
        *batch.tasks,
        *batch.allergies,
        *batch.conditions,
    ]


def _report(plan: ImportPlan, choice: DuplicateChoice, skip_invalid: bool) -> None:
    source = plan.source
    patients = plan.kind is ImportKind.PATIENTS
    read = (
        translate("CliImports", "{rows} read").format(rows=rows_text(plan.rows_read))
        if plan.question is None
        else translate("CliImports", "rows not read yet")
    )
    if plan.blank_rows:
        read = translate("CliImports", "{read}, {n} blank skipped").format(
            read=read, n=f"{plan.blank_rows:,}"
        )
    order = f"; {plan.date_order_note}" if plan.date_order_note else ""
    print(f"{source.path.name} ({source.describe()}{order}): {read}.")
    used = [
        f"{source.header[column]} -> {spec_of(plan.kind, name).label}"
        for column, name in sorted(plan.mapping.items())
    ]
    print(translate("CliImports", "Columns: {columns}.").format(columns="; ".join(used)))
    ignored = [
        name for column, name in enumerate(source.header) if column not in plan.mapping and name
    ]
    if ignored:
        print(
            translate("CliImports", "Not imported: {columns}.").format(columns=", ".join(ignored))
        )
    duplicates = plan.duplicates
    if duplicates:
        what = {
            DuplicateChoice.SKIP: translate(
                "CliImports", "skipped; --duplicates merge fills their empty fields instead"
            )
            if patients
            else translate("CliImports", "skipped; --duplicates add imports them anyway"),
            DuplicateChoice.MERGE: translate(
                "CliImports", "merged: empty fields filled from the row, nothing overwritten"
            ),
            DuplicateChoice.ADD: translate("CliImports", "added anyway"),
        }[choice]
        print(
            translate("CliImports", "Likely duplicates: {n} ({what}).").format(
                n=f"{len(duplicates):,}", what=what
            )
        )
        for duplicate in duplicates[:LISTED]:
            print(f"  {duplicate}")
        _more(len(duplicates))
    incomplete = [
        note
        for row in plan.accepted
        if row.duplicate is None or choice is DuplicateChoice.ADD
        for note in row.incomplete
    ]
    if incomplete:
        rows = len({note.row for note in incomplete})
        said = (
            translate(
                "CliImports",
                "Incomplete: 1 row imported all the same; complete it in carebook, whose form "
                "asks for what is missing.",
            )
            if rows == 1
            else translate(
                "CliImports",
                "Incomplete: {n} rows imported all the same; complete them in carebook, whose "
                "form asks for what is missing.",
            )
        )
        print(said.format(n=f"{rows:,}"))
        for note in incomplete[:LISTED]:
            print(f"  {note}")
        _more(len(incomplete))
    if plan.problems:
        said = (
            translate("CliImports", "Invalid rows: {n} (left out).")
            if skip_invalid
            else translate("CliImports", "Invalid rows: {n} (nothing imported).")
        )
        print(said.format(n=f"{len(plan.invalid_rows):,}"))
        for problem in plan.problems[:LISTED]:
            print(f"  {problem}")
        _more(len(plan.problems))


def _more(count: int) -> None:
    if count > LISTED:
        print(translate("CliImports", "  … and {n} more.").format(n=f"{count - LISTED:,}"))
