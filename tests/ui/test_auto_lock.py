"""The lock: after the minutes set in preferences, or Ctrl+L, nothing of the caseload shows."""

from __future__ import annotations

from keyboard_driver import (
    CTRL,
    Answers,
    Key,
    activate,
    escape_discarding,
    press,
    scalar,
    type_text,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from carebook.core.records import Preferences
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.safety.auto_lock import AutoLock, LockCover


def _visible_text(window: QWidget) -> str:
    """Every piece of text a person could read in the window: labels, fields, table cells."""
    parts = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and _uncovered(label):
            parts.append(label.text())
    for edit in window.findChildren(QLineEdit):
        if edit.isVisible() and _uncovered(edit):
            parts.append(edit.text())
    for table in window.findChildren(QTableView):
        model = table.model()
        if table.isVisible() and _uncovered(table) and model is not None:
            parts += [
                str(model.index(row, column).data())
                for row in range(model.rowCount())
                for column in range(model.columnCount())
            ]
    return "\n".join(parts)


def _uncovered(widget: QWidget) -> bool:
    """Whether no lock cover lies over the widget (covers sit on top of their window)."""
    window = widget.window()
    for cover in window.findChildren(LockCover):
        if cover.isVisible() and cover.geometry().contains(
            widget.mapTo(window, widget.rect().center())
        ):
            return any(parent is cover for parent in _parents(widget))
    return True


def _parents(widget: QWidget) -> list[QWidget]:
    found = []
    current: QWidget | None = widget
    while current is not None:
        found.append(current)
        current = current.parentWidget()
    return found


def _a_patient_name(caseload: Caseload) -> tuple[int, str]:
    patient_id = int(scalar(caseload.store, "SELECT id FROM patient ORDER BY id LIMIT 1"))
    patient = caseload.store.patients.patient(patient_id)
    assert patient is not None
    return patient_id, patient.family


def test_ctrl_l_hides_every_window_and_unlock_brings_them_back(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    patient_id, family = _a_patient_name(caseload)
    press(qtbot, Key.Key_3, CTRL, inside=window)  # the Patients list, names in view
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN[patient_id]
    assert family in _visible_text(window) and family in _visible_text(record)
    activate(qtbot, window)
    press(qtbot, Key.Key_L, CTRL, inside=window)
    assert window.auto_lock.locked
    assert family not in _visible_text(window) and family not in _visible_text(record)
    assert "carebook is locked" in _visible_text(window)
    # Keys do nothing to what is under the cover: Ctrl+1 does not switch tabs, typing is lost.
    tab = window.tabs.currentIndex()
    press(qtbot, Key.Key_1, CTRL, inside=window)
    assert window.tabs.currentIndex() == tab
    cover = window.findChild(LockCover)
    assert cover is not None
    activate(qtbot, cover)
    press(qtbot, Key.Key_Return, inside=cover)  # Unlock, the default button
    assert not window.auto_lock.locked
    QCoreApplication.processEvents()
    assert family in _visible_text(window) and family in _visible_text(record)


def test_a_form_half_filled_in_survives_the_lock(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    def steps(form: RecordForm[object]) -> None:
        type_text(qtbot, "Hepzibah", form)
        window.auto_lock.lock(idle=True)  # the minutes ran out while she was typing
        assert "Hepzibah" not in _visible_text(form)
        cover = form.findChild(LockCover)
        assert cover is not None and cover.isVisible()
        assert "not used for 10 minutes" in _visible_text(form)
        qtbot.waitUntil(cover.button.hasFocus)
        press(qtbot, Key.Key_Return, inside=cover)  # unlock from the form's own cover
        assert not window.auto_lock.locked and form.isVisible()
        assert form.editor("given").text() == "Hepzibah"  # type: ignore[attr-defined]
        escape_discarding(qtbot, form)

    answers.expect(RecordForm, steps)
    window.list_tabs[0].new_record()
    qtbot.waitUntil(lambda: not answers.waiting)


def test_the_lock_comes_after_the_minutes_set_in_preferences(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    caseload.set_preferences(Preferences(lock_minutes=3))
    lock = window.auto_lock
    assert lock.minutes == 3 and lock.timer.interval() == 180_000 and lock.timer.isActive()
    lock.timer.setInterval(50)  # three minutes, shortened for the test
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    assert "not used for 3 minutes" in _visible_text(window)
    lock.unlock()
    lock.set_minutes(3)  # back to minutes, so that it does not lock again during other tests


def test_a_passphrase_lock_refuses_a_wrong_one(qtbot: QtBot, window: MainWindow) -> None:
    lock = AutoLock(window, 10, verify=lambda text: text == "correct horse")
    lock.lock()
    covers = [c for c in window.findChildren(LockCover) if c.isVisible()]
    cover = covers[-1]
    assert cover.passphrase.isVisible()
    activate(qtbot, cover)
    cover.passphrase.setFocus()
    type_text(qtbot, "wrong", cover)
    press(qtbot, Key.Key_Return, inside=cover)
    assert lock.locked and "not the passphrase" in cover.message.text()
    type_text(qtbot, "correct horse", cover)
    press(qtbot, Key.Key_Return, inside=cover)
    assert not lock.locked
    QApplication.processEvents()


def test_keys_and_clicks_at_any_window_hold_the_lock_off(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtTest import QTest

    lock = window.auto_lock
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    lock.timer.setInterval(400)
    lock.timer.start()
    handle = window.windowHandle()
    assert handle is not None
    for _ in range(8):  # 800 ms of someone working, the window's input as a keyboard sends it
        QTest.keyClick(handle, Qt.Key.Key_Shift)
        qtbot.wait(100)
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)  # then nothing: it locks
    lock.unlock()
    lock.set_minutes(10)


def test_a_lock_after_one_minute_says_one_minute(qtbot: QtBot, window: MainWindow) -> None:
    lock = AutoLock(window, 1)
    lock.lock(idle=True)
    try:
        said = _visible_text(window)
        assert "not used for 1 minute," in said and "1 minutes" not in said
    finally:
        lock.unlock()
