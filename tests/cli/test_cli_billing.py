"""The business on the command line: rates, time, trips and invoices against a real caseload,
the invoice's JSON to the cent, its numbers, payments and credit, and the aged receivables."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_runner import run

from carebook.core.records import Patient
from carebook.store.caseload import Store

#: A day last week: time and trips are kept for past days only.
DAY = date.today() - timedelta(days=7)


@pytest.fixture(autouse=True)
def _printing_needs_the_tests_application(qapp: object) -> None:
    """A PDF starts Qt in this process; the tests' QApplication first, so no bare
    QGuiApplication is left for the window's tests that follow."""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A caseload of two clients, billed at 125.00 an hour and 0.725 a mile."""
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    for given, family, street in (("Edith", "Crawley", "1 Mill Lane"), ("Robert", "Ellis", "")):
        store.patients.add_patient(
            Patient(given=given, family=family, address_line=street, city="Leeds")
        )
    store.close()
    return path


def carebook(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), *args)


def priced(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, out, err = carebook(capsys, db, "rates", "set", "--hourly", "125.00")
    assert status == 0, err
    assert "$125.00 an hour" in out
    status, _, err = carebook(
        capsys, db, "rates", "mileage", "--year", str(DAY.year), "--rate", "0.725"
    )
    assert status == 0, err


def worked(capsys: pytest.CaptureFixture[str], db: Path, patient: str = "Crawley") -> None:
    """50 minutes of a home visit and a 12.4-mile round trip for the client on DAY."""
    status, out, err = carebook(
        capsys, db, "time", "add", patient, "--date", DAY.isoformat(), "--minutes", "50",
        "--activity", "Home visit", "--note", "Medication review",
    )  # fmt: skip
    assert status == 0, err
    assert "50 minutes of Home visit" in out and err == ""
    status, out, err = carebook(
        capsys, db, "trips", "add", "--date", DAY.isoformat(), "--from", "Home",
        "--to", patient, "--miles", "12.4", "--round-trip", "--purpose", "Home visit",
        "--patient", patient,
    )  # fmt: skip
    assert status == 0, err
    assert "24.8 mi" in out


def draft(capsys: pytest.CaptureFixture[str], db: Path, patient: str = "Crawley") -> int:
    first, last = DAY.replace(day=1), DAY + timedelta(days=1)
    status, out, err = carebook(
        capsys, db, "invoice", "draft", patient, "--from", str(first), "--to", str(last)
    )
    assert status == 0, err
    return int(out.strip())


def shown(capsys: pytest.CaptureFixture[str], db: Path, number: int) -> dict[str, object]:
    status, out, err = carebook(capsys, db, "invoice", "show", str(number), "--format", "json")
    assert status == 0, err
    found: dict[str, object] = json.loads(out)
    return found


def test_an_invoice_bills_time_and_mileage_to_the_cent(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    priced(capsys, db)
    worked(capsys, db)
    number = draft(capsys, db)
    assert number == 1
    invoice = shown(capsys, db, number)
    assert {
        "number",
        "status",
        "payer",
        "patient",
        "from",
        "to",
        "lines",
        "total_cents",
        "paid_cents",
        "balance_cents",
    } <= set(invoice)
    assert invoice["status"] == "draft"
    assert invoice["payer"] == "Edith Crawley" and invoice["patient"] == "Edith Crawley"
    assert invoice["lines"] == [
        {
            "kind": "time",
            "date": DAY.isoformat(),
            "description": "Home visit: Medication review",
            "quantity": 50,
            "unit": "minute",
            "rate_cents": 12500,
            "rate_mills": 125000,
            "amount_cents": 10417,
        },
        {
            "kind": "mileage",
            "date": DAY.isoformat(),
            "description": "Home to Crawley and back",
            "quantity": 248,
            "unit": "tenth_mile",
            "rate_cents": 72.5,
            "rate_mills": 725,
            "amount_cents": 1798,
        },
    ]
    assert invoice["total_cents"] == 12215
    assert invoice["paid_cents"] == 0 and invoice["balance_cents"] == 12215

    status, out, _ = carebook(capsys, db, "invoice", "show", "1")
    assert status == 0
    assert "$104.17" in out and "$17.98" in out and "$122.15" in out
    status, out, _ = carebook(capsys, db, "invoice", "show", "1", "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert [(row["kind"], row["amount_cents"]) for row in rows] == [
        ("time", "10417"),
        ("mileage", "1798"),
    ]


def test_numbers_run_on_and_a_void_invoice_keeps_its_number(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    priced(capsys, db)
    worked(capsys, db)
    assert draft(capsys, db) == 1
    status, out, err = carebook(capsys, db, "invoice", "void", "1", "--reason", "wrong period")
    assert status == 0, err
    assert "void" in out
    # The voided invoice's work is unbilled again, so it is drafted on the next number.
    assert draft(capsys, db) == 2
    worked(capsys, db, "Ellis")
    assert draft(capsys, db, "Ellis") == 3
    status, out, _ = carebook(capsys, db, "invoice", "list", "--format", "json")
    assert status == 0
    listed = {row["number"]: row["status"] for row in json.loads(out)}
    assert listed == {1: "void", 2: "draft", 3: "draft"}
    assert shown(capsys, db, 1)["void_reason"] == "wrong period"
    assert shown(capsys, db, 2)["total_cents"] == 12215


def test_issuing_twice_is_refused_and_an_issued_entry_cannot_change(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    priced(capsys, db)
    worked(capsys, db)
    draft(capsys, db)
    status, out, err = carebook(capsys, db, "invoice", "issue", "1")
    assert status == 0, err
    assert "Invoice 1 issued" in out and "$122.15" in out
    status, _, err = carebook(capsys, db, "invoice", "issue", "1")
    assert status == 2
    assert "issued" in err and "already" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert shown(capsys, db, 1)["status"] == "issued"

    status, out, _ = carebook(capsys, db, "time", "list", "--format", "json")
    entry = json.loads(out)["entries"][0]
    assert entry["invoice"] == 1
    status, _, err = carebook(capsys, db, "time", "edit", str(entry["id"]), "--minutes", "40")
    assert status == 2
    assert "invoice 1" in err and "void" in err
    status, _, err = carebook(capsys, db, "time", "delete", str(entry["id"]))
    assert status == 2 and "invoice 1" in err


def test_paying_more_than_is_owed_keeps_a_credit(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    priced(capsys, db)
    worked(capsys, db)
    draft(capsys, db)
    status, _, err = carebook(
        capsys, db, "invoice", "pay", "1", "--amount", "100.00", "--date", str(date.today())
    )
    assert status == 2 and "draft" in err  # a draft is issued before it is paid
    carebook(capsys, db, "invoice", "issue", "1")
    status, out, err = carebook(
        capsys, db, "invoice", "pay", "1", "--amount", "100.00", "--date", str(date.today())
    )
    assert status == 0, err
    assert "$22.15 still owed" in out
    assert shown(capsys, db, 1)["status"] == "part_paid"
    status, out, err = carebook(
        capsys, db, "invoice", "pay", "1", "--amount", "50", "--date", str(date.today()),
        "--method", "transfer",
    )  # fmt: skip
    assert status == 0, err
    assert "$27.85 more than invoice 1 owed" in out and "credit" in out
    invoice = shown(capsys, db, 1)
    assert invoice["status"] == "paid"
    assert invoice["paid_cents"] == 15000 and invoice["balance_cents"] == 0
    assert invoice["credit_cents"] == 2785


def test_nothing_unbilled_is_said_and_the_command_fails(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, err = carebook(
        capsys, db, "invoice", "draft", "Ellis", "--from", "2026-01-01", "--to", "2026-01-31"
    )
    assert status == 2 and out == ""
    assert "no unbilled" in err and "Robert Ellis" in err
    status, _, err = carebook(capsys, db, "invoice", "show", "7")
    assert status == 2 and "no invoice 7" in err


def test_bad_input_is_refused_in_one_line(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    priced(capsys, db)
    today = str(DAY)
    refused = [
        (["time", "add", "Crawley", "--date", today, "--minutes", "-5"], "at least one minute"),
        (["time", "add", "Crawley", "--date", today, "--minutes", "1500"], "more than a day"),
        (["time", "add", "Crawley", "--date", today, "--minutes", "lots"], "whole minutes"),
        (["time", "add", "Nobody", "--date", today, "--minutes", "5"], "no patient"),
        (
            ["trips", "add", "--date", today, "--from", "Home", "--to", "Leeds",
             "--odometer-start", "1000.5", "--odometer-end", "990", "--purpose", "Visit"],
            "below its start",
        ),
        (
            ["trips", "add", "--date", today, "--from", "Home", "--to", "Leeds",
             "--miles", "1200", "--purpose", "Visit"],
            "--yes",
        ),
        (
            ["trips", "add", "--date", today, "--from", "Home", "--to", "Leeds",
             "--km", "12", "--purpose", "Visit"],
            "logs miles",
        ),
        (["rates", "set", "--hourly", "12,500.00"], "check the decimal point"),
        (["invoice", "pay", "1", "--amount", "ten", "--date", today], "no invoice 1"),
    ]  # fmt: skip
    for args, said in refused:
        status, out, err = carebook(capsys, db, *args)
        assert status == 2, (args, err)
        assert said in err, (args, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    status, out, _ = carebook(capsys, db, "time", "list", "--format", "json")
    assert json.loads(out)["entries"] == []


def test_a_long_trip_is_kept_with_yes_and_odometer_trips_take_the_difference(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    common = ["trips", "add", "--date", str(DAY), "--from", "Home", "--to", "Leeds"]
    status, out, err = carebook(
        capsys, db, *common, "--miles", "1200", "--purpose", "Conference", "--yes"
    )
    assert status == 0, err
    status, out, err = carebook(
        capsys, db, *common, "--odometer-start", "1000.5", "--odometer-end", "1012.9",
        "--purpose", "Visit",
    )  # fmt: skip
    assert status == 0, err
    assert "12.4 mi" in out
    status, out, _ = carebook(
        capsys, db, "trips", "log", "--year", str(DAY.year), "--format", "json"
    )
    log = json.loads(out)
    assert [t["distance_tenths"] for t in log["trips"]] == [12000, 124]
    assert log["total_distance_tenths"] == 12124
    status, out, _ = carebook(
        capsys, db, "trips", "log", "--year", str(DAY.year), "--format", "csv"
    )
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert [row["distance"] for row in rows] == ["1200.0", "12.4"]
    assert rows[-1]["running_total"] == "1212.4"


def test_time_at_rate_zero_is_kept_with_a_warning(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, _, err = carebook(
        capsys, db, "time", "add", "Ellis", "--date", str(DAY), "--minutes", "30"
    )
    assert status == 0
    assert "warning" in err and "rate of 0" in err
    status, out, _ = carebook(capsys, db, "time", "list", "--format", "json", "--unbilled")
    listed = json.loads(out)
    assert listed["total_minutes"] == 30 and listed["total_cents"] == 0


def test_time_list_totals_and_filters(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    priced(capsys, db)
    worked(capsys, db)
    carebook(capsys, db, "time", "add", "Ellis", "--date", str(DAY), "--minutes", "1:30")
    carebook(capsys, db, "time", "add", "Ellis", "--date", str(DAY), "--minutes", "15", "--no-bill")
    status, out, _ = carebook(capsys, db, "time", "list")
    assert status == 0
    assert "3 entries, 2 h 35 min, $291.67 billable." in out
    status, out, _ = carebook(capsys, db, "time", "list", "--patient", "Ellis", "--format", "json")
    listed = json.loads(out)
    assert [e["minutes"] for e in listed["entries"]] == [90, 15]
    assert listed["total_cents"] == 18750
    status, out, _ = carebook(capsys, db, "time", "list", "--unbilled", "--format", "csv")
    assert len(out.splitlines()) == 3  # the header, Edith's 50 minutes and Robert's 90


def test_rates_of_one_client_and_the_practice(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    priced(capsys, db)
    status, out, err = carebook(
        capsys, db, "rates", "set", "--patient", "Ellis", "--hourly", "90", "--rounding", "15"
    )
    assert status == 0, err
    assert "Robert Ellis: $90.00 an hour" in out
    status, out, _ = carebook(capsys, db, "rates", "show", "--patient", "Ellis", "--format", "json")
    shown_rates = json.loads(out)
    assert shown_rates["hourly_cents"] == 9000 and shown_rates["rounding"] == "15"
    status, out, _ = carebook(capsys, db, "rates", "show", "--format", "json")
    assert json.loads(out)["hourly_cents"] == 12500
    # Robert's 50 minutes are billed as an hour, at his own rate.
    carebook(capsys, db, "time", "add", "Ellis", "--date", str(DAY), "--minutes", "50")
    assert shown(capsys, db, draft(capsys, db, "Ellis"))["total_cents"] == 9000


def test_the_timer_survives_between_two_runs(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    priced(capsys, db)
    status, out, err = carebook(
        capsys, db, "time", "start", "Crawley", "--activity", "Phone call", "--at", "00:00"
    )
    assert status == 0, err
    assert "Timer started at 00:00" in out
    status, _, err = carebook(capsys, db, "time", "start", "Ellis")
    assert status == 2 and "running since 00:00" in err
    status, out, err = carebook(capsys, db, "time", "stop", "--note", "Called the GP")
    assert status == 0, err
    assert "Kept" in out and "Phone call for Edith Crawley" in out
    status, _, err = carebook(capsys, db, "time", "stop")
    assert status == 2 and "no timer is running" in err


def test_aged_receivables_put_each_balance_in_its_column(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    priced(capsys, db)
    worked(capsys, db)
    draft(capsys, db)
    # Issued 50 days ago on 30 days' terms: 20 days late.
    issued = date.today() - timedelta(days=50)
    status, _, err = carebook(capsys, db, "invoice", "issue", "1", "--date", str(issued))
    assert status == 0, err
    carebook(capsys, db, "time", "add", "Ellis", "--date", str(DAY), "--minutes", "60")
    draft(capsys, db, "Ellis")
    carebook(capsys, db, "invoice", "issue", "2")
    carebook(capsys, db, "invoice", "pay", "2", "--amount", "25.00", "--date", str(date.today()))
    status, out, _ = carebook(capsys, db, "receivables", "--format", "json")
    assert status == 0
    aged = json.loads(out)
    rows = {row["patient"]: row for row in aged["payers"]}
    assert rows["Edith Crawley"]["1_30"] == 12215 and rows["Edith Crawley"]["current"] == 0
    assert rows["Robert Ellis"]["current"] == 10000
    assert aged["totals"]["total_cents"] == 22215
    assert aged["columns"]["over_90"] == "Over 90 days"
    status, out, _ = carebook(capsys, db, "receivables")
    assert "Edith Crawley" in out and "$222.15" in out


def test_an_ambiguous_client_is_named_with_the_ids(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, _, err = carebook(capsys, db, "time", "add", "e", "--date", str(DAY), "--minutes", "5")
    assert status == 2
    assert "more than one patient" in err and "Crawley" in err and "Ellis" in err


def test_an_invoice_and_the_mileage_log_print_as_pdf(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    priced(capsys, db)
    worked(capsys, db)
    draft(capsys, db)
    target = tmp_path / "invoice-1.pdf"
    status, out, err = carebook(
        capsys, db, "invoice", "show", "1", "--format", "pdf", "-o", str(target)
    )
    assert status == 0, err
    assert target.read_bytes().startswith(b"%PDF") and "1 page" in out
    log = tmp_path / "mileage.pdf"
    status, out, err = carebook(
        capsys, db, "trips", "log", "--year", str(DAY.year), "--format", "pdf", "-o", str(log)
    )
    assert status == 0, err
    assert log.read_bytes().startswith(b"%PDF")
    status, _, err = carebook(capsys, db, "invoice", "show", "1", "--format", "pdf")
    assert status == 2 and "-o FILE" in err


def test_editing_time_on_a_draft_draws_the_draft_again(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    priced(capsys, db)
    worked(capsys, db)
    draft(capsys, db)
    _, out, _ = carebook(capsys, db, "time", "list", "--format", "json")
    entry = json.loads(out)["entries"][0]
    status, out, err = carebook(capsys, db, "time", "edit", str(entry["id"]), "--minutes", "60")
    assert status == 0, err
    assert "Draft invoice 1 drawn again" in out
    assert shown(capsys, db, 1)["total_cents"] == 12500 + 1798


def test_a_caseload_kept_in_km_logs_and_bills_km(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    priced(capsys, db)
    status, out, err = carebook(capsys, db, "rates", "set", "--unit", "km")
    assert status == 0, err
    assert "a km" in out
    status, out, err = carebook(
        capsys, db, "trips", "add", "--date", str(DAY), "--from", "Home", "--to", "Leeds",
        "--km", "20", "--purpose", "Visit", "--patient", "Ellis",
    )  # fmt: skip
    assert status == 0, err
    assert "20.0 km" in out
    (line,) = shown(capsys, db, draft(capsys, db, "Ellis"))["lines"]
    assert line["unit"] == "tenth_km" and line["amount_cents"] == 1450
    status, _, err = carebook(capsys, db, "rates", "set", "--unit", "mile")
    assert status == 2 and "only while the mileage log is empty" in err
