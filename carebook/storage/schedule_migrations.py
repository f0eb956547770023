"""The caseload file's migration steps for the schedule: how long the trip between two
places takes.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage.schema import STAMPS, migrations


def _place(column: str) -> str:
    # A place is kept as its key (core.schedule.place_key): trimmed, spaces single, case folded.
    return (
        f"{column} TEXT NOT NULL CHECK (trim({column}) = {column} AND {column} <> ''"
        f" AND length({column}) <= 500)"
    )


@migrations()
def m009_travel_times(db: Database) -> None:
    """The minutes the coordinator said a trip between two places takes, once per pair: the
    pair kept in one order (the lesser place first), so A to B and B to A are one trip."""
    execute: Any = db.execute
    execute(f"""CREATE TABLE travel_time (
        id INTEGER PRIMARY KEY,
        {_place("place_a")},
        {_place("place_b")},
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 240),
        {STAMPS},
        CHECK (place_a < place_b),
        UNIQUE (place_a, place_b)
    ) STRICT""")
