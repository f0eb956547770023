"""Tools → Check database: the whole check run aside from the window, then a plain report."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from carebook.core.words import translate
from carebook.storage.check_findings import CheckReport
from carebook.storage.file_errors import CaseloadFileError
from carebook.storage.integrity import check_file
from carebook.ui.commands import Caseload


def run_check(caseload: Caseload, parent: QWidget | None) -> CheckReport | None:
    """Check the caseload file on a connection of its own, off the window's thread (a large
    caseload takes seconds), with a progress dialog that can be cancelled; None if it was."""
    store = caseload.store
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="carebook-check")
    future: Future[CheckReport] = pool.submit(check_file, store.path, store.passphrase)
    progress = QProgressDialog(parent)
    progress.setLabelText(translate("CheckDialog", "Checking the caseload…"))
    progress.setCancelButtonText(translate("CheckDialog", "Cancel"))
    progress.setRange(0, 0)  # no steps to count: it moves while the check runs
    progress.setWindowTitle(translate("CheckDialog", "Check database"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(lambda: loop.quit() if future.done() or progress.wasCanceled() else None)
    poll.start()
    loop.exec()
    poll.stop()
    cancelled = progress.wasCanceled() and not future.done()
    progress.close()
    progress.deleteLater()
    pool.shutdown(wait=False, cancel_futures=True)  # a cancelled check finishes unseen
    if cancelled:
        return None
    try:
        return future.result()
    except CaseloadFileError as error:
        report = CheckReport()
        report.notes.append(
            translate("CheckDialog", "The caseload file could not be checked: {problem}").format(
                problem=error.problem
            )
        )
        return report


class CheckReportDialog(QDialog):
    """What the check found, in plain words; ids only, never what a record says."""

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check database"))
        verdict = QLabel(self)
        font = QFont(verdict.font())
        font.setBold(True)
        verdict.setFont(font)
        verdict.setWordWrap(True)
        verdict.setText(
            self.tr("The caseload is healthy.")
            if report.healthy
            else self.tr(
                "Problems were found. Nothing has been changed; restore a backup from before "
                "they began (File → Restore a backup…), or keep this report for support."
            )
        )
        self.text = QPlainTextEdit(report.text(), self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(verdict)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)
