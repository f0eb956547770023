"""The checks of the care manager's business records: what may be kept, and what needs a
second look before it is (a warning the coordinator may override)."""

from __future__ import annotations

from datetime import date

from carebook.core.billing_records import (
    Activity,
    Agreement,
    BillingSettings,
    Expense,
    Invoice,
    InvoiceLine,
    Payment,
    Place,
    RunningTimer,
    TimeEntry,
    Trip,
)
from carebook.core.errors import ValidationError
from carebook.core.money import MAX_CENTS, format_cents
from carebook.core.validation import check_fields
from carebook.core.vocabularies import PayerKind
from carebook.core.words import translate

#: A time entry is at most a day; a trip beyond this many units asks to be confirmed.
MAX_MINUTES = 24 * 60
LONG_TRIP_TENTHS = 1000 * 10
#: Hourly rates above this are a typo (a rate of $12,500 an hour for $125.00).
MAX_HOURLY_CENTS = 2000_00
CURRENCY_LETTERS = 3


def check_activity(activity: Activity) -> None:
    if not activity.name.strip():
        raise ValidationError(
            translate("BillingRules", "Name the activity (e.g. 'Hospital discharge planning')."),
            "name",
        )
    if len(activity.name) > 60:
        raise ValidationError(
            translate("BillingRules", "An activity's name is at most 60 characters."), "name"
        )
    check_fields(activity)
    _rate(activity.hourly_rate_cents, "hourly_rate_cents")
    _amount(activity.flat_cents, "flat_cents", translate("BillingRules", "The fixed fee"))


def check_agreement(agreement: Agreement) -> None:
    check_fields(agreement)
    if agreement.payer_kind is PayerKind.CONTACT and agreement.payer_contact_id is None:
        raise ValidationError(
            translate("BillingRules", "Choose the contact who pays (the daughter, the POA …)."),
            "payer_contact_id",
        )
    if (
        agreement.payer_kind in (PayerKind.TRUST, PayerKind.AGENCY)
        and not agreement.payer_name.strip()
    ):
        if agreement.payer_kind is PayerKind.TRUST:
            said = translate("BillingRules", "Name the trust that pays.")
        else:
            said = translate("BillingRules", "Name the agency that pays.")
        raise ValidationError(said, "payer_name")
    _rate(agreement.hourly_rate_cents, "hourly_rate_cents")
    if agreement.mileage_rate_mills is not None and not 0 <= agreement.mileage_rate_mills <= 10_000:
        raise ValidationError(
            translate("BillingRules", "A mileage rate is between 0.000 and 10.000 a mile."),
            "mileage_rate_mills",
        )
    _amount(agreement.retainer_cents, "retainer_cents", translate("BillingRules", "The retainer"))
    if not 0 <= agreement.terms_days <= 365:
        raise ValidationError(
            translate("BillingRules", "Payment is due within 0 to 365 days."), "terms_days"
        )


def check_time_entry(entry: TimeEntry, today: date) -> None:
    """A time entry has an activity, 1 minute to 24 hours, an end after its start, and a date
    no later than tomorrow (an entry for a visit about to start)."""
    check_fields(entry)
    if not entry.activity.strip():
        raise ValidationError(
            translate("BillingRules", "Choose the activity (a home visit, a phone call …)."),
            "activity",
        )
    if entry.minutes <= 0:
        raise ValidationError(
            translate("BillingRules", "The time must be at least one minute."), "minutes"
        )
    if entry.minutes > MAX_MINUTES:
        raise ValidationError(
            translate(
                "BillingRules",
                "{minutes:,} minutes is more than a day; an entry is at most 24 hours "
                "(1,440 minutes). Split longer work by day.",
            ).format(minutes=entry.minutes),
            "minutes",
        )
    if entry.started_at and entry.ended_at and entry.ended_at <= entry.started_at:
        raise ValidationError(
            translate("BillingRules", "The end comes after the start."), "ended_at"
        )
    if (entry.on_date - today).days > 1:
        raise ValidationError(
            translate("BillingRules", "Time cannot be kept for a day still to come."), "on_date"
        )
    _rate(entry.rate_cents, "rate_cents")
    _amount(entry.flat_cents, "flat_cents", translate("BillingRules", "The fixed fee"))


def time_entry_warnings(entry: TimeEntry, overlapping: int) -> list[str]:
    """What to ask before keeping an entry: a billable one at no rate, one that overlaps
    another of the same day's work."""
    said = []
    if entry.billable and entry.rate_cents == 0 and entry.flat_cents is None:
        said.append(
            translate("BillingRules", "It is billable at a rate of 0, so it bills nothing.")
        )
    if overlapping:
        if overlapping == 1:
            said.append(translate("BillingRules", "It overlaps another entry of the same day."))
        else:
            said.append(
                translate(
                    "BillingRules", "It overlaps {count} other entries of the same day."
                ).format(count=overlapping)
            )
    return said


def check_timer(timer: RunningTimer) -> None:
    check_fields(timer)


def check_place(place: Place) -> None:
    if not place.name.strip():
        raise ValidationError(
            translate("BillingRules", "Name the place (e.g. 'Office', 'St Mary's Hospital')."),
            "name",
        )
    check_fields(place)


