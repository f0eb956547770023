"""How the business's printed documents say money, time, distances and the practice."""

from __future__ import annotations

from datetime import date

from carebook.core.billing_records import BillingSettings, InvoiceLine
from carebook.core.calendar_words import month_short
from carebook.core.money import format_cents, format_mills
from carebook.core.vocabularies import DistanceUnit, LineKind
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.reports.document import Block, Column, Paragraph, Span, line
from carebook.reports.patient_blocks import short_date

#: The class of a column or cell of money (or any number): right-aligned, kept on one line.
MONEY = "money"
#: Printed on every page of a business document: the client is named on it.
BUSINESS_FOOTER = QT_TRANSLATE_NOOP(
    "BillingWording",
    "Confidential: names a client of the practice. For the person it is addressed to only.",
)


def business_footer() -> str:
    """The footer of a business document, in the chosen language."""
    return translate("BillingWording", BUSINESS_FOOTER)


def money_column(title: str, width: int) -> Column:
    return Column(title, width, MONEY)


def hours(minutes: int) -> str:
    """75 -> "1 h 15 min", 45 -> "45 min", 120 -> "2 h"."""
    whole, rest = divmod(minutes, 60)
    if not whole:
        return translate("BillingWording", "{minutes} min").format(minutes=rest)
    if rest:
        return translate("BillingWording", "{hours} h {minutes} min").format(
            hours=whole, minutes=rest
        )
    return translate("BillingWording", "{hours} h").format(hours=whole)


def decimal_hours(minutes: int) -> str:
    """75 -> "1.25" (hours to two decimals, half up)."""
    hundredths = (minutes * 100 * 2 + 60) // 120
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def tenths(value: int) -> str:
    """124 -> "12.4", 12345 -> "1,234.5"."""
    sign = "-" if value < 0 else ""
    whole, part = divmod(abs(value), 10)
    return f"{sign}{whole:,}.{part}"


def distance(value: int, unit: DistanceUnit) -> str:
    """124 tenths -> "12.4 mi"."""
    return f"{tenths(value)} {unit.short}"


def money(cents: int, currency: str) -> str:
    return format_cents(cents, currency)


def quantity(item: InvoiceLine, *, in_decimal: bool = False) -> str:
    """A line's quantity with its unit: "1 h 15 min" (or "1.25 h"), "12.4 mi", "2"."""
    if item.unit == "minute":
        if in_decimal:
            return translate("BillingWording", "{hours} h").format(
                hours=decimal_hours(item.quantity)
            )
        return hours(item.quantity)
    if item.unit == "tenth_mile":
        return distance(item.quantity, DistanceUnit.MILE)
    if item.unit == "tenth_km":
        return distance(item.quantity, DistanceUnit.KILOMETRE)
    return str(item.quantity)


def rate(item: InvoiceLine, currency: str) -> str:
    """A line's rate: "$125.00/h", "$0.725/mi", "$40.00" (an item); "" for the retainer."""
    if item.kind is LineKind.RETAINER or item.rate_mills < 0:
        return ""
    if item.unit == "minute":
        return translate("BillingWording", "{rate}/h").format(
            rate=format_mills(item.rate_mills, currency)
        )
    if item.unit in ("tenth_mile", "tenth_km"):
        unit = DistanceUnit.MILE if item.unit == "tenth_mile" else DistanceUnit.KILOMETRE
        return format_mills(item.rate_mills, currency) + "/" + unit.short
    return format_mills(item.rate_mills, currency)


def month_name(year: int, month: int) -> str:
    """ "Nov 2026"."""
    return translate("BillingWording", "{month} {year}").format(month=month_short(month), year=year)


def period(first: date, last: date) -> str:
    """ "1 Nov 2026 to 30 Nov 2026"."""
    return translate("BillingWording", "{first} to {last}").format(
        first=short_date(first), last=short_date(last)
    )


def practice_blocks(settings: BillingSettings) -> list[Block]:
    """The practice's name in bold over its address, phone and email (each part if given)."""
    name = settings.practice_name.strip() or translate("BillingWording", "Care management")
    reach = " · ".join(
        part.strip()
        for part in (
            ", ".join(p.strip() for p in settings.practice_address.splitlines() if p.strip()),
            settings.practice_phone,
            settings.practice_email,
        )
        if part.strip()
    )
    blocks: list[Block] = [Paragraph(line(Span(name, "b")), "kicker")]
    if reach:
        blocks.append(Paragraph(line(reach), "subtitle"))
    return blocks
