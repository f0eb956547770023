"""The "Document visit" dialog: check in and out, the outcome, the note from a template and the
trip's miles of one visit, saved as one undoable change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebook.core.calendar_words import clock_text, day_and_clock, weekday_day
from carebook.core.errors import SaveError, ValidationError
from carebook.core.moments import wall_clock
from carebook.core.records import Appointment, Note, VisitRecord
from carebook.core.visit_record_notes import all_templates, template_for
from carebook.core.visit_record_rules import (
    VisitDocumentation,
    check_time_text,
    miles_text,
    parse_check_time,
    parse_miles,
)
from carebook.core.vocabularies import AppointmentStatus
from carebook.ui.changes.visit_records import document_visit
from carebook.ui.commands import Caseload
from carebook.ui.timer import timing
from carebook.ui.widgets.accessible import name_from_label

#: The outcomes offered, in the order a visit goes.
OUTCOMES = (
    AppointmentStatus.BOOKED,
    AppointmentStatus.DONE,
    AppointmentStatus.NO_SHOW,
    AppointmentStatus.CANCELLED,
)


class DocumentedVisit(Protocol):
    """The visit a row shows (Agenda, a list or a record): its series and which visit."""

    @property
    def appointment_id(self) -> int: ...

    @property
    def original_start(self) -> datetime | None: ...

    @property
    def start(self) -> datetime: ...


class VisitDocumentationDialog(QDialog):
    """One visit's check-in and check-out, outcome, note and miles; Return saves (Ctrl+Return
    from the note, where Return starts a new line), Escape asks before dropping changes."""

    def __init__(
        self,
        caseload: Caseload,
        appointment: Appointment,
        original_start: datetime,
        start: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert appointment.id is not None
        self.caseload = caseload
        self.appointment = appointment
        self.original_start = original_start
        self.start = start
        store = caseload.store
        self.templates = all_templates(store.visit_records.note_templates())
        record = store.visit_records.visit_record(appointment.id, original_start)
        self.record = record or VisitRecord(
            appointment_id=appointment.id, original_start=original_start, tz=appointment.tz
        )
        self.note: Note | None = store.visit_records.visit_note(appointment.id, original_start)
        self.status_before = store.visit_records.visit_status(appointment.id, original_start)
        patient = store.patients.patient(appointment.patient_id)
        name = patient.display_name if patient else ""
        what = appointment.purpose or appointment.kind.label
        self.setWindowTitle(self.tr("Document visit: %s") % name)
        ends = start + (appointment.end - appointment.start)
        heading = QLabel(
            self.tr("{name} — {what}, {start}–{end}").format(
                name=name, what=what, start=day_and_clock(start), end=clock_text(ends)
            ),
            self,
        )
        heading.setWordWrap(True)

        self.checked_in = QLineEdit(check_time_text(self.record.checked_in_at, self.day), self)
        self.checked_in.setPlaceholderText(self.tr("not yet, e.g. 10:05"))
        self.check_in_now = QPushButton(self.tr("Check in &now"), self)
        self.check_in_now.clicked.connect(lambda: self._now_into(self.checked_in))
        self.checked_out = QLineEdit(check_time_text(self.record.checked_out_at, self.day), self)
        self.checked_out.setPlaceholderText(self.tr("not yet, e.g. 10:50"))
        self.check_out_now = QPushButton(self.tr("Check out no&w"), self)
        self.check_out_now.clicked.connect(lambda: self._now_into(self.checked_out))
        for button in (self.check_in_now, self.check_out_now):
            button.setAutoDefault(False)

        self.outcome = QComboBox(self)
        for status in OUTCOMES:
            label = self.tr("Not yet") if status is AppointmentStatus.BOOKED else status.label
            self.outcome.addItem(label)
        self.outcome.setCurrentIndex(OUTCOMES.index(self.status_before))
        self.reason = QLineEdit(self.record.cancel_reason, self)
        self.reason.setPlaceholderText(self.tr("why it was cancelled (needed to cancel)"))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)

        self.template = QComboBox(self)
        self.template.addItems(list(self.templates))
        self.note_text = QPlainTextEdit(self.note.text if self.note else "", self)
        self.note_text.setTabChangesFocus(True)
        self.note_text.setAccessibleName(self.tr("Visit note"))
        self._filled = self.note_text.toPlainText()
        if self.note is None:
            chosen = template_for(self.templates, appointment.purpose, appointment.kind.label)
            self.template.setCurrentText(chosen)
            self._fill(chosen)
        self.template.activated.connect(lambda _index: self._template_chosen())

        self.miles = QLineEdit(miles_text(self.record.miles_tenths), self)
        self.miles.setPlaceholderText(self.tr("e.g. 12.5"))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight);")
        self.message.hide()

        form = QFormLayout()
        form.addRow(heading)
        form.addRow(
            self._label(self.tr("&Check-in:"), self.checked_in),
            _row(self.checked_in, self.check_in_now),
        )
        form.addRow(
            self._label(self.tr("Check-&out:"), self.checked_out),
            _row(self.checked_out, self.check_out_now),
        )
        form.addRow(self._label(self.tr("O&utcome:"), self.outcome), self.outcome)
        form.addRow(self._label(self.tr("&Reason:"), self.reason), self.reason)
        form.addRow(self._label(self.tr("Te&mplate:"), self.template), self.template)
        form.addRow(self._label(self.tr("Not&e:"), self.note_text), self.note_text)
        form.addRow(self._label(self.tr("Mi&les:"), self.miles), self.miles)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Return in the note starts a new line; Ctrl+Return saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self._outcome_changed()
        self.resize(560, 560)
        self.checked_in.setFocus(Qt.FocusReason.OtherFocusReason)
        self._as_opened = self._said()

    # -- building --------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return self.start.date()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        name_from_label(label, buddy)
        return label

    def _now_into(self, field: QLineEdit) -> None:
        """The clocks' time in the visit's zone, to the minute."""
        now = self.caseload.store.visit_records.clock().astimezone()
        here = wall_clock(now, self.appointment.tz).replace(second=0, microsecond=0)
        field.setText(check_time_text(here, self.day))

    def _outcome_changed(self) -> None:
        cancelled = self.chosen_status() is AppointmentStatus.CANCELLED
        self.reason.setEnabled(cancelled or bool(self.reason.text()))

    def _fill(self, name: str) -> None:
        self.note_text.setPlainText(self.templates.get(name, ""))
        self._filled = self.note_text.toPlainText()

    def _template_chosen(self) -> None:
        """Fill the note from the template; what the coordinator wrote is replaced only when
        she says so."""
        typed = self.note_text.toPlainText()
        if typed.strip() and typed != self._filled:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the note?"),
                self.tr("Replace what you wrote with the template %s?")
                % self.template.currentText(),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._fill(self.template.currentText())
        self.note_text.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reading what was typed ------------------------------------------------------------------

    def chosen_status(self) -> AppointmentStatus:
        # By place in the list: Qt hands a str-based enum back as a plain str.
        return OUTCOMES[max(self.outcome.currentIndex(), 0)]

    def _said(self) -> tuple[object, ...]:
        # The note as filled from a template, untouched, is not something typed.
        note = self.note_text.toPlainText()
        return (
            self.checked_in.text().strip(),
            self.checked_out.text().strip(),
            self.chosen_status(),
            self.reason.text().strip(),
            note if note != self._filled or self.note is not None else None,
            self.miles.text().strip(),
        )

    def is_changed(self) -> bool:
        return self._said() != self._as_opened

    def documentation(self) -> VisitDocumentation:
        """What the dialog would save; ValidationError naming the field to fix."""
        record = VisitRecord(
            id=self.record.id,
            appointment_id=self.record.appointment_id,
            original_start=self.original_start,
            checked_in_at=parse_check_time(
                self.checked_in.text(), self.day, self.tr("Check-in"), "checked_in_at"
            ),
            checked_out_at=parse_check_time(
                self.checked_out.text(), self.day, self.tr("Check-out"), "checked_out_at"
            ),
            tz=self.record.tz,
            cancel_reason=self.reason.text().strip(),
            miles_tenths=parse_miles(self.miles.text()),
        )
        note = self.note_text.toPlainText()
        # A template left as it was filled in is no note.
        untouched = self.note is None and note == self._filled
        return VisitDocumentation(
            patient_id=self.appointment.patient_id,
            record=record,
            status=self.chosen_status(),
            note_text="" if untouched else note.rstrip(),
            note_id=self.note.id if self.note else None,
        )

    # -- leaving ---------------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            documented = self.documentation()
        except ValidationError as error:
            self._show(error)
            return
        if not self._done_asked(documented.status):
            return
        try:
            document_visit(self.caseload, self.tr("Document visit"), documented)
        except (ValidationError, SaveError, LookupError) as error:
            self._show(error)
            return
        super().accept()

    def _done_asked(self, status: AppointmentStatus) -> bool:
        """A visit is done on its day: another day is asked about first (No is the default)."""
        today = self.caseload.store.today()
        if (
            status is not AppointmentStatus.DONE
            or self.status_before is AppointmentStatus.DONE
            or self.day == today
        ):
            return True
        when = (
            self.tr("tomorrow") if (self.day - today).days == 1 else weekday_day(self.start.date())
        )
        answer = QMessageBox.question(
            self,
            self.tr("Mark done?"),
            self.tr("This visit is %s, not today. Mark it done anyway?") % when,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, error: Exception) -> None:
        """Say what to fix beside the form, and put the cursor in that field."""
        self.message.setText(str(error).strip("'\""))
        self.message.show()
        fields: dict[str, QWidget] = {
            "checked_in_at": self.checked_in,
            "checked_out_at": self.checked_out,
            "cancel_reason": self.reason,
            "miles_tenths": self.miles,
            "text": self.note_text,
        }
        target = fields.get(getattr(error, "field", "") or "")
        if target is not None:
            target.setEnabled(True)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Escape or Cancel: leave at once when nothing changed, else ask first."""
        if self.is_changed() and not self._discard_asked():
            return
        super().reject()

    def _discard_asked(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard changes?"),
            self.tr("%s: what you typed is not saved yet. Discard it?") % self.windowTitle(),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


def _row(field: QWidget, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return row


def open_visit_documentation(
    parent: QWidget | None, caseload: Caseload, visit: DocumentedVisit
) -> bool:
    """Document the visit a row shows; True when something was saved."""
    appointment = caseload.store.appointments.appointment(visit.appointment_id)
    if appointment is None:
        return False
    original = visit.original_start or visit.start
    dialog = VisitDocumentationDialog(caseload, appointment, original, visit.start, parent)
    before = caseload.store.visit_records.visit_record(appointment.id or 0, original)
    try:
        saved = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if saved and parent is not None:
        # A check-in starts the timer for her; a check-out stops it and keeps the time.
        after = caseload.store.visit_records.visit_record(appointment.id or 0, original)
        timing.visit_documented(caseload, parent, appointment, before, after)
    return saved


class DocumentVisitButton(QObject):
    """The Agenda's way in: a "Document visit…" button beside the visit buttons (Ctrl+Shift+V
    on the visits), enabled with a visit selected, and the selected visit's note beside it."""

    def __init__(
        self,
        owner: QWidget,
        caseload: Caseload,
        buttons: QHBoxLayout,
        view: QAbstractItemView,
        selected: Callable[[], DocumentedVisit | None],
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.caseload = caseload
        self.selected = selected
        self.button = QPushButton(self.tr("Document visit…"), owner)
        self.button.setToolTip(
            self.tr("Check in and out, the outcome, the note and the miles (Ctrl+Shift+V)")
        )
        self.button.clicked.connect(self.document)
        self.note = QLabel(owner)
        self.note.setAccessibleName(self.tr("The selected visit's note"))
        # Before the row's closing stretch, so it sits with the other visit buttons.
        at = max(buttons.count() - 1, 0)
        buttons.insertWidget(at, self.button)
        buttons.insertWidget(at + 1, self.note, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+V"), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.document)
        model = view.model()
        view.selectionModel().currentRowChanged.connect(lambda _now, _before: self.refresh())
        model.modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Enabled only with a visit selected; its note's first line, if it has one."""
        visit = self.selected()
        self.button.setEnabled(visit is not None)
        note = None
        if visit is not None:
            original = visit.original_start or visit.start
            note = self.caseload.store.visit_records.visit_note(visit.appointment_id, original)
        first = note.text.strip().split("\n", 1)[0][:80] if note is not None else ""
        self.note.setText(self.tr("Note: %s") % first if first else "")

    def document(self) -> None:
        visit = self.selected()
        if visit is not None and open_visit_documentation(self.owner, self.caseload, visit):
            self.refresh()
