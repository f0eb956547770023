"""`carebook report KIND` on the sample practice: time, unbilled work, mileage, income and a
payer's statement as text, JSON to the cent, CSV and a PDF, and the refusals."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from cli_runner import run
from pypdf import PdfReader

from carebook.cli.main import main
from carebook.core.vocabularies import InvoiceStatus
from carebook.store.caseload import Store

TODAY = date.today()
#: Last month, the time report's period unless told.
LAST = TODAY.replace(day=1) - timedelta(days=1)
FIRST = LAST.replace(day=1)
#: Stands in a test's arguments for the payer the statements are read for (the `payer`
#: fixture: who the sample bills depends on the day it is made).
PAYER = "<payer>"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample caseload: a billing practice with three months of invoices (read only here)."""
    path = tmp_path_factory.mktemp("reports") / "caseload.sqlite3"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture(scope="module")
def payers(db: Path) -> list[str]:
    """The sample's payers who owe for an issued invoice that is not void, by name."""
    store = Store.open(db)
    try:
        owing = {
            invoice.payer_name
            for invoice, standing in store.invoices.standings()
            if invoice.status not in (InvoiceStatus.DRAFT, InvoiceStatus.VOID)
            and standing.total_cents > 0
        }
    finally:
        store.close()
    assert len(owing) >= 2
    return sorted(owing)


@pytest.fixture(scope="module")
def payer(payers: list[str]) -> str:
    return payers[0]


def carebook(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "report", *args)


