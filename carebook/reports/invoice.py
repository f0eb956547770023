"""An invoice as the payer receives it: the practice, the bill, its lines, totals and payments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from carebook.core.billing_records import Attachment, BillingSettings, Invoice, InvoiceLine
from carebook.core.vocabularies import InvoiceStatus, LineKind
from carebook.reports import html_page
from carebook.reports.billing_reports_wording import (
    BUSINESS_FOOTER,
    MONEY,
    money,
    money_column,
    practice_blocks,
    quantity,
    rate,
)
from carebook.reports.document import (
    AlertBox,
    Block,
    Cell,
    Column,
    Document,
    Heading,
    Line,
    Paragraph,
    Picture,
    Rule,
    Section,
    Span,
    Table,
    line,
)
from carebook.reports.patient_blocks import NONE, cell, short_date
from carebook.store.invoices import InvoiceView

if TYPE_CHECKING:
    from carebook.store.caseload import Store

#: Media types a browser shows inline as the practice's logo.
_PICTURES = ("image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp")

_LINE_COLUMNS = (
    Column("Date", 13, "when"),
    Column("Description", 45),
    money_column("Quantity", 13),
    money_column("Rate", 13),
    money_column("Amount", 16),
)
_PAYMENT_COLUMNS = (
    Column("Received", 18, "when"),
    Column("Method", 20),
    Column("Note", 44),
    money_column("Amount", 18),
)


@dataclass(frozen=True, slots=True)
class InvoicePrint:
    """What a printed invoice shows: the invoice as it stands, and the practice sending it."""

    view: InvoiceView
    settings: BillingSettings
    logo: Attachment | None


def invoice_print(store: Store, invoice: Invoice) -> InvoicePrint:
    """The invoice read again as it stands today, with the practice's settings and logo."""
    settings = store.agreements.settings()
    stored = store.invoices.invoice(invoice.id) if invoice.id is not None else None
    logo = store.expenses.attachment(settings.logo_id) if settings.logo_id is not None else None
    return InvoicePrint(store.invoices.view(stored or invoice), settings, logo)


def title(invoice: Invoice) -> str:
    """ "Invoice 12, Edna Marsh"."""
    return f"Invoice {invoice.number}, {invoice.client_name}".rstrip(", ")


def invoice_document(store: Store, invoice: Invoice, *, decimal_hours: bool = False) -> Document:
    """The invoice as a printed document (PDF through the report printer, or HTML); time in
    hours and minutes ("1 h 15 min"), or in decimal hours ("1.25 h") when asked."""
    return document(invoice_print(store, invoice), decimal_hours=decimal_hours)


def invoice_html(
    store: Store, invoice: Invoice, paper: str = "a4", *, decimal_hours: bool = False
) -> str:
    """The invoice as one self-contained web page, the practice's logo (if any) inline."""
    return html_page.render(
        document(invoice_print(store, invoice), decimal_hours=decimal_hours), paper
    )


def document(printed: InvoicePrint, *, decimal_hours: bool = False) -> Document:
    """The invoice laid out: practice, heading and status, payer and client, lines, totals,
    terms, the rounding note and the payments received."""
    invoice, view, currency = printed.view.invoice, printed.view, printed.settings.currency
    blocks: list[Block] = []
    logo = printed.logo
    if logo is not None and logo.media_type in _PICTURES:
        blocks.append(Picture(logo.content, logo.media_type, logo.name))
    blocks += practice_blocks(printed.settings)
    blocks.append(Heading(_heading(invoice), 1))
    blocks.append(Paragraph(_dates(invoice), "subtitle"))
    blocks.append(Rule())
    marked = _marked(invoice)
    if marked is not None:
        blocks.append(marked)
    blocks.append(_parties(view))
    charges = [item for item in view.lines if item.kind is not LineKind.RETAINER]
    blocks.append(Heading(f"Charges ({len(charges)})"))
    if charges:
        rows = tuple(_line_row(item, currency, decimal_hours) for item in charges)
        blocks.append(Table(_LINE_COLUMNS, rows, "grid lines"))
    else:
        blocks.append(Paragraph(line("No charges."), NONE))
    blocks.append(_totals(view, currency))
    blocks += _terms(invoice)
    if view.payments:
        rows = tuple(
            (
                cell(line(short_date(payment.paid_on))),
                cell(line(payment.method.label)),
                cell(line(payment.note) or line(Span("—", NONE))),
                cell(line(money(payment.amount_cents, currency)), style=MONEY),
            )
            for payment in view.payments
        )
        blocks.append(Heading(f"Payments received ({len(view.payments)})"))
        blocks.append(Table(_PAYMENT_COLUMNS, rows, "grid payments"))
    if invoice.notes.strip():
        blocks.append(Heading("Notes", 3))
        blocks += [Paragraph(line(part)) for part in invoice.notes.splitlines() if part.strip()]
    practice = printed.settings.practice_name.strip()
    running = " · ".join(
        part for part in (f"Invoice {invoice.number}", invoice.client_name, practice) if part
    )
    return Document(
        title=title(invoice), sections=[Section(running, blocks)], footer=BUSINESS_FOOTER
    )


