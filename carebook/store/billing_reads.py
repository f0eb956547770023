"""The business's sums, each read in one query: time, unbilled work, mileage, income, owed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from carebook.core.billing_records import Invoice, Payment
from carebook.core.vocabularies import InvoiceGrouping, InvoiceStatus, PaymentMethod, TripPurpose
from carebook.store.agreements import Agreements
from carebook.store.base import Part
from carebook.store.invoices import Invoices
from carebook.store.trips import Trips

#: A time entry's amount in cents as its invoice line would bill it before rounding: its flat
#: fee, else its minutes at its hourly rate, half a cent up (core.money.cents_for, in SQL).
_ENTRY_CENTS = (
    "CASE WHEN flat_cents IS NOT NULL THEN flat_cents"
    " ELSE (2 * minutes * rate_cents * 10 + 600) / 1200 END"
)
#: A client's name as carebook says it ("Edna Marsh"), or "" for work for no client.
_CLIENT = (
    "coalesce((SELECT CASE WHEN p.given <> '' AND p.family <> '' THEN p.given || ' ' || p.family"
    " ELSE p.given || p.family END FROM patient AS p WHERE p.id = {table}.patient_id), '')"
)


@dataclass(frozen=True, slots=True)
class TimeSum:
    """Time kept for one client and activity, billable or not, in a period."""

    patient_id: int | None
    client: str
    activity: str
    billable: bool
    entries: int
    minutes: int
    #: What it bills as kept (flat fees, and minutes at their rates, before rounding); 0 when
    #: not billable.
    amount_cents: int


@dataclass(frozen=True, slots=True)
class UnbilledSum:
    """A client's billable work on no invoice: time, trips and expenses, and since when."""

    patient_id: int | None
    client: str
    entries: int
    minutes: int
    time_cents: int
    trips: int
    distance_tenths: int
    expenses: int
    expense_cents: int
    oldest: date


@dataclass(frozen=True, slots=True)
class MileageMonth:
    """The trips of one month for one purpose."""

    month: int
    purpose: TripPurpose
    trips: int
    distance_tenths: int


@dataclass(frozen=True, slots=True)
class IncomeMonth:
    """The payments received in one month."""

    year: int
    month: int
    payments: int
    amount_cents: int


@dataclass(frozen=True, slots=True)
class InvoiceSum:
    """An invoice as the receivables and statements read it: its total and what is paid."""

    invoice: Invoice
    total_cents: int
    paid_cents: int


@dataclass(frozen=True, slots=True)
class Owed:
    """An issued invoice not yet paid in full, as the aged receivables read it."""

    number: int
    client: str
    payer: str
    issued_on: date | None
    due_on: date | None
    total_cents: int
    paid_cents: int


