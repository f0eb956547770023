"""What the business's reports hold: time, unbilled work, mileage, income, statements, ages."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from carebook.core.invoicing import AGES, age_column, standing
from carebook.core.vocabularies import DistanceUnit, InvoiceStatus, TripPurpose
from carebook.core.words import translate
from carebook.reports.patient_blocks import short_date
from carebook.store.billing_reads import (
    BillingReads,
    IncomeMonth,
    MileageMonth,
    TimeSum,
    UnbilledSum,
)

if TYPE_CHECKING:
    from carebook.core.billing_records import Invoice
    from carebook.store.caseload import Store

__all__ = [
    "AGES",
    "AgedReceivables",
    "AgedRow",
    "IncomeMonth",
    "IncomeReport",
    "MileageMonth",
    "MileageMonths",
    "Statement",
    "StatementLine",
    "TimeReport",
    "TimeSum",
    "UnbilledReport",
    "UnbilledSum",
    "aged_receivables",
    "as_json",
    "billing_reads",
    "income_report",
    "mileage_months",
    "statement",
    "time_report",
    "unbilled_report",
]


def billing_reads(store: Store) -> BillingReads:
    """The store's billing sums (its own part once it holds one, else one made over its parts)."""
    held = getattr(store, "billing_reads", None)
    if isinstance(held, BillingReads):
        return held
    return BillingReads(store.caseload, store.agreements, store.invoices, store.trips)


@dataclass(frozen=True, slots=True)
class TimeReport:
    """Time by client and activity for a period, with what the billable time bills."""

    first: date
    last: date
    currency: str
    rows: list[TimeSum]
    billable_minutes: int
    unbillable_minutes: int
    amount_cents: int


@dataclass(frozen=True, slots=True)
class UnbilledReport:
    """Each client's work on no invoice yet, on a day."""

    on: date
    currency: str
    unit: DistanceUnit
    rows: list[UnbilledSum]
    minutes: int
    time_cents: int
    distance_tenths: int
    expense_cents: int


@dataclass(frozen=True, slots=True)
class MileageMonths:
    """A year's distances by month and purpose."""

    year: int
    unit: DistanceUnit
    rows: list[MileageMonth]
    #: Each purpose's year, in the vocabulary's order: (purpose, trips, tenths).
    purposes: list[tuple[TripPurpose, int, int]]
    trips: int
    distance_tenths: int


@dataclass(frozen=True, slots=True)
class IncomeReport:
    """Payments received by month over a period."""

    first: date
    last: date
    currency: str
    rows: list[IncomeMonth]
    payments: int
    amount_cents: int


@dataclass(frozen=True, slots=True)
class StatementLine:
    """An invoice charged or a payment received, with the payer's balance after it."""

    on_date: date
    invoice_number: int
    #: "invoice", "payment", or "void" (an invoice voided: charges nothing).
    kind: str
    description: str
    charge_cents: int
    payment_cents: int
    balance_cents: int


@dataclass(frozen=True, slots=True)
class Statement:
    """A payer's invoices and payments in date order, and what they owe (negative: credit)."""

    payer: str
    address: str
    on: date
    currency: str
    lines: list[StatementLine]
    charged_cents: int
    paid_cents: int
    balance_cents: int
    #: What is owed past its due date.
    overdue_cents: int


@dataclass(frozen=True, slots=True)
class AgedRow:
    """An issued invoice with a balance, and the age column its balance falls in."""

    number: int
    client: str
    payer: str
    issued_on: date | None
    due_on: date | None
    days_overdue: int
    total_cents: int
    paid_cents: int
    balance_cents: int
    #: Its index in AGES.
    column: int


@dataclass(frozen=True, slots=True)
class AgedReceivables:
    """What is owed on a day, invoice by invoice, by how late it is."""

    on: date
    currency: str
    rows: list[AgedRow]
    #: The balances in each of AGES.
    totals: list[int]
    balance_cents: int


def time_report(store: Store, first: date, last: date) -> TimeReport:
    rows = billing_reads(store).time_sums(first, last)
    return TimeReport(
        first=first,
        last=last,
        currency=store.agreements.settings().currency,
        rows=rows,
        billable_minutes=sum(row.minutes for row in rows if row.billable),
        unbillable_minutes=sum(row.minutes for row in rows if not row.billable),
        amount_cents=sum(row.amount_cents for row in rows),
    )


def unbilled_report(store: Store) -> UnbilledReport:
    rows = billing_reads(store).unbilled()
    settings = store.agreements.settings()
    return UnbilledReport(
        on=store.today(),
        currency=settings.currency,
        unit=settings.distance_unit,
        rows=rows,
        minutes=sum(row.minutes for row in rows),
        time_cents=sum(row.time_cents for row in rows),
        distance_tenths=sum(row.distance_tenths for row in rows),
        expense_cents=sum(row.expense_cents for row in rows),
    )


def mileage_months(store: Store, year: int) -> MileageMonths:
    rows = billing_reads(store).mileage_months(year)
    purposes = [
        (
            purpose,
            sum(row.trips for row in rows if row.purpose is purpose),
            sum(row.distance_tenths for row in rows if row.purpose is purpose),
        )
        for purpose in TripPurpose
    ]
    return MileageMonths(
        year=year,
        unit=store.agreements.settings().distance_unit,
        rows=rows,
        purposes=purposes,
        trips=sum(row.trips for row in rows),
        distance_tenths=sum(row.distance_tenths for row in rows),
    )


