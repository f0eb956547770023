"""Time, trips and expenses added, edited and removed from the Billing tab, each one undoable
step through the door; what is billed on an issued invoice is refused, naming the invoice."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.billing_records import Expense, TimeEntry, Trip
from carebook.core.words import translate
from carebook.ui.changes import billing as billing_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.billing_forms import time_entry_form, time_entry_of
from carebook.ui.forms.billing_trip_forms import (
    expense_form,
    expense_of,
    receipt_of,
    trip_form,
    trip_of,
)
from carebook.ui.forms.opening import run_form
from carebook.ui.forms.record_editor import attempt, confirm_delete


def refused_as_billed(caseload: Caseload, table: str, record_id: int, parent: QWidget) -> bool:
    """Say so and return True when the record is billed on an issued invoice (it cannot change
    until that invoice is voided)."""
    number = caseload.store.time.billed_on(table, record_id)
    if number is None:
        return False
    QMessageBox.information(
        parent,
        translate("BillingTab", "Billed"),
        _billed_text(table).format(number=number),
    )
    return True


def _billed_text(table: str) -> str:
    if table == "time_entry":
        return translate(
            "BillingTab",
            "This time is billed on invoice {number}, which has been issued; "
            "void invoice {number} to change it.",
        )
    if table == "trip":
        return translate(
            "BillingTab",
            "This trip is billed on invoice {number}, which has been issued; "
            "void invoice {number} to change it.",
        )
    return translate(
        "BillingTab",
        "This expense is billed on invoice {number}, which has been issued; "
        "void invoice {number} to change it.",
    )


class BillingEditing:
    """What the Billing tab's keys and buttons do to time, trips and expenses."""

    def __init__(self, caseload: Caseload) -> None:
        self.caseload = caseload
        self.store = caseload.store

    # -- time --------------------------------------------------------------------------------------

    def new_time(self, parent: QWidget, patient_id: int | None, day: date | None = None) -> None:
        activity = "Care coordination"
        rate = self.store.time.rate(patient_id, activity)
        entry = TimeEntry(
            patient_id=patient_id,
            on_date=day or self.store.today(),
            minutes=60,
            activity=activity,
            billable=rate.billable,
            rate_cents=rate.hourly_cents,
        )
        draft = run_form(time_entry_form(self.store, entry, parent))
        if draft is None:
            return
        attempt(
            parent,
            lambda: self.caseload.add(
                time_entry_of(draft, entry), translate("BillingTab", "Add time entry")
            ),
        )

    def edit_time(self, parent: QWidget, entry_id: int) -> None:
        entry = self.store.time.entry(entry_id)
        if entry is None or refused_as_billed(self.caseload, "time_entry", entry_id, parent):
            return
        draft = run_form(time_entry_form(self.store, entry, parent))
        if draft is None:
            return
        attempt(
            parent,
            lambda: self.caseload.save(
                time_entry_of(draft, entry), translate("BillingTab", "Edit time entry")
            ),
        )

    def delete_time(self, parent: QWidget, entry_id: int) -> None:
        entry = self.store.time.entry(entry_id)
        if entry is None or refused_as_billed(self.caseload, "time_entry", entry_id, parent):
            return
        what = translate("BillingTab", "the {activity} of {minutes} minutes on {day}").format(
            activity=entry.activity, minutes=entry.minutes, day=entry.on_date
        )
        if confirm_delete(parent, what):
            attempt(
                parent,
                lambda: self.caseload.remove(entry, translate("BillingTab", "Delete time entry")),
            )

    # -- trips -------------------------------------------------------------------------------------

    def new_trip(self, parent: QWidget, patient_id: int | None) -> None:
        home = [p.name for p in self.store.trips.places() if p.name.casefold() == "home"]
        trip = Trip(
            on_date=self.store.today(),
            from_place=home[0] if home else "",
            to_place="",
            patient_id=patient_id,
            distance_tenths=0,
        )
        draft = run_form(trip_form(self.store, trip, parent))
        if draft is None:
            return
        attempt(
            parent,
            lambda: self.caseload.add(trip_of(draft, trip), translate("BillingTab", "Add trip")),
        )

    def edit_trip(self, parent: QWidget, trip_id: int) -> None:
        trip = self.store.trips.trip(trip_id)
        if trip is None or refused_as_billed(self.caseload, "trip", trip_id, parent):
            return
        draft = run_form(trip_form(self.store, trip, parent))
        if draft is None:
            return
        attempt(
            parent,
            lambda: self.caseload.save(trip_of(draft, trip), translate("BillingTab", "Edit trip")),
        )

    def delete_trip(self, parent: QWidget, trip_id: int) -> None:
        trip = self.store.trips.trip(trip_id)
        if trip is None or refused_as_billed(self.caseload, "trip", trip_id, parent):
            return
        what = translate("BillingTab", "the trip from {start} to {end} on {day}").format(
            start=trip.from_place, end=trip.to_place, day=trip.on_date
        )
        if confirm_delete(parent, what):
            attempt(
                parent, lambda: self.caseload.remove(trip, translate("BillingTab", "Delete trip"))
            )

    # -- expenses ----------------------------------------------------------------------------------

    def new_expense(self, parent: QWidget, patient_id: int | None) -> None:
        expense = Expense(patient_id=patient_id, on_date=self.store.today(), amount_cents=0)
        draft = run_form(expense_form(self.store, expense, parent))
        if draft is None:
            return
        attempt(
            parent,
            lambda: billing_changes.add_expense(
                self.caseload,
                translate("BillingTab", "Add expense"),
                expense_of(draft, expense),
                receipt_of(self.store, draft),
            ),
        )

    def edit_expense(self, parent: QWidget, expense_id: int) -> None:
        expense = self.store.expenses.expense(expense_id)
        if expense is None or refused_as_billed(self.caseload, "expense", expense_id, parent):
            return
        draft = run_form(expense_form(self.store, expense, parent))
        if draft is None:
            return
        attempt(
            parent,
            lambda: billing_changes.save_expense(
                self.caseload,
                translate("BillingTab", "Edit expense"),
                expense_of(draft, expense),
                receipt_of(self.store, draft),
            ),
        )

    def delete_expense(self, parent: QWidget, expense_id: int) -> None:
        expense = self.store.expenses.expense(expense_id)
        if expense is None or refused_as_billed(self.caseload, "expense", expense_id, parent):
            return
        what = translate("BillingTab", "the {category} expense of {day}").format(
            category=expense.category.label.lower(), day=expense.on_date
        )
        if confirm_delete(parent, what):
            attempt(
                parent,
                lambda: self.caseload.remove(expense, translate("BillingTab", "Delete expense")),
            )
