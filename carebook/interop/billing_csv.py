"""The business's records and reports as CSV: an invoice, the mileage log, time, the reports.

Every file is RFC 4180 with a byte-order mark (as `csv_export`); the columns are listed in
docs/billing_csv.md. Money is a plain decimal ("1250.00", "-50.00": no symbol, no thousands
separator) with its integer cents beside it where a sum is likely; a rate a unit has three
decimals ("0.725") with its integer mills; distances are decimals of the caseload's unit
("12.4"); dates are ISO ("2026-11-03"). Text a spreadsheet would take for a formula is
neutralised; numbers are written as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from carebook.core.billing_records import InvoiceLine, TimeEntry
from carebook.core.invoicing import AGES
from carebook.interop.csv_export import neutralise
from carebook.reports import write_text
from carebook.reports.billing_reports_data import (
    AgedReceivables,
    IncomeReport,
    MileageMonths,
    Statement,
    TimeReport,
    UnbilledReport,
    billing_reads,
)
from carebook.reports.mileage_log_data import MileageLog
from carebook.store.invoices import InvoiceView

if TYPE_CHECKING:
    from carebook.store.caseload import Store

#: A value written as it is: a number ("-50.00", "12.4", "1250").
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_UNITS = {"minute": "hour", "tenth_mile": "mile", "tenth_km": "km", "item": "item"}

Value = str | int | None


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A CSV file's header and rows."""

    header: tuple[str, ...]
    rows: list[tuple[Value, ...]]

    def text(self) -> str:
        """The table as CSV text: a byte-order mark, CRLF line ends, text neutralised."""
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(self.header)
        for row in self.rows:
            writer.writerow([_cell(value) for value in row])
        return "\ufeff" + buffer.getvalue()

    def write(self, path: Path) -> None:
        """Write the file whole or not at all, owner-only (it names clients)."""
        write_text(path, self.text())


def _cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return value if _NUMBER.fullmatch(value) else neutralise(value)


def decimal(cents: int) -> str:
    """12500 -> "125.00", -5000 -> "-50.00"."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def rate_decimal(mills: int) -> str:
    """725 -> "0.725", 125000 -> "125.000"."""
    sign = "-" if mills < 0 else ""
    whole, part = divmod(abs(mills), 1000)
    return f"{sign}{whole}.{part:03d}"


def tenths_decimal(tenths: int) -> str:
    """124 -> "12.4"."""
    sign = "-" if tenths < 0 else ""
    whole, part = divmod(abs(tenths), 10)
    return f"{sign}{whole}.{part}"


def hours_decimal(minutes: int) -> str:
    """75 -> "1.25", 50 -> "0.83" (two decimals, half up)."""
    hundredths = (minutes * 200 + 60) // 120
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _yes(value: bool) -> str:
    return "yes" if value else "no"


# -- records -------------------------------------------------------------------------------------


def invoice_table(view: InvoiceView) -> CsvTable:
    """An invoice's lines, each with the invoice's number, status and parties."""
    invoice = view.invoice
    header = (
        "invoice",
        "status",
        "issued_on",
        "due_on",
        "client",
        "payer",
        "line",
        "date",
        "kind",
        "description",
        "quantity",
        "unit",
        "minutes",
        "rate",
        "rate_mills",
        "amount",
        "amount_cents",
    )
    return CsvTable(
        header,
        [
            (
                invoice.number,
                view.standing.status.value,
                _day(invoice.issued_on),
                _day(invoice.due_on),
                invoice.client_name,
                invoice.payer_name,
                item.line_no,
                _day(item.on_date),
                item.kind.value,
                item.description,
                _quantity(item),
                _UNITS.get(item.unit, item.unit),
                item.quantity if item.unit == "minute" else None,
                rate_decimal(item.rate_mills),
                item.rate_mills,
                decimal(item.amount_cents),
                item.amount_cents,
            )
            for item in view.lines
        ],
    )


def _quantity(item: InvoiceLine) -> str:
    if item.unit == "minute":
        return hours_decimal(item.quantity)
    if item.unit in ("tenth_mile", "tenth_km"):
        return tenths_decimal(item.quantity)
    return str(item.quantity)


def mileage_log_table(log: MileageLog) -> CsvTable:
    """Every trip of the year with its running total, in the caseload's unit."""
    header = (
        "date",
        "from",
        "to",
        "purpose",
        "client",
        "round_trip",
        "distance",
        "running_total",
        "odometer_start",
        "odometer_end",
        "unit",
        "notes",
    )
    unit = log.unit.value
    return CsvTable(
        header,
        [
            (
                trip.on_date.isoformat(),
                trip.from_place,
                trip.to_place,
                trip.purpose.value,
                trip.client,
                _yes(trip.round_trip),
                tenths_decimal(trip.distance_tenths),
                tenths_decimal(trip.running_tenths),
                _reading(trip.odometer_start_tenths),
                _reading(trip.odometer_end_tenths),
                unit,
                trip.notes,
            )
            for trip in log.trips
        ],
    )


def _reading(tenths: int | None) -> str | None:
    return tenths_decimal(tenths) if tenths is not None else None


def mileage_totals_table(log: MileageLog) -> CsvTable:
    """The year's totals by purpose at that year's standard rate."""
    header = (
        "year",
        "purpose",
        "trips",
        "distance",
        "unit",
        "rate",
        "rate_mills",
        "deductible",
        "deductible_cents",
    )
    return CsvTable(
        header,
        [
            (
                log.year,
                total.purpose.value,
                total.trips,
                tenths_decimal(total.distance_tenths),
                log.unit.value,
                rate_decimal(total.rate_mills),
                total.rate_mills,
                decimal(total.deductible_cents),
                total.deductible_cents,
            )
            for total in log.totals
        ],
    )


