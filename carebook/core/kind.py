"""What the kind registry says of each kind of record: its parts, and a part it has no use for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from carebook.core.words import translate


@dataclass(frozen=True, slots=True)
class Absent:
    """A part a kind has no use for, and why (the test insists on a reason)."""

    why: str


Check = Callable[[Any, date], None]
Key = Callable[[Any], tuple[Any, ...] | None]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of record and every part of carebook's knowledge of it."""

    #: Its name in code and in a change's announcement ("care_plan").
    name: str
    record: type
    table: str
    #: What a coordinator calls one, and many ("care-plan goal", "care-plan goals"), in English
    #: and marked for translation in context "Kinds"; `label` and `plural` translate them.
    label_text: str
    plural_text: str
    #: The kind it belongs to and the field naming that record, or Absent for a kind of its own.
    owner: str | Absent
    owner_field: str | Absent
    #: The check a record must pass to be saved (`check(record, today)`).
    check: Check
    #: What makes two records the same for an import (None for "not comparable").
    duplicate_key: Key | Absent
    #: The list (carebook.storage.listings and its CSV columns) that shows this kind.
    listing: str | Absent
    #: The kind whose undo snapshot carries a change to this one (its own name if itself).
    undo_root: str
    #: The module mapping this kind to and from FHIR R4.
    fhir: str | Absent
    #: The part of the store (`carebook.store.<part>`) that adds, saves and removes one; Absent
    #: for a kind written only as part of another change (a medication's history).
    part: str | Absent
    #: Whether the FHIR identity a record came with is kept (fhir_link), so that importing the
    #: same resource again finds it instead of adding a second one.
    fhir_link: bool = False
    #: Whether its records travel to the team's other computers through the hub; Absent, with
    #: why, for a kind that belongs to this computer alone.
    shared: bool | Absent = True
    #: The fields whose change on two computers at once is a conflict the coordinator settles,
    #: rather than the later change winning ("*": every field).
    clinical: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """What a coordinator calls one, in her language."""
        return translate("Kinds", self.label_text)

    @property
    def plural(self) -> str:
        """What a coordinator calls many, in her language."""
        return translate("Kinds", self.plural_text)


def no_today(check: Callable[[Any], None]) -> Check:
    return lambda record, _today: check(record)
