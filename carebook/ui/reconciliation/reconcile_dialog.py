"""File → Reconcile medications…: choose the patient and the discharge list, see it beside
the current medicines, accept or reject each line, apply as one undoable step, print the sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.core.calendar_words import day_text
from carebook.core.errors import SaveError, ValidationError
from carebook.core.reconciliation import ComparisonLine, DischargeList, compare
from carebook.core.records import Patient, Reconciliation
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.ui.changes.reconciliations import reconcile
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_editor import report
from carebook.ui.reconciliation.comparison_model import ComparisonModel
from carebook.ui.reconciliation.reconcile_files import choose_files, confirm_patient, offer_sheet
from carebook.ui.widgets.choose_patient import choose_patient
from carebook.ui.widgets.table_look import configure_table

#: What the file dialog offers: every format the reader takes.
FILES = QT_TRANSLATE_NOOP(
    "Reconciliation",
    "Discharge lists (*.json *.ndjson *.xml *.cda *.csv *.xlsx);;"
    "FHIR (*.json *.ndjson);;C-CDA (*.xml *.cda);;Spreadsheets (*.csv *.xlsx);;All files (*)",
)


class ReconcileDialog(QDialog):
    """The comparison of one discharge list with one patient's medicines."""

    def __init__(
        self,
        caseload: Caseload,
        patient: Patient,
        listed: DischargeList,
        lines: list[ComparisonLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.patient = patient
        self.listed = listed
        self.kept: Reconciliation | None = None
        self.setWindowTitle(self.tr("Reconcile medications — %s") % patient.display_name)
        if listed.written_on:
            said = self.tr(
                "<b>{patient}</b>: the discharge list of {day} ({source}) beside the medicines "
                "taken now."
            )
        else:
            said = self.tr(
                "<b>{patient}</b>: the discharge list ({source}) beside the medicines taken now."
            )
        day = day_text(listed.written_on) if listed.written_on else ""
        heading = QLabel(
            said.format(patient=patient.display_name, day=day, source=listed.source), self
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        hint = QLabel(
            self.tr(
                "Tick each line to apply (Space), or leave it to keep the list as it is. "
                "Applied lines are dated “hospital discharge” in each medicine's history; "
                "Ctrl+Z undoes them all."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.model = ComparisonModel(lines, self)
        self.table = QTableView(self)
        configure_table(self.table)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Discharge list beside the current medicines"))
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(3, 220)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, self.toggle_current)
        problems = QLabel(self)
        problems.setWordWrap(True)
        if listed.problems:
            problems.setText(self.tr("Not read from the file: %s") % "; ".join(listed.problems))
        else:
            problems.hide()
        accept_all = QPushButton(self.tr("Tick &all"), self)
        accept_all.clicked.connect(lambda: self.model.set_all(True))
        reject_all = QPushButton(self.tr("Tick &none"), self)
        reject_all.clicked.connect(lambda: self.model.set_all(False))
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("A&pply ticked lines"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(accept_all)
        row.addWidget(reject_all)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(problems)
        layout.addLayout(row)
        self.resize(1000, 520)
        self.setFocusProxy(self.table)  # the lines take the keyboard when the dialog opens
        self.table.setFocus()
        if lines:
            self.table.selectRow(0)

    def toggle_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        line = self.model.lines[index.row()]
        if line.change.writes:
            self.model.set_accepted(line.number, line.number not in self.model.accepted)

    def accept(self) -> None:
        """Apply what is ticked (nothing ticked: keep the reconciliation, with every line
        kept as it was), as one undoable change; a refusal is said, and the dialog stays."""
        preferences = self.caseload.store.preferences.preferences()
        assert self.patient.id is not None
        patient_id = self.patient.id
        try:
            self.kept = reconcile(
                self.caseload,
                self.tr("Reconcile medications after discharge"),
                patient_id,
                self.model.lines,
                set(self.model.accepted),
                source=self.listed.source,
                reconciled_by=preferences.coordinator_name,
                discharged_on=self.listed.written_on,
            )
        except (SaveError, ValidationError, LookupError) as error:
            report(self, error)
            return
        super().accept()


def reconcile_medications(
    caseload: Caseload, parent: QWidget, patient_id: int | None = None
) -> Reconciliation | None:
    """The whole errand from the File menu (or a patient's record): which patient, which
    file, the comparison, then the sheet offered. The reconciliation kept, or None."""
    # The file readers load with the errand, not with the window.
    from carebook.interop.discharge import DischargeFileError, read_discharge

    store = caseload.store
    chosen = patient_id or choose_patient(store, "medicines reconciliation", parent)
    if chosen is None:
        return None
    patient = store.patients.patient(chosen)
    if patient is None:
        return None
    paths = choose_files(parent, translate("Reconciliation", FILES))
    if not paths:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        listed = read_discharge(paths)
    except DischargeFileError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, translate("Reconciliation", "Not a discharge list"), str(error))
        return None
    QGuiApplication.restoreOverrideCursor()
    if not listed.lines:
        QMessageBox.information(
            parent,
            translate("Reconciliation", "Nothing to compare"),
            translate("Reconciliation", "%s lists no medicine.") % listed.source,
        )
        return None
    if not confirm_patient(parent, patient, listed):
        return None
    lines = compare(store.medications.medications(chosen), listed.lines)
    dialog = ReconcileDialog(caseload, patient, listed, lines, parent)
    try:
        dialog.exec()
        kept = dialog.kept
    finally:
        dialog.deleteLater()
    if kept is not None:
        offer_sheet(caseload, parent, kept)
    return kept
