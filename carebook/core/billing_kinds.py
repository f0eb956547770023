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
) -> Kind:
    return Kind(
        name=name,
        record=record,
        table=table,
        label=label,
        plural=plural,
        owner=owner[0] if owner else _OWN,
        owner_field=owner[1] if owner else _OWN,
        check=check,  # type: ignore[arg-type]
        duplicate_key=Absent(duplicate),
        listing=_BILLING_TAB,
        undo_root=undo_root or name,
        fhir=_NO_FHIR,
        part=part,
    )


_PATIENT = ("patient", "patient_id")

BILLING_KINDS: tuple[Kind, ...] = (
    _kind(
        "activity",
        Activity,
        "billing_activity",
        "activity",
        "activities",
        no_today(rules.check_activity),
        "time",
        duplicate="an activity's name is its own (the file keeps names unique)",
    ),
    _kind(
        "agreement",
        Agreement,
        "agreement",
        "billing agreement",
        "billing agreements",
        no_today(rules.check_agreement),
        "agreements",
        owner=_PATIENT,
        duplicate="a client has one agreement (the file keeps it so)",
    ),
    _kind(
        "time_entry",
        TimeEntry,
        "time_entry",
        "time entry",
        "time entries",
        rules.check_time_entry,
        "time",
        owner=_PATIENT,
    ),
    _kind(
        "running_timer",
        RunningTimer,
        "running_timer",
        "running timer",
        "running timers",
        no_today(rules.check_timer),
        "time",
        owner=_PATIENT,
        duplicate="there is one timer at a time",
    ),
    _kind(
        "place",
        Place,
        "place",
        "place",
        "places",
        no_today(rules.check_place),
        "trips",
        duplicate="a place's name is its own (the file keeps names unique)",
    ),
    _kind("trip", Trip, "trip", "trip", "trips", rules.check_trip, "trips", owner=_PATIENT),
    _kind(
        "expense",
        Expense,
        "expense",
        "expense",
        "expenses",
        rules.check_expense,
        "expenses",
        owner=_PATIENT,
    ),
    _kind(
        "attachment",
        Attachment,
        "attachment",
        "attached file",
        "attached files",
        no_today(lambda _attachment: None),
        "expenses",
    ),
    _kind(
        "invoice",
        Invoice,
        "invoice",
        "invoice",
        "invoices",
        no_today(rules.check_invoice),
        "invoices",
        owner=_PATIENT,
        duplicate="an invoice's number is its own (the file keeps numbers unique)",
    ),
    _kind(
        "invoice_line",
        InvoiceLine,
        "invoice_line",
        "invoice line",
        "invoice lines",
        no_today(rules.check_invoice_line),
        "invoices",
        owner=("invoice", "invoice_id"),
        undo_root="invoice",
    ),
    _kind(
        "payment",
        Payment,
        "payment",
        "payment",
        "payments",
        rules.check_payment,
        "invoices",
        owner=("invoice", "invoice_id"),
    ),
)
