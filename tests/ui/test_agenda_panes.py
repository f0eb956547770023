"""The Agenda's panes share the height by their rows, and keep the sizes the user drags to."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from carebook.ui.agenda.agenda_panes import FEWEST_ROWS, SETTINGS_KEY
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.schedule.view_keys import DAY, MONTH, WEEK
from carebook.ui.schedule.view_switch import LIST


def _agenda(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    window.tabs.setCurrentWidget(window.agenda)
    qtbot.wait(20)


def _rows_in_view(view: QTableView) -> int:
    return min(
        view.model().rowCount(),
        view.viewport().height() // view.verticalHeader().defaultSectionSize(),
    )


def _tables(window: MainWindow) -> list[QTableView]:
    agenda = window.agenda
    return [agenda.visits_view, agenda.tasks_view, agenda.reviews_view]


def test_each_pane_has_room_for_its_rows_as_far_as_the_height_allows(
    qtbot: QtBot, window: MainWindow
) -> None:
    for width, height in ((1366, 768), (1920, 1080)):
        _agenda(qtbot, window, width, height)
        tables = _tables(window)
        assert all(view.model().rowCount() > FEWEST_ROWS for view in tables[1:])
        for view in tables:
            assert _rows_in_view(view) >= min(view.model().rowCount(), FEWEST_ROWS)
        reviews = window.agenda.reviews_view
        assert _rows_in_view(reviews) >= 5  # not 2 of 17
        # No pane keeps empty rows of room while another's rows are cut off.
        row = tables[0].verticalHeader().defaultSectionSize()
        cut = [v for v in tables if _rows_in_view(v) < v.model().rowCount()]
        for view in tables:
            spare = view.viewport().height() - view.model().rowCount() * row
            if cut and view not in cut:
                assert spare < 2 * row, (width, view.accessibleName(), spare)


def test_the_sizes_the_user_drags_to_are_kept_on_the_next_start(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    _agenda(qtbot, window, 1366, 768)
    splitter = window.agenda.panes.splitter
    before = splitter.sizes()
    handle = splitter.handle(2)  # between the tasks and the reviews
    middle = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    QTest.mouseMove(handle, middle - QPoint(0, 60))
    QTest.mouseRelease(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle - QPoint(0, 60)
    )
    dragged = splitter.sizes()
    assert dragged != before and dragged[2] > before[2]
    # A new day's rows do not undo what she chose.
    window.agenda.next_day()
    qtbot.wait(20)
    assert splitter.sizes() == dragged
    window.close()

    again = MainWindow(caseload)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    qtbot.waitExposed(again)
    _agenda(qtbot, again, 1366, 768)
    assert again.agenda.panes.splitter.sizes() == dragged
    again.agenda.panes.reset()
    assert again.agenda.panes.splitter.sizes() == before


def test_no_pane_lies_over_another_in_any_view_on_a_small_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At 1366×768 the day's column, the week and the month each leave the tasks' heading in
    view: no pane is squeezed below what its own layout needs, so none is drawn over the next
    (the day's details line once covered the tasks' column names)."""
    _agenda(qtbot, window, 1366, 768)
    agenda = window.agenda
    for view in (LIST, DAY, WEEK, MONTH, DAY):
        agenda._show_view(view)
        qtbot.wait(30)
        panes = [pane for pane, _table, _weight in agenda.panes.panes]
        for pane in panes:
            assert pane.height() >= pane.minimumSizeHint().height(), (view, pane.objectName())
        for above, below in itertools.pairwise(panes):
            assert above.geometry().bottom() < below.geometry().top(), view
        # The schedule's own details line is inside its pane, above the divider.
        if view != LIST:
            splitter = agenda.panes.splitter
            assert splitter.sizes()[0] >= sum(splitter.sizes()) // 2, "the schedule comes first"
            details = agenda.schedule.travel_button
            bottom = details.mapTo(agenda, details.rect().bottomLeft()).y()
            assert (
                bottom <= agenda.tasks_label.mapTo(agenda, agenda.tasks_label.rect().topLeft()).y()
            )


def test_a_screen_too_short_for_every_pane_scrolls_rather_than_laying_one_over_another(
    qtbot: QtBot, window: MainWindow
) -> None:
    """1366×768 at 150 % screen scale leaves about 910×512: the panes keep what their layouts
    need and the Agenda scrolls (the visit buttons once covered the tasks' heading)."""
    _agenda(qtbot, window, 910, 512)
    agenda = window.agenda
    window.agenda._show_view(LIST)
    qtbot.wait(30)
    # The window fits such a screen (with a title bar and a panel), so no window manager
    # has to squeeze it below what it asks for.
    assert window.minimumSizeHint().height() <= 460
    panes = [pane for pane, _table, _weight in agenda.panes.panes]
    for pane in panes:
        assert pane.height() >= pane.minimumSizeHint().height(), pane.objectName()
    for above, below in itertools.pairwise(panes):
        assert above.geometry().bottom() < below.geometry().top()
    done = agenda.visit_buttons[0]
    done_bottom = done.mapTo(agenda, done.rect().bottomLeft()).y()
    heading_top = agenda.tasks_label.mapTo(agenda, agenda.tasks_label.rect().topLeft()).y()
    assert done_bottom <= heading_top


def test_view_menu_puts_the_panes_back_to_sizes_by_rows(qtbot: QtBot, window: MainWindow) -> None:
    _agenda(qtbot, window, 1366, 768)
    splitter = window.agenda.panes.splitter
    before = splitter.sizes()
    handle = splitter.handle(1)
    middle = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    QTest.mouseMove(handle, middle + QPoint(0, 80))
    QTest.mouseRelease(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle + QPoint(0, 80)
    )
    assert splitter.sizes() != before
    window.tabs.setCurrentWidget(window.today)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    reset = next(a for a in view.actions() if a.text() == "Reset the Agenda's pane si&zes")
    reset.trigger()
    qtbot.wait(20)
    assert window.tabs.currentWidget() is window.agenda, "it shows what it did"
    assert splitter.sizes() == before
    assert QSettings().value(SETTINGS_KEY) is None
