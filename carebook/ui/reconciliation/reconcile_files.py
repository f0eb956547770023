"""The steps around a reconciliation: choosing the discharge list's files, asking when the list
names another patient, and offering the printed sheet once it is applied."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.reconciliation import DischargeList, patient_differences
from carebook.core.records import Patient, Reconciliation
from carebook.core.words import translate
from carebook.reports import reconciliation_sheet
from carebook.reports.document import Document
from carebook.ui.commands import Caseload
from carebook.ui.printing.report_preview import Report, export_folder, preview
from carebook.ui.widgets.file_choice import open_file_names


def choose_files(parent: QWidget, filters: str) -> list[Path]:
    """The discharge list's file or files (an NDJSON download comes as several)."""
    chosen = open_file_names(
        parent,
        translate("Reconciliation", "Choose the discharge medication list"),
        str(export_folder()),
        filters,
    )
    return [Path(name) for name in chosen]


def confirm_patient(parent: QWidget, patient: Patient, listed: DischargeList) -> bool:
    """Whether to go on with a list whose patient may be someone else (asked; No is the
    default). True at once when the list's name and birth date agree, or it says neither."""
    differences = patient_differences(patient.given, patient.family, patient.birth_date, listed)
    if not differences:
        return True
    answer = QMessageBox.question(
        parent,
        translate("Reconciliation", "Another patient's list?"),
        translate(
            "Reconciliation",
            "This list may not be {patient}'s: {differences}.\n\nUse it for {patient} anyway?",
        ).format(patient=patient.display_name, differences="; ".join(differences)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def sheet_report(caseload: Caseload, kept: Reconciliation) -> Report:
    """The one-page "medication changes after discharge" sheet of a reconciliation."""
    assert kept.id is not None
    reconciliation_id = kept.id

    def build(_choices: Sequence[bool]) -> Document:
        store = caseload.store
        preferences = store.preferences.preferences()
        gathered = reconciliation_sheet.gather(
            store, reconciliation_id, prepared_by=preferences.coordinator_name
        )
        return reconciliation_sheet.document(gathered)

    day = kept.on_date.isoformat()
    return Report(
        title=translate("Reconciliation", "medication changes after discharge"),
        kind="reconciliation",
        file_name=translate(
            "Reconciliation", "Medication changes after discharge {patient} {day}.pdf"
        ).format(patient=kept.patient_id, day=day),
        build=build,
    )


def offer_sheet(caseload: Caseload, parent: QWidget, kept: Reconciliation) -> None:
    """Offer to print the sheet for the family and the GP straight away."""
    answer = QMessageBox.question(
        parent,
        translate("Reconciliation", "Reconciled"),
        translate(
            "Reconciliation",
            "The medication list is reconciled. Print the “medication changes after "
            "discharge” sheet for the family and the GP?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        preview(caseload, sheet_report(caseload, kept), parent)
