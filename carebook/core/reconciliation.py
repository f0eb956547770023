"""Medicines reconciliation after a hospital stay: the discharge list set beside the current
list, line by line (continued, changed, new, stopped or not on the discharge list), matched by
ingredient, for the coordinator to accept or reject each line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from carebook.core.calendar_words import day_text
from carebook.core.name_keys import folded
from carebook.core.records import Medication
from carebook.core.vocabularies import MedicationStatus, ReconciliationChange
from carebook.core.words import translate

if TYPE_CHECKING:
    from carebook.core.medicine_knowledge import MedicineKnowledge


@dataclass(frozen=True, slots=True, kw_only=True)
class DischargeLine:
    """One medicine as a discharge list gives it (a FHIR MedicationRequest or
    MedicationStatement, a C-CDA medication entry, a spreadsheet row)."""

    name: str
    strength: str = ""
    dose: str = ""
    route: str = ""
    frequency: str = ""
    as_needed: bool = False
    as_needed_reason: str = ""
    indication: str = ""
    instructions: str = ""
    #: False when the list says it was stopped in hospital (status stopped, completed…).
    taking: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class DischargeList:
    """What a discharge file holds: whose it is (as it says), when, and its medicines."""

    source: str  # the file's name, as the reconciliation record keeps it
    patient_name: str = ""
    birth_date: date | None = None
    written_on: date | None = None
    lines: tuple[DischargeLine, ...] = ()
    #: What could not be read, said plainly (one entry per medicine left out).
    problems: tuple[str, ...] = ()


Change = ReconciliationChange


#: The fields compared for a medicine on both lists; a difference in one is a change.
COMPARED = ("strength", "dose", "route", "frequency", "as_needed")


@dataclass(frozen=True, slots=True, kw_only=True)
class ComparisonLine:
    """One line of the side-by-side comparison, numbered for accepting (`--accept 1,3`)."""

    number: int
    change: Change
    current: Medication | None
    discharge: DischargeLine | None
    #: The fields that differ ("dose", "frequency"), for a changed line.
    differences: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        if self.discharge is not None:
            return self.discharge.name
        assert self.current is not None
        return self.current.name


def compare(
    current: Sequence[Medication],
    discharge: Sequence[DischargeLine],
    known: MedicineKnowledge | None = None,
) -> list[ComparisonLine]:
    """Set the discharge list beside the current medicines (stopped ones are left out):
    each discharge line matched to the current medicine with the same ingredients (or, for a
    medicine the knowledge does not know, the same normalised name); what is left over on
    either side is new, or not on the discharge list."""
    # The medicine knowledge (a data file) is read when first needed, not at start.
    from carebook.core.medicine_knowledge import knowledge

    known = known or knowledge()
    taken = [m for m in current if m.status is not MedicationStatus.STOPPED]
    unmatched = list(taken)
    lines: list[ComparisonLine] = []
    for line in discharge:
        match = _match(line.name, unmatched, known)
        if match is None:
            if line.taking:
                lines.append(_line(len(lines) + 1, Change.NEW, None, line))
            continue
        unmatched.remove(match)
        if not line.taking:
            lines.append(_line(len(lines) + 1, Change.STOPPED, match, line))
            continue
        differences = tuple(
            name
            for name in COMPARED
            if _differs(getattr(match, name), getattr(line, name), route=name == "route")
        )
        change = Change.CHANGED if differences else Change.CONTINUED
        lines.append(_line(len(lines) + 1, change, match, line, differences))
    for left in unmatched:
        lines.append(_line(len(lines) + 1, Change.NOT_LISTED, left, None))
    return lines


def _line(
    number: int,
    change: Change,
    current: Medication | None,
    discharge: DischargeLine | None,
    differences: tuple[str, ...] = (),
) -> ComparisonLine:
    return ComparisonLine(
        number=number,
        change=change,
        current=current,
        discharge=discharge,
        differences=differences,
    )


def _match(
    name: str, candidates: Sequence[Medication], known: MedicineKnowledge
) -> Medication | None:
    wanted = known.ingredients_of(name)
    if wanted:
        same = [m for m in candidates if known.ingredients_of(m.name) == wanted]
        if same:
            return same[0]
    from carebook.core.medicine_knowledge import normalised  # read with the knowledge

    plain = normalised(name)
    return next((m for m in candidates if plain and normalised(m.name) == plain), None)


def _differs(current: object, discharge: object, *, route: bool = False) -> bool:
    if isinstance(current, bool) or isinstance(discharge, bool):
        return bool(current) != bool(discharge)
    mine, theirs = _said(current), _said(discharge)
    if route:
        mine, theirs = _ROUTES.get(mine, mine), _ROUTES.get(theirs, theirs)
    # A discharge list that does not say a field does not change it.
    return bool(theirs) and mine != theirs


#: Ways a list writes the same route ("By mouth" is carebook's "oral").
_ROUTES = {
    said: route
    for route, ways in {
        "oral": ("po", "p.o.", "by mouth", "oral", "orally", "oral route", "mouth", "swallowed"),
        "sublingual": ("sl", "sublingual", "under the tongue"),
        "topical": ("top", "topical", "on the skin", "cutaneous", "to the skin"),
        "transdermal": ("td", "transdermal", "patch"),
        "inhaled": ("inh", "inhaled", "inhalation", "by inhalation", "respiratory tract"),
        "subcutaneous": ("sc", "subcut", "s/c", "subcutaneous", "subcutaneous route"),
        "intramuscular": ("im", "intramuscular", "intramuscular route"),
        "intravenous": ("iv", "intravenous", "intravenous route"),
        "rectal": ("pr", "rectal", "per rectum"),
        "eye": ("eye", "ophthalmic", "in the eye", "to the eye"),
        "nasal": ("nasal", "intranasal", "in the nose"),
    }.items()
    for said in ways
}


def _said(value: object) -> str:
    return " ".join(str(value or "").casefold().split())


def discharge_text(line: DischargeLine | None) -> str:
    """How the discharge list says a medicine is taken ("500 mg · 1 tablet · oral · twice
    daily · as needed for pain"), or that it was stopped."""
    if line is None:
        return ""
    parts = [line.strength, line.dose, line.route, line.frequency]
    if line.as_needed:
        parts.append(
            translate("Reconciliation", "as needed for {reason}").format(
                reason=line.as_needed_reason
            )
            if line.as_needed_reason
            else translate("Reconciliation", "as needed")
        )
    if not line.taking:
        parts.append(translate("Reconciliation", "stopped"))
    return " · ".join(part for part in parts if part)


def parse_accepted(text: str, lines: Sequence[ComparisonLine]) -> set[int]:
    """The line numbers `--accept` names: "all", or numbers and ranges ("1,3,5-7"). Only
    lines that change something can be accepted; a number that is none of them is an error."""
    writing = {line.number for line in lines if line.change.writes}
    wanted = text.strip().casefold()
    if wanted == "all":
        return writing
    numbers: set[int] = set()
    for part in wanted.replace(" ", "").split(","):
        if not part:
            continue
        first, _, last = part.partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise ValueError(
                translate(
                    "Reconciliation",
                    "“{part}” is not a line number; write them like 1,3,5-7 or all",
                ).format(part=part)
            )
        low, high = int(first), int(last or first)
        if high < low or high - low > 10_000:
            raise ValueError(
                translate("Reconciliation", "“{part}” is not a range of lines").format(part=part)
            )
        numbers.update(range(low, high + 1))
    unknown = sorted(numbers - writing)
    if unknown:
        raise ValueError(
            translate(
                "Reconciliation",
                "No line to accept numbered {numbers} (continued lines change nothing)",
            ).format(numbers=", ".join(str(n) for n in unknown[:10]))
        )
    return numbers


def patient_differences(
    given: str, family: str, birth_date: date | None, listed: DischargeList
) -> list[str]:
    """How the discharge list's patient differs from ours, said plainly ([] when it does not,
    or when the list does not say): a list for another patient must not be applied unasked."""
    found = []
    if listed.birth_date is not None and birth_date is not None and listed.birth_date != birth_date:
        found.append(
            translate("Reconciliation", "the list's patient was born {theirs}, ours {ours}").format(
                theirs=day_text(listed.birth_date), ours=day_text(birth_date)
            )
        )
    words = _words(listed.patient_name)
    surname = _words(family)
    if words and ((surname and not surname <= words) or not words & (surname | _words(given))):
        found.append(
            translate("Reconciliation", "the list is for “{name}”").format(
                name=listed.patient_name[:100]
            )
        )
    return found


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", folded(text)))
