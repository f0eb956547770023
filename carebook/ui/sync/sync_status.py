"""How team sync stands, in the status bar: when it last synced, what waits, what to settle."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from carebook.core.calendar_words import day_text
from carebook.core.changes import Changes
from carebook.core.words import translate
from carebook.ui.commands import Caseload
from carebook.ui.sync.sync_runner import SyncRunner
from carebook.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from carebook.store.team_sync import TeamStatus
    from carebook.sync.engine import SyncOutcome

#: How often the "ago" is brought up to date.
MINUTE_MS = 60_000


def age_text(then: datetime, now: datetime) -> str:
    """How long ago `then` was, plainly: "just now", "2 min ago", "3 h ago", "yesterday", or
    the day ("24 Nov 2026")."""
    if then.tzinfo is None:
        then = then.astimezone()  # written without its zone: this computer's
    then = then.astimezone(now.tzinfo)
    age = now - then
    if age < timedelta(minutes=1):
        return translate("Sync", "just now")  # a clock a little ahead reads as now
    if age < timedelta(hours=1):
        return translate("Sync", "{minutes} min ago").format(minutes=int(age.total_seconds() // 60))
    if age < timedelta(hours=12) or (age < timedelta(days=1) and then.date() == now.date()):
        return translate("Sync", "{hours} h ago").format(hours=int(age.total_seconds() // 3600))
    if then.date() == now.date() - timedelta(days=1):
        return translate("Sync", "yesterday")
    return day_text(then.date())


def waiting_text(waiting: int) -> str:
    if waiting == 1:
        return translate("Sync", "1 change waiting")
    return translate("Sync", "{count} changes waiting").format(count=waiting)


def every_text(minutes: int) -> str:
    """When this computer syncs by itself, as the Team sync dialog says it."""
    if minutes == 0:
        return translate(
            "Sync", "when carebook starts and closes, and on F9 (Edit → Preferences… to change)"
        )
    if minutes == 1:
        return translate(
            "Sync", "every minute, when carebook starts and closes (Edit → Preferences… to change)"
        )
    return translate(
        "Sync",
        "every {count} minutes, when carebook starts and closes (Edit → Preferences… to change)",
    ).format(count=minutes)


def conflicts_text(conflicts: int) -> str:
    if conflicts == 1:
        return translate("Sync", "1 conflict to settle")
    return translate("Sync", "{count} conflicts to settle").format(count=conflicts)


def status_text(
    status: TeamStatus, running: bool, progress: str, last: SyncOutcome | None, now: datetime
) -> str:
    """The status bar's words for a caseload in a team: "Synced 2 min ago · 3 changes
    waiting", "Syncing…", "Can't reach the hub: … · 12 changes waiting"."""
    team = status.team
    if team is None:
        return ""
    # This run's last outcome knows whether the hub was reached; the file keeps only why not.
    trouble = last.trouble if last is not None else team.trouble
    if running:
        head = (
            translate("Sync", "Syncing… {progress}").format(progress=progress)
            if progress
            else translate("Sync", "Syncing…")
        )
    elif trouble and last is not None and not last.reachable:
        head = translate("Sync", "Can't reach the hub: {why}").format(why=trouble)
    elif trouble:
        head = translate("Sync", "Sync stopped: {why}").format(why=trouble)
    elif team.synced_at:
        when = age_text(datetime.fromisoformat(team.synced_at), now)
        head = translate("Sync", "Synced {when}").format(when=when)
    else:
        head = translate("Sync", "Not synced yet")
    if status.waiting > 0:
        return f"{head} · {waiting_text(status.waiting)}"
    return head


class SyncStatus(QWidget):
    """The status bar's word on team sync, and a link to the conflicts when there are any;
    hidden while the caseload is in no team."""

    #: The "2 conflicts to settle" link was chosen.
    conflicts_wanted = Signal()
    #: The TeamStatus just read, for what else follows it (the menus' Sync now, Conflicts…).
    status_read = Signal(object)

    def __init__(self, caseload: Caseload, runner: SyncRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.caseload = caseload
        self.runner = runner
        self._progress = ""
        self.setAccessibleName(translate("Sync", "Team sync"))
        self.label = ElidedLabel("", self)
        self.label.setAccessibleName(translate("Sync", "Team sync"))
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.setAccessibleName(translate("Sync", "Conflicts to settle"))
        self.conflicts_button.setToolTip(
            translate("Sync", "Settle the conflicts (File → Conflicts…)")
        )
        self._look_like_a_link()
        self.conflicts_button.clicked.connect(self.conflicts_wanted)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.conflicts_button)

        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._finished)
        caseload.changed.connect(self._caseload_changed)
        # The "2 min ago" grows old while nothing else happens.
        self.minute = QTimer(self)
        self.minute.setInterval(MINUTE_MS)
        self.minute.timeout.connect(self.refresh)
        self.minute.start()
        self.refresh()

    def _look_like_a_link(self) -> None:
        font = self.conflicts_button.font()
        font.setUnderline(True)
        self.conflicts_button.setFont(font)
        palette = self.conflicts_button.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
        self.conflicts_button.setPalette(palette)

    def text(self) -> str:
        """What the status bar says of sync (without the conflicts link)."""
        return self.label.text()

    def _started(self) -> None:
        self._progress = ""
        self.refresh()

    def _progressed(self, said: str) -> None:
        self._progress = said
        self.refresh()

    def _finished(self, _outcome: object) -> None:
        self._progress = ""
        self.refresh()

    def _caseload_changed(self, _changes: Changes) -> None:
        self.refresh()  # a change made here waits to be sent

    def refresh(self) -> None:
        store = self.caseload.store
        if not store.is_open:
            return  # the window is closing
        status = store.team_sync.status()
        self.setVisible(status.team is not None)
        if status.team is not None:
            self._show(status)
        self.status_read.emit(status)

    def _show(self, status: TeamStatus) -> None:
        text = status_text(
            status,
            self.runner.running,
            self._progress,
            self.runner.last,
            datetime.now().astimezone(),
        )
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.setAccessibleDescription(text)
        self.conflicts_button.setText(conflicts_text(status.conflicts))
        self.conflicts_button.setVisible(status.conflicts > 0)
