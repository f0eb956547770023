"""`carebook report KIND` as plain text: each report's title, aligned columns and notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from carebook.core.money import format_cents
from carebook.core.words import translate
from carebook.reports.billing_reports_data import (
    IncomeReport,
    MileageMonths,
    Statement,
    TimeReport,
    UnbilledReport,
)
from carebook.reports.billing_reports_wording import hours, month_name, period, tenths

if TYPE_CHECKING:
    from carebook.reports.billing_reports import BillingReport


def _columns(head: Sequence[str], rows: Sequence[Sequence[str]], left: int) -> list[str]:
    """`head` and `rows` in aligned columns: the first `left` columns to the left, the rest
    (numbers and money) to the right, two spaces between."""
    widths = [max(len(row[i]) for row in (head, *rows)) for i in range(len(head))]
    return [
        "  ".join(
            f"{cell:<{widths[i]}}" if i < left else f"{cell:>{widths[i]}}"
            for i, cell in enumerate(row)
        ).rstrip()
        for row in (head, *rows)
    ]


def report_text(report: BillingReport) -> str:
    """The report as plain text, in aligned columns, for `report --format text`."""
    if isinstance(report, TimeReport):
        lines = _time_text(report)
    elif isinstance(report, UnbilledReport):
        lines = _unbilled_text(report)
    elif isinstance(report, MileageMonths):
        lines = _mileage_text(report)
    elif isinstance(report, IncomeReport):
        lines = _income_text(report)
    else:
        assert isinstance(report, Statement)
        lines = _statement_text(report)
    return "\n".join(lines) + "\n"


def _time_text(report: TimeReport) -> list[str]:
    def cents(amount: int) -> str:
        return format_cents(amount, report.currency)

    title = translate("CliBillingReports", "Time by client and activity, {period}").format(
        period=period(report.first, report.last)
    )
    if not report.rows:
        return [title, translate("CliBillingReports", "No time kept in this period.")]
    rows = [
        (
            row.client or translate("CliBillingReports", "No client"),
            row.activity,
            translate("CliBillingReports", "yes")
            if row.billable
            else translate("CliBillingReports", "no"),
            str(row.entries),
            hours(row.minutes),
            cents(row.amount_cents) if row.billable else "—",
        )
        for row in report.rows
    ]
    rows += [
        (
            translate("CliBillingReports", "Billable"),
            "",
            "",
            "",
            hours(report.billable_minutes),
            cents(report.amount_cents),
        ),
        (
            translate("CliBillingReports", "Not billable"),
            "",
            "",
            "",
            hours(report.unbillable_minutes),
            "—",
        ),
    ]
    head = (
        translate("CliBillingReports", "Client"),
        translate("CliBillingReports", "Activity"),
        translate("CliBillingReports", "Billable"),
        translate("CliBillingReports", "Entries"),
        translate("CliBillingReports", "Time"),
        translate("CliBillingReports", "Amount"),
    )
    return [
        title,
        *_columns(head, rows, 3),
        translate("CliBillingReports", "Time as kept, before an invoice rounds it."),
    ]


def _unbilled_text(report: UnbilledReport) -> list[str]:
    def cents(amount: int) -> str:
        return format_cents(amount, report.currency)

    title = translate("CliBillingReports", "Unbilled work on {day}").format(day=report.on)
    if not report.rows:
        return [title, translate("CliBillingReports", "Every billable entry is on an invoice.")]
    unit = report.unit.short
    rows = [
        (
            row.client or translate("CliBillingReports", "No client"),
            row.oldest.isoformat(),
            hours(row.minutes) if row.entries else "",
            cents(row.time_cents),
            f"{tenths(row.distance_tenths)} {unit}" if row.trips else "",
            cents(row.expense_cents),
            cents(row.time_cents + row.expense_cents),
        )
        for row in report.rows
    ]
    rows.append(
        (
            translate("CliBillingReports", "All clients"),
            "",
            hours(report.minutes),
            cents(report.time_cents),
            f"{tenths(report.distance_tenths)} {unit}",
            cents(report.expense_cents),
            cents(report.time_cents + report.expense_cents),
        )
    )
    head = (
        translate("CliBillingReports", "Client"),
        translate("CliBillingReports", "Since"),
        translate("CliBillingReports", "Time"),
        translate("CliBillingReports", "Time billed"),
        translate("CliBillingReports", "Trips"),
        translate("CliBillingReports", "Expenses"),
        translate("CliBillingReports", "Total"),
    )
    return [
        title,
        *_columns(head, rows, 2),
        translate(
            "CliBillingReports", "Trips are billed at each client's mileage rate when invoiced."
        ),
    ]


def _mileage_text(report: MileageMonths) -> list[str]:
    title = translate("CliBillingReports", "Mileage by month, {year} ({unit})").format(
        year=report.year, unit=report.unit.label.lower()
    )
    if not report.rows:
        return [
            title,
            translate("CliBillingReports", "No trips logged in {year}.").format(year=report.year),
        ]
    purposes = [purpose for purpose, _trips, _tenths in report.purposes]
    rows = []
    for month in range(1, 13):
        mine = [row for row in report.rows if row.month == month]
        if not mine:
            continue
        by = {row.purpose: row.distance_tenths for row in mine}
        rows.append(
            (
                month_name(report.year, month),
                str(sum(row.trips for row in mine)),
                *(tenths(by[p]) if p in by else "—" for p in purposes),
                tenths(sum(by.values())),
            )
        )
    rows.append(
        (
            str(report.year),
            str(report.trips),
            *(tenths(total) for _purpose, _trips, total in report.purposes),
            tenths(report.distance_tenths),
        )
    )
    head = (
        translate("CliBillingReports", "Month"),
        translate("CliBillingReports", "Trips"),
        *(purpose.label for purpose in purposes),
        translate("CliBillingReports", "All"),
    )
    return [
        title,
        *_columns(head, rows, 1),
        translate("CliBillingReports", "A round trip is counted both ways."),
    ]


def _income_text(report: IncomeReport) -> list[str]:
    title = translate("CliBillingReports", "Income by month, {period}").format(
        period=period(report.first, report.last)
    )
    if not report.rows:
        return [title, translate("CliBillingReports", "No payments received in this period.")]
    rows = [
        (
            month_name(row.year, row.month),
            str(row.payments),
            format_cents(row.amount_cents, report.currency),
        )
        for row in report.rows
    ]
    total = format_cents(report.amount_cents, report.currency)
    rows.append((translate("CliBillingReports", "Total"), str(report.payments), total))
    head = (
        translate("CliBillingReports", "Month"),
        translate("CliBillingReports", "Payments"),
        translate("CliBillingReports", "Received"),
    )
    return [title, *_columns(head, rows, 1)]


def _statement_text(report: Statement) -> list[str]:
    def cents(amount: int) -> str:
        return format_cents(amount, report.currency)

    lines = [
        translate("CliBillingReports", "Statement for {payer} on {day}").format(
            payer=report.payer, day=report.on
        )
    ]
    lines += [f"  {part.strip()}" for part in report.address.splitlines() if part.strip()]
    if report.lines:
        rows = [
            (
                entry.on_date.isoformat(),
                entry.description,
                cents(entry.charge_cents) if entry.kind == "invoice" else "",
                cents(entry.payment_cents) if entry.payment_cents else "",
                cents(entry.balance_cents),
            )
            for entry in report.lines
        ]
        head = (
            translate("CliBillingReports", "Date"),
            translate("CliBillingReports", "Description"),
            translate("CliBillingReports", "Charges"),
            translate("CliBillingReports", "Payments"),
            translate("CliBillingReports", "Balance"),
        )
        lines += _columns(head, rows, 2)
    else:
        lines.append(translate("CliBillingReports", "No invoices issued to this payer."))
    owed = report.balance_cents
    summary = [
        (translate("CliBillingReports", "Invoiced"), cents(report.charged_cents)),
        (translate("CliBillingReports", "Paid"), cents(report.paid_cents)),
        (
            translate("CliBillingReports", "Balance due")
            if owed >= 0
            else translate("CliBillingReports", "Credit"),
            cents(abs(owed)),
        ),
    ]
    if report.overdue_cents:
        overdue = translate("CliBillingReports", "Of which overdue")
        summary.append((overdue, cents(report.overdue_cents)))
    label = max(len(said) for said, _amount in summary)
    amount = max(len(amount) for _said, amount in summary)
    lines += [f"{said:<{label}}  {value:>{amount}}" for said, value in summary]
    return lines
