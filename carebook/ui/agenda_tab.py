"""The Agenda: one day's visits in time order, then the tasks due that day or overdue."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carebook.agenda import DayAgenda
from carebook.ui import display
from carebook.ui.commands import Caseload
from carebook.ui.list_tab import configure_table, size_columns
from carebook.ui.table_model import Column, Emphasis, FixedSource, RecordTableModel

VISIT_COLUMNS = (
    Column("time", "Time", width=12),
    Column("patient", "Patient", width=22),
    Column("address", "Address", width=30, stretch=True),
    Column("phone", "Phone", width=15),
    Column("kind", "Visit", display.code, width=11),
    Column("purpose", "Purpose", width=24),
    Column("status", "Status", display.code, width=9),
)
def _due(value: Any) -> str:
    """A task's due cell: an ISO date (only overdue tasks carry one), a time, or neither."""
    text = "" if value is None else str(value)
    if len(text) == 10:
        return f"Overdue, {display.day(text)}"
    return text or "Any time"


TASK_COLUMNS = (
    Column("due", "Due", _due, width=21),
    Column("title", "Task", width=36, stretch=True),
    Column("patient", "Patient", width=22),
    Column("priority", "Priority", display.code, width=9),
    Column("status", "Status", display.code, width=9),
)


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number:,} {singular if number == 1 else plural}"


def _visit_emphasis(row: dict[str, Any]) -> Emphasis:
    return Emphasis.MUTED if row["status"] in ("cancelled", "no_show", "done") else Emphasis.NONE


def _task_emphasis(row: dict[str, Any]) -> Emphasis:
    if row["status"] in ("done", "cancelled"):
        return Emphasis.MUTED
    return Emphasis.ALERT if row["overdue"] else Emphasis.NONE


class AgendaTab(QWidget):
    """The coordinator's day: move between days, see visits and what is due."""

    count_changed = Signal(str)

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.day = caseload.store.today()
        self.agenda: DayAgenda | None = None
        self.count_text = ""
        self._stale = True

        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setAccessibleName(self.tr("Previous day"))
        self.previous.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setAccessibleName(self.tr("Next day"))
        self.next.setToolTip(self.tr("Next day (Alt+Right)"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Agenda date"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Back to today (Ctrl+T)"))
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.35)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.previous)
        bar.addWidget(self.date_edit)
        bar.addWidget(self.next)
        bar.addWidget(self.today_button)

        self.visits_label = QLabel(self)
        self.visits = RecordTableModel(
            VISIT_COLUMNS, FixedSource(["id", *(c.key for c in VISIT_COLUMNS), "patient_id"]),
            _visit_emphasis, self)
        self.visits_view = self._table(self.visits, VISIT_COLUMNS, self.tr("Visits"))
        self.tasks_label = QLabel(self)
        self.tasks = RecordTableModel(
            TASK_COLUMNS, FixedSource(["id", *(c.key for c in TASK_COLUMNS), "overdue",
                                       "patient_id"]),
            _task_emphasis, self)
        self.tasks_view = self._table(self.tasks, TASK_COLUMNS, self.tr("Tasks due and overdue"))

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.visits_label)
        top_layout.addWidget(self.visits_view)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.tasks_label)
        bottom_layout.addWidget(self.tasks_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        for view in (self.visits_view, self.tasks_view):
            view.activated.connect(self._open_patient)  # Return or double-click
        self.previous.clicked.connect(self.previous_day)
        self.next.clicked.connect(self.next_day)
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(self._date_picked)
        caseload.changed.connect(self._caseload_changed)
        self._sync_date_edit()

    def _table(self, model: RecordTableModel, columns: tuple[Column, ...], name: str) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(name)
        configure_table(view)
        view.setModel(model)
        size_columns(view, columns)
        return view

    def _open_patient(self, index: QModelIndex) -> None:
        from carebook.ui.patient_record import open_record

        model = index.model()
        source = self.visits if model is self.visits else self.tasks
        patient_id = source.value(index.row(), "patient_id")
        if patient_id:
            open_record(self.caseload, int(patient_id), self)

    # -- moving between days ---------------------------------------------------------------------

    def show_day(self, day: date) -> None:
        if day != self.day or self._stale:
            self.day = day
            self._sync_date_edit()
            self.refresh()

    def previous_day(self) -> None:
        self.show_day(self.day - timedelta(days=1))

    def next_day(self) -> None:
        self.show_day(self.day + timedelta(days=1))

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

    def _caseload_changed(self, _kind: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the day's visits and tasks from the caseload and show them."""
        self._stale = False
        store = self.caseload.store
        today = store.today()
        agenda = DayAgenda(self.day, store.visits_on(self.day), store.agenda_tasks(self.day))
        self.agenda = agenda
        self.visits.set_rows([
            (v.appointment_id, f"{v.start:%H:%M}–{v.end:%H:%M}", v.patient,
             v.location or v.address, v.phone, v.kind.value, v.purpose, v.status.value,
             v.patient_id)
            for v in agenda.visits])
        self.tasks.set_rows([
            (t.id, t.due.isoformat() if t.overdue else
             (t.due_time.isoformat(timespec="minutes") if t.due_time else ""),
             t.title, t.patient, t.priority.value, t.status.value, t.overdue, t.patient_id)
            for t in agenda.tasks])
        when = {0: self.tr("Today"), 1: self.tr("Tomorrow"), -1: self.tr("Yesterday")}.get(
            (self.day - today).days)
        title = f"{self.day:%A %d %B %Y}"
        self.heading.setText(f"{when} · {title}" if when else title)
        visits, overdue, due = len(agenda.visits), len(agenda.overdue), len(agenda.due)
        self.visits_label.setText(self.tr("Visits (%d)") % visits if visits
                                  else self.tr("No visits booked for this day."))
        tasks = self.tr("%s due, %d overdue") % (_count(due, "task", "tasks"), overdue)
        self.tasks_label.setText(tasks[0].upper() + tasks[1:])
        self.count_text = f"{_count(visits, 'visit', 'visits')}, {tasks}"
        self.count_changed.emit(self.count_text)
