"""What a list tab can do to its records: the contract each kind's editor keeps, shared steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.errors import SaveError, ValidationError
from carebook.core.words import translate
from carebook.ui.forms.handover import take_handed_over


@dataclass(frozen=True, slots=True)
class RecordAction:
    """One thing to do to the selected record, offered in its context menu."""

    label: str
    run: Callable[[], object]
    enabled: bool = True


S = TypeVar("S", covariant=True)


class StatusRow(Protocol[S]):
    """A row that says its record's status: a list's named view, or the record itself."""

    @property
    def status(self) -> S: ...


class RecordEditor(Protocol):
    """New, open, edit, delete and the kind's own actions, each ending in one undoable change.
    `row` is the row the record is shown in (its list's named view, or the record itself)."""

    noun: str

    @property
    def new_text(self) -> str: ...

    def new(self, parent: QWidget, patient_id: int | None) -> None: ...

    def open(self, parent: QWidget, record_id: int, row: Any) -> None: ...

    def edit(self, parent: QWidget, record_id: int, row: Any) -> None: ...

    def delete(self, parent: QWidget, record_id: int, row: Any) -> None: ...

    def actions(self, parent: QWidget, record_id: int, row: Any) -> list[RecordAction]: ...


def confirm_delete(parent: QWidget, what: str, consequence: str = "") -> bool:
    """Ask before deleting; No is the default, so a stray Delete key deletes nothing."""
    text = translate("RecordEditor", "Delete %s?") % what
    details = (
        translate("RecordEditor", "%s\nYou can undo this with Ctrl+Z.") % consequence
        if consequence
        else (translate("RecordEditor", "You can undo this with Ctrl+Z."))
    )
    answer = QMessageBox.question(
        parent,
        translate("RecordEditor", "Delete"),
        f"{text}\n\n{details}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def report(parent: QWidget, error: Exception) -> None:
    """Say why a change did not happen, in words; never a traceback."""
    if isinstance(error, SaveError | ValidationError | LookupError):
        message = str(error).strip("'\"")
    else:
        message = translate("RecordEditor", "The change could not be made: %s") % error
    QMessageBox.warning(parent, translate("RecordEditor", "Not saved"), message)


def attempt(parent: QWidget, action: Callable[[], object]) -> bool:
    """Run a change; on a refusal the user is told why. True when it went through.

    When the change saves a record a form has just handed back and the caseload refuses it (a
    full disk, a read-only file), the form comes back with what was typed and why, and Save
    there tries again; Escape gives up, saving nothing. Nothing typed is lost to a refusal.
    """
    handover = take_handed_over()
    while True:
        try:
            action()
        except (SaveError, ValidationError) as error:
            if handover is None or not handover.can_try_again:
                report(parent, error)
                return False
            if not handover.try_again(error):
                return False
        except LookupError as error:  # the record is gone: there is nothing to save it over
            report(parent, error)
            return False
        else:
            return True
