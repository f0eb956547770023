"""`carebook trips`: trips added to the mileage log, and the year's log valued at the standard
rates (text, JSON, CSV, or the printable log)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from carebook.cli.billing_input import money, tenths
from carebook.cli.common import emit, open_store, output_path, write_pdf
from carebook.cli.refusal import CommandError
from carebook.cli.reports import find_patient
from carebook.core.billing_records import Trip
from carebook.core.billing_rules import trip_warnings
from carebook.core.dates import parse_date
from carebook.core.money import cents_for, format_mills
from carebook.core.vocabularies import DistanceUnit, TripPurpose
from carebook.core.words import translate

if TYPE_CHECKING:
    from pathlib import Path

    from carebook.store.caseload import Store


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `trips` (add, log) to the sub-commands."""
    trips = commands.add_parser(
        "trips",
        help=translate("CliTrips", "the mileage log: add a trip, print a year's log"),
        description=translate(
            "CliTrips",
            "Trips in the caseload's distance unit (miles, or km: see `rates set --unit`).",
        ),
    )
    db_option(trips)
    actions = trips.add_subparsers(dest="trips_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add",
        help=translate("CliTrips", "log a trip"),
        description=translate(
            "CliTrips",
            "Log one trip. Its distance is --miles (or --distance: the same, in the "
            "caseload's unit, miles or km), or --km in a caseload kept in km, or the odometer at "
            "its start and end. A trip for a client (--patient) is billed to her at her mileage "
            "rate unless --no-bill. A trip over 1,000 needs --yes.",
        ),
    )
    db_option(add)
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--from", dest="start", required=True, metavar="PLACE")
    add.add_argument("--to", dest="end", required=True, metavar="PLACE")
    add.add_argument(
        "--miles", "--distance", dest="distance", metavar="X", help=translate("CliTrips", "one way")
    )
    add.add_argument(
        "--km", metavar="X", help=translate("CliTrips", "one way, in a caseload kept in km")
    )
    add.add_argument("--odometer-start", metavar="X")
    add.add_argument("--odometer-end", metavar="X")
    add.add_argument(
        "--purpose",
        required=True,
        metavar="TEXT",
        help=translate("CliTrips", "what the trip was for, as logged"),
    )
    add.add_argument(
        "--category",
        choices=tuple(p.value for p in TripPurpose),
        default="business",
        help=translate("CliTrips", "the standard rate it is valued at (default: business)"),
    )
    add.add_argument(
        "--patient", metavar="PATIENT", help=translate("CliTrips", "the client the trip was for")
    )
    add.add_argument(
        "--round-trip",
        action="store_true",
        help=translate("CliTrips", "there and back: counts twice"),
    )
    add.add_argument(
        "--no-bill", action="store_true", help=translate("CliTrips", "do not bill it to the client")
    )
    add.add_argument(
        "--yes", action="store_true", help=translate("CliTrips", "keep a trip over 1,000 as given")
    )

    log = actions.add_parser(
        "log", help=translate("CliTrips", "a year's mileage log, valued at the standard rates")
    )
    db_option(log)
    log.add_argument("--year", type=int, required=True, metavar="YEAR")
    log.add_argument("--format", choices=("text", "json", "csv", "pdf"), default="text")
    log.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("CliTrips", "write to FILE (needed for pdf)"),
    )


def run(args: argparse.Namespace) -> int:
    if args.trips_command == "log":
        return _log(args)
    return _add(args)


def _distance(store: Store, args: argparse.Namespace) -> tuple[int, int | None, int | None]:
    unit = store.agreements.settings().distance_unit
    if args.km is not None and unit is DistanceUnit.MILE:
        raise CommandError(
            translate(
                "CliTrips", "this caseload logs miles; give the distance in miles with --miles"
            )
        )
    given = args.distance if args.distance is not None else args.km
    start = None if args.odometer_start is None else tenths(args.odometer_start, "--odometer-start")
    end = None if args.odometer_end is None else tenths(args.odometer_end, "--odometer-end")
    if (start is None) != (end is None):
        raise CommandError(translate("CliTrips", "give both --odometer-start and --odometer-end"))
    if given is None and start is None:
        raise CommandError(
            translate(
                "CliTrips",
                "give the distance with {option}, or --odometer-start and --odometer-end",
            ).format(option="--miles" if unit is DistanceUnit.MILE else "--km")
        )
    if args.distance is not None and args.km is not None:
        raise CommandError(translate("CliTrips", "give the distance once"))
    distance = 0 if given is None else tenths(given, "--miles" if args.km is None else "--km")
    if given is not None and distance == 0:
        raise CommandError(translate("CliTrips", "the distance is more than 0"))
    return distance, start, end


def _add(args: argparse.Namespace) -> int:
    day = parse_date(args.date, "--date")
    if not args.purpose.strip():
        raise CommandError(translate("CliTrips", "--purpose is empty: say what the trip was for"))
    store = open_store(args, writing=True)
    try:
        distance, start, end = _distance(store, args)
        patient_id = None if args.patient is None else find_patient(store, args.patient)
        trip = Trip(
            on_date=day,
            from_place=args.start.strip(),
            to_place=args.end.strip(),
            purpose=TripPurpose(args.category),
            patient_id=patient_id,
            distance_tenths=distance,
            odometer_start_tenths=start,
            odometer_end_tenths=end,
            round_trip=args.round_trip,
            billable=patient_id is not None and not args.no_bill,
            notes=args.purpose.strip(),
        )
        if start is not None and end is not None and distance == 0 and end > start:
            trip.distance_tenths = end - start
        unit = store.agreements.settings().distance_unit.short
        warnings = trip_warnings(trip)
        if warnings and not args.yes:
            raise CommandError(
                translate(
                    "CliTrips",
                    "a trip of {distance} {unit} is over 1,000 {unit}; "
                    "check the distance, or give --yes to keep it as it is",
                ).format(distance=_counted(trip.total_tenths), unit=unit)
            )
        store.trips.add_trip(trip)
        said = (
            translate(
                "CliTrips", "Trip {id}: {route}, {distance} {unit} on {day} (billed to the client)."
            )
            if trip.billable
            else translate("CliTrips", "Trip {id}: {route}, {distance} {unit} on {day}.")
        )
        print(
            said.format(
                id=trip.id,
                route=_route(trip.from_place, trip.to_place, trip.round_trip),
                distance=_counted(trip.total_tenths),
                unit=unit,
                day=trip.on_date,
            )
        )
    finally:
        store.close()
    return 0


