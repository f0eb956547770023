"""The business's reports: time, unbilled work, mileage and income by month, a payer's
statement and aged receivables — their sums, and what the printed pages say."""

from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from carebook.core.billing_records import (
    Agreement,
    BillingSettings,
    Expense,
    Payment,
    TimeEntry,
    Trip,
)
from carebook.core.records import Patient
from carebook.core.vocabularies import PayerKind, PaymentMethod, TripPurpose
from carebook.reports.billing_reports import billing_report_document
from carebook.reports.billing_reports_data import (
    aged_receivables,
    as_json,
    income_report,
    mileage_months,
    statement,
    time_report,
    unbilled_report,
)
from carebook.store.billing_reads import BillingReads
from carebook.store.caseload import Store

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def _printing_needs_the_tests_application(qapp: object) -> None:
    """Printing starts Qt; the tests' QApplication first, so no bare QGuiApplication is left
    for the window's tests that follow."""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: datetime(2026, 12, 7, 10, 0))
    opened.agreements.set_settings(
        BillingSettings(practice_name="Harbour Care Management", default_hourly_cents=12000)
    )
    yield opened
    opened.close()


def client(store: Store, given: str, family: str, payer: str = "") -> int:
    patient = store.patients.add_patient(Patient(given=given, family=family))
    assert patient.id is not None
    if payer:
        store.agreements.add_agreement(
            Agreement(patient_id=patient.id, payer_kind=PayerKind.TRUST, payer_name=payer)
        )
    return patient.id


def hour(store: Store, patient_id: int | None, day: date, minutes: int, **more: object) -> None:
    store.time.add_time_entry(
        TimeEntry(
            patient_id=patient_id,
            on_date=day,
            minutes=minutes,
            activity=str(more.pop("activity", "Home visit")),
            rate_cents=12000,
            **more,  # type: ignore[arg-type]
        )
    )


def invoiced(store: Store, patient_id: int, month: int, issued_on: date) -> int:
    """An hour in `month` invoiced on `issued_on` ($120.00); its number."""
    hour(store, patient_id, date(2026, month, 3), 60)
    first, last = date(2026, month, 1), date(2026, month, 28)
    invoice = store.invoices.issue(store.invoices.draft(patient_id, first, last), issued_on)
    return invoice.number


@pytest.fixture
def business(store: Store) -> dict[str, int]:
    """Edna (her trust pays), Walter (pays himself): invoices of several ages, payments,
    unbilled work, and trips."""
    edna = client(store, "Edna", "Marsh", payer="Marsh Family Trust")
    walter = client(store, "Walter", "Pike")
    numbers = {
        "june": invoiced(store, edna, 6, date(2026, 7, 1)),  # due 31 Jul: 129 days late
        "september": invoiced(store, edna, 9, date(2026, 10, 1)),  # due 31 Oct: 37 days
        "november": invoiced(store, edna, 11, date(2026, 12, 1)),  # due 31 Dec: current
        "walter": invoiced(store, walter, 10, date(2026, 11, 1)),  # due 1 Dec: 6 days
    }
    for number, paid, day in (("june", 5000, date(2026, 8, 15)), ("walter", 12000, TODAY)):
        store.invoices.add_payment(
            Payment(
                invoice_id=store.invoices.by_number(numbers[number]).id or 0,
                paid_on=day,
                amount_cents=paid,
                method=PaymentMethod.TRANSFER,
            )
        )
    hour(store, edna, date(2026, 12, 2), 90, narrative="Care conference")
    hour(store, None, date(2026, 12, 2), 30, activity="Admin", billable=False)
    store.trips.add_trip(
        Trip(
            on_date=date(2026, 12, 2),
            from_place="Home",
            to_place="Edna Marsh",
            patient_id=edna,
            distance_tenths=84,
            round_trip=True,
            billable=True,
        )
    )
    store.trips.add_trip(
        Trip(
            on_date=date(2026, 11, 20),
            from_place="Home",
            to_place="Hospital",
            purpose=TripPurpose.MEDICAL,
            distance_tenths=55,
        )
    )
    store.expenses.add_expense(
        Expense(patient_id=edna, on_date=date(2026, 12, 2), amount_cents=650, note="Parking")
    )
    return {"edna": edna, "walter": walter, **numbers}


def test_aged_receivables_put_each_balance_in_its_column(
    store: Store, business: dict[str, int]
) -> None:
    aged = aged_receivables(store)
    by_number = {row.number: row for row in aged.rows}
    assert set(by_number) == {business["june"], business["september"], business["november"]}
    assert (
        by_number[business["june"]].column == 4
        and by_number[business["june"]].balance_cents == 7000
    )
    assert by_number[business["september"]].column == 2
    assert by_number[business["november"]].column == 0
    assert aged.totals == [12000, 0, 12000, 0, 7000]
    assert aged.balance_cents == 31000
    assert json.loads(json.dumps(as_json(aged)))["totals"] == aged.totals


def test_a_payers_statement_runs_its_balance(store: Store, business: dict[str, int]) -> None:
    said = statement(store, "Marsh Family Trust")
    assert [line.kind for line in said.lines] == ["invoice", "payment", "invoice", "invoice"]
    assert [line.balance_cents for line in said.lines] == [12000, 7000, 19000, 31000]
    assert said.balance_cents == 31000 and said.overdue_cents == 19000
    assert statement(store, "Walter Pike").balance_cents == 0


