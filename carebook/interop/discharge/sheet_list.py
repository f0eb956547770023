"""A discharge list from a spreadsheet (CSV or .xlsx) with a header row: one medicine a row,
its columns found by their names (Medication, Dose, How often, PRN, Status …)."""

from __future__ import annotations

import re
from pathlib import Path

from carebook.core.words import translate
from carebook.interop.discharge import lines as dl
from carebook.interop.discharge.errors import DischargeFileError
from carebook.interop.spreadsheet.cells import CellProblem, parse_date, text_of
from carebook.interop.spreadsheet.reading import open_spreadsheet
from carebook.interop.spreadsheet.sheet import Cell, SpreadsheetError

#: Each field's column names, as a header is read (lower case, words only: "As needed (PRN)"
#: is "as needed prn").
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": (
        "medication",
        "medications",
        "medicine",
        "medicines",
        "drug",
        "drugs",
        "name",
        "medication name",
        "medicine name",
        "drug name",
        "medication drug",
        "drug medication",
        "medicine drug",
        "generic name",
        "item",
        "product",
    ),
    "strength": ("strength", "dose strength", "medication strength"),
    "dose": ("dose", "dosage", "amount", "dose amount", "how much"),
    "route": ("route", "how taken", "route of administration", "given by"),
    "frequency": (
        "frequency",
        "how often",
        "when",
        "schedule",
        "frequency how often",
        "how often frequency",
        "times",
        "timing",
    ),
    "as_needed": (
        "as needed",
        "prn",
        "as needed prn",
        "prn as needed",
        "as required",
        "when required",
        "as needed yes no",
        "prn yes no",
    ),
    "as_needed_reason": (
        "as needed for",
        "prn reason",
        "as needed reason",
        "prn for",
        "reason for prn",
        "as needed reason prn",
    ),
    "indication": (
        "reason",
        "indication",
        "what for",
        "what it is for",
        "purpose",
        "condition",
        "used for",
        "for",
        "reason indication",
        "indication reason",
    ),
    "instructions": (
        "instructions",
        "directions",
        "notes",
        "note",
        "comments",
        "comment",
        "sig",
        "special instructions",
        "additional instructions",
    ),
    "status": (
        "status",
        "action",
        "change",
        "continue stop",
        "on discharge",
        "discharge action",
        "discharge status",
        "medication status",
    ),
    "patient": ("patient", "patient name", "patient s name", "name of patient"),
    "birth_date": ("date of birth", "dob", "birth date", "birthdate", "born"),
    "written_on": ("discharge date", "date of discharge", "discharged", "discharged on"),
}
_NAME_WORDS = ("medication", "medicine", "drug")
_NO = ("", "no", "n", "false", "0", "none", "-", "not prn", "regular")
_YES = ("yes", "y", "true", "1", "x", "prn", "as needed", "as required", "when required")
_STOP = re.compile(
    r"\b(stop|stopped|discontinue|discontinued|dc|d/c|cease|ceased|cancel|cancelled|canceled"
    r"|completed|finished|do not take|not taking|no longer)\b"
)
_REASON_START = re.compile(
    r"^\W*(?:(?:yes|y|prn|as needed|as required|when required)\b)?[\s,:;.-]*(?:for\b)?\s*",
    re.IGNORECASE,
)
_AS_NEEDED = re.compile(r"\b(prn|as needed|as required|when required)\b")


