"""The `export` sub-command: a list as CSV, or the appointments as an iCalendar file.

`carebook export patients|medications|appointments|tasks --format csv` writes the rows the
window's list shows, with its columns and headings, as File → Export list as CSV does (UTF-8
with a BOM, RFC 4180, any cell a spreadsheet would run as a formula kept as text).
`carebook export appointments --format ics` writes the appointments for a calendar (see
carebook.interop.icalendar_export for what goes in).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carebook.cli.common import emit, open_store, output_path
from carebook.cli.refusal import CommandError
from carebook.cli.reports import find_patient
from carebook.core.dates import parse_date
from carebook.core.list_columns import LIST_COLUMNS
from carebook.core.views import ListQuery
from carebook.core.words import translate
from carebook.storage.listings import LISTINGS

if TYPE_CHECKING:
    from carebook.store.caseload import Store

#: Rows read from the store at a time (as the window's export does).
BATCH = 2000


KINDS = tuple(LIST_COLUMNS)
#: The whole caseload, for --format fhir.
ALL = "all"
FORMATS = ("csv", "ics", "fhir")


def _filters_help() -> str:
    default = translate("CliExport", "{filter} (default)")
    return "; ".join(
        f"{kind}: "
        + ", ".join(
            default.format(filter=name) if n == 0 else name
            for n, name in enumerate(LISTINGS[kind].filters)
        )
        for kind in KINDS
    )


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `export` to the command's sub-commands."""
    export = commands.add_parser(
        "export",
        help=translate(
            "CliExport",
            "write a list as CSV, the appointments as an iCalendar file, or the "
            "whole caseload as FHIR",
        ),
        description=translate(
            "CliExport",
            "Write the patients, medications, appointments or tasks list as CSV, with "
            "the columns the window shows (UTF-8, for spreadsheets); with "
            "--format ics the appointments as an iCalendar (.ics) file for a phone's "
            "or a desktop's calendar; or with `export all --format fhir` the whole "
            "caseload as one FHIR R4 Bundle (JSON), which `carebook import --kind "
            "fhir` reads back. In the calendar every series is written whole, "
            "as one repeating event (with its removed visits left out and its moved "
            "or cancelled visits as changes of it), so --from and --to choose which "
            "appointments and series go in (those with a visit in the range), not "
            "which of their visits; importing the file again updates its events "
            "rather than adding copies. Booked, done and no-show visits are "
            "confirmed events (the description says done or no-show); cancelled "
            "ones are cancelled events.",
        ),
    )
    db_option(export)
    export.add_argument(
        "kind",
        choices=(*KINDS, ALL),
        metavar="KIND",
        help=translate("CliExport", "what to export: {kinds}, or all (with --format fhir)").format(
            kinds=", ".join(KINDS)
        ),
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        default="csv",
        help=translate("CliExport", "csv (default), ics for appointments, or fhir for all"),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate(
            "CliExport", "write to FILE (written whole, readable by you alone) instead of printing"
        ),
    )
    export.add_argument(
        "--patient",
        metavar="PATIENT",
        help=translate(
            "CliExport", "only this patient: a carebook id, or a name (or phone, or MRN) to find"
        ),
    )
    export.add_argument(
        "--filter",
        metavar="NAME",
        help=translate("CliExport", "csv: the list's filter, as in the window ({filters})").format(
            filters=_filters_help()
        ),
    )
    export.add_argument(
        "--search",
        metavar="TEXT",
        help=translate("CliExport", "csv: only the rows the window's search for TEXT shows"),
    )
    export.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        help=translate(
            "CliExport",
            "appointments and tasks: from this day (for ics: the series with "
            "a visit from this day)",
        ),
    )
    export.add_argument(
        "--to",
        dest="date_to",
        metavar="YYYY-MM-DD",
        help=translate("CliExport", "appointments and tasks: to this day, included"),
    )
    export.add_argument(
        "--no-documents",
        dest="documents",
        action="store_false",
        help=translate(
            "CliExport",
            "fhir: name each patient's documents without their files (a smaller Bundle; "
            "importing it keeps no document)",
        ),
    )
    export.add_argument(
        "--indent",
        action="store_true",
        help=translate(
            "CliExport",
            "fhir: indented JSON for reading by eye (about twice the size); compact JSON, "
            "an entry a line, is the default",
        ),
    )
    export.add_argument(
        "--validate",
        action="store_true",
        help=translate(
            "CliExport",
            "fhir: also check every resource against the FHIR R4 models and the caseload's "
            "rules as an import would (several times slower); the first problem is named and "
            "nothing is written",
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Write the export `args` asks for; the exit status."""
    if args.format != "fhir" and (args.indent or args.validate):
        raise CommandError(
            translate("CliExport", "--indent and --validate go with `export all --format fhir`")
        )
    if args.kind == ALL or args.format == "fhir":
        return _whole_caseload(args)
    first = parse_date(args.date_from, "--from") if args.date_from else None
    last = parse_date(args.date_to, "--to") if args.date_to else None
    if first and last and first > last:
        raise CommandError(
            translate("CliExport", "--from {first} is after --to {last}").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )
    if (first or last) and not LISTINGS[args.kind].date_column:
        raise CommandError(
            translate(
                "CliExport", "--from and --to go with appointments and tasks, not {kind}"
            ).format(kind=args.kind)
        )
    if args.format == "ics":
        if args.kind != "appointments":
            raise CommandError(translate("CliExport", "--format ics exports appointments only"))
        if args.filter or args.search:
            raise CommandError(
                translate(
                    "CliExport",
                    "--filter and --search go with --format csv; for a calendar "
                    "choose the appointments with --patient, --from and --to",
                )
            )
    elif args.filter and args.filter not in LISTINGS[args.kind].filters:
        raise CommandError(
            translate("CliExport", "{kind} has no filter {filter}; choose one of {filters}").format(
                kind=args.kind,
                filter=repr(args.filter),
                filters=", ".join(LISTINGS[args.kind].filters),
            )
        )
    output = output_path(args)
    store = open_store(args)
    try:
        patient_id = find_patient(store, args.patient) if args.patient is not None else None
        if args.format == "ics":
            said = _calendar(store, output, first, last, patient_id)
            what = "calendar"
        else:
            query = ListQuery(
                search=args.search or "",
                filter=args.filter or "",
                patient_id=patient_id,
                date_from=first,
                date_to=last,
            )
            said = _csv(store, args.kind, query, output)
            what = args.kind
        if output is not None:
            store.preferences.record_output("export", what)
    finally:
        store.close()
    if output is not None:
        print(said)
    return 0


def _whole_caseload(args: argparse.Namespace) -> int:
    """`export all --format fhir`: every record, as one FHIR Bundle."""
    if args.kind != ALL or args.format != "fhir":
        raise CommandError(
            translate(
                "CliExport",
                "the whole caseload is exported with `export all --format fhir`; "
                "a list goes as csv (appointments also as ics)",
            )
        )
    narrowing = [
        flag
        for flag, given in (
            ("--patient", args.patient),
            ("--filter", args.filter),
            ("--search", args.search),
            ("--from", args.date_from),
            ("--to", args.date_to),
        )
        if given
    ]

    if narrowing:
        raise CommandError(
            translate(
                "CliExport",
                "{options} cannot narrow the whole caseload; for one "
                "patient's record use `carebook careplan PATIENT --format fhir`",
            ).format(options=", ".join(narrowing))
        )
    # Loaded only by the command that needs it.
    from carebook.interop.fhir.caseload import write_caseload
    from carebook.reports import write_streamed  # loaded only by the command that needs it

    output = output_path(args)
    options = {"documents": args.documents, "indent": args.indent, "validate": args.validate}
    store = open_store(args)
    try:
        if output is None:
            # Streamed as it is made: a fault found late leaves a partial Bundle on stdout,
            # and the command fails (the message says why).
            write_caseload(store, sys.stdout, **options)
            return 0
        try:
            # Patient by patient into a temporary file beside the output, renamed into place
            # once all is written and checked: memory stays bounded, never half a file.
            write_streamed(output, lambda stream: write_caseload(store, stream, **options))
        except OSError as error:
            raise CommandError(
                translate("CliExport", "cannot write {path}: {error}").format(
                    path=output, error=error.strerror or error
                )
            ) from None
        store.preferences.record_output("export", "caseload")
        patients = store.counts().patients
    finally:
        store.close()
    said = (
        translate("CliExport", "The whole caseload (1 patient) written to {output} as FHIR R4.")
        if patients == 1
        else translate(
            "CliExport", "The whole caseload ({n} patients) written to {output} as FHIR R4."
        )
    )
    print(said.format(n=patients, output=output))
    return 0


def csv_rows(store: Store, kind: str, query: ListQuery) -> tuple[list[str], list[list[str]]]:
    """The headings and the rows of the list `kind` for `query`, as the window shows them."""
    columns = LIST_COLUMNS[kind]
    total = store.lists.list_count(kind, query)
    rows = []
    for offset in range(0, total, BATCH):
        for row in store.lists.list_records(kind, query, offset, BATCH):
            rows.append([column.show(getattr(row, column.key)) for column in columns])
    return [column.heading for column in columns], rows


def _csv(store: Store, kind: str, query: ListQuery, output: Path | None) -> str:
    from carebook.interop.csv_export import to_csv  # loaded only by the command that needs it

    header, rows = csv_rows(store, kind, query)
    emit(to_csv(header, rows), output)
    said = (
        translate("CliExport", "{kind}: 1 row written to {output}.")
        if len(rows) == 1
        else translate("CliExport", "{kind}: {n} rows written to {output}.")
    )
    return said.format(kind=kind.capitalize(), n=len(rows), output=output)


def _calendar(
    store: Store, output: Path | None, first: date | None, last: date | None, patient_id: int | None
) -> str:
    # Loaded only by the command that needs it.
    from carebook.interop.icalendar_export import appointments_calendar

    export = appointments_calendar(
        store, generated=datetime.now(UTC), first=first, last=last, patient_id=patient_id
    )
    if not export.events:
        if patient_id and (first or last):
            said = translate(
                "CliExport",
                "no appointment of that patient has a visit in that range; nothing was written",
            )
        elif patient_id:
            said = translate(
                "CliExport", "no appointment of that patient is booked; nothing was written"
            )
        elif first or last:
            said = translate(
                "CliExport", "no appointment has a visit in that range; nothing was written"
            )
        else:
            said = translate("CliExport", "no appointment is booked; nothing was written")
        raise CommandError(said)
    emit(export.text(), output)
    if export.left_out:
        said = (
            translate(
                "CliExport",
                "carebook: warning: 1 appointment left out: dated outside the dates carebook "
                "keeps, or repeating by a rule that no longer reads; `carebook check` names them",
            )
            if export.left_out == 1
            else translate(
                "CliExport",
                "carebook: warning: {n} appointments left out: dated outside the dates carebook "
                "keeps, or repeating by a rule that no longer reads; `carebook check` names them",
            )
        )
        print(said.format(n=export.left_out), file=sys.stderr)
    series = (
        translate("CliExport", "1 series")
        if export.series == 1
        else translate("CliExport", "{n} series").format(n=export.series)
    )
    changed = (
        translate("CliExport", "1 visit")
        if export.changed == 1
        else translate("CliExport", "{n} visits").format(n=export.changed)
    )
    single = (
        translate("CliExport", "1 single appointment")
        if export.single == 1
        else translate("CliExport", "{n} single appointments").format(n=export.single)
    )
    return translate(
        "CliExport", "Calendar written to {output}: {series} ({changed} changed) and {single}."
    ).format(output=output, series=series, changed=changed, single=single)
