"""What can be done to an invoice: drafted, issued (final), paid, voided, a draft removed,
printed or saved as a PDF; each write one step through the door."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.billing_records import Invoice
from carebook.core.money import format_cents
from carebook.core.vocabularies import InvoiceStatus
from carebook.core.words import translate
from carebook.reports.document import Document
from carebook.reports.invoice import invoice_document
from carebook.ui.changes import billing as billing_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.billing_invoice_forms import (
    DraftRequest,
    draft_request_form,
    last_month,
    payment_form,
    payment_of,
    void_form,
)
from carebook.ui.forms.opening import run_form
from carebook.ui.forms.record_editor import attempt
from carebook.ui.printing.report_preview import Report, preview, save_pdf


def money(caseload: Caseload, cents: int) -> str:
    return format_cents(cents, caseload.store.agreements.settings().currency)


def draft(caseload: Caseload, parent: QWidget, patient_id: int | None) -> Invoice | None:
    """Ask whose invoice and for which days (last month to begin with), then draft it; the
    draft, or None (cancelled, or nothing to bill: the store's words are shown)."""
    first, last = last_month(caseload.store.today())
    request = run_form(
        draft_request_form(
            caseload.store,
            DraftRequest(patient_id=patient_id, period_from=first, period_to=last),
            parent,
        )
    )
    if request is None:
        return None
    made: list[Invoice] = []

    def run() -> None:
        assert request.patient_id is not None
        assert request.period_from is not None and request.period_to is not None
        made.append(
            billing_changes.draft_invoice(
                caseload,
                translate("InvoiceDialog", "Draft invoice"),
                request.patient_id,
                request.period_from,
                request.period_to,
                request.grouping,
            )
        )

    attempt(parent, run)
    return made[0] if made else None


def issue(caseload: Caseload, parent: QWidget, invoice: Invoice) -> bool:
    """Ask, saying it is final, then issue the draft."""
    if invoice.status is not InvoiceStatus.DRAFT:
        return False
    total = caseload.store.invoices.view(invoice).total_cents
    answer = QMessageBox.question(
        parent,
        translate("InvoiceDialog", "Issue invoice"),
        translate(
            "InvoiceDialog",
            "Issue invoice {number} to {payer} for {amount}?\n\nIssuing is final: it cannot be "
            "undone, and its time, trips and expenses can no longer change. To reverse it, void "
            "it.",
        ).format(
            number=invoice.number,
            payer=invoice.payer_name or invoice.client_name,
            amount=money(caseload, total),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return attempt(
        parent,
        lambda: billing_changes.issue_invoice(
            caseload, translate("InvoiceDialog", "Issue invoice %d") % invoice.number, invoice
        ),
    )


def pay(caseload: Caseload, parent: QWidget, invoice: Invoice) -> bool:
    """Record a payment (what is owed to begin with); a payment over it is said as a credit."""
    assert invoice.id is not None
    invoice_id = invoice.id
    owed = caseload.store.invoices.view(invoice).standing.balance_cents
    answer = run_form(
        payment_form(
            caseload.store,
            invoice_id,
            owed,
            translate("InvoiceDialog", "Payment of invoice %d") % invoice.number,
            parent,
        )
    )
    if answer is None:
        return False
    said: list[str] = []

    def run() -> None:
        payment = payment_of(answer, invoice_id)
        said.append(
            billing_changes.record_payment(
                caseload,
                translate("InvoiceDialog", "Record payment of invoice %d") % invoice.number,
                payment,
            )
        )

    done = attempt(parent, run)
    if done and said and said[0]:
        QMessageBox.information(parent, translate("InvoiceDialog", "Paid more than owed"), said[0])
    return done


def void(caseload: Caseload, parent: QWidget, invoice: Invoice) -> bool:
    """Ask why, then void the invoice (its number kept; its entries unbilled again)."""
    answer = run_form(
        void_form(translate("InvoiceDialog", "Void invoice %d") % invoice.number, parent)
    )
    if answer is None:
        return False
    return attempt(
        parent,
        lambda: billing_changes.void_invoice(
            caseload,
            translate("InvoiceDialog", "Void invoice %d") % invoice.number,
            invoice,
            answer.reason,
        ),
    )


def delete_draft(caseload: Caseload, parent: QWidget, invoice: Invoice) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("InvoiceDialog", "Delete draft"),
        translate(
            "InvoiceDialog",
            "Delete draft invoice %d? Its time, trips and expenses become unbilled again.\n\n"
            "You can undo this with Ctrl+Z.",
        )
        % invoice.number,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return attempt(
        parent,
        lambda: billing_changes.delete_draft(
            caseload,
            translate("InvoiceDialog", "Delete draft invoice %d") % invoice.number,
            invoice,
        ),
    )


def invoice_report(caseload: Caseload, invoice: Invoice) -> Report:
    """The invoice as a report to preview, print or save; its file named by number only."""

    def build(_choices: Sequence[bool]) -> Document:
        fresh = caseload.store.invoices.invoice(invoice.id or 0) or invoice
        return invoice_document(caseload.store, fresh)

    day: date = invoice.issued_on or invoice.drafted_on
    return Report(
        title=translate("InvoiceDialog", "invoice %d") % invoice.number,
        kind="invoice",
        file_name=translate("InvoiceDialog", "Invoice {number} {day}.pdf").format(
            number=invoice.number, day=day.isoformat()
        ),
        build=build,
    )


def print_invoice(caseload: Caseload, parent: QWidget, invoice: Invoice) -> None:
    preview(caseload, invoice_report(caseload, invoice), parent)


def save_invoice_pdf(caseload: Caseload, parent: QWidget, invoice: Invoice) -> None:
    save_pdf(caseload, invoice_report(caseload, invoice), None, parent)
