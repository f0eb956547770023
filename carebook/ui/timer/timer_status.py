"""The running timer in the status bar: its icon and "0:42 Ann Smith · Home visit", a minute at
a time; a click stops it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from carebook.core.calendar_words import day_and_clock
from carebook.core.changes import Changes
from carebook.ui.commands import Caseload
from carebook.ui.timer import timing
from carebook.ui.widgets.icons import icon

#: The kinds whose change can change what the timer shows (her name).
TIMER_KINDS = ("running_timer", "time_entry", "patient")


class TimerStatus(QToolButton):
    """Shown while the timer runs (also after a restart: it is kept in the caseload)."""

    def __init__(self, caseload: Caseload, parent: QWidget) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.setAutoRaise(True)
        # The timer's icon before its words: the ⏱ character is missing from many fonts.
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAccessibleName(self.tr("Running timer"))
        self.setIcon(icon("timer"))
        self.clicked.connect(lambda: timing.stop(caseload, self.window()))
        self.tick = QTimer(self)
        self.tick.setInterval(60_000)
        self.tick.timeout.connect(self.refresh)
        caseload.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*TIMER_KINDS):
            self.refresh()

    def refresh(self) -> None:
        store = self.caseload.store
        timer = store.time.timer()
        self.setVisible(timer is not None)
        if timer is None:
            self.tick.stop()
            self.setText("")
            return
        said = timing.running_text(store, timer)
        self.setText(said.removeprefix("⏱ "))
        self.setAccessibleDescription(said)
        self.setToolTip(
            self.tr("Running since %s. Click to stop it and keep the time (Ctrl+Shift+T).")
            % day_and_clock(timer.started_at, year=False)
        )
        if not self.tick.isActive():
            self.tick.start()
