"""File → Export list as CSV: what the list shows, as it shows it, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from keyboard_driver import CTRL, Key, press, scalar, type_text
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from carebook.core.changes import Changes
from carebook.core.records import Patient
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow


def test_the_patients_list_as_searched_goes_to_a_csv_with_formulas_defused(
    qtbot: QtBot,
    window: MainWindow,
    caseload: Caseload,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caseload.store.patients.add_patient(
        Patient(given='=HYPERLINK("http://evil")', family="Zzyzx", phone="+44 113 496 0000")
    )
    caseload.announce(Changes.of(["patient"]))
    press(qtbot, Key.Key_3, CTRL, inside=window)
    patients = window.list_tabs[0]
    patients.focus_search()
    type_text(qtbot, "zzyzx", patients)
    qtbot.waitUntil(lambda: patients.model.rowCount() == 1)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "patients"), "")
    )
    press(qtbot, Key.Key_E, CTRL, inside=window)
    raw = (tmp_path / "patients.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["Name", "Born (age)", "Phone"]
    assert len(rows) == 2  # only what the search shows
    name, phone = rows[1][0], rows[1][2]
    assert name.startswith("Zzyzx") and "=HYPERLINK" in name
    assert phone == "'+44 113 496 0000"  # would be a formula: kept as text
    assert (
        scalar(
            caseload.store,
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND record_kind = 'patients'",
        )
        == 1
    )


def test_a_list_of_thousands_is_exported_whole(
    qtbot: QtBot,
    window: MainWindow,
    caseload: Caseload,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from carebook.ui.lists import list_export

    # Batches of 300: the sample's visits (how many depends on the day it is made) fill
    # several, and far more than one page of the list.
    monkeypatch.setattr(list_export, "BATCH", 300)
    press(qtbot, Key.Key_5, CTRL, inside=window)
    appointments = window.list_tabs[2]
    appointments.filter.setCurrentIndex(appointments.filter.findData("all"))
    shown = appointments.model.rowCount()
    assert shown > 3 * list_export.BATCH
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "visits.csv"), "")
    )
    press(qtbot, Key.Key_E, CTRL, inside=window)
    text = (tmp_path / "visits.csv").read_text(encoding="utf-8-sig")
    assert len(list(csv.reader(io.StringIO(text, newline="")))) == shown + 1


def test_a_list_is_never_written_over_the_caseload(
    qtbot: QtBot,
    window: MainWindow,
    caseload: Caseload,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: object,
) -> None:
    """A name that leads to the caseload (here a link called visits.csv) is refused, said
    plainly, and the caseload is untouched."""
    from keyboard_driver import Answers
    from PySide6.QtWidgets import QMessageBox

    assert isinstance(answers, Answers)
    link = tmp_path / "visits.csv"
    link.symlink_to(caseload.store.path)
    before = caseload.store.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(link), ""))
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        press(qtbot, Key.Key_Return, inside=box)

    answers.expect(QMessageBox, read)
    press(qtbot, Key.Key_3, CTRL, inside=window)
    press(qtbot, Key.Key_E, CTRL, inside=window)
    qtbot.waitUntil(lambda: bool(seen))
    assert "it is the caseload itself" in seen[0]
    assert link.is_symlink() and caseload.store.path.read_bytes() == before