def shaped(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> Any:
    status, out, err = carebook(capsys, db, *args, "--format", "json")
    assert status == 0, err
    return json.loads(out)


def test_time_by_client_and_activity_defaults_to_last_month(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    report = shaped(capsys, db, "time")
    assert (report["first"], report["last"]) == (FIRST.isoformat(), LAST.isoformat())
    store = Store.open(db)
    try:
        entries = store.time.entries(None, FIRST, LAST)
        currency = store.agreements.settings().currency
    finally:
        store.close()
    assert report["currency"] == currency
    assert report["billable_minutes"] == sum(e.minutes for e in entries if e.billable)
    assert report["unbillable_minutes"] == sum(e.minutes for e in entries if not e.billable)
    assert report["billable_minutes"] > 0 and report["unbillable_minutes"] > 0
    kept = Counter((e.patient_id, e.activity, e.billable) for e in entries)
    assert {
        (r["patient_id"], r["activity"], r["billable"]): r["entries"] for r in report["rows"]
    } == (dict(kept))
    # Each entry's amount as `time list` values it, summed: the same cents.
    status, out, err = run(
        capsys, "--db", str(db), "time", "list", "--from", str(FIRST), "--to", str(LAST),
        "--format", "json",
    )  # fmt: skip
    assert status == 0, err
    listed = json.loads(out)
    assert (
        report["amount_cents"]
        == listed["total_cents"]
        == sum(r["amount_cents"] for r in report["rows"])
    )
    assert all(isinstance(r["amount_cents"], int) for r in report["rows"])

    status, out, err = carebook(capsys, db, "time")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("Time by client and activity, 1 ")
    assert lines[1].split() == ["Client", "Activity", "Billable", "Entries", "Time", "Amount"]
    assert lines[-3].startswith("Billable") and lines[-2].startswith("Not billable")
    total = f"${report['amount_cents'] // 100:,}.{report['amount_cents'] % 100:02d}"
    assert lines[-3].endswith(total)
    # The columns line up: every row is as wide as the header's right edge.
    assert {len(line) for line in lines[1:-2]} == {len(lines[1])}


def test_time_for_a_period_given(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    day = LAST - timedelta(days=6)
    report = shaped(capsys, db, "time", "--from", str(day), "--to", str(LAST))
    assert (report["first"], report["last"]) == (day.isoformat(), LAST.isoformat())
    whole = shaped(capsys, db, "time")
    assert 0 < report["billable_minutes"] < whole["billable_minutes"]


def test_unbilled_work_by_client(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    report = shaped(capsys, db, "unbilled")
    store = Store.open(db)
    try:
        waiting = store.time.entries(None, None, None, unbilled=True)
    finally:
        store.close()
    assert report["on"] == TODAY.isoformat()
    assert report["minutes"] == sum(e.minutes for e in waiting) > 0
    assert report["time_cents"] == sum(r["time_cents"] for r in report["rows"])
    assert report["expense_cents"] == sum(r["expense_cents"] for r in report["rows"])
    assert {r["patient_id"] for r in report["rows"]} >= {e.patient_id for e in waiting}

    status, out, err = carebook(capsys, db, "unbilled")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Unbilled work on {TODAY}"
    assert lines[1].split() == [
        "Client",
        "Since",
        "Time",
        "Time",
        "billed",
        "Trips",
        "Expenses",
        "Total",
    ]
    total = report["time_cents"] + report["expense_cents"]
    assert lines[-2].startswith("All clients")
    assert lines[-2].endswith(f"${total // 100:,}.{total % 100:02d}")


def test_mileage_by_month(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    year = TODAY.year
    report = shaped(capsys, db, "mileage", "--year", str(year))
    store = Store.open(db)
    try:
        trips = store.trips.trips(date(year, 1, 1), date(year, 12, 31))
    finally:
        store.close()
    assert report["year"] == year and report["unit"] == "mile"
    assert report["trips"] == len(trips) > 0
    assert report["distance_tenths"] == sum(t.total_tenths for t in trips)
    months = {t.on_date.month for t in trips}
    assert {r["month"] for r in report["rows"]} == months

    status, out, err = carebook(capsys, db, "mileage", "--year", str(year))
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Mileage by month, {year} (miles)"
    assert lines[1].split()[:2] == ["Month", "Trips"]
    assert len(lines) == 2 + len(months) + 2
    assert lines[-2].split()[:2] == [str(year), str(len(trips))]


def test_income_by_month(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    first = date(TODAY.year - 1, TODAY.month, 1)
    report = shaped(capsys, db, "income", "--from", str(first), "--to", str(TODAY))
    store = Store.open(db)
    try:
        paid = [
            payment
            for invoice in store.invoices.invoices()
            for payment in store.invoices.view(invoice).payments
            if first <= payment.paid_on <= TODAY
        ]
    finally:
        store.close()
    assert report["payments"] == len(paid) > 0
    assert report["amount_cents"] == sum(p.amount_cents for p in paid)
    by_month = Counter((p.paid_on.year, p.paid_on.month) for p in paid)
    assert {(r["year"], r["month"]): r["payments"] for r in report["rows"]} == dict(by_month)
    # Unless told, the last twelve months.
    assert shaped(capsys, db, "income")["amount_cents"] == report["amount_cents"]

    status, out, err = carebook(capsys, db, "income")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[1].split() == ["Month", "Payments", "Received"]
    cents = report["amount_cents"]
    assert lines[-1].split() == ["Total", str(len(paid)), f"${cents // 100:,}.{cents % 100:02d}"]


def test_a_payers_statement_runs_to_what_they_owe(
    capsys: pytest.CaptureFixture[str], db: Path, payer: str
) -> None:
    PAYER = payer
    report = shaped(capsys, db, "statement", "--payer", PAYER)
    store = Store.open(db)
    try:
        issued = [
            (invoice, standing)
            for invoice, standing in store.invoices.standings()
            if invoice.payer_name == PAYER and invoice.status is not InvoiceStatus.DRAFT
        ]
    finally:
        store.close()
    assert report["payer"] == PAYER
    charged = sum(s.total_cents for i, s in issued if i.status is not InvoiceStatus.VOID)
    assert report["charged_cents"] == charged > 0
    assert report["paid_cents"] == sum(s.paid_cents for _i, s in issued)
    assert report["balance_cents"] == sum(s.balance_cents for _i, s in issued)
    assert report["lines"][-1]["balance_cents"] == report["balance_cents"]
    balance = 0
    for entry in report["lines"]:
        balance += entry["charge_cents"] - entry["payment_cents"]
        assert entry["balance_cents"] == balance

    # A name in another case is the same payer.
    status, out, err = carebook(capsys, db, "statement", "--payer", PAYER.lower())
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Statement for {PAYER} on {TODAY}"
    assert any(
        line.split() == ["Date", "Description", "Charges", "Payments", "Balance"] for line in lines
    )
    owed = report["balance_cents"]
    assert lines[-1].endswith(f"${owed // 100:,}.{owed % 100:02d}") or lines[-2].endswith(
        f"${owed // 100:,}.{owed % 100:02d}"
    )


def test_an_unknown_payer_is_refused_naming_the_payers(
    capsys: pytest.CaptureFixture[str], db: Path, payers: list[str]
) -> None:
    status, out, err = carebook(capsys, db, "statement", "--payer", "Nobody Known")
    assert status == 2 and out == ""
    assert err.count("\n") == 1
    assert "no invoice has been issued to 'Nobody Known'" in err
    assert payers[0] in err and payers[-1] in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("statement",), "needs --payer"),
        (("mileage",), "needs --year"),
        (("time", "--year", "2026"), "takes no --year"),
        (("unbilled", "--from", "2026-01-01"), "takes no --from"),
        (("time", "--from", "2026-03-31", "--to", "2026-03-01"), "is before --from"),
        (("time", "--from", "2026-02-30"), "not a real calendar date"),
        (("income", "--format", "pdf"), "needs -o FILE"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], db: Path, args: tuple[str, ...], said: str
) -> None:
    status, out, err = carebook(capsys, db, *args)
    assert status == 2 and out == ""
    assert said in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "header"),
    [
        (("time",), "client,activity,billable,entries,minutes,hours,amount,amount_cents"),
        (("unbilled",), "client,since,time_entries,minutes,hours,time_amount,time_cents"),
        (("mileage", "--year", str(TODAY.year)), "year,month,purpose,trips,distance,unit"),
        (("income",), "year,month,payments,amount,amount_cents"),
        (("statement", "--payer", PAYER), "payer,date,invoice,kind,description,charge"),
    ],
)
def test_csv_has_its_header(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    tmp_path: Path,
    args: tuple[str, ...],
    header: str,
    payer: str,
) -> None:
    args = tuple(payer if word == PAYER else word for word in args)
    status, out, err = carebook(capsys, db, *args, "--format", "csv")
    assert status == 0, err
    assert out.lstrip("\ufeff").startswith(header)
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert len(rows) > 1
    written = tmp_path / "report.csv"
    status, out, err = carebook(capsys, db, *args, "--format", "csv", "-o", str(written))
    assert status == 0 and out == "", err
    assert written.read_text(encoding="utf-8-sig").startswith(header)


def test_a_statement_prints_as_a_pdf(
    qapp: object, capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, payer: str
) -> None:
    PAYER = payer
    pdf = tmp_path / "statement.pdf"
    status, out, err = carebook(
        capsys, db, "statement", "--payer", PAYER, "--format", "pdf", "-o", str(pdf)
    )
    assert status == 0, err
    assert out.startswith(f"Statement for {PAYER} written to {pdf}: ")
    pages = PdfReader(pdf).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert f"Statement for {PAYER}" in text and "Cedar Lane Care Management" in text
    assert "Balance due" in text and f"Page 1 of {len(pages)}" in text


def test_a_report_as_a_web_page(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, out, err = carebook(
        capsys, db, "mileage", "--year", str(TODAY.year), "--format", "html"
    )
    assert status == 0, err
    assert out.startswith("<!DOCTYPE html>") and f"Mileage by month, {TODAY.year}" in out
