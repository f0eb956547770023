"""`carebook reconcile`: a discharge medication list set beside the patient's, and applied."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carebook.cli.common import (
    checked_output,
    emit,
    open_store,
    output_path,
    write_pdf,
)
from carebook.cli.refusal import CommandError
from carebook.core.calendar_words import day_text
from carebook.core.words import translate
from carebook.storage.paths import caseload_path

if TYPE_CHECKING:  # the comparison and the file readers load with the command
    from carebook.core.reconciliation import ComparisonLine, DischargeList


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `reconcile` to the sub-commands."""
    reconcile = commands.add_parser(
        "reconcile",
        help=translate(
            "CliReconcile", "compare a discharge medication list with a patient's, and apply it"
        ),
        description=translate(
            "CliReconcile",
            "Read a discharge medication list (FHIR Bundle or NDJSON, a C-CDA "
            "document, or a spreadsheet) and set it beside the patient's current medications: "
            "continued, changed, new, stopped, not on the discharge list. Without --accept nothing "
            "is changed; with it, the lines named are applied as one change, each dated "
            "'hospital discharge <date>' in the medication's history, and the reconciliation kept.",
        ),
    )
    db_option(reconcile)
    reconcile.add_argument(
        "patient",
        metavar="PATIENT",
        help=translate("CliReconcile", "the patient's carebook id, or a name, phone or MRN"),
    )
    reconcile.add_argument(
        "files", metavar="FILE", nargs="+", type=Path, help=translate("CliReconcile", "the list")
    )
    reconcile.add_argument(
        "--accept",
        metavar="LINES",
        help=translate(
            "CliReconcile",
            "apply these lines: 'all', or numbers like 1,3,5-7 (continued lines change nothing)",
        ),
    )
    reconcile.add_argument(
        "--same-patient",
        action="store_true",
        help=translate(
            "CliReconcile",
            "apply the list although its patient's name or birth date differ from ours",
        ),
    )
    reconcile.add_argument(
        "--by",
        metavar="NAME",
        help=translate("CliReconcile", "who reconciled it (default: the name in the preferences)"),
    )
    reconcile.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=translate("CliReconcile", "text (default) or json"),
    )
    reconcile.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("CliReconcile", "write to FILE, not the screen"),
    )
    reconcile.add_argument(
        "--sheet",
        metavar="FILE",
        type=Path,
        help=translate(
            "CliReconcile",
            "with --accept: also write the one-page 'medication changes after discharge' "
            "sheet for the family and the GP (PDF, or HTML for a name ending .html)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    # Loaded only by the command that needs it.
    from carebook.cli.reports import find_patient
    from carebook.core.reconciliation import compare, parse_accepted, patient_differences
    from carebook.interop.discharge import DischargeFileError, read_discharge

    output = output_path(args)
    sheet = None
    if args.sheet is not None:
        if not args.accept:
            raise CommandError(
                translate("CliReconcile", "--sheet needs --accept: the sheet says what was applied")
            )
        sheet = checked_output(args.sheet, caseload_path(getattr(args, "db", None)))
    try:
        listed = read_discharge(args.files)
    except DischargeFileError as error:
        raise CommandError(str(error)) from None
    if not listed.lines:
        raise CommandError(
            translate("CliReconcile", "{source} lists no medicine; nothing to compare").format(
                source=listed.source
            )
        )
    store = open_store(args, writing=bool(args.accept))
    try:
        patient_id = find_patient(store, args.patient)
        patient = store.patients.patient(patient_id)
        assert patient is not None
        differences = patient_differences(patient.given, patient.family, patient.birth_date, listed)
        lines = compare(store.medications.medications(patient_id), listed.lines)
        applied = None
        accepted: set[int] = set()
        if args.accept:
            if differences and not args.same_patient:
                raise CommandError(
                    translate(
                        "CliReconcile",
                        "this list may not be {name}'s: {differences}. "
                        "Check it, then give --same-patient to apply it anyway",
                    ).format(name=patient.display_name, differences="; ".join(differences))
                )
            try:
                accepted = parse_accepted(args.accept, lines)
            except ValueError as error:
                raise CommandError(str(error)) from None
            by = args.by or store.preferences.preferences().coordinator_name
            applied = store.reconciliations.reconcile(
                patient_id,
                lines,
                accepted,
                source=listed.source,
                reconciled_by=by,
                discharged_on=listed.written_on,
            )
            if sheet is not None:
                _write_sheet(store, applied.id, sheet)
    finally:
        store.close()
    if args.format == "json":
        text = json.dumps(
            {
                "patient_id": patient_id,
                "patient": patient.display_name,
                "source": listed.source,
                "discharged_on": listed.written_on.isoformat() if listed.written_on else None,
                "patient_differences": differences,
                "problems": list(listed.problems),
                "lines": [_json(line, line.number in accepted) for line in lines],
                "applied": applied is not None,
                "reconciliation_id": applied.id if applied is not None else None,
            },
            indent=2,
            ensure_ascii=False,
        )
    else:
        text = _text(
            patient.display_name, listed, lines, differences, applied is not None, accepted
        )
    emit(text + "\n", output)
    return 0


def _write_sheet(store: Any, reconciliation_id: int | None, output: Path) -> None:
    """The printable sheet of the reconciliation just kept."""
    # Loaded with the command, not with every start of carebook.
    from carebook.reports import html_page, locale_paper, reconciliation_sheet

    assert reconciliation_id is not None
    gathered = reconciliation_sheet.gather(store, reconciliation_id)
    document = reconciliation_sheet.document(gathered)
    paper = store.preferences.preferences().paper
    if output.suffix.casefold() in (".html", ".htm"):
        emit(html_page.render(document, paper or locale_paper()), output)
    else:
        what = translate("CliReconcile", "The medication changes sheet")
        write_pdf(document, output, paper, what)
    store.preferences.record_output("print", "reconciliation")


def _json(line: ComparisonLine, accepted: bool) -> dict[str, Any]:
    # Loaded with the command, not with every start of carebook.
    from carebook.core.reconciliation import discharge_text
    from carebook.store.medications import dose_text

    return {
        "line": line.number,
        "change": line.change.value,
        "medication": line.name,
        "medication_id": line.current.id if line.current is not None else None,
        "now": dose_text(line.current) if line.current is not None else "",
        "discharge": discharge_text(line.discharge),
        "differences": list(line.differences),
        "accepted": accepted,
    }


def _text(
    name: str,
    listed: DischargeList,
    lines: Sequence[ComparisonLine],
    differences: Sequence[str],
    applied: bool,
    accepted: set[int],
) -> str:
    # Loaded with the command, not with every start of carebook.
    from carebook.core.reconciliation import discharge_text
    from carebook.store.medications import dose_text

    heading = (
        translate("CliReconcile", "Discharge list of {day} ({source}) beside {name}'s medications:")
        if listed.written_on
        else translate("CliReconcile", "Discharge list ({source}) beside {name}'s medications:")
    )
    day = day_text(listed.written_on) if listed.written_on else ""
    out = [heading.format(day=day, source=listed.source, name=name)]
    out += [
        translate("CliReconcile", "  Note: {difference}").format(difference=difference)
        for difference in differences
    ]
    out += [
        translate("CliReconcile", "  Not read: {problem}").format(problem=problem)
        for problem in listed.problems
    ]
    now = translate("CliReconcile", "now:")
    discharge = translate("CliReconcile", "discharge:")
    width = max(len(now), len(discharge))
    for line in lines:
        mark = ""
        if applied and line.change.writes:
            mark = (
                translate("CliReconcile", "[applied]")
                if line.number in accepted
                else translate("CliReconcile", "[not applied]")
            )
            mark = f"  {mark}"
        out.append(f"{line.number:>3}. {line.change.label}: {line.name}{mark}")
        if line.current is not None:
            out.append(f"       {now:<{width}} {dose_text(line.current)}")
        if line.discharge is not None:
            out.append(f"       {discharge:<{width}} {discharge_text(line.discharge)}")
    if not applied:
        out.append(
            translate(
                "CliReconcile", "Nothing was changed. Give --accept all (or line numbers) to apply."
            )
        )
    elif len(accepted) == 1:
        out.append(translate("CliReconcile", "Applied 1 line."))
    else:
        out.append(translate("CliReconcile", "Applied {n} lines.").format(n=len(accepted)))
    return "\n".join(out)
