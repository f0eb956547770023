"""Travel between the day's visits: the trips the coordinator has timed, and the day's visits
moved to follow the route with its trips."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from carebook.core.errors import ValidationError
from carebook.core.schedule import Shift, TravelTimes, pair_key
from carebook.core.validation import TRAVEL_MINUTES
from carebook.core.views import Visit
from carebook.core.words import translate
from carebook.store.appointments import Appointments, Scope
from carebook.store.base import OpenCaseload, Part
from carebook.store.preferences import Settings


class Travel(Part):
    """Trip times by pair of places, and re-timing a day to follow its route."""

    def __init__(
        self, caseload: OpenCaseload, appointments: Appointments, preferences: Settings
    ) -> None:
        super().__init__(caseload)
        self.appointments = appointments
        self.preferences = preferences

    def travel_times(self) -> TravelTimes:
        """Every trip the coordinator has timed, and her usual trip for the others."""
        usual = self.preferences.preferences().travel_minutes
        known = {
            (here, there): minutes
            for here, there, minutes in self.conn.execute(
                "SELECT place_a, place_b, minutes FROM travel_time"
            )
        }
        return TravelTimes(usual, known)

    def trip_id(self, here: str, there: str) -> int | None:
        """The stored trip between two places, if the coordinator has timed it."""
        first, second = pair_key(here, there)
        found = self._scalar(
            "SELECT id FROM travel_time WHERE place_a = ? AND place_b = ?", [first, second]
        )
        return None if found is None else int(found)

    def set_trip(self, here: str, there: str, minutes: int) -> int:
        """Keep how long the trip between two places takes (either way); the trip's id."""
        first, second = pair_key(here, there)
        low, high = TRAVEL_MINUTES
        if not low <= minutes <= high:
            raise ValidationError(
                translate("Travel", "A trip takes {low} to {high} minutes.").format(
                    low=low, high=high
                ),
                "minutes",
            )
        if not first or not second:
            raise ValidationError(
                translate("Travel", "A trip needs two places, each with an address."), "place"
            )
        if first == second:
            raise ValidationError(
                translate("Travel", "Both visits are at the same place: there is no trip."), "place"
            )
        with self._transaction():
            self.conn.execute(
                "INSERT INTO travel_time (place_a, place_b, minutes) VALUES (?, ?, ?)"
                " ON CONFLICT (place_a, place_b) DO UPDATE SET minutes = excluded.minutes,"
                " updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')",
                [first, second, int(minutes)],
            )
            trip = self.trip_id(first, second)
            assert trip is not None
            self._log("change", "travel_time", trip)
        return trip

    def forget_trip(self, trip_id: int) -> None:
        """Forget a timed trip: the usual travel applies to it again."""
        with self._transaction():
            self.conn.execute("DELETE FROM travel_time WHERE id = ?", [trip_id])
            self._log("delete", "travel_time", trip_id)

    def follow_route(self, day: date, route: Sequence[Visit], shifts: Sequence[Shift]) -> list[int]:
        """Move each visit to its new start, all or none: a visit of a series alone (the
        series keeps its other visits), a single visit itself; the day keeps its route. The
        appointments written."""
        written: list[int] = []
        moved_to = {id(shift.visit): shift.start for shift in shifts}
        with self._transaction():
            for shift in shifts:
                written += self._move(shift.visit, shift.start)
            # A single visit is known in the route by its start: the route is written again.
            self.appointments.visits.set_route(
                day,
                [
                    (
                        visit.appointment_id,
                        visit.original_start
                        if visit.recurring and visit.original_start is not None
                        else moved_to.get(id(visit), visit.start),
                    )
                    for visit in route
                ],
            )
        return list(dict.fromkeys(written))

    def _move(self, visit: Visit, start: datetime) -> list[int]:
        appointment = self.appointments.appointment(visit.appointment_id)
        if appointment is None:
            raise LookupError(translate("Travel", "A visit of the day no longer exists."))
        length = int((visit.end - visit.start).total_seconds() // 60)
        if appointment.rrule and visit.original_start is not None:
            moved = replace(appointment, start=start, duration_min=length, status=visit.status)
            return self.appointments.update_appointment(moved, Scope.THIS, visit.original_start)
        moved = replace(appointment, start=start, duration_min=length)
        return self.appointments.update_appointment(moved, Scope.SERIES)
