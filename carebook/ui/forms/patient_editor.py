"""Patients from a list: new, open the record, edit, discharge or restore, delete."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.patient_rules import CARE_ENDED, ends_care
from carebook.core.records import Patient
from carebook.core.vocabularies import PatientStatus
from carebook.ui.changes import patients as patient_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms import forms
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.record_editor import RecordAction, StatusRow, attempt, confirm_delete


class PatientEditor(FormEditor[Patient, StatusRow[PatientStatus] | None]):
    """A patient: only a name is needed to save one; Return opens the whole record."""

    def __init__(self, caseload: Caseload) -> None:
        self.store = store = caseload.store
        super().__init__(
            caseload,
            noun="patient",
            blank=lambda _patient_id: Patient(),
            load=store.patients.patient,
            form=lambda record, parent: forms.edit_patient(record, store.today(), parent),
            describe=lambda patient: patient.display_name,
        )

    def open(self, parent: QWidget, record_id: int, row: StatusRow[PatientStatus] | None) -> None:
        self.caseload.record_wanted.emit(record_id, parent)

    def delete(self, parent: QWidget, record_id: int, row: StatusRow[PatientStatus] | None) -> None:
        patient = self.store.patients.patient(record_id)
        if patient is None or not confirm_delete(
            parent,
            patient.display_name,
            parent.tr(
                "Their medications, appointments, tasks, notes and care plan go too. "
                "To keep them, discharge the patient instead."
            ),
        ):
            return
        attempt(parent, lambda: self.caseload.remove(patient, parent.tr("Delete patient")))

    def set_status(self, parent: QWidget, record_id: int, status: PatientStatus) -> None:
        text = {
            PatientStatus.DISCHARGED: parent.tr("Discharge patient"),
            PatientStatus.ACTIVE: parent.tr("Make patient active"),
            PatientStatus.ON_HOLD: parent.tr("Put patient on hold"),
        }.get(status, parent.tr("Change patient status"))
        end = False
        if status in CARE_ENDED:
            answer = self._ask_to_end(parent, record_id)
            if answer is None:
                return
            end = answer
        attempt(
            parent,
            lambda: patient_changes.set_patient_status(
                self.caseload, text, record_id, status, end=end
            ),
        )

    def save_edit(self, parent: QWidget, record: Patient, edited: Patient) -> None:
        """A status changed to discharged or deceased asks, as Discharge does, whether to
        cancel what is still to come (never losing the edit itself)."""
        end = False
        if ends_care(record.status, edited.status) and record.id is not None:
            end = bool(self._ask_to_end(parent, record.id, can_go_back=False))
        attempt(
            parent,
            lambda: patient_changes.save_patient(
                self.caseload, parent.tr("Edit patient"), edited, end=end
            ),
        )

    def _ask_to_end(self, parent: QWidget, record_id: int, can_go_back: bool = True) -> bool | None:
        """Whether to cancel the patient's visits still to come and open tasks as well (None:
        do not discharge after all, offered when `can_go_back`). Not asked when there are
        none."""
        patient = self.store.patients.patient(record_id)
        visits, tasks = self.store.patients.still_to_come(record_id)
        if patient is None or not (visits or tasks):
            return False
        found = []
        if visits:
            found.append(
                parent.tr("%d appointment with visits still to come") % visits
                if visits == 1
                else parent.tr("%d appointments with visits still to come") % visits
            )
        if tasks:
            found.append(
                parent.tr("%d open task") % tasks
                if tasks == 1
                else parent.tr("%d open tasks") % tasks
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            parent.tr("Discharge"),
            parent.tr("%s has %s.") % (patient.display_name, parent.tr(" and ").join(found)),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setInformativeText(
            parent.tr(
                "Cancel them as well? A repeating visit ends today; past visits and finished "
                "tasks stay as they are. You can undo this with Ctrl+Z."
            )
        )
        if can_go_back:
            cancel_them = box.addButton(
                parent.tr("Discharge and &cancel them"), QMessageBox.ButtonRole.AcceptRole
            )
            keep_them = box.addButton(
                parent.tr("Discharge, &keep them"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
        else:  # the edit is saved either way; Escape keeps them
            cancel_them = box.addButton(
                parent.tr("&Cancel them"), QMessageBox.ButtonRole.AcceptRole
            )
            keep_them = box.addButton(parent.tr("&Keep them"), QMessageBox.ButtonRole.RejectRole)
            box.setEscapeButton(keep_them)
        box.setDefaultButton(cancel_them)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is cancel_them else False if clicked is keep_them else None

    def actions(
        self, parent: QWidget, record_id: int, row: StatusRow[PatientStatus] | None
    ) -> list[RecordAction]:
        status = row.status if row is not None else None
        found: list[RecordAction] = []
        if status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD):
            found.append(
                RecordAction(
                    parent.tr("Discharge (keep the record)"),
                    lambda: self.set_status(parent, record_id, PatientStatus.DISCHARGED),
                )
            )
        if status is not PatientStatus.ACTIVE:
            found.append(
                RecordAction(
                    parent.tr("Make active again"),
                    lambda: self.set_status(parent, record_id, PatientStatus.ACTIVE),
                )
            )
        if status is PatientStatus.ACTIVE:
            found.append(
                RecordAction(
                    parent.tr("Put on hold"),
                    lambda: self.set_status(parent, record_id, PatientStatus.ON_HOLD),
                )
            )
        return found
