"""The care manager's business in the caseload: time, the timer, trips, expenses and invoices
as the file keeps them, refusals included."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.billing_records import (
    Agreement,
    BillingSettings,
    Expense,
    Payment,
    RunningTimer,
    TimeEntry,
    Trip,
)
from carebook.core.errors import SaveError, ValidationError
from carebook.core.records import Contact, Patient
from carebook.core.vocabularies import (
    DistanceUnit,
    InvoiceStatus,
    PayerKind,
    Rounding,
    RoundingScope,
    TripPurpose,
)
from carebook.store.caseload import Store

NOW = datetime(2026, 12, 7, 10, 0)
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: NOW)
    yield opened
    opened.close()


def _client(store: Store, family: str = "Smith", rate: int | None = 12500) -> int:
    patient = store.patients.add_patient(
        Patient(given="Ann", family=family, address_line="1 Elm St", city="Springfield")
    )
    assert patient.id is not None
    if rate is not None:
        store.agreements.add_agreement(Agreement(patient_id=patient.id, hourly_rate_cents=rate))
    return patient.id


def _time(store: Store, client: int, day: int = 1, minutes: int = 60, **more: object) -> TimeEntry:
    rate = store.time.rate(client, "Home visit")
    entry = TimeEntry(
        patient_id=client,
        on_date=date(2026, 12, day),
        minutes=minutes,
        activity="Home visit",
        rate_cents=rate.hourly_cents,
        **more,  # type: ignore[arg-type]
    )
    return store.time.add_time_entry(entry)


def _numbers(store: Store) -> list[tuple[int, str]]:
    return [
        (number, status)
        for number, status in store.conn.execute(
            "SELECT number, status FROM invoice ORDER BY number"
        )
    ]


def test_a_new_caseload_knows_the_activities_places_and_standard_rates(store: Store) -> None:
    names = [activity.name for activity in store.time.activities()]
    assert "Home visit" in names and "Family meeting" in names and len(names) == 8
    assert [place.name for place in store.trips.places()] == ["Home", "Office"]
    assert store.trips.rate(2026, TripPurpose.BUSINESS) == 725
    assert store.trips.rate(2026, TripPurpose.MEDICAL) == 205
    assert store.trips.rate(2026, TripPurpose.CHARITABLE) == 140
    assert store.trips.rate(2025, TripPurpose.BUSINESS) == 700
    # A year whose rates are not out yet bills at the latest known.
    assert store.trips.rate(2027, TripPurpose.BUSINESS) == 725


def test_a_rate_comes_from_the_activity_then_the_agreement_then_the_default(store: Store) -> None:
    client = _client(store, rate=15000)
    other = _client(store, "Jones", rate=None)
    settings = store.agreements.settings()
    settings.default_hourly_cents = 10000
    store.agreements.set_settings(settings)
    assert store.time.rate(client, "Home visit").hourly_cents == 15000
    assert store.time.rate(other, "Home visit").source == "default"
    travel = store.time.activity("travel")
    assert travel is not None
    travel.hourly_rate_cents = 6000
    store.time.save_activity(travel)
    assert store.time.rate(client, "Travel").hourly_cents == 6000


def test_a_draft_bills_the_periods_unbilled_work_once(store: Store) -> None:
    client = _client(store)
    _time(store, client, 1, 50)
    _time(store, client, 2, 7)
    store.trips.add_trip(
        Trip(
            on_date=date(2026, 12, 1),
            from_place="Home",
            to_place="Ann Smith",
            distance_tenths=124,
            round_trip=True,
            patient_id=client,
            billable=True,
        )
    )
    store.expenses.add_expense(
        Expense(patient_id=client, on_date=date(2026, 12, 3), amount_cents=1200)
    )
    invoice = store.invoices.draft(client, *DECEMBER)
    view = store.invoices.view(invoice)
    assert [line.amount_cents for line in view.lines] == [10417, 1458, 1798, 1200]
    assert view.total_cents == 14873
    assert invoice.number == 1 and invoice.payer_name == "Ann Smith"
    assert invoice.payer_address == "1 Elm St, Springfield"
    with pytest.raises(ValidationError, match="no unbilled time"):
        store.invoices.draft(client, *DECEMBER)


def test_the_payer_is_the_agreements_contact_at_the_address_given(store: Store) -> None:
    client = _client(store)
    daughter = store.contacts.add_contact(
        Contact(name="Beth Smith", role="power_of_attorney", address="9 Oak Rd, Shelbyville")  # type: ignore[arg-type]
    )
    agreement = store.agreements.agreement(client)
    assert agreement is not None
    agreement.payer_kind = PayerKind.CONTACT
    agreement.payer_contact_id = daughter.id
    store.agreements.save_agreement(agreement)
    assert store.agreements.payer(client).name == "Beth Smith"
    assert store.agreements.payer(client).address == "9 Oak Rd, Shelbyville"
    agreement.payer_kind = PayerKind.TRUST
    with pytest.raises(ValidationError, match="Name the trust"):
        store.agreements.save_agreement(agreement)


def test_issuing_freezes_what_it_bills_until_it_is_voided(store: Store) -> None:
    client = _client(store)
    entry = _time(store, client)
    invoice = store.invoices.issue(store.invoices.draft(client, *DECEMBER))
    assert invoice.due_on == date(2027, 1, 6)
    entry.minutes = 5
    with pytest.raises(ValidationError, match="billed on invoice 1"):
        store.time.save_time_entry(entry)
    with pytest.raises(ValidationError, match="billed on invoice 1"):
        store.time.delete_time_entry(entry.id or 0)
    # The file itself refuses, whatever writes to it.
    with pytest.raises(sqlite3.IntegrityError, match="void it"):
        store.conn.execute("UPDATE time_entry SET minutes = 5")
    with pytest.raises(ValidationError, match="was issued"):
        store.invoices.issue(invoice)
    store.invoices.void(invoice, "Wrong client")
    store.time.save_time_entry(entry)  # unbilled again, so it may change
    assert store.time.entries(client, unbilled=True)[0].minutes == 5
    assert _numbers(store) == [(1, "void")]
    again = store.invoices.draft(client, *DECEMBER)
    assert again.number == 2


def test_numbers_never_skip_or_repeat_through_undo(store: Store) -> None:
    client = _client(store)
    other = _client(store, "Jones")
    _time(store, client)
    _time(store, other)
    first = store.invoices.draft(client, *DECEMBER)
    second = store.invoices.draft(other, *DECEMBER)
    # Undoing the first draft (putting back "no invoice 1") would leave a gap: refused whole.
    with pytest.raises(SaveError, match="gap in the invoice numbers"):
        store.restore("invoice", first.id or 0, None)
    assert _numbers(store) == [(1, "draft"), (2, "draft")]
    with pytest.raises(ValidationError, match="not the latest"):
        store.invoices.delete_draft(first.id or 0)
    # The latest draft may go; its number is the next one's.
    store.restore("invoice", second.id or 0, None)
    assert _numbers(store) == [(1, "draft")]
    assert store.time.entries(other, unbilled=True)  # its time is unbilled again
    assert store.invoices.draft(other, *DECEMBER).number == 2


def test_an_issued_invoice_cannot_be_undone_back_to_a_draft(store: Store) -> None:
    client = _client(store)
    _time(store, client)
    invoice = store.invoices.draft(client, *DECEMBER)
    before = store.snapshot("invoice", invoice.id or 0)
    store.invoices.issue(invoice)
    with pytest.raises(SaveError, match="stays as it is"):
        store.restore("invoice", invoice.id or 0, before)
    assert _numbers(store) == [(1, "issued")]


def test_payments_part_pay_pay_and_overpay_into_a_credit(store: Store) -> None:
    client = _client(store)
    _time(store, client, 1, 120)  # $250.00
    invoice = store.invoices.draft(client, *DECEMBER)
    with pytest.raises(ValidationError, match="issue it first"):
        store.invoices.add_payment(
            Payment(invoice_id=invoice.id or 0, paid_on=NOW.date(), amount_cents=100)
        )
    store.invoices.issue(invoice)
    store.invoices.add_payment(
        Payment(invoice_id=invoice.id or 0, paid_on=NOW.date(), amount_cents=10000)
    )
    assert store.invoices.view(invoice).standing.status is InvoiceStatus.PART_PAID
    assert store.invoices.view(invoice).standing.balance_cents == 15000
    extra = store.invoices.add_payment(
        Payment(invoice_id=invoice.id or 0, paid_on=NOW.date(), amount_cents=20000)
    )
    view = store.invoices.view(invoice)
    assert view.standing.status is InvoiceStatus.PAID
    assert view.standing.balance_cents == 0 and view.standing.credit_cents == 5000
    assert "$50.00 more than invoice 1 owed" in store.invoices.credit_said(extra)
    # The credit is drawn on by her next invoice.
    assert store.invoices.retainer_left(client) == 5000
    _time(store, client, 5, 60)
    nxt = store.invoices.view(store.invoices.draft(client, *DECEMBER))
    assert nxt.lines[-1].amount_cents == -5000 and nxt.total_cents == 7500
    with pytest.raises(ValidationError, match="remove the payments"):
        store.invoices.void(invoice, "")


def test_a_retainer_is_drawn_on_and_given_back_when_the_invoice_is_voided(store: Store) -> None:
    client = _client(store)
    agreement = store.agreements.agreement(client)
    assert agreement is not None
    agreement.retainer_cents = 10000
    store.agreements.save_agreement(agreement)
    _time(store, client, 1, 120)
    invoice = store.invoices.draft(client, *DECEMBER)
    assert store.invoices.view(invoice).total_cents == 15000
    assert store.invoices.retainer_left(client) == 0
    store.invoices.void(invoice, "redo")
    assert store.invoices.retainer_left(client) == 10000


def test_rounding_follows_the_client_then_the_practice(store: Store) -> None:
    client = _client(store)
    settings = store.agreements.settings()
    settings.rounding, settings.rounding_scope = Rounding.FIFTEEN, RoundingScope.DAY
    store.agreements.set_settings(settings)
    _time(store, client, 1, 20)
    _time(store, client, 1, 20)
    invoice = store.invoices.draft(client, *DECEMBER)
    assert store.invoices.view(invoice).lines[0].quantity == 45  # 40 minutes, the day rounded up
    assert "each day's total" in invoice.rounding_note


def test_the_timer_outlives_the_window_and_stops_into_an_entry(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    first = Store.open(path, clock=lambda: NOW)
    client = _client(first)
    first.time.start_timer(RunningTimer(patient_id=client, activity="Phone call", started_at=NOW))
    with pytest.raises(ValidationError, match="running since 10:00"):
        first.time.start_timer(RunningTimer(started_at=NOW))
    first.close()
    later = Store.open(path, clock=lambda: datetime(2026, 12, 7, 10, 42))
    timer = later.time.timer()
    assert timer is not None and timer.started_at == NOW and timer.patient_id == client
    entry = later.time.timed_entry(timer, later.clock())
    entry.narrative = "Called the pharmacy about the refill"
    later.time.stop_timer(entry)
    assert later.time.timer() is None
    kept = later.time.entries(client)
    assert [(e.minutes, e.activity, e.rate_cents, e.narrative) for e in kept] == [
        (42, "Phone call", 12500, "Called the pharmacy about the refill")
    ]
    later.close()


def test_trips_refuse_what_cannot_be_driven(store: Store) -> None:
    day = date(2026, 12, 1)
    with pytest.raises(ValidationError, match="below its start"):
        store.trips.add_trip(
            Trip(
                on_date=day,
                from_place="Home",
                to_place="Office",
                distance_tenths=0,
                odometer_start_tenths=5000,
                odometer_end_tenths=4000,
            )
        )
    kept = store.trips.add_trip(
        Trip(
            on_date=day,
            from_place="Home",
            to_place="Office",
            distance_tenths=0,
            odometer_start_tenths=5000,
            odometer_end_tenths=5123,
        )
    )
    assert kept.distance_tenths == 123
    with pytest.raises(ValidationError, match="Give the distance"):
        store.trips.add_trip(
            Trip(on_date=day, from_place="Home", to_place="Office", distance_tenths=0)
        )
    assert store.trips.last_distance("Office", "Home") == 123


def test_a_days_route_is_proposed_as_trips_from_home_and_back(store: Store) -> None:
    ann = _client(store)
    bob = _client(store, "Jones")
    store.trips.add_trip(
        Trip(
            on_date=date(2026, 11, 30), from_place="Home", to_place="Ann Smith", distance_tenths=52
        )
    )
    legs = store.trips.proposed_trips(date(2026, 12, 1), [(1, ann), (2, bob)])
    assert [(leg.trip.from_place, leg.trip.to_place) for leg in legs] == [
        ("Home", "Ann Smith"),
        ("Ann Smith", "Ann Jones"),
        ("Ann Jones", "Home"),
    ]
    assert legs[0].known_distance and legs[0].trip.distance_tenths == 52
    assert not legs[1].known_distance
    assert [leg.trip.patient_id for leg in legs] == [ann, bob, None]


def test_receipts_are_pictures_or_pdfs_within_the_limit(store: Store, tmp_path: Path) -> None:
    receipt = tmp_path / "parking.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    kept = store.expenses.add_attachment(store.expenses.read_file(receipt))
    assert store.expenses.attachment(kept.id or 0) is not None
    text = tmp_path / "notes.txt"
    text.write_text("x")
    with pytest.raises(ValidationError, match="not a picture or a PDF"):
        store.expenses.read_file(text)
    big = tmp_path / "scan.jpg"
    big.write_bytes(b"\0" * (11 * 1024 * 1024))
    with pytest.raises(ValidationError, match="up to 10 MB"):
        store.expenses.read_file(big)


def test_the_distance_unit_is_fixed_once_trips_are_logged(store: Store) -> None:
    settings = store.agreements.settings()
    settings.distance_unit = DistanceUnit.KILOMETRE
    store.agreements.set_settings(settings)
    assert store.agreements.settings().distance_unit is DistanceUnit.KILOMETRE
    store.trips.add_trip(
        Trip(on_date=date(2026, 12, 1), from_place="Home", to_place="Office", distance_tenths=10)
    )
    settings.distance_unit = DistanceUnit.MILE
    with pytest.raises(ValidationError, match="logged in kilometres"):
        store.agreements.set_settings(settings)
    assert store.agreements.settings() == BillingSettings(distance_unit=DistanceUnit.KILOMETRE)


def test_a_deleted_client_leaves_her_invoices_for_the_record(store: Store) -> None:
    client = _client(store)
    _time(store, client)
    store.invoices.issue(store.invoices.draft(client, *DECEMBER))
    store.patients.delete_patient(client)
    invoice = store.invoices.by_number(1)
    assert invoice.patient_id is None and invoice.client_name == "Ann Smith"
    assert store.invoices.view(invoice).total_cents == 12500


def test_what_is_owing_is_every_issued_invoice_not_paid_in_full(store: Store) -> None:
    clients = [_client(store, family) for family in ("Smith", "Jones", "Brown", "Green")]
    for client in clients:
        _time(store, client)
    # Drafted and issued on 1 October, so 37 days past due on 7 December.
    invoices = [store.invoices.draft(c, *DECEMBER, on=date(2026, 10, 1)) for c in clients]
    for invoice in invoices[:3]:
        store.invoices.issue(invoice, on=date(2026, 10, 1))
    paid = [invoices[0].id, invoices[1].id]
    store.invoices.add_payment(
        Payment(invoice_id=paid[0] or 0, paid_on=NOW.date(), amount_cents=12500)
    )
    store.invoices.add_payment(
        Payment(invoice_id=paid[1] or 0, paid_on=NOW.date(), amount_cents=100)
    )
    owing = store.invoices.owing()
    assert [(i.number, s.balance_cents, s.days_overdue) for i, s in owing] == [
        (2, 12400, 37),
        (3, 12500, 37),
    ]
    expected = [
        (i.number, s.balance_cents)
        for i, s in reversed(store.invoices.standings())
        if s.status in (InvoiceStatus.ISSUED, InvoiceStatus.PART_PAID)
    ]
    assert [(i.number, s.balance_cents) for i, s in owing] == expected


def test_a_payment_is_not_dated_before_its_invoice_was_issued(store: Store) -> None:
    client = _client(store)
    _time(store, client)
    invoice = store.invoices.issue(store.invoices.draft(client, *DECEMBER), on=date(2026, 12, 7))
    early = Payment(invoice_id=invoice.id or 0, paid_on=date(2026, 12, 6), amount_cents=100)
    with pytest.raises(ValidationError, match="issued on 07 Dec 2026"):
        store.invoices.add_payment(early)


def test_a_timer_started_by_mistake_is_discarded_keeping_no_time(store: Store) -> None:
    store.time.start_timer(RunningTimer(started_at=NOW))
    store.time.discard_timer()
    assert store.time.timer() is None and store.time.entries() == []
    with pytest.raises(ValidationError, match="No timer"):
        store.time.discard_timer()
