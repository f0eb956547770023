"""Printing from the window: preferences by keyboard, Ctrl+P print preview, saving a PDF."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from keyboard_driver import (
    CTRL,
    SHIFT,
    Answers,
    Key,
    fill_form,
    press,
    replace_text,
    scalar,
    tab_to,
    type_text,
)
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from carebook.core.errors import ValidationError
from carebook.core.records import Preferences
from carebook.core.vocabularies import Paper
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.printing import report_preview
from carebook.ui.printing.day_sheet_preview import day_sheet_report
from carebook.ui.printing.report_preview import ReportPreview

A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


def _text(path: Path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def _size(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


def test_preferences_are_set_by_keyboard_and_kept_in_the_caseload(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    def steps(form: RecordForm[Preferences]) -> None:
        type_text(qtbot, "Ann Smith", form)
        paper = form.editor("paper")
        assert isinstance(paper, QComboBox)
        tab_to(qtbot, paper)
        assert paper.currentText().startswith("As this computer's region")
        press(qtbot, Key.Key_Down, inside=form)  # A4
        press(qtbot, Key.Key_Down, inside=form)  # US Letter
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "Preferences"))
    press(qtbot, Key.Key_Comma, CTRL, inside=window)
    qtbot.waitUntil(lambda: not answers.waiting)
    store = window.caseload.store
    assert store.preferences.preferences() == Preferences(
        coordinator_name="Ann Smith", paper=Paper.LETTER
    )
    assert scalar(store, "SELECT count(*) FROM audit_log WHERE record_kind = 'preferences'") == 1


def test_the_largest_document_kept_is_set_in_preferences(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    def steps(form: RecordForm[Preferences]) -> None:
        limit = form.editor("document_limit_mb")
        tab_to(qtbot, limit)
        replace_text(qtbot, "2", form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "Preferences"))
    press(qtbot, Key.Key_Comma, CTRL, inside=window)
    qtbot.waitUntil(lambda: not answers.waiting)
    store = window.caseload.store
    assert store.preferences.preferences().document_limit_mb == 2
    scan = tmp_path / "discharge.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + b"0" * (3 * 1024 * 1024) + b"\n%%EOF\n")
    with pytest.raises(ValidationError, match="documents of up to 2 MB"):
        store.documents.read_file(scan)


def test_a_name_longer_than_a_page_head_holds_is_capped_with_a_word_why(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    def steps(form: RecordForm[Preferences]) -> None:
        type_text(qtbot, "A" * 85, form)
        assert "80" in form.message("coordinator_name").text()  # says why typing stopped
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "Preferences"))
    press(qtbot, Key.Key_Comma, CTRL, inside=window)
    qtbot.waitUntil(lambda: not answers.waiting)
    assert window.caseload.store.preferences.preferences().coordinator_name == "A" * 80


def test_ctrl_p_previews_the_day_sheet_of_the_day_on_the_agenda(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    store = window.caseload.store
    store.preferences.set_preferences(Preferences(coordinator_name="Ann Smith", paper=Paper.A4))
    day = store.today() + timedelta(days=1)
    window.agenda.show_day(day)
    seen: dict[str, object] = {}

    def look(preview: ReportPreview) -> None:
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        qtbot.waitUntil(lambda: widget.pageCount() > 0)
        seen["pages"], seen["title"] = widget.pageCount(), preview.windowTitle()
        first = widget.pageCount()
        preview.option_actions[0].trigger()  # patient sheets: more pages
        qtbot.waitUntil(lambda: widget.pageCount() > first)
        seen["with_sheets"] = widget.pageCount()
        press(qtbot, Key.Key_Escape, inside=preview)

    answers.expect(ReportPreview, look)
    press(qtbot, Key.Key_P, CTRL, inside=window)
    qtbot.waitUntil(lambda: not answers.waiting)
    assert str(seen["title"]) == f"Print day sheet for {day.isoformat()}"
    assert int(seen["with_sheets"]) > int(seen["pages"]) >= 1  # type: ignore[call-overload]
    # Looking is not printing: nothing is recorded until the sheet is printed.
    assert scalar(store, "SELECT count(*) FROM audit_log WHERE action = 'print'") == 0


def test_the_week_view_previews_a_day_a_page(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    window.agenda.view_choice.setCurrentIndex(1)  # week
    seen: dict[str, object] = {}

    def look(preview: ReportPreview) -> None:
        seen["title"] = preview.windowTitle()
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        qtbot.waitUntil(lambda: widget.pageCount() >= 7)
        seen["pages"] = widget.pageCount()
        press(qtbot, Key.Key_Escape, inside=preview)

    answers.expect(ReportPreview, look)
    press(qtbot, Key.Key_P, CTRL, inside=window)
    qtbot.waitUntil(lambda: not answers.waiting)
    days = window.agenda.days()
    assert len(days) == 7 and days[0].weekday() == 0
    assert str(seen["title"]) == f"Print day sheet for {days[0]} to {days[-1]}"
    assert int(seen["pages"]) >= 7  # type: ignore[call-overload]  # a day a page


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, A4), (Paper.LETTER, LETTER)])
def test_save_as_pdf_writes_the_day_sheet_on_the_chosen_paper(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    paper: Paper,
    size: tuple[float, float],
) -> None:
    store = window.caseload.store
    store.preferences.set_preferences(Preferences(coordinator_name="Ann Smith", paper=paper))
    target = tmp_path / "today"  # no suffix typed: .pdf is added
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF documents (*.pdf)"),
    )
    with qtbot.waitSignal(window.caseload.status_message) as saved:
        press(qtbot, Key.Key_S, CTRL | SHIFT, inside=window)
    written = tmp_path / "today.pdf"
    pages = _text(written)
    assert _size(written) == pytest.approx(size, abs=1)
    assert pages[0].startswith("Day sheet ·") and "Ann Smith" in pages[0]
    assert all(f"of {len(pages)}" in page for page in pages)
    for visit in store.visits.visits_on(store.today()):
        assert "".join(visit.patient.split()) in "".join(" ".join(pages).split())
    assert str(written) in saved.args[0]
    assert scalar(store, "SELECT count(*) FROM audit_log WHERE action = 'export'") == 1


def test_a_folder_that_cannot_be_written_is_said_plainly(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    target = tmp_path / "gone" / "day.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        press(qtbot, Key.Key_Return, inside=box)

    answers.expect(QMessageBox, read)
    report = day_sheet_report(window.caseload, window.agenda.days())
    assert report_preview.save_pdf(window.caseload, report, None, window) is None
    qtbot.waitUntil(lambda: not answers.waiting)
    assert said and "could not be saved" in said[0] and "does not exist" in said[0]
    assert not target.parent.exists()
