"""A day's route offered as trips of the mileage log: Home, each visit in route order, Home
again, each leg with the distance last driven between its places, to confirm or correct."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from carebook.core.billing_records import Trip
from carebook.core.billing_rules import trip_warnings
from carebook.core.calendar_words import day_number, month_name, weekday_name
from carebook.core.errors import SaveError, ValidationError
from carebook.core.vocabularies import AppointmentStatus
from carebook.core.words import translate
from carebook.store.trips import Leg
from carebook.ui.changes.trips import log_route
from carebook.ui.commands import Caseload
from carebook.ui.forms.billing_form_parts import parse_tenths, tenths_text

_NOT_DRIVEN = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)


def legs_of(caseload: Caseload, day: date) -> list[Leg]:
    """The day's legs not yet logged, from its visits in route order (cancelled and no-show
    visits were not driven to)."""
    visits = [
        (visit.appointment_id, visit.patient_id)
        for visit in caseload.store.visits.visits_on(day)
        if visit.status not in _NOT_DRIVEN
    ]
    return caseload.store.trips.proposed_trips(day, visits)


def long_day(day: date, year: bool = False) -> str:
    """ "Tuesday 24 November" (with the year, "Tuesday 24 November 2026")."""
    parts = {
        "weekday": weekday_name(day),
        "day": day_number(day),
        "month": month_name(day.month),
        "year": day.year,
    }
    if year:
        return translate("RouteTripsDialog", "{weekday} {day} {month} {year}").format(**parts)
    return translate("RouteTripsDialog", "{weekday} {day} {month}").format(**parts)


class RouteTripsDialog(QDialog):
    """The legs of a day's route, each to keep or leave out, its distance to type or correct
    and whether the client is billed for it; Return keeps the ticked ones as trips."""

    def __init__(self, caseload: Caseload, day: date, legs: list[Leg], parent: QWidget | None):
        super().__init__(parent)
        self.caseload, self.day, self.legs = caseload, day, legs
        unit = caseload.store.agreements.settings().distance_unit
        self.setWindowTitle(self.tr("Trips of %s") % long_day(day, year=True))
        intro = QLabel(
            self.tr(
                "The day's route as trips: from Home to each visit in route order and Home "
                "again. Tick the legs you drove and give each one's distance in %s; a "
                "distance last logged between the same places is filled in."
            )
            % unit.label.lower(),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, heading in enumerate(
            (self.tr("Log"), self.tr("Distance (%s)") % unit.short, self.tr("Bill the client"))
        ):
            label = QLabel(f"<b>{heading}</b>", self)
            grid.addWidget(label, 0, column)
        self.kept: list[QCheckBox] = []
        self.distances: list[QLineEdit] = []
        self.billed: list[QCheckBox] = []
        for row, leg in enumerate(legs, start=1):
            trip = leg.trip
            keep = QCheckBox(f"{trip.from_place} → {trip.to_place}", self)
            keep.setChecked(True)
            distance = QLineEdit(tenths_text(trip.distance_tenths or None), self)
            distance.setPlaceholderText(self.tr("e.g. 12.4"))
            distance.setAccessibleName(
                self.tr("Distance from {start} to {end}").format(
                    start=trip.from_place, end=trip.to_place
                )
            )
            distance.setMaximumWidth(distance.fontMetrics().horizontalAdvance("0" * 10))
            bill = QCheckBox(self.tr("Billed"), self)
            bill.setChecked(trip.billable)
            bill.setEnabled(trip.patient_id is not None)
            keep.toggled.connect(distance.setEnabled)
            grid.addWidget(keep, row, 0)
            grid.addWidget(distance, row, 1)
            grid.addWidget(bill, row, 2)
            self.kept.append(keep)
            self.distances.append(distance)
            self.billed.append(bill)
        grid.setColumnStretch(0, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Log trips"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        first = next((field for field in self.distances if not field.text()), None)
        (first or self.distances[0]).setFocus()

    def trips(self) -> list[Trip]:
        """The ticked legs as trips; a ValidationError naming the leg whose distance is missing
        or unreadable (its field is focused)."""
        chosen = []
        for leg, keep, field, bill in zip(
            self.legs, self.kept, self.distances, self.billed, strict=True
        ):
            if not keep.isChecked():
                continue
            places = {"start": leg.trip.from_place, "end": leg.trip.to_place}
            what = self.tr("The distance from {start} to {end}").format(**places)
            try:
                tenths = parse_tenths(field.text(), what, "distance_tenths")
                if not tenths:
                    needed = self.tr("The distance from {start} to {end} is needed.")
                    raise ValidationError(needed.format(**places), "distance_tenths")
            except ValidationError:
                field.setFocus()
                field.selectAll()
                raise
            chosen.append(replace(leg.trip, distance_tenths=tenths, billable=bill.isChecked()))
        return chosen

    def accept(self) -> None:
        try:
            trips = self.trips()
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Not logged"), str(error))
            return
        if not trips:
            super().reject()
            return
        doubts = [said for trip in trips for said in trip_warnings(trip)]
        if doubts:
            answer = QMessageBox.question(self, self.tr("Log these trips?"), "\n".join(doubts))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            log_route(self.caseload, trips, self.tr("Log %n trip(s) of the day", "", len(trips)))
        except (SaveError, ValidationError) as error:
            QMessageBox.warning(self, self.tr("Not logged"), str(error))
            return
        super().accept()


def log_days_trips(caseload: Caseload, day: date, parent: QWidget) -> bool:
    """Offer the day's route as trips; say so when there is nothing left to log. True when
    trips were kept."""
    legs = legs_of(caseload, day)
    if not legs:
        QMessageBox.information(
            parent,
            translate("RouteTripsDialog", "No trips to log"),
            translate(
                "RouteTripsDialog", "%s has no visits to drive to that are not logged already."
            )
            % long_day(day),
        )
        return False
    dialog = RouteTripsDialog(caseload, day, legs, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
