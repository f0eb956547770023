"""A record editor made of a form: new, edit and delete, each one undoable step through the door."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_editor import RecordAction, attempt, confirm_delete

R = TypeVar("R")
W = TypeVar("W")

#: Each kind's undo steps (add, edit, delete) and its list's "New …" action, written whole.
_TEXTS = {
    "patient": (
        QT_TRANSLATE_NOOP("FormEditor", "Add patient"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit patient"),
        QT_TRANSLATE_NOOP("FormEditor", "Delete patient"),
        QT_TRANSLATE_NOOP("FormEditor", "New patient…"),
    ),
    "appointment": (
        QT_TRANSLATE_NOOP("FormEditor", "Add appointment"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit appointment"),
        QT_TRANSLATE_NOOP("FormEditor", "Delete appointment"),
        QT_TRANSLATE_NOOP("FormEditor", "New appointment…"),
    ),
    "task": (
        QT_TRANSLATE_NOOP("FormEditor", "Add task"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit task"),
        QT_TRANSLATE_NOOP("FormEditor", "Delete task"),
        QT_TRANSLATE_NOOP("FormEditor", "New task…"),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("FormEditor", "Add contact"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit contact"),
        QT_TRANSLATE_NOOP("FormEditor", "Delete contact"),
        QT_TRANSLATE_NOOP("FormEditor", "New contact…"),
    ),
    "medication": (
        QT_TRANSLATE_NOOP("FormEditor", "Add medication"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit medication"),
        QT_TRANSLATE_NOOP("FormEditor", "Delete medication"),
        QT_TRANSLATE_NOOP("FormEditor", "New medication…"),
    ),
    "referral": (
        QT_TRANSLATE_NOOP("FormEditor", "Add referral"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit referral"),
        QT_TRANSLATE_NOOP("FormEditor", "Delete referral"),
        QT_TRANSLATE_NOOP("FormEditor", "New referral…"),
    ),
    "allergy": (
        QT_TRANSLATE_NOOP("FormEditor", "Add allergy"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit allergy"),
        QT_TRANSLATE_NOOP("FormEditor", "Delete allergy"),
        QT_TRANSLATE_NOOP("FormEditor", "New allergy…"),
    ),
    "condition": (
        QT_TRANSLATE_NOOP("FormEditor", "Add condition"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit condition"),
        QT_TRANSLATE_NOOP("FormEditor", "Delete condition"),
        QT_TRANSLATE_NOOP("FormEditor", "New condition…"),
    ),
    "note": (
        QT_TRANSLATE_NOOP("FormEditor", "Add note"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit note"),
        QT_TRANSLATE_NOOP("FormEditor", "Delete note"),
        QT_TRANSLATE_NOOP("FormEditor", "New note…"),
    ),
}


class FormEditor(Generic[R, W]):
    """New, edit and delete for one kind of record, through its form and the caseload's door
    (which adds, saves and removes it as the kind registry says). `W` is the row a record is
    shown in (its list's named view, or the record itself): what its actions read. `noun` is
    the kind's key in _TEXTS ("task"), which names its undo steps and its "New task…".

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

    def _text(self, which: int) -> str:
        return translate("FormEditor", _TEXTS[self.noun][which])

    @property
    def new_text(self) -> str:
        """The list's action for a new record: "New task…"."""
        return self._text(3)

    def new(self, parent: QWidget, patient_id: int | None) -> None:
        record = self._blank(patient_id)
        if record is None:
            return
        edited = self._form(record, parent)
        if edited is None:
            return
        attempt(parent, lambda: self.caseload.add(edited, self._text(0)))

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
            lambda: self.caseload.save(edited, self._text(1)),
        )

    def delete(self, parent: QWidget, record_id: int, row: W) -> None:
        record = self._load(record_id)
        if record is None or not confirm_delete(parent, self._describe(record)):
            return
        attempt(
            parent,
            lambda: self.caseload.remove(record, self._text(2)),
        )

    def actions(self, parent: QWidget, record_id: int, row: W) -> list[RecordAction]:
        return []
