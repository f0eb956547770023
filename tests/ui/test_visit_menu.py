"""The Visit menu and the schedule's keys: what the Agenda does to a visit is in a menu with
its keys, enabled only when it can act, and the day's schedule answers Ctrl+D and
Ctrl+Shift+V as the list does."""

from __future__ import annotations

from datetime import datetime, time

from keyboard_driver import CTRL, SHIFT, Answers, Key, activate, press
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from carebook.core.records import Appointment
from carebook.core.views import Visit
from carebook.core.vocabularies import AppointmentStatus
from carebook.ui.commands import Caseload
from carebook.ui.forms.visit_documentation import VisitDocumentationDialog
from carebook.ui.main_window import MainWindow
from carebook.ui.schedule.time_grid import visit_key
from carebook.ui.schedule.view_keys import DAY
from carebook.ui.schedule.view_switch import LIST


def _early_visit(caseload: Caseload) -> Visit:
    """A home visit at 06:00 today, before any of the sample's: the first of the day."""
    store = caseload.store
    patient_id = int(store.conn.execute("SELECT min(id) FROM patient").fetchone()[0])
    store.appointments.add_appointment(
        Appointment(
            patient_id=patient_id,
            start=datetime.combine(store.today(), time(6, 0)),
            duration_min=30,
            purpose="Early check",
        )
    )
    return store.visits.visits_on(store.today())[0]


def _items(window: MainWindow) -> dict[str, str]:
    """The Visit menu's items by name, each with the keys its shortcut column shows."""
    menu = window.visit_menu.menu
    assert isinstance(menu, QMenu)
    window.visit_menu.refresh()
    found = {}
    for action in menu.actions():
        if not action.isSeparator():
            name, _tab, keys = action.text().partition("\t")
            found[name.replace("&", "")] = keys if action.isEnabled() else f"(off) {keys}"
    return found


def _status(caseload: Caseload, visit: Visit) -> AppointmentStatus:
    day = caseload.store.visits.visits_on(visit.start.date())
    return next(v.status for v in day if visit_key(v) == visit_key(visit))


def test_the_visit_menu_names_each_action_with_its_keys_and_enables_what_can_act(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    _early_visit(caseload)
    window.tabs.setCurrentWidget(window.agenda)
    agenda = window.agenda
    agenda.view_switch.set_view(LIST)
    agenda.show_day(caseload.store.today())
    agenda.visits_view.clearSelection()
    agenda.visits_view.setCurrentIndex(agenda.visits.index(-1, 0))
    assert _items(window)["Mark done"] == "(off) Ctrl+D", "nothing selected: nothing to act on"
    agenda.visits_view.selectRow(0)
    items = _items(window)
    assert items["Document visit…"] == "Ctrl+Shift+V"
    assert items["Mark done"] == "Ctrl+D"
    assert items["Earlier in the route"].startswith("(off)"), "the first stop cannot go earlier"
    assert items["Later in the route"] == "Ctrl+Down"
    assert items["Travel time before this visit…"] == "(off) Ctrl+Alt+T", "a schedule's action"


def test_mark_done_from_the_menu_acts_on_the_agendas_visit_from_another_tab(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    visit = _early_visit(caseload)
    agenda = window.agenda
    window.tabs.setCurrentWidget(agenda)
    agenda.view_switch.set_view(LIST)
    agenda.show_day(caseload.store.today())
    agenda.visits_view.selectRow(0)
    window.tabs.setCurrentWidget(window.today)
    done = next(a for a in window.visit_menu.menu.actions() if a.text().startswith("Mark d&one"))
    window.visit_menu.refresh()
    done.trigger()
    assert window.tabs.currentWidget() is agenda, "the Agenda shows what was done"
    assert _status(caseload, visit) is AppointmentStatus.DONE


def test_the_days_schedule_answers_ctrl_d_and_ctrl_shift_v(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    visit = _early_visit(caseload)
    agenda = window.agenda
    window.tabs.setCurrentWidget(agenda)
    agenda.view_switch.set_view(DAY)
    agenda.show_day(caseload.store.today())
    grid = agenda.schedule.grid
    activate(qtbot, window)
    grid.setFocus()
    assert grid.select(visit_key(visit))
    assert _items(window)["Mark done"] == "Ctrl+D", "the schedule's visit is the one acted on"

    answers.expect(
        VisitDocumentationDialog, lambda dialog: press(qtbot, Key.Key_Escape, inside=dialog)
    )
    qtbot.keyClick(grid, Key.Key_V, CTRL | SHIFT)
    answers.check()

    activate(qtbot, window)
    grid.setFocus()
    assert grid.select(visit_key(visit))
    qtbot.keyClick(grid, Key.Key_D, CTRL)
    assert _status(caseload, visit) is AppointmentStatus.DONE


def test_the_shortcut_sheet_lists_the_visit_menus_keys(window: MainWindow) -> None:
    from carebook.ui.widgets.shortcut_sheet import shortcut_rows

    rows = set(shortcut_rows(window))
    assert ("Visit", "Mark done", "Ctrl+D") in rows
    assert ("Visit", "Document visit…", "Ctrl+Shift+V") in rows
