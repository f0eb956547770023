"""Checking an import's rows, and writing them, off the window's thread: progress, a stop."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from carebook.core.errors import SaveError, ValidationError
from carebook.interop.spreadsheet.plan import ImportCancelled, ImportPlan, MappingError
from carebook.interop.spreadsheet.sheet import SpreadsheetError
from carebook.store.import_writing import ImportStopped, WriteProgress
from carebook.store.imports import ImportResult

#: The work: given how to report progress and how to ask whether to stop, a plan.
PlanJob = Callable[[Callable[[int, int], None], Callable[[], bool]], ImportPlan]
#: The writing: given how to report progress and ask whether to stop, what was written.
WriteJob = Callable[[WriteProgress], ImportResult]


class PlanWorker(QThread):
    """Runs one plan_import; touches no store and no widget (it reports through signals)."""

    progressed = Signal(int, int)
    planned = Signal(object)  # the ImportPlan
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, job: PlanJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the check to stop at its next look (every CHECK_EVERY rows)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            plan = self.job(self.progressed.emit, self._stop.is_set)
        except ImportCancelled:
            self.stopped.emit()
        except (MappingError, SpreadsheetError) as error:
            self.failed.emit(str(error))
        except Exception as error:  # on this thread an escaped error would hang the wizard
            self.failed.emit(
                self.tr("The file could not be checked ({error}). Nothing was imported.").format(
                    error=f"{type(error).__name__}: {error}"
                )
            )
        else:
            self.planned.emit(plan)


class WriteWorker(QThread):
    """Writes one import through a connection of its own; touches no widget, and tells the
    window's thread how far it is, what it wrote, or why nothing was written."""

    progressed = Signal(int, int)
    written = Signal(object)  # the ImportResult
    refused = Signal(str)  # nothing was written: why
    stopped = Signal()  # stopped as asked: nothing was written

    def __init__(self, job: WriteJob, total: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.total = total
        self._stop = threading.Event()

    def stop(self) -> None:
        """Ask the writing to stop and roll back (it looks every REPORT_EVERY records)."""
        self._stop.set()

    def run(self) -> None:
        progress = WriteProgress(self.total, self.progressed.emit, self._stop.is_set)
        try:
            result = self.job(progress)
        except ImportStopped:
            self.stopped.emit()
        except (ValidationError, SaveError, LookupError) as error:
            self.refused.emit(str(error).strip("'\""))
        except Exception as error:  # on this thread an escaped error would hang the wizard
            self.refused.emit(f"{type(error).__name__}: {error}")
        else:
            self.written.emit(result)