class BillingReads(Part):
    """Sums over the business's records for its reports, each in one read; nothing written."""

    def __init__(
        self, caseload: Any, agreements: Agreements, invoices: Invoices, trips: Trips
    ) -> None:
        super().__init__(caseload)
        self.agreements, self.invoices, self.trips = agreements, invoices, trips

    def client_names(self) -> dict[int, str]:
        """Every client's name by id, as the reports print it."""
        return {
            patient_id: f"{given} {family}" if given and family else given or family
            for patient_id, given, family in self.conn.execute(
                "SELECT id, given, family FROM patient"
            )
        }

    def invoice_numbers(self) -> dict[int, int]:
        """Every invoice's number by its id."""
        return dict(self.conn.execute("SELECT id, number FROM invoice").fetchall())

    def time_sums(self, first: date, last: date) -> list[TimeSum]:
        """Time kept from `first` to `last` by client and activity, billable apart from not;
        clients by name (work for no client last), activities by name."""
        rows = self.conn.execute(
            f"SELECT patient_id, {_CLIENT.format(table='time_entry')} AS client, activity,"
            f" billable, count(*), sum(minutes), sum(CASE WHEN billable THEN {_ENTRY_CENTS}"
            " ELSE 0 END) FROM time_entry WHERE on_date BETWEEN ? AND ?"
            " GROUP BY patient_id, activity COLLATE NOCASE, billable"
            " ORDER BY patient_id IS NULL, client COLLATE NOCASE, patient_id,"
            " activity COLLATE NOCASE, billable DESC",
            [first.isoformat(), last.isoformat()],
        ).fetchall()
        return [
            TimeSum(pid, client, activity, bool(billable), count, minutes, cents)
            for pid, client, activity, billable, count, minutes, cents in rows
        ]

    def unbilled(self) -> list[UnbilledSum]:
        """Each client's billable time, trips and expenses on no invoice, by client name."""
        parts = " UNION ALL ".join(
            f"SELECT patient_id, on_date, {minutes} AS minutes, {cents} AS cents,"
            f" {tenths} AS tenths, '{kind}' AS kind FROM {table}"
            " WHERE invoice_id IS NULL AND billable = 1"
            for table, kind, minutes, cents, tenths in (
                ("time_entry", "time", "minutes", _ENTRY_CENTS, "0"),
                ("trip", "trip", "0", "0", "distance_tenths * (1 + round_trip)"),
                ("expense", "expense", "0", "amount_cents", "0"),
            )
        )
        rows = self.conn.execute(
            f"SELECT patient_id, {_CLIENT.format(table='work')} AS client,"
            " sum(kind = 'time'), sum(minutes), sum(CASE WHEN kind = 'time' THEN cents END),"
            " sum(kind = 'trip'), sum(tenths), sum(kind = 'expense'),"
            " sum(CASE WHEN kind = 'expense' THEN cents END), min(on_date)"
            f" FROM ({parts}) AS work GROUP BY patient_id"
            " ORDER BY patient_id IS NULL, client COLLATE NOCASE, patient_id"
        ).fetchall()
        return [
            UnbilledSum(
                pid,
                client,
                entries,
                minutes,
                time_cents or 0,
                trips,
                tenths,
                expenses,
                expense_cents or 0,
                date.fromisoformat(oldest),
            )
            for pid, client, entries, minutes, time_cents, trips, tenths, expenses, expense_cents, (
                oldest
            ) in rows
        ]

    def mileage_months(self, year: int) -> list[MileageMonth]:
        """The year's trips by month and purpose (a round trip counted both ways)."""
        rows = self.conn.execute(
            "SELECT CAST(substr(on_date, 6, 2) AS INTEGER) AS month, purpose, count(*),"
            " sum(distance_tenths * (1 + round_trip)) FROM trip"
            " WHERE on_date BETWEEN ? AND ? GROUP BY month, purpose ORDER BY month, purpose",
            [f"{year:04d}-01-01", f"{year:04d}-12-31"],
        ).fetchall()
        return [
            MileageMonth(month, TripPurpose(purpose), count, tenths)
            for month, purpose, count, tenths in rows
        ]

    def income_months(self, first: date, last: date) -> list[IncomeMonth]:
        """The payments received from `first` to `last`, by month."""
        rows = self.conn.execute(
            "SELECT CAST(substr(paid_on, 1, 4) AS INTEGER), CAST(substr(paid_on, 6, 2) AS"
            " INTEGER), count(*), sum(amount_cents) FROM payment WHERE paid_on BETWEEN ? AND ?"
            " GROUP BY substr(paid_on, 1, 7) ORDER BY substr(paid_on, 1, 7)",
            [first.isoformat(), last.isoformat()],
        ).fetchall()
        return [IncomeMonth(*row) for row in rows]

    def invoice_sums(self, *, payer: str | None = None) -> list[InvoiceSum]:
        """Every issued or void invoice (drafts are not yet owed) with its total and what is
        paid, oldest first, in one read; only the payer's when `payer` is given."""
        where = "status <> 'draft'"
        params: list[Any] = []
        if payer is not None:
            where += " AND payer_name = ?"
            params.append(payer)
        rows = self._rows(
            "SELECT invoice.*, coalesce(lines.total, 0) AS total_cents,"
            " coalesce(paid.amount, 0) AS paid_cents FROM invoice"
            " LEFT JOIN (SELECT invoice_id, sum(amount_cents) AS total FROM invoice_line"
            " GROUP BY invoice_id) AS lines ON lines.invoice_id = invoice.id"
            " LEFT JOIN (SELECT invoice_id, sum(amount_cents) AS amount FROM payment"
            " GROUP BY invoice_id) AS paid ON paid.invoice_id = invoice.id"
            f" WHERE {where} ORDER BY issued_on, number",
            params,
        )
        return [
            InvoiceSum(_invoice(row), int(row["total_cents"]), int(row["paid_cents"]))
            for row in rows
        ]

    def owed(self) -> list[Owed]:
        """Every issued invoice whose payments fall short of its total, in one read (the
        receivables of thousands of invoices are read in a few milliseconds)."""
        # An invoice keeps its total (its lines never change once issued): no line is added up.
        rows = self.conn.execute(
            "SELECT number, client_name, payer_name, issued_on, due_on, total_cents, paid FROM"
            " (SELECT invoice.*, coalesce((SELECT sum(amount_cents) FROM payment"
            " WHERE invoice_id = invoice.id), 0) AS paid FROM invoice WHERE status = 'issued')"
            " WHERE total_cents > paid ORDER BY number"
        ).fetchall()
        return [
            Owed(number, client, payer, _day(issued), _day(due), total, paid)
            for number, client, payer, issued, due, total, paid in rows
        ]

    def payers(self) -> list[str]:
        """The names invoices have been issued to, alphabetically."""
        return [
            name
            for (name,) in self.conn.execute(
                "SELECT DISTINCT payer_name FROM invoice WHERE status <> 'draft'"
                " ORDER BY payer_name COLLATE NOCASE"
            )
        ]

    def payments_to(self, payer: str) -> list[tuple[int, Payment]]:
        """The payments on the payer's invoices, oldest first, each with its invoice's number."""
        rows = self.conn.execute(
            "SELECT invoice.number, payment.id, payment.invoice_id, paid_on, amount_cents,"
            " method, note FROM payment JOIN invoice ON invoice.id = payment.invoice_id"
            " WHERE payer_name = ? ORDER BY paid_on, payment.id",
            [payer],
        ).fetchall()
        return [
            (
                number,
                Payment(
                    id=pid,
                    invoice_id=invoice_id,
                    paid_on=date.fromisoformat(paid_on),
                    amount_cents=amount,
                    method=PaymentMethod(method),
                    note=note,
                ),
            )
            for number, pid, invoice_id, paid_on, amount, method, note in rows
        ]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _invoice(row: dict[str, Any]) -> Invoice:
    """The invoice of a row, built directly: thousands are read at once for the receivables."""
    return Invoice(
        id=row["id"],
        number=row["number"],
        patient_id=row["patient_id"],
        client_name=row["client_name"],
        payer_name=row["payer_name"],
        payer_address=row["payer_address"],
        period_from=date.fromisoformat(row["period_from"]),
        period_to=date.fromisoformat(row["period_to"]),
        status=InvoiceStatus(row["status"]),
        grouping=InvoiceGrouping(row["grouping"]),
        rounding_note=row["rounding_note"],
        drafted_on=date.fromisoformat(row["drafted_on"]),
        issued_on=_day(row["issued_on"]),
        terms_days=row["terms_days"],
        due_on=_day(row["due_on"]),
        voided_on=_day(row["voided_on"]),
        void_reason=row["void_reason"],
        notes=row["notes"],
    )
