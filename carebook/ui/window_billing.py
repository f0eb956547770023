"""The window's billing: the running timer in the status bar and on Ctrl+Shift+T, the Billing
menu, and the Billing tab."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar

from carebook.ui.commands import Caseload
from carebook.ui.timer import timing
from carebook.ui.timer.timer_status import TimerStatus
from carebook.ui.window_toolbar import dress


class WindowBilling(QObject):
    """What the main window shows and offers of the practice's billing."""

    def __init__(self, window: QMainWindow, caseload: Caseload) -> None:
        super().__init__(window)
        self.window = window
        self.caseload = caseload
        self.timer_status = TimerStatus(caseload, window)
        window.statusBar().addPermanentWidget(self.timer_status)
        self.timer_action = QAction(self.tr("Start or stop the &timer…"), window)
        self.timer_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.timer_action.triggered.connect(lambda: timing.toggle(caseload, window))
        dress(self.timer_action, "timer", self.tr("Timer"))
        # A timer left running overnight is asked about once the window is up.
        QTimer.singleShot(0, lambda: timing.ask_about_overnight(caseload, window))

    def add_menu(self, bar: QMenuBar) -> None:
        """The Billing menu (Alt+L: B is the Billing tab's)."""
        menu = bar.addMenu(self.tr("Bi&lling"))
        menu.addAction(self.timer_action)
