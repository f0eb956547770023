"""`carebook rates`: the practice's and a client's hourly and mileage rates and rounding, and the
standard mileage rates of each year the mileage log is valued at."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from carebook.cli.billing_input import cents, mills, money
from carebook.cli.common import open_store
from carebook.cli.refusal import CommandError
from carebook.cli.reports import find_patient
from carebook.core.billing_records import MileageRate
from carebook.core.money import format_mills
from carebook.core.vocabularies import DistanceUnit, Rounding, TripPurpose
from carebook.core.words import translate

if TYPE_CHECKING:
    from carebook.store.caseload import Store

_ROUNDINGS = tuple(r.value for r in Rounding)
_PURPOSES = tuple(p.value for p in TripPurpose)


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `rates` (set, show, mileage) to the sub-commands."""
    rates = commands.add_parser(
        "rates",
        help=translate(
            "CliRates", "set or show the hourly and mileage rates time and trips are billed at"
        ),
        description=translate(
            "CliRates",
            "The rates new time entries and invoices use: the practice's default, or "
            "one client's own (her billing agreement).",
        ),
    )
    db_option(rates)
    actions = rates.add_subparsers(dest="rates_command", metavar="ACTION", required=True)

    put = actions.add_parser(
        "set",
        help=translate("CliRates", "set the practice's rates, or a client's with --patient"),
        description=translate(
            "CliRates",
            "Without --patient: --hourly is the practice's default hourly rate, "
            "--rounding the practice's rounding, and --mileage the standard business rate of this "
            "year (the rate billed for a client's trips when her agreement has none, and the rate "
            "the mileage log is valued at; set other years and purposes with `rates mileage`). "
            "With --patient: that client's own hourly rate, mileage rate and rounding. "
            "Time already kept keeps the rate it was kept at.",
        ),
    )
    db_option(put)
    put.add_argument(
        "--patient", metavar="PATIENT", help=translate("CliRates", "the client (id, name or MRN)")
    )
    put.add_argument(
        "--hourly", metavar="AMOUNT", help=translate("CliRates", "hourly rate, such as 125.00")
    )
    put.add_argument(
        "--mileage",
        metavar="RATE",
        help=translate("CliRates", "rate a mile (or km), such as 0.725"),
    )
    put.add_argument(
        "--rounding",
        choices=_ROUNDINGS,
        help=translate("CliRates", "round each entry up to 6, 10 or 15 minutes"),
    )
    put.add_argument(
        "--unit",
        choices=tuple(u.value for u in DistanceUnit),
        help=translate("CliRates", "the practice's distance unit (only while no trip is logged)"),
    )
    put.add_argument(
        "--terms",
        type=int,
        metavar="DAYS",
        help=translate("CliRates", "days an invoice is due within"),
    )

    show = actions.add_parser(
        "show", help=translate("CliRates", "show the practice's rates, or a client's")
    )
    db_option(show)
    show.add_argument(
        "--patient", metavar="PATIENT", help=translate("CliRates", "the client (id, name or MRN)")
    )
    show.add_argument("--format", choices=("text", "json"), default="text")

    mileage = actions.add_parser(
        "mileage",
        help=translate("CliRates", "set or list the standard mileage rates by year and purpose"),
        description=translate(
            "CliRates",
            "With --rate, set the standard rate of a year and purpose (the mileage "
            "log is valued at it; a year without one takes the latest earlier year's). "
            "Without --rate, list the rates kept.",
        ),
    )
    db_option(mileage)
    mileage.add_argument(
        "--year", type=int, metavar="YEAR", help=translate("CliRates", "default: this year")
    )
    mileage.add_argument("--purpose", choices=_PURPOSES, default="business")
    mileage.add_argument(
        "--rate", metavar="RATE", help=translate("CliRates", "rate a mile (or km), such as 0.725")
    )


def run(args: argparse.Namespace) -> int:
    if args.rates_command == "set":
        return _set(args)
    if args.rates_command == "show":
        return _show(args)
    return _mileage(args)


def _set(args: argparse.Namespace) -> int:
    given = [args.hourly, args.mileage, args.rounding, args.unit, args.terms]
    if all(value is None for value in given):
        raise CommandError(
            translate(
                "CliRates", "give at least one of --hourly, --mileage, --rounding, --unit, --terms"
            )
        )
    hourly = None if args.hourly is None else cents(args.hourly, "--hourly")
    mileage = None if args.mileage is None else mills(args.mileage, "--mileage")
    store = open_store(args, writing=True)
    try:
        if args.patient is None:
            said = _set_practice(store, args, hourly, mileage)
        else:
            said = _set_client(store, args, hourly, mileage)
    finally:
        store.close()
    print(said)
    return 0


def _set_practice(
    store: Store, args: argparse.Namespace, hourly: int | None, mileage: int | None
) -> str:
    settings = store.agreements.settings()
    if hourly is not None:
        settings.default_hourly_cents = hourly
    if args.rounding is not None:
        settings.rounding = Rounding(args.rounding)
    if args.unit is not None:
        settings.distance_unit = DistanceUnit(args.unit)
    if args.terms is not None:
        settings.terms_days = args.terms
    if (hourly, args.rounding, args.unit, args.terms) != (None, None, None, None):
        store.agreements.set_settings(settings)
    if mileage is not None:
        year = store.today().year
        store.trips.set_rate(
            MileageRate(year=year, purpose=TripPurpose.BUSINESS, rate_mills=mileage)
        )
    return _practice_text(store)


