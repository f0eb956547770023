"""What every field editor of the record form does: show a value, read it back, clear errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from carebook.core.errors import ValidationError
from carebook.core.words import translate
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.forms.field_spec import FieldSpec


class FormField:
    """One spec's editor: shows a value, reads it back (ValidationError if it cannot), and clears
    its message when the user edits it."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        self.spec = spec
        self.message = message

    @property
    def widget(self) -> QWidget:
        """What goes into the form row."""
        return self.focus

    @property
    def focus(self) -> QWidget:
        """What takes the keyboard focus for this field."""
        raise NotImplementedError

    def tab_chain(self) -> list[QWidget]:
        return [self.focus]

    def trouble(self) -> QWidget:
        """Where the focus goes to fix the last problem found."""
        return self.focus

    def show(self, record: object) -> None:
        """Show what `record` holds for this field (a field may show more than its own)."""
        self.set_value(getattr(record, self.spec.name))

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def fill(self, values: dict[str, Any]) -> None:
        """Put what the field holds into `values` (a field may fill more than its own)."""
        values[self.spec.name] = self.value()

    def edited(self, *_args: object) -> None:
        if self.message.is_error:
            self.message.clear()
            for widget in self.tab_chain():
                widget.setAccessibleDescription(
                    self.spec.hint and translate("RecordForm", self.spec.hint)
                )

    def describe(self, widget: QWidget, name: str | None = None) -> None:
        """Accessible name, tooltip and accessible description from the spec."""
        widget.setAccessibleName(name or translate("RecordForm", self.spec.label))
        if self.spec.hint:
            widget.setToolTip(translate("RecordForm", self.spec.hint))
            widget.setAccessibleDescription(translate("RecordForm", self.spec.hint))

    def missing(self) -> ValidationError:
        return ValidationError(
            translate("RecordForm", "Enter the %s.")
            % translate("RecordForm", self.spec.label).lower()
        )
