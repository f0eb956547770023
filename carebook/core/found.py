"""What the quick switcher finds: one record of any kind, its title, and how well it matched."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from carebook.core.words import translate

#: The kinds the switcher finds, in the order they are listed within one kind of match.
FOUND_KINDS = ("patient", "contact", "medication", "task", "note")


class Match(IntEnum):
    """How a record matched what was typed; a smaller one is listed first."""

    EXACT = 0  # a whole name (or a whole word of one) is what was typed
    PREFIX = 1  # a word of a name begins with what was typed
    CONTAINS = 2  # what was typed is somewhere in what is searched

    @property
    def label(self) -> str:
        if self.value == 0:
            return translate("Found", "Exact name")
        if self.value == 1:
            return translate("Found", "Name begins so")
        return translate("Found", "Contains")


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """One record the switcher lists: opening it opens `patient_id`'s record (None: none)."""

    kind: str  # one of FOUND_KINDS, the kind registry's name
    record_id: int
    patient_id: int | None
    title: str
    detail: str
    rank: Match
    #: For a contact: how many patients it serves (it opens its one patient's record).
    serves: int = 0
