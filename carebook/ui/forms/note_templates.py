"""Edit → Visit note templates…: the per-purpose templates a visit note starts from (free text
and SOAP are built in and always offered)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebook.core.errors import SaveError, ValidationError
from carebook.ui.changes.visit_records import set_note_templates
from carebook.ui.commands import Caseload
from carebook.ui.widgets.accessible import name_from_label


class NoteTemplatesDialog(QDialog):
    """The templates by visit purpose ("Home visit", "Medication review" …): add, rename,
    edit and remove them; Save keeps them all in the caseload."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.setWindowTitle(self.tr("Visit note templates"))
        self.templates = dict(caseload.store.visit_records.note_templates())
        self._as_opened = dict(self.templates)
        self.purposes = QListWidget(self)
        self.purposes.setAccessibleName(self.tr("Visit purposes"))
        self.purpose = QLineEdit(self)
        self.purpose.setPlaceholderText(self.tr("the visit's purpose or kind, e.g. Wound care"))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Template text"))
        add = QPushButton(self.tr("&Add"), self)
        remove = QPushButton(self.tr("&Remove"), self)
        for button in (add, remove):
            button.setAutoDefault(False)
        add.clicked.connect(self.add_template)
        remove.clicked.connect(self.remove_template)
        self.purposes.currentRowChanged.connect(lambda _row: self._show_current())
        self.purpose.textEdited.connect(lambda _text: self._keep_current())
        self.text.textChanged.connect(self._keep_current)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        side = QVBoxLayout()
        side.addWidget(self.purposes, 1)
        side.addWidget(add)
        side.addWidget(remove)
        form = QFormLayout()
        for label_text, field in (
            (self.tr("&Purpose:"), self.purpose),
            (self.tr("&Text:"), self.text),
        ):
            label = QLabel(label_text, self)
            name_from_label(label, field)
            form.addRow(label, field)
        note = QLabel(
            self.tr(
                "Free text and SOAP are always offered. A visit's note starts from the "
                "template named as its purpose or kind."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        body = QHBoxLayout()
        body.addLayout(side, 1)
        body.addLayout(form, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._names: list[str] = []
        self._list()
        self.resize(720, 480)
        self.purposes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _list(self, current: str | None = None) -> None:
        self._names = sorted(self.templates, key=str.casefold)
        self.purposes.blockSignals(True)
        self.purposes.clear()
        self.purposes.addItems(self._names)
        self.purposes.blockSignals(False)
        if self._names:
            at = self._names.index(current) if current in self._names else 0
            self.purposes.setCurrentRow(at)
        self._show_current()

    def _current(self) -> str | None:
        row = self.purposes.currentRow()
        return self._names[row] if 0 <= row < len(self._names) else None

    def _show_current(self) -> None:
        name = self._current()
        self.purpose.blockSignals(True)
        self.text.blockSignals(True)
        self.purpose.setText(name or "")
        self.text.setPlainText(self.templates.get(name, "") if name else "")
        self.purpose.blockSignals(False)
        self.text.blockSignals(False)
        self.purpose.setEnabled(name is not None)
        self.text.setEnabled(name is not None)

    def _keep_current(self) -> None:
        """What is typed belongs to the template chosen (renamed as its purpose changes)."""
        name = self._current()
        if name is None:
            return
        new_name = self.purpose.text()
        text = self.text.toPlainText()
        if new_name != name and new_name in self.templates:
            self.message.setText(self.tr("There is a template for %s already.") % new_name)
            self.message.show()
            return
        self.message.hide()
        if new_name != name:
            del self.templates[name]
            self._names[self.purposes.currentRow()] = new_name
            item = self.purposes.currentItem()
            if item is not None:
                item.setText(new_name)
        self.templates[new_name] = text

    def add_template(self) -> None:
        name = self.tr("New purpose")
        number = 2
        while name in self.templates:
            name = self.tr("New purpose %d") % number
            number += 1
        self.templates[name] = ""
        self._list(name)
        self.purpose.selectAll()
        self.purpose.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_template(self) -> None:
        name = self._current()
        if name is None:
            return
        del self.templates[name]
        self._list()

    def accept(self) -> None:
        try:
            set_note_templates(self.caseload, self.templates)
        except (ValidationError, SaveError) as error:
            self.message.setText(str(error).strip("'\""))
            self.message.show()
            return
        super().accept()

    def reject(self) -> None:
        """Escape or Cancel: leave at once when nothing changed, else ask first."""
        if self.templates != self._as_opened:
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("The templates you changed are not saved yet. Discard the changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def edit_note_templates(parent: QWidget | None, caseload: Caseload) -> bool:
    """Edit → Visit note templates…; True when the templates were saved."""
    dialog = NoteTemplatesDialog(caseload, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
