"""Priority seen and sorted: urgent and ASAP first, in the palette's accent; bold is overdue."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carebook.core.vocabularies import TaskPriority, TaskStatus
from carebook.ui.main_window import MainWindow
from carebook.ui.widgets.table_model import RawRole, RecordTableModel, contrast, readable_accent

RANK = {TaskPriority.ASAP: 0, TaskPriority.URGENT: 1, TaskPriority.ROUTINE: 2}
ACCENT = QPalette.ColorRole.Accent


def _priority_column(model: RecordTableModel) -> int:
    return [c.key for c in model.columns].index("priority")


def _rows(model: RecordTableModel) -> list[tuple[TaskPriority, TaskStatus, bool]]:
    return [
        (row.priority, row.status, bool(row.overdue))
        for row in (model.row(n) for n in range(model.rowCount()))
        if row is not None
    ]


def test_the_agendas_tasks_put_urgent_before_routine_overdue(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.tabs.setCurrentWidget(window.agenda)
    agenda = window.agenda
    for _day in range(14):  # the first day of the sample with an urgent and a routine overdue task
        rows = _rows(agenda.tasks)
        if any(p is not TaskPriority.ROUTINE and s is TaskStatus.OPEN for p, s, _o in rows) and any(
            p is TaskPriority.ROUTINE and o for p, _s, o in rows
        ):
            break
        agenda.next_day()
    else:
        raise AssertionError("no day in the sample with urgent and routine overdue tasks")
    open_ranks = [RANK[p] for p, s, _o in rows if s is TaskStatus.OPEN]
    assert open_ranks == sorted(open_ranks)
    first_routine_overdue = next(
        n for n, (p, _s, o) in enumerate(rows) if p is TaskPriority.ROUTINE and o
    )
    first_urgent = next(n for n, (p, _s, _o) in enumerate(rows) if p is not TaskPriority.ROUTINE)
    assert first_urgent < first_routine_overdue
    # Open tasks before the ones done today.
    statuses = [s is not TaskStatus.OPEN for _p, s, _o in rows]
    assert statuses == sorted(statuses)


def test_urgent_reads_in_the_palettes_accent_with_a_sign_and_overdue_in_bold(
    qtbot: QtBot, window: MainWindow
) -> None:
    tasks = window.list_tabs[3]
    window.tabs.setCurrentWidget(tasks)
    qtbot.wait(1)
    model = tasks.model
    column = _priority_column(model)
    rows = _rows(model)
    urgent = next(n for n, (p, _s, _o) in enumerate(rows) if p is TaskPriority.URGENT)
    routine = next(n for n, (p, _s, _o) in enumerate(rows) if p is TaskPriority.ROUTINE)
    cell = model.index(urgent, column)
    assert str(cell.data()).startswith("▲") and "Urgent" in str(cell.data())
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Urgent priority"
    palette = QGuiApplication.palette()
    shown = cell.data(Qt.ItemDataRole.ForegroundRole).color()
    assert shown == readable_accent(palette)
    assert contrast(shown, palette.color(QPalette.ColorRole.Base)) >= 4.5  # words that read
    assert shown != palette.color(QPalette.ColorRole.Text)  # and stand out from the rest
    assert model.index(routine, column).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(routine, column).data() == "Routine"
    for number, (_p, status, overdue) in enumerate(rows):
        font = model.index(number, 0).data(Qt.ItemDataRole.FontRole)
        bold = isinstance(font, QFont) and font.bold()
        assert bold == (overdue and status is TaskStatus.OPEN)

    # A dark palette: the mark follows the palette, no colour of its own.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.AlternateBase, QColor(38, 38, 38))
    dark.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    dark.setColor(ACCENT, QColor(120, 180, 255))
    app.setPalette(dark)
    try:
        assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(120, 180, 255)
    finally:
        app.setPalette(light)


def test_the_tasks_list_opens_urgent_first_and_sorts_by_its_priority_header(
    qtbot: QtBot, window: MainWindow
) -> None:
    tasks = window.list_tabs[3]
    window.tabs.setCurrentWidget(tasks)
    qtbot.wait(1)
    model = tasks.model
    column = _priority_column(model)
    header = tasks.table.horizontalHeader()
    assert header.sortIndicatorSection() == column

    def ranks() -> list[int]:
        return [RANK[model.index(n, column).data(RawRole)] for n in range(model.rowCount())]

    def dues() -> list[tuple[int, str]]:
        keyed = []
        for n in range(model.rowCount()):
            row = model.row(n)
            assert row is not None
            keyed.append((RANK[row.priority], str(row.due_date or "9999")))
        return keyed

    assert ranks() == sorted(ranks()) and ranks()[0] < 2
    assert dues() == sorted(dues())  # within a priority, by when it is due
    tasks.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert ranks() == sorted(ranks(), reverse=True)
    tasks.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert ranks() == sorted(ranks())
    # The header's click does the same.
    due = [c.key for c in model.columns].index("due_date")
    tasks.table.sortByColumn(due, Qt.SortOrder.AscendingOrder)
    assert ranks() != sorted(ranks())
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(column) + 5, 5),
    )
    assert header.sortIndicatorSection() == column
    assert ranks() in (sorted(ranks()), sorted(ranks(), reverse=True))
