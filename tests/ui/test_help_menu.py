"""Help: About names what carebook runs on and its licence, Open data folder shows where the
caseload lives, and the first-start tour walks three screens by keyboard and can be skipped."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from keyboard_driver import ALT, NONE, Answers, Key, activate, press
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QSettings, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from carebook import __version__
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.first_tour import SEEN_KEY, Tour, seen, show_tour
from carebook.ui.help_menu import about_text
from carebook.ui.main_window import MainWindow


def _help_item(qtbot: QtBot, window: MainWindow, key: Key) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, Key.Key_H, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.title() == "&Help"
    qtbot.keyClick(menu, key)


def test_about_names_every_version_and_the_licence(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        press(qtbot, Key.Key_Escape, inside=box)

    answers.expect(QMessageBox, read, "About carebook")
    _help_item(qtbot, window, Key.Key_A)
    qtbot.waitUntil(lambda: bool(said))
    text = said[0]
    for name, version in (
        ("carebook", __version__),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("SQLite", sqlite3.sqlite_version),
    ):
        assert f"<td>{name}</td><td>&nbsp;&nbsp;{version}</td>" in text
    assert "<td>SQLCipher</td><td>&nbsp;&nbsp;4." in text
    assert "GPL-3.0-or-later" in text and "General Public License" in text
    assert str(window.caseload.store.path.resolve()) in text


def test_about_escapes_a_folder_name_that_looks_like_markup(sample_db: Path) -> None:
    folder = sample_db.parent / "<b>o'brien & co"
    folder.mkdir()
    named = folder / "caseload.sqlite3"
    shutil.copyfile(sample_db, named)
    store = Store.open(named)
    try:
        text = about_text(Caseload(store))
    finally:
        store.close()
    assert "&lt;b&gt;o&#x27;brien &amp; co/caseload.sqlite3" in text


class _FileManager(QObject):
    """Where Qt sends file: URLs once registered: the system's file manager stands here."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


def test_open_data_folder_shows_the_caseloads_folder(qtbot: QtBot, window: MainWindow) -> None:
    manager = _FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")
    try:
        _help_item(qtbot, window, Key.Key_D)
        qtbot.waitUntil(lambda: bool(manager.opened))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert manager.opened[0].toLocalFile() == str(window.caseload.store.path.resolve().parent)


def test_the_tour_goes_through_its_three_screens_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert not seen()
    tour = show_tour(window)
    qtbot.waitExposed(tour)
    assert not tour.back.isEnabled()
    pages = []
    for _ in range(3):
        pages.append(tour.page)
        press(qtbot, Key.Key_Return, NONE, inside=tour)
    assert pages == [0, 1, 2]
    qtbot.waitUntil(lambda: not tour.isVisible())
    assert tour.result() == Tour.DialogCode.Accepted
    assert seen() and QSettings().value(SEEN_KEY, type=bool) is True


def test_the_tour_can_be_skipped_at_once_and_walked_back(qtbot: QtBot, window: MainWindow) -> None:
    tour = show_tour(window)
    qtbot.waitExposed(tour)
    press(qtbot, Key.Key_Return, inside=tour)
    assert tour.page == 1 and tour.back.isEnabled()
    tour.back.click()
    assert tour.page == 0
    press(qtbot, Key.Key_Escape, inside=tour)
    qtbot.waitUntil(lambda: not tour.isVisible())
    assert tour.result() == Tour.DialogCode.Rejected
    assert seen()  # skipped is seen: it does not come back at the next start


def test_help_offers_the_tour_again(qtbot: QtBot, window: MainWindow) -> None:
    QSettings().setValue(SEEN_KEY, True)
    _help_item(qtbot, window, Key.Key_T)
    qtbot.waitUntil(lambda: window.findChild(Tour) is not None)
    tour = window.findChild(Tour)
    assert tour is not None and tour.page == 0
    tour.reject()


def test_a_caseload_opened_by_a_relative_path_is_named_in_full(
    sample_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(sample_db.parent)  # as `carebook --db caseload.sqlite3` from its folder
    store = Store.open(Path(sample_db.name))
    try:
        text = about_text(Caseload(store))
    finally:
        store.close()
    assert f"<code>{sample_db.resolve()}</code>" in text
