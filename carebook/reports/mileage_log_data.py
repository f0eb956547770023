"""The year's mileage log as a tax adviser asks for it: every trip, and the totals by purpose."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from carebook.core.billing_records import Trip
from carebook.core.money import cents_for
from carebook.core.vocabularies import DistanceUnit, TripPurpose
from carebook.store.billing_reads import BillingReads

if TYPE_CHECKING:
    from carebook.store.caseload import Store


@dataclass(frozen=True, slots=True)
class LoggedTrip:
    """One trip of the log, with the year's running total after it (tenths of the unit)."""

    on_date: date
    from_place: str
    to_place: str
    purpose: TripPurpose
    client: str
    round_trip: bool
    #: The whole trip (both ways for a round trip).
    distance_tenths: int
    running_tenths: int
    odometer_start_tenths: int | None
    odometer_end_tenths: int | None
    notes: str


@dataclass(frozen=True, slots=True)
class PurposeTotal:
    """The year's trips for one purpose at that year's standard rate: what may be deducted."""

    purpose: TripPurpose
    trips: int
    distance_tenths: int
    rate_mills: int
    deductible_cents: int


@dataclass(frozen=True, slots=True)
class MileageLog:
    """A year's trips in date order, the odometer at its ends, and the totals by purpose."""

    year: int
    unit: DistanceUnit
    currency: str
    practice: str
    trips: list[LoggedTrip]
    #: Every purpose, in the vocabulary's order, even one with no trips.
    totals: list[PurposeTotal]
    first_odometer_tenths: int | None
    last_odometer_tenths: int | None

    @property
    def distance_tenths(self) -> int:
        return sum(total.distance_tenths for total in self.totals)

    @property
    def deductible_cents(self) -> int:
        return sum(total.deductible_cents for total in self.totals)


def logged(trips: list[Trip], names: dict[int, str]) -> list[LoggedTrip]:
    """The trips in date order with their running total."""
    found, running = [], 0
    for trip in sorted(trips, key=lambda t: (t.on_date, t.id or 0)):
        running += trip.total_tenths
        found.append(
            LoggedTrip(
                on_date=trip.on_date,
                from_place=trip.from_place,
                to_place=trip.to_place,
                purpose=trip.purpose,
                client=names.get(trip.patient_id, "") if trip.patient_id is not None else "",
                round_trip=trip.round_trip,
                distance_tenths=trip.total_tenths,
                running_tenths=running,
                odometer_start_tenths=trip.odometer_start_tenths,
                odometer_end_tenths=trip.odometer_end_tenths,
                notes=trip.notes,
            )
        )
    return found


def totals(trips: list[LoggedTrip], rates: dict[TripPurpose, int]) -> list[PurposeTotal]:
    """Each purpose's trips and distance at its rate; the deduction rounded once, on the total."""
    found = []
    for purpose in TripPurpose:
        mine = [trip for trip in trips if trip.purpose is purpose]
        tenths = sum(trip.distance_tenths for trip in mine)
        mills = rates.get(purpose, 0)
        found.append(PurposeTotal(purpose, len(mine), tenths, mills, cents_for(tenths, 10, mills)))
    return found


def odometer_ends(trips: list[LoggedTrip]) -> tuple[int | None, int | None]:
    """The year's first odometer reading and its last (None when no trip gave one)."""
    readings = [
        reading
        for trip in trips
        for reading in (trip.odometer_start_tenths, trip.odometer_end_tenths)
        if reading is not None
    ]
    return (readings[0], readings[-1]) if readings else (None, None)


def mileage_log(store: Store, year: int) -> MileageLog:
    """The year's log read through the store: trips, clients' names, the year's rates."""
    settings = store.agreements.settings()
    names = BillingReads(
        store.caseload, store.agreements, store.invoices, store.trips
    ).client_names()
    trips = logged(store.trips.trips(date(year, 1, 1), date(year, 12, 31)), names)
    rates = {purpose: store.trips.rate(year, purpose) for purpose in TripPurpose}
    first, last = odometer_ends(trips)
    return MileageLog(
        year=year,
        unit=settings.distance_unit,
        currency=settings.currency,
        practice=settings.practice_name,
        trips=trips,
        totals=totals(trips, rates),
        first_odometer_tenths=first,
        last_odometer_tenths=last,
    )


def as_json(log: MileageLog) -> dict[str, Any]:
    """The log as plain JSON: distances in tenths of the unit, rates in mills, money in cents."""
    return {
        "year": log.year,
        "unit": log.unit.value,
        "currency": log.currency,
        "first_odometer_tenths": log.first_odometer_tenths,
        "last_odometer_tenths": log.last_odometer_tenths,
        "distance_tenths": log.distance_tenths,
        "deductible_cents": log.deductible_cents,
        "totals": [
            {
                "purpose": total.purpose.value,
                "trips": total.trips,
                "distance_tenths": total.distance_tenths,
                "rate_mills": total.rate_mills,
                "deductible_cents": total.deductible_cents,
            }
            for total in log.totals
        ],
        "trips": [
            {
                "date": trip.on_date.isoformat(),
                "from": trip.from_place,
                "to": trip.to_place,
                "purpose": trip.purpose.value,
                "client": trip.client,
                "round_trip": trip.round_trip,
                "distance_tenths": trip.distance_tenths,
                "running_tenths": trip.running_tenths,
                "odometer_start_tenths": trip.odometer_start_tenths,
                "odometer_end_tenths": trip.odometer_end_tenths,
                "notes": trip.notes,
            }
            for trip in log.trips
        ],
    }
