"""Appointments from a list of visits: book, edit one visit or a series, mark done, cancel."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from carebook.core.calendar_words import weekday_day
from carebook.core.records import Appointment
from carebook.core.recurrence import local_zone_name
from carebook.core.visit_rules import attended, overlap_doubt
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus
from carebook.core.words import translate
from carebook.store.caseload import Scope
from carebook.ui.changes import visits as visit_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms import forms
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.record_editor import RecordAction, attempt
from carebook.ui.widgets.choose_patient import choose_patient


def ask_scope(parent: QWidget, verb: str) -> Scope | None:
    """For a visit of a series: this visit, this and the following ones, or the whole series?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("AppointmentEditor", "Repeating visit"))
    box.setText(translate("AppointmentEditor", "This visit is one of a series. %s:") % verb)
    choices: dict[QPushButton, Scope] = {}
    for scope, label in (
        (Scope.THIS, translate("AppointmentEditor", "&This visit only")),
        (Scope.FOLLOWING, translate("AppointmentEditor", "This and &following visits")),
        (Scope.SERIES, translate("AppointmentEditor", "The &whole series")),
    ):
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        choices[button] = scope
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(iter(choices)))
    box.exec()
    clicked = box.clickedButton()
    return choices.get(clicked) if isinstance(clicked, QPushButton) else None


class ShownVisit(Protocol):
    """The visit a row shows: in the Appointments list, a patient's record or the Agenda."""

    @property
    def appointment_id(self) -> int: ...

    @property
    def original_start(self) -> datetime | None: ...  # which visit of its series

    @property
    def start(self) -> datetime: ...

    @property
    def ends(self) -> datetime | None: ...

    @property
    def status(self) -> AppointmentStatus: ...


