"""A record editor made of a form: new, edit and delete, each one undoable step through the door."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from carebook.core.words import translate
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_editor import RecordAction, attempt, confirm_delete

R = TypeVar("R")
W = TypeVar("W")


class FormEditor(Generic[R, W]):
    """New, edit and delete for one kind of record, through its form and the caseload's door
    (which adds, saves and removes it as the kind registry says). `W` is the row a record is
    shown in (its list's named view, or the record itself): what its actions read.

    Kinds with more to do (a medication is stopped, a task completed) subclass it and add
    `actions`; everything else is configuration.
    """

    def __init__(
        self,
        caseload: Caseload,
        *,
        noun: str,
        blank: Callable[[int | None], R | None],
        load: Callable[[int], R | None],
        form: Callable[[R, QWidget], R | None],
        describe: Callable[[R], str],
    ) -> None:
        self.caseload = caseload
        self.noun = noun
        self._blank = blank
        self._load = load
        self._form = form
        self._describe = describe

    def new(self, parent: QWidget, patient_id: int | None) -> None:
        record = self._blank(patient_id)
        if record is None:
            return
        edited = self._form(record, parent)
        if edited is None:
            return
        attempt(
            parent, lambda: self.caseload.add(edited, translate("FormEditor", "Add %s") % self.noun)
        )

    def open(self, parent: QWidget, record_id: int, row: W) -> None:
        self.edit(parent, record_id, row)

    def edit(self, parent: QWidget, record_id: int, row: W) -> None:
        record = self._load(record_id)
        if record is None:
            return
        edited = self._form(record, parent)
        if edited is None or edited == record:
            return
        self.save_edit(parent, record, edited)

    def save_edit(self, parent: QWidget, record: R, edited: R) -> None:
        """Save what the form gave back for `record` (a kind may ask more first)."""
        attempt(
            parent,
            lambda: self.caseload.save(edited, translate("FormEditor", "Edit %s") % self.noun),
        )

    def delete(self, parent: QWidget, record_id: int, row: W) -> None:
        record = self._load(record_id)
        if record is None or not confirm_delete(parent, self._describe(record)):
            return
        attempt(
            parent,
            lambda: self.caseload.remove(record, translate("FormEditor", "Delete %s") % self.noun),
        )

    def actions(self, parent: QWidget, record_id: int, row: W) -> list[RecordAction]:
        return []
