"""A search box takes a pasted page of text without the list failing; SQLite never sees it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from carebook.storage.listings import SEARCH_LENGTH
from carebook.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_pasted_60000_character_search_is_cut_to_what_a_search_takes(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    tab = next(tab for tab in window.list_tabs if tab.spec.title == "Patients")
    everyone = tab.model.rowCount()
    QGuiApplication.clipboard().setText("%" * 60_000)
    qtbot.keyClick(tab.search, Qt.Key.Key_V, CTRL)
    assert len(tab.search.text()) == SEARCH_LENGTH
    qtbot.waitUntil(lambda: tab.query.search == tab.search.text())
    assert tab.model.rowCount() == 0  # no patient's name holds 300 percent signs
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == everyone)