def _heading(invoice: Invoice) -> str:
    if invoice.status is InvoiceStatus.DRAFT:
        return f"Invoice {invoice.number} — DRAFT"
    if invoice.status is InvoiceStatus.VOID:
        return f"Invoice {invoice.number} — VOID"
    return f"Invoice {invoice.number}"


def _dates(invoice: Invoice) -> Line:
    if invoice.issued_on is None:
        return line(f"Drafted {short_date(invoice.drafted_on)} · not yet issued")
    parts: list[str | Span] = ["Issued ", Span(short_date(invoice.issued_on), "b")]
    if invoice.due_on is not None:
        parts += [" · Due ", Span(short_date(invoice.due_on), "b")]
    return line(*parts)


def _marked(invoice: Invoice) -> AlertBox | None:
    """A box no one can miss on an invoice that is not a bill: a draft, or void."""
    if invoice.status is InvoiceStatus.DRAFT:
        return AlertBox(
            (
                line(Span("DRAFT", "b"), " — not yet issued: this is not a bill."),
                line("Its lines may still change before it is issued."),
            )
        )
    if invoice.status is InvoiceStatus.VOID:
        when = f" on {short_date(invoice.voided_on)}" if invoice.voided_on else ""
        reason = f": {invoice.void_reason}" if invoice.void_reason.strip() else ""
        return AlertBox(
            (
                line(Span("VOID", "b"), f" — voided{when}{reason}."),
                line("Nothing is owed on this invoice; its number is kept for the record."),
            )
        )
    return None


def _status(view: InvoiceView) -> str:
    standing = view.standing
    said = {
        InvoiceStatus.DRAFT: "Draft",
        InvoiceStatus.ISSUED: "Issued, unpaid",
        InvoiceStatus.PART_PAID: "Part paid",
        InvoiceStatus.PAID: "Paid in full",
        InvoiceStatus.VOID: "Void",
    }[standing.status]
    if standing.days_overdue > 0:
        days = standing.days_overdue
        said += f", {days} day{'' if days == 1 else 's'} overdue"
    return said


def _parties(view: InvoiceView) -> Table:
    invoice = view.invoice
    address = [line(part.strip()) for part in invoice.payer_address.splitlines() if part.strip()]
    rows = [
        (cell(line("Bill to")), cell(line(Span(invoice.payer_name, "b")), *address)),
        (cell(line("Client")), cell(line(invoice.client_name or "—"))),
        (
            cell(line("Period")),
            cell(line(f"{short_date(invoice.period_from)} to {short_date(invoice.period_to)}")),
        ),
        (cell(line("Status")), cell(line(_status(view)))),
    ]
    return Table((Column("", 16, "label"), Column("", 84)), tuple(rows), "facts")


def _line_row(item: InvoiceLine, currency: str, decimal_hours: bool) -> tuple[Cell, ...]:
    return (
        cell(line(short_date(item.on_date) if item.on_date else "")),
        cell(line(item.description)),
        cell(line(quantity(item, in_decimal=decimal_hours)), style=MONEY),
        cell(line(rate(item, currency)), style=MONEY),
        cell(line(money(item.amount_cents, currency)), style=MONEY),
    )


def _totals(view: InvoiceView, currency: str) -> Table:
    """Subtotal, retainer applied, total, paid, balance (or credit), right under the lines."""
    subtotal = sum(item.amount_cents for item in view.lines if item.kind is not LineKind.RETAINER)
    retainer = sum(item.amount_cents for item in view.lines if item.kind is LineKind.RETAINER)
    standing = view.standing
    rows: list[tuple[str, str, bool]] = [("Subtotal", money(subtotal, currency), False)]
    if retainer:
        rows.append(("Retainer applied", money(retainer, currency), False))
    rows.append(("Total", money(standing.total_cents, currency), True))
    if view.invoice.status is InvoiceStatus.VOID:
        rows.append(("Balance due", money(0, currency) + " (void)", True))
    else:
        rows.append(("Paid", money(standing.paid_cents, currency), False))
        rows.append(("Balance due", money(standing.balance_cents, currency), True))
        if standing.credit_cents:
            rows.append(("Credit", money(standing.credit_cents, currency), True))
    return Table(
        (Column("", 58), Column("", 22, "label"), Column("", 20, MONEY)),
        tuple(
            (
                cell(),
                cell(line(Span(label, "b") if strong else label)),
                cell(line(Span(amount, "b") if strong else amount), style=MONEY),
            )
            for label, amount, strong in rows
        ),
        "facts totals",
    )


def _terms(invoice: Invoice) -> list[Block]:
    if invoice.status is InvoiceStatus.VOID:
        return []
    days = invoice.terms_days
    within = "on receipt" if days == 0 else f"within {days} day{'' if days == 1 else 's'}"
    if invoice.due_on is not None:
        said = f"Payment due {within}, by {short_date(invoice.due_on)}."
    else:
        said = f"Payment due {within} of the date it is issued."
    blocks: list[Block] = [Heading("Terms", 3), Paragraph(line(said))]
    if invoice.rounding_note.strip():
        blocks.append(Paragraph(line(invoice.rounding_note.strip()), "muted"))
    return blocks
