"""The mileage log: places, trips, the standard rates by year, and a day's route as trips."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from carebook.core.billing_records import MileageRate, Place, Trip
from carebook.core.billing_rules import check_place, check_trip
from carebook.core.errors import ValidationError
from carebook.core.records import Patient, spoken_name
from carebook.core.vocabularies import TripPurpose
from carebook.core.words import translate
from carebook.store.base import Part, Writes
from carebook.store.time_entries import Time, billed_within


@dataclass(frozen=True, slots=True)
class Leg:
    """One leg of a day's route proposed as a trip: its places, its client and visit, and the
    distance last driven between those places (or the visit's own, or none)."""

    trip: Trip
    known_distance: bool


class Trips(Part):
    """Places and trips; the year's rates; proposing a day's trips from its route."""

    def __init__(self, caseload: Any, time: Time) -> None:
        super().__init__(caseload)
        self.time = time

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "place": Writes(self.add_place, self.save_place, self.delete_place),
            "trip": Writes(self.add_trip, self.save_trip, self.delete_trip),
        }

    # -- places ----------------------------------------------------------------------------------

    def places(self) -> list[Place]:
        return self._all(Place, "1", [], "name COLLATE NOCASE")

    def add_place(self, place: Place) -> Place:
        check_place(place)
        self._unique(place)
        return self._create(place)

    def save_place(self, place: Place) -> None:
        check_place(place)
        self._unique(place)
        self._change(place)

    def delete_place(self, place_id: int) -> None:
        self._delete(Place, place_id)

    def _unique(self, place: Place) -> None:
        same = self._all(Place, "name = ? COLLATE NOCASE", [place.name.strip()], "id")
        if same and same[0].id != place.id:
            raise ValidationError(
                translate("Trips", "There is a place called {name} already.").format(
                    name=same[0].name
                ),
                "name",
            )

    def place_names(self) -> list[str]:
        """Every place a trip may start or end at: the remembered places, then each client
        (by name) with an address."""
        names = [place.name for place in self.places()]
        for given, family in self.conn.execute(
            "SELECT given, family FROM patient WHERE address_line <> ''"
            " AND status NOT IN ('discharged', 'deceased') ORDER BY family, given"
        ):
            names.append(spoken_name(given, family))
        return names

    # -- trips -----------------------------------------------------------------------------------

    def add_trip(self, trip: Trip) -> Trip:
        check_trip(trip, self.today())
        _from_odometer(trip)
        return self._create(trip)

    def add_trips(self, trips: list[Trip]) -> list[Trip]:
        """Keep several trips (a day's route confirmed) in one transaction, all or none."""
        today = self.today()
        for trip in trips:
            check_trip(trip, today)
            _from_odometer(trip)
        with self._transaction():
            for trip in trips:
                self._insert(trip)
                self._log("create", "trip", trip.id, "from the day's route")
        return trips

    def save_trip(self, trip: Trip) -> None:
        check_trip(trip, self.today())
        _from_odometer(trip)
        self.time._not_billed("trip", trip.id)
        self._change(trip)

    def delete_trip(self, trip_id: int) -> None:
        self.time._not_billed("trip", trip_id)
        self._delete(Trip, trip_id)

    def trip(self, trip_id: int) -> Trip | None:
        return self._get(Trip, trip_id)

    def trips(
        self,
        first: date | None = None,
        last: date | None = None,
        patient_id: int | None = None,
        *,
        unbilled: bool = False,
    ) -> list[Trip]:
        where, params = billed_within(first, last, patient_id, unbilled=unbilled)
        return self._all(Trip, where, params, "on_date, id")

    def last_distance(self, from_place: str, to_place: str) -> int | None:
        """The distance last logged between two places, either way round."""
        found = self._scalar(
            "SELECT distance_tenths FROM trip WHERE (from_place = ? AND to_place = ?)"
            " OR (from_place = ? AND to_place = ?) ORDER BY on_date DESC, id DESC LIMIT 1",
            [from_place, to_place, to_place, from_place],
        )
        return None if found is None else int(found)

    # -- rates -----------------------------------------------------------------------------------

    def rates(self) -> list[MileageRate]:
        return [
            MileageRate(year=year, purpose=TripPurpose(purpose), rate_mills=mills)
            for year, purpose, mills in self.conn.execute(
                "SELECT year, purpose, rate_mills FROM mileage_rate ORDER BY year DESC, purpose"
            )
        ]

    def rate(self, year: int, purpose: TripPurpose) -> int:
        """The standard rate of a year and purpose in mills; the latest earlier year's when
        the year has none yet (January, before the new rates are out)."""
        found = self._scalar(
            "SELECT rate_mills FROM mileage_rate WHERE purpose = ? AND year <= ?"
            " ORDER BY year DESC LIMIT 1",
            [purpose.value, year],
        )
        return 0 if found is None else int(found)

    def set_rate(self, rate: MileageRate) -> None:
        if not 0 <= rate.rate_mills <= 100_000:
            raise ValidationError(
                translate("Trips", "A mileage rate is between 0.000 and 100.000."), "rate_mills"
            )
        with self._transaction():
            self.conn.execute(
                "INSERT INTO mileage_rate (year, purpose, rate_mills) VALUES (?, ?, ?)"
                " ON CONFLICT (year, purpose) DO UPDATE SET rate_mills = excluded.rate_mills",
                [rate.year, rate.purpose.value, rate.rate_mills],
            )
            self._log("change", "mileage_rate", rate.year, rate.purpose.value)

    # -- a day's route ---------------------------------------------------------------------------

    def proposed_trips(self, day: date, visits: list[tuple[int, int]]) -> list[Leg]:
        """The day's route as trips for the coordinator to confirm: Home, each visit's client
        in route order (visits given as (appointment id, patient id)), and Home again; each
        leg with the distance last logged between its places, or the visit's own miles.
        Legs already logged that day (same places) are left out."""
        stops: list[tuple[str, int | None, int | None]] = [("Home", None, None)]
        for appointment_id, patient_id in visits:
            patient = self._get(Patient, patient_id)
            if patient is None:
                continue
            name = spoken_name(patient.given, patient.family)
            if stops[-1][0] != name:
                stops.append((name, patient_id, appointment_id))
        if len(stops) == 1:
            return []
        stops.append(("Home", None, None))
        logged = {(t.from_place, t.to_place) for t in self.trips(day, day)}
        legs = []
        for (start, _p, _a), (end, client_id, visit_id) in pairwise(stops):
            if (start, end) in logged:
                continue
            known: int | None = self.last_distance(start, end)
            if known is None and visit_id is not None:
                known = self._visit_miles(visit_id, day)
            trip = Trip(
                on_date=day,
                from_place=start,
                to_place=end,
                purpose=TripPurpose.BUSINESS,
                patient_id=client_id,
                distance_tenths=known or 0,
                billable=client_id is not None,
                appointment_id=visit_id,
            )
            legs.append(Leg(trip, known is not None))
        return legs

    def _visit_miles(self, appointment_id: int, day: date) -> int | None:
        found = self._scalar(
            "SELECT miles_tenths FROM visit_record WHERE appointment_id = ?"
            " AND substr(original_start, 1, 10) = ?",
            [appointment_id, day.isoformat()],
        )
        return None if found is None else int(found)


def _from_odometer(trip: Trip) -> None:
    """A trip given by its odometer readings alone takes their difference as its distance."""
    start, end = trip.odometer_start_tenths, trip.odometer_end_tenths
    if start is not None and end is not None and trip.distance_tenths == 0:
        trip.distance_tenths = end - start
