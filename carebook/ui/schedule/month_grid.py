"""The month view: a calendar, each day with its count of visits and a mark when two of them
overlap; the arrows move between days, Return opens the day."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from carebook.core.calendar_words import (
    day_number,
    month_name,
    week_start,
    weekday_name,
    weekday_names_short,
)
from carebook.core.calendar_words import style as calendar_style
from carebook.core.dates import EARLIEST_DATE, LATEST_DATE
from carebook.core.schedule_layout import DayMark

HEADER = 24
ROWS = 6
ROLE = QPalette.ColorRole


def month_days(month: date) -> list[date]:
    """The six weeks a month's calendar shows, from the locale's first weekday."""
    first = month.replace(day=1)
    start = week_start(first) if first > date.min + timedelta(days=6) else first
    start = max(start, EARLIEST_DATE)
    return [
        start + timedelta(days=n)
        for n in range(7 * ROWS)
        if start + timedelta(days=n) <= LATEST_DATE
    ]


class MonthGrid(QWidget):
    """Six weeks around a month; the chosen day is highlighted and moved with the arrows
    (Page Up and Page Down a month); Return or a double-click opens the chosen day."""

    day_chosen = Signal(object)  # a date: the selection moved
    day_opened = Signal(object)  # a date: open its day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Month"))
        self.setMinimumHeight(HEADER + ROWS * 48)
        self.month = date.today().replace(day=1)
        self.chosen = self.month
        self.today: date | None = None
        self.days: list[date] = month_days(self.month)
        self.marks: dict[date, DayMark] = {}

    def set_month(self, chosen: date, marks: dict[date, DayMark], today: date) -> None:
        self.chosen, self.marks, self.today = chosen, marks, today
        self.month = chosen.replace(day=1)
        self.days = month_days(self.month)
        self.setAccessibleDescription(self.describe(chosen))
        self.update()

    def describe(self, day: date) -> str:
        mark = self.marks.get(day)
        words = {
            "weekday": weekday_name(day),
            "day": day_number(day),
            "month": month_name(day.month),
        }
        named = (
            self.tr("{weekday}, {month} {day}")
            if calendar_style().month_first
            else self.tr("{weekday} {day} {month}")
        ).format(**words)
        if mark is None:
            return self.tr("{day}: no visits").format(day=named)
        if mark.overlap:
            return self.tr("{day}: {count} visits, two or more overlap").format(
                day=named, count=f"{mark.visits:,}"
            )
        return self.tr("{day}: {count} visits").format(day=named, count=f"{mark.visits:,}")

    def cell(self, day: date) -> QRectF:
        n = (day - self.days[0]).days
        width = self.width() / 7
        height = (self.height() - HEADER) / ROWS
        return QRectF((n % 7) * width, HEADER + (n // 7) * height, width, height)

    def day_at(self, point: QPointF) -> date | None:
        width = self.width() / 7
        height = (self.height() - HEADER) / ROWS
        if point.y() < HEADER:
            return None
        n = int(point.y() - HEADER) // max(1, int(height)) * 7 + int(point.x() // width)
        return self.days[n] if 0 <= n < len(self.days) else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(ROLE.Base))
        width = self.width() / 7
        painter.fillRect(QRectF(0, 0, self.width(), HEADER), palette.color(ROLE.Window))
        painter.setPen(palette.color(ROLE.WindowText))
        for n, name in enumerate(weekday_names_short()):
            painter.drawText(
                QRectF(n * width, 0, width, HEADER), int(Qt.AlignmentFlag.AlignCenter), name
            )
        bold = QFont(self.font())
        bold.setBold(True)
        for day in self.days:
            rect = self.cell(day)
            chosen = day == self.chosen
            if chosen:
                painter.fillRect(rect, palette.color(ROLE.Highlight))
            elif day == self.today:
                painter.fillRect(rect, palette.color(ROLE.AlternateBase))
            painter.setPen(palette.color(ROLE.Mid))
            painter.drawRect(rect)
            inner = rect.adjusted(5, 3, -4, -3)
            text_role = (
                ROLE.HighlightedText
                if chosen
                else ROLE.Text
                if day.month == self.month.month
                else ROLE.PlaceholderText
            )
            painter.setPen(palette.color(text_role))
            painter.setFont(bold if day == self.today else self.font())
            painter.drawText(
                inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), str(day.day)
            )
            painter.setFont(self.font())
            mark = self.marks.get(day)
            if mark is None:
                continue
            count = (
                self.tr("%s visits") % f"{mark.visits:,}"
                if mark.visits != 1
                else self.tr("1 visit")
            )
            painter.drawText(
                inner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), count
            )
            if mark.overlap:
                painter.setPen(palette.color(ROLE.HighlightedText if chosen else ROLE.Link))
                painter.drawText(
                    inner,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                    self.tr("⚠ overlap"),
                )
        if self.hasFocus() and self.chosen in self.days:
            painter.setPen(QPen(palette.color(ROLE.Text), 1, Qt.PenStyle.DotLine))
            painter.drawRect(self.cell(self.chosen).adjusted(2, 2, -2, -2))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_opened.emit(self.chosen)
            return
        steps = {
            Qt.Key.Key_Left: timedelta(days=-1),
            Qt.Key.Key_Right: timedelta(days=1),
            Qt.Key.Key_Up: timedelta(days=-7),
            Qt.Key.Key_Down: timedelta(days=7),
        }
        if key in steps:
            self._choose(self.chosen + steps[key])
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._choose(_add_months(self.chosen, -1 if key == Qt.Key.Key_PageUp else 1))
            return
        super().keyPressEvent(event)

    def _choose(self, day: date) -> None:
        day = min(max(day, EARLIEST_DATE), LATEST_DATE)
        if day != self.chosen:
            self.day_chosen.emit(day)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        day = self.day_at(event.position())
        if day is not None:
            self._choose(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.day_opened.emit(day)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
        return day
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )
