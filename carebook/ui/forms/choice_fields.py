"""Fields of the record form chosen, not typed: a word, a tick, a contact or a patient."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from carebook.core.errors import ValidationError
from carebook.core.vocabularies import Vocabulary, label_of
from carebook.core.words import translate
from carebook.store.caseload import Store
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.form_field import FormField
from carebook.ui.widgets.patient_picker import PatientPicker


class ChoiceField(FormField):
    """The vocabulary's words; the code is what is saved."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        assert spec.choices is not None  # checked by FieldSpec
        self.choices = spec.choices
        self.combo = QComboBox(parent)
        self.describe(self.combo)
        if spec.allow_empty:
            self.combo.addItem(
                (
                    translate("RecordForm", spec.empty_label)
                    if spec.empty_label
                    else translate("RecordForm", "(not set)")
                ),
                None,
            )
        for member in self.choices:
            self.combo.addItem(member.label, member.value)
        self.combo.currentIndexChanged.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.combo

    def set_value(self, value: Any) -> None:
        code = None if value is None else str(value)
        index = self.combo.findData(code)
        if index < 0 and code is not None:
            # A code this version does not know: show it rather than change it silently.
            self.combo.addItem(label_of(code), code)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def value(self) -> Vocabulary | str | None:
        code = self.combo.currentData()
        if code is None:
            return None
        try:
            return self.choices(code)
        except ValueError:
            return str(code)


class FlagField(FormField):
    """A check box: yes or no."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.box = QCheckBox(translate("RecordForm", spec.label), parent)
        self.describe(self.box)
        self.box.toggled.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.box

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def value(self) -> bool:
        return self.box.isChecked()


class PatientField(FormField):
    """A patient found by typing part of a name, phone or MRN."""

    def __init__(
        self, spec: FieldSpec, message: FieldMessage, parent: QWidget, store: Store | None
    ) -> None:
        super().__init__(spec, message, parent)
        if store is None:
            raise ValueError(f"{spec.name!r} picks a patient: the form needs store_for_patients")
        self.store = store
        self.picker = PatientPicker(store, parent)
        self.describe(self.picker)
        self.picker.setPlaceholderText(
            translate("RecordForm", spec.placeholder)
            if spec.placeholder
            else translate("RecordForm", "Type a name, phone or MRN")
        )
        # The picker's own tooltip speaks of filtering a list; here it chooses one patient.
        self.picker.setToolTip(
            translate("RecordForm", spec.hint)
            if spec.hint
            else translate("RecordForm", "Type part of a name, phone or MRN, then pick one")
        )
        self._chosen = ""
        self.picker.patient_changed.connect(self._chose)
        self.picker.textEdited.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.picker

    def set_value(self, value: Any) -> None:
        label = ""
        if value is not None:
            patient = self.store.patients.patient(int(value))
            label = (
                patient.display_name if patient else translate("RecordForm", "Patient #%s") % value
            )
        self.picker.choose(value, label)
        self._chosen = label

    def _chose(self, _patient_id: object) -> None:
        self._chosen = self.picker.text()
        self.edited()

    def value(self) -> int | None:
        text = self.picker.text()
        if not text.strip():
            if self.spec.required:
                raise ValidationError(
                    translate("RecordForm", "Choose a patient: type part of a name, then pick one.")
                )
            return None
        if self.picker.patient_id is None or text != self._chosen:
            raise ValidationError(
                translate(
                    "RecordForm",
                    "Pick the patient from the list: type part of a name, then choose one.",
                )
            )
        return self.picker.patient_id


class ContactField(FormField):
    """A contact chosen from a list (or none)."""

    def __init__(
        self,
        spec: FieldSpec,
        message: FieldMessage,
        parent: QWidget,
        contacts: Sequence[tuple[int, str]],
    ) -> None:
        super().__init__(spec, message, parent)
        self.combo = QComboBox(parent)
        self.describe(self.combo)
        self.combo.addItem(
            (
                translate("RecordForm", spec.empty_label)
                if spec.empty_label
                else translate("RecordForm", "(none)")
            ),
            None,
        )
        for contact_id, label in contacts:
            self.combo.addItem(label, contact_id)
        self.combo.currentIndexChanged.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.combo

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:
            # Linked to a contact missing from the list: keep the link rather than drop it.
            self.combo.addItem(translate("RecordForm", "Contact #%s") % value, value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def value(self) -> int | None:
        value = self.combo.currentData()
        if value is None and self.spec.required:
            raise ValidationError(translate("RecordForm", "Choose a contact."))
        return None if value is None else int(value)
