"""The first-start choice for an empty caseload: start empty, or load a sample to try carebook."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FirstRunDialog(QDialog):
    """Asks once, when the caseload is empty, how to begin."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to carebook"))
        self.wants_sample = False
        self.protection = QCheckBox(
            self.tr("&Protect the caseload with a passphrase (recommended on a laptop)"), self
        )
        self.protection.setToolTip(
            self.tr(
                "The file, and its backups, can then be read only with the passphrase: a lost "
                "laptop does not give away anyone's health information. You can also do this "
                "later, from File → Protect with passphrase."
            )
        )
        text = QLabel(
            self.tr(
                "<h3>Your caseload is empty</h3>"
                "<p>carebook keeps your whole caseload in one file on this computer:<br>"
                "<code>%s</code></p>"
                "<p>Start with an empty caseload and add your patients, or load a sample caseload "
                "of 40 invented patients to look around first.</p>"
            )
            % path,
            self,
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.empty_button = QPushButton(self.tr("Start &empty"), self)
        self.sample_button = QPushButton(self.tr("Load a &sample caseload"), self)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.sample_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(self.accept)
        self.sample_button.clicked.connect(self._sample)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.protection)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @property
    def wants_protection(self) -> bool:
        return self.protection.isChecked()

    def _sample(self) -> None:
        self.wants_sample = True
        self.accept()