def test_time_unbilled_mileage_and_income(store: Store, business: dict[str, int]) -> None:
    kept = time_report(store, date(2026, 12, 1), date(2026, 12, 31))
    assert [(row.client, row.activity, row.billable, row.minutes) for row in kept.rows] == [
        ("Edna Marsh", "Home visit", True, 90),
        ("", "Admin", False, 30),
    ]
    assert kept.amount_cents == 18000 and kept.unbillable_minutes == 30
    unbilled = unbilled_report(store)
    assert len(unbilled.rows) == 1
    edna = unbilled.rows[0]
    assert (edna.minutes, edna.time_cents, edna.distance_tenths, edna.expense_cents) == (
        90,
        18000,
        168,
        650,
    )
    months = mileage_months(store, 2026)
    assert [(row.month, row.purpose, row.distance_tenths) for row in months.rows] == [
        (11, TripPurpose.MEDICAL, 55),
        (12, TripPurpose.BUSINESS, 168),
    ]
    income = income_report(store, date(2026, 1, 1), date(2026, 12, 31))
    assert [(row.month, row.amount_cents) for row in income.rows] == [(8, 5000), (12, 12000)]
    assert income.amount_cents == 17000


def pdf_words(report: object, path: Path) -> str:
    from carebook.ui.printing.pages import write_pdf  # Qt, only for the tests that print

    write_pdf(billing_report_document(report, "Harbour Care Management"), path, "a4")  # type: ignore[arg-type]
    return " ".join(
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    )


def test_the_printed_reports_say_their_totals(
    store: Store, business: dict[str, int], tmp_path: Path
) -> None:
    aged = pdf_words(aged_receivables(store), tmp_path / "aged.pdf")
    assert "Aged receivables" in aged and "3 invoices with a balance" in aged
    assert "Total $310.00 $120.00 $0.00 $120.00 $0.00 $70.00" in aged
    said = pdf_words(statement(store, "Marsh Family Trust"), tmp_path / "statement.pdf")
    assert "Statement for Marsh Family Trust" in said
    assert "Balance due $310.00" in said and "Of which overdue $190.00" in said
    kept = pdf_words(time_report(store, date(2026, 12, 1), date(2026, 12, 31)), tmp_path / "t.pdf")
    assert "Edna Marsh Home visit Yes 1 1 h 30 min $180.00" in kept
    assert "No client Admin No 1 30 min" in kept
    unbilled = pdf_words(unbilled_report(store), tmp_path / "u.pdf")
    assert "16.8 mi" in unbilled and "$186.50" in unbilled
    miles = pdf_words(mileage_months(store, 2026), tmp_path / "m.pdf")
    assert "Nov 2026 1 — 5.5 — 5.5" in miles and "Dec 2026 1 16.8 — — 16.8" in miles
    income = pdf_words(income_report(store, date(2026, 1, 1), TODAY), tmp_path / "i.pdf")
    assert "Aug 2026 1 $50.00" in income and "Total 2 $170.00" in income


def fill_invoices(store: Store, patient_id: int, count: int) -> None:
    """`count` issued invoices of two $120.00 lines each, due on the 15th of a month of 2026,
    every other one part or wholly paid: written in one transaction, straight into the file."""
    conn = store.db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO invoice (id, number, patient_id, client_name, payer_name, period_from,"
        " period_to, status, grouping, drafted_on, issued_on, due_on, total_cents) VALUES (?, ?,"
        " ?, 'Edna Marsh', 'Edna Marsh', '2024-01-01', '2024-01-31', 'issued', 'day', ?, ?, ?,"
        " 24000)",
        [
            (
                n,
                n,
                patient_id,
                f"2024-{1 + n % 12:02d}-01",
                f"2024-{1 + n % 12:02d}-01",
                f"2026-{1 + n % 12:02d}-15",
            )
            for n in range(1, count + 1)
        ],
    )
    conn.executemany(
        "INSERT INTO invoice_line (invoice_id, line_no, kind, description, quantity, unit,"
        " rate_mills, amount_cents) VALUES (?, ?, 'time', 'Home visit', 60, 'minute',"
        " 120000, 12000)",
        [(n, line) for n in range(1, count + 1) for line in (1, 2)],
    )
    conn.executemany(
        "INSERT INTO payment (invoice_id, paid_on, amount_cents, method)"
        " VALUES (?, '2026-01-01', ?, 'check')",
        [(n, 1000 * (n % 30)) for n in range(1, count + 1, 2)],
    )
    conn.execute("COMMIT")


def test_the_receivables_of_three_thousand_invoices_are_read_at_once(store: Store) -> None:
    fill_invoices(store, client(store, "Edna", "Marsh"), 3000)
    reads = BillingReads(store.caseload, store.agreements, store.invoices, store.trips)
    assert len(reads.invoice_sums()) == 3000
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        started = time.perf_counter()
        aged = aged_receivables(store)
        took = time.perf_counter() - started
    finally:
        store.conn.set_trace_callback(None)
    paid = {n: 1000 * (n % 30) for n in range(1, 3001, 2)}
    owed = [24000 - paid.get(n, 0) for n in range(1, 3001)]
    assert len(aged.rows) == sum(1 for balance in owed if balance > 0)
    assert aged.balance_cents == sum(balance for balance in owed if balance > 0)
    # At once: a few statements for all 3,000 invoices, never one (or more) per invoice. The
    # time is a guard against work growing with the square of the invoices, with room for a
    # busy machine (about 30 ms here when quiet); its figure against a floor is the
    # benchmarks' to say.
    assert len(statements) <= 10, statements[:20]
    assert took < 0.5, f"aged receivables took {took * 1000:.0f} ms"
