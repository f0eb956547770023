"""The care manager's billing through the door: an invoice drafted, issued, voided or removed,
a payment recorded, an expense kept with its receipt; each one step on the undo stack."""

from __future__ import annotations

from datetime import date

from carebook.core.billing_records import Attachment, Expense, Invoice, Payment
from carebook.core.changes import Changes
from carebook.core.vocabularies import InvoiceGrouping
from carebook.ui.commands import Caseload, Root


def draft_invoice(
    caseload: Caseload,
    text: str,
    patient_id: int,
    first: date,
    last: date,
    grouping: InvoiceGrouping,
) -> Invoice:
    """Draft the client's invoice for the period (its entries marked as on it); undoable: the
    undo removes the draft and leaves its entries unbilled again."""
    drafted: list[Invoice] = []

    def run() -> list[Root]:
        invoice = caseload.store.invoices.draft(patient_id, first, last, grouping)
        assert invoice.id is not None
        drafted.append(invoice)
        return [("invoice", invoice.id)]

    caseload.change(text, "invoice", run)
    return drafted[0]


def issue_invoice(caseload: Caseload, text: str, invoice: Invoice) -> Changes:
    """Issue a draft: its lines drawn again, its due date set; final (void it to reverse)."""
    assert invoice.id is not None
    return caseload.change(
        text,
        "invoice",
        lambda: [("invoice", caseload.store.invoices.issue(invoice).id or 0)],
        touches=[("invoice", invoice.id)],
    )


def void_invoice(caseload: Caseload, text: str, invoice: Invoice, reason: str) -> Changes:
    """Void an invoice, its number kept; its time, trips and expenses become unbilled."""
    assert invoice.id is not None
    invoice_id = invoice.id

    def run() -> None:
        caseload.store.invoices.void(invoice, reason)

    return caseload.change(text, "invoice", run, touches=[("invoice", invoice_id)])


def delete_draft(caseload: Caseload, text: str, invoice: Invoice) -> Changes:
    """Remove the latest draft; its entries are unbilled again (undo puts it back)."""
    assert invoice.id is not None
    invoice_id = invoice.id
    return caseload.change(
        text,
        "invoice",
        lambda: caseload.store.invoices.delete_draft(invoice_id),
        touches=[("invoice", invoice_id)],
    )


def record_payment(caseload: Caseload, text: str, payment: Payment) -> str:
    """Record a payment against an issued invoice; what it left as a credit, in words, or ""."""
    caseload.add(payment, text)
    return caseload.store.invoices.credit_said(payment)


def add_expense(
    caseload: Caseload, text: str, expense: Expense, receipt: Attachment | None
) -> Expense:
    """Keep an expense and, when one was chosen, its receipt inside the caseload, together."""
    kept: list[Expense] = []

    def run() -> list[Root]:
        made: list[Root] = []
        if receipt is not None:
            attachment = caseload.store.expenses.add_attachment(receipt)
            assert attachment.id is not None
            expense.receipt_id = attachment.id
            made.append(("attachment", attachment.id))
        saved = caseload.store.expenses.add_expense(expense)
        assert saved.id is not None
        kept.append(saved)
        return [*made, ("expense", saved.id)]

    caseload.change(text, "expense", run)
    return kept[0]


def save_expense(
    caseload: Caseload, text: str, expense: Expense, receipt: Attachment | None
) -> Changes:
    """Save an edited expense, with a newly chosen receipt kept beside it."""
    assert expense.id is not None
    expense_id = expense.id

    def run() -> list[Root]:
        made: list[Root] = []
        if receipt is not None:
            attachment = caseload.store.expenses.add_attachment(receipt)
            assert attachment.id is not None
            expense.receipt_id = attachment.id
            made.append(("attachment", attachment.id))
        caseload.store.expenses.save_expense(expense)
        return made

    return caseload.change(text, "expense", run, touches=[("expense", expense_id)])