def time_entries_table(
    entries: Sequence[TimeEntry], clients: dict[int, str], invoices: dict[int, int]
) -> CsvTable:
    """Time entries as kept (before an invoice rounds them); `clients` names each client by
    id and `invoices` gives each invoice's number by id (BillingReads.client_names and
    invoice_numbers)."""
    header = (
        "date",
        "started_at",
        "ended_at",
        "client",
        "activity",
        "minutes",
        "hours",
        "billable",
        "hourly_rate",
        "flat_fee",
        "amount",
        "amount_cents",
        "narrative",
        "invoice",
    )
    rows: list[tuple[Value, ...]] = []
    for entry in entries:
        if entry.flat_cents is not None:
            cents = entry.flat_cents
        else:
            cents = (2 * entry.minutes * entry.rate_cents * 10 + 600) // 1200
        if not entry.billable:
            cents = 0
        rows.append(
            (
                entry.on_date.isoformat(),
                entry.started_at.isoformat(timespec="minutes") if entry.started_at else None,
                entry.ended_at.isoformat(timespec="minutes") if entry.ended_at else None,
                clients.get(entry.patient_id, "") if entry.patient_id is not None else "",
                entry.activity,
                entry.minutes,
                hours_decimal(entry.minutes),
                _yes(entry.billable),
                decimal(entry.rate_cents),
                decimal(entry.flat_cents) if entry.flat_cents is not None else None,
                decimal(cents),
                cents,
                entry.narrative,
                invoices.get(entry.invoice_id) if entry.invoice_id is not None else None,
            )
        )
    return CsvTable(header, rows)


def time_entries_csv(store: Store, first: date | None = None, last: date | None = None) -> CsvTable:
    """Every time entry from `first` to `last` (all when not given), as kept."""
    reads = billing_reads(store)
    return time_entries_table(
        store.time.entries(None, first, last), reads.client_names(), reads.invoice_numbers()
    )


# -- reports -------------------------------------------------------------------------------------


def time_report_table(report: TimeReport) -> CsvTable:
    header = (
        "client",
        "activity",
        "billable",
        "entries",
        "minutes",
        "hours",
        "amount",
        "amount_cents",
    )
    return CsvTable(
        header,
        [
            (
                row.client,
                row.activity,
                _yes(row.billable),
                row.entries,
                row.minutes,
                hours_decimal(row.minutes),
                decimal(row.amount_cents),
                row.amount_cents,
            )
            for row in report.rows
        ],
    )


def unbilled_table(report: UnbilledReport) -> CsvTable:
    header = (
        "client",
        "since",
        "time_entries",
        "minutes",
        "hours",
        "time_amount",
        "time_cents",
        "trips",
        "distance",
        "unit",
        "expenses",
        "expense_amount",
        "expense_cents",
    )
    return CsvTable(
        header,
        [
            (
                row.client,
                row.oldest.isoformat(),
                row.entries,
                row.minutes,
                hours_decimal(row.minutes),
                decimal(row.time_cents),
                row.time_cents,
                row.trips,
                tenths_decimal(row.distance_tenths),
                report.unit.value,
                row.expenses,
                decimal(row.expense_cents),
                row.expense_cents,
            )
            for row in report.rows
        ],
    )


def mileage_months_table(report: MileageMonths) -> CsvTable:
    header = ("year", "month", "purpose", "trips", "distance", "unit")
    return CsvTable(
        header,
        [
            (
                report.year,
                row.month,
                row.purpose.value,
                row.trips,
                tenths_decimal(row.distance_tenths),
                report.unit.value,
            )
            for row in report.rows
        ],
    )


def income_table(report: IncomeReport) -> CsvTable:
    header = ("year", "month", "payments", "amount", "amount_cents")
    return CsvTable(
        header,
        [
            (row.year, row.month, row.payments, decimal(row.amount_cents), row.amount_cents)
            for row in report.rows
        ],
    )


def statement_table(report: Statement) -> CsvTable:
    header = (
        "payer",
        "date",
        "invoice",
        "kind",
        "description",
        "charge",
        "payment",
        "balance",
        "balance_cents",
    )
    return CsvTable(
        header,
        [
            (
                report.payer,
                entry.on_date.isoformat(),
                entry.invoice_number,
                entry.kind,
                entry.description,
                decimal(entry.charge_cents),
                decimal(entry.payment_cents),
                decimal(entry.balance_cents),
                entry.balance_cents,
            )
            for entry in report.lines
        ],
    )


#: The aged receivables' age columns in CSV: current, days_1_30, … days_over_90.
AGE_COLUMNS = ("current", "days_1_30", "days_31_60", "days_61_90", "days_over_90")


def aged_table(report: AgedReceivables) -> CsvTable:
    header = (
        "invoice",
        "client",
        "payer",
        "issued_on",
        "due_on",
        "days_overdue",
        "total",
        "paid",
        "balance",
        "balance_cents",
        *AGE_COLUMNS,
    )
    rows: list[tuple[Value, ...]] = []
    for row in report.rows:
        ages: list[Value] = [None] * len(AGES)
        ages[row.column] = decimal(row.balance_cents)
        rows.append(
            (
                row.number,
                row.client,
                row.payer,
                _day(row.issued_on),
                _day(row.due_on),
                row.days_overdue,
                decimal(row.total_cents),
                decimal(row.paid_cents),
                decimal(row.balance_cents),
                row.balance_cents,
                *ages,
            )
        )
    return CsvTable(header, rows)
