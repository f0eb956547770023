"""Starting the carebook window: claim the caseload, open it (or say why not), show the window.

One window per caseload (DESIGN.md, "One writer"): a second start on the same file brings the
first window forward and exits (`ui/single_instance.py`).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from carebook import __version__, crash_report
from carebook.core.resource_files import resource
from carebook.storage.caseload_lock import LockError
from carebook.storage.file_errors import CaseloadFileError
from carebook.storage.paths import caseload_path
from carebook.store.caseload import Store
from carebook.ui.appearance import apply_chosen
from carebook.ui.commands import Caseload
from carebook.ui.first_tour import seen, show_tour
from carebook.ui.language import ensure_installed as install_language
from carebook.ui.main_window import MainWindow
from carebook.ui.safety.first_run import FirstRunDialog
from carebook.ui.safety.opening import NotOpened, open_store
from carebook.ui.safety.single_instance import AlreadyOpen, FirstInstance, claim
from carebook.ui.widgets.file_choice import forget_folders

if TYPE_CHECKING:
    from carebook.ui.main_window import MainWindow

#: Exit status of a start refused because another carebook holds the caseload and did not answer.
EXIT_ALREADY_OPEN = 1


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
    app.setWindowIcon(QIcon(str(resource("carebook.svg"))))
    apply_chosen()  # light or dark, as chosen last time under View → Appearance
    install_language()  # as chosen under View → Language, else the computer's

    forget_folders()  # any left by a carebook that stopped with a file dialog open
    return app


def open_window(db_option: str | None) -> tuple[MainWindow | None, int]:
    """Open the caseload and build its window: (window, 0), or (None, exit status) when not.

    (None, 0) means carebook was already open on this caseload and its window came forward.
    The window holds the caseload's lock from here (before the first-run dialog) until it is
    destroyed or `run_window` ends.
    """

    try:
        path = caseload_path(db_option)
        instance = claim(path)
        if instance is None:
            return None, 0  # the window already open on it came forward
        try:
            store = open_store(path)  # its passphrase asked, a damaged file set aside
        except BaseException:
            instance.release()
            raise
    except NotOpened:
        return None, 0  # the user chose not to open it
    except AlreadyOpen as error:
        QMessageBox.warning(None, "carebook", str(error))
        return None, EXIT_ALREADY_OPEN
    except (CaseloadFileError, LockError, OSError) as error:
        QMessageBox.critical(
            None,
            "carebook",
            QCoreApplication.translate("carebook", "carebook cannot open this caseload.\n\n%s")
            % _refusal(db_option, error),
        )
        return None, 3
    caseload = Caseload(store)
    protect = False
    if store.is_empty():
        dialog = FirstRunDialog(str(path))  # a second start meanwhile brings it forward
        dialog.exec()
        protect = dialog.wants_protection
        if dialog.wants_sample:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                caseload.load_sample()
            finally:
                QGuiApplication.restoreOverrideCursor()
    window = MainWindow(caseload)
    if protect:
        window.protection.protect(window)  # asks for the passphrase; cancelling leaves it plain
    instance.attach(window)
    return window, 0


def _refusal(db_option: str | None, error: Exception) -> Exception:
    """Why the caseload cannot be opened, in the words that help most.

    A lock file that cannot be made (a missing or read-only folder) is usually the caseload's own
    problem, which opening it names better ("the folder … does not exist").
    """
    if not isinstance(error, LockError):
        return error
    try:
        Store.open(caseload_path(db_option)).close()
    except (CaseloadFileError, OSError) as refusal:
        return refusal
    return error


def _show_fault(text: str) -> None:
    QMessageBox.critical(QApplication.activeWindow(), "carebook", text)


def run_window(db_option: str | None) -> int:
    """Run the carebook window until it is closed; the process's exit status."""

    app = make_application()
    # A fault in the window goes to a private report and a dialog, never to the terminal.
    crash_report.install_hook(show=_show_fault)
    window, status = open_window(db_option)
    if window is None:
        return status
    # Closing the window may leave carebook in the tray, reminding: only Quit ends it.
    app.setQuitOnLastWindowClosed(False)
    window.quitting.connect(app.quit)
    window.show()
    if not seen():
        QTimer.singleShot(0, lambda: show_tour(window))  # once the window is on screen
    result = app.exec()
    window.caseload.store.close()
    instance = FirstInstance.of(window)
    if instance is not None:
        instance.release()  # after the store has closed: the caseload is let go last
    return result
