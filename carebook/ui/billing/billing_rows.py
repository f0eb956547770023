"""The rows the Billing tab's tables show, read from the store: time, trips, expenses, invoices
and what each client owes by age."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from carebook.core.billing_records import Invoice, TimeEntry
from carebook.core.calendar_words import day_month, day_text
from carebook.core.invoicing import AGES, Standing, age_column
from carebook.core.money import cents_for, hourly_mills
from carebook.core.vocabularies import ExpenseCategory, InvoiceStatus, TripPurpose
from carebook.core.words import translate
from carebook.store.caseload import Store


class Names:
    """Clients' names by id, read once for a load of rows."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.known: dict[int, str] = {}

    def __call__(self, patient_id: int | None) -> str:
        if patient_id is None:
            # Who general and admin time is for, in the client column.
            return translate("Billing", "(general)")
        if patient_id not in self.known:
            patient = self.store.patients.patient(patient_id)
            self.known[patient_id] = patient.display_name if patient else f"#{patient_id}"
        return self.known[patient_id]


class Numbers:
    """Invoices' numbers and states by id, read once for a load of rows."""

    def __init__(self, store: Store) -> None:
        self.by_id = {i.id: i for i in store.invoices.invoices() if i.id is not None}

    def number(self, invoice_id: int | None) -> int | None:
        invoice = self.by_id.get(invoice_id) if invoice_id is not None else None
        return invoice.number if invoice else None

    def issued(self, invoice_id: int | None) -> bool:
        invoice = self.by_id.get(invoice_id) if invoice_id is not None else None
        return invoice is not None and invoice.status is InvoiceStatus.ISSUED


@dataclass(frozen=True, slots=True)
class Period:
    """The days a view shows (None at either end: open)."""

    first: date | None
    last: date | None


@dataclass(frozen=True, slots=True)
class TimeRow:
    id: int
    on_date: date
    client: str
    activity: str
    minutes: int
    billable: bool
    rate_cents: int
    amount_cents: int
    narrative: str
    invoice: int | None
    billed: bool  # on an issued invoice: it cannot change


def entry_cents(entry: TimeEntry) -> int:
    """What an entry bills before rounding: its fixed fee, or its minutes at its rate."""
    if entry.flat_cents is not None:
        return entry.flat_cents
    return cents_for(entry.minutes, 60, hourly_mills(entry.rate_cents))


def time_rows(
    store: Store, period: Period, patient_id: int | None, unbilled: bool
) -> list[TimeRow]:
    names, numbers = Names(store), Numbers(store)
    return [
        TimeRow(
            id=entry.id or 0,
            on_date=entry.on_date,
            client=names(entry.patient_id),
            activity=entry.activity,
            minutes=entry.minutes,
            billable=entry.billable,
            rate_cents=entry.rate_cents,
            amount_cents=entry_cents(entry),
            narrative=entry.narrative,
            invoice=numbers.number(entry.invoice_id),
            billed=numbers.issued(entry.invoice_id),
        )
        for entry in store.time.entries(patient_id, period.first, period.last, unbilled=unbilled)
    ]


@dataclass(frozen=True, slots=True)
class TripRow:
    id: int
    on_date: date
    from_place: str
    to_place: str
    purpose: TripPurpose
    client: str
    distance: int  # tenths, there and back for a round trip
    running: int  # tenths: the log's total up to and with this trip
    billable: bool
    invoice: int | None
    billed: bool


