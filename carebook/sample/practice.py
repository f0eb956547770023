"""The sample's business: a solo care manager's agreements, time, trips, expenses and invoices
over the months before today, made from the sample's own visits."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from carebook.core.billing_records import (
    Agreement,
    BillingSettings,
    Expense,
    Payment,
    TimeEntry,
    Trip,
)
from carebook.core.records import Patient, spoken_name
from carebook.core.views import CaseloadBundle
from carebook.core.vocabularies import (
    AppointmentStatus,
    ContactRole,
    ExpenseCategory,
    PayerKind,
    PaymentMethod,
    Rounding,
    TripPurpose,
)

if TYPE_CHECKING:  # only fill() needs the store
    from carebook.store.caseload import Store

#: The practice the sample bills as.
PRACTICE = BillingSettings(
    practice_name="Cedar Lane Care Management",
    practice_address="214 Cedar Lane, Suite 3\nSpringfield, IL 62704",
    practice_phone="(217) 555-0148",
    practice_email="office@cedarlane.example",
    default_hourly_cents=12500,
    rounding=Rounding.SIX,
)
CALLS = (
    "Called the pharmacy about the refill",
    "Spoke with her daughter about the week",
    "Called the physician's office about the new prescription",
    "Arranged transport for the clinic appointment",
    "Followed up the home-care agency's schedule",
)
COORDINATION = (
    "Reviewed the discharge summary",
    "Set up meals at home",
    "Updated the care plan with the family's wishes",
    "Coordinated the hospital bed delivery",
)


@dataclass
class _Practice:
    rng: random.Random
    today: date
    clients: dict[int, Patient]
    rates: dict[int, int]
    #: Miles (tenths) from home to each client, one way.
    distance: dict[int, int] = field(default_factory=dict)
    odometer: int = 4_123_00  # 41,230.0 miles when the sample's months begin
    records: list[Any] = field(default_factory=list)


def build_practice(store: Store, bundle: CaseloadBundle, seed: int) -> None:
    """The sample practice's settings and agreements, the last three months' work as time and
    trips, and invoices for each finished month: paid, part paid, overdue; this month unbilled."""
    today = store.today()
    rng = random.Random(seed * 7919 + 15)
    store.agreements.set_settings(PRACTICE)
    clients = {p.id: p for p in bundle.patients if p.id is not None}
    rates = _agreements(store, bundle, rng)
    practice = _Practice(rng, today, clients, rates)
    first = (today.replace(day=1) - timedelta(days=62)).replace(day=1)
    day = first
    while day < today:
        if day.weekday() < 5:
            _work(store, practice, day)
        day += timedelta(days=1)
    store.load_records(practice.records)
    _invoices(store, practice, first)


def _agreements(store: Store, bundle: CaseloadBundle, rng: random.Random) -> dict[int, int]:
    """An agreement for each client: most pay themselves, some through a power of attorney,
    one through a trust; rates from $110 to $150 an hour."""
    attorneys = {
        member.patient_id: member.contact_id
        for member in bundle.care_team
        if member.role is ContactRole.POWER_OF_ATTORNEY
    }
    rates = {}
    agreements = []
    for at, patient in enumerate(bundle.patients):
        assert patient.id is not None
        rate = rng.choice((11000, 12500, 12500, 13500, 15000))
        rates[patient.id] = rate
        agreement = Agreement(patient_id=patient.id, hourly_rate_cents=rate, terms_days=30)
        if at == 3:
            agreement.payer_kind = PayerKind.TRUST
            agreement.payer_name = f"The {patient.family} Family Trust"
            agreement.billing_address = (
                "c/o First Prairie Bank, Trust Dept.\n100 Main St, Springfield, IL"
            )
        elif patient.id in attorneys:
            agreement.payer_kind = PayerKind.CONTACT
            agreement.payer_contact_id = attorneys[patient.id]
        if at % 9 == 5:
            agreement.retainer_cents = 50000
        agreements.append(agreement)
    store.load_records(agreements)
    return rates


def _work(store: Store, practice: _Practice, day: date) -> None:
    """One working day: the visits as time and a route of trips, calls and coordination."""
    rng = practice.rng
    visits = [
        visit
        for visit in store.visits.visits_on(day)
        if visit.patient_id in practice.clients
        and visit.status not in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
    ]
    place = "Home"
    for visit in visits:
        client = practice.clients[visit.patient_id]
        name = spoken_name(client.given, client.family)
        minutes = max(15, int((visit.end - visit.start).total_seconds() // 60))
        practice.records.append(
            TimeEntry(
                patient_id=visit.patient_id,
                on_date=day,
                started_at=visit.start.replace(tzinfo=None),
                ended_at=visit.end.replace(tzinfo=None),
                tz="America/Chicago",
                minutes=minutes,
                activity="Home visit",
                rate_cents=practice.rates[visit.patient_id],
                narrative=visit.purpose[:120],
                appointment_id=visit.appointment_id,
            )
        )
        if name != place:
            _trip(practice, day, place, name, visit.patient_id)
            place = name
    if visits:
        _trip(practice, day, place, "Home", None)
    for client_id in rng.sample(sorted(practice.clients), k=min(3, len(practice.clients))):
        if rng.random() < 0.5:
            activity, said = "Phone call", rng.choice(CALLS)
            minutes = rng.randint(6, 25)
        else:
            activity, said = "Care coordination", rng.choice(COORDINATION)
            minutes = rng.randint(15, 55)
        practice.records.append(
            TimeEntry(
                patient_id=client_id,
                on_date=day,
                minutes=minutes,
                activity=activity,
                rate_cents=practice.rates[client_id],
                narrative=said,
            )
        )
    if rng.random() < 0.4:
        practice.records.append(
            TimeEntry(
                on_date=day,
                minutes=rng.randint(20, 60),
                activity="Documentation",
                billable=False,
                narrative="Notes and billing",
            )
        )
    if visits and rng.random() < 0.15:
        visit = rng.choice(visits)
        category, cents = rng.choice(
            ((ExpenseCategory.PARKING, rng.randint(300, 1200)), (ExpenseCategory.RECORDS, 2500))
        )
        note = "Hospital parking" if category is ExpenseCategory.PARKING else "Copies of records"
        practice.records.append(
            Expense(
                patient_id=visit.patient_id,
                on_date=day,
                category=category,
                amount_cents=cents,
                note=note,
            )
        )


def _trip(practice: _Practice, day: date, start: str, end: str, client: int | None) -> None:
    rng = practice.rng
    if start == "Home" and client is not None:
        tenths = practice.distance.setdefault(client, rng.randint(25, 140))
    elif end == "Home":
        tenths = rng.randint(25, 140)
    else:
        tenths = rng.randint(15, 90)
    begin = practice.odometer
    practice.odometer += tenths
    practice.records.append(
        Trip(
            on_date=day,
            from_place=start,
            to_place=end,
            purpose=TripPurpose.BUSINESS,
            patient_id=client,
            distance_tenths=tenths,
            odometer_start_tenths=begin,
            odometer_end_tenths=practice.odometer,
            billable=client is not None,
        )
    )


def _invoices(store: Store, practice: _Practice, first: date) -> None:
    """Each finished month invoiced on the 1st of the next: the oldest paid (one left
    overdue), last month's part paid or still current; this month's work unbilled."""
    rng = practice.rng
    month = first
    this_month = practice.today.replace(day=1)
    while month < this_month:
        last = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        issued = last + timedelta(days=1)
        newest = issued == this_month
        for client_id in sorted(practice.clients):
            if not store.time.entries(client_id, month, last, unbilled=True):
                continue
            invoice = store.invoices.draft(client_id, month, last, on=issued)
            store.invoices.issue(invoice, on=issued)
            total = store.invoices.view(invoice).total_cents
            assert invoice.id is not None
            late = rng.random()
            paid_on = issued + timedelta(days=rng.randint(8, 26))
            if (newest and late < 0.5) or (not newest and late < 0.08) or total <= 0:
                continue  # still owed
            amount = total if newest or late > 0.15 else total // 2
            if paid_on < practice.today:
                store.invoices.add_payment(
                    Payment(
                        invoice_id=invoice.id,
                        paid_on=paid_on,
                        amount_cents=amount,
                        method=rng.choice((PaymentMethod.CHECK, PaymentMethod.TRANSFER)),
                    )
                )
        month = issued
