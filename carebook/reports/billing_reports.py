"""The business's reports printed: time, unbilled work, mileage and income by month, a payer's
statement, and aged receivables."""

from __future__ import annotations

from carebook.core.invoicing import AGES
from carebook.core.words import QT_TRANSLATE_NOOP, translate
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
    MONEY,
    business_footer,
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
        Paragraph(
            line(Span(practice.strip() or translate("BillingReports", "BUSINESS REPORT"), "b")),
            "kicker",
        ),
        Heading(title, 1),
        Paragraph(said, "subtitle"),
        Rule(),
    ]
    running = title + (f" · {practice.strip()}" if practice.strip() else "")
    return Document(
        title=title, sections=[Section(running, head + blocks)], footer=business_footer()
    )


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
        Column(translate("BillingReports", "Client"), 26),
        Column(translate("BillingReports", "Activity"), 26),
        Column(translate("BillingReports", "Billable"), 10),
        money_column(translate("BillingReports", "Entries"), 9),
        money_column(translate("BillingReports", "Time"), 13),
        money_column(translate("BillingReports", "Amount"), 16),
    )
    yes, no = translate("BillingReports", "Yes"), translate("BillingReports", "No")
    rows, shown = [], None
    for row in report.rows:
        client = row.client or translate("BillingReports", "No client")
        rows.append(
            (
                cell(line(client if client != shown else "")),
                cell(line(row.activity)),
                cell(line(yes if row.billable else no)),
                _num(str(row.entries)),
                _num(hours(row.minutes)),
                _num(money(row.amount_cents, report.currency) if row.billable else "—"),
            )
        )
        shown = client
    for label, minutes, amount in (
        (
            translate("BillingReports", "Billable"),
            report.billable_minutes,
            money(report.amount_cents, report.currency),
        ),
        (translate("BillingReports", "Not billable"), report.unbillable_minutes, "—"),
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
        translate("BillingReports", "{period} · time as kept, before an invoice rounds it").format(
            period=period(report.first, report.last)
        )
    )
    title = translate("BillingReports", "Time by client and activity")
    if not report.rows:
        return title, said, _nothing(translate("BillingReports", "No time kept in this period."))
    return title, said, [Table(columns, tuple(rows), "grid time")]


def _unbilled(report: UnbilledReport) -> _Laid:
    unit = report.unit.short
    columns = (
        Column(translate("BillingReports", "Client"), 24),
        Column(translate("BillingReports", "Since"), 13, "when"),
        money_column(translate("BillingReports", "Time"), 14),
        money_column(translate("BillingReports", "Time billed"), 13),
        money_column(translate("BillingReports", "Trips"), 12),
        money_column(translate("BillingReports", "Expenses"), 12),
        money_column(translate("BillingReports", "Total"), 12),
    )
    rows = []
    one_trip, trips = (
        translate("BillingReports", "1 trip"),
        translate("BillingReports", "{n} trips"),
    )
    for row in report.rows:
        rows.append(
            (
                cell(line(row.client or translate("BillingReports", "No client"))),
                cell(line(short_date(row.oldest))),
                cell(line(hours(row.minutes)) if row.entries else (), style=MONEY),
                _num(money(row.time_cents, report.currency)),
                cell(
                    line(f"{tenths(row.distance_tenths)} {unit}") if row.trips else (),
                    line(Span(count(row.trips, one_trip, trips), "detail")) if row.trips else (),
                    style=MONEY,
                ),
                _num(money(row.expense_cents, report.currency)),
                _num(money(row.time_cents + row.expense_cents, report.currency), True),
            )
        )
    rows.append(
        (
            cell(_bold(translate("BillingReports", "All clients"))),
            cell(),
            _num(hours(report.minutes), True),
            _num(money(report.time_cents, report.currency), True),
            _num(f"{tenths(report.distance_tenths)} {unit}", True),
            _num(money(report.expense_cents, report.currency), True),
            _num(money(report.time_cents + report.expense_cents, report.currency), True),
        )
    )
    said = line(
        translate(
            "BillingReports",
            "On {date} · billable work on no invoice yet; "
            "trips are billed at each client's mileage rate when invoiced",
        ).format(date=short_date(report.on))
    )
    title = translate("BillingReports", "Unbilled work")
    if not report.rows:
        none = translate("BillingReports", "Every billable entry is on an invoice.")
        return title, said, _nothing(none)
    return title, said, [Table(columns, tuple(rows), "grid unbilled")]


