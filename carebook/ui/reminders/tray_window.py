"""The window beside its tray icon: brought back from it and hidden to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStatusBar

from carebook.core.today import Notice
from carebook.core.words import translate
from carebook.ui.reminders.reminders import Reminders


class TrayWindow(Protocol):
    """What the tray's menu acts on: the main window."""

    def statusBar(self) -> QStatusBar: ...

    def bring_forward(self) -> None: ...

    def quit(self) -> None: ...


def follow_reminders(
    window: TrayWindow, reminders: Reminders, back_up: Callable[[], object]
) -> Reminders:
    """The tray's menu acts on the window; without a tray, notices go to the status bar."""
    reminders.open_wanted.connect(window.bring_forward)
    reminders.backup_wanted.connect(back_up)
    reminders.quit_wanted.connect(window.quit)
    if reminders.tray is None:

        def say(notice: Notice) -> None:
            window.statusBar().showMessage(notice.text, 60_000)

        reminders.notice_given.connect(say)
    return reminders


def hidden_to_tray(window: QMainWindow, reminders: Reminders, event: QCloseEvent) -> bool:
    """Closing the window with a tray hides it there (True), saying so the first time."""
    if reminders.tray is None:
        return False
    event.ignore()
    window.hide()
    settings = QSettings()  # only whether it was said: nothing of a patient
    if not settings.value("reminders/told_of_tray", False, bool):
        settings.setValue("reminders/told_of_tray", True)
        reminders.tell(
            translate("TrayWindow", "carebook is still running"),
            translate(
                "TrayWindow",
                "Reminders keep coming while the window is closed. Choose Quit in this icon's "
                "menu, or File → Quit, to end carebook.",
            ),
        )
    return True