def trip_rows(
    store: Store, period: Period, patient_id: int | None, unbilled: bool
) -> list[TripRow]:
    names, numbers = Names(store), Numbers(store)
    rows, running = [], 0
    trips = store.trips.trips(period.first, period.last, patient_id, unbilled=unbilled)
    for trip in sorted(trips, key=lambda t: (t.on_date, t.id or 0)):
        running += trip.total_tenths
        rows.append(
            TripRow(
                id=trip.id or 0,
                on_date=trip.on_date,
                from_place=trip.from_place,
                to_place=trip.to_place,
                purpose=trip.purpose,
                client=names(trip.patient_id) if trip.patient_id is not None else "",
                distance=trip.total_tenths,
                running=running,
                billable=trip.billable,
                invoice=numbers.number(trip.invoice_id),
                billed=numbers.issued(trip.invoice_id),
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class ExpenseRow:
    id: int
    on_date: date
    client: str
    category: ExpenseCategory
    amount_cents: int
    billable: bool
    note: str
    receipt: str  # the receipt's file name, or ""
    receipt_id: int | None
    invoice: int | None
    billed: bool


def expense_rows(
    store: Store, period: Period, patient_id: int | None, unbilled: bool
) -> list[ExpenseRow]:
    names, numbers = Names(store), Numbers(store)
    rows = []
    for expense in store.expenses.expenses(
        period.first, period.last, patient_id, unbilled=unbilled
    ):
        receipt = (
            store.expenses.attachment(expense.receipt_id)
            if expense.receipt_id is not None
            else None
        )
        rows.append(
            ExpenseRow(
                id=expense.id or 0,
                on_date=expense.on_date,
                client=names(expense.patient_id),
                category=expense.category,
                amount_cents=expense.amount_cents,
                billable=expense.billable,
                note=expense.note,
                receipt=receipt.name if receipt else "",
                receipt_id=expense.receipt_id,
                invoice=numbers.number(expense.invoice_id),
                billed=numbers.issued(expense.invoice_id),
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    id: int
    number: int
    client: str
    payer: str
    period: str
    status: str  # as read: "Draft", "Issued", "Part paid", "Paid", "Void", "Overdue 12 days"
    state: InvoiceStatus
    total_cents: int
    paid_cents: int
    balance_cents: int
    due_on: date | None
    days_overdue: int


def status_words(invoice: Invoice, standing: Standing) -> str:
    if standing.days_overdue > 0:
        days = standing.days_overdue
        if days == 1:
            return translate("Billing", "Overdue 1 day")
        return translate("Billing", "Overdue {days} days").format(days=days)
    return standing.status.label


def invoice_rows(store: Store, patient_id: int | None, period: Period) -> list[InvoiceRow]:
    rows = []
    for invoice, standing in store.invoices.standings():
        if patient_id is not None and invoice.patient_id != patient_id:
            continue
        if period.first is not None and invoice.period_to < period.first:
            continue
        if period.last is not None and invoice.period_from > period.last:
            continue
        rows.append(
            InvoiceRow(
                id=invoice.id or 0,
                number=invoice.number,
                client=invoice.client_name,
                payer=invoice.payer_name,
                period=translate("Billing", "{first} – {last}").format(
                    first=day_month(invoice.period_from), last=day_text(invoice.period_to)
                ),
                status=status_words(invoice, standing),
                state=standing.status,
                total_cents=standing.total_cents,
                paid_cents=standing.paid_cents,
                balance_cents=standing.balance_cents
                if standing.status is not InvoiceStatus.VOID
                else 0,
                due_on=invoice.due_on,
                days_overdue=standing.days_overdue,
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class AgedRow:
    """What one client (or, on the last row, everyone) owes, by how late it is."""

    client: str
    current: int
    late_30: int
    late_60: int
    late_90: int
    over_90: int
    total: int
    invoices: int
    is_total: bool = False


AGE_KEYS = ("current", "late_30", "late_60", "late_90", "over_90")
assert len(AGE_KEYS) == len(AGES)


def aged_rows(store: Store) -> list[AgedRow]:
    """Each client's balance of issued invoices in the age columns, by name, then a total."""
    owed: dict[str, list[int]] = {}
    for invoice, standing in store.invoices.standings():
        owing = standing.status in (InvoiceStatus.ISSUED, InvoiceStatus.PART_PAID)
        if not owing or standing.balance_cents <= 0:
            continue
        ages = owed.setdefault(invoice.client_name, [0] * (len(AGES) + 1))
        ages[age_column(standing.days_overdue)] += standing.balance_cents
        ages[len(AGES)] += 1
    rows = [
        _aged(client, ages[: len(AGES)], ages[len(AGES)])
        for client, ages in sorted(owed.items(), key=lambda item: item[0].casefold())
    ]
    if rows:
        sums = [sum(getattr(row, key) for row in rows) for key in AGE_KEYS]
        rows.append(
            _aged(
                translate("Billing", "Total"),
                sums,
                sum(row.invoices for row in rows),
                is_total=True,
            )
        )
    return rows


def _aged(client: str, ages: list[int], invoices: int, *, is_total: bool = False) -> AgedRow:
    current, late_30, late_60, late_90, over_90 = ages
    return AgedRow(
        client=client,
        current=current,
        late_30=late_30,
        late_60=late_60,
        late_90=late_90,
        over_90=over_90,
        total=sum(ages),
        invoices=invoices,
        is_total=is_total,
    )
