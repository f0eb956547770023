"""A patient's reports from their record: Ctrl+P preview, Save as PDF, change sheet, FHIR."""

from __future__ import annotations

import json
import unicodedata
from html import escape
from pathlib import Path
from typing import Any

import pytest
from keyboard_driver import (
    CTRL,
    SHIFT,
    Answers,
    Key,
    activate,
    press,
    press_mnemonic,
    replace_text,
    scalar,
)
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from carebook.interop.fhir.bundle import validate
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.patient_record import PatientRecord
from carebook.ui.printing.report_preview import ReportPreview


def _choose(record: Any, text: str) -> None:
    """Choose a report from the record window's Print menu, as the user does."""
    menu = record.print_button.menu()
    action = next(action for action in menu.actions() if action.text() == text)
    action.trigger()


def _record(window: MainWindow, caseload: Caseload) -> tuple[PatientRecord, int]:
    """The record of a sample patient with a current care plan, open and in front."""
    patient_id = int(
        scalar(
            caseload.store,
            "SELECT patient_id FROM care_plan WHERE status = 'active' ORDER BY id LIMIT 1",
        )
    )
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN[patient_id]
    return record, patient_id


def _plan_heading(caseload: Caseload, patient_id: int) -> str:
    """The heading the summary gives the patient's first current plan."""
    from carebook.reports.wording import titled

    plans = caseload.store.care_plans.care_plans(patient_id)
    return titled("Care plan", plans[0].title)


