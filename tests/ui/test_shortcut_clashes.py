"""No two things in the window answer the same keys: the menu bar's and the tabs' Alt letters
are all different, no menu has two items with one letter, and no shortcut is given twice."""

from __future__ import annotations

import re
from collections import Counter

from keyboard_driver import Answers, activate, press
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record


def _letter(text: str) -> str | None:
    """The mnemonic of a label ("T&ools" -> "o"); None when it has none ("&&" is an ampersand)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _menus(window: MainWindow) -> list[QMenu]:
    found = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found.append(menu)
            found += [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
    return found


def test_the_menu_bar_and_the_tabs_take_different_alt_letters(window: MainWindow) -> None:
    letters = [_letter(a.text()) for a in window.menuBar().actions()]
    letters += [_letter(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    taken = Counter(letter for letter in letters if letter)
    assert [letter for letter, n in taken.items() if n > 1] == [], letters
    assert None not in letters, "every menu and tab has its Alt letter"


def test_no_menu_gives_one_letter_to_two_items(window: MainWindow) -> None:
    for menu in _menus(window):
        letters = Counter(
            _letter(action.text()) for action in menu.actions() if not action.isSeparator()
        )
        twice = [letter for letter, n in letters.items() if letter and n > 1]
        assert twice == [], (menu.title(), twice)


def test_no_shortcut_is_given_twice(window: MainWindow) -> None:
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    assert [key for key, n in keys.items() if n > 1] == []


def test_f1_shows_every_menu_shortcut_read_from_the_menus(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    from carebook.ui.widgets.shortcut_sheet import ShortcutSheet, shortcut_rows

    rows = shortcut_rows(window)
    named = {(menu, item) for menu, item, _keys in rows}
    assert ("Go", "Find anything…") in named and ("Edit", "Undo") in named
    assert ("Help", "Keyboard shortcuts…") in named
    seen: list[str] = []

    def look(sheet: ShortcutSheet) -> None:
        seen.append(sheet.text.toPlainText())
        press(qtbot, Qt.Key.Key_Escape, inside=sheet)

    answers.expect(ShortcutSheet, look)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    answers.check()
    assert seen and "Find anything…" in seen[0] and "Ctrl+K" in seen[0]
    assert "In lists and forms" in seen[0] and "F2" in seen[0]


def _first_patients_record(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> patient_record.PatientRecord:
    patient_id = caseload.store.conn.execute("SELECT min(id) FROM patient").fetchone()[0]
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN[patient_id]
    qtbot.waitExposed(record)
    return record


def test_a_patients_record_takes_ctrl_digits_for_its_tabs_and_no_key_twice(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    record = _first_patients_record(qtbot, window, caseload)
    activate(qtbot, record)

    keys: Counter[str] = Counter()
    for shortcut in record.findChildren(QShortcut):
        keys[shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)] += 1
    for action in record.findChildren(QAction):
        for sequence in action.shortcuts():
            keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    assert [key for key, n in keys.items() if n > 1 and key] == []
    tabs = record.tabs.count()
    assert {f"Ctrl+{n}" for n in range(1, min(9, tabs) + 1)} <= set(keys)
    assert not any(re.fullmatch(r"Alt\+\d", key) for key in keys), "Ctrl+digit, as the window"

    # Buttons' Alt letters in the record: none taken twice among those showing together.
    letters = Counter(
        _letter(button.text())
        for button in record.findChildren(QAbstractButton)
        if button.isVisibleTo(record)
        and button.window() is record
        and _letter(button.text())
        and not record.tabs.isAncestorOf(button)
    )
    assert [letter for letter, n in letters.items() if n > 1] == [], letters

    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier, inside=record)
    assert record.tabs.currentIndex() == 2
    record.close()


def _alt_letters_showing(window: QWidget) -> Counter[str]:
    """Every Alt letter that answers in `window` as it shows now: its menu bar, the titles of
    its tab bars, and the buttons, check boxes, group boxes and labels with a buddy in view."""
    letters: list[str | None] = []
    if isinstance(window, QMainWindow):
        letters += [_letter(a.text()) for a in window.menuBar().actions()]
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            letters += [_letter(bar.tabText(i)) for i in range(bar.count())]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
            letters.append(_letter(text))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            letters.append(_letter(widget.text()))
    return Counter(letter for letter in letters if letter)


def _twice(letters: Counter[str]) -> list[str]:
    return sorted(letter for letter, n in letters.items() if n > 1)


def test_no_alt_letter_answers_twice_on_any_tab_or_agenda_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    from carebook.ui.schedule.view_keys import DAY, MONTH, WEEK
    from carebook.ui.schedule.view_switch import LIST

    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
        qtbot.wait(10)
        title = window.tabs.tabText(number)
        assert _twice(_alt_letters_showing(window)) == [], title
    window.tabs.setCurrentWidget(window.agenda)
    for view in (LIST, DAY, WEEK, MONTH):
        window.agenda._show_view(view)
        qtbot.wait(10)
        assert _twice(_alt_letters_showing(window)) == [], view


def test_no_alt_letter_answers_twice_on_any_tab_of_a_patients_record(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    record = _first_patients_record(qtbot, window, caseload)
    for number in range(record.tabs.count()):
        record.tabs.setCurrentIndex(number)
        qtbot.wait(10)
        assert _twice(_alt_letters_showing(record)) == [], record.tabs.tabText(number)
    record.close()
