"""Medications from a list: new, edit, stop with a reason, hold, resume, and the history."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtWidgets import QDialog, QInputDialog, QTableView, QVBoxLayout, QWidget

from carebook.core import display
from carebook.core.list_columns import Column
from carebook.core.medication_checks import MedicationWarning, WarningKind, check_one
from carebook.core.records import CareTeamMember, Contact, Medication, MedicationEvent
from carebook.core.vocabularies import (
    PRESCRIBING_ROLES,
    ContactRole,
    MedicationEventKind,
    MedicationStatus,
)
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.caseload import Store
from carebook.store.medications import DOSE_FIELDS
from carebook.ui.changes import medications as medication_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.medication_form import edit_medication
from carebook.ui.forms.record_editor import RecordAction, StatusRow, attempt
from carebook.ui.forms.whose import whose
from carebook.ui.widgets.choose_patient import choose_patient
from carebook.ui.widgets.table_look import configure_table, size_columns
from carebook.ui.widgets.table_model import FixedSource, RecordTableModel


class MedicationEditor(FormEditor[Medication, StatusRow[MedicationStatus]]):
    """A patient's medication; every change lands in its dated history."""

    def __init__(self, caseload: Caseload) -> None:
        self.store = store = caseload.store
        super().__init__(
            caseload,
            noun="medication",
            blank=self._blank_for,
            load=store.medications.medication,
            form=self._open_form,
            describe=lambda m: m.name,
        )
        self._parent: QWidget | None = None

    def _blank_for(self, patient_id: int | None) -> Medication | None:
        patient_id = patient_id or choose_patient(self.store, "medication", self._parent)
        if patient_id is None:
            return None
        return Medication(patient_id=patient_id, name="", start_date=self.store.today())

    def _open_form(self, record: Medication, parent: QWidget) -> Medication | None:
        store = self.store
        members = store.contacts.care_team(record.patient_id)
        team = [
            (contact.id, f"{contact.name} ({member.role.label})")
            for member, contact in members
            if contact.id is not None
        ]
        pickers = {
            "prescriber_id": contact_choices(
                store, members, PRESCRIBING_ROLES, record.prescriber_id
            ),
            "pharmacy_id": contact_choices(
                store, members, {ContactRole.PHARMACY}, record.pharmacy_id
            ),
        }
        allergies = store.patients.allergies(record.patient_id)
        others = store.medications.medications(record.patient_id)

        def check(medication: Medication) -> list[MedicationWarning]:
            found = check_one(medication, others, allergies)
            if not any(w.kind is WarningKind.DUPLICATE for w in found):
                # A name the medicine knowledge does not know: the same drug by its first word.
                twins = store.medications.active_duplicates(medication)
                if twins:
                    listed = ", ".join(f"{m.name} {m.strength}".strip() for m in twins)
                    found.insert(
                        0,
                        MedicationWarning(
                            kind=WarningKind.DUPLICATE,
                            medication_ids=(medication.id, *(m.id for m in twins)),
                            explanation=translate(
                                "MedicationEditor",
                                "This patient already takes {listed}. Is the same "
                                "drug meant to be active twice?",
                            ).format(listed=listed),
                            names=(medication.name, *(m.name for m in twins)),
                        ),
                    )
            return found

        return edit_medication(
            record, team, whose(store, record.patient_id), check, parent, pickers
        )

    def new(self, parent: QWidget, patient_id: int | None) -> None:
        self._parent = parent
        super().new(parent, patient_id)

    def edit(self, parent: QWidget, record_id: int, row: StatusRow[MedicationStatus]) -> None:
        record = self.store.medications.medication(record_id)
        if record is None:
            return
        edited = self._open_form(record, parent)
        if edited is None or edited == record:
            return
        reason = ""
        if any(getattr(record, name) != getattr(edited, name) for name in DOSE_FIELDS):
            reason, ok = QInputDialog.getText(
                parent,
                translate("MedicationEditor", "Dose changed"),
                translate("MedicationEditor", "Reason for the change (optional):"),
            )
            if not ok:
                return
        attempt(
            parent,
            lambda: medication_changes.save_medication(
                self.caseload, translate("MedicationEditor", "Edit medication"), edited, reason
            ),
        )

    def _with_reason(
        self, parent: QWidget, record_id: int, title: str, prompt: str, required: bool, action: Any
    ) -> None:
        reason, ok = QInputDialog.getText(parent, title, prompt)
        while ok and required and not reason.strip():
            reason, ok = QInputDialog.getText(
                parent, title, translate("MedicationEditor", "A reason is needed.") + "\n" + prompt
            )
        if ok:
            attempt(parent, lambda: action(self.caseload, title, record_id, reason.strip()))

    def actions(
        self, parent: QWidget, record_id: int, row: StatusRow[MedicationStatus]
    ) -> list[RecordAction]:
        status = row.status
        return [
            RecordAction(
                translate("MedicationEditor", "Stop…"),
                lambda: self._with_reason(
                    parent,
                    record_id,
                    translate("MedicationEditor", "Stop medication"),
                    translate("MedicationEditor", "Why is it stopped?"),
                    True,
                    medication_changes.stop_medication,
                ),
                status is not MedicationStatus.STOPPED,
            ),
            RecordAction(
                translate("MedicationEditor", "Put on hold…"),
                lambda: self._with_reason(
                    parent,
                    record_id,
                    translate("MedicationEditor", "Put medication on hold"),
                    translate("MedicationEditor", "Why is it on hold?"),
                    True,
                    medication_changes.hold_medication,
                ),
                status is MedicationStatus.ACTIVE,
            ),
            RecordAction(
                translate("MedicationEditor", "Resume…"),
                lambda: self._with_reason(
                    parent,
                    record_id,
                    translate("MedicationEditor", "Resume medication"),
                    translate("MedicationEditor", "Why is it resumed? (optional)"),
                    False,
                    medication_changes.resume_medication,
                ),
                status is not MedicationStatus.ACTIVE,
            ),
            RecordAction(
                translate("MedicationEditor", "History…"),
                lambda: self.show_history(parent, record_id),
            ),
        ]

    def show_history(self, parent: QWidget, record_id: int) -> None:
        medication = self.store.medications.medication(record_id)
        if medication is None:
            return
        HistoryDialog(
            medication, self.store.medications.medication_history(record_id), parent
        ).exec()


