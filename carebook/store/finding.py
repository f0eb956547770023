"""Finding any record from what is typed: the quick switcher's read of the caseload."""

from __future__ import annotations

from carebook.core.found import Found
from carebook.storage import finding
from carebook.storage.file_errors import OPERATIONAL_ERRORS
from carebook.store.base import Part


class Finding(Part):
    """Patients (name, phone, MRN, postcode), contacts, medications, tasks and notes found by
    what is typed, ranked: an exact name, then a name beginning so, then anything holding it."""

    def bring_up_to_date(self) -> int:
        """Index the records written since the last search (upkeep: no record changes); how
        many. A file that cannot be written to keeps its index as it was."""
        try:
            return finding.catch_up(self.conn)
        except OPERATIONAL_ERRORS:  # read-only, full or busy: search what is indexed
            return 0

    def find(self, text: str, limit: int = 30) -> list[Found]:
        """At most `limit` records matching `text`, best first; any text is taken literally."""
        self.bring_up_to_date()
        return finding.find(self.conn, text, limit)
