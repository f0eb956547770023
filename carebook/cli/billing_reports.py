"""`carebook report KIND`: the business's reports (time, unbilled work, mileage by month, income
by month, a payer's statement) as text, JSON, CSV, a printable PDF or a web page."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from carebook.cli.common import emit, open_store, output_path, write_pdf
from carebook.cli.refusal import CommandError
from carebook.core.dates import parse_date
from carebook.core.money import format_cents
from carebook.core.words import translate
from carebook.reports.billing_reports_data import (
    IncomeReport,
    MileageMonths,
    Statement,
    TimeReport,
    UnbilledReport,
    as_json,
    billing_reads,
    income_report,
    mileage_months,
    statement,
    time_report,
    unbilled_report,
)
from carebook.reports.billing_reports_wording import hours, month_name, period, tenths

if TYPE_CHECKING:
    from pathlib import Path

    from carebook.interop.billing_csv import CsvTable
    from carebook.reports.billing_reports import BillingReport
    from carebook.store.caseload import Store

#: The kinds of report, each with what `report --help` says of it.
KINDS = {
    "time": "time by client and activity, billable or not (default period: last month)",
    "unbilled": "billable work on no invoice yet, by client",
    "mileage": "a year's distances by month and purpose (needs --year)",
    "income": "payments received, by month (default period: the last twelve months)",
    "statement": "a payer's invoices and payments with the running balance (needs --payer)",
}
#: What a PDF written is called when the command says so.
_WHAT = {
    "time": "Time report",
    "unbilled": "Unbilled work",
    "mileage": "Mileage by month",
    "income": "Income by month",
    "statement": "Statement",
}


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `report` to the sub-commands."""
    report = commands.add_parser(
        "report",
        help=translate(
            "CliBillingReports",
            "the business's reports: time, unbilled work, mileage, income, a statement",
        ),
        description="One of the business's reports. "
        + " ".join(f"{kind}: {said}." for kind, said in KINDS.items()),
    )
    db_option(report)
    report.add_argument("kind", choices=tuple(KINDS), metavar="KIND", help=" | ".join(KINDS))
    report.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        help=translate("CliBillingReports", "time and income"),
    )
    report.add_argument(
        "--to",
        dest="last",
        metavar="YYYY-MM-DD",
        help=translate("CliBillingReports", "time and income"),
    )
    report.add_argument(
        "--year", type=int, metavar="YEAR", help=translate("CliBillingReports", "mileage: the year")
    )
    report.add_argument(
        "--payer",
        metavar="NAME",
        help=translate("CliBillingReports", "statement: who the invoices went to"),
    )
    report.add_argument("--format", choices=("text", "json", "csv", "pdf", "html"), default="text")
    report.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("CliBillingReports", "write to FILE (needed for pdf)"),
    )