HISTORY_COLUMNS = (
    Column(
        "on_date",
        QT_TRANSLATE_NOOP("HistoryDialog", "Date"),
        display.day,
        width=12,
        context="HistoryDialog",
    ),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("HistoryDialog", "Change"),
        display.code_of(MedicationEventKind),
        width=13,
        context="HistoryDialog",
    ),
    Column(
        "detail",
        QT_TRANSLATE_NOOP("HistoryDialog", "Detail"),
        width=36,
        stretch=True,
        context="HistoryDialog",
    ),
    Column(
        "reason", QT_TRANSLATE_NOOP("HistoryDialog", "Reason"), width=28, context="HistoryDialog"
    ),
)


class HistoryDialog(QDialog):
    """A medication's dated changes: started, dose changed, held, stopped, resumed."""

    def __init__(
        self, medication: Medication, events: list[MedicationEvent], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %s") % medication.name)
        self.model = RecordTableModel(
            HISTORY_COLUMNS,
            FixedSource(events),
            parent=self,
        )
        table = QTableView(self)
        configure_table(table)
        table.setModel(self.model)
        size_columns(table, HISTORY_COLUMNS)
        table.setAccessibleName(self.tr("Medication history"))
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        self.resize(760, 360)


def contact_choices(
    store: Store,
    team: list[tuple[CareTeamMember, Contact]],
    roles: Collection[ContactRole],
    current: int | None,
) -> list[tuple[int, str]]:
    """(contact id, label) offered for a medication's prescriber or pharmacy: the patient's
    care team in `roles` first, then the directory's others in them, and the one the
    medication names now wherever it is; never a caregiver or other family for a prescriber,
    never the same contact twice."""
    chosen: dict[int, str] = {}
    for member, contact in team:
        if member.role in roles and contact.id is not None:
            chosen.setdefault(contact.id, f"{contact.name} ({member.role.label})")
    for contact in store.contacts.with_roles(roles):
        if contact.id is not None:
            where = f" — {contact.organization}" if contact.organization else ""
            chosen.setdefault(contact.id, f"{contact.name}{where} ({contact.role.label})")
    named = store.contacts.contact(current) if current is not None else None
    if named is not None and named.id is not None:
        chosen.setdefault(named.id, f"{named.name} ({named.role.label})")
    return list(chosen.items())