def _set_client(
    store: Store, args: argparse.Namespace, hourly: int | None, mileage: int | None
) -> str:
    if args.unit is not None:
        raise CommandError(
            translate("CliRates", "--unit is the practice's; give it without --patient")
        )
    patient_id = find_patient(store, args.patient)
    agreement = store.agreements.agreement_or_default(patient_id)
    if hourly is not None:
        agreement.hourly_rate_cents = hourly
    if mileage is not None:
        agreement.mileage_rate_mills = mileage
    if args.rounding is not None:
        agreement.rounding = Rounding(args.rounding)
    if args.terms is not None:
        agreement.terms_days = args.terms
    if agreement.id is None:
        store.agreements.add_agreement(agreement)
    else:
        store.agreements.save_agreement(agreement)
    return _client_text(store, patient_id)


def _show(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        patient_id = None if args.patient is None else find_patient(store, args.patient)
        if args.format == "json":
            text = json.dumps(_shown(store, patient_id), indent=2, ensure_ascii=False)
        elif patient_id is None:
            text = _practice_text(store)
        else:
            text = _client_text(store, patient_id)
    finally:
        store.close()
    print(text)
    return 0


def _shown(store: Store, patient_id: int | None) -> dict[str, Any]:
    settings = store.agreements.settings()
    year = store.today().year
    shown: dict[str, Any] = {
        "currency": settings.currency,
        "hourly_cents": store.agreements.hourly_cents(patient_id),
        "mileage_mills": store.trips.rate(year, TripPurpose.BUSINESS),
        "rounding": store.agreements.rounding(patient_id).value,
        "distance_unit": settings.distance_unit.value,
        "terms_days": settings.terms_days,
    }
    if patient_id is not None:
        patient = store.patients.patient(patient_id)
        agreement = store.agreements.agreement_or_default(patient_id)
        if agreement.mileage_rate_mills is not None:
            shown["mileage_mills"] = agreement.mileage_rate_mills
        shown["terms_days"] = agreement.terms_days
        shown["patient_id"] = patient_id
        shown["patient"] = patient.display_name if patient else ""
        shown["payer"] = store.agreements.payer(patient_id).name
        shown["own"] = {
            "hourly_cents": agreement.hourly_rate_cents,
            "mileage_mills": agreement.mileage_rate_mills,
            "rounding": agreement.rounding.value if agreement.rounding else None,
        }
    return shown


def _practice_text(store: Store) -> str:
    shown = _shown(store, None)
    unit = DistanceUnit(shown["distance_unit"]).short
    return translate(
        "CliRates",
        "Practice: {hourly} an hour, {mileage} a {unit} ({purpose}, {year}), {rounding}, "
        "due in {days} days.",
    ).format(
        hourly=money(store, shown["hourly_cents"]),
        mileage=format_mills(shown["mileage_mills"], shown["currency"]),
        unit=unit,
        purpose=TripPurpose.BUSINESS.label.lower(),
        year=store.today().year,
        rounding=Rounding(shown["rounding"]).label.lower(),
        days=shown["terms_days"],
    )


def _client_text(store: Store, patient_id: int) -> str:
    shown = _shown(store, patient_id)
    own = shown["own"]
    unit = DistanceUnit(shown["distance_unit"]).short

    hourly = (
        translate("CliRates", "{amount} an hour")
        if own["hourly_cents"] is not None
        else translate("CliRates", "{amount} an hour (practice's)")
    )
    mileage = (
        translate("CliRates", "{amount} a {unit}")
        if own["mileage_mills"] is not None
        else translate("CliRates", "{amount} a {unit} (practice's)")
    )
    rounding = (
        "{rounding}"
        if own["rounding"] is not None
        else translate("CliRates", "{rounding} (practice's)")
    )
    return translate(
        "CliRates",
        "{patient}: {hourly}, {mileage}, {rounding}; billed to {payer}, due in {days} days.",
    ).format(
        patient=shown["patient"],
        hourly=hourly.format(amount=money(store, shown["hourly_cents"])),
        mileage=mileage.format(
            amount=format_mills(shown["mileage_mills"], shown["currency"]), unit=unit
        ),
        rounding=rounding.format(rounding=Rounding(shown["rounding"]).label.lower()),
        payer=shown["payer"],
        days=shown["terms_days"],
    )


def _mileage(args: argparse.Namespace) -> int:
    rate = None if args.rate is None else mills(args.rate, "--rate")
    store = open_store(args, writing=rate is not None)
    try:
        currency = store.agreements.settings().currency
        if rate is not None:
            year = args.year or date.today().year
            store.trips.set_rate(
                MileageRate(year=year, purpose=TripPurpose(args.purpose), rate_mills=rate)
            )
            print(
                translate("CliRates", "{year} {purpose} rate: {rate}.").format(
                    year=year,
                    purpose=TripPurpose(args.purpose).label.lower(),
                    rate=format_mills(rate, currency),
                )
            )
            return 0
        kept = [r for r in store.trips.rates() if args.year is None or r.year == args.year]
    finally:
        store.close()
    if not kept:
        print(translate("CliRates", "No standard mileage rates are kept yet; set one with --rate."))
    for kept_rate in kept:
        print(
            f"{kept_rate.year}  {kept_rate.purpose.label.lower():<11} "
            f"{format_mills(kept_rate.rate_mills, currency)}"
        )
    return 0
