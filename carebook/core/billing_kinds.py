"""The kinds of the care manager's business records, declared for the kind registry (kinds.py)."""

from __future__ import annotations

from carebook.core import billing_rules as rules
from carebook.core.billing_records import (
    Activity,
    Agreement,
    Attachment,
    Expense,
    Invoice,
    InvoiceLine,
    Payment,
    Place,
    RunningTimer,
    TimeEntry,
    Trip,
)
from carebook.core.kind import Absent, Kind, no_today
from carebook.core.words import QT_TRANSLATE_NOOP

#: Billing is the practice's own business, not part of the care record shared with other carers.
_NO_FHIR = Absent("billing is the practice's own, not part of a care record FHIR carries")
_BILLING_TAB = Absent("shown in the Billing tab and the patient's record, not a list tab")
_OWN = Absent("the practice's own, whoever the client")


def _kind(
    name: str,
    record: type,
    table: str,
    label: str,
    plural: str,
    check: object,
    part: str,
    *,
    owner: tuple[str, str] | None = None,
    undo_root: str | None = None,
    duplicate: str = "each is its own, kept once",
    shared: bool | Absent = True,
    clinical: tuple[str, ...] = (),
) -> Kind:
    return Kind(
        name=name,
        record=record,
        table=table,
        label_text=label,
        plural_text=plural,
        owner=owner[0] if owner else _OWN,
        owner_field=owner[1] if owner else _OWN,
        check=check,  # type: ignore[arg-type]
        duplicate_key=Absent(duplicate),
        listing=_BILLING_TAB,
        undo_root=undo_root or name,
        fhir=_NO_FHIR,
        part=part,
        shared=shared,
        clinical=clinical,
    )


_PATIENT = ("patient", "patient_id")

BILLING_KINDS: tuple[Kind, ...] = (
    _kind(
        "activity",
        Activity,
        "billing_activity",
        QT_TRANSLATE_NOOP("Kinds", "activity"),
        QT_TRANSLATE_NOOP("Kinds", "activities"),
        no_today(rules.check_activity),
        "time",
        duplicate="an activity's name is its own (the file keeps names unique)",
    ),
    _kind(
        "agreement",
        Agreement,
        "agreement",
        QT_TRANSLATE_NOOP("Kinds", "billing agreement"),
        QT_TRANSLATE_NOOP("Kinds", "billing agreements"),
        no_today(rules.check_agreement),
        "agreements",
        owner=_PATIENT,
        duplicate="a client has one agreement (the file keeps it so)",
    ),
    _kind(
        "time_entry",
        TimeEntry,
        "time_entry",
        QT_TRANSLATE_NOOP("Kinds", "time entry"),
        QT_TRANSLATE_NOOP("Kinds", "time entries"),
        rules.check_time_entry,
        "time",
        owner=_PATIENT,
    ),
    _kind(
        "running_timer",
        RunningTimer,
        "running_timer",
        QT_TRANSLATE_NOOP("Kinds", "running timer"),
        QT_TRANSLATE_NOOP("Kinds", "running timers"),
        no_today(rules.check_timer),
        "time",
        owner=_PATIENT,
        duplicate="there is one timer at a time",
        shared=Absent("a timer runs on the computer it was started on"),
    ),
    _kind(
        "place",
        Place,
        "place",
        QT_TRANSLATE_NOOP("Kinds", "place"),
        QT_TRANSLATE_NOOP("Kinds", "places"),
        no_today(rules.check_place),
        "trips",
        duplicate="a place's name is its own (the file keeps names unique)",
    ),
    _kind("trip", Trip, "trip", "trip", "trips", rules.check_trip, "trips", owner=_PATIENT),
    _kind(
        "expense",
        Expense,
        "expense",
        QT_TRANSLATE_NOOP("Kinds", "expense"),
        QT_TRANSLATE_NOOP("Kinds", "expenses"),
        rules.check_expense,
        "expenses",
        owner=_PATIENT,
    ),
    _kind(
        "attachment",
        Attachment,
        "attachment",
        QT_TRANSLATE_NOOP("Kinds", "attached file"),
        QT_TRANSLATE_NOOP("Kinds", "attached files"),
        no_today(lambda _attachment: None),
        "expenses",
        clinical=("*",),
    ),
    _kind(
        "invoice",
        Invoice,
        "invoice",
        QT_TRANSLATE_NOOP("Kinds", "invoice"),
        QT_TRANSLATE_NOOP("Kinds", "invoices"),
        no_today(rules.check_invoice),
        "invoices",
        owner=_PATIENT,
        duplicate="an invoice's number is its own (the file keeps numbers unique)",
    ),
    _kind(
        "invoice_line",
        InvoiceLine,
        "invoice_line",
        QT_TRANSLATE_NOOP("Kinds", "invoice line"),
        QT_TRANSLATE_NOOP("Kinds", "invoice lines"),
        no_today(rules.check_invoice_line),
        "invoices",
        owner=("invoice", "invoice_id"),
        undo_root="invoice",
    ),
    _kind(
        "payment",
        Payment,
        "payment",
        QT_TRANSLATE_NOOP("Kinds", "payment"),
        QT_TRANSLATE_NOOP("Kinds", "payments"),
        rules.check_payment,
        "invoices",
        owner=("invoice", "invoice_id"),
    ),
)