def check_trip(trip: Trip, today: date) -> None:
    """A trip goes from somewhere to somewhere, no further than 10,000 miles, with an odometer
    that did not run backwards; its distance agrees with the odometer when both are given."""
    check_fields(trip)
    if not trip.from_place.strip():
        raise ValidationError(
            translate("BillingRules", "Say where the trip started (Home, Office …)."), "from_place"
        )
    if not trip.to_place.strip():
        raise ValidationError(translate("BillingRules", "Say where the trip went."), "to_place")
    if trip.on_date > today:
        raise ValidationError(
            translate("BillingRules", "A trip cannot be logged for a day still to come."), "on_date"
        )
    start, end = trip.odometer_start_tenths, trip.odometer_end_tenths
    if start is not None and start < 0:
        raise ValidationError(
            translate("BillingRules", "An odometer reading cannot be negative."),
            "odometer_start_tenths",
        )
    if start is not None and end is not None and end < start:
        raise ValidationError(
            translate(
                "BillingRules",
                "The odometer at the end ({end:,.1f}) is below its start "
                "({start:,.1f}); check the readings.",
            ).format(end=end / 10, start=start / 10),
            "odometer_end_tenths",
        )
    if trip.distance_tenths < 0:
        raise ValidationError(
            translate("BillingRules", "A distance cannot be negative."), "distance_tenths"
        )
    if trip.distance_tenths > 100_000:
        raise ValidationError(
            translate("BillingRules", "A trip of more than 10,000 is a typo; check the distance."),
            "distance_tenths",
        )
    if start is not None and end is not None and trip.distance_tenths == 0:
        return
    if trip.distance_tenths == 0:
        raise ValidationError(
            translate("BillingRules", "Give the distance, or the odometer at the start and end."),
            "distance_tenths",
        )


def trip_warnings(trip: Trip) -> list[str]:
    if trip.total_tenths > LONG_TRIP_TENTHS:
        said = translate("BillingRules", "A trip of {distance:,.1f} is over 1,000; is that right?")
        return [said.format(distance=trip.total_tenths / 10)]
    return []


def check_expense(expense: Expense, today: date) -> None:
    check_fields(expense)
    if expense.amount_cents <= 0:
        raise ValidationError(
            translate("BillingRules", "An expense is more than 0.00."), "amount_cents"
        )
    _amount(expense.amount_cents, "amount_cents", translate("BillingRules", "The amount"))
    if expense.on_date > today:
        raise ValidationError(
            translate("BillingRules", "An expense cannot be kept for a day still to come."),
            "on_date",
        )


def check_invoice(invoice: Invoice) -> None:
    check_fields(invoice)
    if invoice.number <= 0:
        raise ValidationError(
            translate("BillingRules", "An invoice's number is 1 or more."), "number"
        )
    if invoice.period_to < invoice.period_from:
        raise ValidationError(
            translate("BillingRules", "The period ends on or after its first day."), "period_to"
        )
    if not 0 <= invoice.terms_days <= 365:
        raise ValidationError(
            translate("BillingRules", "Payment is due within 0 to 365 days."), "terms_days"
        )


def check_invoice_line(line: InvoiceLine) -> None:
    check_fields(line)
    if not line.description.strip():
        raise ValidationError(translate("BillingRules", "Describe the line."), "description")


def check_payment(payment: Payment, today: date) -> None:
    check_fields(payment)
    if payment.amount_cents <= 0:
        raise ValidationError(
            translate("BillingRules", "A payment is more than 0.00."), "amount_cents"
        )
    _amount(payment.amount_cents, "amount_cents", translate("BillingRules", "The payment"))
    if payment.paid_on > today:
        raise ValidationError(
            translate("BillingRules", "A payment cannot be recorded for a day still to come."),
            "paid_on",
        )


def check_settings(settings: BillingSettings) -> None:
    check_fields(settings)
    code = settings.currency.strip()
    if len(code) != CURRENCY_LETTERS or not code.isalpha() or not code.isascii():
        raise ValidationError(
            translate("BillingRules", "The currency is its three-letter code (USD, EUR, GBP …)."),
            "currency",
        )
    _rate(settings.default_hourly_cents, "default_hourly_cents")
    if not 1 <= settings.receipt_limit_mb <= 100:
        raise ValidationError(
            translate("BillingRules", "Receipts may be 1 to 100 MB."), "receipt_limit_mb"
        )
    if not 0 <= settings.terms_days <= 365:
        raise ValidationError(
            translate("BillingRules", "Payment is due within 0 to 365 days."), "terms_days"
        )


def _rate(cents: int | None, field: str) -> None:
    if cents is None:
        return
    if cents < 0:
        raise ValidationError(translate("BillingRules", "A rate cannot be negative."), field)
    if cents > MAX_HOURLY_CENTS:
        raise ValidationError(
            translate(
                "BillingRules",
                "An hourly rate of {cents} is more than {max_hourly_cents}; check the "
                "decimal point.",
            ).format(cents=format_cents(cents), max_hourly_cents=format_cents(MAX_HOURLY_CENTS)),
            field,
        )


def _amount(cents: int | None, field: str, what: str) -> None:
    if cents is not None and not 0 <= cents <= MAX_CENTS:
        raise ValidationError(
            translate("BillingRules", "{what} is between 0.00 and {max_cents}.").format(
                what=what, max_cents=format_cents(MAX_CENTS)
            ),
            field,
        )
