"""The tray icon with today's counts, and the notices before a visit, a task or a stale backup."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from carebook.core import today as shaping
from carebook.core.changes import Changes
from carebook.core.resource_files import resource
from carebook.core.today import Notice, TodayCounts
from carebook.store import today as reads
from carebook.ui.commands import Caseload
from carebook.ui.today.today_tab import TODAY_KINDS

#: How often the clock is looked at: a notice comes within this of its time.
LOOK_EVERY_MS = 30_000
#: How long a notice stays on the desktop.
SHOWN_MS = 15_000
_ICON = resource("carebook.svg")


class Reminders(QObject):
    """Today's counts in the tray, and a notice before each timed visit or task, once.

    The time is the caseload's clock (`store.clock()`), looked at by a QTimer, so a test drives
    it. A notice says a time and the patient's initials (the name only when Preferences allow
    it), never what the visit or task is about; its text is shown, never logged or kept in
    settings.
    """

    #: A notice was given (shown in the tray, or by the window where there is no tray).
    notice_given = Signal(object)
    open_wanted = Signal()
    backup_wanted = Signal()
    quit_wanted = Signal()

    def __init__(
        self,
        caseload: Caseload,
        last_backup: Callable[[], datetime | None],
        parent: QObject | None = None,
        *,
        tray: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.last_backup = last_backup
        self.given: set[str] = set()  # the keys of the notices given: none comes twice
        #: The notices given while carebook runs, when: kept in memory only.
        self.shown: list[tuple[datetime, Notice]] = []
        self.counts = TodayCounts()
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: QSystemTrayIcon | None = self._make_tray() if available else None
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()
        caseload.changed.connect(self._changed)
        self.show_counts()

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(QIcon(str(_ICON)), self)
        self.menu = QMenu()
        self.counts_action = QAction(self.menu)
        self.counts_action.setEnabled(False)
        self.menu.addAction(self.counts_action)
        self.menu.addSeparator()
        for text, wanted in (
            (self.tr("&Open carebook"), self.open_wanted),
            (self.tr("&Back up now"), self.backup_wanted),
            (self.tr("&Quit"), self.quit_wanted),
        ):
            action = QAction(text, self.menu)
            action.triggered.connect(wanted)
            self.menu.addAction(action)
        tray.setContextMenu(self.menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.open_wanted)
        tray.show()
        return tray

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_wanted.emit()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*TODAY_KINDS):
            self.show_counts()

    def show_counts(self) -> None:
        """Today's counts in the tray's tooltip and at the top of its menu."""
        self.counts = reads.counts(self.caseload.store, self.caseload.store.clock())
        text = shaping.counts_text(self.counts)
        if self.tray is not None:
            self.tray.setToolTip(self.tr("carebook — %s") % text)
            self.counts_action.setText(text)

    def look(self) -> None:
        """Give the notices now due: before each timed visit or task, and for an old backup."""
        store = self.caseload.store
        now = store.clock()
        preferences = store.preferences.preferences()
        minutes = preferences.reminder_minutes
        due: list[Notice] = []
        if minutes > 0:
            items = reads.timed_between(store, now, now + timedelta(minutes=minutes))
            due += shaping.reminders_due(items, now, minutes, preferences.notice_names, self.given)
        stale = shaping.backup_notice(self.last_backup(), now)
        if stale is not None and stale.key not in self.given:
            due.append(stale)
        for notice in due:
            self.give(notice, now)
        self.show_counts()

    def give(self, notice: Notice, now: datetime) -> None:
        self.given.add(notice.key)
        self.shown.append((now, notice))
        if self.tray is not None:
            self.tray.showMessage(
                notice.title, notice.text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS
            )
        self.notice_given.emit(notice)

    def tell(self, title: str, text: str) -> None:
        """A notice from the window itself (that it went on running in the tray)."""
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)

    def close(self) -> None:
        """Take the icon out of the tray (carebook is quitting)."""
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
