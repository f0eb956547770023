"""The repeat field of the record form: how a visit or task repeats, anchored at its start."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import QWidget

from carebook.core.errors import ValidationError
from carebook.core.words import translate
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.form_field import FormField
from carebook.ui.forms.recurrence_editor import RecurrenceEditor


class RepeatField(FormField):
    """How a visit or task repeats, as an RRULE, with its start taken from the anchor fields."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.editor = RecurrenceEditor(parent)
        self.editor.setAccessibleName(translate("RecordForm", spec.label))
        self.editor.changed.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.editor.repeats

    def tab_chain(self) -> list[QWidget]:
        return [self.editor]

    @property
    def widget(self) -> QWidget:
        return self.editor

    def set_value(self, value: Any) -> None:
        self.editor.set_rule(str(value or ""))

    def value(self) -> str:
        problem = self.editor.error()
        if problem is not None:
            raise ValidationError(str(problem))
        return self.editor.rule()


def start_from(values: Sequence[Any]) -> datetime | None:
    """A start from a datetime, or from a date and an optional time."""
    if values and isinstance(values[0], datetime):
        return values[0].replace(tzinfo=None)
    if values and isinstance(values[0], date):
        moment = values[1] if len(values) > 1 and isinstance(values[1], time) else time(9, 0)
        return datetime.combine(values[0], moment)
    return None


def anchor_start(record: Any, anchor: Sequence[str]) -> datetime:
    """Where a repeat field of `record` starts: its `anchor` fields, else today at 09:00."""
    return start_from([getattr(record, name) for name in anchor]) or datetime.combine(
        date.today(), time(9, 0)
    )