class AppointmentEditor(FormEditor[Appointment, ShownVisit]):
    """Rows are visits; a visit of a series is edited alone, with what follows, or as a series."""

    def __init__(self, caseload: Caseload) -> None:
        self.store = store = caseload.store
        super().__init__(
            caseload,
            noun="appointment",
            blank=self._blank_for,
            load=store.appointments.appointment,
            form=lambda record, parent: self._form_for(record, parent, one_visit=False),
            describe=lambda a: a.purpose or a.kind.label,
        )
        self._parent: QWidget | None = None

    def _blank_for(self, patient_id: int | None) -> Appointment | None:
        patient_id = patient_id or choose_patient(self.store, "appointment", self._parent)
        if patient_id is None:
            return None
        start = (self.store.clock() + timedelta(days=1)).replace(
            hour=9, minute=0, second=0, microsecond=0
        )
        return Appointment(
            patient_id=patient_id,
            kind=AppointmentKind.HOME_VISIT,
            start=start,
            tz=local_zone_name(),
        )

    def _contacts(self, patient_id: int) -> list[tuple[int, str]]:
        return [
            (contact.id, f"{contact.name} ({member.role.label})")
            for member, contact in self.store.contacts.care_team(patient_id)
            if contact.id is not None
        ]

    def _form_for(
        self, record: Appointment, parent: QWidget, one_visit: bool
    ) -> Appointment | None:
        return forms.edit_appointment(
            record,
            self._contacts(record.patient_id),
            parent,
            one_visit=one_visit,
            warn=self._overlap_warning,
        )

    def _overlap_warning(self, appointment: Appointment) -> str | None:
        if not attended(appointment):
            return None
        return overlap_doubt(
            self.store.visits.overlapping(appointment.start, appointment.end, appointment.id)
        )

    # -- the visit a row stands for --------------------------------------------------------------

    @staticmethod
    def _visit(row: ShownVisit) -> tuple[int, datetime | None]:
        return row.appointment_id, row.original_start

    def new(self, parent: QWidget, patient_id: int | None) -> None:
        self._parent = parent
        super().new(parent, patient_id)

    def edit(self, parent: QWidget, record_id: int, row: ShownVisit) -> None:
        appointment_id, original = self._visit(row)
        series = self.store.appointments.appointment(appointment_id)
        if series is None:
            return
        scope = Scope.SERIES
        if series.rrule and original is not None:
            chosen = ask_scope(parent, translate("AppointmentEditor", "Change"))
            if chosen is None:
                return
            scope = chosen
        shown = series
        if scope is not Scope.SERIES and original is not None:
            # The visit as it stands now: its own time, length and status.
            start, ends = row.start, row.ends
            minutes = int((ends - start).total_seconds() // 60) if ends else series.duration_min
            shown = replace(
                series,
                start=start,
                duration_min=minutes,
                status=row.status if scope is Scope.THIS else series.status,
            )
        edited = self._form_for(shown, parent, one_visit=scope is Scope.THIS)
        if edited is None or edited == shown:
            return

        attempt(
            parent,
            lambda: visit_changes.save_appointment(
                self.caseload,
                translate("AppointmentEditor", "Edit appointment"),
                edited,
                scope,
                original,
            ),
        )

    def delete(self, parent: QWidget, record_id: int, row: ShownVisit) -> None:
        appointment_id, original = self._visit(row)
        series = self.store.appointments.appointment(appointment_id)
        if series is None:
            return
        if series.rrule and original is not None:
            scope = ask_scope(parent, translate("AppointmentEditor", "Delete"))
            if scope is None:
                return
            text = translate("AppointmentEditor", "Delete appointment")
            action = {
                Scope.THIS: lambda: visit_changes.skip_visit(
                    self.caseload, text, appointment_id, original
                ),
                Scope.FOLLOWING: lambda: visit_changes.cancel_appointment(
                    self.caseload, text, appointment_id, Scope.FOLLOWING, original
                ),
                Scope.SERIES: lambda: self.caseload.remove(series, text),
            }[scope]
            attempt(parent, action)
            return
        super().delete(parent, appointment_id, row)

    def set_status(self, parent: QWidget, row: ShownVisit, status: AppointmentStatus) -> None:
        appointment_id, original = self._visit(row)
        if original is None:
            return
        today = self.store.today()
        if status is AppointmentStatus.DONE and row.start.date() != today:
            # A visit is done on its day: another day is asked about (a slip of Ctrl+D).
            when = (
                translate("AppointmentEditor", "tomorrow")
                if (row.start.date() - today).days == 1
                else weekday_day(row.start.date())
            )
            answer = QMessageBox.question(
                parent,
                translate("AppointmentEditor", "Mark done?"),
                translate("AppointmentEditor", "This visit is %s, not today. Mark it done anyway?")
                % when,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        attempt(
            parent,
            lambda: visit_changes.set_visit_status(
                self.caseload,
                translate("AppointmentEditor", "Mark visit %s") % status.label.lower(),
                appointment_id,
                original,
                status,
            ),
        )

    def cancel(self, parent: QWidget, row: ShownVisit) -> None:
        appointment_id, original = self._visit(row)
        series = self.store.appointments.appointment(appointment_id)
        if series is None:
            return
        scope = Scope.THIS
        if series.rrule:
            chosen = ask_scope(parent, translate("AppointmentEditor", "Cancel"))
            if chosen is None:
                return
            scope = chosen
        attempt(
            parent,
            lambda: visit_changes.cancel_appointment(
                self.caseload,
                translate("AppointmentEditor", "Cancel appointment"),
                appointment_id,
                scope,
                original,
            ),
        )

    def actions(self, parent: QWidget, record_id: int, row: ShownVisit) -> list[RecordAction]:
        status = row.status
        return [
            RecordAction(
                translate("AppointmentEditor", "Mark done"),
                lambda: self.set_status(parent, row, AppointmentStatus.DONE),
                status is not AppointmentStatus.DONE,
            ),
            RecordAction(
                translate("AppointmentEditor", "Mark no-show"),
                lambda: self.set_status(parent, row, AppointmentStatus.NO_SHOW),
                status is not AppointmentStatus.NO_SHOW,
            ),
            RecordAction(
                translate("AppointmentEditor", "Book again"),
                lambda: self.set_status(parent, row, AppointmentStatus.BOOKED),
                status is not AppointmentStatus.BOOKED,
            ),
            RecordAction(
                translate("AppointmentEditor", "Cancel…"),
                lambda: self.cancel(parent, row),
                status is not AppointmentStatus.CANCELLED,
            ),
        ]
