"""The business's CSV files: their documented columns, and rows a spreadsheet sums."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.billing_records import Agreement, BillingSettings, Payment, TimeEntry, Trip
from carebook.core.records import Patient
from carebook.core.vocabularies import PayerKind
from carebook.interop.billing_csv import (
    CsvTable,
    aged_table,
    income_table,
    invoice_table,
    mileage_log_table,
    mileage_months_table,
    mileage_totals_table,
    statement_table,
    time_entries_csv,
    time_report_table,
    unbilled_table,
)
from carebook.reports.billing_reports_data import (
    aged_receivables,
    income_report,
    mileage_months,
    statement,
    time_report,
    unbilled_report,
)
from carebook.reports.mileage_log_data import mileage_log
from carebook.store.caseload import Store

DOCUMENTED = Path(__file__).parents[2] / "docs" / "billing_csv.md"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: datetime(2026, 12, 7, 10, 0))
    opened.agreements.set_settings(BillingSettings(practice_name="Harbour Care Management"))
    patient = opened.patients.add_patient(Patient(given="=Edna", family="Marsh"))
    assert patient.id is not None
    opened.agreements.add_agreement(
        Agreement(
            patient_id=patient.id,
            payer_kind=PayerKind.TRUST,
            payer_name="Marsh Family Trust",
            retainer_cents=5000,
        )
    )
    for day, minutes in ((3, 75), (4, 50)):
        opened.time.add_time_entry(
            TimeEntry(
                patient_id=patient.id,
                on_date=date(2026, 11, day),
                minutes=minutes,
                activity="Home visit",
                rate_cents=12000,
                narrative="Reviewed, with the family",
            )
        )
    opened.trips.add_trip(
        Trip(
            on_date=date(2026, 11, 3),
            from_place="Home",
            to_place="=Edna Marsh",
            patient_id=patient.id,
            distance_tenths=62,
            round_trip=True,
            billable=True,
            odometer_start_tenths=10_000,
            odometer_end_tenths=10_062,
        )
    )
    invoice = opened.invoices.issue(
        opened.invoices.draft(patient.id, date(2026, 11, 1), date(2026, 11, 30)), date(2026, 12, 1)
    )
    opened.invoices.add_payment(
        Payment(invoice_id=invoice.id or 0, paid_on=date(2026, 12, 5), amount_cents=10000)
    )
    yield opened
    opened.close()


def read(table: CsvTable) -> list[dict[str, str]]:
    text = table.text()
    assert text.startswith("\ufeff") and "\r\n" in text
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_an_invoice_as_csv(store: Store) -> None:
    view = store.invoices.view(store.invoices.by_number(1))
    rows = read(invoice_table(view))
    assert [row["kind"] for row in rows] == ["time", "time", "mileage", "retainer"]
    visit = rows[0]
    assert visit["quantity"] == "1.25" and visit["unit"] == "hour" and visit["minutes"] == "75"
    assert visit["rate"] == "120.000" and visit["rate_mills"] == "120000"
    assert visit["amount"] == "150.00" and visit["amount_cents"] == "15000"
    assert rows[1]["quantity"] == "0.83" and rows[1]["amount"] == "100.00"
    assert rows[2]["quantity"] == "12.4" and rows[2]["unit"] == "mile"
    assert rows[3]["amount"] == "-50.00"  # a negative number stays a number
    assert rows[0]["client"] == "'=Edna Marsh"  # a formula-looking name is neutralised
    assert sum(int(row["amount_cents"]) for row in rows) == view.total_cents
    assert rows[0]["status"] == "part_paid" and rows[0]["due_on"] == "2026-12-31"


def test_the_mileage_log_and_its_totals_as_csv(store: Store) -> None:
    log = mileage_log(store, 2026)
    trips = read(mileage_log_table(log))
    assert trips == [
        {
            "date": "2026-11-03",
            "from": "Home",
            "to": "'=Edna Marsh",
            "purpose": "business",
            "client": "'=Edna Marsh",
            "round_trip": "yes",
            "distance": "12.4",
            "running_total": "12.4",
            "odometer_start": "1000.0",
            "odometer_end": "1006.2",
            "unit": "mile",
            "notes": "",
        }
    ]
    totals = read(mileage_totals_table(log))
    business = totals[0]
    assert business["purpose"] == "business" and business["distance"] == "12.4"
    assert int(business["deductible_cents"]) == log.totals[0].deductible_cents


def test_time_entries_and_the_reports_as_csv(store: Store) -> None:
    entries = read(time_entries_csv(store))
    assert [(row["minutes"], row["amount"], row["invoice"]) for row in entries] == [
        ("75", "150.00", "1"),
        ("50", "100.00", "1"),
    ]
    assert entries[0]["narrative"] == "Reviewed, with the family"
    kept = read(time_report_table(time_report(store, date(2026, 11, 1), date(2026, 11, 30))))
    assert kept[0]["minutes"] == "125" and kept[0]["amount_cents"] == "25000"
    assert read(unbilled_table(unbilled_report(store))) == []
    months = read(mileage_months_table(mileage_months(store, 2026)))
    assert months == [
        {
            "year": "2026",
            "month": "11",
            "purpose": "business",
            "trips": "1",
            "distance": "12.4",
            "unit": "mile",
        }
    ]
    income = read(income_table(income_report(store, date(2026, 1, 1), date(2026, 12, 31))))
    assert income == [
        {
            "year": "2026",
            "month": "12",
            "payments": "1",
            "amount": "100.00",
            "amount_cents": "10000",
        }
    ]
    said = read(statement_table(statement(store, "Marsh Family Trust")))
    assert [row["kind"] for row in said] == ["invoice", "payment"]
    aged = read(aged_table(aged_receivables(store)))
    assert aged[0]["current"] == aged[0]["balance"] and aged[0]["days_over_90"] == ""


def test_every_csv_is_documented_column_by_column(store: Store) -> None:
    documented = DOCUMENTED.read_text(encoding="utf-8")
    module = sys.modules[invoice_table.__module__]
    tables = [
        invoice_table(store.invoices.view(store.invoices.by_number(1))),
        mileage_log_table(mileage_log(store, 2026)),
        mileage_totals_table(mileage_log(store, 2026)),
        time_entries_csv(store),
        time_report_table(time_report(store, date(2026, 1, 1), date(2026, 12, 31))),
        unbilled_table(unbilled_report(store)),
        mileage_months_table(mileage_months(store, 2026)),
        income_table(income_report(store, date(2026, 1, 1), date(2026, 12, 31))),
        statement_table(statement(store, "Marsh Family Trust")),
        aged_table(aged_receivables(store)),
    ]
    writers = [name for name in vars(module) if name.endswith("_table")]
    assert len(writers) == len(tables), "a CSV writer without its test here"
    for table in tables:
        columns = "Columns: " + ", ".join(f"`{column}`" for column in table.header) + "."
        assert columns in documented, f"docs/billing_csv.md does not list {columns}"
        for column in table.header:
            assert f"| `{column}` |" in documented, column
