"""An empty caseload and a vain search say what to do next, with a button, not a blank table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyboard_driver import Answers, fill_form, press, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.lists.list_tab import ListTab
from carebook.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def empty_caseload(tmp_path: Path) -> Iterator[Caseload]:
    store = Store.open(tmp_path / "caseload.sqlite3")
    yield Caseload(store)
    store.close()


@pytest.fixture
def empty_window(qtbot: QtBot, empty_caseload: Caseload) -> MainWindow:
    main = MainWindow(empty_caseload)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _tab(window: MainWindow, title: str) -> ListTab:
    return next(tab for tab in window.list_tabs if tab.spec.title == title)


def test_an_empty_caseload_offers_add_import_and_the_sample_everywhere(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    today = empty_window.today
    assert today.stack.currentWidget() is today.empty
    assert "no patients in this caseload yet" in today.empty.text.text()
    for number, title in enumerate(("Patients", "Medications", "Appointments", "Tasks"), start=3):
        qtbot.keyClick(empty_window, Qt.Key(Qt.Key.Key_0 + number), CTRL)
        tab = _tab(empty_window, title)
        assert empty_window.tabs.currentWidget() is tab
        assert tab.stack.currentWidget() is tab.empty, title
        shown = [
            button.text()
            for button in (
                tab.empty.add_button,
                tab.empty.import_button,
                tab.empty.sample_button,
                tab.empty.clear_button,
            )
            if button.isVisibleTo(tab)
        ]
        assert shown == ["Add patient", "Import…", "Load the sample"], title


def test_load_the_sample_fills_today_and_the_lists(
    qtbot: QtBot, empty_window: MainWindow, empty_caseload: Caseload
) -> None:
    qtbot.mouseClick(empty_window.today.empty.sample_button, Qt.MouseButton.LeftButton)
    assert not empty_caseload.store.is_empty()
    assert empty_window.today.stack.currentWidget() is empty_window.today.list
    assert empty_window.today.model.rowCount() > 5
    qtbot.keyClick(empty_window, Qt.Key.Key_3, CTRL)
    patients = _tab(empty_window, "Patients")
    assert patients.stack.currentWidget() is patients.table
    assert patients.model.rowCount() > 30  # the active ones of the sample's 40


def test_add_patient_from_the_empty_list_saves_a_patient_and_shows_the_list(
    qtbot: QtBot, empty_window: MainWindow, empty_caseload: Caseload, answers: Answers
) -> None:
    qtbot.keyClick(empty_window, Qt.Key.Key_4, CTRL)  # Medications: still, a patient first
    medications = _tab(empty_window, "Medications")
    assert medications.stack.currentWidget() is medications.empty

    def name_her(form: RecordForm) -> None:  # type: ignore[type-arg]
        type_text(qtbot, "Ada", inside=form)
        press(qtbot, Qt.Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(name_her))
    medications.empty.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space, inside=medications.empty.add_button)
    answers.settle(qtbot)
    saved = empty_caseload.store.patients.patient(1)
    assert saved is not None and saved.given == "Ada"
    # A caseload with a patient shows its (empty) lists as tables, and no sample is offered.
    assert medications.stack.currentWidget() is medications.table
    empty_window.activateWindow()
    qtbot.waitUntil(empty_window.isActiveWindow)
    qtbot.keyClick(empty_window, Qt.Key.Key_1, CTRL)  # Today reads the change when shown
    assert empty_window.today.stack.currentWidget() is empty_window.today.list


def test_a_search_that_matches_nothing_says_so_and_clears(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    patients = _tab(window, "Patients")
    everyone = patients.model.rowCount()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(patients.search, "xyz")
    qtbot.waitUntil(lambda: patients.stack.currentWidget() is patients.empty)
    assert patients.empty.text.text() == "No patient matches “xyz”"
    assert patients.empty.clear_button.isVisibleTo(patients)
    assert not patients.empty.add_button.isVisibleTo(patients)
    qtbot.mouseClick(patients.empty.clear_button, Qt.MouseButton.LeftButton)
    assert patients.search.text() == "" and patients.search.hasFocus()
    assert patients.stack.currentWidget() is patients.table
    assert patients.model.rowCount() == everyone
