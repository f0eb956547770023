"""Trips logged through the door: a day's route confirmed as its trips, in one undoable step."""

from __future__ import annotations

from carebook.core.billing_records import Trip
from carebook.core.changes import Changes
from carebook.ui.commands import Caseload, Root


def log_route(caseload: Caseload, trips: list[Trip], text: str) -> Changes:
    """Keep the day's confirmed trips together; one undo takes them all back."""

    def log() -> list[Root]:
        kept = caseload.store.trips.add_trips(trips)
        return [("trip", trip.id) for trip in kept if trip.id is not None]

    return caseload.change(text, "trip", log)
