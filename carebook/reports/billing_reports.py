"""The business's reports printed: time, unbilled work, mileage and income by month, a payer's
statement, and aged receivables."""

from __future__ import annotations

from carebook.core.invoicing import AGES
from carebook.reports import html_page
from carebook.reports.billing_reports_data import (
    AgedReceivables,
    IncomeReport,
    MileageMonths,
    Statement,
    TimeReport,
    UnbilledReport,
)
from carebook.reports.billing_reports_wording import (
    BUSINESS_FOOTER,
    MONEY,
    hours,
    money,
    money_column,
    month_name,
    period,
    tenths,
)
from carebook.reports.document import (
    Block,
    Cell,
    Column,
    Document,
    Heading,
    Line,
    Paragraph,
    Rule,
    Section,
    Span,
    Table,
    line,
)
from carebook.reports.patient_blocks import NONE, cell, count, short_date

#: Any of the reports.
BillingReport = (
    TimeReport | UnbilledReport | MileageMonths | IncomeReport | Statement | AgedReceivables
)


def billing_report_document(report: BillingReport, practice: str = "") -> Document:
    """The report as a printed document, headed with the practice's name when given."""
    if isinstance(report, TimeReport):
        title, said, blocks = _time(report)
    elif isinstance(report, UnbilledReport):
        title, said, blocks = _unbilled(report)
    elif isinstance(report, MileageMonths):
        title, said, blocks = _mileage(report)
    elif isinstance(report, IncomeReport):
        title, said, blocks = _income(report)
    elif isinstance(report, Statement):
        title, said, blocks = _statement(report)
    else:
        title, said, blocks = _aged(report)
    head: list[Block] = [
        Paragraph(line(Span(practice.strip() or "BUSINESS REPORT", "b")), "kicker"),
        Heading(title, 1),
        Paragraph(said, "subtitle"),
        Rule(),
    ]
    running = title + (f" · {practice.strip()}" if practice.strip() else "")
    return Document(title=title, sections=[Section(running, head + blocks)], footer=BUSINESS_FOOTER)


def billing_report_html(report: BillingReport, practice: str = "", paper: str = "a4") -> str:
    """The report as one self-contained web page."""
    return html_page.render(billing_report_document(report, practice), paper)


_Laid = tuple[str, Line, list[Block]]


def _bold(text: str) -> Line:
    return line(Span(text, "b"))


def _num(text: str, strong: bool = False) -> Cell:
    return cell(_bold(text) if strong else line(text), style=MONEY)


def _nothing(text: str) -> list[Block]:
    return [Paragraph(line(text), NONE)]


def _time(report: TimeReport) -> _Laid:
    columns = (
        Column("Client", 26),
        Column("Activity", 26),
        Column("Billable", 10),
        money_column("Entries", 9),
        money_column("Time", 13),
        money_column("Amount", 16),
    )
    rows, shown = [], None
    for row in report.rows:
        client = row.client or "No client"
        rows.append(
            (
                cell(line(client if client != shown else "")),
                cell(line(row.activity)),
                cell(line("Yes" if row.billable else "No")),
                _num(str(row.entries)),
                _num(hours(row.minutes)),
                _num(money(row.amount_cents, report.currency) if row.billable else "—"),
            )
        )
        shown = client
    for label, minutes, amount in (
        ("Billable", report.billable_minutes, money(report.amount_cents, report.currency)),
        ("Not billable", report.unbillable_minutes, "—"),
    ):
        rows.append(
            (
                cell(_bold(label)),
                cell(),
                cell(),
                cell(),
                _num(hours(minutes), True),
                _num(amount, True),
            )
        )
    said = line(
        period(report.first, report.last),
        " · time as kept, before an invoice rounds it",
    )
    title = "Time by client and activity"
    if not report.rows:
        return title, said, _nothing("No time kept in this period.")
    return title, said, [Table(columns, tuple(rows), "grid time")]


def _unbilled(report: UnbilledReport) -> _Laid:
    unit = report.unit.short
    columns = (
        Column("Client", 24),
        Column("Since", 13, "when"),
        money_column("Time", 14),
        money_column("Time billed", 13),
        money_column("Trips", 12),
        money_column("Expenses", 12),
        money_column("Total", 12),
    )
    rows = []
    for row in report.rows:
        rows.append(
            (
                cell(line(row.client or "No client")),
                cell(line(short_date(row.oldest))),
                cell(line(hours(row.minutes)) if row.entries else (), style=MONEY),
                _num(money(row.time_cents, report.currency)),
                cell(
                    line(f"{tenths(row.distance_tenths)} {unit}") if row.trips else (),
                    line(Span(count(row.trips, "trip", "trips"), "detail")) if row.trips else (),
                    style=MONEY,
                ),
                _num(money(row.expense_cents, report.currency)),
                _num(money(row.time_cents + row.expense_cents, report.currency), True),
            )
        )
    rows.append(
        (
            cell(_bold("All clients")),
            cell(),
            _num(hours(report.minutes), True),
            _num(money(report.time_cents, report.currency), True),
            _num(f"{tenths(report.distance_tenths)} {unit}", True),
            _num(money(report.expense_cents, report.currency), True),
            _num(money(report.time_cents + report.expense_cents, report.currency), True),
        )
    )
    said = line(
        f"On {short_date(report.on)} · billable work on no invoice yet; "
        "trips are billed at each client's mileage rate when invoiced"
    )
    if not report.rows:
        return "Unbilled work", said, _nothing("Every billable entry is on an invoice.")
    return "Unbilled work", said, [Table(columns, tuple(rows), "grid unbilled")]


