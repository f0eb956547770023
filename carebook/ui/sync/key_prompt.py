"""The team key in the window: asked for (its recovery phrase, or the key file carebook wrote),
and a new team's key shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebook.core.words import translate
from carebook.sync.team_key import (
    TeamKey,
    TeamKeyError,
    key_from_phrase,
    read_key_file,
    write_key_file,
)
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.widgets.file_choice import forget_folders, save_file_name


class KeyEntry(QWidget):
    """The two ways to give a team key: the phrase in a box, or a key file chosen on disk; its
    rows go into `form` when given (so they line up with the fields around them)."""

    def __init__(self, parent: QWidget | None = None, form: QFormLayout | None = None) -> None:
        super().__init__(parent)
        self.phrase = QPlainTextEdit(self)
        self.phrase.setTabChangesFocus(True)  # Tab walks on: a phrase never holds a tab
        self.phrase.setPlaceholderText(
            translate("Sync", "The 11 groups of the recovery phrase, as written on the paper")
        )
        self.phrase.setAccessibleName(translate("Sync", "Recovery phrase"))
        self.phrase.setFixedHeight(self.phrase.fontMetrics().lineSpacing() * 4)
        self.file = QLineEdit(self)
        self.file.setPlaceholderText(translate("Sync", "or the key file carebook saved"))
        self.file.setAccessibleName(translate("Sync", "Key file"))
        self.choose = QPushButton(translate("Sync", "Choose &key file…"), self)
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self._choose_file)
        self.file_row = QHBoxLayout()
        self.file_row.setContentsMargins(0, 0, 0, 0)
        self.file_row.addWidget(self.file, 1)
        self.file_row.addWidget(self.choose)
        if form is None:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
        else:
            self.hide()  # its fields live in the form given; this widget only holds them
        phrase_label = QLabel(translate("Sync", "Recovery p&hrase:"), self)
        phrase_label.setBuddy(self.phrase)
        file_label = QLabel(translate("Sync", "Key &file:"), self)
        file_label.setBuddy(self.file)
        form.addRow(phrase_label, self.phrase)
        form.addRow(file_label, self.file_row)

    def key(self) -> TeamKey:
        """The key given; TeamKeyError says what to fix (a typo, no key, a wrong file)."""
        phrase = self.phrase.toPlainText().strip()
        if phrase:
            return key_from_phrase(phrase)
        path = self.file.text().strip()
        if path:
            return read_key_file(Path(path).expanduser())
        raise TeamKeyError(
            translate("Sync", "Type or paste the team's recovery phrase, or choose its key file."),
            "phrase",
        )

    def focus_for(self, error: TeamKeyError) -> None:
        """Put the cursor where the error says to look."""
        target = self.file if error.field == "key_file" and self.file.text() else self.phrase
        target.setFocus()

    def _choose_file(self) -> None:
        try:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate("Sync", "Choose the team's key file"),
                "",
                translate("Sync", "Key files (*.key);;All files (*)"),
            )
        finally:
            forget_folders()
        if chosen:
            self.file.setText(chosen)
            self.phrase.clear()  # a file chosen is the answer; a half-typed phrase is not
            self.file.setFocus()


class KeyPrompt(QDialog):
    """A small dialog asking for the team key; a typo is said under the fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sync", "Team key"))
        self.entry = KeyEntry(self)
        self.message = FieldMessage(self)
        intro = QLabel(
            translate(
                "Sync",
                "This computer does not keep the team key. Give the recovery phrase from the "
                "paper, or the key file.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.entry)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.chosen: TeamKey | None = None
        self.entry.phrase.setFocus()
        self.resize(520, 260)

    def accept(self) -> None:
        try:
            self.chosen = self.entry.key()
        except TeamKeyError as error:
            self.message.show_error(str(error))
            self.entry.focus_for(error)
            return
        super().accept()


def ask_team_key(parent: QWidget | None) -> TeamKey | None:
    """The team key the coordinator gives, or None when they cancel."""
    prompt = KeyPrompt(parent)
    try:
        if prompt.exec() == QDialog.DialogCode.Accepted:
            return prompt.chosen
        return None
    finally:
        prompt.deleteLater()


class NewKeyShown(QWidget):
    """A new team's recovery phrase, shown once: read-only and selectable, with a key file to
    save and a box to tick once it is kept (the dialog stays open until then)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            translate(
                "Sync",
                "This is the team key's recovery phrase. It is shown only now: write it on "
                "paper or save it as a key file, and keep it safe. Another computer joins the "
                "team with it; anyone holding it can read everything the team shares.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.phrase = QPlainTextEdit(self)
        self.phrase.setReadOnly(True)  # read-only, yet selectable and copyable
        self.phrase.setTabChangesFocus(True)
        self.phrase.setAccessibleName(translate("Sync", "Recovery phrase"))
        font = QGuiApplication.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.phrase.setFont(font)
        self.phrase.setFixedHeight(self.phrase.fontMetrics().lineSpacing() * 4)
        self.save_key = QPushButton(translate("Sync", "&Save key file…"), self)
        self.save_key.setAutoDefault(False)
        self.save_key.clicked.connect(self._save_key_file)
        self.note = FieldMessage(self)
        self.written = QCheckBox(
            translate("Sync", "I have &written the phrase down or saved the file"), self
        )
        self.done_button = QPushButton(translate("Sync", "&Done"), self)
        self.done_button.setEnabled(False)
        self.written.toggled.connect(self.done_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.phrase)
        layout.addWidget(self.save_key, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        layout.addWidget(self.written)
        layout.addStretch(1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.hub: str | None = None

    def show_phrase(self, phrase: str, hub: str | None) -> None:
        self.phrase.setPlainText(phrase)
        self.hub = hub
        self.note.clear()
        self.written.setChecked(False)
        self.done_button.setDefault(True)
        self.phrase.setFocus()
        self.phrase.selectAll()

    def forget(self) -> None:
        """Take the phrase out of the window: it is shown once."""
        self.phrase.clear()
        self.note.clear()

    def _save_key_file(self) -> None:
        phrase = self.phrase.toPlainText()
        if not phrase:
            return
        chosen = save_file_name(
            self,
            translate("Sync", "Save the team key file"),
            "carebook-team.key",
            translate("Sync", "Key files (*.key)"),
        )
        if not chosen:
            return
        try:
            write_key_file(Path(chosen), key_from_phrase(phrase), self.hub)
        except TeamKeyError as error:
            self.note.show_error(str(error))
            return
        self.note.show_note(
            translate("Sync", "The key file is saved as {path}.").format(path=chosen)
        )
        self.written.setFocus()
