"""The small billing forms: which invoice to draft, a payment received, why an invoice is void,
an activity with its rate, a place trips start and end at."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from carebook.core.billing_records import Activity, Payment, Place
from carebook.core.billing_rules import check_activity, check_payment, check_place
from carebook.core.errors import ValidationError
from carebook.core.money import parse_cents
from carebook.core.vocabularies import InvoiceGrouping, PaymentMethod
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.caseload import Store
from carebook.ui.forms.billing_form_parts import money_text, renamed
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.record_form import RecordForm

# -- drafting an invoice -------------------------------------------------------------------------


@dataclasses.dataclass(slots=True, kw_only=True)
class DraftRequest:
    """Whose invoice, for which days, its time gathered by day or by activity."""

    patient_id: int | None = None
    period_from: date | None = None
    period_to: date | None = None
    grouping: InvoiceGrouping = InvoiceGrouping.DAY


DRAFT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("patient_id", QT_TRANSLATE_NOOP("RecordForm", "Client"), "patient", required=True),
    FieldSpec("period_from", QT_TRANSLATE_NOOP("RecordForm", "From"), "date", required=True),
    FieldSpec("period_to", QT_TRANSLATE_NOOP("RecordForm", "To"), "date", required=True),
    FieldSpec(
        "grouping",
        QT_TRANSLATE_NOOP("RecordForm", "Time lines"),
        "choice",
        InvoiceGrouping,
        hint=QT_TRANSLATE_NOOP("RecordForm", "A line for each day, or a line for each activity"),
    ),
)


def last_month(today: date) -> tuple[date, date]:
    """The first and last day of the month before `today`'s."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def _draft_checked(request: DraftRequest) -> None:
    if request.patient_id is None:
        raise ValidationError(
            translate("billing_forms", "Choose the client to bill."), "patient_id"
        )
    if request.period_from and request.period_to and request.period_to < request.period_from:
        raise ValidationError(
            translate("billing_forms", "The period ends on or after its first day."), "period_to"
        )


def draft_request_form(
    store: Store, request: DraftRequest, parent: QWidget | None = None
) -> RecordForm[DraftRequest]:
    return RecordForm(
        translate("billing_forms", "Draft invoice"),
        DRAFT_FIELDS,
        request,
        validate=_draft_checked,
        store_for_patients=store,
        parent=parent,
    )


# -- a payment -----------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True, kw_only=True)
class PaymentDraft:
    paid_on: date | None = None
    amount: str = ""
    method: PaymentMethod = PaymentMethod.CHECK
    note: str = ""


PAYMENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("paid_on", QT_TRANSLATE_NOOP("RecordForm", "Paid on"), "date", required=True),
    FieldSpec(
        "amount",
        QT_TRANSLATE_NOOP("RecordForm", "Amount"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 250.00"),
    ),
    FieldSpec("method", QT_TRANSLATE_NOOP("RecordForm", "Method"), "choice", PaymentMethod),
    FieldSpec(
        "note",
        QT_TRANSLATE_NOOP("RecordForm", "Note"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. check number 1042"),
    ),
)


def payment_of(draft: PaymentDraft, invoice_id: int) -> Payment:
    if draft.paid_on is None:
        raise ValidationError(translate("billing_forms", "Enter the day it was paid."), "paid_on")
    return Payment(
        invoice_id=invoice_id,
        paid_on=draft.paid_on,
        amount_cents=parse_cents(draft.amount, translate("billing_forms", "The amount"), "amount"),
        method=draft.method,
        note=draft.note.strip(),
    )


def payment_form(
    store: Store, invoice_id: int, owed_cents: int, title: str, parent: QWidget | None = None
) -> RecordForm[PaymentDraft]:
    """A payment against invoice `invoice_id`, its amount what is owed to begin with."""

    def validate(draft: PaymentDraft) -> None:
        payment = payment_of(draft, invoice_id)
        renamed(lambda: check_payment(payment, store.today()), {"amount_cents": "amount"})

    return RecordForm(
        title,
        PAYMENT_FIELDS,
        PaymentDraft(paid_on=store.today(), amount=money_text(owed_cents or None)),
        validate=validate,
        parent=parent,
    )


# -- voiding -------------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True, kw_only=True)
class VoidReason:
    reason: str = ""


def void_form(title: str, parent: QWidget | None = None) -> RecordForm[VoidReason]:
    def validate(answer: VoidReason) -> None:
        if not answer.reason.strip():
            raise ValidationError(
                translate("billing_forms", "Say why it is void (kept with the invoice)."), "reason"
            )

    return RecordForm(
        title,
        (
            FieldSpec(
                "reason",
                QT_TRANSLATE_NOOP("RecordForm", "Why"),
                required=True,
                placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Billed to the wrong payer"),
                hint=QT_TRANSLATE_NOOP(
                    "RecordForm", "Kept with the invoice; its number stays, marked void"
                ),
            ),
        ),
        VoidReason(),
        validate=validate,
        parent=parent,
    )


# -- activities and places ----------------------------------------------------------------------


@dataclasses.dataclass(slots=True, kw_only=True)
class ActivityDraft:
    name: str = ""
    rate: str = ""
    flat: str = ""
    billable: bool = True
    retired: bool = False


ACTIVITY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("RecordForm", "Name"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Home visit"),
        max_length=80,
    ),
    FieldSpec(
        "rate",
        QT_TRANSLATE_NOOP("RecordForm", "Hourly rate"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "The client's or the practice's"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm",
            "Its own hourly rate (travel at a lower one); empty for the client's or the default",
        ),
    ),
    FieldSpec(
        "flat",
        QT_TRANSLATE_NOOP("RecordForm", "Fixed fee"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "None"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "A fee instead of time, if any"),
    ),
    FieldSpec("billable", QT_TRANSLATE_NOOP("RecordForm", "Billable"), "flag"),
    FieldSpec("retired", QT_TRANSLATE_NOOP("RecordForm", "Retired (no longer offered)"), "flag"),
)


def activity_of(draft: ActivityDraft, original: Activity) -> Activity:
    rate = (
        parse_cents(draft.rate, translate("billing_forms", "The hourly rate"), "rate")
        if draft.rate.strip()
        else None
    )
    flat = (
        parse_cents(draft.flat, translate("billing_forms", "The fixed fee"), "flat")
        if draft.flat.strip()
        else None
    )
    return dataclasses.replace(
        original,
        name=draft.name.strip(),
        hourly_rate_cents=rate,
        flat_cents=flat,
        billable=draft.billable,
        retired=draft.retired,
    )


def activity_form(activity: Activity, parent: QWidget | None = None) -> RecordForm[ActivityDraft]:
    def validate(draft: ActivityDraft) -> None:
        made = activity_of(draft, activity)
        renamed(lambda: check_activity(made), {"hourly_rate_cents": "rate", "flat_cents": "flat"})

    return RecordForm(
        translate("billing_forms", "New activity")
        if activity.id is None
        else translate("billing_forms", "Edit activity"),
        ACTIVITY_FIELDS,
        ActivityDraft(
            name=activity.name,
            rate=money_text(activity.hourly_rate_cents),
            flat=money_text(activity.flat_cents),
            billable=activity.billable,
            retired=activity.retired,
        ),
        validate=validate,
        parent=parent,
    )


PLACE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("RecordForm", "Name"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Office"),
        max_length=80,
    ),
    FieldSpec(
        "address",
        QT_TRANSLATE_NOOP("RecordForm", "Address"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "Optional"),
    ),
)


def place_form(place: Place, parent: QWidget | None = None) -> RecordForm[Place]:
    return RecordForm(
        translate("billing_forms", "New place")
        if place.id is None
        else translate("billing_forms", "Edit place"),
        PLACE_FIELDS,
        place,
        validate=check_place,
        parent=parent,
    )
