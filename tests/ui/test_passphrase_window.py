"""Passphrase protection from the window: protect, change, remove, and the lock asking for it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from keyboard_driver import (
    Answers,
    Key,
    activate,
    escape_discarding,
    press,
    press_mnemonic,
    tab_to,
    type_text,
)
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.storage import backups, encryption
from carebook.storage.file_errors import CaseloadFileError
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.safety.auto_lock import LockCover

FIRST = "kitchen table notes"
SECOND = "a whole new phrase"


def _new_passphrase(qtbot: QtBot, text: str, again: str | None = None):  # type: ignore[no-untyped-def]
    def steps(form: RecordForm[object]) -> None:
        type_text(qtbot, text, form)
        tab_to(qtbot, form.editor("repeated"))
        type_text(qtbot, again if again is not None else text, form)
        press(qtbot, Key.Key_Return, inside=form)

    return steps


def _given(qtbot: QtBot, text: str):  # type: ignore[no-untyped-def]
    def steps(form: RecordForm[object]) -> None:
        type_text(qtbot, text, form)
        press(qtbot, Key.Key_Return, inside=form)

    return steps


def _ok(qtbot: QtBot):  # type: ignore[no-untyped-def]
    return lambda box: press(qtbot, Key.Key_Return, inside=box)


def test_protect_change_and_remove_from_the_window(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    path: Path = store.path
    window.backups.back_up(window)  # a plain backup, protected along with the caseload
    answers.expect(RecordForm, _new_passphrase(qtbot, FIRST))
    answers.expect(QMessageBox, _ok(qtbot))
    assert window.protection.protect(window)
    assert store.passphrase == FIRST and encryption.looks_protected(path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM patient").fetchall()
    assert all(encryption.looks_protected(b.path) for b in backups.list_backups(path))
    assert store.lists.list_count("patients", _everyone())  # the window goes on working
    assert window.auto_lock.verify is not None and window.auto_lock.verify(FIRST)

    answers.expect(RecordForm, _given(qtbot, FIRST), "current passphrase")
    answers.expect(RecordForm, _new_passphrase(qtbot, SECOND), "new passphrase")
    answers.expect(QMessageBox, _ok(qtbot))
    assert window.protection.change(window)
    assert store.passphrase == SECOND
    with pytest.raises(CaseloadFileError):
        Store.open(path, passphrase=FIRST)
    backups.verify(backups.list_backups(path)[0].path, SECOND)

    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Y, "anyone"))
    answers.expect(RecordForm, _given(qtbot, SECOND))
    answers.expect(QMessageBox, _ok(qtbot))
    assert window.protection.remove(window)
    assert store.passphrase is None and not encryption.looks_protected(path)
    assert not any(encryption.looks_protected(b.path) for b in backups.list_backups(path))
    assert window.auto_lock.verify is None


def test_mistyped_twice_or_too_short_is_said_beside_the_field(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    def steps(form: RecordForm[object]) -> None:
        _new_passphrase(qtbot, FIRST, "kitchen table note")(form)
        assert form.isVisible() and "not the same" in form.message("repeated").text()
        escape_discarding(qtbot, form)

    answers.expect(RecordForm, steps)
    assert not window.protection.protect(window)
    assert caseload.store.passphrase is None
    assert not encryption.looks_protected(caseload.store.path)


def test_a_protected_caseload_unlocks_only_with_its_passphrase(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    answers.expect(RecordForm, _new_passphrase(qtbot, FIRST))
    answers.expect(QMessageBox, _ok(qtbot))
    window.protection.protect(window)
    window.auto_lock.lock()
    cover = window.findChild(LockCover)
    assert cover is not None and cover.passphrase.isVisible()
    activate(qtbot, window)
    qtbot.waitUntil(cover.passphrase.hasFocus)
    type_text(qtbot, "not it at all", cover)
    press(qtbot, Key.Key_Return, inside=cover)
    assert window.auto_lock.locked
    type_text(qtbot, FIRST, cover)
    press(qtbot, Key.Key_Return, inside=cover)
    assert not window.auto_lock.locked


def _everyone():  # type: ignore[no-untyped-def]
    from carebook.core.views import ListQuery

    return ListQuery(filter="all")
