"""A full disk or a read-only caseload: the save is refused whole, said plainly, and what the
coordinator typed stays in the open form to save again once the problem is fixed.

The disk fills for real as far as SQLite can tell: `PRAGMA max_page_count` just above the file's
size makes the next pages it needs fail with SQLITE_FULL, exactly as a full disk does.

A read-only file: permissions are checked when a file is opened, so a `chmod 0444` under an open
caseload changes nothing (SQLite keeps writing through the handle it holds). While the window is
open, `PRAGMA query_only` stands in; SQLite refuses with the same SQLITE_READONLY a read-only file
or mount gives. A file that is read-only when carebook starts is refused at open (caseload_file),
which is tested with the real permission: in a process without root's power to ignore it.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from keyboard_driver import (
    ALT,
    CTRL,
    Answers,
    Key,
    activate,
    fill_form,
    focused,
    press,
    tab_to,
    type_text,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from carebook.core.errors import SaveError
from carebook.core.records import Note, Patient
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow

GIVEN, FAMILY = "Wilhelmina", "Fairweather-Okonkwo"
#: A long note: ~15,000 characters need several pages of their own (SQLite's pages are 4 KiB).
LONG_NOTE = (
    "\n".join(
        f"{day:02d}/11: visited at 10:00, BP 128/82, ate well, walked to the gate; "
        f"daughter to collect the new prescription; key safe code unchanged."
        for day in range(1, 31)
    )
    * 5
)
FULL = "The disk is full, so nothing was saved. Free some space and save again."
READ_ONLY = "The caseload file is read-only, so nothing was saved."


def fill_disk(store: Store) -> None:
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")


def free_disk(store: Store) -> None:
    store.conn.execute("PRAGMA max_page_count = 1073741823")


def make_read_only(store: Store) -> None:
    store.conn.execute("PRAGMA query_only = ON")


def make_writable(store: Store) -> None:
    store.conn.execute("PRAGMA query_only = OFF")


def whole_caseload(store: Store) -> dict[str, int]:
    """Rows in every table, and SQLite's own verdict on the file."""
    tables = [
        row[0]
        for row in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    counts = {
        table: store.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for table in tables
    }
    assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return counts


# -- the store: a refused save is refused whole --------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "words", "fix"),
    [(fill_disk, FULL, free_disk), (make_read_only, READ_ONLY, make_writable)],
    ids=["full disk", "read-only"],
)
def test_a_refused_save_writes_nothing_and_says_why(
    sample_db: Path, fault: Callable[[Store], None], words: str, fix: Callable[[Store], None]
) -> None:
    store = Store.open(sample_db)
    try:
        patient_id = store.conn.execute("SELECT min(id) FROM patient").fetchone()[0]
        before = whole_caseload(store)
        fault(store)
        with pytest.raises(SaveError) as refused:
            store.patients.add_note(
                Note(patient_id=patient_id, written_at=store.clock(), text=LONG_NOTE)
            )
        assert str(refused.value) == words
        with pytest.raises(SaveError, match="nothing was saved"):
            store.patients.add_patient(Patient(given=GIVEN, family=FAMILY, notes=LONG_NOTE))
        fix(store)
        assert whole_caseload(store) == before, "not half a record, not an activity line"
        saved = store.patients.add_note(
            Note(patient_id=patient_id, written_at=store.clock(), text=LONG_NOTE)
        )
        assert saved.id is not None and store.patients.notes_for(patient_id)[0].text == LONG_NOTE
    finally:
        store.close()
    reopened = Store.open(sample_db)  # and the file opens again as a healthy caseload
    reopened.close()


# -- the window: the typed record stays in the form ----------------------------------------------


