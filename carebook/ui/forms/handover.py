"""A save refused after its form closed: the record handed back, and its form brought back.

The record a form just handed back is kept for the change that saves it at once, so that if
the save is refused the form can come back with everything typed and why.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QTimer

from carebook.core.errors import ValidationError


class ReopenedForm(Protocol):
    """What a handover needs of the form it brings back (a RecordForm)."""

    def show_problem(self, name: str, text: str) -> None: ...

    def show_refusal(self, text: str) -> None: ...

    def exec(self) -> int: ...

    def record(self) -> Any: ...

    def deleteLater(self) -> None: ...


@dataclasses.dataclass(slots=True)
class Handover:
    """A record a form has just handed back to be saved, and how to bring that form back.

    Forms close before their record is saved (the caller saves it, as one undoable change). When
    that save is refused (a full disk, a read-only file), `try_again` shows the form again with
    everything typed and why, and on Save puts what is then in the form into this same record
    object, which the caller's pending save holds, so the caller can simply run it again.
    """

    record: Any
    reopen: Callable[[Any], ReopenedForm]

    @property
    def can_try_again(self) -> bool:
        """False for a record that cannot take edits in place (then the refusal is only said)."""
        params = getattr(self.record, "__dataclass_params__", None)
        return params is not None and not params.frozen

    def try_again(self, refusal: Exception) -> bool:
        """Show the form again with `refusal` said; True once the user saves it again."""
        form = self.reopen(self.record)
        try:
            if isinstance(refusal, ValidationError):
                form.show_problem(refusal.field, str(refusal))
            else:
                form.show_refusal(str(refusal))
            form.exec()
            edited = form.record()
        finally:
            form.deleteLater()
        if edited is None:
            return False
        for field in dataclasses.fields(self.record):
            setattr(self.record, field.name, getattr(edited, field.name))
        return True


_handed_over: Handover | None = None


def hand_over(handover: Handover) -> None:
    """Offer `handover` to the change run straight after its form closed (take_handed_over)."""
    global _handed_over
    _handed_over = handover

    def expire() -> None:
        global _handed_over
        if _handed_over is handover:
            _handed_over = None

    # Only the change run straight after the form closed (before any event is handled) saves
    # this record; anything later is another change, which must not bring this form back.
    QTimer.singleShot(0, expire)


def take_handed_over() -> Handover | None:
    """The record a form handed back just now, if any; taken, so it is only offered once."""
    global _handed_over
    handover, _handed_over = _handed_over, None
    return handover
