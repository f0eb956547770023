"""An undo the caseload refuses (it would leave a gap in the invoice numbers, or take back an
issued invoice) changes nothing, says why, and leaves the stack at the step before."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from carebook.core.billing_records import TimeEntry
from carebook.core.records import Patient
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload

NOW = datetime(2026, 12, 7, 10, 0)


def _caseload(tmp_path: Path) -> tuple[Caseload, list[int]]:
    store = Store.open(tmp_path / "c.sqlite3", clock=lambda: NOW)
    clients = []
    for family in ("Smith", "Jones"):
        patient = store.patients.add_patient(Patient(given="Ann", family=family))
        assert patient.id is not None
        clients.append(patient.id)
        store.time.add_time_entry(
            TimeEntry(
                patient_id=patient.id,
                on_date=date(2026, 12, 1),
                minutes=60,
                activity="Home visit",
                rate_cents=10000,
            )
        )
    return Caseload(store), clients


def _draft(caseload: Caseload, client: int) -> int:
    made: list[int] = []

    def draft() -> list[tuple[str, int]]:
        invoice = caseload.store.invoices.draft(client, date(2026, 12, 1), date(2026, 12, 31))
        assert invoice.id is not None
        made.append(invoice.id)
        return [("invoice", invoice.id)]

    caseload.change("Draft invoice", "invoice", draft)
    return made[0]


def _numbers(caseload: Caseload) -> list[int]:
    return [n for (n,) in caseload.store.conn.execute("SELECT number FROM invoice ORDER BY number")]


def test_undoing_a_draft_that_is_not_the_latest_is_refused_saying_why(tmp_path: Path) -> None:
    caseload, (ann, bob) = _caseload(tmp_path)
    refusals: list[str] = []
    caseload.refused.connect(refusals.append)
    _draft(caseload, ann)
    # Another program (the command line) drafts the next number meanwhile.
    caseload.store.invoices.draft(bob, date(2026, 12, 1), date(2026, 12, 31))
    caseload.undo_stack.undo()
    assert _numbers(caseload) == [1, 2]
    assert refusals and "gap in the invoice numbers" in refusals[0]
    assert caseload.undo_stack.count() == 0  # the refused step left the stack
    caseload.store.close()


def test_undoing_the_latest_draft_gives_its_time_back_to_be_billed(tmp_path: Path) -> None:
    caseload, (ann, _bob) = _caseload(tmp_path)
    _draft(caseload, ann)
    caseload.undo_stack.undo()
    assert _numbers(caseload) == []
    assert caseload.store.time.entries(ann, unbilled=True)
    caseload.undo_stack.redo()
    assert _numbers(caseload) == [1]
    caseload.store.close()


def test_an_issued_invoice_is_not_undone_back_to_a_draft(tmp_path: Path) -> None:
    caseload, (ann, _bob) = _caseload(tmp_path)
    refusals: list[str] = []
    caseload.refused.connect(refusals.append)
    invoice_id = _draft(caseload, ann)

    def issue() -> None:
        invoice = caseload.store.invoices.invoice(invoice_id)
        assert invoice is not None
        caseload.store.invoices.issue(invoice)

    caseload.change("Issue invoice 1", "invoice", issue, touches=[("invoice", invoice_id)])
    caseload.undo_stack.undo()
    assert refusals and "Invoice 1 has been issued, so it stays" in refusals[0]
    stored = caseload.store.invoices.invoice(invoice_id)
    assert stored is not None and stored.status.value == "issued"
    caseload.store.close()
