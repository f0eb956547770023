"""The carebook window: Today, the Agenda and list tabs, menus, shortcuts and status bar."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from carebook.ui.commands import Caseload
from carebook.ui.window_frame import WindowFrame
from carebook.ui.window_menus import build_menus


class MainWindow(WindowFrame):
    """One caseload, one window."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(caseload, parent)
        build_menus(self)
        self._restore_settings()
        if caseload.store.notices:
            QTimer.singleShot(0, self._tell_notices)