def _new_patient_refused_then_saved(
    qtbot: QtBot,
    window: MainWindow,
    caseload: Caseload,
    answers: Answers,
    fault: Callable[[Store], None],
    fix: Callable[[Store], None],
    words: str,
) -> None:
    store = caseload.store
    activate(qtbot, window)
    press(qtbot, Key.Key_3, CTRL, inside=window)  # Patients
    before = whole_caseload(store)
    QApplication.clipboard().setText(LONG_NOTE)
    fault(store)
    seen: dict[str, Any] = {}

    def first_try(form: RecordForm[Any]) -> None:
        type_text(qtbot, GIVEN, form)
        press(qtbot, Key.Key_Tab, inside=form)
        type_text(qtbot, FAMILY, form)
        tab_to(qtbot, form.editor("notes"))
        press(qtbot, Key.Key_V, CTRL, inside=form)  # the long note, pasted
        tab_to(qtbot, form.editor("given"))
        press(qtbot, Key.Key_Return, inside=form)

    def second_try(form: RecordForm[Any]) -> None:
        seen["message"] = form.top_message.text()
        seen["given"] = form.editor("given").text()  # type: ignore[attr-defined]
        seen["family"] = form.editor("family").text()  # type: ignore[attr-defined]
        notes = form.editor("notes")
        assert isinstance(notes, QPlainTextEdit)
        seen["notes"] = notes.toPlainText()
        seen["stored"] = whole_caseload(store)
        fix(store)  # space freed, or the file writable again
        press(qtbot, Key.Key_Return, inside=focused(form))

    answers.expect(RecordForm, fill_form(first_try, "New patient"), "the new patient form")
    answers.expect(RecordForm, second_try, "the form again, after the refusal")
    press(qtbot, Key.Key_N, CTRL, inside=window)
    answers.settle(qtbot)

    assert seen["message"] == words
    assert (seen["given"], seen["family"]) == (GIVEN, FAMILY)
    assert seen["notes"] == LONG_NOTE
    assert seen["stored"] == before, "nothing of the refused save reached the file"
    rows = store.conn.execute(
        "SELECT id, notes FROM patient WHERE given = ? AND family = ?", [GIVEN, FAMILY]
    ).fetchall()
    assert len(rows) == 1 and rows[0][1] == LONG_NOTE
    after = whole_caseload(store)
    assert after["patient"] == before["patient"] + 1
    # One undoable step, like any other new patient.
    assert caseload.undo_stack.count() == 1


