"""Driving carebook's windows by keyboard in tests: answering modal dialogs, typing, tabbing.

Every form, question and reason box runs modally (exec), so a test says beforehand how a user
would answer it; `Answers` does that from timers once the dialog is on screen. Whatever goes wrong
(a dialog that never comes, one left open, an answer that fails) is recorded and every dialog is
closed, so a test fails instead of hanging.
"""

from __future__ import annotations

import time as clock
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from carebook.store.caseload import Store
from carebook.ui.forms.record_form import RecordForm

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
Key = Qt.Key
#: How long a dialog may take to appear, and how long any dialog may stay open, in seconds.
APPEARS_WITHIN = 5.0
OPEN_AT_MOST = 10.0
#: Marks a dialog already answered. A property lives on the C++ object, so a new dialog made at
#: the same address (QMessageBox.question makes each one on the stack) is never taken for it.
_ANSWERED = "answeredByTest"


class Answers(QObject):
    """Answers the modal dialogs (and context menus) a test expects, from timers."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self.waiting: list[str] = []
        self.live = True
        self._top: tuple[QWidget | None, float] = (None, 0.0)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(200)
        self._watchdog.timeout.connect(self._watch)
        self._watchdog.start()

    def expect(self, kind: type[QWidget], respond: Callable[[Any], None], what: str = "") -> None:
        """When a `kind` dialog is the active modal widget (or popup, for a menu), `respond`."""
        label = what or kind.__name__
        self.waiting.append(label)
        deadline = clock.monotonic() + APPEARS_WITHIN
        tries = 0

        def poll() -> None:
            nonlocal tries
            if not self.live:
                return
            top = _top_widget(kind)
            if isinstance(top, kind) and top.isVisible() and not top.property(_ANSWERED):
                # A real dialog is the active window when it takes keys; give it a moment.
                if not top.isActiveWindow() and tries < 50:
                    tries += 1
                    top.activateWindow()
                    QTimer.singleShot(20, self, poll)
                    return
                top.setProperty(_ANSWERED, True)
                self.waiting.remove(label)
                try:
                    respond(top)
                except BaseException:  # recorded, and raised again by check()
                    self.problems.append(f"answering {label}:\n{traceback.format_exc()}")
                    self.close_all()
                return
            if clock.monotonic() > deadline:
                self.waiting.remove(label)
                self.problems.append(f"{label} never appeared (on top instead: {top!r})")
                self.close_all()
                return
            QTimer.singleShot(20, self, poll)

        QTimer.singleShot(0, self, poll)

    def close_all(self, rounds: int = 40) -> None:
        """Close every open popup and dialog, one a turn, so each exec() can return."""
        top = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if top is None:
            return
        if isinstance(top, QDialog):
            top.reject()
        else:
            top.close()
        if rounds:
            QTimer.singleShot(30, self, lambda: self.close_all(rounds - 1))

    def _watch(self) -> None:
        """A dialog open far too long (answered wrongly, or never expected) is a failure."""
        top = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if top is None:
            self._top = (None, 0.0)
            return
        seen, since = self._top
        if seen is not top:
            self._top = (top, clock.monotonic())
        elif clock.monotonic() - since > OPEN_AT_MOST:
            self.problems.append(f"{type(top).__name__} {top.windowTitle()!r} was left open")
            self._top = (None, 0.0)
            self.close_all()

    def check(self) -> None:
        """Fail with everything that went wrong with the dialogs so far."""
        problems = self.problems + [
            f"{label} was expected but never shown" for label in self.waiting
        ]
        self.problems, self.waiting = [], []
        assert not problems, "\n".join(problems)

    def stop(self) -> None:
        self.live = False
        self._watchdog.stop()

    def settle(self, qtbot: QtBot) -> None:
        """Wait until every expected dialog has come and gone, then check(); for keys whose
        action runs a moment later (a button's Alt+letter "animates" its click first)."""
        qtbot.waitUntil(
            lambda: not self.waiting and QApplication.activeModalWidget() is None,
            timeout=int((APPEARS_WITHIN + OPEN_AT_MOST) * 1000),
        )
        self.check()


def _top_widget(kind: type[QWidget]) -> QWidget | None:
    if issubclass(kind, QMenu):
        return QApplication.activePopupWidget()
    return QApplication.activeModalWidget()


def focused(inside: QWidget | None = None) -> QWidget:
    """Where a key goes: an open popup first, else the focus widget (of `inside`'s window)."""
    popup = QApplication.activePopupWidget()
    if popup is not None and not isinstance(popup, QMenu):
        return popup.focusWidget() or popup
    widget = QApplication.focusWidget()
    if inside is not None and (widget is None or widget.window() is not inside.window()):
        widget = inside.window().focusWidget() or inside
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE, inside: QWidget | None = None
) -> None:
    qtbot.keyClick(focused(inside), key, modifier)


