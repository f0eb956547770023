"""The caseload file's migration steps for quick lists: a search of patients read from the index,
and the Tasks list's order kept in an index.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage import finding
from carebook.storage.schema import migrations


@migrations()
def m015_quick_lists(db: Database) -> None:
    """The Tasks list opens in its own order (ASAP and urgent first, then by when each is due)
    read along an index rather than sorted whole; and the search index's patients brought up to
    date, since every list's search of patients now reads them from it."""
    execute: Any = db.execute
    # The same expressions as the list's order (storage.listings, the tasks' priority field),
    # so that SQLite reads the first page along the index.
    execute(
        "CREATE INDEX task_by_priority_order ON task (status,"
        " CASE priority WHEN 'asap' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END,"
        " due_date IS NULL, due_date, due_time IS NULL, due_time)"
    )
    finding.catch_up(db.conn, ("patient",))
