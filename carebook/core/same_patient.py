"""When a patient typed in is likely one the caseload has: the same MRN, or else the same name and
date of birth after folding case, accents and spacing (the rule a spreadsheet import keeps)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from carebook.core.name_keys import folded
from carebook.core.records import Patient
from carebook.core.words import QT_TRANSLATE_NOOP

#: Why two patients are likely one, in English (compared as they are); shown as
#: translate("SamePatient", reason).
SAME_MRN = QT_TRANSLATE_NOOP("SamePatient", "same MRN")
SAME_NAME_AND_BIRTH = QT_TRANSLATE_NOOP("SamePatient", "same name and date of birth")

NameKey = tuple[str, str, date]


@dataclass(frozen=True, slots=True)
class LikelySame:
    """A patient of the caseload the one typed in is likely to be, and why."""

    patient: Patient
    reason: str


def mrn_key(text: str) -> str:
    """An MRN as it is compared: without spaces, in any case ("rm 41" is "RM41")."""
    return "".join(text.split()).casefold()


def name_key(given: str, family: str, born: date | None) -> NameKey | None:
    """A name and date of birth as they are compared; None without a date or any name."""
    if born is None or not (given.strip() or family.strip()):
        return None
    return folded(given), folded(family), born


def _keys_of(existing: Patient) -> set[NameKey]:
    """The names an existing patient is known by: given or preferred, with the family name."""
    keys = (
        name_key(given, existing.family, existing.birth_date)
        for given in {existing.given, existing.preferred_name} - {""}
    )
    return {key for key in keys if key is not None}


def why_same(incoming: Patient, existing: Patient) -> str | None:
    """Why `incoming` is likely `existing` (SAME_MRN first), or None; never itself."""
    if incoming.id is not None and incoming.id == existing.id:
        return None
    mrn = mrn_key(incoming.external_id)
    if mrn and mrn == mrn_key(existing.external_id):
        return SAME_MRN
    key = name_key(incoming.given or incoming.preferred_name, incoming.family, incoming.birth_date)
    if key is not None and key in _keys_of(existing):
        return SAME_NAME_AND_BIRTH
    return None


def likely_same(incoming: Patient, candidates: Iterable[Patient]) -> list[LikelySame]:
    """The candidates `incoming` is likely to be, those with the same MRN first."""
    found = [
        LikelySame(existing, reason)
        for existing in candidates
        if (reason := why_same(incoming, existing)) is not None
    ]
    return sorted(found, key=lambda same: same.reason != SAME_MRN)


def newly_same(
    before: Patient | None, after: Patient, candidates: Iterable[Patient]
) -> list[LikelySame]:
    """Those `after` (an edit of `before`; None for a new patient) is likely to be that `before`
    was not: what saving the edit would make a duplicate of."""
    listed = list(candidates)
    known = (
        {id(same.patient) for same in likely_same(before, listed)} if before is not None else set()
    )
    return [same for same in likely_same(after, listed) if id(same.patient) not in known]
