"""Changes to the day's travel: how long a trip between two places takes, and the day's visits
moved to follow the route with its trips."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from carebook.core.changes import Changes
from carebook.core.schedule import Shift
from carebook.core.views import Visit
from carebook.ui.commands import Caseload, Root


def set_trip(caseload: Caseload, text: str, here: str, there: str, minutes: int) -> Changes:
    """Keep how long the trip between two places takes, either way; undone as one step."""
    known = caseload.store.travel.trip_id(here, there)

    def run() -> list[Root]:
        return [("travel_time", caseload.store.travel.set_trip(here, there, minutes))]

    return caseload.change(
        text, "travel_time", run, touches=[] if known is None else [("travel_time", known)]
    )


def follow_route(
    caseload: Caseload, text: str, day: date, route: Sequence[Visit], shifts: Sequence[Shift]
) -> Changes:
    """Move the day's visits to follow its route, as one undoable step (a visit of a series
    alone; the route kept)."""
    # Every visit of the day: the route is written again, and each stop hangs off its visit.
    touched = [("appointment", i) for i in dict.fromkeys(v.appointment_id for v in route)]

    def run() -> list[Root]:
        written = caseload.store.travel.follow_route(day, route, shifts)
        return [("appointment", i) for i in written]

    return caseload.change(text, "appointment", run, touches=touched)
