"""The timer's two questions: whom and what to time when it starts, and what the time was when
it stops (its activity, its minutes and the invoice's words)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carebook.core.billing_records import TimeEntry
from carebook.core.billing_rules import MAX_MINUTES, time_entry_warnings
from carebook.core.calendar_words import day_and_clock, weekday_day
from carebook.core.errors import SaveError, ValidationError
from carebook.store.caseload import Store
from carebook.ui.widgets.accessible import name_from_label
from carebook.ui.widgets.patient_picker import PatientPicker

#: The activity a timer starts with when none is chosen.
CARE_COORDINATION = "Care coordination"
#: The activity a visit's check-in times.
HOME_VISIT = "Home visit"


def activity_box(store: Store, chosen: str, parent: QWidget) -> QComboBox:
    """The activities offered (typing a new one is allowed), `chosen` shown."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = [activity.name for activity in store.time.activities()]
    for name in (HOME_VISIT, CARE_COORDINATION):
        if name not in names:
            names.append(name)
    if chosen and chosen not in names:
        names.insert(0, chosen)
    box.addItems(names)
    box.setCurrentText(chosen or CARE_COORDINATION)
    # Return in the activity is Return in the dialog: the editable box keeps the key itself.
    line = box.lineEdit()
    if line is not None and isinstance(parent, QDialog):
        line.returnPressed.connect(parent.accept)
    return box


class StartTimerDialog(QDialog):
    """Which client (none for the practice's own work) and which activity; Return starts."""

    def __init__(
        self, store: Store, patient_id: int | None, activity: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start timer"))
        self.patient = PatientPicker(store, self)
        self.patient.setPlaceholderText(self.tr("No client (the practice's own work)"))
        self.patient.setAccessibleName(self.tr("Client"))
        self.patient.setToolTip(self.tr("Type part of the client's name, then pick her"))
        if patient_id is not None:
            found = store.patients.patient(patient_id)
            self.patient.choose(patient_id, found.display_name if found else "")
        self.activity = activity_box(store, activity, self)
        form = QFormLayout()
        client_label = QLabel(self.tr("&Client:"), self)
        name_from_label(client_label, self.patient)
        activity_label = QLabel(self.tr("&Activity:"), self)
        name_from_label(activity_label, self.activity)
        form.addRow(client_label, self.patient)
        form.addRow(activity_label, self.activity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())
        (self.activity if patient_id is not None else self.patient).setFocus()

    def accept(self) -> None:
        if not self.isVisible():
            return  # answered already (Return reaches the dialog once through the activity)
        self.patient.pick_first()
        super().accept()


class TimeEntryDialog(QDialog):
    """The time to keep: its activity, its minutes (correctable) and what the invoice says of
    it; Return keeps it through `keep`, a refusal is shown and what was typed stays."""

    def __init__(
        self,
        store: Store,
        entry: TimeEntry,
        keep: Callable[[TimeEntry], object],
        title: str,
        said: str = "",
        discard: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.entry = entry
        self.keep = keep
        self.discard_action = discard
        self.setWindowTitle(title)
        patient = store.patients.patient(entry.patient_id) if entry.patient_id else None
        who = patient.display_name if patient else self.tr("No client (the practice's own work)")
        when = (
            day_and_clock(entry.started_at, year=False)
            if entry.started_at
            else weekday_day(entry.on_date)
        )
        heading = QLabel(self.tr("{who} · from {when}").format(who=who, when=when), self)
        heading.setWordWrap(True)
        self.said = QLabel(said, self)
        self.said.setWordWrap(True)
        self.said.setVisible(bool(said))
        self.activity = activity_box(store, entry.activity, self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(min(max(entry.minutes, 1), MAX_MINUTES))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.narrative = QLineEdit(entry.narrative, self)
        self.narrative.setPlaceholderText(
            self.tr("What the invoice says, e.g. Visit and med review")
        )
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Activity:"), self.activity),
            (self.tr("&Minutes:"), self.minutes),
            (self.tr("&Narrative:"), self.narrative),
        ):
            label = QLabel(text, self)
            name_from_label(label, field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Keep time"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.discard_button: QPushButton | None = None
        if discard is not None:
            self.discard_button = buttons.addButton(
                self.tr("&Discard timer"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.discard_button.clicked.connect(self._discard)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.said)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        self.narrative.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> TimeEntry:
        """The entry as the dialog says it: another activity takes its own rate."""
        entry = replace(self.entry)
        activity = self.activity.currentText().strip()
        if activity != entry.activity:
            rate = self.store.time.rate(entry.patient_id, activity)
            entry.billable = rate.billable
            entry.rate_cents = rate.hourly_cents
            entry.flat_cents = rate.flat_cents
        entry.activity = activity
        entry.minutes = self.minutes.value()
        if entry.started_at is not None:
            entry.ended_at = entry.started_at + timedelta(minutes=entry.minutes)
        entry.narrative = self.narrative.text().strip()
        return entry

    def accept(self) -> None:
        if not self.isVisible():
            return  # answered already (Return reaches the dialog once through the activity)
        entry = self.chosen()
        warnings = time_entry_warnings(entry, self.store.time.overlapping(entry))
        if warnings:
            answer = QMessageBox.question(
                self,
                self.tr("Keep this time?"),
                " ".join(warnings) + "\n\n" + self.tr("Keep it anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.keep(entry)
        except (ValidationError, SaveError, LookupError) as error:
            self.problem.setText(str(error))
            self.problem.setVisible(True)
            return
        super().accept()

    def _discard(self) -> None:
        if self.discard_action is None:
            return
        try:
            self.discard_action()
        except (ValidationError, SaveError, LookupError) as error:
            self.problem.setText(str(error))
            self.problem.setVisible(True)
            return
        self.done(QDialog.DialogCode.Rejected)
