"""A record editor made of a form and three store calls: new, edit and delete, each undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from carebook.ui.commands import Caseload, Root
from carebook.ui.forms.record_editor import RecordAction, attempt, confirm_delete

R = TypeVar("R")


class FormEditor(Generic[R]):
    """New, edit and delete for one kind of record, through its form and the undo funnel.

    Kinds with more to do (a medication is stopped, a task completed) subclass it and add
    `actions`; everything else is configuration.
    """

    def __init__(
        self,
        caseload: Caseload,
        *,
        noun: str,
        table: str,
        kind: str,
        blank: Callable[[int | None], R | None],
        load: Callable[[int], R | None],
        form: Callable[[R, QWidget], R | None],
        add: Callable[[R], Any],
        update: Callable[[R], object],
        remove: Callable[[int], None],
        describe: Callable[[R], str],
    ) -> None:
        self.caseload = caseload
        self.noun = noun
        self.table = table
        self.kind = kind
        self._blank = blank
        self._load = load
        self._form = form
        self._add = add
        self._update = update
        self._remove = remove
        self._describe = describe

    @property
    def store(self) -> Any:
        return self.caseload.store

    def new(self, parent: QWidget, patient_id: int | None) -> None:
        record = self._blank(patient_id)
        if record is None:
            return
        edited = self._form(record, parent)
        if edited is None:
            return

        def add() -> list[Root]:
            saved = self._add(edited)
            return [(self.table, saved.id)]

        attempt(
            parent, lambda: self.caseload.change(parent.tr("Add %s") % self.noun, self.kind, add)
        )

    def open(self, parent: QWidget, record_id: int, row: dict[str, Any]) -> None:
        self.edit(parent, record_id, row)

    def edit(self, parent: QWidget, record_id: int, row: dict[str, Any]) -> None:
        record = self._load(record_id)
        if record is None:
            return
        edited = self._form(record, parent)
        if edited is None or edited == record:
            return
        self.save_edit(parent, record_id, record, edited)

    def save_edit(self, parent: QWidget, record_id: int, record: R, edited: R) -> None:
        """Save what the form gave back for `record` (a kind may ask more first)."""
        self.save(parent, record_id, parent.tr("Edit %s") % self.noun, lambda: self._update(edited))

    def delete(self, parent: QWidget, record_id: int, row: dict[str, Any]) -> None:
        record = self._load(record_id)
        if record is None or not confirm_delete(parent, self._describe(record)):
            return
        self.save(
            parent, record_id, parent.tr("Delete %s") % self.noun, lambda: self._remove(record_id)
        )

    def actions(self, parent: QWidget, record_id: int, row: dict[str, Any]) -> list[RecordAction]:
        return []

    def save(
        self,
        parent: QWidget,
        record_id: int,
        text: str,
        action: Callable[[], object],
        created: Callable[[object], list[Root]] | None = None,
        kind: str | None = None,
    ) -> bool:
        """Run a change to one stored record as one undoable step; False if it was refused.
        `kind` is what the change is announced as, when more than this kind of record changes."""

        def run() -> list[Root]:
            result = action()
            return created(result) if created else []

        return attempt(
            parent,
            lambda: self.caseload.change(
                text, kind or self.kind, run, touches=[(self.table, record_id)]
            ),
        )
