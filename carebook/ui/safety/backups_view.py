"""Backups from the window: Back up now, Restore…, daily and closing backups, their age shown."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from carebook.core.calendar_words import clock_text, day_text, weekday_day
from carebook.core.changes import Changes
from carebook.core.words import translate
from carebook.storage import backup_rotation, backups, restoring
from carebook.storage.backups import BackupError, BackupInfo
from carebook.storage.file_errors import CaseloadFileError
from carebook.ui.commands import Caseload

#: A backup older than this is warned about; the window takes one itself at this age.
STALE = timedelta(days=1)
#: How often the window looks at the age of the last backup while it runs.
LOOK_EVERY_MS = 15 * 60 * 1000


def describe_age(taken: datetime | None, now: datetime) -> str:
    """ "Backed up 3 hours ago", in the words the status bar shows."""
    if taken is None:
        return translate("backups", "Not backed up yet")
    age = now - taken
    if age < timedelta(minutes=1):
        return translate("backups", "Backed up just now")
    if age < timedelta(hours=1):
        minutes = int(age.total_seconds() // 60)
        return translate("backups", "Backed up %d min ago") % minutes
    if age < timedelta(days=1):
        hours = int(age.total_seconds() // 3600)
        return translate("backups", "Backed up %d h ago") % hours
    days = age.days
    return (
        translate("backups", "Last backup yesterday")
        if days == 1
        else translate("backups", "Last backup %d days ago") % days
    )


def _when(moment: datetime) -> str:
    """ "24 Nov 2026 09:30"."""
    return f"{day_text(moment.date())} {clock_text(moment)}"


def size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            if unit == "bytes":
                return translate("backups", "{n} bytes").format(n=f"{size:,}")
            return f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


class Backups(QObject):
    """The caseload's backups as the window keeps them: on demand, daily, and at closing."""

    #: The status bar's text and whether it is a warning (no good backup for over a day).
    age_changed = Signal(str, bool)

    def __init__(self, caseload: Caseload, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        newest = backups.list_backups(caseload.store.path)
        self.last: datetime | None = newest[0].when if newest else None
        self.changed_since = False  # anything saved since the last backup
        caseload.changed.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.daily)
        self.timer.start()
        QTimer.singleShot(0, self.show_age)

    def _changed(self, _changes: Changes) -> None:
        self.changed_since = True

    def now(self) -> datetime:
        return self.caseload.store.clock()

    def show_age(self) -> None:
        now = self.now()
        stale = self.last is None or now - self.last > STALE
        self.age_changed.emit(describe_age(self.last, now), stale)

    def back_up(self, parent: QWidget | None = None, *, quietly: bool = False) -> BackupInfo | None:
        """Take a verified backup into the rotation; say so, or say why not."""
        store = self.caseload.store
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = backup_rotation.make_backup(store, store.path, now=self.now())
        except BackupError as error:
            QGuiApplication.restoreOverrideCursor()
            if not quietly:
                QMessageBox.warning(
                    parent,
                    translate("backups", "Backup failed"),
                    translate(
                        "backups",
                        "The caseload could not be backed up:\n%s\n\nYour "
                        "caseload itself is unchanged.",
                    )
                    % error.problem,
                )
            self.show_age()
            return None
        QGuiApplication.restoreOverrideCursor()
        self.last = info.when
        self.changed_since = False
        self.show_age()
        if not quietly:
            self.caseload.status_message.emit(
                translate("backups", "Backed up and checked: {file} ({size})").format(
                    file=info.path.name, size=size_text(info.size)
                )
            )
        return info

    def daily(self) -> None:
        """While the window runs, a backup once a day."""
        if self.last is None or self.now() - self.last > STALE:
            self.back_up(quietly=True)
        else:
            self.show_age()

    def at_closing(self) -> None:
        """The closing backup: what the day's work left, kept before the window goes (nothing
        to keep if nothing changed since the last one)."""
        if self.changed_since or self.last is None:
            self.back_up(quietly=True)

    def restore(self, parent: QWidget | None) -> bool:
        """Choose a backup and put it in place of the caseload; True when it was restored."""
        store = self.caseload.store
        chooser = RestoreDialog(backups.list_backups(store.path), parent)
        try:
            if chooser.exec() != QDialog.DialogCode.Accepted or chooser.chosen() is None:
                return False
            chosen = chooser.chosen()
        finally:
            chooser.deleteLater()
        assert chosen is not None
        answer = QMessageBox.question(
            parent,
            translate("backups", "Restore backup"),
            translate(
                "backups",
                "Replace the whole caseload with the backup of %s?\n\nWhat the caseload "
                "holds now is backed up first, so this too can be undone by restoring that "
                "backup. Changes cannot be undone with Ctrl+Z after a restore.",
            )
            % _when(chosen.when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        passphrase = store.passphrase

        def put_back() -> str:
            """Restore the backup; what went wrong, or "" (the caseload is then as it was)."""
            store.close()
            try:
                restoring.restore(chosen.path, store.path, now=self.now(), passphrase=passphrase)
                return ""
            except (BackupError, CaseloadFileError) as error:
                return error.problem
            finally:
                store.reopen(passphrase)  # the restored caseload, or the old one if it failed

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # The undo history belongs to the caseload replaced: the door drops it.
            problem = self.caseload.replace(put_back, wrote=lambda problem: not problem)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem:
            QMessageBox.warning(
                parent,
                translate("backups", "Not restored"),
                translate(
                    "backups", "The backup could not be restored:\n%s\n\nThe caseload is as it was."
                )
                % problem,
            )
            return False
        self.caseload.status_message.emit(
            translate("backups", "Restored the backup of %s") % _when(chosen.when)
        )
        return True


class RestoreDialog(QDialog):
    """The backups to choose from: their dates and sizes, newest first."""

    def __init__(self, found: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.found = found
        explanation = QLabel(
            self.tr(
                "Choose the backup to put in place of the caseload. Backups are taken when "
                "carebook closes, once a day while it runs, and when you choose File → Back up "
                "now."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        for info in found:
            item = QListWidgetItem(
                f"{weekday_day(info.when.date(), year=True)}  {clock_text(info.when)}"
                f"    {size_text(info.size)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No backups yet."))
            self.list.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(found))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(480, 420)

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        if item is None or not self.found:
            return None
        path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        return next((info for info in self.found if info.path == path), None)
