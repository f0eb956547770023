"""Five years of a 60-client practice (about 40,000 time entries, 8,000 trips and 3,000
invoices): an invoice's PDF, the year's mileage log and the aged receivables, each beside a
floor measured in the same run.

Run on demand: pytest tests/benchmarks/test_billing_speed.py --benchmarks -s
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from carebook.core.billing_records import Agreement, Payment, TimeEntry, Trip
from carebook.core.records import Patient
from carebook.reports.document import Document, Heading, Paragraph, Section, line
from carebook.reports.invoice import invoice_document
from carebook.reports.mileage_log import mileage_log_document
from carebook.store.caseload import Store
from carebook.ui.printing.pages import write_pdf

pytestmark = pytest.mark.benchmark

NOW = datetime(2026, 12, 7, 9, 0)
CLIENTS = 60
FIRST = date(2022, 1, 1)
RUNS = 7


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The practice's caseload, made once: its clients, five years of time and trips, and
    each client's month invoiced, issued and mostly paid."""
    path = tmp_path_factory.mktemp("practice") / "caseload.sqlite3"
    began = time.perf_counter()
    store = Store.open(path, clock=lambda: NOW)
    rng = random.Random(5)
    clients = []
    for n in range(CLIENTS):
        patient = store.patients.add_patient(Patient(given=f"Client{n}", family="Example"))
        assert patient.id is not None
        clients.append(patient.id)
    store.load_records([Agreement(patient_id=c, hourly_rate_cents=12500) for c in clients])
    records: list[object] = []
    day, odometer = FIRST, 1_000_00
    while day < NOW.date():
        if day.weekday() < 5:
            for client in rng.sample(clients, 30):
                records.append(
                    TimeEntry(
                        patient_id=client,
                        on_date=day,
                        minutes=rng.randint(10, 90),
                        activity="Home visit",
                        rate_cents=12500,
                        narrative="Visit",
                    )
                )
            for client in rng.sample(clients, 6):
                tenths = rng.randint(20, 150)
                records.append(
                    Trip(
                        on_date=day,
                        from_place="Home",
                        to_place=f"Client{client}",
                        patient_id=client,
                        distance_tenths=tenths,
                        billable=True,
                        odometer_start_tenths=odometer,
                        odometer_end_tenths=odometer + tenths,
                    )
                )
                odometer += tenths
        day += timedelta(days=1)
    store.load_records(records)
    month = FIRST
    while month < NOW.date().replace(day=1):
        last = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        for client in clients:
            invoice = store.invoices.draft(client, month, last, on=last + timedelta(days=1))
            store.invoices.issue(invoice, on=last + timedelta(days=1))
            assert invoice.id is not None
            paid_on = last + timedelta(days=20)
            if paid_on < NOW.date() and (
                last < NOW.date() - timedelta(days=60) or rng.random() < 0.5
            ):
                total = store.invoices.view(invoice).total_cents
                store.invoices.add_payment(
                    Payment(
                        invoice_id=invoice.id, paid_on=last + timedelta(days=20), amount_cents=total
                    )
                )
        month = last + timedelta(days=1)
    counts = [
        store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("time_entry", "trip", "invoice")
    ]
    store.close()
    print(
        f"\npractice: {counts[0]:,} time entries, {counts[1]:,} trips, {counts[2]:,} invoices,"
        f" made in {time.perf_counter() - began:.1f} s"
    )
    assert counts[0] >= 35_000 and counts[1] >= 7_000 and counts[2] >= 3_000
    return path


def _median(action: Callable[[], object]) -> float:
    timings = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        timings.append(time.perf_counter() - began)
    return statistics.median(timings)


def _floor_pdf(path: Path) -> None:
    """A one-page PDF of a heading and a paragraph: what printing anything costs."""
    page = Section("Floor", [Heading("Floor", 1), Paragraph(line("One paragraph."))])
    write_pdf(Document("Floor", [page]), path, "letter")


def test_an_invoice_pdf_in_under_half_a_second(practice: Path, tmp_path: Path) -> None:
    store = Store.open(practice, clock=lambda: NOW)
    invoice = store.invoices.by_number(1500)
    _floor_pdf(tmp_path / "warm.pdf")  # Qt started once, for both
    floor = _median(lambda: _floor_pdf(tmp_path / "floor.pdf"))
    took = _median(
        lambda: write_pdf(invoice_document(store, invoice), tmp_path / "invoice.pdf", "letter")
    )
    store.close()
    print(
        f"\ninvoice PDF: {took * 1000:.0f} ms; floor (one-page PDF) {floor * 1000:.0f} ms;"
        f" ratio {took / floor:.2f} (limit 500 ms)"
    )
    assert took < 0.5


def test_the_years_mileage_log_in_under_a_second(practice: Path, tmp_path: Path) -> None:
    store = Store.open(practice, clock=lambda: NOW)
    _floor_pdf(tmp_path / "warm.pdf")
    floor = _median(lambda: _floor_pdf(tmp_path / "floor.pdf"))
    took = _median(
        lambda: write_pdf(mileage_log_document(store, 2025), tmp_path / "log.pdf", "letter")
    )
    trips = store.conn.execute(
        "SELECT count(*) FROM trip WHERE on_date BETWEEN '2025-01-01' AND '2025-12-31'"
    ).fetchone()[0]
    store.close()
    print(
        f"\nmileage log 2025 ({trips} trips) as PDF: {took * 1000:.0f} ms; floor (one-page PDF)"
        f" {floor * 1000:.0f} ms; ratio {took / floor:.2f} (limit 1,000 ms)"
    )
    assert took < 1.0


def test_the_aged_receivables_in_under_50_ms(practice: Path) -> None:
    store = Store.open(practice, clock=lambda: NOW)
    raw = sqlite3.connect(f"file:{practice}?mode=ro", uri=True)

    def floor() -> object:
        """The same question in bare SQL: the issued invoices not paid in full."""
        return raw.execute(
            "SELECT invoice.*, coalesce((SELECT sum(amount_cents) FROM payment"
            " WHERE invoice_id = invoice.id), 0) FROM invoice WHERE status = 'issued'"
            " AND total_cents > coalesce((SELECT sum(amount_cents) FROM payment"
            " WHERE invoice_id = invoice.id), 0) ORDER BY number"
        ).fetchall()

    def receivables() -> object:
        return store.invoices.owing()

    bare = _median(floor)
    took = _median(receivables)
    owed = len(receivables())  # type: ignore[arg-type]
    store.close()
    raw.close()
    print(
        f"\naged receivables ({owed} owing of 3,000+ invoices): {took * 1000:.1f} ms;"
        f" floor (the same query in bare SQL) {bare * 1000:.1f} ms; ratio {took / bare:.2f}"
        " (limit 50 ms)"
    )
    assert took < 0.05