def type_text(qtbot: QtBot, text: str, inside: QWidget | None = None) -> None:
    """Type into the focused widget; non-ASCII arrives as key events carrying the text, as a
    keyboard layout or input method delivers it (QTest only knows ASCII key codes)."""
    if text.isascii():
        qtbot.keyClicks(focused(inside), text)
        return
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(inside), QKeyEvent(kind, 0, NONE, char))


def replace_text(qtbot: QtBot, text: str, inside: QWidget | None = None) -> None:
    qtbot.keySequence(focused(inside), QKeySequence.StandardKey.SelectAll)
    type_text(qtbot, text, inside)


def tab_to(qtbot: QtBot, target: QWidget) -> None:
    """Press Tab until `target` has the focus, as a user walking a form or a window."""
    for _ in range(60):
        if focused(target) is target:
            return
        press(qtbot, Key.Key_Tab, inside=target)
    raise AssertionError(f"Tab never reached {target!r}")


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Bring `widget`'s window to the front, as clicking its title bar does."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def press_mnemonic(qtbot: QtBot, key: Qt.Key, *words: str) -> Callable[[QMessageBox], None]:
    """Answer a message box by its button's underlined letter, after checking what it says."""

    def respond(box: QMessageBox) -> None:
        for word in words:
            assert word in box.text(), (word, box.text())
        press(qtbot, key, inside=box)

    return respond


def fill_form(
    steps: Callable[[RecordForm[Any]], None], title: str | None = None
) -> Callable[[RecordForm[Any]], None]:
    """Check the form opened as it should (its title, the focus on the first field), then act."""

    def respond(form: RecordForm[Any]) -> None:
        if title is not None:
            assert form.windowTitle() == title
        assert focused(form) is form.first_editor(), "the first field has the focus"
        steps(form)

    return respond


def form_steps(
    qtbot: QtBot,
    *steps: tuple[str, str],
    then: Qt.Key = Key.Key_Return,
) -> Callable[[RecordForm[Any]], None]:
    """Tab to each named field, type over it, then press Return (save) or Escape."""

    def run(form: RecordForm[Any]) -> None:
        for name, text in steps:
            # "start_time": the time half of an appointment's start (date and time side by side).
            target = form.editors("start")[1] if name == "start_time" else form.editor(name)
            tab_to(qtbot, target)
            replace_text(qtbot, text, form)
        if then == Key.Key_Escape:
            escape_discarding(qtbot, form)
        else:
            press(qtbot, then, inside=form)

    return run


def escape_discarding(qtbot: QtBot, form: RecordForm[Any]) -> None:
    """Press Escape in a form and, when it asks because something was typed, answer Discard
    (the letter D) as a user throwing the typing away would; the form is closed after."""
    if form.is_changed():
        deadline = clock.monotonic() + APPEARS_WITHIN

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and "not saved yet" in box.text():
                qtbot.keyClick(box, Key.Key_D)
            elif clock.monotonic() < deadline:
                QTimer.singleShot(20, answer)

        QTimer.singleShot(0, answer)
    press(qtbot, Key.Key_Escape, inside=form)
    qtbot.waitUntil(lambda: not form.isVisible())


def scalar(store: Store, sql: str, *params: object) -> Any:
    row = store.conn.execute(sql, params).fetchone()
    return None if row is None else row[0]
