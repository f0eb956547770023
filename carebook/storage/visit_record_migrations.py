"""The caseload file's migration steps for documenting a visit: check-in and check-out,
outcome, the note on the visit, and the trip's miles.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage.schema import STAMPS, datetime_column, migrations


@migrations()
def m010_visit_records(db: Database) -> None:
    """What was documented of one visit where it happened: check-in and check-out (in the
    visit's zone), why it was cancelled, and the trip's miles in tenths (kept exactly for the
    mileage log); which visit of its series a note belongs to."""
    execute: Any = db.execute
    execute(f"""CREATE TABLE visit_record (
        id INTEGER PRIMARY KEY,
        appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
        {datetime_column("original_start", required=True)},
        {datetime_column("checked_in_at")},
        {datetime_column("checked_out_at")},
        tz TEXT NOT NULL CHECK (tz <> ''),
        cancel_reason TEXT NOT NULL DEFAULT '' CHECK (length(cancel_reason) <= 300),
        miles_tenths INTEGER CHECK (miles_tenths IS NULL OR miles_tenths BETWEEN 0 AND 10000),
        {STAMPS},
        CHECK (checked_out_at IS NULL OR checked_in_at IS NULL OR checked_out_at >= checked_in_at),
        UNIQUE (appointment_id, original_start)
    ) STRICT""")
    # A note of one visit of a series names that visit's original start beside its series;
    # it is read only while the note's appointment_id is set.
    execute(f"ALTER TABLE note ADD COLUMN {datetime_column('original_start')}")
    execute("CREATE INDEX note_by_visit ON note (appointment_id, original_start)")