def _log(args: argparse.Namespace) -> int:
    if not 1900 <= args.year <= 9999:
        raise CommandError(
            translate("CliTrips", "--year {year} is not a year to log trips in").format(
                year=args.year
            )
        )
    output = output_path(args)
    store = open_store(args)
    try:
        if args.format == "pdf":
            assert output is not None  # output_path insists on it for a PDF
            _pdf(store, args.year, output)
            return 0
        if args.format == "csv":
            # Loaded only for a CSV.
            from carebook.interop.billing_csv import mileage_log_table
            from carebook.reports.mileage_log_data import mileage_log

            text = mileage_log_table(mileage_log(store, args.year)).text()
        else:
            text = _shaped(store, args.year, args.format)
    finally:
        store.close()
    emit(text, output)
    return 0


def _pdf(store: Store, year: int, output: Path) -> None:
    from carebook.reports.mileage_log import mileage_log_document  # loaded only for a PDF

    what = translate("CliTrips", "Mileage log")
    write_pdf(mileage_log_document(store, year), output, None, what)


def log_rows(store: Store, year: int) -> list[dict[str, Any]]:
    """Each trip of the year with its standard rate and value, oldest first."""
    rows = []
    trips = store.trips.trips(date(year, 1, 1), date(year, 12, 31))
    rates = {purpose: store.trips.rate(year, purpose) for purpose in TripPurpose}
    for trip in trips:
        patient = store.patients.patient(trip.patient_id) if trip.patient_id else None
        rate = rates[trip.purpose]
        rows.append(
            {
                "id": trip.id,
                "date": trip.on_date.isoformat(),
                "from": trip.from_place,
                "to": trip.to_place,
                "round_trip": trip.round_trip,
                "purpose": trip.notes,
                "category": trip.purpose.value,
                "patient": patient.display_name if patient else "",
                "odometer_start_tenths": trip.odometer_start_tenths,
                "odometer_end_tenths": trip.odometer_end_tenths,
                "distance_tenths": trip.total_tenths,
                "rate_mills": rate,
                "value_cents": cents_for(trip.total_tenths, 10, rate),
            }
        )
    return rows


def _shaped(store: Store, year: int, format_name: str) -> str:
    rows = log_rows(store, year)
    settings = store.agreements.settings()
    unit = settings.distance_unit
    totals = {
        purpose.value: {
            "distance_tenths": sum(
                r["distance_tenths"] for r in rows if r["category"] == purpose.value
            ),
            "value_cents": sum(r["value_cents"] for r in rows if r["category"] == purpose.value),
            "rate_mills": store.trips.rate(year, purpose),
        }
        for purpose in TripPurpose
    }
    total_tenths = sum(r["distance_tenths"] for r in rows)
    total_cents = sum(r["value_cents"] for r in rows)
    if format_name == "json":
        shaped = {
            "year": year,
            "unit": unit.value,
            "trips": rows,
            "by_category": totals,
            "total_distance_tenths": total_tenths,
            "total_value_cents": total_cents,
        }
        return json.dumps(shaped, indent=2, ensure_ascii=False) + "\n"
    if not rows:
        return translate("CliTrips", "No trips logged in {year}.").format(year=year) + "\n"
    lines = [
        translate("CliTrips", "Mileage log {year} ({unit})").format(
            year=year, unit=unit.label.lower()
        )
    ]
    for r in rows:
        lines.append(
            f"{r['date']}  {_route(r['from'], r['to'], r['round_trip'])}"
            + (f": {r['purpose']}" if r["purpose"] else "")
            + f"  {_counted(r['distance_tenths'])} {unit.short}"
            f"  {money(store, r['value_cents'])}"
        )
    for purpose, total in totals.items():
        if total["distance_tenths"]:
            lines.append(
                translate("CliTrips", "{purpose}: {distance} {unit} at {rate} = {value}").format(
                    purpose=TripPurpose(purpose).label,
                    distance=_counted(total["distance_tenths"]),
                    unit=unit.short,
                    rate=format_mills(total["rate_mills"], settings.currency),
                    value=money(store, total["value_cents"]),
                )
            )
    said = (
        translate("CliTrips", "Total: 1 trip, {distance} {unit}, {value}")
        if len(rows) == 1
        else translate("CliTrips", "Total: {n} trips, {distance} {unit}, {value}")
    )
    lines.append(
        said.format(
            n=len(rows),
            distance=_counted(total_tenths),
            unit=unit.short,
            value=money(store, total_cents),
        )
    )
    return "\n".join(lines) + "\n"


def _route(start: str, end: str, round_trip: bool) -> str:
    """ "Home to Clinic", or "Home to Clinic and back"."""
    if round_trip:
        return translate("CliTrips", "{start} to {end} and back").format(start=start, end=end)
    return translate("CliTrips", "{start} to {end}").format(start=start, end=end)


def _tenths(value: int | None) -> str:
    return "" if value is None else f"{value / 10:.1f}"


def _counted(value: int) -> str:
    return f"{value / 10:,.1f}"