def _mileage(report: MileageMonths) -> _Laid:
    purposes = [purpose for purpose, _trips, _tenths in report.purposes]
    columns = (
        Column("Month", 20),
        money_column("Trips", 12),
        *(money_column(purpose.label, 17) for purpose in purposes),
        money_column("All", 17),
    )
    rows = []
    for month in range(1, 13):
        mine = [row for row in report.rows if row.month == month]
        if not mine:
            continue
        by = {row.purpose: row.distance_tenths for row in mine}
        rows.append(
            (
                cell(line(month_name(report.year, month))),
                _num(str(sum(row.trips for row in mine))),
                *(_num(tenths(by[p]) if p in by else "—") for p in purposes),
                _num(tenths(sum(by.values()))),
            )
        )
    rows.append(
        (
            cell(_bold(str(report.year))),
            _num(str(report.trips), True),
            *(_num(tenths(total), True) for _purpose, _trips, total in report.purposes),
            _num(tenths(report.distance_tenths), True),
        )
    )
    title = f"Mileage by month, {report.year}"
    said = line(f"Distances in {report.unit.label.lower()}, a round trip counted both ways")
    if not report.rows:
        return title, said, _nothing(f"No trips logged in {report.year}.")
    return title, said, [Table(columns, tuple(rows), "grid mileage")]


def _income(report: IncomeReport) -> _Laid:
    columns = (Column("Month", 40), money_column("Payments", 25), money_column("Received", 35))
    rows = [
        (
            cell(line(month_name(row.year, row.month))),
            _num(str(row.payments)),
            _num(money(row.amount_cents, report.currency)),
        )
        for row in report.rows
    ]
    rows.append(
        (
            cell(_bold("Total")),
            _num(str(report.payments), True),
            _num(money(report.amount_cents, report.currency), True),
        )
    )
    said = line(period(report.first, report.last), " · payments received, by the day received")
    if not report.rows:
        return "Income by month", said, _nothing("No payments received in this period.")
    return "Income by month", said, [Table(columns, tuple(rows), "grid income")]


def _statement(report: Statement) -> _Laid:
    address = [line(part.strip()) for part in report.address.splitlines() if part.strip()]
    to = Table(
        (Column("", 16, "label"), Column("", 84)),
        ((cell(line("To")), cell(_bold(report.payer), *address)),),
        "facts",
    )
    columns = (
        Column("Date", 14, "when"),
        Column("Description", 44),
        money_column("Charges", 14),
        money_column("Payments", 14),
        money_column("Balance", 14),
    )
    rows = tuple(
        (
            cell(line(short_date(entry.on_date))),
            cell(line(entry.description)),
            _num(money(entry.charge_cents, report.currency) if entry.kind == "invoice" else ""),
            _num(money(entry.payment_cents, report.currency) if entry.payment_cents else ""),
            _num(money(entry.balance_cents, report.currency)),
        )
        for entry in report.lines
    )
    owed = report.balance_cents
    summary = [
        ("Invoiced", money(report.charged_cents, report.currency), False),
        ("Paid", money(report.paid_cents, report.currency), False),
        (
            "Balance due" if owed >= 0 else "Credit",
            money(abs(owed), report.currency),
            True,
        ),
    ]
    if report.overdue_cents:
        summary.append(("Of which overdue", money(report.overdue_cents, report.currency), True))
    totals = Table(
        (Column("", 58), Column("", 22, "label"), Column("", 20, MONEY)),
        tuple(
            (cell(), cell(_bold(label) if strong else line(label)), _num(amount, strong))
            for label, amount, strong in summary
        ),
        "facts totals",
    )
    blocks: list[Block] = [to, Heading(f"Invoices and payments ({len(report.lines)})")]
    if rows:
        blocks.append(Table(columns, rows, "grid statement"))
    else:
        blocks += _nothing("No invoices issued to this payer.")
    blocks.append(totals)
    return f"Statement for {report.payer}", line(f"On {short_date(report.on)}"), blocks


def _aged(report: AgedReceivables) -> _Laid:
    columns = (
        Column("Invoice", 8),
        Column("Client and payer", 25),
        Column("Due", 12, "when"),
        *(money_column(age.replace(" days", ""), 11) for age in AGES),
    )
    rows = []
    for row in report.rows:
        who = [line(row.client or "—")]
        if row.payer and row.payer != row.client:
            who.append(line(Span(row.payer, "detail")))
        amounts = [""] * len(AGES)
        amounts[row.column] = money(row.balance_cents, report.currency)
        late = f"{row.days_overdue} days late" if row.days_overdue else "not yet due"
        rows.append(
            (
                cell(line(str(row.number))),
                cell(*who),
                cell(
                    line(short_date(row.due_on) if row.due_on else "—"),
                    line(Span(late, "detail")),
                ),
                *(_num(amount) for amount in amounts),
            )
        )
    rows.append(
        (
            cell(_bold("Total")),
            cell(_bold(money(report.balance_cents, report.currency))),
            cell(),
            *(_num(money(total, report.currency), True) for total in report.totals),
        )
    )
    said = line(
        f"On {short_date(report.on)} · {count(len(report.rows), 'invoice', 'invoices')} "
        "with a balance, by days past the due date"
    )
    if not report.rows:
        return "Aged receivables", said, _nothing("Nothing is owed.")
    return "Aged receivables", said, [Table(columns, tuple(rows), "grid aged")]
