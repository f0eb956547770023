"""Today shows the practice's unbilled time and its overdue invoices, and either opens the
Billing tab."""

from __future__ import annotations

from datetime import timedelta

from keyboard_driver import Key, activate, press
from pytestqt.qtbot import QtBot

from carebook.core.billing_records import Invoice, InvoiceLine, TimeEntry
from carebook.core.changes import Changes
from carebook.core.money import cents_for, format_cents, hourly_mills
from carebook.core.today import hours_words
from carebook.core.vocabularies import LineKind
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.today.today_model import Line, Tone


def _texts(window: MainWindow) -> list[str]:
    model = window.today.model
    return [model.line(n).text for n in range(model.rowCount())]  # type: ignore[union-attr]


def _expected_unbilled(store: Store) -> str:
    entries = store.time.entries(unbilled=True)
    minutes = sum(e.minutes for e in entries)
    cents = sum(
        e.flat_cents
        if e.flat_cents is not None
        else cents_for(e.minutes, 60, hourly_mills(e.rate_cents))
        for e in entries
    )
    clients = len({e.patient_id for e in entries if e.patient_id is not None})
    currency = store.agreements.settings().currency
    return f"Unbilled: {hours_words(minutes)}, {format_cents(cents, currency)} across {clients}"


def test_today_shows_the_unbilled_time_and_it_opens_the_billing_tab(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    patient_id = int(store.conn.execute("SELECT min(id) FROM patient").fetchone()[0])
    caseload.add(
        TimeEntry(
            patient_id=patient_id,
            on_date=store.today(),
            minutes=95,
            activity="Phone call",
            rate_cents=12000,
            narrative="Arranged respite care",
        ),
        "Add time",
    )
    window.tabs.setCurrentWidget(window.today)
    expected = _expected_unbilled(store)
    (line,) = [text for text in _texts(window) if text.startswith("Unbilled: ")]
    assert line.startswith(expected), (line, expected)

    wanted: list[object] = []
    window.today.billing_wanted.connect(wanted.append)
    model = window.today.model
    row = next(n for n in range(model.rowCount()) if model.line(n).kind is Line.UNBILLED)  # type: ignore[union-attr]
    activate(qtbot, window)
    window.today.list.setCurrentIndex(model.index(row))
    window.today.list.setFocus()
    press(qtbot, Key.Key_Return, inside=window.today.list)
    assert wanted == [None]


def test_an_overdue_invoice_is_shown_in_the_warning_tone_and_opens_in_billing(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    patient_id = int(store.conn.execute("SELECT max(id) FROM patient").fetchone()[0])
    patient = store.patients.patient(patient_id)
    assert patient is not None
    today = store.today()
    # An invoice issued 48 days ago on 30 days' terms: 18 days overdue, nothing paid.
    entry = store.time.add_time_entry(
        TimeEntry(
            patient_id=patient_id,
            on_date=today - timedelta(days=50),
            minutes=120,
            activity="Care coordination",
            rate_cents=12500,
        )
    )
    drafted = store.invoices.draft(patient_id, entry.on_date, entry.on_date)
    invoice = store.invoices.issue(drafted, on=today - timedelta(days=48))
    assert isinstance(invoice, Invoice)
    view = store.invoices.view(invoice)
    balance = view.standing.balance_cents
    assert isinstance(view.lines[0], InvoiceLine) and view.lines[0].kind is LineKind.TIME
    caseload.announce(Changes.of(["invoice"]))
    window.tabs.setCurrentWidget(window.today)
    currency = store.agreements.settings().currency
    days = (today - invoice.due_on).days if invoice.due_on else 0
    words = (
        f"⚠ Invoice {invoice.number} · {invoice.client_name} · {days} days overdue · "
        f"{format_cents(balance, currency)}"
    )
    model = window.today.model
    rows = [n for n in range(model.rowCount()) if model.line(n).text == words]  # type: ignore[union-attr]
    assert rows, (words, _texts(window))
    line = model.line(rows[0])
    assert line is not None and line.tone is Tone.WARNING and line.kind is Line.INVOICE

    wanted: list[object] = []
    window.today.billing_wanted.connect(wanted.append)
    activate(qtbot, window)
    window.today.list.setCurrentIndex(model.index(rows[0]))
    window.today.list.setFocus()
    press(qtbot, Key.Key_Return, inside=window.today.list)
    assert wanted == [invoice.id]
