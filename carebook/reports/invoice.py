"""An invoice as the payer receives it: the practice, the bill, its lines, totals and payments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from carebook.core.billing_records import Attachment, BillingSettings, Invoice, InvoiceLine
from carebook.core.vocabularies import InvoiceStatus, LineKind
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.reports import html_page
from carebook.reports.billing_reports_wording import (
    MONEY,
    business_footer,
    money,
    money_column,
    period,
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
    filled,
    line,
)
from carebook.reports.patient_blocks import NONE, cell, short_date
from carebook.store.invoices import InvoiceView

if TYPE_CHECKING:
    from carebook.store.caseload import Store

#: Media types a browser shows inline as the practice's logo.
_PICTURES = ("image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp")


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
    if not invoice.client_name:
        return translate("Invoice", "Invoice {number}").format(number=invoice.number)
    return translate("Invoice", "Invoice {number}, {client}").format(
        number=invoice.number, client=invoice.client_name
    )


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
    blocks.append(Heading(translate("Invoice", "Charges ({count})").format(count=len(charges))))
    if charges:
        rows = tuple(_line_row(item, currency, decimal_hours) for item in charges)
        columns = (
            Column(translate("Invoice", "Date"), 13, "when"),
            Column(translate("Invoice", "Description"), 45),
            money_column(translate("Invoice", "Quantity"), 13),
            money_column(translate("Invoice", "Rate"), 13),
            money_column(translate("Invoice", "Amount"), 16),
        )
        blocks.append(Table(columns, rows, "grid lines"))
    else:
        blocks.append(Paragraph(line(translate("Invoice", "No charges.")), NONE))
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
        paid_columns = (
            Column(translate("Invoice", "Received"), 18, "when"),
            Column(translate("Invoice", "Method"), 20),
            Column(translate("Invoice", "Note"), 44),
            money_column(translate("Invoice", "Amount"), 18),
        )
        paid = translate("Invoice", "Payments received ({count})")
        blocks.append(Heading(paid.format(count=len(view.payments))))
        blocks.append(Table(paid_columns, rows, "grid payments"))
    if invoice.notes.strip():
        blocks.append(Heading(translate("Invoice", "Notes"), 3))
        blocks += [Paragraph(line(part)) for part in invoice.notes.splitlines() if part.strip()]
    practice = printed.settings.practice_name.strip()
    numbered = translate("Invoice", "Invoice {number}").format(number=invoice.number)
    running = " · ".join(part for part in (numbered, invoice.client_name, practice) if part)
    return Document(
        title=title(invoice), sections=[Section(running, blocks)], footer=business_footer()
    )


def _heading(invoice: Invoice) -> str:
    if invoice.status is InvoiceStatus.DRAFT:
        return translate("Invoice", "Invoice {number} — DRAFT").format(number=invoice.number)
    if invoice.status is InvoiceStatus.VOID:
        return translate("Invoice", "Invoice {number} — VOID").format(number=invoice.number)
    return translate("Invoice", "Invoice {number}").format(number=invoice.number)


def _dates(invoice: Invoice) -> Line:
    if invoice.issued_on is None:
        return line(
            translate("Invoice", "Drafted {date} · not yet issued").format(
                date=short_date(invoice.drafted_on)
            )
        )
    issued = Span(short_date(invoice.issued_on), "b")
    if invoice.due_on is None:
        return filled(translate("Invoice", "Issued {date}"), date=issued)
    return filled(
        translate("Invoice", "Issued {date} · Due {due}"),
        date=issued,
        due=Span(short_date(invoice.due_on), "b"),
    )


def _marked(invoice: Invoice) -> AlertBox | None:
    """A box no one can miss on an invoice that is not a bill: a draft, or void."""
    if invoice.status is InvoiceStatus.DRAFT:
        return AlertBox(
            (
                filled(
                    translate("Invoice", "{draft} — not yet issued: this is not a bill."),
                    draft=Span(translate("Invoice", "DRAFT"), "b"),
                ),
                line(translate("Invoice", "Its lines may still change before it is issued.")),
            )
        )
    if invoice.status is InvoiceStatus.VOID:
        reason = invoice.void_reason.strip() and invoice.void_reason
        if invoice.voided_on and reason:
            said = translate("Invoice", "{void} — voided on {date}: {reason}.")
        elif invoice.voided_on:
            said = translate("Invoice", "{void} — voided on {date}.")
        elif reason:
            said = translate("Invoice", "{void} — voided: {reason}.")
        else:
            said = translate("Invoice", "{void} — voided.")
        when = short_date(invoice.voided_on) if invoice.voided_on else ""
        void = Span(translate("Invoice", "VOID"), "b")
        return AlertBox(
            (
                filled(said, void=void, date=when, reason=reason),
                line(
                    translate(
                        "Invoice",
                        "Nothing is owed on this invoice; its number is kept for the record.",
                    )
                ),
            )
        )
    return None


def _status(view: InvoiceView) -> str:
    standing = view.standing
    said = {
        InvoiceStatus.DRAFT: _DRAFT,
        InvoiceStatus.ISSUED: _ISSUED,
        InvoiceStatus.PART_PAID: _PART_PAID,
        InvoiceStatus.PAID: _PAID,
        InvoiceStatus.VOID: _VOID,
    }[standing.status]
    said = translate("Invoice", said)
    days = standing.days_overdue
    if days == 1:
        return translate("Invoice", "{status}, 1 day overdue").format(status=said)
    if days > 1:
        return translate("Invoice", "{status}, {n} days overdue").format(status=said, n=days)
    return said


#: How an invoice stands, as its "Status" row says it.
_DRAFT = QT_TRANSLATE_NOOP("Invoice", "Draft")
_ISSUED = QT_TRANSLATE_NOOP("Invoice", "Issued, unpaid")
_PART_PAID = QT_TRANSLATE_NOOP("Invoice", "Part paid")
_PAID = QT_TRANSLATE_NOOP("Invoice", "Paid in full")
_VOID = QT_TRANSLATE_NOOP("Invoice", "Void")


def _parties(view: InvoiceView) -> Table:
    invoice = view.invoice
    address = [line(part.strip()) for part in invoice.payer_address.splitlines() if part.strip()]
    rows = [
        (
            cell(line(translate("Invoice", "Bill to"))),
            cell(line(Span(invoice.payer_name, "b")), *address),
        ),
        (cell(line(translate("Invoice", "Client"))), cell(line(invoice.client_name or "—"))),
        (
            cell(line(translate("Invoice", "Period"))),
            cell(line(period(invoice.period_from, invoice.period_to))),
        ),
        (cell(line(translate("Invoice", "Status"))), cell(line(_status(view)))),
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
    rows: list[tuple[str, str, bool]] = [
        (translate("Invoice", "Subtotal"), money(subtotal, currency), False)
    ]
    if retainer:
        rows.append((translate("Invoice", "Retainer applied"), money(retainer, currency), False))
    rows.append((translate("Invoice", "Total"), money(standing.total_cents, currency), True))
    due = translate("Invoice", "Balance due")
    if view.invoice.status is InvoiceStatus.VOID:
        nothing = translate("Invoice", "{amount} (void)").format(amount=money(0, currency))
        rows.append((due, nothing, True))
    else:
        rows.append((translate("Invoice", "Paid"), money(standing.paid_cents, currency), False))
        rows.append((due, money(standing.balance_cents, currency), True))
        if standing.credit_cents:
            credit = money(standing.credit_cents, currency)
            rows.append((translate("Invoice", "Credit"), credit, True))
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
    if days == 0:
        within = translate("Invoice", "on receipt")
    elif days == 1:
        within = translate("Invoice", "within 1 day")
    else:
        within = translate("Invoice", "within {n} days").format(n=days)
    if invoice.due_on is not None:
        said = translate("Invoice", "Payment due {within}, by {date}.").format(
            within=within, date=short_date(invoice.due_on)
        )
    else:
        said = translate("Invoice", "Payment due {within} of the date it is issued.").format(
            within=within
        )
    blocks: list[Block] = [Heading(translate("Invoice", "Terms"), 3), Paragraph(line(said))]
    if invoice.rounding_note.strip():
        blocks.append(Paragraph(line(invoice.rounding_note.strip()), "muted"))
    return blocks
