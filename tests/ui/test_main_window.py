"""The main window over a sample caseload: every tab shows it, search and filters narrow it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carebook.ui.commands import Caseload
from carebook.ui.lists.list_tab import ListTab
from carebook.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _tab(window: MainWindow, title: str) -> ListTab:
    return next(tab for tab in window.list_tabs if tab.spec.title == title)


def _column(tab: ListTab, key: str) -> list[str]:
    """What the user reads in one column, for every row of the list."""
    model = tab.model
    position = [c.key for c in model.columns].index(key)
    return [str(model.index(row, position).data()) for row in range(model.rowCount())]


def test_window_is_titled_and_opens_on_today(window: MainWindow) -> None:
    assert "carebook" in window.windowTitle()
    assert window.tabs.currentWidget() is window.today
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles[:6] == ["Today", "Agenda", "Patients", "Medications", "Appointments", "Tasks"]


def test_ctrl_digits_switch_tabs_and_every_tab_shows_the_caseload(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    patient = caseload.store.patients.patient(1)
    assert patient is not None
    for number, title in enumerate(("Patients", "Medications", "Appointments", "Tasks"), start=3):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), CTRL)
        tab = _tab(window, title)
        assert window.tabs.currentWidget() is tab
        assert tab.model.rowCount() > 0, title
        assert tab.model.index(0, 0).data(), title
        assert (
            window.count_label.text().endswith(tab.spec.plural) or "1 " in window.count_label.text()
        )
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.tabs.currentWidget() is window.today
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.tabs.currentWidget() is window.agenda
    names = _column(_tab(window, "Patients"), "name")
    assert any(patient.family in name for name in names)


def test_typing_in_the_patients_search_narrows_the_list(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    patient = caseload.store.patients.patient(3)
    assert patient is not None
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    tab = _tab(window, "Patients")
    everyone = tab.model.rowCount()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, patient.family)
    qtbot.waitUntil(lambda: tab.model.rowCount() < everyone)
    names = _column(tab, "name")
    assert names and all(patient.family.lower() in name.lower() for name in names)
    assert tab.count_text.startswith(f"{len(names)} ")
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == everyone)


def test_search_that_matches_nothing_shows_an_empty_list(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    tab = _tab(window, "Tasks")
    qtbot.keyClicks(tab.search, "zzqx-no-such-task")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.count_text == "0 tasks"


def test_patient_filter_narrows_medications_to_one_patient(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    tab = _tab(window, "Medications")
    everyone = tab.model.rowCount()
    patient = caseload.store.patients.patient(2)
    assert patient is not None and tab.picker is not None
    tab.picker.setFocus()
    qtbot.keyClicks(tab.picker, patient.family)
    qtbot.keyClick(tab.picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() < everyone)
    chosen = tab.picker.patient_id
    assert chosen is not None
    expected = caseload.store.patients.patient(chosen)
    assert expected is not None
    patients = set(_column(tab, "patient"))
    assert patients == {f"{expected.family}, {expected.given}"}
    tab.picker.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == everyone)


def test_agenda_moves_by_day_and_back_to_today(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    today = caseload.store.today()
    assert window.agenda.day == today
    qtbot.keyClick(window, Qt.Key.Key_Right, ALT)
    assert window.agenda.day == today + timedelta(days=1)
    assert "Tomorrow" in window.agenda.heading.text()
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert window.agenda.day == today - timedelta(days=1)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    assert window.agenda.day == today


def test_agenda_lists_the_days_visits_in_time_order(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    day = next(
        store.today() + timedelta(days=n)
        for n in range(14)
        if store.visits.visits_on(store.today() + timedelta(days=n))
    )
    window.agenda.show_day(day)
    model = window.agenda.visits
    expected = store.visits.visits_on(day)
    assert model.rowCount() == len(expected)
    times = [str(model.index(row, 0).data())[:5] for row in range(model.rowCount())]
    assert times == sorted(times)
    shown = {str(model.index(row, 1).data()) for row in range(model.rowCount())}
    assert shown == {visit.patient for visit in expected}


def test_agenda_shows_overdue_tasks(window: MainWindow, caseload: Caseload) -> None:
    window.tabs.setCurrentWidget(window.agenda)  # the window opens on Today
    overdue = [t for t in caseload.store.tasks.agenda_tasks(caseload.store.today()) if t.overdue]
    assert overdue, "the sample caseload has overdue tasks"
    model = window.agenda.tasks
    titles = {str(model.index(row, 1).data()) for row in range(model.rowCount())}
    assert {task.title for task in overdue} <= titles
    assert str(model.index(0, 0).data()).startswith("Overdue, ")


def test_last_tab_and_size_come_back_next_time(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    window.resize(760, 520)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    window.close()
    again = MainWindow(caseload)
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 4
    assert (again.width(), again.height()) == (760, 520)


def test_ctrl_q_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_damaged_text_is_shown_marked_and_the_window_says_so(
    qtbot: QtBot, caseload: Caseload
) -> None:
    """A damaged byte in a name stops nothing: the list shows it marked, the status bar says
    where to look (before, the list's reload raised and the window showed no patients)."""
    caseload.store.conn.execute("UPDATE patient SET family = CAST(X'5A6FC3' AS TEXT) WHERE id = 1")
    main = MainWindow(caseload)
    qtbot.addWidget(main)
    main.show()
    qtbot.keyClick(main, Qt.Key.Key_3, CTRL)
    patients = _tab(main, "Patients")
    qtbot.waitUntil(lambda: patients.model.rowCount() > 0)
    assert any("Zo\ufffd" in name for name in _column(patients, "name"))
    qtbot.waitUntil(lambda: main.damage_label is not None and main.damage_label.isVisible())
    assert main.damage_label is not None
    assert "Check database" in main.damage_label.text()
