"""Tools → Billing reports over the sample practice: each report chosen by keyboard and
previewed with Return, the mileage log saved as a PDF, a report saved as CSV, and the item in
the Tools menu."""

from __future__ import annotations

import stat
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from keyboard_driver import ALT, Answers, Key, focused, press
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from carebook.interop.billing_csv import aged_table, time_report_table
from carebook.reports.billing_reports_data import aged_receivables, billing_reads, time_report
from carebook.store.caseload import Store
from carebook.ui.billing import billing_reports_dialog
from carebook.ui.billing.billing_reports_dialog import REPORTS, BillingReportsDialog
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.printing import report_preview
from carebook.ui.printing.report_preview import Report, ReportPreview


@pytest.fixture
def dialog(qtbot: QtBot, caseload: Caseload) -> BillingReportsDialog:
    shown = BillingReportsDialog(caseload)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def choose(qtbot: QtBot, dialog: BillingReportsDialog, row: int) -> None:
    """Choose the report on `row` of the list with the arrow keys, from the top."""
    assert focused(dialog) is dialog.reports
    press(qtbot, Key.Key_Home, inside=dialog)
    for _ in range(row):
        press(qtbot, Key.Key_Down, inside=dialog)
    assert dialog.reports.currentRow() == row


def test_the_list_has_the_focus_and_the_fields_start_as_promised(
    dialog: BillingReportsDialog, caseload: Caseload
) -> None:
    store = caseload.store
    today = store.today()
    assert focused(dialog) is dialog.reports
    assert dialog.reports.count() == len(REPORTS) == 7
    chosen = dialog.chosen()
    first_of_month = date(today.year, today.month, 1)
    assert chosen.last == first_of_month - timedelta(days=1)
    assert chosen.first == chosen.last.replace(day=1)
    assert chosen.year == today.year
    payers = billing_reads(store).payers()
    assert payers and chosen.payer == payers[0]
    assert dialog.preview_button.isDefault()


