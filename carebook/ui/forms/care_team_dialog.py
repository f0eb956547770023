"""Adding someone from the shared contact directory to a patient's care team, in a role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from carebook.core.records import CareTeamMember
from carebook.core.vocabularies import ContactRole
from carebook.store.caseload import Store


class CareTeamDialog(QDialog):
    """Search the directory, pick a contact, say their role for this patient."""

    def __init__(self, store: Store, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.patient_id = patient_id
        self.setWindowTitle(self.tr("Add to care team"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name or organisation"))
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.matches = QListWidget(self)
        self.matches.setAccessibleName(self.tr("Contacts in the directory"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role for this patient"))
        for role in ContactRole:
            self.role.addItem(role.label, role.value)
        self.emergency = QCheckBox(self.tr("Emergency contact"), self)
        self.problem = QLabel(self)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Find"), self.search)
        form.addRow(self.matches)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.emergency)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.search.textChanged.connect(self._find)
        self.matches.currentItemChanged.connect(self._picked)
        self._find("")
        self.search.setFocus()
        self.resize(460, 420)

    def _find(self, text: str) -> None:
        self.matches.clear()
        for contact in self.store.contacts.directory(text, limit=100):
            label = contact.name + (f" — {contact.organization}" if contact.organization else "")
            item = QListWidgetItem(f"{label} ({contact.role.label})")
            item.setData(Qt.ItemDataRole.UserRole, (contact.id, contact.role.value))
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            _contact_id, role = item.data(Qt.ItemDataRole.UserRole)
            self.role.setCurrentIndex(max(0, self.role.findData(role)))

    def member(self) -> CareTeamMember | None:
        if self.matches.currentRow() < 0:
            return None
        item = self.matches.currentItem()
        contact_id, _role = item.data(Qt.ItemDataRole.UserRole)
        return CareTeamMember(
            patient_id=self.patient_id,
            contact_id=contact_id,
            role=ContactRole(self.role.currentData()),
            is_emergency=self.emergency.isChecked(),
        )

    def accept(self) -> None:
        if self.member() is None:
            self.problem.setText(self.tr("Pick a contact from the list, or add a new one."))
            self.problem.setVisible(True)
            return
        super().accept()
