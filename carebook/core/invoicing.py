"""An invoice's lines made from unbilled time, trips and expenses, its totals, and how it
stands (paid, part paid, overdue) — the arithmetic, with no file behind it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from carebook.core.billing_records import Expense, Invoice, InvoiceLine, TimeEntry, Trip
from carebook.core.money import cents_for, hourly_mills
from carebook.core.rounding import rounded_entries
from carebook.core.vocabularies import (
    DistanceUnit,
    InvoiceGrouping,
    InvoiceStatus,
    LineKind,
    Rounding,
    RoundingScope,
)
from carebook.core.words import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class Billable:
    """What a draft bills: the client's unbilled entries of a period, and how to bill them."""

    entries: Sequence[TimeEntry]
    trips: Sequence[Trip]
    expenses: Sequence[Expense]
    grouping: InvoiceGrouping
    rounding: Rounding
    scope: RoundingScope
    unit: DistanceUnit
    #: The client's mileage rate in mills a unit (the agreement's, else the year's business rate).
    mileage_mills: int
    #: What the client has paid ahead and not yet drawn on, in cents.
    retainer_cents: int = 0

    @property
    def empty(self) -> bool:
        return not (self.entries or self.trips or self.expenses)


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours:
        return translate("Invoicing", "{hours} h {minutes:02d} min").format(
            hours=hours, minutes=rest
        )
    return translate("Invoicing", "{minutes} min").format(minutes=rest)


def time_lines(billable: Billable) -> list[InvoiceLine]:
    """The time lines: flat fees each on a line; the rest a line a day (or an activity) per rate."""
    billed = rounded_entries(
        ((e.patient_id, e.on_date, e.minutes) for e in billable.entries),
        billable.rounding,
        billable.scope,
    )
    lines: list[InvoiceLine] = []
    groups: dict[tuple[object, str, int], list[tuple[TimeEntry, int]]] = {}
    for entry, minutes in sorted(
        zip(billable.entries, billed, strict=True),
        key=lambda pair: (pair[0].on_date, pair[0].id or 0),
    ):
        if entry.flat_cents is not None:
            lines.append(
                _line(
                    LineKind.TIME,
                    entry.on_date,
                    _said(entry),
                    1,
                    "item",
                    entry.flat_cents * 10,
                    entry.flat_cents,
                )
            )
            continue
        if billable.grouping is InvoiceGrouping.DAY:
            key: tuple[object, str, int] = (entry.on_date, "", entry.rate_cents)
        else:
            key = (None, entry.activity, entry.rate_cents)
        groups.setdefault(key, []).append((entry, minutes))
    for (day, activity, rate), members in groups.items():
        minutes = sum(m for _e, m in members)
        if billable.grouping is InvoiceGrouping.DAY:
            said = "; ".join(dict.fromkeys(_said(e) for e, _m in members))
            on = day if isinstance(day, date) else None
        else:
            if len(members) > 1:
                said = translate("Invoicing", "{activity}: {count} times, {hours}")
            else:
                said = translate("Invoicing", "{activity}: 1 time, {hours}")
            said = said.format(activity=activity, count=len(members), hours=_hours(minutes))
            on = None
        mills = hourly_mills(rate)
        lines.append(
            _line(LineKind.TIME, on, said, minutes, "minute", mills, cents_for(minutes, 60, mills))
        )
    return sorted(lines, key=lambda line: (line.on_date or date.min, line.description))


def _said(entry: TimeEntry) -> str:
    return f"{entry.activity}: {entry.narrative}" if entry.narrative.strip() else entry.activity


def mileage_lines(billable: Billable) -> list[InvoiceLine]:
    unit = "tenth_mile" if billable.unit is DistanceUnit.MILE else "tenth_km"
    lines = []
    for trip in sorted(billable.trips, key=lambda t: (t.on_date, t.id or 0)):
        said = (
            translate("Invoicing", "{start} to {end} and back")
            if trip.round_trip
            else translate("Invoicing", "{start} to {end}")
        ).format(start=trip.from_place, end=trip.to_place)
        lines.append(
            _line(
                LineKind.MILEAGE,
                trip.on_date,
                said,
                trip.total_tenths,
                unit,
                billable.mileage_mills,
                cents_for(trip.total_tenths, 10, billable.mileage_mills),
            )
        )
    return lines


