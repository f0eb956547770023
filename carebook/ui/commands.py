"""The one path for changes: every edit goes to the store here, then `changed` is broadcast."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from carebook.domain import CaseloadCounts
from carebook.store import Store

#: Kinds of record a `changed` signal names; "all" after loading many at once.
KINDS = ("patient", "medication", "appointment", "task", "care_plan", "contact", "all")


class Caseload(QObject):
    """The open caseload as the window sees it: reads go to `store`, changes come through here."""

    changed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def load_sample(self, patients: int = 40, seed: int = 1) -> CaseloadCounts:
        """Fill an empty caseload with the sample (not undoable: it is a starting point)."""
        from carebook.demo import fill

        counts = fill(self.store, patients=patients, seed=seed)
        self.undo_stack.clear()
        self.changed.emit("all")
        return counts
