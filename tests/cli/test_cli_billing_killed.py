"""Billing commands as separate processes: `invoice issue` (and `draft`) killed at any moment
leaves the numbers 1..N with no gap or repeat and each invoice wholly a draft or wholly issued;
the timer one run starts, the next stops."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from carebook.core.billing_records import BillingSettings, RunningTimer, TimeEntry
from carebook.core.records import Patient
from carebook.core.vocabularies import InvoiceStatus
from carebook.store.caseload import Store

DAY = date.today() - timedelta(days=3)
CLIENTS = 6


def _caseload(path: Path) -> list[int]:
    """Clients with an hour of unbilled time each, and drafts for the first three."""
    store = Store.open(path)
    store.agreements.set_settings(BillingSettings(default_hourly_cents=12500))
    ids = []
    for number in range(CLIENTS):
        patient = store.patients.add_patient(Patient(given=f"Client{number}", family="Kept"))
        assert patient.id is not None
        ids.append(patient.id)
        for minutes in (50, 70):
            store.time.add_time_entry(
                TimeEntry(
                    patient_id=patient.id,
                    on_date=DAY,
                    minutes=minutes,
                    activity="Home visit",
                    rate_cents=12500,
                )
            )
    for patient_id in ids[:3]:
        store.invoices.draft(patient_id, DAY, DAY)
    store.close()
    return ids


def _killed(db: Path, *args: str, after: float) -> None:
    """Run `carebook ARGS` and kill it with SIGKILL `after` seconds in (if still running)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "carebook", "--db", str(db), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    time.sleep(after)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def test_a_killed_issue_or_draft_leaves_no_gap_and_no_half_invoice(tmp_path: Path) -> None:
    db = tmp_path / "caseload.sqlite3"
    ids = _caseload(db)
    chance = random.Random()
    for round_no in range(12):
        after = chance.uniform(0.1, 0.8)  # start-up takes about 0.4 s
        if round_no % 3 == 2:
            patient_id = ids[3 + round_no % (CLIENTS - 3)]
            _killed(db, "invoice", "draft", str(patient_id), "--from", str(DAY), "--to", str(DAY),
                    after=after)  # fmt: skip
        else:
            _killed(db, "invoice", "issue", str(1 + round_no % 3), after=after)

    store = Store.open(db)
    try:
        invoices = store.invoices.invoices()
        numbers = sorted(invoice.number for invoice in invoices)
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(numbers) >= 3
        store.invoices.check_numbers()
        for invoice in invoices:
            view = store.invoices.view(invoice)
            entries = [e for e in store.time.entries(invoice.patient_id) if e.invoice_id]
            assert {e.invoice_id for e in entries} == {invoice.id}
            # Each client's 50 and 70 minutes, at 125.00 an hour: 104.17 + 145.83.
            assert view.total_cents == 25000, invoice.number
            if invoice.status is InvoiceStatus.DRAFT:
                assert invoice.issued_on is None and invoice.due_on is None
            else:
                assert invoice.status is InvoiceStatus.ISSUED
                assert invoice.issued_on == date.today()
                assert invoice.due_on == date.today() + timedelta(days=invoice.terms_days)
        (integrity,) = store.conn.execute("PRAGMA integrity_check").fetchone()
        assert integrity == "ok"
    finally:
        store.close()


def _carebook(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`carebook ARGS` run as its own process, as a shell would run it."""
    return subprocess.run(
        [sys.executable, "-m", "carebook", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


def test_the_timer_started_by_one_run_is_stopped_by_the_next(tmp_path: Path) -> None:
    db = tmp_path / "caseload.sqlite3"
    _caseload(db)
    started = _carebook(db, "time", "start", "Client4", "--activity", "Phone call", "--at", "00:00")
    assert started.returncode == 0, started.stderr
    again = _carebook(db, "time", "start", "Client5")
    assert again.returncode == 2 and "running since 00:00" in again.stderr
    stopped = _carebook(db, "time", "stop", "--note", "Called the GP")
    assert stopped.returncode == 0, stopped.stderr
    store = Store.open(db)
    try:
        assert store.time.timer() is None
        (entry,) = [e for e in store.time.entries() if e.activity == "Phone call"]
    finally:
        store.close()
    assert f"Kept {entry.minutes} minute" in stopped.stdout and "since 00:00" in stopped.stdout
    assert entry.narrative == "Called the GP" and entry.rate_cents == 12500
    assert entry.on_date == date.today()


def test_a_timer_left_running_overnight_asks_how_long_it_really_was(tmp_path: Path) -> None:
    db = tmp_path / "caseload.sqlite3"
    _caseload(db)
    store = Store.open(db)
    day = date.today() - timedelta(days=1)
    yesterday = datetime(day.year, day.month, day.day, 16, 30)
    store.time.start_timer(RunningTimer(activity="Phone call", started_at=yesterday))
    store.close()
    asked = _carebook(db, "time", "stop")
    assert (
        asked.returncode == 2 and "--minutes N" in asked.stderr and "Traceback" not in asked.stderr
    )
    kept = _carebook(db, "time", "stop", "--minutes", "50", "--note", "Evening call")
    assert kept.returncode == 0, kept.stderr
    _carebook(db, "time", "start", "Client4")
    discarded = _carebook(db, "time", "stop", "--discard")
    assert discarded.returncode == 0 and "no time kept" in discarded.stdout
    store = Store.open(db)
    try:
        minutes = [(e.minutes, e.on_date, e.narrative) for e in store.time.entries()]
        assert store.time.timer() is None
    finally:
        store.close()
    assert (50, yesterday.date(), "Evening call") in minutes
    assert len([m for m in minutes if m[2] == "Evening call"]) == 1
