"""The team key shown: a new team's recovery phrase once, and a member's key on request, each as
the phrase, a QR code and a key file to save, so that another computer can join."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebook.core.words import translate
from carebook.sync.team_key import TeamKeyError, key_from_phrase, phrase_of, write_key_file
from carebook.ui.commands import Caseload
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.sync.key_code import KeyCode
from carebook.ui.sync.key_prompt import ask_team_key
from carebook.ui.widgets.file_choice import save_file_name


class KeyShown(QWidget):
    """The phrase (read-only, selectable), its QR code beside it, and a key file to save."""

    saved = Signal()  # a key file was written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phrase = QPlainTextEdit(self)
        self.phrase.setReadOnly(True)  # read-only, yet selectable and copyable
        self.phrase.setTabChangesFocus(True)
        self.phrase.setAccessibleName(translate("Sync", "Recovery phrase"))
        font = QGuiApplication.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.phrase.setFont(font)
        self.phrase.setFixedHeight(self.phrase.fontMetrics().lineSpacing() * 4)
        self.code = KeyCode(self)
        self.save_key = QPushButton(translate("Sync", "&Save key file…"), self)
        self.save_key.setAutoDefault(False)
        self.save_key.clicked.connect(self._save_key_file)
        self.note = FieldMessage(self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phrase, 0, 0)
        layout.addWidget(self.save_key, 1, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note, 2, 0)
        layout.addWidget(self.code, 0, 1, 3, 1, Qt.AlignmentFlag.AlignTop)
        layout.setRowStretch(2, 1)
        self.hub: str | None = None

    def show_phrase(self, phrase: str, hub: str | None) -> None:
        self.phrase.setPlainText(phrase)
        self.code.show_code(phrase)
        self.hub = hub
        self.note.clear()

    def forget(self) -> None:
        """Take the phrase and its code out of the window."""
        self.phrase.clear()
        self.code.forget()
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
        self.saved.emit()


class NewKeyShown(QWidget):
    """A new team's recovery phrase, shown once, with a box to tick once it is kept (the dialog
    stays open until then)."""

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
        self.shown = KeyShown(self)
        self.written = QCheckBox(
            translate("Sync", "I have &written the phrase down or saved the file"), self
        )
        self.shown.saved.connect(self.written.setFocus)
        self.done_button = QPushButton(translate("Sync", "&Done"), self)
        self.done_button.setEnabled(False)
        self.written.toggled.connect(self.done_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.shown)
        layout.addWidget(self.written)
        layout.addStretch(1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)

    @property
    def phrase(self) -> QPlainTextEdit:
        return self.shown.phrase

    def show_phrase(self, phrase: str, hub: str | None) -> None:
        self.shown.show_phrase(phrase, hub)
        self.written.setChecked(False)
        self.done_button.setDefault(True)
        self.phrase.setFocus()
        self.phrase.selectAll()

    def forget(self) -> None:
        """Take the phrase out of the window: it is shown once."""
        self.shown.forget()


class TeamKeyDialog(QDialog):
    """A member's team key, for another computer to join with."""

    def __init__(self, phrase: str, hub: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sync", "Team key"))
        intro = QLabel(
            translate(
                "Sync",
                "Another computer joins the team with this recovery phrase, by reading its QR "
                "code, or with the key file. Anyone holding it can read everything the team "
                "shares: show it only to a teammate, and close this window when done.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.shown = KeyShown(self)
        self.shown.show_phrase(phrase, hub)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.shown)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.shown.phrase.setFocus()
        self.resize(640, self.sizeHint().height())

    def done(self, result: int) -> None:
        self.shown.forget()  # the phrase leaves the window with it
        super().done(result)


def show_team_key(caseload: Caseload, parent: QWidget) -> None:
    """Team sync… → Show team key…: the key this computer keeps, else the one given here, if it
    is the team's."""
    # Imported only here, as the team dialog does: the sync package is loaded on demand.
    from carebook.sync.team import team_key

    store = caseload.store
    team = store.team_sync.status().team
    if team is None:
        return
    try:
        key = team_key(store)
    except TeamKeyError:
        given = ask_team_key(parent)
        if given is None:
            return
        if given.fingerprint != team.key_fingerprint:
            QMessageBox.warning(
                parent,
                translate("Sync", "Team key"),
                translate(
                    "Sync",
                    "That key is not this team's (its fingerprint is {given}, the team's is "
                    "{team}). Check the phrase or the file.",
                ).format(given=given.fingerprint, team=team.key_fingerprint),
            )
            return
        key = given
    dialog = TeamKeyDialog(phrase_of(key), team.hub, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