def read_sheet(path: Path) -> dl.Collected:
    """The discharge list in the spreadsheet `path`; DischargeFileError for a file that is
    not a readable table or has no column naming the medicine."""
    name = path.name
    try:
        sheet = open_spreadsheet(path)
        columns = _columns(sheet.header)
        if "name" not in columns:
            shown = ", ".join(repr(h) for h in sheet.header[:8] if h)
            raise DischargeFileError(
                translate(
                    "DischargeImport",
                    "{name} has no column naming the medicine (Medication, Drug or "
                    "Name) in its first row, so it is not read as a medication list "
                    "(its columns: {columns}). Name the medicine column and choose it "
                    "again.",
                ).format(name=name, columns=shown[:300] or translate("DischargeImport", "none"))
            )
        collected = dl.Collected(source=name)
        tried: set[str] = set()
        row_at = translate("DischargeImport", "{name} row {number}")
        for row in sheet.rows():
            cells = {field: row.cells[at] for field, at in columns.items() if at < len(row.cells)}
            where = row_at.format(name=name, number=row.number)
            _whose(collected, cells, tried, where)
            _row(collected, cells, where)
    except SpreadsheetError as error:
        raise DischargeFileError(_with_name(str(error), name)) from None
    return collected


def _with_name(said: str, name: str) -> str:
    return said if name in said else f"{name}: {said}"


def _key(header: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", header.casefold()).split())


def _columns(header: list[str]) -> dict[str, int]:
    """Each field's column: the first header named as one of the field's names; the
    medicine's, else the first header with "medication", "medicine" or "drug" in it."""
    keys = [_key(h) for h in header]
    found: dict[str, int] = {}
    for field, names in COLUMNS.items():
        at = next((i for i, key in enumerate(keys) if key in names), None)
        if at is not None and at not in found.values():
            found[field] = at
    if "name" not in found:
        free = [i for i in range(len(keys)) if i not in found.values()]
        at = next((i for i in free if set(keys[i].split()) & set(_NAME_WORDS)), None)
        if at is not None:
            found["name"] = at
    return found


def _row(collected: dl.Collected, cells: dict[str, Cell], where: str) -> None:
    said = {field: dl.plain(text_of(cell)) for field, cell in cells.items()}
    if dl.nameless(said.get("name", "")):
        medicine = ("name", "dose", "route", "frequency", "strength", "instructions")
        if any(said.get(field) for field in medicine):
            shown = f" (“{said['name'][:40]}”)" if said.get("name") else ""
            collected.problems.append(
                translate(
                    "DischargeImport", "{where}: a medicine without a name{shown} is left out"
                ).format(where=where, shown=shown)
            )
        return
    needed = said.get("as_needed", "").casefold()
    reason = said.get("as_needed_reason", "")
    if needed not in _NO + _YES:  # "for pain", "yes - for pain": the words say why
        reason = reason or _REASON_START.sub("", said["as_needed"])
    as_needed = needed not in _NO or bool(_AS_NEEDED.search(said.get("frequency", "").casefold()))
    status = said.get("status", "").casefold()
    collected.lines.append(
        dl.line(
            said["name"],
            where,
            collected.problems,
            strength=said.get("strength", ""),
            dose=said.get("dose", ""),
            route=said.get("route", ""),
            frequency=said.get("frequency", ""),
            as_needed=as_needed,
            as_needed_reason=reason,
            indication=said.get("indication", ""),
            instructions=dl.paragraph(text_of(cells.get("instructions"))),
            taking=not _STOP.search(status),
        )
    )


def _whose(collected: dl.Collected, cells: dict[str, Cell], tried: set[str], where: str) -> None:
    """The patient and the day of discharge, from the first row that gives each."""
    patient = dl.plain(text_of(cells.get("patient")))
    if patient and "patient" not in tried:
        tried.add("patient")
        collected.patient_name = patient[:200]
    for field in ("birth_date", "written_on"):
        if field in tried or not dl.plain(text_of(cells.get(field))):
            continue
        tried.add(field)
        try:
            setattr(collected, field, parse_date(cells[field], None))
        except CellProblem as problem:
            said = (
                translate("DischargeImport", "{where}: the date of birth is not read ({problem})")
                if field == "birth_date"
                else translate(
                    "DischargeImport", "{where}: the discharge date is not read ({problem})"
                )
            )
            collected.problems.append(said.format(where=where, problem=problem))
