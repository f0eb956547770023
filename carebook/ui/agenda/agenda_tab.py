"""The Agenda: one day's visits in route order, then the tasks due that day or overdue."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carebook.core.agenda import AgendaCounts, AgendaSpan
from carebook.core.changes import Changes
from carebook.core.dates import EARLIEST_DATE, LATEST_DATE
from carebook.core.list_columns import Column
from carebook.core.medication_checks import summary
from carebook.core.views import AgendaTask, ReviewDue
from carebook.core.visit_rules import outcomes_open
from carebook.core.vocabularies import AppointmentStatus, TaskStatus
from carebook.ui.agenda.agenda_columns import (
    AGENDA_KINDS,
    PAGE,
    REVIEW_COLUMNS,
    TASK_COLUMNS,
    TIME_ONLY,
    VISIT_COLUMNS,
    WITH_DAY,
    AgendaRows,
    VisitLine,
    count_texts,
    day_heading,
    long_day,
    month_year,
    review_emphasis,
    task_emphasis,
    visit_details,
    visit_emphasis,
)
from carebook.ui.agenda.agenda_panes import AgendaPanes, scrolled
from carebook.ui.changes import visits as visit_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.appointment_editor import AppointmentEditor
from carebook.ui.forms.record_editor import attempt
from carebook.ui.forms.task_editor import TaskEditor
from carebook.ui.forms.visit_documentation import DocumentVisitButton
from carebook.ui.schedule.route_times import offer_to_follow_route
from carebook.ui.schedule.schedule_view import ScheduleView
from carebook.ui.schedule.view_keys import DAY, MONTH, WEEK
from carebook.ui.schedule.view_switch import LIST, ViewSwitch, span_of, stepped
from carebook.ui.widgets.accessible import DateEdit
from carebook.ui.widgets.page_stack import PageStack
from carebook.ui.widgets.table_look import configure_table, size_columns
from carebook.ui.widgets.table_model import RecordTableModel


class AgendaTab(QWidget):
    """The coordinator's day: move between days, see visits and what is due."""

    count_changed = Signal(str)

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.day = caseload.store.today()
        self.span = AgendaSpan.day(self.day)
        self.counts = AgendaCounts(visits=0, tasks_due=0, tasks_overdue=0, reviews=0)
        self.count_text = ""
        self._stale = True
        self._shown: tuple[date, str] | None = None  # the day and view last read

        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setAccessibleName(self.tr("Previous day"))
        self.previous.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setAccessibleName(self.tr("Next day"))
        self.next.setToolTip(self.tr("Next day (Alt+Right)"))
        self.date_edit = DateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Agenda date"))
        self.date_edit.setDateRange(_qdate(EARLIEST_DATE), _qdate(LATEST_DATE))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Back to today (Ctrl+T)"))
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.35)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)  # on a narrow window (large text) it takes two lines

        self.view_choice = QComboBox(self)
        self.view_choice.addItems([self.tr("This day only"), self.tr("The whole week")])
        self.view_choice.setAccessibleName(self.tr("Show a day or a week"))
        self.view_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view_switch = ViewSwitch(self)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        for part in (self.view_switch, self.view_choice, self.previous, self.date_edit):
            bar.addWidget(part)
        bar.addWidget(self.next)
        bar.addWidget(self.today_button)

        self.visits_label = QLabel(self)
        self.visit_rows = AgendaRows(self._read_visits)
        self.visits = RecordTableModel(VISIT_COLUMNS, self.visit_rows, visit_emphasis, self)
        self.visits_view = self._table(self.visits, VISIT_COLUMNS, self.tr("Visits"))
        # What is needed at the door, for the visit the coordinator is on: never cut short.
        self.visit_details = QLabel(self)
        self.visit_details.setWordWrap(True)
        self.visit_details.setTextFormat(Qt.TextFormat.RichText)
        self.visit_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.visit_details.setAccessibleName(self.tr("The selected visit"))
        self.visits_view.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._show_visit_details()
        )
        self.visits.modelReset.connect(self._show_visit_details)
        self.tasks_label = QLabel(self)
        self.task_rows = AgendaRows(self._read_tasks)
        self.tasks = RecordTableModel(TASK_COLUMNS, self.task_rows, task_emphasis, self)
        self.tasks_view = self._table(self.tasks, TASK_COLUMNS, self.tr("Tasks due and overdue"))
        self.reviews_label = QLabel(self)
        self.review_rows = AgendaRows(self._read_reviews)
        self.reviews = RecordTableModel(REVIEW_COLUMNS, self.review_rows, review_emphasis, self)
        self.reviews.alert_word = ("due", self.tr("Overdue"))  # bold is never the only sign
        self.reviews_view = self._table(self.reviews, REVIEW_COLUMNS, self.tr("Reviews due"))
        for model in (self.visits, self.tasks, self.reviews):
            model.PAGE = PAGE
        self.appointments = AppointmentEditor(caseload)
        self.task_editor = TaskEditor(caseload)
        self.schedule = ScheduleView(caseload, self.appointments, self)
        visit_buttons, self.visit_buttons = self._buttons(
            (
                (
                    self.tr("&Done"),
                    self.tr("Mark the visit done (Ctrl+D)"),
                    "Ctrl+D",
                    lambda: self.mark_visit(AppointmentStatus.DONE),
                ),
                (
                    self.tr("No-&show"),
                    self.tr("Mark the visit a no-show"),
                    "",
                    lambda: self.mark_visit(AppointmentStatus.NO_SHOW),
                ),
                (self.tr("Cancel visit…"), self.tr("Cancel this visit"), "", self.cancel_visit),
                (
                    self.tr("Move &up"),
                    self.tr("Earlier in today's route (Ctrl+Up)"),
                    "Ctrl+Up",
                    lambda: self.move_visit(-1),
                ),
                (
                    self.tr("Move do&wn"),
                    self.tr("Later in today's route (Ctrl+Down)"),
                    "Ctrl+Down",
                    lambda: self.move_visit(1),
                ),
            ),
            self.visits_view,
        )
        self.document_visit = DocumentVisitButton(
            self, caseload, visit_buttons, self.visits_view, self.selected_visit
        )
        task_buttons, self.task_buttons = self._buttons(
            (
                (
                    self.tr("Mark task done"),
                    self.tr("Tick the task off (Ctrl+D)"),
                    "Ctrl+D",
                    self.complete_task,
                ),
            ),
            self.tasks_view,
        )

        for view, model in ((self.visits_view, self.visits), (self.tasks_view, self.tasks)):
            view.selectionModel().currentRowChanged.connect(
                lambda _now, _before: self._enable_actions()
            )
            model.modelReset.connect(self._enable_actions)
        self._enable_actions()

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.visits_label)
        top_layout.addWidget(self.visits_view)
        top_layout.addWidget(self.visit_details)
        top_layout.addLayout(visit_buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.tasks_label)
        bottom_layout.addWidget(self.tasks_view)
        bottom_layout.addLayout(task_buttons)
        reviews = QWidget(self)
        reviews_layout = QVBoxLayout(reviews)
        reviews_layout.setContentsMargins(0, 0, 0, 0)
        reviews_layout.addWidget(self.reviews_label)
        reviews_layout.addWidget(self.reviews_view)
        # The list, or the schedule's day, week or month, above the tasks and reviews.
        self.top_stack = PageStack(self)
        self.top_stack.addWidget(top)
        self.top_stack.addWidget(self.schedule)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.top_stack)
        splitter.addWidget(bottom)
        splitter.addWidget(reviews)
        rooms = ((self.top_stack, self.visits_view, 3), (bottom, self.tasks_view, 2))
        self.panes = AgendaPanes(splitter, (*rooms, (reviews, self.reviews_view, 2)))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scrolled(splitter), 1)

        for view in (self.visits_view, self.tasks_view, self.reviews_view):
            view.activated.connect(self._open_patient)  # Return or double-click
        self.previous.clicked.connect(self.previous_day)
        self.next.clicked.connect(self.next_day)
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(self._date_picked)
        caseload.changed.connect(self._caseload_changed)
        self.view_switch.view_changed.connect(self._view_switched)
        self.schedule.day_wanted.connect(self.show_day)
        self.schedule.day_opened.connect(self._open_day)
        self._sync_date_edit()

    def view_actions(self) -> list[QAction]:
        """The List, Day, Week and Month views, for a menu (each with its shortcut)."""
        return list(self.view_switch.actions_by_view.values())

    def _view_switched(self, view: str) -> None:
        self.refresh()
        if not self.view_switch.hasFocus():  # a shortcut: the keys go on to the view
            (self.visits_view if view == LIST else self.schedule.focus_target()).setFocus()

    def _open_day(self, day: date) -> None:
        self.view_switch.set_view(DAY)
        self.show_day(day)
        self.schedule.focus_target().setFocus()

    def _table(self, model: RecordTableModel, columns: tuple[Column, ...], name: str) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(name)
        configure_table(view)
        view.setModel(model)
        size_columns(view, columns)
        return view

    def _buttons(self, specs: Any, view: QTableView) -> tuple[QHBoxLayout, list[QPushButton]]:
        """A row of buttons under a table; their shortcuts work while that table has focus."""
        row = QHBoxLayout()
        made: list[QPushButton] = []
        for text, tip, keys, run in specs:
            button = QPushButton(text, self)
            made.append(button)
            button.setToolTip(tip)
            button.clicked.connect(run)
            row.addWidget(button)
            if keys:
                shortcut = QShortcut(QKeySequence(keys), view)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(run)
        row.addStretch(1)
        return row, made

    def _enable_actions(self) -> None:
        """A button is enabled only when it can act: on the selected visit (a move only where
        the day's route lets it), on the selected open task."""
        line = self.selected_visit()
        number = self.visits_view.currentIndex().row()
        done, no_show, cancel, up, down = self.visit_buttons
        can_do, can_miss, can_cancel = outcomes_open(line.status if line is not None else None)
        done.setEnabled(can_do)
        no_show.setEnabled(can_miss)
        cancel.setEnabled(can_cancel)
        route = line is not None and not self.week_view
        up.setEnabled(route and number > 0)
        down.setEnabled(route and number < self.visits.rowCount() - 1)
        index = self.tasks_view.currentIndex()
        task = self.tasks.row(index.row()) if index.isValid() else None
        self.task_buttons[0].setEnabled(task is not None and task.status is TaskStatus.OPEN)

    # -- acting on the day -----------------------------------------------------------------------

    def selected_visit(self) -> VisitLine | None:
        """The visit selected in the list, or in the day's or week's schedule when shown."""
        if self.view_switch.view != LIST:
            visit = self.schedule.grid.visit() if self.view_switch.view != MONTH else None
            return VisitLine.of(visit, TIME_ONLY) if visit is not None else None
        index = self.visits_view.currentIndex()
        row: VisitLine | None = self.visits.row(index.row()) if index.isValid() else None
        return row

    def mark_visit(self, status: AppointmentStatus) -> None:
        row = self.selected_visit()
        if row is not None:
            self.appointments.set_status(self, row, status)

    def cancel_visit(self) -> None:
        row = self.selected_visit()
        if row is not None:
            self.appointments.cancel(self, row)

    def complete_task(self) -> None:
        index = self.tasks_view.currentIndex()
        task_id = self.tasks.record_id(index.row()) if index.isValid() else None
        if task_id is not None:
            self.task_editor.complete(self, task_id)

    def move_visit(self, step: int) -> None:
        """Move the selected visit earlier or later in the day's route; the order is kept."""
        index = self.visits_view.currentIndex()
        if not index.isValid() or self.week_view:
            return  # a route belongs to one day: reorder in day view
        here, there = index.row(), index.row() + step
        if not 0 <= there < self.visits.rowCount():
            return
        day = self.day

        def change() -> None:
            visit_changes.move_route_stop(
                self.caseload, self.tr("Reorder the route"), day, here, there
            )

        if attempt(self, change):
            self.visits_view.selectRow(there)
            if offer_to_follow_route(self, self.caseload, day):
                self.visits_view.selectRow(there)
            self.visits_view.setFocus()  # back from the question, ready for the next move

    def _open_patient(self, index: QModelIndex) -> None:
        model = index.model()
        source = {id(self.visits): self.visits, id(self.tasks): self.tasks}.get(
            id(model), self.reviews
        )
        patient_id = source.value(index.row(), "patient_id")
        if patient_id:
            self.caseload.record_wanted.emit(int(patient_id), self)

    # -- moving between days ---------------------------------------------------------------------

    def show_day(self, day: date) -> None:
        day = min(max(day, EARLIEST_DATE), LATEST_DATE)  # the ends of the dates carebook keeps
        if day != self.day or self._stale:
            self.day = day
            self._sync_date_edit()
            self.refresh()

    @property
    def week_view(self) -> bool:
        """Whether a week is on screen (in the list, or the schedule's week)."""
        view = self.view_switch.view
        return view == WEEK or (view == LIST and self.view_choice.currentIndex() == 1)

    def days(self) -> list[date]:
        """The days to print: the chosen day (in a month too), or Monday to Sunday of a week."""
        return [self.day] if self.view_switch.view == MONTH else self._span().days

    def _span(self) -> AgendaSpan:
        today, listed_week = self.caseload.store.today(), self.view_choice.currentIndex() == 1
        return span_of(self.view_switch.view, listed_week, self.day, today)

    def previous_day(self) -> None:
        """A day back (a week in week view, a month in month view)."""
        self.show_day(stepped(self.view_switch.view, self._span(), self.day, -1))

    def next_day(self) -> None:
        self.show_day(stepped(self.view_switch.view, self._span(), self.day, 1))

    def go_today(self) -> None:
        self.show_day(self.caseload.store.today())

    def _date_picked(self, picked: QDate) -> None:
        self.show_day(date(picked.year(), picked.month(), picked.day()))

    def _sync_date_edit(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)

    # -- reading the day -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _caseload_changed(self, changes: Changes) -> None:
        if not changes.touches(*AGENDA_KINDS):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Count the day's visits, tasks and reviews; the tables read the rows they show."""
        self._stale = False
        store = self.caseload.store
        today = store.today()
        kept = [
            view.currentIndex().row()
            for view in (self.visits_view, self.tasks_view, self.reviews_view)
        ]
        shown = self.view_switch.view
        same_day = self._shown == (self.day, f"{shown}{self.week_view}")
        self._shown = (self.day, f"{shown}{self.week_view}")
        self.span = span = self._span()
        self.counts = counts = store.lists.agenda_counts(span)
        for rows, table, total in (
            (self.visit_rows, self.visits, counts.visits),
            (self.task_rows, self.tasks, counts.tasks),
            (self.review_rows, self.reviews, counts.reviews),
        ):
            rows.total = total
            table.reload()
        self.reviews_label.setText(
            self.tr("Reviews due (%s)") % f"{counts.reviews:,}"
            if counts.reviews
            else self.tr("No medication, goal or care-plan reviews due.")
        )
        if same_day:  # a change on this day: the selection stays where the user was working
            for view, row in zip(
                (self.visits_view, self.tasks_view, self.reviews_view), kept, strict=True
            ):
                model = view.model()
                if row >= 0 and model is not None and model.rowCount():
                    view.selectRow(min(row, model.rowCount() - 1))
        elif counts.visits:  # a new day starts at its first visit, its details in view
            self.visits_view.selectRow(0)
        self._show_view(shown)
        if shown == MONTH:
            self.heading.setText(month_year(self.day))
        elif self.week_view:
            self.heading.setText(self.tr("Week of {day}").format(day=long_day(span.first)))
        else:
            self.heading.setText(day_heading(self.day, today))
        visits, overdue, due = counts.visits, counts.tasks_overdue, counts.tasks_due
        self.visits_label.setText(
            self.tr("Visits (%s)") % f"{visits:,}"
            if visits
            else self.tr("No visits booked for this week.")
            if self.week_view
            else self.tr("No visits booked for this day.")
        )
        tasks, self.count_text = count_texts(visits, due, overdue)
        self.tasks_label.setText(tasks)
        self.count_changed.emit(self.count_text)

    def _show_view(self, view: str) -> None:
        """The list or the schedule above the tasks; the schedule read for the days shown."""
        self.view_choice.setVisible(view == LIST)
        self.top_stack.setCurrentIndex(0 if view == LIST else 1)
        if view != LIST:
            self.schedule.show_span(view, self.day)
        self.panes.refit()  # the month's grid needs more height than the day's column

    def _show_visit_details(self) -> None:
        index = self.visits_view.currentIndex()
        if not index.isValid():
            self.visit_details.setText(
                self.tr("Select a visit to see its allergies, access notes and transport here.")
            )
            return
        line: VisitLine | None = self.visits.row(index.row())
        if line is not None:
            warnings = self.caseload.store.medications.warnings_for(line.visit.patient_id)
            self.visit_details.setText(visit_details(line.visit, summary(warnings)))

    # -- the rows a table shows, a page at a time ------------------------------------------------

    def _read_visits(self, offset: int, limit: int) -> list[VisitLine]:
        clock = WITH_DAY if self.span.first != self.span.last else TIME_ONLY
        return [
            VisitLine.of(visit, clock)
            for visit in self.caseload.store.visits.visits_in(self.span, offset, limit)
        ]

    def _read_tasks(self, offset: int, limit: int) -> list[AgendaTask]:
        return self.caseload.store.tasks.tasks_in(self.span, offset, limit)

    def _read_reviews(self, offset: int, limit: int) -> list[ReviewDue]:
        return self.caseload.store.lists.reviews_in(self.span, offset, limit)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
