"""The one door for changes: every write goes to the store here, and what it touched (a typed
`Changes`) is broadcast to every view."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from carebook.core.changes import Changes, kind_of_table
from carebook.core.errors import SaveError
from carebook.core.records import Preferences
from carebook.core.views import CaseloadCounts
from carebook.store.caseload import Snapshot, Store

Root = tuple[str, int]  # (table, id) of a record that an action wrote


class RecordsCommand(QUndoCommand):
    """One undoable change: the records it touched, as they were before and after."""

    def __init__(
        self,
        caseload: Caseload,
        text: str,
        kind: str,
        roots: Sequence[Root],
        before: dict[Root, Snapshot | None],
        after: dict[Root, Snapshot | None],
    ):
        super().__init__(text)
        self.caseload = caseload
        self.kind = kind
        self.roots = list(roots)
        self.before = before
        self.after = after
        self._done = True  # pushed after the action ran: the first redo has nothing to do
        self.changes = touched(kind, roots, [*before.values(), *after.values()])

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)

    def _put(self, state: dict[Root, Snapshot | None]) -> None:
        self.caseload.store.restore_all(
            [(table, record_id, state[(table, record_id)]) for table, record_id in self.roots]
        )
        self.caseload.changed.emit(self.changes)


class Caseload(QObject):
    """The open caseload as the window sees it: reads go to `store`, changes come through here."""

    #: A `Changes`: what a write, an undo or a redo touched.
    changed = Signal(object)
    #: A view asks for a patient's record window (patient id, the widget asking); the main
    #: window opens it, so no view needs to know the record window.
    record_wanted = Signal(int, object)
    #: A passing word for the status bar ("Day sheet saved: …"); never an error.
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(100)

    def change(
        self,
        text: str,
        kind: str,
        action: Callable[[], Iterable[Root] | None],
        touches: Iterable[Root] = (),
    ) -> Changes:
        """Run `action` (a store call), make it undoable, and tell every view; what it touched.

        `touches` are the existing records the action changes; `action` returns any records it
        creates. A ValidationError, SaveError or LookupError from the store leaves nothing
        changed and reaches the caller, which shows it.
        """
        touched = list(touches)
        before: dict[Root, Snapshot | None] = {root: self.store.snapshot(*root) for root in touched}
        created = list(action() or ())
        roots = list(dict.fromkeys([*touched, *created]))
        for root in roots:
            before.setdefault(root, None)
        after = {root: self.store.snapshot(*root) for root in roots}
        command = RecordsCommand(self, text, kind, roots, before, after)
        self.undo_stack.push(command)
        self.changed.emit(command.changes)
        return command.changes

    def set_preferences(self, preferences: Preferences) -> None:
        """Save the coordinator's preferences (not undoable: they are settings, not records)."""
        self.store.preferences.set_preferences(preferences)
        self.announce(Changes.of(["preferences"]))

    def record_output(self, action: str, what: str) -> None:
        """Note a print or an export in the activity log; a full disk must not stop the print."""
        with suppress(SaveError):
            self.store.preferences.record_output(action, what)

    def load_sample(self, patients: int = 40, seed: int = 1) -> CaseloadCounts:
        """Fill an empty caseload with the sample (not undoable: it is a starting point)."""
        from carebook.sample.demo import fill  # the sample generator, loaded only when asked for

        counts = fill(self.store, patients=patients, seed=seed)
        self.replaced_everything()
        return counts

    def announce(self, changes: Changes) -> Changes:
        """Tell every view of a change that is not a record's (the caseload's protection)."""
        self.changed.emit(changes)
        return changes

    def replaced_everything(self) -> Changes:
        """Tell every view that the whole caseload may have changed (an import, a restore, a
        new passphrase): what was undoable before no longer is."""
        self.undo_stack.clear()
        changes = Changes.of_everything()
        self.changed.emit(changes)
        return changes


def touched(kind: str, roots: Sequence[Root], snapshots: Iterable[Snapshot | None]) -> Changes:
    """What a change of the records `roots` touched: their kinds, the records, and every
    patient whose rows the snapshots hold."""
    patients: set[int] = set()
    for snapshot in snapshots:
        if snapshot is None:
            continue
        if snapshot.table == "patient":
            patients.add(snapshot.record_id)
        for _table, names, rows in snapshot.rows:
            if "patient_id" in names:
                at = names.index("patient_id")
                patients.update(row[at] for row in rows if row[at] is not None)
    # The records written say what was changed; the action's own name only when it wrote none.
    kinds = [kind_of_table(table) for table, _id in roots] or [kind]
    records = [(kind_of_table(table), record_id) for table, record_id in roots]
    return Changes.of(kinds, records, patients)
