"""A search-as-you-type field that picks one patient, or none for "all patients"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from carebook.store.caseload import Store

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PatientPicker(QLineEdit):
    """Type part of a name, phone or MRN, then pick a patient; empty means every patient."""

    patient_changed = Signal(object)  # int | None

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.patient_id: int | None = None
        self.setPlaceholderText(self.tr("All patients"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Patient filter"))
        self.setToolTip(self.tr("Show one patient's records: type a name, phone or MRN"))
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        # The QModelIndex overload: labels may repeat, ids do not.
        completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.textEdited.connect(self._search)
        self.textChanged.connect(self._maybe_cleared)
        self.returnPressed.connect(self.pick_first)

    def _search(self, text: str) -> None:
        self._matches.clear()
        for patient_id, label in (
            self.store.patients.find_patients(text, limit=20) if text.strip() else []
        ):
            item = QStandardItem(label)
            item.setData(patient_id, _ID_ROLE)
            self._matches.appendRow(item)

    def _picked(self, index: QModelIndex) -> None:
        self.choose(index.data(_ID_ROLE), index.data())

    def pick_first(self) -> None:
        """Take the first match of what was typed (Return without choosing)."""
        if self.text().strip() and self._matches.rowCount():
            first = self._matches.item(0)
            self.choose(first.data(_ID_ROLE), first.text())

    def _maybe_cleared(self, text: str) -> None:
        if not text and self.patient_id is not None:
            self.choose(None, "")

    def choose(self, patient_id: int | None, label: str) -> None:
        """Show `label` and filter to `patient_id` (None: all patients)."""
        changed = patient_id != self.patient_id
        self.patient_id = patient_id
        if self.text() != label:
            self.blockSignals(True)
            self.setText(label)
            self.blockSignals(False)
        if changed:
            self.patient_changed.emit(patient_id)