def test_each_report_chosen_by_keyboard_and_previewed_with_return_names_itself(
    qtbot: QtBot,
    dialog: BillingReportsDialog,
    caseload: Caseload,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[Report] = []
    monkeypatch.setattr(
        billing_reports_dialog, "preview", lambda _caseload, report, _parent: shown.append(report)
    )
    year = caseload.store.today().year
    payer = billing_reads(caseload.store).payers()[0]
    titles = [
        "Time by client and activity",
        "Unbilled work",
        f"Mileage by month, {year}",
        "Income by month",
        f"Statement for {payer}",
        "Aged receivables",
        f"Mileage log {year}",
    ]
    for row, title in enumerate(titles):
        choose(qtbot, dialog, row)
        visible = {
            "period": dialog.date_from.isVisibleTo(dialog),
            "year": dialog.year.isVisibleTo(dialog),
            "payer": dialog.payer.isVisibleTo(dialog),
        }
        asks = REPORTS[row].asks.value
        assert [name for name, on in visible.items() if on] == (
            [asks] if asks in visible else []
        ), REPORTS[row].label
        press(qtbot, Key.Key_Return, inside=dialog)
        assert len(shown) == row + 1, f"Return did not preview {title}"
        report = shown[-1]
        assert report.kind == REPORTS[row].key
        document = report.build([])
        assert document.title == title
        assert document.sections, title


def test_the_preview_paints_the_chosen_report(
    qtbot: QtBot, dialog: BillingReportsDialog, answers: Answers
) -> None:
    painted: list[int] = []

    def look(preview: ReportPreview) -> None:
        qtbot.waitUntil(lambda: preview.pages > 0)
        painted.append(preview.pages)
        preview.reject()

    choose(qtbot, dialog, 5)  # Aged receivables
    answers.expect(QPrintPreviewDialog, look, "the preview")
    press(qtbot, Key.Key_Return, inside=dialog)
    answers.settle(qtbot)
    assert painted and painted[0] >= 1


def _pdf_text(path: Path) -> str:
    return " ".join(
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    )


def test_the_years_mileage_log_saved_as_a_pdf(
    qtbot: QtBot,
    dialog: BillingReportsDialog,
    caseload: Caseload,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "for the adviser"
    asked: list[str] = []

    def chosen(_parent: object, _caption: str, suggested: str, _filters: str) -> str:
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(report_preview, "save_file_name", chosen)
    choose(qtbot, dialog, 6)
    press(qtbot, Key.Key_D, ALT, inside=dialog)
    saved = target.with_name(target.name + ".pdf")
    qtbot.waitUntil(saved.exists)
    year = caseload.store.today().year
    assert Path(asked[0]).name == f"Mileage log {year}.pdf"
    text = _pdf_text(saved)
    assert f"Mileage log {year}" in text
    assert "Totals by purpose" in text
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_a_report_saved_as_csv_with_its_header(
    qtbot: QtBot,
    dialog: BillingReportsDialog,
    caseload: Caseload,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    targets = iter([tmp_path / "aged.csv", tmp_path / "time"])
    monkeypatch.setattr(billing_reports_dialog, "save_file_name", lambda *_args: str(next(targets)))
    store = caseload.store
    choose(qtbot, dialog, 5)
    press(qtbot, Key.Key_C, ALT, inside=dialog)
    aged = tmp_path / "aged.csv"
    qtbot.waitUntil(aged.exists)
    expected = aged_table(aged_receivables(store))
    assert aged.read_bytes().decode("utf-8") == expected.text()
    assert aged.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(expected.header)
    assert len(expected.rows) > 0
    assert stat.S_IMODE(aged.stat().st_mode) == 0o600

    dialog.reports.setFocus()
    choose(qtbot, dialog, 0)
    press(qtbot, Key.Key_C, ALT, inside=dialog)
    kept = tmp_path / "time.csv"
    qtbot.waitUntil(kept.exists)
    chosen = dialog.chosen()
    header = time_report_table(time_report(store, chosen.first, chosen.last)).header
    assert kept.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(header)


def test_a_period_the_wrong_way_round_is_said_and_not_made(
    dialog: BillingReportsDialog,
) -> None:
    dialog.reports.setCurrentRow(0)
    dialog.date_to.setDate(dialog.date_from.date().addDays(-1))
    assert not dialog.preview_button.isEnabled()
    assert "ends before it begins" in dialog.nothing.text()
    assert dialog.nothing.isVisibleTo(dialog)
    dialog.date_to.setDate(dialog.date_from.date())
    assert dialog.preview_button.isEnabled()
    assert not dialog.nothing.isVisibleTo(dialog)


def test_a_statement_needs_a_payer(qtbot: QtBot, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "empty.sqlite3")
    try:
        shown = BillingReportsDialog(Caseload(store))
        qtbot.addWidget(shown)
        shown.reports.setCurrentRow(4)
        assert not shown.pdf_button.isEnabled() and not shown.csv_button.isEnabled()
        assert "payer" in shown.nothing.text()
        shown.reports.setCurrentRow(5)
        assert shown.pdf_button.isEnabled()
        assert shown.report() is not None
        shown.close()
    finally:
        store.close()


def test_the_tools_menu_opens_it(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(
        billing_reports_dialog,
        "show_billing_reports",
        lambda caseload, parent: opened.append((caseload, parent)),
    )
    tools = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text() == "T&ools" and isinstance(action.menu(), QMenu)
    )
    assert isinstance(tools, QMenu)
    items = [action for action in tools.actions() if action.text() == "Billing rep&orts…"]
    assert len(items) == 1
    letters = [
        action.text().split("&")[1][0].lower() for action in tools.actions() if "&" in action.text()
    ]
    assert letters.count("o") == 1, "the item's letter is its own"
    items[0].trigger()
    assert opened == [(window.caseload, window)]
