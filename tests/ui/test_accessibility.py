"""Every control without text of its own is named, and every form's Tab order follows its
layout: a sweep of the main window's tabs, a patient's record, the forms of every record kind
(new and edit) and the dialogs the menus open."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from carebook.core.instruments import instrument
from carebook.ui import window_commands
from carebook.ui.billing.billing_editing import BillingEditing
from carebook.ui.first_tour import show_tour
from carebook.ui.forms.assessment_form import AssessmentDialog
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.schedule.view_keys import DAY, MONTH, WEEK
from carebook.ui.schedule.view_switch import LIST

#: Buttons that open a form or a dialog of their own (never one that deletes or changes).
OPENERS = ("Add", "New", "Edit", "Record", "Document")


def chain(widget: QWidget) -> str:
    """The widget and its parents, for a message that finds it."""
    parts = []
    item: QWidget | None = widget
    while item is not None and not isinstance(item, MainWindow):
        parts.append(f"{type(item).__name__}({item.objectName()!r})")
        item = item.parentWidget()
    return " < ".join(parts)


def _icon_only(widget: QWidget) -> bool:
    if not isinstance(widget, QAbstractButton):
        return False
    if not widget.text().strip():
        return True
    return (
        isinstance(widget, QToolButton)
        and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not widget.icon().isNull()
    )


def _shows_no_text(widget: QWidget) -> bool:
    text_less = (
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        QTextEdit,
        QPlainTextEdit,
    )
    return isinstance(widget, text_less) or _icon_only(widget)


def _internal(widget: QWidget) -> bool:
    """Qt's own parts that a screen reader meets through their owner (a spin box's line)."""
    return isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))


def tabbable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def unnamed(top: QWidget) -> list[str]:
    """Every control Tab reaches that shows no text and has no accessible name, and every
    icon-only button without a tooltip."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not tabbable(widget) or _internal(widget) or not _shows_no_text(widget):
            continue
        problems = []
        if not widget.accessibleName().strip():
            problems.append("no accessible name")
        # Qt's tab-bar scroll arrows are named by Qt and drawn as arrows everyone knows.
        arrow = isinstance(widget.parentWidget(), QTabBar)
        if _icon_only(widget) and not widget.toolTip().strip() and not arrow:
            problems.append("no tooltip")
        if problems:
            found.append(f"{chain(widget)}: {', '.join(problems)}")
    return found


# -- the Tab order of a form -------------------------------------------------------------------


def _fields_and_buttons(dialog: QDialog) -> tuple[list[QWidget], list[QWidget]]:
    boxes = dialog.findChildren(QDialogButtonBox)
    buttons = [b for box in boxes for b in box.buttons() if tabbable(b)]
    fields = [
        w
        for w in dialog.findChildren(QWidget)
        if tabbable(w) and not _internal(w) and w not in buttons and w.window() is dialog
    ]

    def place(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(dialog, QPoint(0, 0))
        return corner.y(), corner.x()

    fields.sort(key=place)
    buttons.sort(key=place)
    return fields, buttons


def tab_order_problems(dialog: QDialog) -> list[str]:
    """Walk Tab from the first field to the last and on to the buttons, then Shift+Tab back;
    say where the walk leaves the order the form lays its fields out in."""
    fields, buttons = _fields_and_buttons(dialog)
    if not fields or any(isinstance(f, QTableView) for f in fields):
        return []  # a table takes Tab for its cells
    expected = fields + buttons
    dialog.activateWindow()
    for _wait in range(100):
        if QApplication.activeWindow() is dialog:
            break
        QTest.qWait(10)
    expected[0].setFocus(Qt.FocusReason.TabFocusReason)
    walked = [QApplication.focusWidget()]
    for _step in expected[1:]:
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    back = [QApplication.focusWidget()]
    for _step in expected[1:]:
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Backtab)
        back.append(QApplication.focusWidget())

    def names(widgets: list[QWidget | None]) -> str:
        return ", ".join(
            (w.accessibleName() or w.text() if isinstance(w, QAbstractButton) else "")
            or (w.accessibleName() if w else "")
            or (type(w).__name__ if w else "nothing")
            for w in widgets
        )

    problems = []
    if walked != expected:
        problems.append(f"Tab goes {names(walked)}; laid out {names(expected)}")
    if back != list(reversed(expected)):
        problems.append(f"Shift+Tab goes {names(back)}")
    return problems


# -- the sweep ---------------------------------------------------------------------------------


