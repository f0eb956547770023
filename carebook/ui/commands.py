"""The one door for changes: every write goes to the store here, and what it touched (a typed
`Changes`) is broadcast to every view."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from carebook.core.changes import Changes, kind_of_table
from carebook.core.errors import SaveError, ValidationError
from carebook.core.kinds import BY_NAME, Kind, kind_of
from carebook.core.records import Preferences
from carebook.core.views import CaseloadCounts
from carebook.store.caseload import Snapshot, Store

Root = tuple[str, int]  # (table, id) of a record that an action wrote
R = TypeVar("R")
T = TypeVar("T")


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
        try:
            self.caseload.store.restore_all(
                [(table, record_id, state[(table, record_id)]) for table, record_id in self.roots]
            )
        except (SaveError, ValidationError) as refusal:
            # The file refuses to go back (an issued invoice is kept for the record, an undo
            # would leave a gap in the invoice numbers): nothing changed, and the step leaves
            # the stack, so the next undo is the one before it.
            self.setObsolete(True)
            self.caseload.refused.emit(str(refusal))
            return
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
    #: An undo or redo the caseload refused, and why (the window shows it).
    refused = Signal(str)

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

    # -- a record added, saved or removed as its kind is (carebook.core.kinds) -------------------

    def add(self, record: R, text: str) -> R:
        """Add a new record as one undoable step named `text`; the record saved, with its id."""
        kind = kind_of(record)
        saved: list[R] = []

        def add() -> list[Root]:
            saved.append(self.store.kind_writes[kind.name].add(record))
            new: Any = saved[0]
            return [(kind.table, new.id)] if kind.undo_root == kind.name else []

        self.change(text, kind.name, add, touches=_owner_root(kind, record))
        return saved[0]

    def save(self, record: Any, text: str) -> Changes:
        """Save an edited record over its stored self as one undoable step named `text`."""
        kind = kind_of(record)

        def save() -> None:
            self.store.kind_writes[kind.name].save(record)

        return self.change(text, kind.name, save, touches=[_root(kind, record)])

    def remove(self, record: Any, text: str) -> Changes:
        """Delete a record (and, through the file's cascades, what hangs off it), undoably."""
        kind = kind_of(record)
        return self.change(
            text,
            kind.name,
            lambda: self.store.kind_writes[kind.name].remove(record.id),
            touches=[_root(kind, record)],
        )

    def replace(self, action: Callable[[], T], wrote: Callable[[T], bool] = lambda _: True) -> T:
        """Run a change that may rewrite much of the caseload (an import, a restore, a new
        passphrase), then, when it `wrote`, tell every view that everything may have changed;
        what was undoable before no longer is. The action's own answer comes back (a report,
        an import's result); a refusal reaches the caller with nothing written."""
        answer = action()
        if wrote(answer):
            self.replaced_everything()
        return answer

    def protect(self, action: Callable[[], T]) -> T:
        """Run a change to the file's protection (a passphrase set, changed or removed): the
        records and the undo history stay as they were; what shows the protection is told."""
        answer = action()
        self.announce(Changes.of(["preferences"]))
        return answer

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

        return self.replace(lambda: fill(self.store, patients=patients, seed=seed))

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


def _root(kind: Kind, record: Any) -> Root:
    """The record whose undo snapshot carries `record`: itself, or the record it is part of
    (a goal is undone with its care plan)."""
    if kind.undo_root == kind.name:
        return (kind.table, record.id)
    return (BY_NAME[kind.undo_root].table, getattr(record, str(kind.owner_field)))


def _owner_root(kind: Kind, record: Any) -> list[Root]:
    """What adding `record` changes that exists already: the record it is part of, if any."""
    return [] if kind.undo_root == kind.name else [_root(kind, record)]


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
