"""Find anything: a popup that finds any patient, contact, medication, task or note as you type."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from carebook.core.found import Found
from carebook.ui.commands import Caseload

_ModelIndex = QModelIndex | QPersistentModelIndex
#: Keys typed in the search field that move through the list instead.
_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 8,
    Qt.Key.Key_PageUp: -8,
}


class FoundModel(QAbstractListModel):
    """The records found, best first: each its title over a line saying what and whose it is."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._found: list[Found] = []

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._found)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        found = self.found(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{found.title}\n{found.detail}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return found.detail
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{found.title}, {found.detail}"
        return None

    def found(self, row: int) -> Found | None:
        return self._found[row] if 0 <= row < len(self._found) else None

    def show(self, found: list[Found]) -> None:
        self.beginResetModel()
        self._found = list(found)
        self.endResetModel()


class QuickSwitcher(QDialog):
    """Type a name, phone, MRN, postcode, medicine, task or words of a note; Up and Down move
    through what is found, Return opens it (a patient's record, or the record of the patient
    it belongs to), Escape closes."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Find anything"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Name, phone, MRN, postcode, medication, task or note")
        )
        self.search.setAccessibleName(self.tr("Find"))
        self.search.setClearButtonEnabled(True)
        self.model = FoundModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Found"))
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)  # every row is a title over one line of detail
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the search field
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.search.textChanged.connect(self.search_for)
        self.search.installEventFilter(self)
        self.list.activated.connect(lambda index: self.open_found(index.row()))
        self.resize(560, 420)
        self._say_what_to_type()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Records written since the last search are indexed now, once, not at the first key.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.caseload.store.finding.bring_up_to_date()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.search.setFocus()

    def _say_what_to_type(self) -> None:
        self.status.setText(
            self.tr("Type at least one letter; Up and Down choose, Return opens, Escape closes.")
        )

    def search_for(self, text: str) -> None:
        """Search again for what is in the field, and choose the best match."""
        found = self.caseload.store.finding.find(text) if text.strip() else []
        self.model.show(found)
        if found:
            self.list.setCurrentIndex(self.model.index(0, 0))
            shown = len(found)
            self.status.setText(
                self.tr("The first %n found; type more to narrow them.", "", shown)
                if shown >= 30
                else self.tr("%n found.", "", shown)
            )
        elif text.strip():
            self.status.setText(self.tr("Nothing found for “%s”.") % text.strip()[:60])
        else:
            self._say_what_to_type()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in _MOVES:
                self._move(_MOVES[Qt.Key(event.key())])
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_found(self.list.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count:
            row = min(max(self.list.currentIndex().row() + step, 0), count - 1)
            self.list.setCurrentIndex(self.model.index(row, 0))

    def open_found(self, row: int) -> None:
        """Open the record found on `row`: its patient's record; else say why not."""
        found = self.model.found(row)
        if found is None:
            return
        if found.patient_id is None:
            self.status.setText(self._no_record(found))
            return
        # Asked for by the window beneath, so the record outlives this popup.
        self.caseload.record_wanted.emit(found.patient_id, self.parentWidget() or self)
        self.accept()

    def _no_record(self, found: Found) -> str:
        if found.kind == "contact" and found.serves:
            return self.tr(
                "%s is on the care team of %n patients: type a patient's name to open theirs.",
                "",
                found.serves,
            ) % (found.title)
        if found.kind == "contact":
            return self.tr("%s is on no patient's care team, so there is no record to open.") % (
                found.title
            )
        return self.tr("“%s” is for no patient, so there is no record to open.") % found.title
