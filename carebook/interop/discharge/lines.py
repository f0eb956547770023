"""What one file gives towards a discharge list, and its text made safe to show."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from carebook.core.reconciliation import DischargeLine
from carebook.core.words import translate

#: The longest medicine name kept; a longer one is cut, with a problem line saying so.
NAME_CHARS = 200
#: The longest dose, route, frequency or reason kept.
FIELD_CHARS = 200
#: The longest instructions kept.
INSTRUCTION_CHARS = 2000

#: Characters no name or instruction holds: control characters (a line break is kept in
#: instructions only), and the invisible marks that reorder text or hide in it.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass(slots=True)
class Collected:
    """What one file (or one set of FHIR files) says: whose list, of when, and its lines."""

    source: str
    patient_name: str = ""
    birth_date: date | None = None
    written_on: date | None = None
    lines: list[DischargeLine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def plain(text: object) -> str:
    """One line of text: control characters dropped, runs of spaces as one."""
    if not isinstance(text, str):
        return ""
    return " ".join(_CONTROL.sub(" ", text).split())


def paragraph(text: object) -> str:
    """Text of several lines, each made plain, the empty ones dropped."""
    if not isinstance(text, str):
        return ""
    return "\n".join(line for line in (plain(part) for part in text.splitlines()) if line)


def nameless(name: str) -> bool:
    """Whether a medicine's name says nothing: empty, or only punctuation and symbols."""
    return not any(character.isalnum() for character in name)


def cut(text: str, most: int, what: str, where: str, problems: list[str]) -> str:
    """`text` at most `most` characters long; a longer one is cut, with a problem line."""
    if len(text) <= most:
        return text
    problems.append(
        translate(
            "DischargeImport",
            "{where}: {what} is {length:,} characters long; only its first {most} are kept",
        ).format(where=where, what=what, length=len(text), most=most)
    )
    return text[:most].rstrip()


def line(
    name: str,
    where: str,
    problems: list[str],
    *,
    strength: str = "",
    dose: str = "",
    route: str = "",
    frequency: str = "",
    as_needed: bool = False,
    as_needed_reason: str = "",
    indication: str = "",
    instructions: str = "",
    taking: bool = True,
) -> DischargeLine:
    """A discharge line of these words, each made plain and cut to a sane length (with a
    problem line for what was cut); `name` must not be empty."""
    name = cut(
        plain(name),
        NAME_CHARS,
        translate("DischargeImport", "the medicine's name"),
        where,
        problems,
    )
    shown = name[:40] + ("…" if len(name) > 40 else "")

    def short(text: str, what: str) -> str:
        return cut(plain(text), FIELD_CHARS, what, f"{where} ({shown})", problems)

    return DischargeLine(
        name=name,
        strength=short(strength, translate("DischargeImport", "the strength")),
        dose=short(dose, translate("DischargeImport", "the dose")),
        route=short(route, translate("DischargeImport", "the route")),
        frequency=short(frequency, translate("DischargeImport", "the frequency")),
        as_needed=as_needed or bool(plain(as_needed_reason)),
        as_needed_reason=short(
            as_needed_reason, translate("DischargeImport", "the as-needed reason")
        ),
        indication=short(indication, translate("DischargeImport", "the reason for taking it")),
        instructions=cut(
            paragraph(instructions),
            INSTRUCTION_CHARS,
            translate("DischargeImport", "the instructions"),
            f"{where} ({shown})",
            problems,
        ),
        taking=taking,
    )


def joined(parts: list[str], between: str = "; ") -> str:
    """The parts that say something, each once, in order."""
    seen: list[str] = []
    for part in parts:
        said = part.strip()
        if said and said not in seen:
            seen.append(said)
    return between.join(seen)
