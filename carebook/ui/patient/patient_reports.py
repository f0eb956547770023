"""A patient's reports from their record: care-plan summary, medication sheets, FHIR export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.errors import ValidationError
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.reports import care_plan_summary, medication_sheets, write_text
from carebook.reports.document import Document
from carebook.reports.measures_report import measures_document
from carebook.ui.commands import Caseload
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.printing.report_preview import Report, ReportOption, export_folder, remember_folder
from carebook.ui.widgets.file_choice import refused, save_file_name

#: How far back the change sheet looks unless the coordinator says otherwise.
CHANGES_BACK = timedelta(days=30)


def _stem(caseload: Caseload, patient_id: int, what: str) -> str:
    """ "Care plan summary 12 2026-03-02": the patient's carebook id, not their name, so a file
    name in a folder listing or a recent-files menu gives no one away."""
    return f"{what} {patient_id} {caseload.store.today().isoformat()}"


def _name(caseload: Caseload, patient_id: int) -> str:
    patient = caseload.store.patients.patient(patient_id)
    if patient is None:
        return translate("patient_reports", "patient {number}").format(number=patient_id)
    return patient.display_name


def care_plan_summary_report(caseload: Caseload, patient_id: int) -> Report:
    """The care-plan summary, with the patient's recent notes as an option."""

    def build(choices: Sequence[bool]) -> Document:
        store = caseload.store
        summary = care_plan_summary.gather(
            store,
            patient_id,
            prepared_by=store.preferences.preferences().coordinator_name,
            with_notes=bool(choices and choices[0]),
        )
        return care_plan_summary.document(summary)

    return Report(
        title=translate("patient_reports", "care-plan summary of %s") % _name(caseload, patient_id),
        kind="careplan",
        file_name=_stem(caseload, patient_id, translate("patient_reports", "Care plan summary"))
        + ".pdf",
        build=build,
        options=(
            ReportOption(
                translate("patient_reports", "Recent notes"),
                translate("patient_reports", "Add the patient's most recent notes"),
            ),
        ),
    )


def medication_list_report(caseload: Caseload, patient_id: int) -> Report:
    """The current medication list, in large print."""

    def build(_choices: Sequence[bool]) -> Document:
        store = caseload.store
        return medication_sheets.document(
            medication_sheets.gather(
                store, patient_id, prepared_by=store.preferences.preferences().coordinator_name
            )
        )

    return Report(
        title=translate("patient_reports", "medication list of %s") % _name(caseload, patient_id),
        kind="medlist",
        build=build,
        file_name=_stem(caseload, patient_id, translate("patient_reports", "Medication list"))
        + ".pdf",
    )


def measures_report(caseload: Caseload, patient_id: int) -> Report:
    """The patient's measures and assessments: a chart and the latest readings of each."""

    def build(_choices: Sequence[bool]) -> Document:
        store = caseload.store
        return measures_document(
            store, patient_id, prepared_by=store.preferences.preferences().coordinator_name
        )

    return Report(
        title=translate("patient_reports", "measures and assessments of %s")
        % _name(caseload, patient_id),
        kind="measures",
        build=build,
        file_name=_stem(
            caseload, patient_id, translate("patient_reports", "Measures and assessments")
        )
        + ".pdf",
    )


def medication_changes_report(caseload: Caseload, patient_id: int, since: date) -> Report:
    """The medications started, changed and stopped from `since` to today."""

    def build(_choices: Sequence[bool]) -> Document:
        store = caseload.store
        return medication_sheets.document(
            medication_sheets.gather(
                store,
                patient_id,
                since=since,
                prepared_by=store.preferences.preferences().coordinator_name,
            )
        )

    return Report(
        title=translate("patient_reports", "medication changes of {name} since {day}").format(
            name=_name(caseload, patient_id), day=since.isoformat()
        ),
        kind="medlist",
        build=build,
        file_name=_stem(caseload, patient_id, translate("patient_reports", "Medication changes"))
        + ".pdf",
    )


@dataclass(slots=True, kw_only=True)
class ChangesSince:
    """The day a medication change sheet starts from."""

    since: date | None


def ask_changes_since(caseload: Caseload, parent: QWidget | None) -> date | None:
    """Ask from which day the change sheet should list changes (a month back to begin with)."""
    today = caseload.store.today()

    def validate(answer: ChangesSince) -> None:
        if answer.since is None:
            raise ValidationError(
                translate("patient_reports", "Give the day to list changes from."), "since"
            )
        if answer.since > today:
            raise ValidationError(
                translate("patient_reports", "That day has not come yet; choose one up to today."),
                "since",
            )

    form = RecordForm(
        translate("patient_reports", "Medication changes"),
        (
            FieldSpec(
                "since",
                QT_TRANSLATE_NOOP("RecordForm", "Changes since"),
                "date",
                hint=QT_TRANSLATE_NOOP(
                    "RecordForm",
                    "The sheet lists what was started, changed or stopped from this day",
                ),
            ),
        ),
        ChangesSince(since=today - CHANGES_BACK),
        validate=validate,
        parent=parent,
    )
    try:
        answer = form.run()
    finally:
        form.deleteLater()
    return answer.since if answer is not None else None


def export_fhir(caseload: Caseload, patient_id: int, parent: QWidget | None) -> Path | None:
    """Ask where, then write the patient's record as a FHIR R4 document Bundle (JSON)."""
    # FHIR models load only for a FHIR export.
    from carebook.interop.fhir.bundle import (
        bundle_json,
        validate,
    )

    # FHIR models load only for a FHIR export.
    from carebook.interop.fhir.document import patient_bundle

    stem = _stem(caseload, patient_id, translate("patient_reports", "FHIR record"))
    suggested = export_folder() / f"{stem}.json"
    chosen = save_file_name(
        parent,
        translate("patient_reports", "Export as FHIR"),
        str(suggested),
        translate("patient_reports", "FHIR JSON (*.json)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".json":
        path = path.with_name(path.name + ".json")
    if refused(path, caseload.store.path, parent):
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        bundle = patient_bundle(
            caseload.store,
            patient_id,
            generated=datetime.now().astimezone(),
            global_ids=caseload.store.fhir_links.fhir_global_ids,
        )
        validate(bundle)
        write_text(path, bundle_json(bundle))
    except (OSError, ValueError, LookupError) as error:
        QGuiApplication.restoreOverrideCursor()
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        QMessageBox.warning(
            parent,
            translate("patient_reports", "Not exported"),
            translate(
                "patient_reports", "The FHIR record could not be written to {path}:\n{reason}"
            ).format(path=path, reason=reason),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    remember_folder(path.parent)
    caseload.record_output("export", "fhir")
    caseload.status_message.emit(translate("patient_reports", "Exported as FHIR: %s") % path)
    return path
