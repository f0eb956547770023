"""The schedule inside the Agenda: a day, a week or a month, read from the store's own
occurrences (the agenda's visits, day by day in route order), with what it shows summed up."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carebook.core.agenda import AgendaSpan
from carebook.core.calendar_words import clock_text, day_and_clock
from carebook.core.schedule import came_from, place_of
from carebook.core.schedule_layout import Placed, lay_out_day
from carebook.core.views import Visit
from carebook.core.words import translate
from carebook.ui.agenda.agenda_columns import TIME_ONLY, VisitLine, month_year
from carebook.ui.changes import travel as travel_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.appointment_editor import AppointmentEditor
from carebook.ui.forms.record_editor import attempt
from carebook.ui.schedule.month_grid import MonthGrid
from carebook.ui.schedule.moving import move_visit
from carebook.ui.schedule.time_grid import TimeGrid, VisitKey, visit_key
from carebook.ui.schedule.view_keys import DAY, MONTH
from carebook.ui.widgets.page_stack import PageStack


def month_span(day: date, today: date) -> AgendaSpan:
    """The whole month of `day`; its tasks overdue when open and due before `today`."""
    last = calendar.monthrange(day.year, day.month)[1]
    return AgendaSpan(day.replace(day=1), day.replace(day=last), today)


class ScheduleView(QWidget):
    """The day and week as time-scaled columns, the month as a calendar of counts."""

    day_wanted = Signal(object)  # a date the Agenda should show (past an edge, or a month day)
    day_opened = Signal(object)  # a month's day to open in the day view

    def __init__(
        self, caseload: Caseload, editor: AppointmentEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.editor = editor
        self.mode = DAY
        self.day = caseload.store.today()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.selected = QLabel(self)
        self.selected.setWordWrap(True)
        self.selected.setAccessibleName(self.tr("The selected visit"))
        self.grid = TimeGrid(self)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(self.grid)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusProxy(self.grid)
        self.month = MonthGrid(self)
        self.pages = PageStack(self)
        self.pages.addWidget(self.scroller)
        self.pages.addWidget(self.month)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        self.travel_button = QPushButton(self.tr("Travel time before this visit…"), self)
        self.travel_button.setToolTip(
            self.tr("How long the trip here from the stop before takes (Ctrl+Alt+T)")
        )
        self.travel_button.clicked.connect(self.set_travel)
        travel = QAction(self.tr("Travel time before this visit…"), self)
        travel.setShortcut(QKeySequence("Ctrl+Alt+T"))
        travel.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        travel.triggered.connect(self.set_travel)
        self.addAction(travel)
        row = QHBoxLayout()
        row.addWidget(self.selected, 1)
        row.addWidget(self.travel_button)
        layout.addLayout(row)
        self.grid.opened.connect(self.open_visit)
        self.grid.move_wanted.connect(self.move_to)
        self.grid.day_step.connect(self._past_edge)
        self.grid.current_changed.connect(self._show_selected)
        self.month.day_chosen.connect(self.day_wanted)
        self.month.day_opened.connect(self.day_opened)
        self._keep: VisitKey | None = None

    def focus_target(self) -> QWidget:
        return self.month if self.mode == MONTH else self.grid

    # -- reading ---------------------------------------------------------------------------------

    def show_span(self, mode: str, day: date) -> None:
        """Read and show the day, the week of `day` or its month."""
        self.mode, self.day = mode, day
        self.travel_button.setVisible(mode != MONTH)
        store = self.caseload.store
        today = store.today()
        if mode == MONTH:
            span = month_span(day, today)
            marks = store.visits.day_marks(span.first, span.last)
            self.month.set_month(day, marks, today)
            self.pages.setCurrentWidget(self.month)
            visits = sum(mark.visits for mark in marks.values())
            overlaps = sum(mark.overlap for mark in marks.values())
            self.summary.setText(
                self.tr(
                    "{visits} visits in {month}; {overlaps} days with visits that overlap"
                    " (marked ⚠)."
                ).format(visits=f"{visits:,}", month=month_year(day), overlaps=f"{overlaps:,}")
                if visits
                else self.tr("No visits booked in {month}.").format(month=month_year(day))
            )
            self.selected.setText(self.month.describe(day))
            return
        span = AgendaSpan.day(day) if mode == DAY else AgendaSpan.week(day, today)
        days = span.days
        by_day: dict[date, list[Visit]] = {d: [] for d in days}
        for visit in store.visits.visits_in(span):
            by_day.setdefault(visit.start.date(), []).append(visit)
        travel = store.travel.travel_times()
        columns = [lay_out_day(by_day[d], travel) for d in days]
        keep = self._keep
        if keep is None:
            current = self.grid.visit()
            keep = visit_key(current) if current is not None else None
        self._keep = None
        self.grid.set_days(days, columns, today, keep)
        self.pages.setCurrentWidget(self.scroller)
        self.summary.setText(_summary(columns, mode))
        chosen = self.grid.visit()
        if chosen is not None:
            rect = self.grid.block_rect(visit_key(chosen))
            if rect is not None:
                self.scroller.ensureVisible(int(rect.left()), int(rect.top()), 10, 60)
        else:
            y = self.grid.y_of(
                datetime.combine(days[0], datetime.min.time()).replace(hour=8), days[0]
            )
            self.scroller.ensureVisible(0, int(y), 10, 10)

    # -- acting ----------------------------------------------------------------------------------

    def open_visit(self, visit: Visit) -> None:
        """Open the visit's appointment in its editor, as the Agenda's list does."""
        self.editor.edit(self, visit.appointment_id, VisitLine.of(visit, TIME_ONLY))

    def move_to(self, visit: Visit, start: datetime) -> None:
        """Move a visit (dragged, or by keys) through the door; the selection follows it."""
        original = visit.original_start if visit.recurring else None
        self._keep = (visit.appointment_id, original or start)
        if not move_visit(self, self.caseload, visit, start):
            self._keep = None
        self.grid.setFocus()

    def set_travel(self) -> None:
        """Ask how long the trip to the selected visit from the stop before takes; kept for
        that pair of places, either way, from then on."""
        current = self.grid.current
        if self.mode == MONTH or current is None:
            return
        visits = [p.visit for p in self.grid.columns[current[0]]]
        before = came_from(visits, current[1])
        if before is None:
            QMessageBox.information(
                self,
                self.tr("Travel time"),
                self.tr(
                    "Choose a visit the coordinator travels to after another stop of the day"
                    " (not the first stop, a call or a patient's own appointment)."
                ),
            )
            return
        here, there = place_of(before), place_of(visits[current[1]])
        if not here or not there:
            QMessageBox.information(
                self, self.tr("Travel time"), self.tr("Both visits need an address for a trip.")
            )
            return
        minutes, chosen = QInputDialog.getInt(
            self,
            self.tr("Travel time"),
            self.tr("Minutes from {here} to {there} (either way):").format(here=here, there=there),
            self.caseload.store.travel.travel_times().minutes(here, there),
            0,
            240,
            5,
        )
        if chosen:
            attempt(
                self,
                lambda: travel_changes.set_trip(
                    self.caseload, self.tr("Set travel time"), here, there, minutes
                ),
            )
        self.grid.setFocus()

    def _past_edge(self, step: int) -> None:
        self.day_wanted.emit(self.day + timedelta(days=step * (1 if self.mode == DAY else 7)))

    def _show_selected(self, visit: Visit | None) -> None:
        self.travel_button.setEnabled(visit is not None)
        if visit is None:
            self.selected.setText(self.tr("No visit selected."))
            return
        column = self.grid.current[0] if self.grid.current else 0
        placed = self.grid.columns[column][self.grid.current[1]] if self.grid.current else None
        when = f"{day_and_clock(visit.start, year=False)}–{clock_text(visit.end)}"
        text = f"{when}  {visit.patient} · {visit.kind.label}"
        if visit.purpose:
            text += f": {visit.purpose}"
        if placed is not None:
            text += _marks(placed)
        self.selected.setText(text)
        self.grid.setAccessibleDescription(text)
        rect = self.grid.block_rect(visit_key(visit))
        if rect is not None:
            self.scroller.ensureVisible(int(rect.left()), int(rect.top()), 10, 40)


def _marks(placed: Placed) -> str:
    parts = []
    if placed.overlapped:
        parts.append(translate("ScheduleView", "overlaps another visit"))
    if placed.travel_before and placed.tight:
        parts.append(
            translate(
                "ScheduleView", "{travel} min travel before (tight: {gap} min between visits)"
            ).format(travel=placed.travel_before, gap=placed.gap_before)
        )
    elif placed.travel_before:
        parts.append(
            translate("ScheduleView", "{travel} min travel before").format(
                travel=placed.travel_before
            )
        )
    return (
        ("  ⚠ " if placed.overlapped or placed.tight else "  · ") + "; ".join(parts)
        if parts
        else ""
    )


def _summary(columns: list[list[Placed]], mode: str) -> str:
    visits = sum(len(column) for column in columns)
    if not visits:
        return (
            translate("ScheduleView", "No visits booked for this day.")
            if mode == DAY
            else translate("ScheduleView", "No visits booked for this week.")
        )
    overlapping = sum(p.overlapped for column in columns for p in column)
    tight = sum(p.tight for column in columns for p in column)
    return translate(
        "ScheduleView",
        "{visits} visits; {overlapping} overlap another (⚠ and a bar down the side); {tight} gaps"
        " too short for the trip (hatched). Drag a visit, or Alt+Shift+arrows, to move it.",
    ).format(visits=f"{visits:,}", overlapping=f"{overlapping:,}", tight=f"{tight:,}")
