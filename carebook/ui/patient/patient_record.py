"""A patient's whole record in one window: overview, care team, clinical lists, visits, notes,
care plan, measures and documents."""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QCursor, QFont, QKeySequence, QShortcut

# Loaded when first asked for, not at start.
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carebook.core import display
from carebook.core.allergy_statements import active_allergies, no_allergy_text
from carebook.core.calendar_words import day_text
from carebook.core.changes import Changes
from carebook.core.records import Condition, Contact, Note, Patient
from carebook.core.vocabularies import ContactRole, NoteKind, PatientStatus
from carebook.ui.changes import care_teams as care_team_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms import forms
from carebook.ui.forms.appointment_editor import AppointmentEditor
from carebook.ui.forms.care_plan_editor import CarePlanSection
from carebook.ui.forms.care_team_dialog import CareTeamDialog
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.medication_editor import MedicationEditor
from carebook.ui.forms.patient_editor import PatientEditor
from carebook.ui.forms.record_editor import attempt, confirm_delete
from carebook.ui.forms.task_editor import TaskEditor
from carebook.ui.patient.allergy_actions import AllergyEditor, say_no_known_allergies
from carebook.ui.patient.patient_billing import PatientBilling
from carebook.ui.patient.patient_documents import documents_section, on_file_line
from carebook.ui.patient.patient_measures import PatientMeasures
from carebook.ui.patient.patient_sections import CareTeamRow, RecordEditors, section_specs
from carebook.ui.patient.record_printing import print_menu
from carebook.ui.patient.record_section import RecordSection
from carebook.ui.widgets.screen_fit import fitted

_OPEN: dict[int, PatientRecord] = {}


def open_record(caseload: Caseload, patient_id: int, parent: QWidget | None = None) -> None:
    """Show the patient's record, bringing an open one forward rather than opening two."""
    window = _OPEN.get(patient_id)
    if window is None or not shiboken6.isValid(window):
        window = PatientRecord(caseload, patient_id, parent.window() if parent else None)
        _OPEN[patient_id] = window
    window.show()
    window.raise_()
    window.activateWindow()


