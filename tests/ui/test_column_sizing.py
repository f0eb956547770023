"""Columns sized by their content: short ones never cut, the spare width to the text columns."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from carebook.ui.main_window import MainWindow
from carebook.ui.widgets.column_fit import fit_of, shares
from carebook.ui.widgets.table_model import RecordTableModel

WIDTHS = (1024, 1366, 1920)


def _tables(window: MainWindow) -> list[tuple[str, QWidget, QTableView]]:
    agenda = window.agenda
    return [
        ("Agenda visits", agenda, agenda.visits_view),
        ("Agenda tasks", agenda, agenda.tasks_view),
        ("Agenda reviews", agenda, agenda.reviews_view),
        *((tab.spec.title, tab, tab.table) for tab in window.list_tabs),
    ]


def _show_all(qtbot: QtBot, window: MainWindow, width: int) -> None:
    window.resize(width, 700 if width == 1024 else 768 if width == 1366 else 1080)
    for tab in [window.agenda, *window.list_tabs]:
        window.tabs.setCurrentWidget(tab)
        qtbot.wait(1)


def _text_width(view: QTableView, row: int, column: int) -> int:
    """What the cell's text needs, measured here independently of carebook's own sizing."""
    index = view.model().index(row, column)
    font = index.data(0x0006)  # FontRole: bold rows are wider
    metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
    width = metrics.horizontalAdvance(str(index.data() or ""))
    if index.data(0x0001) is not None:  # DecorationRole: the warning sign beside it
        width += view.iconSize().width() if view.iconSize().width() > 0 else 16
    return width


def _rows_shown(view: QTableView) -> range:
    first = max(0, view.rowAt(0))
    last = view.rowAt(view.viewport().height() - 1)
    return range(first, (last if last >= 0 else view.model().rowCount() - 1) + 1)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_short_column_is_cut_and_the_text_columns_take_the_spare_width(
    qtbot: QtBot, window: MainWindow, width: int
) -> None:
    _show_all(qtbot, window, width)
    for name, tab, view in _tables(window):
        window.tabs.setCurrentWidget(tab)
        qtbot.wait(1)
        fit = fit_of(view)
        assert fit is not None, name
        header = view.horizontalHeader()
        shown = [n for n in range(len(fit.columns)) if not header.isSectionHidden(n)]
        assert view.model().rowCount() > 0, name
        for number in shown:
            column = fit.columns[number]
            if column.share:
                continue
            widest = max(_text_width(view, row, number) for row in _rows_shown(view))
            assert header.sectionSize(number) >= widest, (name, column.title, width)
        # The width the short columns leave goes to the text columns, not to the last column.
        text = [n for n in shown if fit.columns[n].share]
        used = sum(header.sectionSize(n) for n in shown)
        if used <= view.viewport().width():
            assert used >= view.viewport().width() - 1, (name, width)
        wanted = {n: max(fit.needs[n], fit.heading[n]) for n in text}
        if text and used <= view.viewport().width():
            spare = view.viewport().width() - sum(
                header.sectionSize(n) for n in shown if n not in text
            )
            if spare >= sum(wanted.values()):
                for n in text:
                    assert header.sectionSize(n) >= wanted[n], (name, fit.columns[n].title)
        if width >= 1366:
            assert not view.horizontalScrollBar().isVisible(), (name, width)


def test_patients_status_reads_whole_and_tasks_titles_are_not_cut_at_1366(
    qtbot: QtBot, window: MainWindow
) -> None:
    _show_all(qtbot, window, 1366)
    patients = window.list_tabs[0]
    window.tabs.setCurrentWidget(patients)
    patients.filter.setCurrentIndex(patients.filter.findData("all"))  # active and discharged
    qtbot.wait(1)
    statuses = {str(patients.model.index(r, 7).data()) for r in range(patients.model.rowCount())}
    assert "On hold" in statuses or "Discharged" in statuses
    header = patients.table.horizontalHeader()
    assert not header.isSectionHidden(7)
    widest = max(_text_width(patients.table, r, 7) for r in _rows_shown(patients.table))
    assert header.sectionSize(7) >= widest
    tasks = window.list_tabs[3]
    window.tabs.setCurrentWidget(tasks)
    qtbot.wait(1)
    title = [c.key for c in tasks.spec.columns].index("title")
    widest = max(_text_width(tasks.table, r, title) for r in _rows_shown(tasks.table))
    assert tasks.table.horizontalHeader().sectionSize(title) >= widest


def test_the_last_column_does_not_take_the_spare_width(qtbot: QtBot, window: MainWindow) -> None:
    _show_all(qtbot, window, 1920)
    for name, _tab, view in _tables(window):
        fit = fit_of(view)
        assert fit is not None
        header = view.horizontalHeader()
        assert not header.stretchLastSection(), name
        last = max(
            (n for n in range(len(fit.columns)) if not header.isSectionHidden(n)),
            key=header.visualIndex,
        )
        if not fit.columns[last].share:
            assert header.sectionSize(last) <= max(fit.needs[last], fit.heading[last]) + 1, name


def test_fitting_reads_a_sample_not_every_row(qtbot: QtBot, window: MainWindow) -> None:
    appointments = window.list_tabs[2]
    window.tabs.setCurrentWidget(appointments)
    appointments.filter.setCurrentIndex(appointments.filter.findData("all"))
    qtbot.wait(1)
    model = appointments.model
    assert isinstance(model, RecordTableModel) and model.rowCount() > 1000
    fit = fit_of(appointments.table)
    assert fit is not None
    assert len(fit.sample_rows()) < 300
    started = time.perf_counter()
    fit.refit()
    assert time.perf_counter() - started < 0.25


def test_the_spare_width_is_shared_by_weight_once_every_need_is_met() -> None:
    # Room for every need and 60 more: 20 to the first (weight 1), 40 to the second (weight 2).
    assert shares(360, [50, 50], [100, 200], [1, 2]) == [120, 240]
    # Short of room: both start from their floor; the one that needs less is not given more.
    assert shares(200, [50, 50], [60, 300], [1, 1]) == [60, 140]
    # Less room than the floors: the floors hold (a scrollbar, never a column squeezed to nothing).
    assert shares(50, [40, 40], [100, 100], [1, 1]) == [40, 40]


@pytest.mark.parametrize("width", (1366, 1920))
def test_most_rows_of_every_text_column_read_whole_before_the_longest_get_more(
    qtbot: QtBot, window: MainWindow, width: int
) -> None:
    _show_all(qtbot, window, width)
    for name, tab, view in _tables(window):
        window.tabs.setCurrentWidget(tab)
        qtbot.wait(1)
        fit = fit_of(view)
        assert fit is not None
        header = view.horizontalHeader()
        rows = fit.sample_rows()
        for number, column in enumerate(fit.columns):
            if not column.share or header.isSectionHidden(number):
                continue
            whole = sum(
                _text_width(view, row, number) <= header.sectionSize(number) for row in rows
            )
            assert whole >= len(rows) * 4 // 5, (name, column.title, width)


def test_after_scrolling_the_rows_then_in_view_are_not_cut_either(
    qtbot: QtBot, window: MainWindow
) -> None:
    _show_all(qtbot, window, 1366)
    for tab in window.list_tabs:
        window.tabs.setCurrentWidget(tab)
        tab.filter.setCurrentIndex(tab.filter.count() - 1)  # everything: the longest lists
        qtbot.wait(1)
        view = tab.table
        for place in (0.5, 1.0):
            bar = view.verticalScrollBar()
            bar.setValue(int(bar.maximum() * place))
            # Once the scrolling has stopped.
            qtbot.waitUntil(lambda v=view: _no_short_column_cut(v), timeout=3000)


def _no_short_column_cut(view: QTableView) -> None:
    fit = fit_of(view)
    assert fit is not None
    header = view.horizontalHeader()
    for number, column in enumerate(fit.columns):
        if column.share or header.isSectionHidden(number):
            continue
        widest = max(_text_width(view, row, number) for row in _rows_shown(view))
        assert header.sectionSize(number) >= widest, (view.accessibleName(), column.title)