def expense_lines(billable: Billable) -> list[InvoiceLine]:
    lines = []
    for expense in sorted(billable.expenses, key=lambda e: (e.on_date, e.id or 0)):
        said = expense.category.label + (f": {expense.note}" if expense.note.strip() else "")
        lines.append(
            _line(
                LineKind.EXPENSE,
                expense.on_date,
                said,
                1,
                "item",
                expense.amount_cents * 10,
                expense.amount_cents,
            )
        )
    return lines


def invoice_lines(billable: Billable) -> list[InvoiceLine]:
    """Every line of a new draft, numbered: time, mileage, expenses, then the retainer drawn on
    (no more than the lines come to)."""
    lines = [*time_lines(billable), *mileage_lines(billable), *expense_lines(billable)]
    subtotal = sum(line.amount_cents for line in lines)
    drawn = min(billable.retainer_cents, subtotal)
    if drawn > 0:
        lines.append(
            _line(
                LineKind.RETAINER,
                None,
                translate("Invoicing", "Retainer applied"),
                1,
                "item",
                -drawn * 10,
                -drawn,
            )
        )
    for number, line in enumerate(lines, start=1):
        line.line_no = number
    return lines


def _line(
    kind: LineKind,
    on: date | None,
    said: str,
    quantity: int,
    unit: str,
    rate_mills: int,
    amount_cents: int,
) -> InvoiceLine:
    return InvoiceLine(
        invoice_id=0,
        line_no=0,
        kind=kind,
        on_date=on,
        description=said,
        quantity=quantity,
        unit=unit,
        rate_mills=rate_mills,
        amount_cents=amount_cents,
    )


@dataclass(frozen=True, slots=True)
class Standing:
    """How an invoice stands on a day: its total, what is paid, what is owed and by when."""

    total_cents: int
    paid_cents: int
    status: InvoiceStatus
    days_overdue: int

    @property
    def balance_cents(self) -> int:
        """What is still owed (0 once paid; a payment over the total is a credit)."""
        return max(0, self.total_cents - self.paid_cents)

    @property
    def credit_cents(self) -> int:
        return (
            max(0, self.paid_cents - self.total_cents)
            if self.status is not InvoiceStatus.VOID
            else 0
        )


def standing(invoice: Invoice, total_cents: int, paid_cents: int, today: date) -> Standing:
    """The invoice's status as a coordinator reads it: paid and part paid come from payments."""
    status = invoice.status
    if status is InvoiceStatus.ISSUED and paid_cents >= total_cents:
        status = InvoiceStatus.PAID
    elif status is InvoiceStatus.ISSUED and paid_cents > 0:
        status = InvoiceStatus.PART_PAID
    late = 0
    if status in (InvoiceStatus.ISSUED, InvoiceStatus.PART_PAID) and invoice.due_on:
        late = max(0, (today - invoice.due_on).days)
    return Standing(total_cents, paid_cents, status, late)


#: The aged receivables' columns: not yet due, then up to 30, 60, 90 and over 90 days late.
#: Marked for translation in context "Invoicing": translate("Invoicing", AGES[n]) where shown.
AGES = (
    QT_TRANSLATE_NOOP("Invoicing", "Current"),
    QT_TRANSLATE_NOOP("Invoicing", "1–30 days"),
    QT_TRANSLATE_NOOP("Invoicing", "31–60 days"),
    QT_TRANSLATE_NOOP("Invoicing", "61–90 days"),
    QT_TRANSLATE_NOOP("Invoicing", "Over 90 days"),
)


def age_column(days_overdue: int) -> int:
    """Which of AGES a balance this many days past its due date falls in."""
    if days_overdue <= 0:
        return 0
    return min(4, 1 + (days_overdue - 1) // 30)