def test_a_full_disk_keeps_the_new_patient_in_the_form_until_it_saves(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    _new_patient_refused_then_saved(qtbot, window, caseload, answers, fill_disk, free_disk, FULL)


def test_a_read_only_caseload_keeps_the_new_patient_in_the_form(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    _new_patient_refused_then_saved(
        qtbot, window, caseload, answers, make_read_only, make_writable, READ_ONLY
    )


def test_an_edit_refused_by_a_full_disk_stays_in_the_form(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    activate(qtbot, window)
    press(qtbot, Key.Key_3, CTRL, inside=window)
    press(qtbot, Key.Key_Down, inside=window)
    tab = window.tabs.currentWidget()
    chosen = tab.selected()  # type: ignore[attr-defined]
    assert chosen is not None
    patient_id = chosen[0]
    QApplication.clipboard().setText(LONG_NOTE)
    fill_disk(store)
    seen: list[str] = []

    def edit(form: RecordForm[Any]) -> None:
        tab_to(qtbot, form.editor("notes"))
        press(qtbot, Key.Key_A, CTRL, inside=form)
        press(qtbot, Key.Key_V, CTRL, inside=form)
        press(qtbot, Key.Key_Return, CTRL, inside=form)  # Ctrl+Return saves from a notes field

    def again(form: RecordForm[Any]) -> None:
        notes = form.editor("notes")
        assert isinstance(notes, QPlainTextEdit)
        seen.extend([form.top_message.text(), notes.toPlainText()])
        free_disk(store)
        press(qtbot, Key.Key_Return, CTRL, inside=form)

    answers.expect(RecordForm, fill_form(edit, "Edit patient"), "the edit form")
    answers.expect(RecordForm, again, "the edit form again")
    press(qtbot, Key.Key_F2, inside=window)
    answers.settle(qtbot)
    assert seen == [FULL, LONG_NOTE]
    patient = store.patients.patient(patient_id)
    assert patient is not None and patient.notes == LONG_NOTE


def test_escape_after_a_refusal_gives_up_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    activate(qtbot, window)
    press(qtbot, Key.Key_3, CTRL, inside=window)
    before = whole_caseload(store)
    QApplication.clipboard().setText(LONG_NOTE)
    fill_disk(store)

    def first_try(form: RecordForm[Any]) -> None:
        type_text(qtbot, GIVEN, form)
        tab_to(qtbot, form.editor("notes"))
        press(qtbot, Key.Key_V, CTRL, inside=form)
        press(qtbot, Key.Key_Return, CTRL, inside=form)

    answers.expect(RecordForm, fill_form(first_try, "New patient"))
    answers.expect(
        RecordForm, lambda form: press(qtbot, Key.Key_Escape, inside=form), "the form again"
    )
    press(qtbot, Key.Key_N, CTRL, inside=window)
    answers.settle(qtbot)
    free_disk(store)
    assert whole_caseload(store) == before
    assert caseload.undo_stack.count() == 0


def test_a_later_refused_change_does_not_bring_back_an_old_form(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    """A form closed without a save (nothing changed) is not offered again by the next change."""
    store = caseload.store
    activate(qtbot, window)
    press(qtbot, Key.Key_3, CTRL, inside=window)
    press(qtbot, Key.Key_Down, inside=window)
    answers.expect(
        RecordForm,
        lambda form: press(qtbot, Key.Key_Return, inside=form),
        "the edit form, saved unchanged",
    )
    press(qtbot, Key.Key_F2, inside=window)
    answers.settle(qtbot)
    before = whole_caseload(store)
    make_read_only(store)  # a delete needs no new pages, so a full disk would not stop it
    said: list[str] = []

    def note(box: QMessageBox) -> None:
        said.append(box.text())
        press(qtbot, Key.Key_Return, inside=box)

    answers.expect(QMessageBox, lambda box: press(qtbot, Key.Key_Y, ALT, inside=box), "delete?")
    answers.expect(QMessageBox, note, "not saved")
    press(qtbot, Key.Key_Delete, inside=window)
    answers.settle(qtbot)
    make_writable(store)
    assert said == [READ_ONLY]
    assert whole_caseload(store) == before


# -- a file that is read-only before carebook starts ---------------------------------------------


def _without_root_powers() -> list[str]:
    """A command prefix under which file permissions hold (root normally ignores them)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and no setpriv to give up overriding permissions")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_file_is_refused_at_open_and_left_as_it_was(sample_db: Path) -> None:
    prefix = _without_root_powers()
    os.chmod(sample_db, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = sample_db.read_bytes()
    folder = sorted(path.name for path in sample_db.parent.iterdir())
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QMessageBox
        from carebook.ui.app import make_application, open_window
        from carebook.cli.main import main
        status = main(["agenda", "--db", sys.argv[1]])
        print("cli", status, flush=True)
        make_application()
        QMessageBox.critical = lambda _parent, _title, text: print("dialog", text.replace(
            "\\n", " "), flush=True)
        window, status = open_window(sys.argv[1])
        print("window", window is None, status, flush=True)
    """)
    result = subprocess.run(
        [*prefix, sys.executable, "-c", script, str(sample_db)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    refusal = f"{sample_db}: cannot be read and written (check the file's permissions)"
    assert result.stderr.strip() == f"carebook: {refusal}"
    assert result.stdout.splitlines() == [
        "cli 3",
        f"dialog carebook cannot open this caseload.  {refusal}",
        "window True 3",
    ]
    assert sample_db.read_bytes() == before
    assert sorted(path.name for path in sample_db.parent.iterdir()) == folder
