"""Asking which patient a new medication or appointment is for, when no patient is in view."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from carebook.store.caseload import Store
from carebook.ui.widgets.patient_picker import PatientPicker


class ChoosePatientDialog(QDialog):
    """Type part of a name, pick the patient, Return."""

    def __init__(self, store: Store, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a patient"))
        self.picker = PatientPicker(store, self)
        self.picker.setPlaceholderText(self.tr("Type a name, phone or MRN"))
        self.picker.setAccessibleName(self.tr("Patient"))
        self.problem = QLabel(self)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Who is the %s for?") % what, self))
        form.addRow(self.tr("Patient"), self.picker)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.picker.patient_changed.connect(lambda _id: self.problem.setVisible(False))
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if self.picker.patient_id is None:
            self.picker.pick_first()
        if self.picker.patient_id is None:
            self.problem.setText(self.tr("Pick a patient from the list first."))
            self.problem.setVisible(True)
            self.picker.setFocus()
            return
        super().accept()


def choose_patient(store: Store, what: str, parent: QWidget | None = None) -> int | None:
    dialog = ChoosePatientDialog(store, what, parent)
    try:
        return dialog.picker.patient_id if dialog.exec() else None
    finally:
        dialog.deleteLater()
