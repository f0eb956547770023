"""The Agenda's view switch: the list, or the schedule's day, week or month; remembered
between runs (as layout only, never what was shown), with a shortcut for each."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QTabBar, QWidget

from carebook.core.agenda import AgendaSpan
from carebook.core.dates import EARLIEST_DATE, LATEST_DATE
from carebook.ui.schedule.schedule_view import month_span
from carebook.ui.schedule.view_keys import (
    DAY,
    LIST,
    MONTH,
    VIEW_KEYS,
    VIEWS,
    WEEK,
    keep_view,
    kept_view,
    view_names,
    view_titles,
)

__all__ = ["DAY", "LIST", "MONTH", "VIEWS", "WEEK", "ViewSwitch", "span_of", "stepped"]


class ViewSwitch(QTabBar):
    """List, Day, Week, Month: the arrows move along it when it has the focus."""

    view_changed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Agenda view"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setDrawBase(False)
        self.setExpanding(False)
        # Four short words always shown whole: never two of them hidden behind scroll arrows.
        self.setUsesScrollButtons(False)
        names, titles = view_names(), view_titles()
        group = QActionGroup(self)
        self.actions_by_view: dict[str, QAction] = {}
        for n, view in enumerate(VIEWS):
            name, key = names[view], VIEW_KEYS[view]
            self.addTab(name)
            self.setTabToolTip(n, self.tr("%s (%s)") % (name, key))
            action = QAction(titles[view], parent)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            # Within the Agenda only: the window's other tabs keep their own keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, n=n: self.setCurrentIndex(n))
            group.addAction(action)
            parent.addAction(action)
            self.actions_by_view[view] = action
        self.setCurrentIndex(VIEWS.index(kept_view()))
        self.actions_by_view[self.view].setChecked(True)
        self.currentChanged.connect(self._changed)

    @property
    def view(self) -> str:
        return VIEWS[max(0, self.currentIndex())]

    def set_view(self, view: str) -> None:
        self.setCurrentIndex(VIEWS.index(view))

    def _changed(self, _index: int) -> None:
        self.actions_by_view[self.view].setChecked(True)
        keep_view(self.view)
        self.view_changed.emit(self.view)


def span_of(view: str, listed_week: bool, day: date, today: date) -> AgendaSpan:
    """The days a view shows around `day`: the day, its week (the list's week too), its month;
    tasks and reviews as they stand at its end, overdue meaning before today."""
    if view == MONTH:
        return month_span(day, today)
    if view == WEEK or (view == LIST and listed_week):
        return AgendaSpan.week(day, today)
    return AgendaSpan.day(day)


def stepped(view: str, span: AgendaSpan, day: date, step: int) -> date:
    """The day to show a step back (-1) or on (1): a day, a week or a month; paging stops at
    the ends of the dates carebook keeps."""
    if view == MONTH:
        if step < 0:
            return (span.first - timedelta(days=1)).replace(day=1)
        return span.last + timedelta(days=1) if span.last < LATEST_DATE else LATEST_DATE
    days = timedelta(days=7 if span.first != span.last else 1)
    if step < 0:
        return day - days if day > EARLIEST_DATE + timedelta(days=7) else EARLIEST_DATE
    return day + days if day < LATEST_DATE - timedelta(days=7) else LATEST_DATE