def _pages(path: Path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def test_ctrl_p_in_the_record_previews_the_care_plan_summary(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    record, patient_id = _record(window, caseload)
    seen: dict[str, object] = {}

    def look(preview: ReportPreview) -> None:
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        qtbot.waitUntil(lambda: widget.pageCount() > 0)
        seen["title"], seen["pages"] = preview.windowTitle(), widget.pageCount()
        seen["options"] = [action.text() for action in preview.option_actions]
        press(qtbot, Key.Key_Escape, inside=preview)

    answers.expect(ReportPreview, look)
    activate(qtbot, record)
    press(qtbot, Key.Key_P, CTRL, inside=record)
    qtbot.waitUntil(lambda: not answers.waiting)
    name = caseload.store.patients.patient(patient_id).display_name  # type: ignore[union-attr]
    assert seen["title"] == f"Print care-plan summary of {name}"
    assert seen["options"] == ["Recent notes"] and int(seen["pages"]) >= 1  # type: ignore[call-overload]


def test_the_measures_and_assessments_are_previewed_from_the_print_menu(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    record, patient_id = _record(window, caseload)
    seen: dict[str, object] = {}

    def look(preview: ReportPreview) -> None:
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        qtbot.waitUntil(lambda: widget.pageCount() > 0)
        seen["title"], seen["pages"] = preview.windowTitle(), widget.pageCount()
        press(qtbot, Key.Key_Escape, inside=preview)

    answers.expect(ReportPreview, look)
    _choose(record, "Measures and &assessments…")
    qtbot.waitUntil(lambda: not answers.waiting)
    name = caseload.store.patients.patient(patient_id).display_name  # type: ignore[union-attr]
    assert seen["title"] == f"Print measures and assessments of {name}"
    assert int(seen["pages"]) >= 1  # type: ignore[call-overload]


def test_save_summary_as_pdf_from_the_record(
    qtbot: QtBot,
    window: MainWindow,
    caseload: Caseload,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record, patient_id = _record(window, caseload)
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(tmp_path / "summary.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    activate(qtbot, record)
    press(qtbot, Key.Key_S, CTRL | SHIFT, inside=record)
    text = " ".join(_pages(tmp_path / "summary.pdf"))
    patient = caseload.store.patients.patient(patient_id)
    assert patient is not None
    assert "CARE PLAN SUMMARY" in text and patient.family in text
    assert _plan_heading(caseload, patient_id) in text
    # The suggested name gives no one away: the carebook id, not the patient's name.
    assert asked and patient.family not in asked[0] and str(patient_id) in asked[0]
    assert (
        scalar(
            caseload.store,
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND record_kind = 'careplan'",
        )
        == 1
    )


def test_the_change_sheet_asks_from_when_then_previews(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    record, _ = _record(window, caseload)
    since = caseload.store.today().replace(day=1).isoformat()
    seen: list[str] = []

    def answer(form: RecordForm[object]) -> None:
        replace_text(qtbot, since, form)
        press(qtbot, Key.Key_Return, inside=form)

    def look(preview: ReportPreview) -> None:
        seen.append(preview.windowTitle())
        press(qtbot, Key.Key_Escape, inside=preview)

    answers.expect(RecordForm, answer, "changes since")
    answers.expect(ReportPreview, look, "preview")
    _choose(record, "Medication &changes since…")
    qtbot.waitUntil(lambda: not answers.waiting)
    assert seen and seen[0].endswith(f"since {since}")


def test_export_as_fhir_writes_a_valid_bundle(
    qtbot: QtBot,
    window: MainWindow,
    caseload: Caseload,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record, patient_id = _record(window, caseload)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "record"), "")
    )
    _choose(record, "Export as &FHIR…")
    bundle = json.loads((tmp_path / "record.json").read_text(encoding="utf-8"))
    validate(bundle)
    assert bundle["entry"][1]["resource"]["id"] == f"patient-{patient_id}"
    assert (
        scalar(
            caseload.store,
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND record_kind = 'fhir'",
        )
        == 1
    )


def test_save_summary_as_html_gives_one_page_that_needs_nothing_else(
    qtbot: QtBot,
    window: MainWindow,
    caseload: Caseload,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record, patient_id = _record(window, caseload)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "summary"), "")
    )
    _choose(record, "Save care-plan summary as &HTML…")
    page = (tmp_path / "summary.html").read_text(encoding="utf-8")
    patient = caseload.store.patients.patient(patient_id)
    assert patient is not None and f"<h1>{escape(patient.display_name)}</h1>" in page
    assert f"{escape(_plan_heading(caseload, patient_id))}</h2>" in page and "<style>" in page
    lowered = page.lower()
    assert "http" not in lowered and "src=" not in lowered and "<link" not in lowered


def test_the_folder_a_report_is_saved_in_is_never_written_to_the_settings(
    qtbot: QtBot,
    window: MainWindow,
    caseload: Caseload,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QSettings

    record, patient_id = _record(window, caseload)
    patient = caseload.store.patients.patient(patient_id)
    assert patient is not None
    folder = tmp_path / f"{patient.family} letters"  # named after the patient, as people do
    folder.mkdir()
    offered: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(folder / "summary.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    _choose(record, "Save care-plan summary as P&DF…")
    _choose(record, "Save care-plan summary as P&DF…")
    assert offered[1].startswith(str(folder))  # remembered while the window is open
    settings = QSettings()
    kept = " ".join(f"{key}={settings.value(key)}" for key in settings.allKeys())
    assert patient.family not in kept


def test_the_record_prints_the_latest_reconciliation_sheet_or_says_there_is_none(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from carebook.core.reconciliation import DischargeLine, compare
    from carebook.ui.patient.record_printing import print_reconciliation

    record, patient_id = _record(window, caseload)
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Return, "No discharge"))
    print_reconciliation(record, caseload, patient_id)
    answers.check()

    store = caseload.store
    lines = compare(
        store.medications.medications(patient_id), [DischargeLine(name="Apixaban", dose="2.5 mg")]
    )
    store.reconciliations.reconcile(patient_id, lines, {1}, source="discharge.json")
    seen: dict[str, object] = {}

    def look(preview: ReportPreview) -> None:
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        qtbot.waitUntil(lambda: widget.pageCount() > 0)
        seen["title"], seen["pages"] = preview.windowTitle(), widget.pageCount()
        press(qtbot, Key.Key_Escape, inside=preview)

    answers.expect(ReportPreview, look)
    print_reconciliation(record, caseload, patient_id)
    answers.check()
    assert seen == {"title": "Print medication changes after discharge", "pages": 1}
