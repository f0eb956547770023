"""Starting the carebook window: open the caseload (or say why not), then show the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from carebook import __version__
from carebook.caseload_file import CaseloadFileError
from carebook.paths import caseload_path
from carebook.store import Store

if TYPE_CHECKING:
    from carebook.ui.main_window import MainWindow

RESOURCES = Path(__file__).with_name("resources")


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so QSettings and the desktop know it as carebook."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("carebook")
    QCoreApplication.setApplicationName("carebook")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("carebook")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(QIcon(str(RESOURCES / "carebook.svg")))
    return app


def open_window(db_option: str | None) -> tuple[MainWindow | None, int]:
    """Open the caseload and build its window: (window, 0), or (None, exit status) on refusal."""
    from carebook.ui.commands import Caseload
    from carebook.ui.first_run import FirstRunDialog
    from carebook.ui.main_window import MainWindow

    try:
        path = caseload_path(db_option)
        store = Store.open(path)
    except (CaseloadFileError, OSError) as error:
        QMessageBox.critical(None, "carebook", QCoreApplication.translate(
            "carebook", "carebook cannot open this caseload.\n\n%s") % error)
        return None, 3
    caseload = Caseload(store)
    if store.is_empty():
        dialog = FirstRunDialog(str(path))
        dialog.exec()
        if dialog.wants_sample:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                caseload.load_sample()
            finally:
                QGuiApplication.restoreOverrideCursor()
    return MainWindow(caseload), 0


def run_window(db_option: str | None) -> int:
    """Run the carebook window until it is closed; the process's exit status."""
    app = make_application()
    window, status = open_window(db_option)
    if window is None:
        return status
    window.show()
    result = app.exec()
    window.caseload.store.close()
    return result
