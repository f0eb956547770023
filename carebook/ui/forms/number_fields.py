"""Number fields of the record form: minutes on a spin box, or a decimal number typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from carebook.core.typed_input import parse_number
from carebook.core.words import translate
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.form_field import FormField


class MinutesField(FormField):
    """Minutes on a spin box, in steps of five."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.spin = QSpinBox(parent)
        self.describe(self.spin)
        self.spin.setRange(0 if spec.zero_label else 1, 24 * 60)
        if spec.zero_label:
            self.spin.setSpecialValueText(translate("RecordForm", spec.zero_label))
        self.spin.setSuffix(translate("RecordForm", " min"))
        self.spin.setSingleStep(5)
        self.spin.valueChanged.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.spin

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value) if value is not None else 60)

    def value(self) -> int:
        return self.spin.value()


class MegabytesField(FormField):
    """A file size limit in whole megabytes, on a spin box."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.spin = QSpinBox(parent)
        self.describe(self.spin)
        self.spin.setRange(1, 500)
        self.spin.setSuffix(translate("RecordForm", " MB"))
        self.spin.valueChanged.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.spin

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value) if value is not None else 25)

    def value(self) -> int:
        return self.spin.value()


class NumberField(FormField):
    """A decimal number typed, with a comma or a point."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.edit = QLineEdit(parent)
        self.describe(self.edit)
        self.edit.setPlaceholderText(
            translate("RecordForm", spec.placeholder) if spec.placeholder else ""
        )
        self.edit.setMaxLength(40)
        self.edit.textEdited.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def value(self) -> float | None:
        number = parse_number(self.edit.text(), translate("RecordForm", self.spec.label))
        if number is None and self.spec.required:
            raise self.missing()
        return number
