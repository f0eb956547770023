"""A patient's reports from the record window: previewed and printed, saved, or exported."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from carebook.core.words import translate
from carebook.ui.commands import Caseload


def print_menu(owner: QWidget, caseload: Caseload, patient_id: int) -> QMenu:
    """The patient's reports: previewed before printing, saved as PDF, or exported; and the
    medicines reconciliation after a hospital stay, whose sheet is printed from here."""
    menu = QMenu(owner)
    for text, keys, run in (
        (translate("PatientRecord", "Care-plan &summary…"), "Ctrl+P", print_summary),
        (translate("PatientRecord", "&Medication list…"), "", print_medication_list),
        (translate("PatientRecord", "Medication &changes since…"), "", print_medication_changes),
        (translate("PatientRecord", "Measures and &assessments…"), "", print_measures),
        (
            translate("PatientRecord", "Medication changes after &discharge…"),
            "",
            print_reconciliation,
        ),
        (translate("PatientRecord", "&Reconcile a discharge list…"), "", reconcile_discharge_list),
        (
            translate("PatientRecord", "Save care-plan summary as P&DF…"),
            "Ctrl+Shift+S",
            save_summary_pdf,
        ),
        (translate("PatientRecord", "Save care-plan summary as &HTML…"), "", save_summary_html),
        (translate("PatientRecord", "Export as &FHIR…"), "", export_fhir),
    ):
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False, run=run: run(owner, caseload, patient_id))
        if keys:
            action.setShortcut(QKeySequence(keys))
            owner.addAction(action)  # the keys work anywhere in the record
    return menu


def print_summary(owner: QWidget, caseload: Caseload, patient_id: int) -> None:
    """Ctrl+P: the care-plan summary in print preview."""
    # Loaded when first asked for, not at start.
    from carebook.ui.patient.patient_reports import care_plan_summary_report
    from carebook.ui.printing.report_preview import preview

    preview(caseload, care_plan_summary_report(caseload, patient_id), owner)


def save_summary_pdf(owner: QWidget, caseload: Caseload, patient_id: int) -> None:
    # Loaded when first asked for, not at start.
    from carebook.ui.patient.patient_reports import care_plan_summary_report
    from carebook.ui.printing.report_preview import save_pdf

    save_pdf(caseload, care_plan_summary_report(caseload, patient_id), None, owner)


def save_summary_html(owner: QWidget, caseload: Caseload, patient_id: int) -> None:
    # Loaded when first asked for, not at start.
    from carebook.ui.patient.patient_reports import care_plan_summary_report
    from carebook.ui.printing.report_preview import save_html

    save_html(caseload, care_plan_summary_report(caseload, patient_id), None, owner)


def print_medication_list(owner: QWidget, caseload: Caseload, patient_id: int) -> None:
    # Loaded when first asked for, not at start.
    from carebook.ui.patient.patient_reports import medication_list_report
    from carebook.ui.printing.report_preview import preview

    preview(caseload, medication_list_report(caseload, patient_id), owner)


def print_measures(owner: QWidget, caseload: Caseload, patient_id: int) -> None:
    """The measures and assessments, each with its chart, in print preview."""
    # Loaded when first asked for, not at start.
    from carebook.ui.patient.patient_reports import measures_report
    from carebook.ui.printing.report_preview import preview

    preview(caseload, measures_report(caseload, patient_id), owner)


def print_medication_changes(owner: QWidget, caseload: Caseload, patient_id: int) -> None:
    # Loaded when first asked for, not at start.
    from carebook.ui.patient.patient_reports import (
        ask_changes_since,
        medication_changes_report,
    )

    # Loaded when first asked for, not at start.
    from carebook.ui.printing.report_preview import preview

    since = ask_changes_since(caseload, owner)
    if since is not None:
        preview(
            caseload,
            medication_changes_report(caseload, patient_id, since),
            owner,
        )


def print_reconciliation(owner: QWidget, caseload: Caseload, patient_id: int) -> None:
    """The sheet of the patient's latest medicines reconciliation (said when there is none)."""
    # Loaded when first asked for, not at start.
    from carebook.ui.printing.report_preview import preview
    from carebook.ui.reconciliation.reconcile_files import sheet_report

    kept = caseload.store.reconciliations.reconciliations(patient_id)
    if not kept:
        QMessageBox.information(
            owner,
            translate("PatientRecord", "No reconciliation"),
            translate(
                "PatientRecord",
                "No discharge medication list has been reconciled for this patient yet "
                "(Print → Reconcile a discharge list…).",
            ),
        )
        return
    preview(caseload, sheet_report(caseload, kept[0]), owner)


def reconcile_discharge_list(owner: QWidget, caseload: Caseload, patient_id: int) -> None:
    """A discharge list set beside this patient's medicines (File → Reconcile medications…)."""
    # Loaded when first asked for, not at start.
    from carebook.ui.reconciliation.reconcile_dialog import reconcile_medications

    reconcile_medications(caseload, owner, patient_id)


def export_fhir(owner: QWidget, caseload: Caseload, patient_id: int) -> None:
    # Loaded when first asked for, not at start.
    from carebook.ui.patient.patient_reports import export_fhir as write_fhir

    write_fhir(caseload, patient_id, owner)
