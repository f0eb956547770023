"""How the business's printed documents say money, time, distances and the practice."""

from __future__ import annotations

from datetime import date

from carebook.core.billing_records import BillingSettings, InvoiceLine
from carebook.core.money import format_cents, format_mills
from carebook.core.vocabularies import DistanceUnit, LineKind
from carebook.reports.document import Block, Column, Paragraph, Span, line
from carebook.reports.patient_blocks import short_date

#: The class of a column or cell of money (or any number): right-aligned, kept on one line.
MONEY = "money"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Printed on every page of a business document: the client is named on it.
BUSINESS_FOOTER = (
    "Confidential: names a client of the practice. For the person it is addressed to only."
)


def money_column(title: str, width: int) -> Column:
    return Column(title, width, MONEY)


def hours(minutes: int) -> str:
    """75 -> "1 h 15 min", 45 -> "45 min", 120 -> "2 h"."""
    whole, rest = divmod(minutes, 60)
    if not whole:
        return f"{rest} min"
    return f"{whole} h {rest} min" if rest else f"{whole} h"


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
        return f"{decimal_hours(item.quantity)} h" if in_decimal else hours(item.quantity)
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
        return format_mills(item.rate_mills, currency) + "/h"
    if item.unit in ("tenth_mile", "tenth_km"):
        unit = DistanceUnit.MILE if item.unit == "tenth_mile" else DistanceUnit.KILOMETRE
        return format_mills(item.rate_mills, currency) + "/" + unit.short
    return format_mills(item.rate_mills, currency)


def month_name(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def period(first: date, last: date) -> str:
    """ "1 Nov 2026 to 30 Nov 2026"."""
    return f"{short_date(first)} to {short_date(last)}"


def practice_blocks(settings: BillingSettings) -> list[Block]:
    """The practice's name in bold over its address, phone and email (each part if given)."""
    name = settings.practice_name.strip() or "Care management"
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
