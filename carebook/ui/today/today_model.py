"""Today's lines as one list: headings, visits, tasks, reviews, warnings, the backup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from carebook.core import today as shaping
from carebook.core.today import (
    OverdueInvoice,
    PatientWarnings,
    TodayView,
    Unbilled,
    urgent_and_overdue,
)
from carebook.core.views import AgendaTask, ReviewDue, Visit
from carebook.core.vocabularies import AppointmentStatus, TaskPriority, TaskStatus
from carebook.core.words import translate
from carebook.ui.widgets.table_model import accent_brush, muted_brush

Index = QModelIndex | QPersistentModelIndex


class Line(Enum):
    """What a line of Today is, and so what Return on it opens."""

    HEADING = "heading"
    VISIT = "visit"
    TASK = "task"
    REVIEW = "review"
    WARNING = "warning"
    BACKUP = "backup"
    UNBILLED = "unbilled"  # the unbilled time: opens the Billing tab
    INVOICE = "invoice"  # an overdue invoice: opens it in the Billing tab
    MORE_AGENDA = "more_agenda"  # the rest of the visits or reviews are in the Agenda
    MORE_TASKS = "more_tasks"  # the rest are in the Tasks list
    BLANK = "blank"  # space before a heading: nothing to open


class Tone(Enum):
    """How a line stands out, drawn with the palette's roles so a dark palette works."""

    PLAIN = "plain"
    URGENT = "urgent"  # an urgent or asap task: the accent colour, bold
    OVERDUE = "overdue"  # plain: its words say since when, so only the urgent stand out
    DONE = "done"  # a visit done or missed, muted
    WARNING = "warning"  # bold, marked ⚠


@dataclass(frozen=True, slots=True)
class TodayLine:
    kind: Line
    text: str
    tone: Tone = Tone.PLAIN
    record: Visit | AgendaTask | ReviewDue | PatientWarnings | OverdueInvoice | Unbilled | None = (
        None
    )
    tip: str = ""


def lines_of(view: TodayView, backup: tuple[str, bool]) -> list[TodayLine]:
    """Every line Today shows for `view`, with the backup's state (its text, whether stale)."""
    lines: list[TodayLine] = []
    lines.append(TodayLine(Line.HEADING, shaping.visits_heading(view)))
    for visit, overlap in zip(view.visits, shaping.overlap_marks(view.visits), strict=True):
        done = visit.status is not AppointmentStatus.BOOKED
        tone = Tone.DONE if done else Tone.WARNING if overlap else Tone.PLAIN
        tip = "\n".join(part for part in (visit.purpose, overlap.strip()) if part)
        lines.append(TodayLine(Line.VISIT, shaping.visit_line(visit) + overlap, tone, visit, tip))
    if view.visit_total > len(view.visits):
        more = view.visit_total - len(view.visits)
        lines.append(
            TodayLine(
                Line.MORE_AGENDA, translate("Today", "… and %s more in the Agenda") % f"{more:,}"
            )
        )

    urgent = view.urgent
    lines.append(
        TodayLine(
            Line.HEADING,
            translate("Today", "Needs doing ({total}: {counts})").format(
                total=f"{view.task_total:,}", counts=urgent_and_overdue(urgent, view.overdue)
            )
            if view.task_total
            else translate("Today", "Nothing due today or overdue."),
        )
    )
    for task in view.tasks:
        tone = (
            Tone.URGENT
            if task.priority is not TaskPriority.ROUTINE
            else Tone.OVERDUE
            if task.overdue
            else Tone.PLAIN
        )
        text = shaping.task_line(task, view.today)
        if task.status is not TaskStatus.OPEN:  # muted, so its words say why
            text += " · " + task.status.label
        lines.append(TodayLine(Line.TASK, text, tone, task))
    if view.task_total > len(view.tasks):
        more = view.task_total - len(view.tasks)
        lines.append(
            TodayLine(
                Line.MORE_TASKS, translate("Today", "… and %s more in the Tasks list") % f"{more:,}"
            )
        )

    lines.append(
        TodayLine(
            Line.HEADING,
            translate("Today", "Reviews due (%s)") % f"{view.review_total:,}"
            if view.review_total
            else translate("Today", "No medication, goal or care-plan reviews due."),
        )
    )
    for review in view.reviews:
        tone = Tone.OVERDUE if review.overdue else Tone.PLAIN
        lines.append(TodayLine(Line.REVIEW, shaping.review_line(review), tone, review))
    if view.review_total > len(view.reviews):
        more = view.review_total - len(view.reviews)
        lines.append(
            TodayLine(
                Line.MORE_AGENDA, translate("Today", "… and %s more in the Agenda") % f"{more:,}"
            )
        )

    if view.warnings:
        lines.append(
            TodayLine(
                Line.HEADING,
                translate("Today", "Medication warnings for the patients of these visits"),
            )
        )
        for warnings in view.warnings:
            lines.append(
                TodayLine(
                    Line.WARNING,
                    "⚠ " + shaping.warning_line(warnings),
                    Tone.WARNING,
                    warnings,
                    "\n".join(warnings.explanations),
                )
            )

    lines += billing_lines(view)

    text, stale = backup
    lines.append(TodayLine(Line.HEADING, translate("Today", "Backup")))
    lines.append(
        TodayLine(
            Line.BACKUP,
            translate("Today", "⚠ %s — press Return to back up now") % text if stale else text,
            Tone.WARNING if stale else Tone.PLAIN,
            tip=translate("Today", "File → Back up now"),
        )
    )
    # A blank line before each heading but the first: the parts stand apart.
    spaced: list[TodayLine] = []
    for line in lines:
        if line.kind is Line.HEADING and spaced:
            spaced.append(TodayLine(Line.BLANK, ""))
        spaced.append(line)
    return spaced