class PatientRecord(QDialog):
    """One patient, every section a tab; it follows every change made anywhere."""

    def __init__(self, caseload: Caseload, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.caseload = caseload
        self.store = caseload.store
        self.patient_id = patient_id
        self.patients = PatientEditor(caseload)
        self.medications = MedicationEditor(caseload)
        self.appointments = AppointmentEditor(caseload)
        self.tasks = TaskEditor(caseload)
        self.conditions = self._simple_editor(
            "condition",
            lambda _p: Condition(patient_id=patient_id, description=""),
            lambda i: next(
                (c for c in self.store.patients.conditions(patient_id) if c.id == i), None
            ),
            lambda record, parent: forms.edit_condition(record, self.store.today(), parent),
            lambda c: c.description,
        )
        self.allergies = AllergyEditor(
            caseload,
            patient_id,
            lambda record, parent: forms.edit_allergy(record, self.store.today(), parent),
        )
        self.notes = self._simple_editor(
            "note",
            lambda _p: Note(
                patient_id=patient_id,
                written_at=self.store.clock().replace(second=0, microsecond=0),
                kind=NoteKind.VISIT,
                text="",
            ),
            lambda i: next(
                (n for n in self.store.patients.notes_for(patient_id) if n.id == i), None
            ),
            lambda record, parent: forms.edit_note(record, parent, self.store),
            lambda n: self.tr("the note of {day}").format(day=day_text(n.written_at.date())),
        )

        self.name = QLabel(self)
        big = QFont(self.name.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.name.setFont(big)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        # The papers that decide what may happen, at a glance.
        self.papers = QLabel(self)
        self.papers.setAccessibleName(self.tr("Documents on file"))
        self.allergy_icon = QLabel(self)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.allergy_icon.setPixmap(icon.pixmap(22, 22))
        self.allergy_banner = QLabel(self)
        self.allergy_banner.setWordWrap(True)
        self.allergy_banner.setAccessibleName(self.tr("Allergies"))
        banner_font = QFont(self.allergy_banner.font())
        banner_font.setBold(True)
        self.allergy_banner.setFont(banner_font)
        banner = QHBoxLayout()
        banner.addWidget(self.allergy_icon)
        banner.addWidget(self.allergy_banner, 1)

        self.overview = QWidget(self)
        edit_button = QPushButton(self.tr("&Edit details…"), self.overview)
        edit_button.clicked.connect(self.edit_patient)
        self.status_button = QPushButton(self.overview)
        self.status_button.clicked.connect(self.toggle_discharge)
        delete_button = QPushButton(self.tr("Delete patient…"), self.overview)
        delete_button.clicked.connect(self.delete_patient)
        overview_buttons = QHBoxLayout()
        for button in (edit_button, self.status_button, delete_button):
            overview_buttons.addWidget(button)
        overview_buttons.addStretch(1)
        self.overview_fields = QWidget(self.overview)
        self.overview_form = QFormLayout(self.overview_fields)
        overview_layout = QVBoxLayout(self.overview)
        overview_layout.addWidget(self.overview_fields)
        overview_layout.addStretch(1)
        overview_layout.addLayout(overview_buttons)

        self.sections: list[RecordSection] = [
            RecordSection(spec, self)
            for spec in section_specs(
                self,
                self.store,
                self.patient_id,
                RecordEditors(
                    self.conditions,
                    self.allergies,
                    self.medications,
                    self.appointments,
                    self.tasks,
                    self.notes,
                ),
                self,
                lambda: say_no_known_allergies(self, caseload, patient_id),
            )
        ]
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        for section in self.sections:
            self.tabs.addTab(section, section.spec.title)
        self.care_plan = CarePlanSection(caseload, patient_id, self)
        self.tabs.addTab(self.care_plan, self.tr("Care plan"))
        self.tabs.tabBar().moveTab(self.tabs.indexOf(self.sections[-1]), self.tabs.count() - 1)
        self.measures = PatientMeasures(caseload, patient_id, self)
        self.tabs.addTab(self.measures, self.tr("Measures"))
        self.documents = documents_section(caseload, patient_id, self)
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.billing = PatientBilling(caseload, patient_id, self)
        self.tabs.addTab(self.billing, self.tr("Billing"))

        # A push button: it draws the menu's arrow beside its word, where a tool button's
        # corner arrow ran over the "t" of Print.
        self.print_button = QPushButton(self.tr("&Print"), self)
        self.print_button.setAutoDefault(False)
        self.print_button.setToolTip(
            self.tr(
                "Print or export this patient's care-plan summary or medication sheets (Ctrl+P)"
            )
        )
        self.print_button.setMenu(print_menu(self, self.caseload, self.patient_id))
        heading = QHBoxLayout()
        heading.addWidget(self.name, 1)
        heading.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.papers)
        layout.addLayout(banner)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit_patient)
        # Undo and redo work from the record too, on the same history as the main window.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, caseload.undo_stack.undo)
        for keys in ("Ctrl+Shift+Z", "Ctrl+Y"):
            QShortcut(QKeySequence(keys), self, caseload.undo_stack.redo)
        # Ctrl+1 … Ctrl+9, as the main window's tabs: one scheme in every window.
        for number in range(1, min(9, self.tabs.count()) + 1):
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                lambda n=number - 1: self.tabs.setCurrentIndex(n),
            )
            self.tabs.setTabToolTip(number - 1, f"Ctrl+{number}")
        caseload.changed.connect(self._changed)
        self._following = True
        # Escape ends a dialog through done(), which skips closeEvent: forget it on finished.
        self.finished.connect(self._forget)
        self.refresh()
        # Wide enough for every tab's name where the screen allows (no scroll arrows hiding
        # Documents and Billing), cut to the screen's free area.
        whole = self.tabs.tabBar().sizeHint().width() + 2 * self.tabs.x() + 24
        self.resize(fitted(max(980, whole), 640, self))

    def _simple_editor(
        self,
        noun: str,
        blank: Any,
        load: Any,
        form: Any,
        describe: Any,
    ) -> FormEditor[Any, object]:
        return FormEditor(
            self.caseload, noun=noun, blank=blank, load=load, form=form, describe=describe
        )

    def menu(self, editor: Any, record_id: int | None, row: object) -> None:
        """The kind's own actions (stop, hold, done, cancel…) as a menu under the pointer."""
        if record_id is None or row is None:
            return
        menu = QMenu(self)
        for item in editor.actions(self, record_id, row):
            menu.addAction(item.label, item.run).setEnabled(item.enabled)
        menu.exec(QCursor.pos())

    # -- the patient themselves ------------------------------------------------------------------

    def patient(self) -> Patient | None:
        return self.store.patients.patient(self.patient_id)

    def refresh(self) -> None:
        patient = self.patient()
        if patient is None:  # deleted (here or elsewhere): nothing left to show
            self.close()
            return
        today = self.store.today()
        self.setWindowTitle(self.tr("%s — patient record") % patient.display_name)
        self.name.setText(patient.display_name)
        age = patient.age(today)
        born = (
            self.tr("Born {day} ({age})").format(day=day_text(patient.birth_date), age=age)
            if patient.birth_date and age is not None
            else self.tr("Date of birth unknown")
        )
        facts = [
            born,
            patient.sex.label if patient.sex else "",
            patient.status.label,
            patient.phone,
        ]
        self.facts.setText("  ·  ".join(part for part in facts if part))
        listed = self.store.patients.allergies(self.patient_id)
        allergies = active_allergies(listed)
        if allergies:
            words = "; ".join(
                a.substance
                + (f" ({a.reaction})" if a.reaction else "")
                + (f", {a.severity.label.lower()}" if a.severity else "")
                for a in allergies
            )
            self.allergy_banner.setText(self.tr("Allergies: %s") % words)
            self.allergy_icon.setVisible(True)
        else:
            # Not recorded yet, or what was said on purpose and when: never a safe-sounding
            # "none" for a patient nobody has asked.
            self.allergy_banner.setText(no_allergy_text(patient, listed) or "")
            self.allergy_icon.setVisible(False)
        self._fill_overview(patient, today)
        self.status_button.setText(
            self.tr("&Discharge")
            if patient.status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD)
            else self.tr("Make &active again")
        )
        for section in self.sections:
            section.refresh()
        self.care_plan.refresh()
        self.billing.refresh()
        self.measures.refresh()
        self.documents.refresh()
        self.papers.setText(on_file_line(self.store, self.patient_id))

    def _fill_overview(self, patient: Patient, today: date) -> None:
        while self.overview_form.rowCount():
            self.overview_form.removeRow(0)
        rows = [
            (self.tr("Name"), patient.display_name),
            (self.tr("Date of birth"), display.birth(patient.birth_date, today)),
            (self.tr("Address"), patient.address),
            (self.tr("Phone"), ", ".join(p for p in (patient.phone, patient.phone_alt) if p)),
            (self.tr("Email"), patient.email),
            (self.tr("Language"), patient.language),
            (self.tr("Access notes"), patient.access_notes),
            (self.tr("Payer"), " · ".join(p for p in (patient.payer, patient.member_id) if p)),
            (self.tr("MRN"), patient.external_id),
            (self.tr("Status"), patient.status.label),
            (self.tr("Notes"), patient.notes),
        ]
        for label, value in rows:
            shown = QLabel(value or "—", self.overview_fields)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.overview_form.addRow(label, shown)

    def _changed(self, changes: Changes) -> None:
        # Its care team shows contacts from the directory, which belong to no one patient.
        if changes.touches_patient(self.patient_id) or changes.touches(
            "contact", "billing_settings"
        ):
            self.refresh()

    def edit_patient(self) -> None:
        self.patients.edit(self, self.patient_id, None)

    def toggle_discharge(self) -> None:
        patient = self.patient()
        if patient is None:
            return
        discharging = patient.status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD)
        self.patients.set_status(
            self, self.patient_id, PatientStatus.DISCHARGED if discharging else PatientStatus.ACTIVE
        )

    def delete_patient(self) -> None:
        self.patients.delete(self, self.patient_id, None)

    # -- the care team ---------------------------------------------------------------------------

    def add_member(self) -> None:
        dialog = CareTeamDialog(self.store, self.patient_id, self)
        if dialog.exec():
            member = dialog.member()
            if member is not None:
                attempt(
                    self,
                    lambda: care_team_changes.add_to_care_team(
                        self.caseload, self.tr("Add to care team"), member
                    ),
                )

    def new_contact(self) -> None:
        contact = forms.edit_contact(Contact(name="", role=ContactRole.PHYSICIAN), self)
        if contact is None:
            return

        attempt(
            self,
            lambda: care_team_changes.add_new_contact(
                self.caseload, self.tr("Add contact"), self.patient_id, contact
            ),
        )

    def edit_contact(self, contact_id: int) -> None:
        contact = self.store.contacts.contact(contact_id)
        if contact is None:
            return
        edited = forms.edit_contact(contact, self)
        if edited is None or edited == contact:
            return
        attempt(self, lambda: self.caseload.save(edited, self.tr("Edit contact")))

    def remove_member(self, row: CareTeamRow) -> None:
        if not confirm_delete(self, self.tr("%s from the care team") % row.name):
            return
        attempt(
            self,
            lambda: care_team_changes.remove_from_care_team(
                self.caseload,
                self.tr("Remove from care team"),
                self.patient_id,
                row.id,
                row.role,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget()
        super().closeEvent(event)

    def _forget(self, *_result: object) -> None:
        """Stop following the caseload, and let the next open make a new window."""
        if _OPEN.get(self.patient_id) is self:
            del _OPEN[self.patient_id]
        if self._following:  # closeEvent and finished can both come: disconnect once
            self._following = False
            self.caseload.changed.disconnect(self._changed)
