"""What a change to the caseload touched, as every open view is told it: kinds, records, patients.

Every write goes through the one door (carebook.ui.commands.Caseload), which answers with a
`Changes` and broadcasts it; a list, the Agenda or a patient's record window reloads only when
the change touches what it shows: each says which kinds it shows (the patients list shows their
allergies too), and a record window asks after its patient. Loading many records at once (an
import, a restore, the sample) touches everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from carebook.core.kinds import BY_TABLE


@dataclass(frozen=True, slots=True)
class Changes:
    """The kinds, records (kind, id) and patients a change touched, or everything."""

    kinds: frozenset[str] = frozenset()
    records: frozenset[tuple[str, int]] = frozenset()
    patients: frozenset[int] = frozenset()
    everything: bool = False

    @classmethod
    def of_everything(cls) -> Changes:
        """A change that touched the whole caseload."""
        return cls(everything=True)

    @classmethod
    def of(
        cls,
        kinds: Iterable[str],
        records: Iterable[tuple[str, int]] = (),
        patients: Iterable[int] = (),
    ) -> Changes:
        """A change to records of `kinds`."""
        return cls(
            kinds=frozenset(kinds),
            records=frozenset(records),
            patients=frozenset(patients),
        )

    def touches(self, *kinds: str) -> bool:
        """Whether the change touched records of any of `kinds`."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def touches_patient(self, patient_id: int) -> bool:
        """Whether the change touched anything of that patient's record."""
        return self.everything or patient_id in self.patients

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.records | other.records,
            self.patients | other.patients,
            self.everything or other.everything,
        )


def kind_of_table(table: str) -> str:
    """The kind stored in `table` (a snapshot's root names its table)."""
    return BY_TABLE[table].name if table in BY_TABLE else table
