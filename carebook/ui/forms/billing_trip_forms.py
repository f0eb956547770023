"""The trip and expense forms: a trip of the mileage log (places offered as she types, the
distance or the odometer), an expense with its receipt file."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from carebook.core.billing_records import Attachment, Expense, Trip
from carebook.core.billing_rules import check_expense, check_trip, trip_warnings
from carebook.core.errors import ValidationError
from carebook.core.money import parse_cents
from carebook.core.vocabularies import ExpenseCategory, TripPurpose
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.caseload import Store
from carebook.ui.forms.billing_form_parts import (
    money_text,
    offer_names,
    parse_tenths,
    renamed,
    tenths_text,
)
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.widgets.file_choice import open_file_names

# -- trips ---------------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True, kw_only=True)
class TripDraft:
    """A trip as its form holds it: distances as typed."""

    on_date: date | None = None
    from_place: str = ""
    to_place: str = ""
    purpose: TripPurpose = TripPurpose.BUSINESS
    patient_id: int | None = None
    distance: str = ""
    odometer_start: str = ""
    odometer_end: str = ""
    round_trip: bool = False
    billable: bool = False
    notes: str = ""


_TRIP_NAMES = {
    "distance_tenths": "distance",
    "odometer_start_tenths": "odometer_start",
    "odometer_end_tenths": "odometer_end",
}


def trip_fields(unit: str) -> tuple[FieldSpec, ...]:
    """The trip form's fields, its distances in `unit` ("mi" or "km")."""
    return (
        FieldSpec("on_date", QT_TRANSLATE_NOOP("RecordForm", "Date"), "date", required=True),
        FieldSpec(
            "from_place",
            QT_TRANSLATE_NOOP("RecordForm", "From"),
            required=True,
            placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Home"),
        ),
        FieldSpec(
            "to_place",
            QT_TRANSLATE_NOOP("RecordForm", "To"),
            required=True,
            placeholder=QT_TRANSLATE_NOOP("RecordForm", "A place or a client"),
        ),
        FieldSpec("purpose", QT_TRANSLATE_NOOP("RecordForm", "Purpose"), "choice", TripPurpose),
        FieldSpec(
            "patient_id",
            QT_TRANSLATE_NOOP("RecordForm", "Client"),
            "patient",
            placeholder=QT_TRANSLATE_NOOP("RecordForm", "None"),
        ),
        FieldSpec(
            "distance",
            translate("RecordForm", "Distance ({unit})").format(unit=unit),
            placeholder=QT_TRANSLATE_NOOP("RecordForm", "One way, e.g. 12.5"),
            hint=QT_TRANSLATE_NOOP(
                "RecordForm", "One way; a round trip counts it twice. Or give the odometer readings"
            ),
        ),
        FieldSpec(
            "odometer_start",
            QT_TRANSLATE_NOOP("RecordForm", "Odometer at start"),
            placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 40210.4"),
        ),
        FieldSpec(
            "odometer_end",
            QT_TRANSLATE_NOOP("RecordForm", "Odometer at end"),
            placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 40222.9"),
        ),
        FieldSpec(
            "round_trip", QT_TRANSLATE_NOOP("RecordForm", "Round trip (there and back)"), "flag"
        ),
        FieldSpec("billable", QT_TRANSLATE_NOOP("RecordForm", "Bill it to the client"), "flag"),
        FieldSpec("notes", QT_TRANSLATE_NOOP("RecordForm", "Notes"), "long_text", lines=2),
    )


def trip_draft(trip: Trip) -> TripDraft:
    return TripDraft(
        on_date=trip.on_date,
        from_place=trip.from_place,
        to_place=trip.to_place,
        purpose=trip.purpose,
        patient_id=trip.patient_id,
        distance=tenths_text(trip.distance_tenths or None),
        odometer_start=tenths_text(trip.odometer_start_tenths),
        odometer_end=tenths_text(trip.odometer_end_tenths),
        round_trip=trip.round_trip,
        billable=trip.billable,
        notes=trip.notes,
    )


def trip_of(draft: TripDraft, original: Trip) -> Trip:
    if draft.on_date is None:
        raise ValidationError(translate("billing_forms", "Enter the date."), "on_date")
    start = parse_tenths(
        draft.odometer_start,
        translate("billing_forms", "The odometer at the start"),
        "odometer_start",
    )
    end = parse_tenths(
        draft.odometer_end, translate("billing_forms", "The odometer at the end"), "odometer_end"
    )
    distance = parse_tenths(draft.distance, translate("billing_forms", "The distance"), "distance")
    if distance is None and start is not None and end is not None:
        distance = end - start
    return dataclasses.replace(
        original,
        on_date=draft.on_date,
        from_place=draft.from_place.strip(),
        to_place=draft.to_place.strip(),
        purpose=draft.purpose,
        patient_id=draft.patient_id,
        distance_tenths=distance or 0,
        odometer_start_tenths=start,
        odometer_end_tenths=end,
        round_trip=draft.round_trip,
        billable=draft.billable,
        notes=draft.notes.strip(),
    )


def _trip_checked(store: Store, draft: TripDraft, original: Trip) -> None:
    trip = trip_of(draft, original)
    renamed(lambda: check_trip(trip, store.today()), _TRIP_NAMES)


