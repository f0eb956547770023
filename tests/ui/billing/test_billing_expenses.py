"""An expense kept from the Billing tab with its receipt inside the caseload, a file that is no
receipt refused under its field, and the receipt shown again from the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from keyboard_driver import CTRL, Answers, Key, press, replace_text, tab_to
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from carebook.ui.billing.billing_tab import BillingTab
from carebook.ui.billing.receipt_view import ReceiptWindow
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm


def test_an_expense_is_kept_with_its_receipt_and_a_text_file_is_refused(
    qtbot: QtBot, tab: BillingTab, books: Caseload, answers: Answers, tmp_path: Path
) -> None:
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    receipt = tmp_path / "parking.png"
    assert picture.save(str(receipt))
    note = tmp_path / "notes.txt"
    note.write_text("not a receipt", encoding="utf-8")
    said: list[str] = []

    def fill(form: RecordForm[Any]) -> None:
        tab_to(qtbot, form.editor("amount"))
        replace_text(qtbot, "12.50", form)
        tab_to(qtbot, form.editor("receipt"))
        replace_text(qtbot, str(note), form)
        press(qtbot, Key.Key_Return, CTRL, inside=form)
        said.append(form.message("receipt").text())
        replace_text(qtbot, str(receipt), form)
        press(qtbot, Key.Key_Return, CTRL, inside=form)

    answers.expect(RecordForm, fill, "expense form")
    tab.new_expense()
    answers.check()

    assert said and "not a picture or a PDF" in said[0]
    amount, name, size = books.store.conn.execute(
        "SELECT amount_cents, attachment.name, length(content) FROM expense"
        " JOIN attachment ON attachment.id = receipt_id"
    ).fetchone()
    assert (amount, name, size) == (1250, "parking.png", receipt.stat().st_size)

    shown: list[bool] = []

    def look(window: ReceiptWindow) -> None:
        shown.append(window.shown)
        press(qtbot, Key.Key_Escape, inside=window)

    answers.expect(ReceiptWindow, look, "receipt")
    tab.expenses.table.setFocus()
    tab.expenses.table.selectRow(0)
    press(qtbot, Key.Key_Return, inside=tab.expenses.table)
    answers.check()
    assert shown == [True], "the picture is shown from the caseload's copy"
