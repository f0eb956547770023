"""Checking an import's rows away from the window's thread, with progress and a way to stop."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from carebook.interop.spreadsheet.plan import ImportCancelled, ImportPlan, MappingError
from carebook.interop.spreadsheet.sheet import SpreadsheetError

#: The work: given how to report progress and how to ask whether to stop, a plan.
PlanJob = Callable[[Callable[[int, int], None], Callable[[], bool]], ImportPlan]


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
                f"The file could not be checked ({type(error).__name__}: "
                f"{error}). Nothing was imported."
            )
        else:
            self.planned.emit(plan)
