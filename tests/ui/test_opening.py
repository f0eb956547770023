"""Opening at start: a protected caseload asks its passphrase; a damaged one is set aside."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from keyboard_driver import ALT, Answers, Key, press, type_text
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.records import Patient
from carebook.storage import backup_rotation, encryption
from carebook.store.caseload import Store
from carebook.ui.app import open_window
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.safety.first_run import FirstRunDialog

PASSPHRASE = "kitchen table notes"


def _caseload(folder: Path) -> Path:
    path = folder / "caseload.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(Patient(given="Edna", family="Marsh"))
    store.close()
    return path


def _typed(qtbot: QtBot, text: str):  # type: ignore[no-untyped-def]
    def steps(form: RecordForm[object]) -> None:
        type_text(qtbot, text, form)
        press(qtbot, Key.Key_Return, inside=form)

    return steps


def _close(window: MainWindow | None) -> None:
    assert window is not None
    window.close()
    window.caseload.store.close()
    from carebook.ui.safety.single_instance import FirstInstance

    instance = FirstInstance.of(window)
    if instance is not None:
        instance.release()


def test_a_protected_caseload_asks_its_passphrase_until_it_is_right(
    qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    path = _caseload(tmp_path)
    encryption.protect(path, PASSPHRASE)

    def wrong_then_right(form: RecordForm[object]) -> None:
        _typed(qtbot, "not the passphrase")(form)
        assert form.isVisible() and "not the passphrase" in form.message("passphrase").text()
        form.editor("passphrase").clear()  # type: ignore[attr-defined]
        _typed(qtbot, PASSPHRASE)(form)

    answers.expect(RecordForm, wrong_then_right)
    window, status = open_window(str(path))
    assert status == 0 and window is not None
    assert window.caseload.store.passphrase == PASSPHRASE
    assert window.caseload.store.patients.find_patients("Marsh")
    _close(window)


def test_cancelling_the_passphrase_opens_nothing_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    path = _caseload(tmp_path)
    encryption.protect(path, PASSPHRASE)
    before = path.read_bytes()
    answers.expect(RecordForm, lambda form: press(qtbot, Key.Key_Escape, inside=form))
    assert open_window(str(path)) == (None, 0)
    assert path.read_bytes() == before


def test_a_damaged_caseload_is_set_aside_and_the_newest_backup_restored(
    qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    path = _caseload(tmp_path)
    store = Store.open(path)
    backup_rotation.make_backup(store, path, now=datetime.now())
    store.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(1, len(data) // page):  # every page but the first, garbage
        data[number * page + 64 : number * page + 576] = random.Random(number).randbytes(512)
    path.write_bytes(bytes(data))
    damaged = bytes(data)
    said: list[str] = []

    def choose_restore(box: QMessageBox) -> None:
        said.append(box.text() + box.informativeText())
        press(qtbot, Key.Key_R, ALT, inside=box)

    answers.expect(QMessageBox, choose_restore, "damaged")
    answers.expect(QMessageBox, lambda box: press(qtbot, Key.Key_Return, inside=box), "done")
    window, status = open_window(str(path))
    assert status == 0 and window is not None
    assert said and "damaged" in said[0] and "Restore it?" in said[0]
    assert (tmp_path / "caseload.sqlite3.damaged").read_bytes() == damaged  # kept, untouched
    assert window.caseload.store.patients.find_patients("Marsh")  # the backup's records
    _close(window)


def test_a_caseload_written_over_by_another_file_is_offered_its_backup(
    qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    """An export saved over the caseload (before exports refused that) left CSV under its
    name: the window refused to open it at all; now it is kept aside and a backup offered."""
    path = _caseload(tmp_path)
    store = Store.open(path)
    backup_rotation.make_backup(store, path, now=datetime.now())
    store.close()
    path.write_text("Name,Phone\nMarsh,0113\n", encoding="utf-8")
    said: list[str] = []

    def choose_restore(box: QMessageBox) -> None:
        said.append(box.text() + box.informativeText())
        press(qtbot, Key.Key_R, ALT, inside=box)

    answers.expect(QMessageBox, choose_restore, "not a database")
    answers.expect(QMessageBox, lambda box: press(qtbot, Key.Key_Return, inside=box), "done")
    window, status = open_window(str(path))
    assert status == 0 and window is not None
    assert said and "not a SQLite database" in said[0]
    assert (tmp_path / "caseload.sqlite3.damaged").read_text(encoding="utf-8").startswith("Name")
    assert window.caseload.store.patients.find_patients("Marsh")
    _close(window)


def test_the_first_start_can_protect_the_new_caseload(
    qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    def first_run(dialog: FirstRunDialog) -> None:
        press(qtbot, Key.Key_P, ALT, inside=dialog)  # the protection box
        qtbot.waitUntil(lambda: dialog.wants_protection)  # a mnemonic clicks a moment later
        press(qtbot, Key.Key_E, ALT, inside=dialog)  # Start empty

    def new_passphrase(form: RecordForm[object]) -> None:
        type_text(qtbot, PASSPHRASE, form)
        press(qtbot, Key.Key_Tab, inside=form)
        type_text(qtbot, PASSPHRASE, form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(FirstRunDialog, first_run)
    answers.expect(RecordForm, new_passphrase)
    answers.expect(QMessageBox, lambda box: press(qtbot, Key.Key_Return, inside=box))
    path = tmp_path / "new.sqlite3"
    window, status = open_window(str(path))
    assert status == 0 and window is not None
    assert window.caseload.store.passphrase == PASSPHRASE and encryption.looks_protected(path)
    _close(window)
