"""The window's toolbar and menu icons: the day's actions one click away, each saying its keys."""

from __future__ import annotations

import pytest
from keyboard_driver import CTRL, SHIFT, Key, activate, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.schedule.view_keys import DAY
from carebook.ui.window_toolbar import ORDER


def _shown(window: MainWindow) -> list[str]:
    return [
        action.iconText() if not action.isSeparator() else "|"
        for action in window.toolbar.actions()
    ]


def test_the_toolbar_holds_the_days_actions_in_order_each_with_icon_and_keys(
    window: MainWindow,
) -> None:
    assert _shown(window) == [
        *("New", "Find", "|", "Previous day", "Today", "Next day", "|", "Print", "PDF", "|"),
        *("Import", "|", "Timer", "|", "Undo", "Redo", "|", "Back up", "Lock"),
    ]
    assert len(window.toolbar.actions()) == len(ORDER)
    for action in window.toolbar.actions():
        if action.isSeparator():
            continue
        assert not action.icon().isNull(), action.text()
        keys = action.shortcut().toString()
        if keys:
            assert keys in action.toolTip(), (action.toolTip(), keys)
    tips = {action.iconText(): action.toolTip() for action in window.toolbar.actions()}
    assert tips["Print"] == "Print day sheet (Ctrl+P)"
    assert tips["Find"] == "Find anything (Ctrl+K)"
    assert tips["Undo"] == "Undo (Ctrl+Z)"
    assert "Ctrl+Shift+T" in tips["Timer"]


def test_undos_tooltip_says_what_it_would_undo(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    patient = caseload.store.conn.execute("SELECT min(id) FROM patient").fetchone()[0]
    record = caseload.store.patients.patient(patient)
    assert record is not None
    record.phone = "0113 496 0000"
    caseload.save(record, "Edit patient")
    undo = window.toolbar.actions()[ORDER.index("undo")]
    assert undo.isEnabled()
    assert undo.toolTip() == "Undo Edit patient (Ctrl+Z)"
    # The arrows show their icon alone; the rest say their name beside it.
    previous = window.toolbar.widgetForAction(window.toolbar.actions()[3])
    assert isinstance(previous, QToolButton)
    assert previous.toolButtonStyle().name == "ToolButtonIconOnly"


def test_the_menus_show_the_same_icons(window: MainWindow) -> None:
    with_icons = {
        action.text()
        for menu_action in window.menuBar().actions()
        if menu_action.menu() is not None
        for action in menu_action.menu().actions()  # type: ignore[union-attr]
        if not action.icon().isNull()
    }
    for text in ("&New…", "&Print day sheet…", "&Back up now", "&Quit", "Find &anything…"):
        assert text in with_icons, text


def test_todays_button_brings_the_agenda_to_today_from_any_tab(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    window.tabs.setCurrentIndex(2)  # Patients
    window.agenda.next_day()
    today = next(a for a in window.toolbar.actions() if a.iconText() == "Today")
    button = window.toolbar.widgetForAction(today)
    assert isinstance(button, QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.agenda
    assert window.agenda.day == caseload.store.today()


def test_the_agendas_views_answer_their_keys_from_another_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    activate(qtbot, window)
    window.tabs.setCurrentIndex(2)  # Patients
    press(qtbot, Key.Key_D, CTRL | SHIFT, inside=window)
    assert window.tabs.currentWidget() is window.agenda
    assert window.agenda.view_switch.view == DAY


def test_a_hidden_toolbar_stays_hidden_next_time(qtbot: QtBot, caseload: Caseload) -> None:
    first = MainWindow(caseload)
    qtbot.addWidget(first)
    first.show()
    first.toolbar.toggleViewAction().trigger()
    assert not first.toolbar.isVisible()
    first.quit()

    second = MainWindow(caseload)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert not second.toolbar.isVisible()
    second.toolbar.toggleViewAction().trigger()
    assert second.toolbar.isVisible()


def test_a_change_after_the_window_is_gone_raises_nothing(
    qtbot: QtBot, caseload: Caseload, capsys: pytest.CaptureFixture[str]
) -> None:
    """The caseload's undo stack outlives a window it served (a window reopened after a lock,
    the tests' own windows): its next change must not reach the old window's Undo button."""
    main = MainWindow(caseload)
    main.show()
    qtbot.waitExposed(main)
    main.close()
    main.deleteLater()
    qtbot.wait(50)
    record = caseload.store.patients.patient(
        caseload.store.conn.execute("SELECT min(id) FROM patient").fetchone()[0]
    )
    assert record is not None
    record.phone = "0113 496 0001"
    caseload.save(record, "Edit patient")
    assert caseload.undo_stack.undoText() == "Edit patient"
    assert "already deleted" not in capsys.readouterr().err
