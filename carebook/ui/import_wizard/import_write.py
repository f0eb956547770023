"""The import wizard's last step: the rows written on a worker thread, with progress and Stop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from carebook.store.import_writing import WriteProgress
from carebook.store.imports import ImportBatch, ImportResult
from carebook.ui.changes import imports as import_changes
from carebook.ui.commands import Caseload
from carebook.ui.import_wizard.import_worker import WriteWorker


class WritePanel(QWidget):
    """How far the import is written, and Stop: every row is imported, or (stopped, refused)
    none is. The window keeps answering meanwhile; nothing else writes, as the wizard is modal
    and keeps its buttons off until the writing ends."""

    written = Signal(object)  # the ImportResult, once every view has been told
    refused = Signal(str)  # nothing was written: why
    stopped = Signal()  # stopped as asked: nothing was written

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.worker: WriteWorker | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Records written"))
        self.stop_button = QPushButton(self.tr("&Stop import"), self)
        self.stop_button.setToolTip(
            self.tr("Stop writing and go back to the preview; nothing is imported")
        )
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def running(self) -> bool:
        return self.worker is not None

    def start(self, batch: ImportBatch) -> None:
        """Write `batch` on a worker thread, through a connection of its own."""
        total = batch.records
        caseload = self.caseload

        def job(progress: WriteProgress) -> ImportResult:
            return import_changes.write_rows(caseload, batch, progress)

        worker = WriteWorker(job, total, self)
        worker.progressed.connect(self._progressed)
        worker.written.connect(self._written)
        worker.refused.connect(self._refused)
        worker.stopped.connect(self._stopped)
        self.worker = worker
        self.label.setText(
            self.tr("Writing %s records… (every one of them, or if you stop, none)") % f"{total:,}"
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.stop_button.setEnabled(True)
        worker.start()
        self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """Stop: the writing rolls back, and the wizard goes back to the preview."""
        if self.worker is not None:
            self.worker.stop()
            self.stop_button.setEnabled(False)
            self.label.setText(self.tr("Stopping… nothing will be imported."))

    def _progressed(self, done: int, total: int) -> None:
        if self.worker is None or not self.stop_button.isEnabled():
            return  # stopping: the last reports change nothing
        self.progress.setValue(min(done, total))
        if done >= total:
            # The rows are in; what is left (the indexes, the activity log) ends it.
            self.stop_button.setEnabled(False)
            self.label.setText(self.tr("Finishing…"))
        else:
            self.label.setText(
                self.tr("Written {done} of {total} records…").format(
                    done=f"{done:,}", total=f"{total:,}"
                )
            )

    def _finish(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()

    def _written(self, result: ImportResult) -> None:
        self._finish()
        self.progress.setValue(self.progress.maximum())
        import_changes.rows_written(self.caseload)
        self.written.emit(result)

    def _refused(self, message: str) -> None:
        self._finish()
        self.refused.emit(message)

    def _stopped(self) -> None:
        self._finish()
        self.stopped.emit()