class TripForm(RecordForm[TripDraft]):
    """The trip form: places completed as typed, the last distance between two places offered."""

    def __init__(self, title: str, specs: Any, record: TripDraft, **options: Any) -> None:
        super().__init__(title, specs, record, **options)
        self.store: Store = options["store_for_patients"]
        names = self.store.trips.place_names()
        for name in ("from_place", "to_place"):
            offer_names(self.editor(name), names)
            edit = self.editor(name)
            if isinstance(edit, QLineEdit):
                edit.editingFinished.connect(self._distance_known)

    def _distance_known(self) -> None:
        """Between two places driven before, the distance of last time (when none is typed)."""
        there, back, distance = (
            self.editor("from_place"),
            self.editor("to_place"),
            self.editor("distance"),
        )
        if not all(isinstance(w, QLineEdit) for w in (there, back, distance)):
            return
        assert isinstance(there, QLineEdit) and isinstance(back, QLineEdit)
        assert isinstance(distance, QLineEdit)
        if distance.text().strip() or not there.text().strip() or not back.text().strip():
            return
        known = self.store.trips.last_distance(there.text().strip(), back.text().strip())
        if known:
            distance.setText(tenths_text(known))


def trip_form(store: Store, trip: Trip, parent: QWidget | None = None) -> TripForm:
    title = (
        translate("billing_forms", "New trip")
        if trip.id is None
        else translate("billing_forms", "Edit trip")
    )
    unit = store.agreements.settings().distance_unit.short
    return TripForm(
        title,
        trip_fields(unit),
        trip_draft(trip),
        validate=lambda draft: _trip_checked(store, draft, trip),
        warn=lambda draft: "\n".join(trip_warnings(trip_of(draft, trip))) or None,
        store_for_patients=store,
        parent=parent,
    )


# -- expenses ------------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True, kw_only=True)
class ExpenseDraft:
    """An expense as its form holds it: the amount as typed, the receipt as a file's path."""

    on_date: date | None = None
    patient_id: int | None = None
    category: ExpenseCategory = ExpenseCategory.OTHER
    amount: str = ""
    billable: bool = True
    note: str = ""
    receipt: str = ""


EXPENSE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("on_date", QT_TRANSLATE_NOOP("RecordForm", "Date"), "date", required=True),
    FieldSpec(
        "patient_id",
        QT_TRANSLATE_NOOP("RecordForm", "Client"),
        "patient",
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "None"),
    ),
    FieldSpec("category", QT_TRANSLATE_NOOP("RecordForm", "Category"), "choice", ExpenseCategory),
    FieldSpec(
        "amount",
        QT_TRANSLATE_NOOP("RecordForm", "Amount"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 12.50"),
    ),
    FieldSpec("billable", QT_TRANSLATE_NOOP("RecordForm", "Bill it to the client"), "flag"),
    FieldSpec("note", QT_TRANSLATE_NOOP("RecordForm", "Note"), "long_text", lines=2),
    FieldSpec(
        "receipt",
        QT_TRANSLATE_NOOP("RecordForm", "Receipt file"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "A photo or PDF of the receipt (Choose file…)"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "A picture or a PDF; it is kept inside the caseload"),
        max_length=1000,
    ),
)


def expense_draft(expense: Expense) -> ExpenseDraft:
    return ExpenseDraft(
        on_date=expense.on_date,
        patient_id=expense.patient_id,
        category=expense.category,
        amount=money_text(expense.amount_cents or None),
        billable=expense.billable,
        note=expense.note,
    )


def expense_of(draft: ExpenseDraft, original: Expense) -> Expense:
    if draft.on_date is None:
        raise ValidationError(translate("billing_forms", "Enter the date."), "on_date")
    return dataclasses.replace(
        original,
        on_date=draft.on_date,
        patient_id=draft.patient_id,
        category=draft.category,
        amount_cents=parse_cents(draft.amount, translate("billing_forms", "The amount"), "amount"),
        billable=draft.billable,
        note=draft.note.strip(),
    )


def receipt_of(store: Store, draft: ExpenseDraft) -> Attachment | None:
    """The receipt file read (not kept yet), or None when none was chosen; the store's refusal
    (not a picture or PDF, too large) names the receipt field."""
    if not draft.receipt.strip():
        return None
    path = Path(draft.receipt.strip()).expanduser()
    try:
        return store.expenses.read_file(path)
    except ValidationError as error:
        raise ValidationError(str(error), "receipt") from None


def _expense_checked(store: Store, draft: ExpenseDraft, original: Expense) -> None:
    expense = expense_of(draft, original)
    renamed(lambda: check_expense(expense, store.today()), {"amount_cents": "amount"})
    receipt_of(store, draft)


class ExpenseForm(RecordForm[ExpenseDraft]):
    """The expense form, with a button that chooses the receipt's file."""

    def __init__(self, title: str, specs: Any, record: ExpenseDraft, **options: Any) -> None:
        super().__init__(title, specs, record, **options)
        self.choose_button = self.buttons.addButton(
            translate("billing_forms", "Choose receipt file…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_receipt)

    def choose_receipt(self) -> None:
        chosen = open_file_names(
            self,
            translate("billing_forms", "Choose the receipt"),
            "",
            translate("billing_forms", "Receipts (*.pdf *.png *.jpg *.jpeg *.heic *.webp *.gif)"),
        )
        edit = self.editor("receipt")
        if chosen and isinstance(edit, QLineEdit):
            edit.setText(chosen[0])
            edit.setFocus()


def expense_form(store: Store, expense: Expense, parent: QWidget | None = None) -> ExpenseForm:
    title = (
        translate("billing_forms", "New expense")
        if expense.id is None
        else translate("billing_forms", "Edit expense")
    )
    form = ExpenseForm(
        title,
        EXPENSE_FIELDS,
        expense_draft(expense),
        validate=lambda draft: _expense_checked(store, draft, expense),
        store_for_patients=store,
        parent=parent,
    )
    if expense.receipt_id is not None:
        kept = store.expenses.attachment(expense.receipt_id)
        edit = form.editor("receipt")
        if kept is not None and isinstance(edit, QLineEdit):
            edit.setPlaceholderText(
                translate("billing_forms", "Kept: %s (choose a file to replace it)") % kept.name
            )
    return form
