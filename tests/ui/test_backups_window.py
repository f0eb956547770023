"""Backups and the check from the window: Back up now, Restore…, the age shown, the report."""

from __future__ import annotations

from datetime import datetime, timedelta

from keyboard_driver import Answers, Key, press, press_mnemonic, scalar
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.records import Patient
from carebook.storage import backups
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.safety.backups_view import RestoreDialog, describe_age
from carebook.ui.safety.check_dialog import CheckReportDialog


def _add(caseload: Caseload, family: str) -> int:
    def add() -> list[tuple[str, int]]:
        patient = caseload.store.patients.add_patient(Patient(given="Test", family=family))
        assert patient.id is not None
        return [("patient", patient.id)]

    changes = caseload.change("Add patient", "patient", add)
    return next(record_id for kind, record_id in changes.records if kind == "patient")


def test_back_up_now_then_restore_brings_the_caseload_back(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    assert "Not backed up yet" in window.backup_label.text()  # and said as a warning
    assert window.backup_label.font().bold()
    info = window.backups.back_up(window)
    assert info is not None and backups.list_backups(store.path)[0] == info
    assert window.backup_label.text() == "Backed up just now"
    assert not window.backup_label.font().bold()
    patient_id = _add(caseload, "Afterwards")
    before = scalar(store, "SELECT count(*) FROM patient")

    def choose(dialog: RestoreDialog) -> None:
        assert dialog.chosen() == info  # the newest first
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(RestoreDialog, choose)
    answers.expect(
        QMessageBox,
        press_mnemonic(qtbot, Key.Key_Y, "Replace the whole caseload", "backed up first"),
    )
    assert window.backups.restore(window)
    assert scalar(store, "SELECT count(*) FROM patient") == before - 1
    assert store.patients.patient(patient_id) is None
    assert not caseload.undo_stack.canUndo()  # that history was of the caseload replaced
    safety = backups.list_backups(store.path)[0]
    assert safety != info  # what was there is kept too
    # The window goes on working on the restored caseload.
    _add(caseload, "Restored")
    assert scalar(store, "SELECT count(*) FROM patient WHERE family = 'Restored'") == 1


def test_no_is_the_default_and_nothing_is_restored(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    window.backups.back_up(window)
    patient_id = _add(caseload, "Kept")
    answers.expect(RestoreDialog, lambda dialog: press(qtbot, Key.Key_Return, inside=dialog))
    answers.expect(QMessageBox, lambda box: press(qtbot, Key.Key_Return, inside=box))
    assert not window.backups.restore(window)
    assert caseload.store.patients.patient(patient_id) is not None


def test_the_closing_backup_is_taken_only_when_something_changed(
    window: MainWindow, caseload: Caseload
) -> None:
    first = window.backups.back_up(window)
    window.backups.at_closing()
    assert backups.list_backups(caseload.store.path)[0] == first  # nothing new to keep
    _add(caseload, "Changed")
    window.backups.at_closing()
    newest = backups.list_backups(caseload.store.path)[0]  # (the rotation keeps a day's last)
    assert newest != first and newest.path.exists()


def test_a_day_old_backup_is_warned_about_and_the_daily_one_is_taken(
    window: MainWindow, caseload: Caseload
) -> None:
    window.backups.last = caseload.store.clock() - timedelta(days=2)
    window.backups.show_age()
    assert "2 days ago" in window.backup_label.text() and window.backup_label.font().bold()
    window.backups.daily()
    assert window.backup_label.text() == "Backed up just now"


def test_ages_read_as_words() -> None:
    now = datetime(2026, 3, 2, 12, 0)
    assert describe_age(None, now) == "Not backed up yet"
    assert describe_age(now - timedelta(minutes=5), now) == "Backed up 5 min ago"
    assert describe_age(now - timedelta(hours=3), now) == "Backed up 3 h ago"
    assert describe_age(now - timedelta(days=1, hours=2), now) == "Last backup yesterday"


def test_check_database_reports_a_healthy_caseload(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    seen: list[str] = []

    def read(dialog: CheckReportDialog) -> None:
        seen.append(dialog.text.toPlainText())
        press(qtbot, Key.Key_Escape, inside=dialog)

    answers.expect(CheckReportDialog, read)
    window.check_database()
    qtbot.waitUntil(lambda: not answers.waiting)
    assert seen and seen[0].startswith("No problems found")
