"""While the window idles, each list made ahead of its first show also reads its count and
first page, so the first switch to it only draws; a change meanwhile is not lost."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from carebook.core.records import Task
from carebook.ui.lists.list_tab import ListTab
from carebook.ui.main_window import MainWindow


def _tasks_tab(window: MainWindow) -> ListTab:
    return next(tab for tab in window.list_tabs if tab.spec.listing == "tasks")


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.pages.warming, timeout=10_000)


def test_the_first_switch_to_a_list_read_ahead_reads_no_rows(
    qtbot: QtBot, window: MainWindow
) -> None:
    _settled(qtbot, window)
    tab = _tasks_tab(window)
    statements: list[str] = []
    window.caseload.store.conn.set_trace_callback(statements.append)
    try:
        window.tabs.setCurrentWidget(tab)
        qtbot.waitExposed(tab)
    finally:
        window.caseload.store.conn.set_trace_callback(None)
    read = [sql for sql in statements if "FROM task" in sql]
    assert read == []
    open_tasks = window.caseload.store.lists.list_count("tasks", tab.query)
    assert tab.model.rowCount() == open_tasks > 0
    assert tab.count_label.text() == f"{open_tasks} tasks"


def test_a_task_added_after_the_read_ahead_is_in_the_list_when_first_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    _settled(qtbot, window)
    tab = _tasks_tab(window)
    before = tab.model.rowCount()  # read ahead, not yet shown
    window.caseload.add(Task(patient_id=1, title="Ring the pharmacy"), "Add task")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitExposed(tab)
    assert tab.model.rowCount() == before + 1
    titles = [tab.model.value(row, "title") for row in range(tab.model.rowCount())]
    assert "Ring the pharmacy" in titles
