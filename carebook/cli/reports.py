"""The report sub-commands: a patient's care-plan summary (PDF, HTML, FHIR), medication sheets."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from carebook.cli.common import emit, open_store, output_path, write_pdf
from carebook.cli.refusal import CommandError
from carebook.core.dates import parse_date
from carebook.core.words import translate
from carebook.reports import PAPERS

if TYPE_CHECKING:
    from carebook.store.caseload import Store

#: An ambiguous name lists at most this many of the patients it matches.
LISTED = 20


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `careplan` and `medlist` to the command's sub-commands."""
    careplan = commands.add_parser(
        "careplan",
        help=translate("CliReports", "a patient's care-plan summary as PDF, HTML or FHIR"),
        description=translate(
            "CliReports",
            "Write a patient's care-plan summary: care team, conditions, allergies, "
            "medications, goals, interventions, appointments and tasks.",
        ),
    )
    db_option(careplan)
    _patient_argument(careplan)
    careplan.add_argument(
        "--format",
        choices=("pdf", "html", "fhir"),
        default="pdf",
        help=translate(
            "CliReports", "pdf (default), self-contained html, or a FHIR R4 document Bundle as JSON"
        ),
    )
    careplan.add_argument(
        "--notes",
        action="store_true",
        help=translate("CliReports", "add the patient's most recent notes"),
    )
    _output_arguments(careplan)

    medlist = commands.add_parser(
        "medlist",
        help=translate(
            "CliReports", "a patient's current medication list, or the changes since a date"
        ),
        description=translate(
            "CliReports",
            "Write a patient's current medication list in large print, or with "
            "--changes-since the medications started, stopped and changed since then.",
        ),
    )
    db_option(medlist)
    _patient_argument(medlist)
    medlist.add_argument(
        "--changes-since",
        metavar="YYYY-MM-DD",
        help=translate(
            "CliReports", "the changes from this day to today instead of the current list"
        ),
    )
    medlist.add_argument(
        "--format",
        choices=("pdf", "html"),
        default="pdf",
        help=translate("CliReports", "pdf (default) or self-contained html"),
    )
    _output_arguments(medlist)


def _patient_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "patient",
        metavar="PATIENT",
        help=translate(
            "CliReports", "the patient's carebook id, or a name (or phone, or MRN) to find"
        ),
    )


def _output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate(
            "CliReports", "write to FILE (needed for pdf; html and fhir print otherwise)"
        ),
    )
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        help=translate(
            "CliReports", "paper size (default: as in the window's preferences, else your locale's)"
        ),
    )
    parser.add_argument(
        "--prepared-by",
        metavar="NAME",
        help=translate(
            "CliReports", "who prepared it (default: the name in the window's preferences)"
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Write the report `args` asks for; the exit status."""
    output = output_path(args)
    since = (
        parse_date(args.changes_since, "--changes-since")
        if getattr(args, "changes_since", None)
        else None
    )
    store = open_store(args)
    try:
        patient_id = find_patient(store, args.patient)
        preferences = store.preferences.preferences()
        prepared_by = preferences.coordinator_name if args.prepared_by is None else args.prepared_by
        paper = args.paper or (preferences.paper.value if preferences.paper else None)
        if args.command == "careplan":
            _care_plan(store, patient_id, args, output, prepared_by, paper)
        else:
            _medication_sheet(store, patient_id, since, args, output, prepared_by, paper)
        if output is not None:
            store.preferences.record_output("export", args.command)
    finally:
        store.close()
    return 0


def find_patient(store: Store, text: str) -> int:
    """The patient `text` names: an id, or a search that finds exactly one patient."""
    wanted = text.strip()
    if not wanted:
        raise CommandError(
            translate("CliReports", "PATIENT is empty: give an id or part of a name")
        )
    if wanted.isascii() and wanted.isdigit():
        # A carebook id fits SQLite's 64-bit integers; a longer number is no one's id.
        if len(wanted) > 18 or store.patients.patient(int(wanted)) is None:
            raise CommandError(
                translate("CliReports", "no patient has the id {id}").format(id=wanted)
            )
        return int(wanted)
    found = store.patients.find_patients(wanted, limit=LISTED + 1)
    if not found:
        raise CommandError(
            translate("CliReports", "no patient matches {typed}").format(typed=repr(wanted))
        )
    if len(found) > 1:
        listed = "\n".join(f"  {patient_id:>6}  {name}" for patient_id, name in found[:LISTED])
        refusal = (
            translate(
                "CliReports",
                "{typed} matches more than one patient; give the id of the one you mean:\n"
                "{listed}\n  … and more: narrow the search",
            )
            if len(found) > LISTED
            else translate(
                "CliReports",
                "{typed} matches more than one patient; give the id of the one you mean:\n{listed}",
            )
        )
        raise CommandError(refusal.format(typed=repr(wanted), listed=listed))
    return found[0][0]


def _care_plan(
    store: Store,
    patient_id: int,
    args: argparse.Namespace,
    output: Any,
    prepared_by: str,
    paper: str | None,
) -> None:
    if args.format == "fhir":
        from datetime import datetime  # loaded only by the command that needs it

        # Loaded only by the command that needs it.
        from carebook.interop.fhir.bundle import (
            bundle_json,
            validate,
        )

        # Loaded only by the command that needs it.
        from carebook.interop.fhir.document import patient_bundle

        bundle = patient_bundle(
            store,
            patient_id,
            generated=datetime.now().astimezone(),
            global_ids=store.fhir_links.fhir_global_ids,
        )
        validate(bundle)
        emit(bundle_json(bundle), output)
        return
    from carebook.reports import care_plan_summary  # loaded only by the command that needs it

    summary = care_plan_summary.gather(
        store, patient_id, prepared_by=prepared_by, with_notes=args.notes
    )
    what = translate("CliReports", "Care plan summary")
    _write(care_plan_summary.document(summary), args.format, output, paper, what)


def _medication_sheet(
    store: Store,
    patient_id: int,
    since: Any,
    args: argparse.Namespace,
    output: Any,
    prepared_by: str,
    paper: str | None,
) -> None:
    from carebook.reports import medication_sheets  # loaded only by the command that needs it

    try:
        sheet = medication_sheets.gather(store, patient_id, since=since, prepared_by=prepared_by)
    except ValueError as error:
        raise CommandError(str(error)) from None
    _write(
        medication_sheets.document(sheet),
        args.format,
        output,
        paper,
        translate("CliReports", "Medication list")
        if since is None
        else translate("CliReports", "Medication changes"),
    )


def _write(document: Any, format_name: str, output: Any, paper: str | None, what: str) -> None:
    if format_name == "html":
        # Loaded only by the command that needs it.
        from carebook.reports import (
            html_page,
            locale_paper,
        )

        emit(html_page.render(document, paper or locale_paper()), output)
        return
    write_pdf(document, output, paper, what)
