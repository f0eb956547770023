"""Reading a discharge medication list from its files, whatever their kind, as one list."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from carebook.core.name_keys import folded
from carebook.core.reconciliation import DischargeList
from carebook.core.words import translate
from carebook.interop.discharge import lines as dl
from carebook.interop.discharge.ccda_list import read_ccda
from carebook.interop.discharge.errors import DischargeFileError
from carebook.interop.discharge.fhir_list import read_fhir
from carebook.interop.discharge.opening import Kind, kind_of
from carebook.interop.discharge.sheet_list import read_sheet

#: Problem lines kept at most; the rest are counted in one more line.
PROBLEMS_LISTED = 200


def read_discharge(paths: Sequence[Path]) -> DischargeList:
    """The discharge medication list `paths` hold: FHIR (a Bundle, or NDJSON split by type,
    read together), C-CDA documents and spreadsheets, each told by its content, merged into
    one list. DischargeFileError, naming the file and saying what to fix, for a file that
    cannot be read as one, or for files of different patients."""
    paths = [Path(path) for path in paths]
    if not paths:
        raise DischargeFileError(
            translate(
                "DischargeImport", "No file was chosen; choose the discharge medication list."
            )
        )
    kinds = {path: kind_of(path) for path in paths}
    parts: list[dl.Collected] = []
    fhir = [path for path in paths if kinds[path] is Kind.FHIR]
    if fhir:
        parts.append(read_fhir(fhir))
    for path in paths:
        if kinds[path] is Kind.CCDA:
            parts.append(read_ccda(path))
        elif kinds[path] is Kind.SHEET:
            parts.append(read_sheet(path))
    return _merged(parts, ", ".join(path.name for path in paths))


def _merged(parts: list[dl.Collected], source: str) -> DischargeList:
    """One list of the parts; DischargeFileError when they name different patients."""
    named = [part for part in parts if part.patient_name]
    for part in named[1:]:
        if not _same_person(part.patient_name, named[0].patient_name):
            raise DischargeFileError(
                translate(
                    "DischargeImport",
                    "{source} is for {patient_name} but {source2} is for "
                    "{patient_name2}; choose the files of one patient's discharge.",
                ).format(
                    source=named[0].source,
                    patient_name=named[0].patient_name,
                    source2=part.source,
                    patient_name2=part.patient_name,
                )
            )
    born = [part for part in parts if part.birth_date is not None]
    for part in born[1:]:
        if part.birth_date != born[0].birth_date:
            raise DischargeFileError(
                translate(
                    "DischargeImport",
                    "{source} gives the date of birth {birth_date} but {source2} gives "
                    "{birth_date2}; choose the files of one patient's discharge.",
                ).format(
                    source=born[0].source,
                    birth_date=born[0].birth_date,
                    source2=part.source,
                    birth_date2=part.birth_date,
                )
            )
    problems = [problem for part in parts for problem in part.problems]
    if len(problems) > PROBLEMS_LISTED:
        left = len(problems) - PROBLEMS_LISTED
        problems = [
            *problems[:PROBLEMS_LISTED],
            translate("DischargeImport", "… and {left:,} more problems like these").format(
                left=left
            ),
        ]
    days = [part.written_on for part in parts if part.written_on is not None]
    return DischargeList(
        source=source,
        patient_name=named[0].patient_name if named else "",
        birth_date=born[0].birth_date if born else None,
        written_on=max(days) if days else None,
        lines=tuple(line for part in parts for line in part.lines),
        problems=tuple(problems),
    )


def _same_person(one: str, other: str) -> bool:
    """Whether two names are one person's: the same first and last words, accents and case
    aside ("Margaret Ann Whitfield" and "margaret whitfield")."""
    first, second = folded(one).split(), folded(other).split()
    return first[:1] == second[:1] and first[-1:] == second[-1:]