def run(args: argparse.Namespace) -> int:
    _refuse_options_of_other_kinds(args)
    first = parse_date(args.first, "--from") if args.first else None
    last = parse_date(args.last, "--to") if args.last else None
    if first is not None and last is not None and last < first:
        raise CommandError(f"--to {last} is before --from {first}")
    if args.kind == "mileage":
        if args.year is None:
            raise CommandError(
                translate("CliBillingReports", "report mileage needs --year, such as --year 2026")
            )
        if not 1900 <= args.year <= 9999:
            raise CommandError(f"--year {args.year} is not a year to report trips in")
    if args.kind == "statement" and not (args.payer or "").strip():
        raise CommandError(
            translate(
                "CliBillingReports", "report statement needs --payer NAME: who the invoices went to"
            )
        )
    output = output_path(args)
    store = open_store(args)
    try:
        report = _report(store, args, first, last)
        if args.format in ("pdf", "html"):
            _printed(store, report, args, output)
            return 0
    finally:
        store.close()
    if args.format == "json":
        text = json.dumps(as_json(report), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "csv":
        text = _table(report).text()
    else:
        text = _text(report)
    emit(text, output)
    return 0


def _refuse_options_of_other_kinds(args: argparse.Namespace) -> None:
    """An option the kind has no use for is refused rather than quietly ignored."""
    given = {
        "--from": args.first is not None and args.kind not in ("time", "income"),
        "--to": args.last is not None and args.kind not in ("time", "income"),
        "--year": args.year is not None and args.kind != "mileage",
        "--payer": args.payer is not None and args.kind != "statement",
    }
    for option, unwanted in given.items():
        if unwanted:
            raise CommandError(f"report {args.kind} takes no {option}")


def _report(
    store: Store, args: argparse.Namespace, first: date | None, last: date | None
) -> BillingReport:
    today = store.today()
    if args.kind == "time":
        if first is None and last is None:
            last = today.replace(day=1) - timedelta(days=1)
            first = last.replace(day=1)
        first = first or (last or today).replace(day=1)
        return time_report(store, first, last or max(first, today))
    if args.kind == "income":
        if first is None:
            start = last or today
            back = start.year * 12 + start.month - 1 - 11
            first = date(back // 12, back % 12 + 1, 1)
        return income_report(store, first, last or max(first, today))
    if args.kind == "unbilled":
        return unbilled_report(store)
    if args.kind == "mileage":
        return mileage_months(store, args.year)
    return statement(store, _payer(store, args.payer))


def _payer(store: Store, typed: str) -> str:
    """The payer `typed` names (exactly, else the one whose name matches it in any case)."""
    wanted = typed.strip()
    payers = billing_reads(store).payers()
    if wanted in payers:
        return wanted
    alike = [name for name in payers if name.casefold() == wanted.casefold()]
    if len(alike) == 1:
        return alike[0]
    if not payers:
        raise CommandError(f"no invoice has been issued to {wanted!r}: there are no payers yet")
    raise CommandError(
        f"no invoice has been issued to {wanted!r}; the payers are: {', '.join(payers)}"
    )


def _printed(
    store: Store, report: BillingReport, args: argparse.Namespace, output: Path | None
) -> None:
    # Loaded only for a printed report.
    from carebook.reports import locale_paper
    from carebook.reports.billing_reports import billing_report_document, billing_report_html

    practice = store.agreements.settings().practice_name
    preferences = store.preferences.preferences()
    paper = preferences.paper.value if preferences.paper else None
    if args.format == "html":
        emit(billing_report_html(report, practice, paper or locale_paper()), output)
        return
    assert output is not None  # output_path insists on it for a PDF
    what = _WHAT[args.kind]
    if isinstance(report, Statement):
        what = f"Statement for {report.payer}"
    write_pdf(billing_report_document(report, practice), output, paper, what)


def _table(report: BillingReport) -> CsvTable:
    # Loaded only for a CSV.
    from carebook.interop.billing_csv import (
        income_table,
        mileage_months_table,
        statement_table,
        time_report_table,
        unbilled_table,
    )

    if isinstance(report, TimeReport):
        return time_report_table(report)
    if isinstance(report, UnbilledReport):
        return unbilled_table(report)
    if isinstance(report, MileageMonths):
        return mileage_months_table(report)
    if isinstance(report, IncomeReport):
        return income_table(report)
    assert isinstance(report, Statement)  # the command makes no aged receivables: see receivables
    return statement_table(report)


# -- text ----------------------------------------------------------------------------------------


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


def _text(report: BillingReport) -> str:
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

    title = f"Time by client and activity, {period(report.first, report.last)}"
    if not report.rows:
        return [title, "No time kept in this period."]
    rows = [
        (
            row.client or "No client",
            row.activity,
            "yes" if row.billable else "no",
            str(row.entries),
            hours(row.minutes),
            cents(row.amount_cents) if row.billable else "—",
        )
        for row in report.rows
    ]
    rows += [
        ("Billable", "", "", "", hours(report.billable_minutes), cents(report.amount_cents)),
        ("Not billable", "", "", "", hours(report.unbillable_minutes), "—"),
    ]
    head = ("Client", "Activity", "Billable", "Entries", "Time", "Amount")
    return [title, *_columns(head, rows, 3), "Time as kept, before an invoice rounds it."]


def _unbilled_text(report: UnbilledReport) -> list[str]:
    def cents(amount: int) -> str:
        return format_cents(amount, report.currency)

    title = f"Unbilled work on {report.on}"
    if not report.rows:
        return [title, "Every billable entry is on an invoice."]
    unit = report.unit.short
    rows = [
        (
            row.client or "No client",
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
            "All clients",
            "",
            hours(report.minutes),
            cents(report.time_cents),
            f"{tenths(report.distance_tenths)} {unit}",
            cents(report.expense_cents),
            cents(report.time_cents + report.expense_cents),
        )
    )
    head = ("Client", "Since", "Time", "Time billed", "Trips", "Expenses", "Total")
    return [
        title,
        *_columns(head, rows, 2),
        "Trips are billed at each client's mileage rate when invoiced.",
    ]


def _mileage_text(report: MileageMonths) -> list[str]:
    title = f"Mileage by month, {report.year} ({report.unit.label.lower()})"
    if not report.rows:
        return [title, f"No trips logged in {report.year}."]
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
    head = ("Month", "Trips", *(purpose.label for purpose in purposes), "All")
    return [title, *_columns(head, rows, 1), "A round trip is counted both ways."]


def _income_text(report: IncomeReport) -> list[str]:
    title = f"Income by month, {period(report.first, report.last)}"
    if not report.rows:
        return [title, "No payments received in this period."]
    rows = [
        (
            month_name(row.year, row.month),
            str(row.payments),
            format_cents(row.amount_cents, report.currency),
        )
        for row in report.rows
    ]
    rows.append(("Total", str(report.payments), format_cents(report.amount_cents, report.currency)))
    return [title, *_columns(("Month", "Payments", "Received"), rows, 1)]


def _statement_text(report: Statement) -> list[str]:
    def cents(amount: int) -> str:
        return format_cents(amount, report.currency)

    lines = [f"Statement for {report.payer} on {report.on}"]
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
        head = ("Date", "Description", "Charges", "Payments", "Balance")
        lines += _columns(head, rows, 2)
    else:
        lines.append("No invoices issued to this payer.")
    owed = report.balance_cents
    summary = [
        ("Invoiced", cents(report.charged_cents)),
        ("Paid", cents(report.paid_cents)),
        ("Balance due" if owed >= 0 else "Credit", cents(abs(owed))),
    ]
    if report.overdue_cents:
        summary.append(("Of which overdue", cents(report.overdue_cents)))
    label = max(len(said) for said, _amount in summary)
    amount = max(len(amount) for _said, amount in summary)
    lines += [f"{said:<{label}}  {value:>{amount}}" for said, value in summary]
    return lines