def _mileage(report: MileageMonths) -> _Laid:
    purposes = [purpose for purpose, _trips, _tenths in report.purposes]
    columns = (
        Column(translate("BillingReports", "Month"), 20),
        money_column(translate("BillingReports", "Trips"), 12),
        *(money_column(purpose.label, 17) for purpose in purposes),
        money_column(translate("BillingReports", "All"), 17),
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
    title = translate("BillingReports", "Mileage by month, {year}").format(year=report.year)
    said = line(
        translate("BillingReports", "Distances in {unit}, a round trip counted both ways").format(
            unit=report.unit.label.lower()
        )
    )
    if not report.rows:
        none = translate("BillingReports", "No trips logged in {year}.").format(year=report.year)
        return title, said, _nothing(none)
    return title, said, [Table(columns, tuple(rows), "grid mileage")]


def _income(report: IncomeReport) -> _Laid:
    columns = (
        Column(translate("BillingReports", "Month"), 40),
        money_column(translate("BillingReports", "Payments"), 25),
        money_column(translate("BillingReports", "Received"), 35),
    )
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
            cell(_bold(translate("BillingReports", "Total"))),
            _num(str(report.payments), True),
            _num(money(report.amount_cents, report.currency), True),
        )
    )
    said = line(
        translate("BillingReports", "{period} · payments received, by the day received").format(
            period=period(report.first, report.last)
        )
    )
    title = translate("BillingReports", "Income by month")
    if not report.rows:
        none = translate("BillingReports", "No payments received in this period.")
        return title, said, _nothing(none)
    return title, said, [Table(columns, tuple(rows), "grid income")]


def _statement(report: Statement) -> _Laid:
    address = [line(part.strip()) for part in report.address.splitlines() if part.strip()]
    to = Table(
        (Column("", 16, "label"), Column("", 84)),
        ((cell(line(translate("BillingReports", "To"))), cell(_bold(report.payer), *address)),),
        "facts",
    )
    columns = (
        Column(translate("BillingReports", "Date"), 14, "when"),
        Column(translate("BillingReports", "Description"), 44),
        money_column(translate("BillingReports", "Charges"), 14),
        money_column(translate("BillingReports", "Payments"), 14),
        money_column(translate("BillingReports", "Balance"), 14),
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
        (
            translate("BillingReports", "Invoiced"),
            money(report.charged_cents, report.currency),
            False,
        ),
        (translate("BillingReports", "Paid"), money(report.paid_cents, report.currency), False),
        (
            translate("BillingReports", "Balance due")
            if owed >= 0
            else translate("BillingReports", "Credit"),
            money(abs(owed), report.currency),
            True,
        ),
    ]
    if report.overdue_cents:
        overdue = money(report.overdue_cents, report.currency)
        summary.append((translate("BillingReports", "Of which overdue"), overdue, True))
    totals = Table(
        (Column("", 58), Column("", 22, "label"), Column("", 20, MONEY)),
        tuple(
            (cell(), cell(_bold(label) if strong else line(label)), _num(amount, strong))
            for label, amount, strong in summary
        ),
        "facts totals",
    )
    listed = translate("BillingReports", "Invoices and payments ({count})")
    blocks: list[Block] = [to, Heading(listed.format(count=len(report.lines)))]
    if rows:
        blocks.append(Table(columns, rows, "grid statement"))
    else:
        blocks += _nothing(translate("BillingReports", "No invoices issued to this payer."))
    blocks.append(totals)
    title = translate("BillingReports", "Statement for {payer}").format(payer=report.payer)
    on = translate("BillingReports", "On {date}").format(date=short_date(report.on))
    return title, line(on), blocks


#: The aged receivables' columns, one for each of core.invoicing.AGES.
_AGE_COLUMNS = (
    QT_TRANSLATE_NOOP("BillingReports", "Current"),
    QT_TRANSLATE_NOOP("BillingReports", "1–30"),
    QT_TRANSLATE_NOOP("BillingReports", "31–60"),
    QT_TRANSLATE_NOOP("BillingReports", "61–90"),
    QT_TRANSLATE_NOOP("BillingReports", "Over 90"),
)


def _aged(report: AgedReceivables) -> _Laid:
    columns = (
        Column(translate("BillingReports", "Invoice"), 8),
        Column(translate("BillingReports", "Client and payer"), 25),
        Column(translate("BillingReports", "Due"), 12, "when"),
        *(money_column(translate("BillingReports", age), 11) for age in _AGE_COLUMNS[: len(AGES)]),
    )
    rows = []
    for row in report.rows:
        who = [line(row.client or "—")]
        if row.payer and row.payer != row.client:
            who.append(line(Span(row.payer, "detail")))
        amounts = [""] * len(AGES)
        amounts[row.column] = money(row.balance_cents, report.currency)
        if row.days_overdue == 1:
            late = translate("BillingReports", "1 day late")
        elif row.days_overdue:
            late = translate("BillingReports", "{n} days late").format(n=row.days_overdue)
        else:
            late = translate("BillingReports", "not yet due")
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
            cell(_bold(translate("BillingReports", "Total"))),
            cell(_bold(money(report.balance_cents, report.currency))),
            cell(),
            *(_num(money(total, report.currency), True) for total in report.totals),
        )
    )
    if len(report.rows) == 1:
        with_balance = translate(
            "BillingReports", "On {date} · 1 invoice with a balance, by days past the due date"
        )
    else:
        with_balance = translate(
            "BillingReports", "On {date} · {n} invoices with a balance, by days past the due date"
        )
    said = line(with_balance.format(date=short_date(report.on), n=len(report.rows)))
    title = translate("BillingReports", "Aged receivables")
    if not report.rows:
        return title, said, _nothing(translate("BillingReports", "Nothing is owed."))
    return title, said, [Table(columns, tuple(rows), "grid aged")]
