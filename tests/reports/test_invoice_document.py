"""The printed invoice: what the payer reads on it, in the PDF and the web page."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from carebook.core.billing_records import (
    Attachment,
    BillingSettings,
    Expense,
    Invoice,
    Payment,
    TimeEntry,
    Trip,
)
from carebook.core.records import Patient
from carebook.core.vocabularies import ExpenseCategory, Rounding
from carebook.reports.invoice import invoice_document, invoice_html
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
        BillingSettings(
            practice_name="Harbour Care Management",
            practice_address="12 Quay Street\nPortsmouth PO1 3AB",
            practice_phone="023 9200 1234",
            practice_email="office@harbourcare.example",
            default_hourly_cents=12500,
            rounding=Rounding.FIFTEEN,
        )
    )
    yield opened
    opened.close()


def client(store: Store, given: str = "Edna", family: str = "Marsh") -> int:
    patient = store.patients.add_patient(
        Patient(given=given, family=family, address_line="3 Kiln Row", city="Leeds")
    )
    assert patient.id is not None
    return patient.id


def work(store: Store, patient_id: int, days: int = 3) -> None:
    """Time on `days` days of November, a round trip and a parking receipt."""
    for day in range(1, days + 1):
        store.time.add_time_entry(
            TimeEntry(
                patient_id=patient_id,
                on_date=date(2026, 11, day),
                minutes=75,
                activity="Home visit",
                rate_cents=12500,
                narrative=f"Visit {day}: reviewed medications with the family",
            )
        )
    store.trips.add_trip(
        Trip(
            on_date=date(2026, 11, 2),
            from_place="Home",
            to_place="Edna Marsh",
            patient_id=patient_id,
            distance_tenths=62,
            round_trip=True,
            billable=True,
        )
    )
    store.expenses.add_expense(
        Expense(
            patient_id=patient_id,
            on_date=date(2026, 11, 2),
            category=ExpenseCategory.PARKING,
            amount_cents=450,
            note="Hospital car park",
        )
    )


def issued(store: Store, patient_id: int, days: int = 3) -> Invoice:
    work(store, patient_id, days)
    draft = store.invoices.draft(patient_id, date(2026, 11, 1), date(2026, 11, 30))
    return store.invoices.issue(draft)


def pdf_text(store: Store, invoice: Invoice, path: Path) -> tuple[str, int]:
    """The invoice printed to a PDF and read back: its words, and how many pages."""
    from carebook.ui.printing.pages import write_pdf  # Qt, only for the tests that print

    pages = write_pdf(invoice_document(store, invoice), path, "a4")
    text = " ".join(
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    )
    return text, pages


def test_an_issued_invoice_says_whom_it_bills_and_the_totals_to_the_cent(
    store: Store, tmp_path: Path
) -> None:
    patient_id = client(store)
    invoice = issued(store, patient_id)
    store.invoices.add_payment(
        Payment(invoice_id=invoice.id or 0, paid_on=TODAY, amount_cents=20000, note="Cheque 311")
    )
    text, pages = pdf_text(store, invoice, tmp_path / "invoice.pdf")
    assert pages == 1
    assert "Invoice 1" in text and "Harbour Care Management" in text
    assert "Bill to Edna Marsh" in text and "3 Kiln Row" in text
    # 3 × 1 h 15 min at $125.00 = 3 × $156.25; 12.4 mi at the year's business rate; $4.50 parking
    assert "1 h 15 min" in text and "$125.00/h" in text and "$156.25" in text
    assert "12.4 mi" in text and "$4.50" in text
    view = store.invoices.view(invoice)
    total = view.total_cents
    assert total == 3 * 15625 + view.lines[3].amount_cents + 450
    dollars = f"${total // 100:,}.{total % 100:02d}"
    assert f"Total {dollars}" in text
    assert "Paid $200.00" in text
    owed = total - 20000
    assert f"Balance due ${owed // 100:,}.{owed % 100:02d}" in text
    assert "Payment due within 30 days, by 6 Jan 2027" in text
    assert "Cheque 311" in text
    assert "rounded" in text.lower()
    assert "VOID" not in text and "DRAFT" not in text


def test_a_void_invoice_and_a_draft_are_marked_as_such(store: Store, tmp_path: Path) -> None:
    patient_id = client(store)
    invoice = issued(store, patient_id)
    store.invoices.void(invoice, "Billed to the wrong payer")
    text, _ = pdf_text(store, invoice, tmp_path / "void.pdf")
    assert "Invoice 1 — VOID" in text
    assert "Billed to the wrong payer" in text and "Nothing is owed" in text
    assert "Payment due" not in text
    draft = store.invoices.draft(patient_id, date(2026, 11, 1), date(2026, 11, 30))
    text, _ = pdf_text(store, draft, tmp_path / "draft.pdf")
    assert "Invoice 2 — DRAFT" in text and "not a bill" in text


def test_an_overpaid_invoice_shows_the_credit(store: Store, tmp_path: Path) -> None:
    invoice = issued(store, client(store))
    total = store.invoices.view(invoice).total_cents
    store.invoices.add_payment(
        Payment(invoice_id=invoice.id or 0, paid_on=TODAY, amount_cents=total + 1000)
    )
    text, _ = pdf_text(store, invoice, tmp_path / "credit.pdf")
    assert "Balance due $0.00" in text and "Credit $10.00" in text


def test_a_long_invoice_runs_on_to_more_pages_with_its_column_heads(
    store: Store, tmp_path: Path
) -> None:
    invoice = issued(store, client(store), days=30)
    for day in range(1, 31):  # two entries a day: 60 time lines with the trip and parking
        store.time.add_time_entry(
            TimeEntry(
                patient_id=invoice.patient_id,
                on_date=date(2026, 10, 1) + timedelta(days=day),
                minutes=40,
                activity="Phone call",
                rate_cents=9000,
            )
        )
    store.invoices.void(invoice, "Redrawn for two months")
    long = store.invoices.issue(
        store.invoices.draft(invoice.patient_id or 0, date(2026, 10, 1), date(2026, 11, 30))
    )
    assert len(store.invoices.view(long).lines) == 62
    text, pages = pdf_text(store, long, tmp_path / "long.pdf")
    assert pages >= 2
    for page in PdfReader(tmp_path / "long.pdf").pages:
        words = " ".join(page.extract_text().split())
        assert "Date Description Quantity Rate Amount" in words
        assert "Invoice 2" in words
    assert "Balance due" in text


def test_time_may_be_printed_in_decimal_hours(store: Store) -> None:
    invoice = issued(store, client(store))
    words = repr(invoice_document(store, invoice, decimal_hours=True))
    assert "1.25 h" in words and "1 h 15 min" not in words


def test_the_web_page_carries_the_logo_inline(store: Store) -> None:
    logo = store.expenses.add_attachment(
        Attachment(name="logo.png", media_type="image/png", content=b"\x89PNG\r\n\x1a\nlogo")
    )
    settings = store.agreements.settings()
    settings.logo_id = logo.id
    store.agreements.set_settings(settings)
    page = invoice_html(store, issued(store, client(store)))
    assert 'src="data:image/png;base64,' in page
    assert "Invoice 1" in page and "Harbour Care Management" in page
    assert "<script" not in page.lower()
