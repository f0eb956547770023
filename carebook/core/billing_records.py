"""The records of the care manager's business: time, trips, expenses, agreements, invoices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from carebook.core.vocabularies import (
    DistanceUnit,
    ExpenseCategory,
    InvoiceGrouping,
    InvoiceStatus,
    LineKind,
    PayerKind,
    PaymentMethod,
    Rounding,
    RoundingScope,
    TripPurpose,
)


@dataclass(slots=True, kw_only=True)
class Activity:
    """A kind of work time is kept for (a home visit, a phone call); the list can grow."""

    id: int | None = None
    name: str
    #: Its own hourly rate (travel at a lower one), or None for the client's or the default.
    hourly_rate_cents: int | None = None
    #: A fixed fee instead of time (an initial assessment), or None.
    flat_cents: int | None = None
    billable: bool = True
    #: No longer offered for new entries; kept on the entries that name it.
    retired: bool = False


@dataclass(slots=True, kw_only=True)
class Agreement:
    """Who pays for a client's care management, where the bill goes, and at what rates."""

    id: int | None = None
    patient_id: int
    payer_kind: PayerKind = PayerKind.CLIENT
    #: The contact who pays (a daughter, the power of attorney), when one does.
    payer_contact_id: int | None = None
    #: The payer's name as the invoice shows it (a trust, an agency), or "" for the
    #: client's or the contact's own name.
    payer_name: str = ""
    #: Where the bill goes, or "" for the payer's own address.
    billing_address: str = ""
    hourly_rate_cents: int | None = None
    #: Mileage billed to the client, in mills (tenths of a cent) a mile or kilometre.
    mileage_rate_mills: int | None = None
    #: The client's own rounding, or None for the practice's.
    rounding: Rounding | None = None
    #: What the client has paid ahead (a retainer, all told); invoices draw on it.
    retainer_cents: int = 0
    terms_days: int = 30
    notes: str = ""


@dataclass(slots=True, kw_only=True)
class TimeEntry:
    """Time spent for a client (or none: general and admin work), as it is billed."""

    id: int | None = None
    patient_id: int | None = None
    on_date: date
    started_at: datetime | None = None
    ended_at: datetime | None = None
    tz: str = "UTC"
    minutes: int
    activity: str
    billable: bool = True
    #: The hourly rate it is billed at, fixed when it is kept.
    rate_cents: int = 0
    #: A fixed fee billed instead of the time (an initial assessment), or None.
    flat_cents: int | None = None
    #: What the invoice says of it; clinical notes are kept apart.
    narrative: str = ""
    #: The visit it was kept for, when it came from a visit's check-out.
    appointment_id: int | None = None
    #: The invoice it is on (a draft, or issued: then it cannot change).
    invoice_id: int | None = None


@dataclass(slots=True, kw_only=True)
class RunningTimer:
    """The one timer running: started from the toolbar, a record or a visit's check-in, kept
    in the caseload so that a crash or a restart does not lose it."""

    id: int | None = 1  # always 1: one timer at a time
    patient_id: int | None = None
    activity: str = ""
    started_at: datetime
    tz: str = "UTC"
    appointment_id: int | None = None


@dataclass(slots=True, kw_only=True)
class Place:
    """A place trips start and end at (home, the office); clients' addresses come with them."""

    id: int | None = None
    name: str
    address: str = ""


@dataclass(slots=True, kw_only=True)
class Trip:
    """One trip of the mileage log, in tenths of the caseload's distance unit."""

    id: int | None = None
    on_date: date
    from_place: str
    to_place: str
    purpose: TripPurpose = TripPurpose.BUSINESS
    patient_id: int | None = None
    #: One way; a round trip counts twice.
    distance_tenths: int
    odometer_start_tenths: int | None = None
    odometer_end_tenths: int | None = None
    round_trip: bool = False
    #: Billed to its client at the agreement's mileage rate.
    billable: bool = False
    notes: str = ""
    #: The visit it drove to, when a day's route proposed it.
    appointment_id: int | None = None
    invoice_id: int | None = None

    @property
    def total_tenths(self) -> int:
        return self.distance_tenths * (2 if self.round_trip else 1)


@dataclass(slots=True, kw_only=True)
class MileageRate:
    """The standard rate for a year and a purpose, in mills (tenths of a cent) a unit."""

    year: int
    purpose: TripPurpose
    rate_mills: int


@dataclass(slots=True, kw_only=True)
class Expense:
    """Money spent for a client (parking, copies of records), with its receipt if kept."""

    id: int | None = None
    patient_id: int | None = None
    on_date: date
    category: ExpenseCategory = ExpenseCategory.OTHER
    amount_cents: int
    billable: bool = True
    note: str = ""
    #: The receipt's file, kept in the caseload (an attachment), or None.
    receipt_id: int | None = None
    invoice_id: int | None = None


@dataclass(slots=True, kw_only=True)
class Attachment:
    """A file kept inside the caseload (a receipt, the practice's logo)."""

    id: int | None = None
    name: str
    media_type: str
    content: bytes


@dataclass(slots=True, kw_only=True)
class Invoice:
    """A bill to a payer for a client's period; the payer and client are copied in when it is
    drafted, so an issued invoice reads the same after the contact moves."""

    id: int | None = None
    #: From one sequence that never skips or repeats; a void invoice keeps its number.
    number: int
    patient_id: int | None = None
    client_name: str = ""
    payer_name: str = ""
    payer_address: str = ""
    period_from: date
    period_to: date
    #: As stored: draft, issued or void (paid and part paid are read from its payments).
    status: InvoiceStatus = InvoiceStatus.DRAFT
    grouping: InvoiceGrouping = InvoiceGrouping.DAY
    #: How its time was rounded, in words, for the invoice to say.
    rounding_note: str = ""
    drafted_on: date
    issued_on: date | None = None
    terms_days: int = 30
    due_on: date | None = None
    voided_on: date | None = None
    void_reason: str = ""
    notes: str = ""
    #: The sum of its lines, kept with it (its lines never change once it is issued), so
    #: what is owed is read without adding up every line of every invoice.
    total_cents: int = 0


@dataclass(slots=True, kw_only=True)
class InvoiceLine:
    """One line of an invoice: a quantity (minutes, tenths of a mile or km, or items) at a
    rate in mills (tenths of a cent), and its amount in cents."""

    id: int | None = None
    invoice_id: int
    line_no: int
    kind: LineKind
    on_date: date | None = None
    description: str
    quantity: int
    unit: str
    rate_mills: int
    amount_cents: int


@dataclass(slots=True, kw_only=True)
class Payment:
    """Money received against an invoice."""

    id: int | None = None
    invoice_id: int
    paid_on: date
    amount_cents: int
    method: PaymentMethod = PaymentMethod.CHECK
    note: str = ""


@dataclass(slots=True, kw_only=True)
class BillingSettings:
    """The practice as its invoices print it, and how its time and distances are counted."""

    practice_name: str = ""
    practice_address: str = ""
    practice_phone: str = ""
    practice_email: str = ""
    #: The practice's logo (an attachment), or None.
    logo_id: int | None = None
    currency: str = "USD"
    default_hourly_cents: int = 0
    rounding: Rounding = Rounding.NONE
    rounding_scope: RoundingScope = RoundingScope.ENTRY
    distance_unit: DistanceUnit = DistanceUnit.MILE
    #: The largest receipt kept, in megabytes.
    receipt_limit_mb: int = 10
    terms_days: int = 30
