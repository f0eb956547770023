"""What an empty list or Today says instead of a blank table, with buttons for what to do next."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A sentence and the buttons that act on it: add a patient, import, load the sample, or
    clear a search that matched nothing."""

    add_patient = Signal()
    import_wanted = Signal()
    sample_wanted = Signal()
    clear_search = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # No Alt letters: the window's tabs and menus take them; Tab reaches each button.
        self.add_button = QPushButton(self.tr("Add patient"), self)
        self.add_button.setToolTip(self.tr("A new patient: only a name is needed (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(
            self.tr("Patients from a spreadsheet or FHIR files (Ctrl+Shift+I)")
        )
        self.sample_button = QPushButton(self.tr("Load the sample"), self)
        self.sample_button.setToolTip(
            self.tr("A made-up caseload of 40 patients to try carebook with")
        )
        self.clear_button = QPushButton(self.tr("Clear search"), self)
        self.add_button.clicked.connect(self.add_patient)
        self.import_button.clicked.connect(self.import_wanted)
        self.sample_button.clicked.connect(self.sample_wanted)
        self.clear_button.clicked.connect(self.clear_search)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.import_button, self.sample_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_no_patients(self, sample: bool) -> None:
        """No patient yet: add one, import them, or (in an empty caseload) load the sample."""
        self.text.setText(
            self.tr(
                "There are no patients in this caseload yet. Add a patient, import them from a "
                "spreadsheet or FHIR files, or load a made-up sample to look around."
            )
            if sample
            else self.tr(
                "There are no patients in this caseload yet. Add a patient, or import them "
                "from a spreadsheet or FHIR files."
            )
        )
        self._buttons(add=True, sample=sample, clear=False)

    def show_no_match(self, said: str) -> None:
        """A search that matched nothing: `said` says what was looked for (translated, "No
        patient matches “xyz”"); offer to clear it."""
        self.text.setText(said)
        self._buttons(add=False, sample=False, clear=True)

    def _buttons(self, *, add: bool, sample: bool, clear: bool) -> None:
        self.add_button.setVisible(add)
        self.import_button.setVisible(add)
        self.sample_button.setVisible(sample)
        self.clear_button.setVisible(clear)


def offer_first_steps(
    empties: Iterable[EmptyState],
    add_patient: Callable[[], object],
    import_records: Callable[[], object],
    load_sample: Callable[[], object],
) -> None:
    """Every empty state's buttons do the window's one thing: a new patient, the import
    wizard, the sample."""
    for empty in empties:
        empty.add_patient.connect(add_patient)
        empty.import_wanted.connect(import_records)
        empty.sample_wanted.connect(load_sample)
