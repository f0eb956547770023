"""A patient's allergies in their record: adding or editing one, and saying on purpose that
there are none known (confirmed today), each one undoable step through the door."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.allergy_statements import check_statement, day_text, statement_text
from carebook.core.errors import ValidationError
from carebook.core.records import Allergy
from carebook.core.vocabularies import AllergyStatement
from carebook.core.words import translate
from carebook.ui.changes import allergies as allergy_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.record_editor import attempt


class AllergyEditor(FormEditor[Allergy, object]):
    """An allergy of one patient: an active one added or saved clears "no known allergies",
    and Ctrl+Z brings the statement back with the allergy gone."""

    def __init__(
        self,
        caseload: Caseload,
        patient_id: int,
        form: Callable[[Allergy, QWidget], Allergy | None],
    ) -> None:
        store = caseload.store
        super().__init__(
            caseload,
            noun="allergy",
            blank=lambda _p: Allergy(patient_id=patient_id, substance=""),
            load=lambda i: next(
                (a for a in store.patients.allergies(patient_id) if a.id == i), None
            ),
            form=form,
            describe=lambda a: translate("PatientRecord", "the allergy to {substance}").format(
                substance=a.substance
            ),
        )

    def new(self, parent: QWidget, patient_id: int | None) -> None:
        record = self._blank(patient_id)
        if record is None:
            return
        edited = self._form(record, parent)
        if edited is None:
            return
        attempt(
            parent,
            lambda: allergy_changes.add_allergy(
                self.caseload, translate("PatientRecord", "Add allergy"), edited
            ),
        )

    def save_edit(self, parent: QWidget, record: Allergy, edited: Allergy) -> None:
        attempt(
            parent,
            lambda: allergy_changes.save_allergy(
                self.caseload, translate("PatientRecord", "Edit allergy"), edited
            ),
        )


def say_no_known_allergies(parent: QWidget, caseload: Caseload, patient_id: int) -> None:
    """Ask which is true, no known drug allergies or none at all, confirmed today; refused with
    a clear message while an allergy is listed as active. Cancel (Escape, the default) records
    nothing."""
    store = caseload.store
    patient = store.patients.patient(patient_id)
    if patient is None:
        return
    today = store.today()
    allergies = store.patients.allergies(patient_id)
    try:
        check_statement(AllergyStatement.NO_KNOWN_DRUG_ALLERGIES, today, allergies, today)
    except ValidationError as refusal:
        QMessageBox.warning(parent, translate("PatientRecord", "No known allergies"), str(refusal))
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("PatientRecord", "No known allergies"),
        translate("PatientRecord", "Which is true of {name}, as confirmed today?").format(
            name=patient.display_name
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        translate(
            "PatientRecord",
            "No known drug allergies: no allergy to any medicine. No known allergies: none to "
            "anything, medicine, food or otherwise. Either is recorded as confirmed today, {day}; "
            "adding an allergy later clears it.\n\nNow: {now}.",
        ).format(
            day=day_text(today),
            now=statement_text(patient.allergy_statement, patient.allergies_confirmed_on),
        )
    )
    choices: dict[object, AllergyStatement] = {
        box.addButton(
            translate("PatientRecord", "No known &drug allergies"),
            QMessageBox.ButtonRole.AcceptRole,
        ): AllergyStatement.NO_KNOWN_DRUG_ALLERGIES,
        box.addButton(
            translate("PatientRecord", "No known &allergies"), QMessageBox.ButtonRole.AcceptRole
        ): AllergyStatement.NO_KNOWN_ALLERGIES,
    }
    if patient.allergy_statement is not AllergyStatement.NOT_RECORDED:
        unsay = box.addButton(
            translate("PatientRecord", "&Not recorded yet"), QMessageBox.ButtonRole.ResetRole
        )
        choices[unsay] = AllergyStatement.NOT_RECORDED
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    chosen = choices.get(box.clickedButton())
    if chosen is None:
        return
    attempt(
        parent,
        lambda: allergy_changes.set_allergy_statement(
            caseload, translate("PatientRecord", "Record allergy status"), patient_id, chosen, today
        ),
    )
