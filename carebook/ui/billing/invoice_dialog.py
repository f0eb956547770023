"""One invoice in a window: who and what it bills, its lines, payments and totals, and the
buttons its state allows (issue, record a payment, void, delete the draft, print, save)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.core.billing_records import InvoiceLine
from carebook.core.calendar_words import day_text
from carebook.core.changes import Changes
from carebook.core.money import format_mills
from carebook.core.vocabularies import InvoiceStatus
from carebook.ui.billing import invoice_actions as actions
from carebook.ui.billing.billing_columns import hours, line_columns, payment_columns, tenths
from carebook.ui.billing.billing_rows import status_words
from carebook.ui.commands import Caseload
from carebook.ui.widgets.table_look import configure_table, size_columns
from carebook.ui.widgets.table_model import FixedSource, RecordTableModel


@dataclass(frozen=True, slots=True)
class LineRow:
    """An invoice line as the window reads it: its quantity and rate in words."""

    id: int
    on_date: date | None
    description: str
    quantity: str
    rate: str
    amount_cents: int


def line_row(line: InvoiceLine, currency: str) -> LineRow:
    if line.unit == "minute":
        quantity, rate = hours(line.quantity), f"{format_mills(line.rate_mills, currency)}/h"
    elif line.unit in ("tenth_mile", "tenth_km"):
        unit = "mi" if line.unit == "tenth_mile" else "km"
        quantity, rate = f"{tenths(line.quantity)} {unit}", format_mills(line.rate_mills, currency)
        rate += f"/{unit}"
    else:
        quantity, rate = str(line.quantity), format_mills(line.rate_mills, currency)
    return LineRow(line.id or 0, line.on_date, line.description, quantity, rate, line.amount_cents)


def _table(parent: QWidget, name: str, model: RecordTableModel) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(name)
    configure_table(table)
    table.setModel(model)
    return table


class InvoiceDialog(QDialog):
    """An invoice with its lines and payments; it follows the caseload as it changes."""

    def __init__(self, caseload: Caseload, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.invoice_id = invoice_id
        currency = caseload.store.agreements.settings().currency
        self.currency = currency
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = RecordTableModel(line_columns(currency), FixedSource(), parent=self)
        self.payments = RecordTableModel(payment_columns(currency), FixedSource(), parent=self)
        self.lines_table = _table(self, self.tr("Lines"), self.lines)
        self.payments_table = _table(self, self.tr("Payments"), self.payments)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.issue_button = self._button(self.tr("&Issue…"), self._issue)
        self.pay_button = self._button(self.tr("Record &payment…"), self._pay)
        self.void_button = self._button(self.tr("&Void…"), self._void)
        self.delete_button = self._button(self.tr("&Delete draft"), self._delete)
        self.print_button = self._button(self.tr("P&rint…"), self._print)
        self.pdf_button = self._button(self.tr("Save as P&DF…"), self._pdf)
        row = QHBoxLayout()
        for button in (
            self.issue_button,
            self.pay_button,
            self.void_button,
            self.delete_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.lines_table, 3)
        payments_label = QLabel(self.tr("Payments"), self)
        layout.addWidget(payments_label)
        layout.addWidget(self.payments_table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        caseload.changed.connect(self._changed)
        self.load()
        size_columns(self.lines_table, self.lines.columns)
        size_columns(self.payments_table, self.payments.columns)
        self.resize(980, 620)
        self.lines_table.setFocus()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _changed(self, changes: Changes) -> None:
        if changes.touches("invoice", "payment", "invoice_line"):
            self.load()

    def load(self) -> None:
        store = self.caseload.store
        invoice = store.invoices.invoice(self.invoice_id)
        if invoice is None:  # removed (a draft deleted, or its drafting undone)
            self.reject()
            return
        view = store.invoices.view(invoice)
        standing = view.standing
        self.setWindowTitle(
            self.tr("Invoice {number} — {client}").format(
                number=invoice.number, client=invoice.client_name
            )
        )
        self.heading.setText(
            self.tr("Invoice {number} · {client} · {status}").format(
                number=invoice.number,
                client=invoice.client_name,
                status=status_words(invoice, standing),
            )
        )
        said = [
            self.tr("Period: {first} to {last}").format(
                first=day_text(invoice.period_from), last=day_text(invoice.period_to)
            ),
            self.tr("Bill to: %s") % (invoice.payer_name or invoice.client_name),
        ]
        if invoice.issued_on:
            said.append(self.tr("Issued %s") % day_text(invoice.issued_on))
        if invoice.due_on:
            said.append(self.tr("Due %s") % day_text(invoice.due_on))
        if invoice.voided_on:
            said.append(
                self.tr("Void since {day}: {reason}").format(
                    day=day_text(invoice.voided_on), reason=invoice.void_reason
                )
            )
        if invoice.rounding_note:
            said.append(invoice.rounding_note)
        self.details.setText("  ·  ".join(said))
        self.lines.set_rows([line_row(line, self.currency) for line in view.lines])
        self.payments.set_rows(view.payments)

        def money(cents: int) -> str:
            return actions.money(self.caseload, cents)

        totals = self.tr("Total {total}   Paid {paid}   Balance {balance}").format(
            total=money(standing.total_cents),
            paid=money(standing.paid_cents),
            balance=money(standing.balance_cents),
        )
        if standing.credit_cents:
            totals += self.tr("   Credit %s") % money(standing.credit_cents)
        self.totals.setText(totals)
        state = invoice.status
        self.issue_button.setEnabled(state is InvoiceStatus.DRAFT)
        owing = standing.status in (InvoiceStatus.ISSUED, InvoiceStatus.PART_PAID)
        self.pay_button.setEnabled(owing or standing.status is InvoiceStatus.PAID)
        self.void_button.setEnabled(state is InvoiceStatus.ISSUED and not view.payments)
        self.void_button.setToolTip(self.tr("Remove its payments first") if view.payments else "")
        self.delete_button.setEnabled(state is InvoiceStatus.DRAFT)
        self.invoice = invoice

    def _issue(self) -> None:
        actions.issue(self.caseload, self, self.invoice)

    def _pay(self) -> None:
        actions.pay(self.caseload, self, self.invoice)

    def _void(self) -> None:
        actions.void(self.caseload, self, self.invoice)

    def _delete(self) -> None:
        actions.delete_draft(self.caseload, self, self.invoice)

    def _print(self) -> None:
        actions.print_invoice(self.caseload, self, self.invoice)

    def _pdf(self) -> None:
        actions.save_invoice_pdf(self.caseload, self, self.invoice)

    def done(self, result: int) -> None:
        with suppress(RuntimeError, TypeError):  # already let go
            self.caseload.changed.disconnect(self._changed)
        super().done(result)


def open_invoice(caseload: Caseload, invoice_id: int, parent: QWidget | None) -> None:
    dialog = InvoiceDialog(caseload, invoice_id, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
