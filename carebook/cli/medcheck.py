"""`carebook medcheck`: every medication warning of one patient or of the whole caseload."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from carebook.cli.common import emit, open_store, output_path
from carebook.cli.refusal import CommandError
from carebook.core.words import translate

if TYPE_CHECKING:  # the checks load with the command, not with every start of carebook
    from carebook.core.medication_checks import MedicationWarning

#: The exit status when a warning was found (as `grep` says "found" with its status).
EXIT_WARNINGS = 1


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `medcheck` to the sub-commands."""
    medcheck = commands.add_parser(
        "medcheck",
        help=translate(
            "CliMedcheck", "list the medication warnings (allergies, duplicates, incomplete orders)"
        ),
        description=translate(
            "CliMedcheck",
            "Check the current medications of one patient, or of everyone, against "
            "their allergies (by ingredient, class, combination product and brand), for duplicate "
            "therapy, and for orders that say too little. Exits 1 when there is a warning.",
        ),
    )
    db_option(medcheck)
    medcheck.add_argument(
        "patient",
        nargs="?",
        metavar="PATIENT",
        help=translate(
            "CliMedcheck", "the patient's carebook id, or a name (or phone, or MRN) to find"
        ),
    )
    medcheck.add_argument(
        "--all", action="store_true", help=translate("CliMedcheck", "check every patient")
    )
    medcheck.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=translate("CliMedcheck", "text (default) or json"),
    )
    medcheck.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("CliMedcheck", "write to FILE, not the screen"),
    )


def run(args: argparse.Namespace) -> int:
    if bool(args.patient) == bool(args.all):
        raise CommandError(
            translate("CliMedcheck", "name one PATIENT, or give --all to check everyone")
        )
    output = output_path(args)
    # The finder shares the report commands' rules for a patient named by id, name or MRN.
    from carebook.cli.reports import find_patient

    store = open_store(args)
    try:
        if args.all:
            found = store.medications.warnings_by_patient()
        else:
            patient_id = find_patient(store, args.patient)
            found = {patient_id: store.medications.warnings_for(patient_id)}
        names = {
            patient_id: patient.display_name
            for patient_id in found
            if (patient := store.patients.patient(patient_id)) is not None
        }
    finally:
        store.close()
    found = {patient_id: warnings for patient_id, warnings in found.items() if warnings}
    if args.format == "json":
        text = json.dumps(
            [
                {"patient_id": patient_id, "patient": names.get(patient_id, ""), **_json(w)}
                for patient_id in sorted(found, key=lambda p: names.get(p, ""))
                for w in found[patient_id]
            ],
            indent=2,
            ensure_ascii=False,
        )
    else:
        text = _text(found, names, args.all)
    emit(text + "\n", output)
    return EXIT_WARNINGS if found else 0


def _json(warning: MedicationWarning) -> dict[str, Any]:
    return {
        "kind": warning.kind.value,
        "medication_ids": [i for i in warning.medication_ids if i is not None],
        "medications": list(warning.names),
        "allergy_id": warning.allergy_id,
        "explanation": warning.explanation,
    }


def _text(found: dict[int, list[MedicationWarning]], names: dict[int, str], everyone: bool) -> str:
    if not found:
        if everyone:
            return translate("CliMedcheck", "No medication warnings for anyone.")
        return translate("CliMedcheck", "No medication warnings.")
    lines = []
    for patient_id in sorted(found, key=lambda p: names.get(p, "")):
        warnings = found[patient_id]
        said = (
            translate("CliMedcheck", "{name} (id {id}): 1 warning")
            if len(warnings) == 1
            else translate("CliMedcheck", "{name} (id {id}): {n} warnings")
        )
        lines.append(said.format(name=names.get(patient_id, ""), id=patient_id, n=len(warnings)))
        lines += [f"  {w.kind.label}: {w.explanation}" for w in warnings]
    return "\n".join(lines)
