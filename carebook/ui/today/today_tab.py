"""Today, the first tab: the day's visits, what needs doing first, reviews, warnings, backup."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carebook.core import today as shaping
from carebook.core.calendar_words import month_name, weekday_name
from carebook.core.calendar_words import style as calendar_style
from carebook.core.changes import Changes
from carebook.core.today import OverdueInvoice, PatientWarnings, TodayView
from carebook.core.views import AgendaTask, ReviewDue, Visit
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store import today as reads
from carebook.ui.commands import Caseload
from carebook.ui.forms.task_editor import TaskEditor
from carebook.ui.today.empty_state import EmptyState
from carebook.ui.today.today_model import Line, TodayModel, lines_of

#: The kinds of record Today shows (a patient's name, allergies in warnings …): a change to
#: any other kind leaves it as it is.
TODAY_KINDS = (
    "patient",
    "allergy",
    "appointment",
    "appointment_change",
    "route_stop",
    "task",
    "medication",
    "care_plan",
    "goal",
    "document",
    "time_entry",
    "invoice",
    "invoice_line",
    "payment",
    "billing_settings",  # the currency its amounts are in
)

_SELECTABLE = Qt.ItemFlag.ItemIsSelectable

#: The section of a patient's record each kind of review is handled in.
_REVIEW_SECTIONS = {
    "medication": QT_TRANSLATE_NOOP("PatientRecord", "Medications"),
    "goal": QT_TRANSLATE_NOOP("PatientRecord", "Care plan"),
    "care_plan": QT_TRANSLATE_NOOP("PatientRecord", "Care plan"),
    "document": QT_TRANSLATE_NOOP("PatientRecord", "Documents"),
}


class TodayTab(QWidget):
    """What the coordinator needs first each morning, each line opening where it is handled."""

    count_changed = Signal(str)
    #: The backup line was chosen: File → Back up now.
    backup_wanted = Signal()
    #: A "more in the Agenda" line was chosen, for this day.
    agenda_wanted = Signal(object)
    #: The "more in the Tasks list" line was chosen.
    tasks_wanted = Signal()
    #: The unbilled line (None) or an overdue invoice (its id) was chosen: the Billing tab.
    billing_wanted = Signal(object)
    #: The "sync conflicts to settle" banner was chosen: the Conflicts dialog.
    conflicts_wanted = Signal()

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.view: TodayView | None = None
        self.backup: tuple[str, bool] = ("", False)
        self.count_text = ""
        self._stale = True
        self.task_editor = TaskEditor(caseload)

        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.model = TodayModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Today"))
        # One line each, cut with "…" (the tooltip has the rest): a busy day lays out at once.
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self.open_line)  # Return or double-click
        self.empty = EmptyState(self)
        # Above the day, where it is seen first: records the team and this computer both changed.
        self.conflicts_banner = QPushButton(self)
        self.conflicts_banner.setAccessibleName(translate("Today", "Sync conflicts to settle"))
        self.conflicts_banner.setToolTip(
            translate("Today", "Choose which version of each record to keep")
        )
        banner_font = QFont(self.conflicts_banner.font())
        banner_font.setBold(True)
        self.conflicts_banner.setFont(banner_font)
        self.conflicts_banner.clicked.connect(self.conflicts_wanted)
        self.conflicts_banner.hide()
        QWidget.setTabOrder(self.conflicts_banner, self.list)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflicts_banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        caseload.changed.connect(self._caseload_changed)
        self.show_conflicts()
        # Left open overnight, Today becomes the new day's (looked at once a minute).
        self.day_watch = QTimer(self)
        self.day_watch.setInterval(60_000)
        self.day_watch.timeout.connect(self._new_day)
        self.day_watch.start()

    # -- reading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or (self.view is not None and self.view.today != self._today()):
            self.refresh()

    def _today(self) -> date:
        return self.caseload.store.today()

    def _new_day(self) -> None:
        if self.view is not None and self.view.today != self._today():
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _caseload_changed(self, changes: Changes) -> None:
        self.show_conflicts()  # a sync, or a conflict settled, changes no kind of Today's
        if not changes.touches(*TODAY_KINDS):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the day again; the selection stays on the line the user was on."""
        self._stale = False
        store = self.caseload.store
        self.view = view = reads.read_today(store)
        self.heading.setText(self._heading(view.today))
        if not view.has_patients:
            self.empty.show_no_patients(sample=store.is_empty())
            self.stack.setCurrentWidget(self.empty)
            self.model.set_lines([])
            self.count_text = self.tr("No patients yet")
        else:
            self.stack.setCurrentWidget(self.list)
            self._show_lines()
            self.count_text = shaping.status_text(view)
        self.count_changed.emit(self.count_text)

    def show_conflicts(self) -> None:
        """The banner, with how many sync conflicts wait to be settled (hidden when none)."""
        store = self.caseload.store
        count = store.team_sync.status().conflicts if store.is_open else 0
        if count == 1:
            self.conflicts_banner.setText(translate("Today", "1 sync conflict to settle"))
        else:
            self.conflicts_banner.setText(
                translate("Today", "{count} sync conflicts to settle").format(count=count)
            )
        self.conflicts_banner.setVisible(count > 0)

    def _heading(self, day: date) -> str:
        """ "Today · Tuesday 24 November 2026", in the locale's order."""
        words = {
            "weekday": weekday_name(day),
            "day": day.day,
            "month": month_name(day.month),
            "year": day.year,
        }
        if calendar_style().month_first:
            return self.tr("Today · {weekday}, {month} {day}, {year}").format(**words)
        return self.tr("Today · {weekday} {day} {month} {year}").format(**words)

    def _show_lines(self) -> None:
        if self.view is None:
            return
        row = self.list.currentIndex().row()
        self.model.set_lines(lines_of(self.view, self.backup))
        rows = self.model.rowCount()
        if row < 0:
            row = next(
                (n for n in range(rows) if self.model.flags(self.model.index(n)) & _SELECTABLE),
                -1,
            )
        if 0 <= row < rows:
            self.list.setCurrentIndex(self.model.index(min(row, rows - 1)))

    def show_backup(self, text: str, stale: bool) -> None:
        """The backup's age, as the status bar shows it (connected to Backups.age_changed)."""
        self.backup = (text, stale)
        if self.view is not None and self.view.has_patients:
            self._show_lines()

    # -- opening a line where it is handled ------------------------------------------------------

    def open_line(self, index: QModelIndex) -> None:
        line = self.model.line(index.row())
        if line is None:
            return
        record = line.record
        if line.kind is Line.BACKUP:
            self.backup_wanted.emit()
        elif line.kind is Line.MORE_AGENDA:
            self.agenda_wanted.emit(self.view.day if self.view and self.view.day else self._today())
        elif line.kind is Line.MORE_TASKS:
            self.tasks_wanted.emit()
        elif isinstance(record, OverdueInvoice):
            self.billing_wanted.emit(record.invoice_id)
        elif line.kind is Line.UNBILLED:
            self.billing_wanted.emit(None)
        elif isinstance(record, AgendaTask):
            self.task_editor.open(self, record.id, record)
        elif isinstance(record, Visit):
            self.caseload.record_wanted.emit(record.patient_id, self)
        elif isinstance(record, ReviewDue):
            self.open_record_at(record.patient_id, _REVIEW_SECTIONS.get(record.kind, ""))
        elif isinstance(record, PatientWarnings):
            self.open_record_at(record.patient_id, _REVIEW_SECTIONS["medication"])

    def open_record_at(self, patient_id: int, section: str) -> None:
        """The patient's record, at one of its sections (its tab's title, as written)."""
        # Loaded when first asked for, not at start.
        from carebook.ui.patient.patient_record import PatientRecord, open_record

        open_record(self.caseload, patient_id, self)
        for record in self.window().findChildren(PatientRecord):
            if getattr(record, "patient_id", None) != patient_id:
                continue
            for number in range(record.tabs.count()):
                if record.tabs.tabText(number).replace("&", "") == translate(
                    "PatientRecord", section
                ):
                    record.tabs.setCurrentIndex(number)
