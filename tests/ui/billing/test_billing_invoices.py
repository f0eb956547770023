"""Invoices from the Billing tab: drafted, issued and paid from the invoice's window by
keyboard, a draft undone, the receivables' ages, and every table's model checked."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from billing_books import add_time, client_id
from keyboard_driver import (
    ALT,
    Answers,
    Key,
    activate,
    press,
    press_mnemonic,
    replace_text,
    tab_to,
    type_text,
)
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.billing_records import Payment
from carebook.core.vocabularies import InvoiceGrouping
from carebook.ui.billing.billing_lists import ActivitiesWindow
from carebook.ui.billing.billing_tab import INVOICES, RECEIVABLES, BillingTab
from carebook.ui.billing.invoice_dialog import InvoiceDialog
from carebook.ui.changes import billing as billing_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm


def _scalar(caseload: Caseload, sql: str) -> Any:
    return caseload.store.conn.execute(sql).fetchone()[0]


def test_an_invoice_drafted_issued_and_paid_over_its_total_from_its_window(
    qtbot: QtBot, tab: BillingTab, books: Caseload, answers: Answers
) -> None:
    smith = client_id(books, "Smith")
    for day in (3, 10, 17):
        add_time(books.store, smith, date(2026, 11, day), 60)  # 3 hours at 125.00 in November
    said: list[str] = []

    def choose(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Smith", form)
        press(qtbot, Key.Key_Down, inside=form)
        press(qtbot, Key.Key_Return, inside=form)
        press(qtbot, Key.Key_Return, inside=form)  # last month, a line a day: as offered

    def in_window(dialog: InvoiceDialog) -> None:
        assert not dialog.pay_button.isEnabled(), "a draft is issued before it is paid"
        answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, "final", "void"), "issue?")
        press(qtbot, Key.Key_I, ALT, inside=dialog)
        qtbot.waitUntil(dialog.pay_button.isEnabled)
        assert not dialog.issue_button.isEnabled(), "issuing twice is impossible"

        def payment(form: RecordForm[Any]) -> None:
            tab_to(qtbot, form.editor("amount"))
            replace_text(qtbot, "400.00", form)
            press(qtbot, Key.Key_Return, inside=form)

        def credit(box: QMessageBox) -> None:
            said.append(box.text())
            press(qtbot, Key.Key_Return, inside=box)

        answers.expect(RecordForm, payment, "payment form")
        answers.expect(QMessageBox, credit, "credit said")
        activate(qtbot, dialog)
        press(qtbot, Key.Key_P, ALT, inside=dialog)
        qtbot.waitUntil(lambda: bool(said))
        press(qtbot, Key.Key_Escape, inside=dialog)

    answers.expect(RecordForm, choose, "draft form")
    answers.expect(InvoiceDialog, in_window, "invoice window")
    tab.draft_invoice()
    answers.settle(qtbot)

    number, status, due = books.store.conn.execute(
        "SELECT number, status, due_on FROM invoice"
    ).fetchone()
    assert (number, status, due) == (1, "issued", "2027-01-06")
    assert _scalar(books, "SELECT sum(amount_cents) FROM invoice_line") == 375_00
    assert _scalar(books, "SELECT amount_cents FROM payment") == 400_00
    assert "$25.00 more than invoice 1 owed" in said[0]
    assert tab.views.currentIndex() == INVOICES
    assert tab.invoices.model.value(0, "status") == "Paid"


def test_nothing_to_bill_is_said_and_the_form_keeps_the_client(
    qtbot: QtBot, tab: BillingTab, answers: Answers
) -> None:
    said: list[str] = []

    def again(form: RecordForm[Any]) -> None:
        said.append(form.message("period_from").text())
        said.append(form.editor("patient_id").text())  # type: ignore[attr-defined]
        form.reject()

    def choose(form: RecordForm[Any]) -> None:
        type_text(qtbot, "Jones", form)
        press(qtbot, Key.Key_Down, inside=form)
        press(qtbot, Key.Key_Return, inside=form)
        # The refusal brings the form back with what was chosen and why.
        answers.expect(RecordForm, again, "the form again")
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, choose, "draft form")
    tab.draft_invoice()
    answers.settle(qtbot)
    assert said and "has no unbilled time" in said[0] and said[1] == "Bob Jones"


def test_a_draft_is_undone_and_its_time_is_unbilled_again(books: Caseload, tab: BillingTab) -> None:
    smith = client_id(books, "Smith")
    entry = add_time(books.store, smith, date(2026, 11, 3), 60)
    billing_changes.draft_invoice(
        books, "Draft invoice", smith, date(2026, 11, 1), date(2026, 11, 30), InvoiceGrouping.DAY
    )
    assert books.store.time.entry(entry.id or 0).invoice_id is not None  # type: ignore[union-attr]
    tab.show_view(INVOICES)
    assert tab.invoices.model.rowCount() == 1

    books.undo_stack.undo()
    assert _scalar(books, "SELECT count(*) FROM invoice") == 0
    assert books.store.time.entry(entry.id or 0).invoice_id is None  # type: ignore[union-attr]
    assert tab.invoices.model.rowCount() == 0, "the tab follows the undo"

    books.undo_stack.redo()
    assert _scalar(books, "SELECT number FROM invoice") == 1
    assert books.store.time.entry(entry.id or 0).invoice_id is not None  # type: ignore[union-attr]


def test_receivables_put_each_balance_in_its_age(books: Caseload, tab: BillingTab) -> None:
    store = books.store
    smith, jones = client_id(books, "Smith"), client_id(books, "Jones")
    today = store.today()
    # Ann: one invoice due in the future (current) and one 45 days late, part paid.
    for month, issued in ((11, today - timedelta(days=10)), (9, today - timedelta(days=75))):
        add_time(store, smith, date(2026, month, 5), 60)
        invoice = store.invoices.draft(
            smith, date(2026, month, 1), date(2026, month, 28), InvoiceGrouping.DAY
        )
        store.invoices.issue(invoice, on=issued)
        if month == 9:
            store.invoices.add_payment(
                Payment(invoice_id=invoice.id or 0, paid_on=today, amount_cents=25_00)
            )
    # Bob: 100 days late, nothing paid.
    add_time(store, jones, date(2026, 8, 5), 120)
    old = store.invoices.draft(jones, date(2026, 8, 1), date(2026, 8, 31), InvoiceGrouping.DAY)
    store.invoices.issue(old, on=today - timedelta(days=130))

    tab.show_view(RECEIVABLES)
    model = tab.receivables.model
    rows = [model.row(n) for n in range(model.rowCount())]
    owed = {
        row.client: (row.current, row.late_30, row.late_60, row.late_90, row.over_90, row.total)
        for row in rows
        if row is not None
    }
    assert owed == {
        "Ann Smith": (125_00, 0, 100_00, 0, 0, 225_00),
        "Bob Jones": (0, 0, 0, 0, 180_00, 180_00),
        "Total": (125_00, 0, 100_00, 0, 180_00, 405_00),
    }
    assert "$405.00" in tab.receivables.totals.text()
    assert (
        model.headerData(2, tab.receivables.table.horizontalHeader().orientation()) == "1–30 days"
    )


def test_every_billing_table_passes_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, books: Caseload, tab: BillingTab
) -> None:
    smith = client_id(books, "Smith")
    add_time(books.store, smith, date(2026, 12, 1), 30)
    add_time(books.store, None, date(2026, 12, 2), 15)
    invoice = billing_changes.draft_invoice(
        books, "Draft invoice", smith, date(2026, 12, 1), date(2026, 12, 31), InvoiceGrouping.DAY
    )
    for index in range(tab.views.count()):
        tab.show_view(index)
        qtmodeltester.check(tab.views.widget(index).model)  # type: ignore[attr-defined]
    dialog = InvoiceDialog(books, invoice.id or 0)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.lines)
    qtmodeltester.check(dialog.payments)
    window = ActivitiesWindow(books)
    qtbot.addWidget(window)
    qtmodeltester.check(window.model)
    assert window.model.rowCount() >= 4, "the activities the caseload starts with"
