"""Patients from a list: new, open the record, edit, discharge or restore, delete."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from carebook.core import display
from carebook.core.patient_rules import CARE_ENDED, ends_care
from carebook.core.records import Patient
from carebook.core.same_patient import LikelySame
from carebook.core.vocabularies import PatientStatus
from carebook.core.words import translate
from carebook.ui.changes import patients as patient_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms import forms
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.handover import Handover, hand_over, take_handed_over
from carebook.ui.forms.record_editor import RecordAction, StatusRow, attempt, confirm_delete

#: The most patients a duplicate question offers to open (it lists every one).
_OPENABLE = 3


class _Answer(Enum):
    """What the coordinator chose when the patient typed in looks like one already there."""

    SAVE = "save"  # on purpose: a second patient after all
    BACK = "back"  # to the form, with everything typed
    OPENED = "opened"  # the existing patient's record instead; nothing saved


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

    def new(self, parent: QWidget, patient_id: int | None) -> None:
        """A new patient; one like a patient already there (the import's rule) is saved only
        on purpose, after showing who is there and offering their record instead."""
        edited = self._form(Patient(), parent)
        if edited is None:
            return
        checked = self._saved_on_purpose(parent, None, edited)
        if checked is None:
            return
        edited, handover = checked
        if handover is not None:
            hand_over(handover)  # a refused save brings the form back, as without the question
        attempt(
            parent, lambda: self.caseload.add(edited, translate("PatientEditor", "Add patient"))
        )

    def _saved_on_purpose(
        self, parent: QWidget, before: Patient | None, edited: Patient
    ) -> tuple[Patient, Handover | None] | None:
        """What the form gave back for `before` (None: a new patient), asked about while it
        looks like another patient it was not like before: back to the form (Escape), their
        record instead, or saved anyway. The patient to save, with the form that gave it (to
        bring back if the save is refused); None when nothing is to be saved."""
        handover = take_handed_over()
        while True:
            answer = self._ask_if_duplicate(parent, before, edited)
            if answer is _Answer.SAVE:
                return edited, handover
            if answer is _Answer.OPENED:
                return None
            again = self._form(edited, parent)
            if again is None or again == before:
                return None
            edited, handover = again, take_handed_over()

    def _ask_if_duplicate(
        self, parent: QWidget, before: Patient | None, edited: Patient
    ) -> _Answer:
        """Show the patients `edited` is likely to be (same MRN, or same name and date of
        birth) and ask; SAVE at once when there are none. Escape and Return go back."""
        found = self.store.patients.likely_duplicates(edited, was=before)
        if not found:
            return _Answer.SAVE
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("PatientEditor", "Possible duplicate"),
            translate("PatientEditor", "This patient may already be in the caseload:")
            + "\n\n"
            + "\n".join(f"• {_described(parent, same)}" for same in found),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        box.setInformativeText(
            translate(
                "PatientEditor",
                "Open their record to carry on there, or go back to the form to check what "
                "you typed. Save anyway only if this is someone else.",
            )
        )
        opens: dict[QAbstractButton, int] = {}
        for number, same in enumerate(found[:_OPENABLE]):
            assert same.patient.id is not None
            label = translate("PatientEditor", "Open %s's record") % same.patient.display_name
            button = box.addButton(
                ("&" + label) if number == 0 else label, QMessageBox.ButtonRole.ActionRole
            )
            opens[button] = same.patient.id
        save = box.addButton(
            translate("PatientEditor", "&Save as a new patient anyway")
            if before is None
            else translate("PatientEditor", "&Save anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        back = box.addButton(
            translate("PatientEditor", "&Back to the form"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return _Answer.SAVE
        if clicked in opens:
            self.caseload.record_wanted.emit(opens[clicked], parent)
            return _Answer.OPENED
        return _Answer.BACK

    def delete(self, parent: QWidget, record_id: int, row: StatusRow[PatientStatus] | None) -> None:
        patient = self.store.patients.patient(record_id)
        if patient is None or not confirm_delete(
            parent,
            patient.display_name,
            translate(
                "PatientEditor",
                "Their medications, appointments, tasks, notes and care plan go too. "
                "To keep them, discharge the patient instead.",
            ),
        ):
            return
        attempt(
            parent,
            lambda: self.caseload.remove(patient, translate("PatientEditor", "Delete patient")),
        )

    def set_status(self, parent: QWidget, record_id: int, status: PatientStatus) -> None:
        text = {
            PatientStatus.DISCHARGED: translate("PatientEditor", "Discharge patient"),
            PatientStatus.ACTIVE: translate("PatientEditor", "Make patient active"),
            PatientStatus.ON_HOLD: translate("PatientEditor", "Put patient on hold"),
        }.get(status, translate("PatientEditor", "Change patient status"))
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
        """An edit that makes the patient look like another (same MRN, or same name and date
        of birth) is saved only on purpose; a status changed to discharged or deceased asks,
        as Discharge does, whether to cancel what is still to come (never losing the edit)."""
        checked = self._saved_on_purpose(parent, record, edited)
        if checked is None:
            return
        edited, handover = checked
        end = False
        if ends_care(record.status, edited.status) and record.id is not None:
            end = bool(self._ask_to_end(parent, record.id, can_go_back=False))
        if handover is not None:
            hand_over(handover)
        attempt(
            parent,
            lambda: patient_changes.save_patient(
                self.caseload, translate("PatientEditor", "Edit patient"), edited, end=end
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
                translate("PatientEditor", "%d appointment with visits still to come") % visits
                if visits == 1
                else translate("PatientEditor", "%d appointments with visits still to come")
                % visits
            )
        if tasks:
            found.append(
                translate("PatientEditor", "%d open task") % tasks
                if tasks == 1
                else translate("PatientEditor", "%d open tasks") % tasks
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("PatientEditor", "Discharge"),
            translate("PatientEditor", "{name} has {first} and {second}.").format(
                name=patient.display_name, first=found[0], second=found[1]
            )
            if len(found) == 2
            else translate("PatientEditor", "%s has %s.") % (patient.display_name, found[0]),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setInformativeText(
            translate(
                "PatientEditor",
                "Cancel them as well? A repeating visit ends today; past visits and finished "
                "tasks stay as they are. You can undo this with Ctrl+Z.",
            )
        )
        if can_go_back:
            cancel_them = box.addButton(
                translate("PatientEditor", "Discharge and &cancel them"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            keep_them = box.addButton(
                translate("PatientEditor", "Discharge, &keep them"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
        else:  # the edit is saved either way; Escape keeps them
            cancel_them = box.addButton(
                translate("PatientEditor", "&Cancel them"), QMessageBox.ButtonRole.AcceptRole
            )
            keep_them = box.addButton(
                translate("PatientEditor", "&Keep them"), QMessageBox.ButtonRole.RejectRole
            )
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
                    translate("PatientEditor", "Discharge (keep the record)"),
                    lambda: self.set_status(parent, record_id, PatientStatus.DISCHARGED),
                )
            )
        if status is not PatientStatus.ACTIVE:
            found.append(
                RecordAction(
                    translate("PatientEditor", "Make active again"),
                    lambda: self.set_status(parent, record_id, PatientStatus.ACTIVE),
                )
            )
        if status is PatientStatus.ACTIVE:
            found.append(
                RecordAction(
                    translate("PatientEditor", "Put on hold"),
                    lambda: self.set_status(parent, record_id, PatientStatus.ON_HOLD),
                )
            )
        return found


def _described(parent: QWidget, same: LikelySame) -> str:
    """ "Ruth Marsh, born 02 Feb 1941, MRN RM-41 (same MRN)"."""
    patient = same.patient
    facts = [patient.display_name]
    if patient.birth_date is not None:
        facts.append(translate("PatientEditor", "born %s") % display.day(patient.birth_date))
    if patient.external_id:
        facts.append(translate("PatientEditor", "MRN %s") % patient.external_id)
    if patient.status not in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD):
        facts.append(patient.status.label.lower())
    return ", ".join(facts) + f" ({translate('SamePatient', same.reason)})"
