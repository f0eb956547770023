"""The Visit menu: what the Agenda does to the selected visit or task, with its keys, from the
menu bar, and the same keys in the day's and week's schedule."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenuBar, QTabWidget

from carebook.core.visit_rules import outcomes_open
from carebook.core.vocabularies import AppointmentStatus, TaskStatus
from carebook.ui.schedule.view_keys import DAY, LIST, WEEK

if TYPE_CHECKING:
    from carebook.ui.agenda.agenda_tab import AgendaTab


def _item(text: str, keys: str = "") -> str:
    # The keys after a tab show in the menu's shortcut column without taking them a second
    # time: they belong to the list or schedule that has the focus (Ctrl+D is a visit's
    # Done in the visits and a task's Done in the tasks).
    return (
        f"{text}\t{QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)}"
        if keys
        else text
    )


class VisitMenu(QObject):
    """The menu bar's Visit menu over the Agenda (`agenda` gives it, made if it is not yet);
    each item shows the Agenda, then acts on what is selected there, and is enabled only when
    that can act. Until the Agenda is made (see carebook.ui.tab_pages), nothing is selected."""

    def __init__(self, bar: QMenuBar, tabs: QTabWidget, agenda: Callable[[], AgendaTab]) -> None:
        super().__init__(bar)
        self.tabs = tabs
        self.agenda = agenda
        self.shown: AgendaTab | None = None
        self.menu = bar.addMenu(self.tr("V&isit"))
        self.menu.aboutToShow.connect(self.refresh)
        done = AppointmentStatus.DONE
        self.document = self._add(
            self.tr("&Document visit…"), "Ctrl+Shift+V", lambda a: a.document_visit.document()
        )
        self.done = self._add(self.tr("Mark d&one"), "Ctrl+D", lambda a: a.mark_visit(done))
        self.no_show = self._add(
            self.tr("Mark no-&show"), "", lambda a: a.mark_visit(AppointmentStatus.NO_SHOW)
        )
        self.cancel = self._add(self.tr("&Cancel visit…"), "", lambda a: a.cancel_visit())
        self.menu.addSeparator()
        self.earlier = self._add(
            self.tr("&Earlier in the route"), "Ctrl+Up", lambda a: a.move_visit(-1)
        )
        self.later = self._add(
            self.tr("&Later in the route"), "Ctrl+Down", lambda a: a.move_visit(1)
        )
        self.travel = self._add(
            self.tr("&Travel time before this visit…"),
            "Ctrl+Alt+T",
            lambda a: a.schedule.set_travel(),
        )
        self.menu.addSeparator()
        self.task_done = self._add(
            self.tr("Mark the selected tas&k done"), "", lambda a: a.complete_task()
        )
        self.refresh()

    def follow(self, agenda: AgendaTab) -> None:
        """The Agenda is made: in its day's and week's schedule, the visit keys the list has."""
        self.shown = agenda
        done = AppointmentStatus.DONE
        for keys, run in (
            ("Ctrl+D", lambda: agenda.mark_visit(done)),
            ("Ctrl+Shift+V", lambda: agenda.document_visit.document()),
        ):
            shortcut = QShortcut(QKeySequence(keys), agenda.schedule.grid)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(run)

    def _add(self, text: str, keys: str, run: Callable[[AgendaTab], object]) -> QAction:
        action = QAction(_item(text, keys), self.menu)
        action.triggered.connect(lambda: self._act(run))
        self.menu.addAction(action)
        return action

    def _act(self, run: Callable[[AgendaTab], object]) -> None:
        agenda = self.agenda()
        self.tabs.setCurrentWidget(agenda)
        run(agenda)

    def refresh(self) -> None:
        """Enable what can act on the Agenda's selection as it is now."""

        agenda = self.shown
        if agenda is None:
            for action in self.menu.actions():
                action.setEnabled(False)
            return
        line = agenda.selected_visit()
        listed = agenda.view_switch.view == LIST
        can_do, can_miss, can_cancel = outcomes_open(line.status if line is not None else None)
        self.document.setEnabled(line is not None)
        self.done.setEnabled(can_do)
        self.no_show.setEnabled(can_miss)
        self.cancel.setEnabled(can_cancel)
        _done, _no_show, _cancel, up, down = agenda.visit_buttons
        self.earlier.setEnabled(listed and up.isEnabled())
        self.later.setEnabled(listed and down.isEnabled())
        scheduled = agenda.view_switch.view in (DAY, WEEK)
        self.travel.setEnabled(scheduled and line is not None)
        index = agenda.tasks_view.currentIndex()
        task = agenda.tasks.row(index.row()) if index.isValid() else None
        self.task_done.setEnabled(task is not None and task.status is TaskStatus.OPEN)
