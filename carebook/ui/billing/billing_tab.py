"""The Billing tab: time, trips, expenses, invoices and what is owed, for a period and a
client, with the keys and buttons that add, edit, draft, issue and print."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carebook.core.changes import Changes
from carebook.core.money import format_cents
from carebook.core.vocabularies import InvoiceStatus
from carebook.core.words import QT_TRANSLATE_NOOP
from carebook.ui.billing import billing_rows as rows
from carebook.ui.billing import invoice_actions
from carebook.ui.billing.billing_columns import (
    aged_columns,
    expense_columns,
    hours,
    invoice_columns,
    tenths,
    time_columns,
    trip_columns,
)
from carebook.ui.billing.billing_editing import BillingEditing
from carebook.ui.billing.billing_lists import ActivitiesWindow, PlacesWindow, show_window
from carebook.ui.billing.billing_view import BillingView
from carebook.ui.billing.invoice_dialog import open_invoice
from carebook.ui.billing.receipt_view import show_receipt
from carebook.ui.commands import Caseload
from carebook.ui.widgets.emphasis import Emphasis
from carebook.ui.widgets.patient_picker import PatientPicker

#: The kinds whose change the tab shows; a patient renamed changes the client column.
BILLING_KINDS = frozenset(
    {
        "activity",
        "agreement",
        "time_entry",
        "place",
        "trip",
        "expense",
        "attachment",
        "invoice",
        "invoice_line",
        "payment",
        "patient",
        "preferences",
    }
)

#: The periods offered, by key: (label, first and last day for a today).
PERIODS = (
    ("this_month", QT_TRANSLATE_NOOP("BillingTab", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("BillingTab", "Last month")),
    ("this_year", QT_TRANSLATE_NOOP("BillingTab", "This year")),
    ("last_year", QT_TRANSLATE_NOOP("BillingTab", "Last year")),
    ("all", QT_TRANSLATE_NOOP("BillingTab", "All dates")),
)

TIME, TRIPS, EXPENSES, INVOICES, RECEIVABLES = range(5)


def period_of(key: str, today: date) -> rows.Period:
    """The days a period's key names, around `today`."""
    if key == "this_month":
        return rows.Period(today.replace(day=1), None)
    if key == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return rows.Period(last.replace(day=1), last)
    if key == "this_year":
        return rows.Period(date(today.year, 1, 1), None)
    if key == "last_year":
        return rows.Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    return rows.Period(None, None)


def _billed_emphasis(row: object) -> Emphasis:
    return Emphasis.MUTED if getattr(row, "billed", False) else Emphasis.NONE


def _invoice_emphasis(row: rows.InvoiceRow) -> Emphasis:
    if row.state is InvoiceStatus.VOID:
        return Emphasis.MUTED
    return Emphasis.ALERT if row.days_overdue > 0 else Emphasis.NONE


def _aged_emphasis(row: rows.AgedRow) -> Emphasis:
    return Emphasis.ALERT if row.is_total else Emphasis.NONE


