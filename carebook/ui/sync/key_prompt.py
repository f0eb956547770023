"""The team key in the window, asked for: its recovery phrase, or the key file carebook wrote."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
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
)
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.widgets.file_choice import forget_folders


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
