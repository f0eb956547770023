"""A patient's record's Billing tab: her agreement, her unbilled time, her recent time and her
invoices with what is owed; the agreement edited, and the timer started for her."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carebook.core.calendar_words import day_text
from carebook.core.money import cents_for, format_cents, format_mills, hourly_mills
from carebook.core.today import hours_words
from carebook.core.vocabularies import InvoiceStatus, TripPurpose
from carebook.ui.commands import Caseload
from carebook.ui.forms.agreement_form import edit_agreement
from carebook.ui.timer import timing

#: How many of her latest time entries the tab lists (the Billing tab has them all).
RECENT = 12


def _table(parent: QWidget, headings: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headings), parent)
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if text[:1].isdigit() or text[:1] in "$€£-":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


class PatientBilling(QWidget):
    """Her agreement and her account; follows every change (the record refreshes it)."""

    def __init__(self, caseload: Caseload, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.caseload = caseload
        self.patient_id = patient_id
        self.agreement_box = QGroupBox(self.tr("Agreement"), self)
        self.agreement_form = QFormLayout(self.agreement_box)
        self.edit_button = QPushButton(self.tr("Edit a&greement…"), self)
        self.edit_button.clicked.connect(self.edit_agreement)
        self.timer_button = QPushButton(self.tr("Start ti&mer for her"), self)
        self.timer_button.clicked.connect(self.start_timer)
        self.unbilled = QLabel(self)
        self.unbilled.setWordWrap(True)
        self.unbilled.setAccessibleName(self.tr("Unbilled"))
        self.owed = QLabel(self)
        self.owed.setAccessibleName(self.tr("Owed"))
        self.time = _table(
            self,
            [
                self.tr("Date"),
                self.tr("Activity"),
                self.tr("Time"),
                self.tr("Amount"),
                self.tr("Narrative"),
            ],
            self.tr("Recent time"),
        )
        self.invoices = _table(
            self,
            [
                self.tr("Invoice"),
                self.tr("Issued"),
                self.tr("Status"),
                self.tr("Total"),
                self.tr("Balance"),
            ],
            self.tr("Invoices"),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.timer_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.agreement_box)
        left.addLayout(buttons)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.unbilled)
        right.addWidget(QLabel(self.tr("Recent time"), self))
        right.addWidget(self.time, 3)
        right.addWidget(self.owed)
        right.addWidget(self.invoices, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def refresh(self) -> None:
        store = self.caseload.store
        settings = store.agreements.settings()
        currency = settings.currency
        agreement = store.agreements.agreement_or_default(self.patient_id)
        payer = store.agreements.payer(self.patient_id)
        while self.agreement_form.rowCount():
            self.agreement_form.removeRow(0)
        hourly = store.agreements.hourly_cents(self.patient_id)
        # Without a rate of her own, her trips bill at the year's standard business rate.
        standard = store.trips.rate(store.today().year, TripPurpose.BUSINESS)
        mileage = agreement.mileage_rate_mills
        rows = [
            (self.tr("Payer"), f"{payer.name} ({agreement.payer_kind.label.lower()})"),
            (self.tr("Bill to"), payer.address or "—"),
            (
                self.tr("Hourly rate"),
                format_cents(hourly, currency)
                if agreement.hourly_rate_cents is not None
                else self.tr("{rate} (the practice's)").format(rate=format_cents(hourly, currency)),
            ),
            (
                self.tr("Mileage"),
                (
                    self.tr("{rate} / {unit}")
                    if mileage is not None
                    else self.tr("{rate} / {unit} (the standard business rate)")
                ).format(
                    rate=format_mills(standard if mileage is None else mileage, currency),
                    unit=settings.distance_unit.short,
                ),
            ),
            (self.tr("Rounding"), store.agreements.rounding(self.patient_id).label),
            (
                self.tr("Retainer left"),
                format_cents(store.invoices.retainer_left(self.patient_id), currency),
            ),
            (self.tr("Terms"), self.tr("%s days") % agreement.terms_days),
        ]
        for label, value in rows:
            shown = QLabel(value, self.agreement_box)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.agreement_form.addRow(label, shown)
        self.edit_button.setText(
            self.tr("Edit a&greement…")
            if store.agreements.agreement(self.patient_id)
            else self.tr("Set up a&greement…")
        )

        def amount(entry_minutes: int, rate: int, flat: int | None) -> int:
            return flat if flat is not None else cents_for(entry_minutes, 60, hourly_mills(rate))

        unbilled = store.time.entries(self.patient_id, unbilled=True)
        minutes = sum(e.minutes for e in unbilled)
        cents = sum(amount(e.minutes, e.rate_cents, e.flat_cents) for e in unbilled)
        self.unbilled.setText(
            self.tr("Unbilled: {hours}, {amount}").format(
                hours=hours_words(minutes), amount=format_cents(cents, currency)
            )
            if unbilled
            else self.tr("No unbilled time.")
        )
        recent = store.time.entries(self.patient_id)[-RECENT:][::-1]
        _fill(
            self.time,
            [
                [
                    day_text(e.on_date),
                    e.activity,
                    hours_words(e.minutes),
                    format_cents(amount(e.minutes, e.rate_cents, e.flat_cents), currency)
                    if e.billable
                    else self.tr("not billed"),
                    e.narrative,
                ]
                for e in recent
            ],
        )
        invoice_rows, owed = [], 0
        for invoice in store.invoices.invoices(self.patient_id):  # a client has a few a month
            stands = store.invoices.view(invoice).standing
            if stands.status is not InvoiceStatus.VOID and stands.status is not InvoiceStatus.DRAFT:
                owed += stands.balance_cents
            status = (
                self.tr("{status} · {days} days overdue").format(
                    status=stands.status.label, days=stands.days_overdue
                )
                if stands.days_overdue > 0
                else stands.status.label
            )
            invoice_rows.append(
                [
                    str(invoice.number),
                    day_text(invoice.issued_on) if invoice.issued_on else "—",
                    status,
                    format_cents(stands.total_cents, currency),
                    format_cents(stands.balance_cents, currency),
                ]
            )
        _fill(self.invoices, invoice_rows)
        self.owed.setText(
            self.tr("Invoices · balance due %s") % format_cents(owed, currency)
            if invoice_rows
            else self.tr("No invoices yet.")
        )

    def edit_agreement(self) -> None:
        edit_agreement(self.caseload, self.patient_id, self)

    def start_timer(self) -> None:
        timing.start(self.caseload, self.window(), self.patient_id)