def billing_lines(view: TodayView) -> list[TodayLine]:
    """The practice's money: the unbilled time, and each overdue invoice in the warning tone."""
    if view.unbilled is None and not view.overdue_invoices:
        return []
    lines = [TodayLine(Line.HEADING, translate("Today", "Billing"))]
    if view.unbilled is not None:
        lines.append(
            TodayLine(
                Line.UNBILLED,
                shaping.unbilled_line(view.unbilled, view.currency),
                record=view.unbilled,
                tip=translate("Today", "Press Return to open the Billing tab and draft invoices"),
            )
        )
    for invoice in view.overdue_invoices:
        lines.append(
            TodayLine(
                Line.INVOICE,
                "⚠ " + shaping.overdue_invoice_line(invoice, view.currency),
                Tone.WARNING,
                invoice,
                translate("Today", "Press Return to open the invoice in the Billing tab"),
            )
        )
    return lines


class TodayModel(QAbstractListModel):
    """Today's lines; a heading or a sentence cannot be selected, every other line opens."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[TodayLine] = []
        self.bold = QFont()

    def set_lines(self, lines: Sequence[TodayLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.bold = QFont(QGuiApplication.font())  # the application's font as it is now
        self.bold.setBold(True)
        self.endResetModel()

    def line(self, row: int) -> TodayLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return Qt.ItemFlag.NoItemFlags
        if line.kind in (Line.HEADING, Line.BLANK):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line.text
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole line, where the list cuts it
            return "\n".join(part for part in (line.text, line.tip) if part)
        if role == Qt.ItemDataRole.FontRole:
            if line.kind is Line.HEADING or line.tone in (Tone.URGENT, Tone.WARNING):
                return self.bold
            return None
        if role == Qt.ItemDataRole.BackgroundRole and line.kind is Line.HEADING:
            return QGuiApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _brush(line)
        return None


def _brush(line: TodayLine) -> Any:
    """The line's colour from the palette: the accent for urgent, muted for done."""
    palette = QGuiApplication.palette()
    # Both colours are moved toward the text until they read on every row (4.5:1), worked
    # out once for each palette: this is asked of every line on every paint.
    if line.tone is Tone.URGENT:
        return accent_brush(palette.cacheKey())
    if line.tone is Tone.DONE or (
        isinstance(line.record, AgendaTask) and line.record.status is not TaskStatus.OPEN
    ):
        return muted_brush(palette.cacheKey())
    if line.kind in (Line.MORE_AGENDA, Line.MORE_TASKS):
        return palette.brush(QPalette.ColorRole.Link)
    return None
