"""Patients from a list: new, open the record, edit, discharge or restore, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from carebook.domain import Patient, PatientStatus
from carebook.ui import forms
from carebook.ui.commands import Caseload
from carebook.ui.form_editor import FormEditor
from carebook.ui.record_editor import RecordAction, confirm_delete


class PatientEditor(FormEditor[Patient]):
    """A patient: only a name is needed to save one; Return opens the whole record."""

    def __init__(self, caseload: Caseload) -> None:
        store = caseload.store
        super().__init__(
            caseload, noun="patient", table="patient", kind="patient",
            blank=lambda _patient_id: Patient(),
            load=store.patient,
            form=lambda record, parent: forms.edit_patient(record, store.today(), parent),
            add=store.add_patient, update=store.update_patient, remove=store.delete_patient,
            describe=lambda patient: patient.display_name)

    def open(self, parent: QWidget, record_id: int, row: dict[str, Any]) -> None:
        from carebook.ui.patient_record import open_record  # the record uses this editor too

        open_record(self.caseload, record_id, parent)

    def delete(self, parent: QWidget, record_id: int, row: dict[str, Any]) -> None:
        patient = self.store.patient(record_id)
        if patient is None or not confirm_delete(
                parent, patient.display_name,
                parent.tr("Their medications, appointments, tasks, notes and care plan go too. "
                          "To keep them, discharge the patient instead.")):
            return
        self.save(parent, record_id, parent.tr("Delete patient"),
                  lambda: self.store.delete_patient(record_id))

    def set_status(self, parent: QWidget, record_id: int, status: PatientStatus) -> None:
        text = {PatientStatus.DISCHARGED: parent.tr("Discharge patient"),
                PatientStatus.ACTIVE: parent.tr("Make patient active"),
                PatientStatus.ON_HOLD: parent.tr("Put patient on hold")}.get(
                    status, parent.tr("Change patient status"))
        self.save(parent, record_id, text,
                  lambda: self.store.set_patient_status(record_id, status))

    def actions(self, parent: QWidget, record_id: int,
                row: dict[str, Any]) -> list[RecordAction]:
        status = row.get("status")
        found: list[RecordAction] = []
        if status in ("active", "on_hold"):
            found.append(RecordAction(parent.tr("Discharge (keep the record)"), lambda: (
                self.set_status(parent, record_id, PatientStatus.DISCHARGED))))
        if status != "active":
            found.append(RecordAction(parent.tr("Make active again"), lambda: (
                self.set_status(parent, record_id, PatientStatus.ACTIVE))))
        if status == "active":
            found.append(RecordAction(parent.tr("Put on hold"), lambda: (
                self.set_status(parent, record_id, PatientStatus.ON_HOLD))))
        return found