def income_report(store: Store, first: date, last: date) -> IncomeReport:
    rows = billing_reads(store).income_months(first, last)
    return IncomeReport(
        first=first,
        last=last,
        currency=store.agreements.settings().currency,
        rows=rows,
        payments=sum(row.payments for row in rows),
        amount_cents=sum(row.amount_cents for row in rows),
    )


def _invoice_said(invoice: Invoice, void: bool) -> str:
    """ "Invoice 12, Edna Marsh, due 6 Jan 2027", or "Invoice 12 (void)"."""
    client = invoice.client_name
    if void:
        said = (
            translate("BillingReports", "Invoice {number}, {client} (void)")
            if client
            else translate("BillingReports", "Invoice {number} (void)")
        )
        return said.format(number=invoice.number, client=client)
    if invoice.due_on is not None:
        said = (
            translate("BillingReports", "Invoice {number}, {client}, due {date}")
            if client
            else translate("BillingReports", "Invoice {number}, due {date}")
        )
        return said.format(number=invoice.number, client=client, date=short_date(invoice.due_on))
    said = (
        translate("BillingReports", "Invoice {number}, {client}")
        if client
        else translate("BillingReports", "Invoice {number}")
    )
    return said.format(number=invoice.number, client=client)


def statement(store: Store, payer: str) -> Statement:
    """The payer's statement: every invoice issued to them (void ones charging nothing) and
    every payment, oldest first, with the running balance."""
    reads = billing_reads(store)
    today = store.today()
    sums = reads.invoice_sums(payer=payer)
    events: list[tuple[date, int, int, StatementLine]] = []
    overdue = 0
    for found in sums:
        invoice = found.invoice
        day = invoice.issued_on or invoice.drafted_on
        void = invoice.status is InvoiceStatus.VOID
        said = _invoice_said(invoice, void)
        events.append(
            (
                day,
                0,
                invoice.number,
                StatementLine(
                    day,
                    invoice.number,
                    "void" if void else "invoice",
                    said,
                    0 if void else found.total_cents,
                    0,
                    0,
                ),
            )
        )
        stands = standing(invoice, found.total_cents, found.paid_cents, today)
        if stands.days_overdue > 0:
            overdue += stands.balance_cents
    for number, payment in reads.payments_to(payer):
        said = translate("BillingReports", "Payment, {method}, invoice {number}").format(
            method=payment.method.label.lower(), number=number
        )
        if payment.note.strip():
            said = translate("BillingReports", "{payment}: {note}").format(
                payment=said, note=payment.note.strip()
            )
        events.append(
            (
                payment.paid_on,
                1,
                number,
                StatementLine(payment.paid_on, number, "payment", said, 0, payment.amount_cents, 0),
            )
        )
    events.sort(key=lambda event: event[:3])
    lines, balance = [], 0
    for _day, _order, _number, entry in events:
        balance += entry.charge_cents - entry.payment_cents
        lines.append(dataclasses.replace(entry, balance_cents=balance))
    latest = sums[-1].invoice.payer_address if sums else ""
    charged = sum(entry.charge_cents for entry in lines)
    paid = sum(entry.payment_cents for entry in lines)
    return Statement(
        payer=payer,
        address=latest,
        on=today,
        currency=store.agreements.settings().currency,
        lines=lines,
        charged_cents=charged,
        paid_cents=paid,
        balance_cents=charged - paid,
        overdue_cents=overdue,
    )


def aged_receivables(store: Store) -> AgedReceivables:
    """Every issued invoice with a balance, by how many days past due, in one read."""
    today = store.today()
    rows: list[AgedRow] = []
    totals = [0] * len(AGES)
    for owed in billing_reads(store).owed():
        # As core.invoicing.standing has it for an issued invoice not paid in full.
        late = max(0, (today - owed.due_on).days) if owed.due_on is not None else 0
        balance = owed.total_cents - owed.paid_cents
        column = age_column(late)
        totals[column] += balance
        rows.append(
            AgedRow(
                number=owed.number,
                client=owed.client,
                payer=owed.payer,
                issued_on=owed.issued_on,
                due_on=owed.due_on,
                days_overdue=late,
                total_cents=owed.total_cents,
                paid_cents=owed.paid_cents,
                balance_cents=balance,
                column=column,
            )
        )
    rows.sort(key=lambda row: (-row.days_overdue, row.number))
    return AgedReceivables(
        on=today,
        currency=store.agreements.settings().currency,
        rows=rows,
        totals=totals,
        balance_cents=sum(totals),
    )


def as_json(report: object) -> Any:
    """A report as plain JSON values: dates as ISO text, vocabularies as their codes, money in
    integer cents, distances in integer tenths, times in minutes (as the fields are named)."""
    if dataclasses.is_dataclass(report) and not isinstance(report, type):
        return {
            item.name: as_json(getattr(report, item.name)) for item in dataclasses.fields(report)
        }
    if isinstance(report, enum.Enum):
        return report.value
    if isinstance(report, date):
        return report.isoformat()
    if isinstance(report, list | tuple):
        return [as_json(item) for item in report]
    return report