class Sweep:
    """Looks at each window and dialog as it opens (a modal one from inside its own loop),
    then closes it without saving."""

    def __init__(self, check: Callable[[QWidget], list[str]]) -> None:
        self.check = check
        self.problems: list[str] = []
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._look)
        self._timer.start(20)

    def look_at(self, where: str, top: QWidget) -> None:
        self.problems += [f"{where}: {problem}" for problem in self.check(top)]

    def _look(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        name = f"{type(modal).__name__} {modal.windowTitle()!r}"
        if name not in self.seen:  # each form once (New patient opens from several tabs)
            self.seen.append(name)
            self.look_at(name, modal)
        if isinstance(modal, QDialog):
            QDialog.done(modal, QDialog.DialogCode.Rejected)  # never "Discard changes?"
        else:
            modal.close()

    def stop(self) -> None:
        self._timer.stop()


def _openers(page: QWidget) -> Iterator[QPushButton]:
    for button in page.findChildren(QPushButton):
        words = button.text().replace("&", "").replace("…", " ").split()
        if button.isVisible() and button.isEnabled() and words and words[0] in OPENERS:
            yield button


def _fullest_patient(window: MainWindow) -> int:
    """The patient with the most records, so that each section has a row to edit."""
    kinds = ("condition", "allergy", "medication", "note", "task", "referral", "care_plan")
    counts = " + ".join(f"(SELECT count(*) FROM {t} WHERE patient_id = p.id)" for t in kinds)
    with closing(sqlite3.connect(f"file:{window.caseload.store.path}?mode=ro", uri=True)) as db:
        found = db.execute(f"SELECT p.id FROM patient p ORDER BY {counts} DESC, p.id").fetchone()
    return int(found[0])


def sweep(window: MainWindow, check: Callable[[QWidget], list[str]]) -> Sweep:
    window.resize(1366, 768)
    looker = Sweep(check)
    app = QApplication.instance()
    assert app is not None
    try:
        for number in range(1, 9):
            key = Qt.Key(Qt.Key.Key_0 + number)
            QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
            app.processEvents()
            page = window.tabs.currentWidget()
            looker.look_at(f"tab {window.tabs.tabText(window.tabs.currentIndex())}", window)
            window.new_record()
            for button in list(_openers(page)):
                button.click()
        for view in (DAY, WEEK, MONTH, LIST):  # the Agenda's schedule views
            window.show_agenda_view(view)
            app.processEvents()
            looker.look_at(f"Agenda {view} view", window)
        patient_record.open_record(window.caseload, _fullest_patient(window), window)
        record = next(iter(patient_record._OPEN.values()))
        record.edit_patient()
        for tabs in record.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                app.processEvents()
                page = tabs.widget(index)
                looker.look_at(f"record tab {tabs.tabText(index)}", record)
                for table in page.findChildren(QTableView):
                    if table.model() is not None and table.model().rowCount() > 0:
                        table.selectRow(0)
                for button in list(_openers(page)):
                    button.click()
        billing = BillingEditing(window.caseload)
        patient = record.patient_id
        for opener in (
            lambda: AssessmentDialog(window.caseload, patient, instrument("phq-2")).exec(),
            lambda: billing.new_time(window, patient),
            lambda: billing.new_trip(window, patient),
            lambda: billing.new_expense(window, patient),
            lambda: window_commands.edit_preferences(window.caseload, window),
            lambda: window_commands.edit_note_templates(window.caseload, window),
        ):
            opener()
        for name, shown in (
            ("Keyboard shortcuts", lambda: window_commands.show_shortcuts(window)),
            ("Find anything", lambda: window_commands.find_anything(window.caseload, window)),
            ("tour", lambda: show_tour(window)),
            ("Activity log", window.show_activity),
        ):
            before = set(QApplication.topLevelWidgets())
            shown()
            app.processEvents()
            for top in set(QApplication.topLevelWidgets()) - before:
                if top.isVisible():
                    looker.look_at(name, top)
                    top.close()
    finally:
        looker.stop()
    return looker


@pytest.mark.usefixtures("fresh_settings")
def test_every_control_without_text_has_a_name_and_every_icon_a_tooltip(
    window: MainWindow,
) -> None:
    looked = sweep(window, unnamed)
    assert len(looked.seen) >= 40, looked.seen  # the sweep did open the forms
    assert not looked.problems, "\n".join(looked.problems)


def test_tab_walks_every_form_top_to_bottom_then_the_buttons_and_shift_tab_back(
    window: MainWindow,
) -> None:
    def forms_only(top: QWidget) -> list[str]:
        modal = isinstance(top, QDialog) and QApplication.activeModalWidget() is top
        return tab_order_problems(top) if modal else []

    looked = sweep(window, forms_only)
    assert not looked.problems, "\n".join(looked.problems)
