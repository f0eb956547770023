"""Columns chosen per user from the header's menu, kept between starts; repeated values hidden."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QTableView
from pytestqt.qtbot import QtBot

from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.widgets.column_fit import ColumnFit, fit_of
from carebook.ui.widgets.column_menu import column_menu


def _fit(view: QTableView) -> ColumnFit:
    fit = fit_of(view)
    assert fit is not None
    return fit


def _number(view: QTableView, title: str) -> int:
    return [c.title for c in _fit(view).columns].index(title)


def _tick(view: QTableView, title: str) -> None:
    """Click the column's entry in the header's menu."""
    menu = column_menu(view)
    assert menu is not None
    action = next(a for a in menu.actions() if a.text() == title)
    action.trigger()
    menu.deleteLater()


def _patients(qtbot: QtBot, window: MainWindow) -> QTableView:
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.list_tabs[0])
    qtbot.wait(1)
    return window.list_tabs[0].table


def _new_window(qtbot: QtBot, caseload: Caseload) -> MainWindow:
    again = MainWindow(caseload)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    qtbot.waitExposed(again)
    again.tabs.setCurrentWidget(again.list_tabs[0])
    qtbot.wait(1)
    return again


def test_a_column_hidden_from_the_header_menu_stays_hidden_on_the_next_start(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    table = _patients(qtbot, window)
    city = _number(table, "City")
    menu = column_menu(table)
    assert menu is not None
    titles = [a.text() for a in menu.actions() if a.isCheckable()]
    assert titles == [c.title for c in _fit(table).columns]  # every column, with a check mark
    assert next(a for a in menu.actions() if a.text() == "City").isChecked()
    assert "Reset columns" in [a.text() for a in menu.actions()]
    _tick(table, "City")
    assert table.horizontalHeader().isSectionHidden(city)
    # Moved and widened by the user: kept too.
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(_number(table, "Phone")), 0)
    header.resizeSection(_number(table, "Name"), 300)
    window.close()

    again = _new_window(qtbot, caseload).list_tabs[0].table
    header = again.horizontalHeader()
    assert header.isSectionHidden(city)
    assert header.logicalIndex(0) == _number(again, "Phone")
    assert header.sectionSize(_number(again, "Name")) == 300
    # Layout only: nothing any row says is kept in the settings.
    settings = QSettings()
    kept = " ".join(str(settings.value(key)) for key in settings.allKeys())
    name = str(again.model().index(0, _number(again, "Name")).data())
    assert name not in kept

    _tick(again, "Reset columns")
    assert not header.isSectionHidden(city)
    assert [header.logicalIndex(n) for n in range(header.count())] == list(range(header.count()))
    assert header.sectionSize(_number(again, "Name")) != 300


def test_shift_f10_on_the_header_opens_the_column_menu(qtbot: QtBot, window: MainWindow) -> None:
    table = _patients(qtbot, window)
    header = table.horizontalHeader()
    assert header.focusPolicy() & Qt.FocusPolicy.TabFocus
    seen: list[list[str]] = []

    def answer() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text() for a in menu.actions()])
            menu.close()

    for press in (
        lambda: qtbot.keyClick(header, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
        lambda: qtbot.keyClick(header, Qt.Key.Key_Menu),
    ):
        QTimer.singleShot(50, answer)
        header.setFocus()
        press()
    assert len(seen) == 2 and all("City" in texts for texts in seen)


def _agenda_visits(qtbot: QtBot, window: MainWindow) -> QTableView:
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.agenda)
    qtbot.wait(1)
    return window.agenda.visits_view


def _repeated(view: QTableView) -> list[str]:
    fit = _fit(view)
    model = view.model()
    rows = range(model.rowCount())
    return [
        column.title
        for number, column in enumerate(fit.columns)
        if column.hide_if_same
        and model.rowCount() > 1
        and len({str(model.index(r, number).data()) for r in rows}) == 1
    ]


def test_a_column_repeating_one_value_on_every_row_is_hidden_with_a_note(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    view = _agenda_visits(qtbot, window)
    repeated = _repeated(view)
    assert repeated, "the sample's first agenda day has a column with one value on every row"
    header = view.horizontalHeader()
    fit = _fit(view)
    for title in repeated:
        assert header.isSectionHidden(_number(view, title))
        assert title in fit.note and title in header.toolTip()
    # Every column that varies stays.
    for number, _column in enumerate(fit.columns):
        if fit.columns[number].title not in repeated:
            assert not header.isSectionHidden(number)

    # Asked for from the header's menu, it shows, and stays shown on the next start.
    title = repeated[0]
    _tick(view, title)
    assert not header.isSectionHidden(_number(view, title))
    assert title not in fit.note
    window.close()
    again = _new_window(qtbot, caseload)
    view = _agenda_visits(qtbot, again)
    assert not view.horizontalHeader().isSectionHidden(_number(view, title))


def test_a_column_that_varies_is_never_hidden_by_itself(qtbot: QtBot, window: MainWindow) -> None:
    tasks = window.list_tabs[3]
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(tasks)
    tasks.filter.setCurrentIndex(tasks.filter.findData("all"))
    qtbot.wait(1)
    status = _number(tasks.table, "Status")
    values = {str(tasks.model.index(r, status).data()) for r in range(tasks.model.rowCount())}
    assert len(values) > 1
    assert not tasks.table.horizontalHeader().isSectionHidden(status)
    tasks.filter.setCurrentIndex(tasks.filter.findData("open"))
    qtbot.wait(1)
    assert tasks.table.horizontalHeader().isSectionHidden(status)  # every row "Open"
    assert "Status “Open”" in _fit(tasks.table).note
    # Any other column saying one thing on every open task goes too, named in the note.
    for number, column in enumerate(tasks.spec.columns):
        values = {str(tasks.model.index(r, number).data()) for r in range(tasks.model.rowCount())}
        if column.hide_if_same and len(values) == 1:
            assert tasks.table.horizontalHeader().isSectionHidden(number)
            assert column.title in _fit(tasks.table).note


def test_the_directorys_services_and_hours_hide_while_no_one_has_any(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    store.conn.execute("UPDATE contact SET services = '', hours = ''")
    directory = next(tab for tab in window.list_tabs if tab.spec.title == "Directory")
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(directory)
    directory.reload()
    qtbot.wait(1)
    header = directory.table.horizontalHeader()
    services, hours = _number(directory.table, "Services"), _number(directory.table, "Hours")
    qtbot.waitUntil(lambda: header.isSectionHidden(services) and header.isSectionHidden(hours))
    assert "Services empty" in _fit(directory.table).note

    contact_id = store.conn.execute("SELECT min(id) FROM contact").fetchone()[0]
    contact = store.contacts.contact(contact_id)
    assert contact is not None
    contact.services = "Hot meals delivered at noon"
    caseload.save(contact, "Edit contact")
    qtbot.waitUntil(lambda: not header.isSectionHidden(services))
    assert header.isSectionHidden(hours), "still empty on every row"