class BillingTab(QWidget):
    """Time, trips, expenses, invoices and receivables of the caseload, for a client and period."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.store = caseload.store
        self.editing = BillingEditing(caseload)
        settings = self.store.agreements.settings()
        self.currency, self.unit = settings.currency, settings.distance_unit.short
        self._stale = True

        self.client = PatientPicker(self.store, self)
        self.client.setPlaceholderText(self.tr("All clients"))
        self.client.setAccessibleName(self.tr("Client"))
        self.client.setToolTip(self.tr("Show one client's billing: type a name (Ctrl+F)"))
        self.client.patient_changed.connect(lambda _id: self.reload())
        self.client.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for key, label in PERIODS:
            self.period.addItem(self.tr(label), key)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.unbilled = QCheckBox(self.tr("&Unbilled only"), self)
        self.unbilled.setToolTip(self.tr("Only billable work not yet on an invoice"))
        self.unbilled.toggled.connect(lambda _on: self.reload())
        # No Alt letter is left for it: Ctrl+N, from the window, adds to the shown view.
        self.new_button = QPushButton(self.tr("New…"), self)
        self.new_button.setToolTip(self.tr("A new record of the view shown (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.draft_button = QPushButton(self.tr("&Draft invoice…"), self)
        self.draft_button.clicked.connect(self.draft_invoice)
        self.lists_button = QToolButton(self)
        self.lists_button.setText(self.tr("Lists"))
        self.lists_button.setToolTip(self.tr("The activities and places offered"))
        self.lists_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        lists = QMenu(self.lists_button)
        lists.addAction(self.tr("Activities and rates…"), self.edit_activities)
        lists.addAction(self.tr("Places…"), self.edit_places)
        self.lists_button.setMenu(lists)

        bar = QHBoxLayout()
        client_label = QLabel(self.tr("Client"), self)
        bar.addWidget(client_label)
        bar.addWidget(self.client, 2)
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.period)
        bar.addWidget(self.unbilled)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.draft_button)
        bar.addWidget(self.lists_button)

        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        # "Time" has no letter free: t, i, m and e answer the window's menus and tabs.
        self.time = self._view(self.tr("&Work time"), time_columns(self.currency), _billed_emphasis)
        self.trips = self._view(self.tr("Trip&s"), trip_columns(self.unit), _billed_emphasis)
        self.expenses = self._view(
            self.tr("E&xpenses"), expense_columns(self.currency), _billed_emphasis
        )
        self.invoices = self._view(
            self.tr("Invoi&ces"), invoice_columns(self.currency), _invoice_emphasis
        )
        self.receivables = self._view(
            self.tr("Receivab&les"), aged_columns(self.currency), _aged_emphasis
        )
        self._wire()
        self.views.currentChanged.connect(self._view_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.views, 1)
        caseload.changed.connect(self._caseload_changed)

    def _view(self, title: str, columns: tuple, emphasis: object) -> BillingView:  # type: ignore[type-arg]
        view = BillingView(title.replace("&", ""), columns, self.views, emphasis=emphasis)  # type: ignore[arg-type]
        self.views.addTab(view, title)
        return view

    def _wire(self) -> None:
        editing = self.editing
        self.time.on_open = lambda row: editing.edit_time(self, row.id)
        self.time.on_delete = lambda row: editing.delete_time(self, row.id)
        self.time.empty_text = self.tr("No time kept in this period. New… (Ctrl+N) keeps some.")
        self.trips.on_open = lambda row: editing.edit_trip(self, row.id)
        self.trips.on_delete = lambda row: editing.delete_trip(self, row.id)
        self.trips.empty_text = self.tr("No trips logged in this period.")
        self.expenses.on_open = self._open_expense
        self.expenses.on_edit = lambda row: editing.edit_expense(self, row.id)
        self.expenses.on_delete = lambda row: editing.delete_expense(self, row.id)
        self.expenses.empty_text = self.tr("No expenses in this period.")
        self.invoices.on_open = lambda row: open_invoice(self.caseload, row.id, self)
        self.invoices.on_delete = self._delete_invoice
        self.invoices.empty_text = self.tr("No invoices. Draft invoice… bills a client's month.")
        self.receivables.empty_text = self.tr("Nothing is owed: every issued invoice is paid.")
        for view in (self.time, self.trips, self.expenses, self.invoices, self.receivables):
            view.empty.setText(view.empty_text)

    # -- loading -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _caseload_changed(self, changes: Changes) -> None:
        if not changes.touches(*BILLING_KINDS):
            return
        if changes.touches("preferences"):
            settings = self.store.agreements.settings()
            self.currency, self.unit = settings.currency, settings.distance_unit.short
            self.time.set_columns(time_columns(self.currency))
            self.trips.set_columns(trip_columns(self.unit))
            self.expenses.set_columns(expense_columns(self.currency))
            self.invoices.set_columns(invoice_columns(self.currency))
            self.receivables.set_columns(aged_columns(self.currency))
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read again when shown

    def chosen_period(self) -> rows.Period:
        return period_of(str(self.period.currentData()), self.store.today())

    def reload(self) -> None:
        """Read the shown view's rows again, and its totals."""
        self._stale = False
        period, client = self.chosen_period(), self.client.patient_id
        unbilled = self.unbilled.isChecked()
        current = self.views.currentIndex()
        self.unbilled.setEnabled(current in (TIME, TRIPS, EXPENSES))
        self.period.setEnabled(current not in (INVOICES, RECEIVABLES))
        self.client.setEnabled(current != RECEIVABLES)
        if current == TIME:
            found = rows.time_rows(self.store, period, client, unbilled)
            self.time.set_rows(found, self._time_totals(found))
        elif current == TRIPS:
            trips = rows.trip_rows(self.store, period, client, unbilled)
            self.trips.set_rows(trips, self._trip_totals(trips))
        elif current == EXPENSES:
            spent = rows.expense_rows(self.store, period, client, unbilled)
            self.expenses.set_rows(spent, self._expense_totals(spent))
        elif current == INVOICES:
            invoices = rows.invoice_rows(self.store, client, rows.Period(None, None))
            self.invoices.set_rows(invoices, self._invoice_totals(invoices))
        else:
            aged = rows.aged_rows(self.store)
            self.receivables.set_rows(aged, self._aged_totals(aged))

    def _view_changed(self, _index: int) -> None:
        self.new_button.setEnabled(self.views.currentIndex() != RECEIVABLES)
        self.reload()

    def _money(self, cents: int) -> str:
        return format_cents(cents, self.currency)

    def _time_totals(self, found: list[rows.TimeRow]) -> str:
        billable = [row for row in found if row.billable]
        other = [row for row in found if not row.billable]
        return self.tr("%d entries · %s h · billable %s h, %s · not billable %s h") % (
            len(found),
            hours(sum(row.minutes for row in found)),
            hours(sum(row.minutes for row in billable)),
            self._money(sum(row.amount_cents for row in billable)),
            hours(sum(row.minutes for row in other)),
        )

    def _trip_totals(self, trips: list[rows.TripRow]) -> str:
        billed = sum(row.distance for row in trips if row.billable)
        return self.tr("%d trips · %s %s in all · %s %s billed to clients") % (
            len(trips),
            tenths(sum(row.distance for row in trips)),
            self.unit,
            tenths(billed),
            self.unit,
        )

    def _expense_totals(self, spent: list[rows.ExpenseRow]) -> str:
        return self.tr("%d expenses · %s in all · billable %s") % (
            len(spent),
            self._money(sum(row.amount_cents for row in spent)),
            self._money(sum(row.amount_cents for row in spent if row.billable)),
        )

    def _invoice_totals(self, invoices: list[rows.InvoiceRow]) -> str:
        live = [row for row in invoices if row.state is not InvoiceStatus.VOID]
        overdue = [row for row in live if row.days_overdue > 0]
        return self.tr("%d invoices · billed %s · paid %s · owed %s · overdue %s") % (
            len(invoices),
            self._money(sum(row.total_cents for row in live)),
            self._money(sum(row.paid_cents for row in live)),
            self._money(sum(row.balance_cents for row in live)),
            self._money(sum(row.balance_cents for row in overdue)),
        )

    def _aged_totals(self, aged: list[rows.AgedRow]) -> str:
        total = aged[-1].total if aged else 0
        return self.tr("Owed on issued invoices, by days past due: %s in all") % self._money(total)

    # -- what the window's menus call -------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: the client filter."""
        self.client.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.client.selectAll()

    def show_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)

    def new_record(self) -> None:
        """Ctrl+N: a new record of the shown view (an invoice is drafted)."""
        {
            TIME: self.new_time_entry,
            TRIPS: self.new_trip,
            EXPENSES: self.new_expense,
            INVOICES: self.draft_invoice,
        }.get(self.views.currentIndex(), self.new_time_entry)()

    def new_time_entry(self) -> None:
        self.show_view(TIME)
        self.editing.new_time(self, self.client.patient_id)

    def new_trip(self) -> None:
        self.show_view(TRIPS)
        self.editing.new_trip(self, self.client.patient_id)

    def new_expense(self) -> None:
        self.show_view(EXPENSES)
        self.editing.new_expense(self, self.client.patient_id)

    def draft_invoice(self) -> None:
        """Draft a client's invoice for a period, then show it."""
        invoice = invoice_actions.draft(self.caseload, self, self.client.patient_id)
        if invoice is None or invoice.id is None:
            return
        self.show_view(INVOICES)
        self.invoices.choose_id(invoice.id)
        open_invoice(self.caseload, invoice.id, self)

    def open_current(self) -> None:
        """Return: the chosen row opened (an invoice in its window, a receipt shown)."""
        view = self.views.currentWidget()
        if isinstance(view, BillingView):
            row = view.chosen()
            if row is not None and view.on_open is not None:
                view.on_open(row)

    def print_current(self) -> None:
        """Ctrl+P on the Invoices view: the chosen invoice's print preview."""
        row = self.invoices.chosen() if self.views.currentIndex() == INVOICES else None
        invoice = self.store.invoices.invoice(row.id) if row is not None else None
        if invoice is None:
            self.show_view(INVOICES)
            self.caseload.status_message.emit(self.tr("Choose an invoice to print."))
            return
        invoice_actions.print_invoice(self.caseload, self, invoice)

    def edit_activities(self) -> None:
        show_window(ActivitiesWindow(self.caseload, self))

    def edit_places(self) -> None:
        show_window(PlacesWindow(self.caseload, self))

    # -- rows' own actions -------------------------------------------------------------------------

    def _open_expense(self, row: rows.ExpenseRow) -> None:
        """Return on an expense: its receipt when it has one, else the expense's form."""
        if row.receipt_id is not None:
            show_receipt(self.caseload, row.receipt_id, self)
        else:
            self.editing.edit_expense(self, row.id)

    def _delete_invoice(self, row: rows.InvoiceRow) -> None:
        invoice = self.store.invoices.invoice(row.id)
        if invoice is None:
            return
        if invoice.status is InvoiceStatus.DRAFT:
            invoice_actions.delete_draft(self.caseload, self, invoice)
        else:
            self.caseload.status_message.emit(
                self.tr("Invoice %d was issued; open it (Return) to void it.") % invoice.number
            )
