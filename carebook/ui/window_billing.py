"""The window's billing: the running timer in the status bar and on Ctrl+Shift+T, the billing
items of the Tools menu, the Billing tab (Ctrl+8), and what Today asks of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from carebook.ui.commands import Caseload
from carebook.ui.tab_pages import TabPages
from carebook.ui.timer import timing
from carebook.ui.timer.timer_status import TimerStatus
from carebook.ui.window_toolbar import dress

if TYPE_CHECKING:
    from carebook.ui.billing.billing_tab import BillingTab

#: The Billing tab's keys: Ctrl+1 … Ctrl+7 are Today, the Agenda and the five lists.
BILLING_TAB_KEYS = "Ctrl+8"


class WindowBilling(QObject):
    """What the main window shows and offers of the practice's billing."""

    def __init__(self, window: QMainWindow, caseload: Caseload, pages: TabPages) -> None:
        super().__init__(window)
        self.main = window
        self.caseload = caseload
        self.pages = pages
        self.tabs = pages.tabs
        # the menu is Bi&lling
        pages.add("billing", self.tr("&Billing"), self._make_tab, BILLING_TAB_KEYS)
        self.timer_status = TimerStatus(caseload, window)
        window.statusBar().addPermanentWidget(self.timer_status)
        self.timer_action = QAction(self.tr("Start or stop the &timer…"), window)
        self.timer_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.timer_action.triggered.connect(lambda: timing.toggle(caseload, window))
        dress(self.timer_action, "timer", self.tr("Timer"))
        self.preferences_action = QAction(self.tr("&Billing preferences…"), window)
        self.preferences_action.setStatusTip(
            self.tr("The practice's name, address and logo, rates, rounding and mileage rates")
        )
        self.preferences_action.triggered.connect(self.edit_preferences)
        # A timer left running overnight is asked about once the window is up (and only
        # then: a window closed at once, its caseload with it, has nothing to ask).
        running = caseload.store.time.timer()
        if running is not None and running.started_at.date() < caseload.store.today():
            QTimer.singleShot(0, self, lambda: timing.ask_about_overnight(caseload, window))

    @property
    def tab(self) -> BillingTab:
        """The Billing tab, made now if it is not yet."""
        return cast("BillingTab", self.pages.get("billing"))

    def _make_tab(self) -> BillingTab:
        # Loaded when first shown or asked for, not at start.
        from carebook.ui.billing.billing_tab import BillingTab

        return BillingTab(self.caseload, self.tabs)

    def _item(self, menu: QMenu, text: str, run: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda: self._on_tab(run))
        return action

    def _on_tab(self, run: Callable[[], object]) -> None:
        self.tabs.setCurrentWidget(self.tab)
        run()

    def add_to(self, menu: QMenu, shown_day: Callable[[], date]) -> None:
        """The billing items, in the Tools menu: "Billing" has no letter left for a menu of its
        own (B is the Billing tab's; i, l, n and g are taken by the menus, tabs and the tab's
        own views)."""
        menu.addSeparator()
        menu.addAction(self.timer_action)
        self._item(menu, self.tr("New time &entry…"), lambda: self.tab.new_time_entry())
        self._item(menu, self.tr("New t&rip…"), lambda: self.tab.new_trip())
        self._item(menu, self.tr("New e&xpense…"), lambda: self.tab.new_expense())
        log = menu.addAction(self.tr("&Log the day's trips…"))
        log.setStatusTip(
            self.tr("The Agenda's day as trips: Home, each visit in route order, Home")
        )
        log.triggered.connect(lambda: self.log_trips(shown_day()))
        self._item(menu, self.tr("&Draft invoice…"), lambda: self.tab.draft_invoice())
        self._item(menu, self.tr("&Print the chosen invoice…"), lambda: self.tab.print_current())
        reports = menu.addAction(self.tr("Billing rep&orts…"))
        reports.setStatusTip(
            self.tr(
                "Time, unbilled work, mileage, income, a payer's statement, aged receivables "
                "and the year's mileage log: previewed, printed, or saved as PDF or CSV"
            )
        )
        reports.triggered.connect(self.show_reports)
        self._item(
            menu, self.tr("Acti&vities and their rates…"), lambda: self.tab.edit_activities()
        )
        self._item(menu, self.tr("Place&s…"), lambda: self.tab.edit_places())
        menu.addAction(self.preferences_action)

    def show_reports(self) -> None:
        """Tools → Billing reports: the business's reports to preview, print or save."""
        # Loaded when first asked for, not at start.
        from carebook.ui.billing.billing_reports_dialog import show_billing_reports

        show_billing_reports(self.caseload, self.main)

    def log_trips(self, day: date) -> None:
        """Offer the day's route as trips; the Trips view shows them once logged."""
        # Loaded when first asked for, not at start.
        from carebook.ui.billing.billing_tab import TRIPS
        from carebook.ui.billing.route_trips import log_days_trips

        if log_days_trips(self.caseload, day, self.main):
            self.tabs.setCurrentWidget(self.tab)
            self.tab.show_view(TRIPS)

    def say_refused(self, why: str) -> None:
        """An undo or redo the caseload refused: nothing changed, and this is why."""
        QMessageBox.warning(self.main, self.tr("Not changed"), why)

    def view_action(self) -> QAction:
        """View → Billing (Ctrl+8)."""
        action = QAction(self.tr("Billing"), self.main)
        action.setShortcut(QKeySequence(BILLING_TAB_KEYS))
        action.triggered.connect(lambda: self.tabs.setCurrentWidget(self.tab))
        return action

    def show_billing(self, invoice_id: object) -> None:
        """Today asked: the unbilled time (None), or an overdue invoice chosen in its list."""
        # Loaded with the tab, not at start.
        from carebook.ui.billing.billing_tab import INVOICES, TIME

        self.tabs.setCurrentWidget(self.tab)
        if isinstance(invoice_id, int):
            self.tab.show_view(INVOICES)
            self.tab.invoices.choose_id(invoice_id)
        else:
            self.tab.show_view(TIME)
            self.tab.unbilled.setChecked(True)

    def edit_preferences(self) -> None:
        # Loaded when first asked for, not at start.
        from carebook.ui.forms.billing_preferences import edit_billing_preferences

        edit_billing_preferences(self.caseload, self.main)
