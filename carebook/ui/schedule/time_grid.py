"""The day and week views: a time-scaled column per day, each visit a block at its time,
overlapping visits side by side and marked, the trip before each stop drawn above it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from carebook.core.calendar_words import clock_text, weekday_day
from carebook.core.calendar_words import style as calendar_style
from carebook.core.schedule_layout import Placed, end_hour, merged_spans
from carebook.core.views import Visit
from carebook.core.vocabularies import AppointmentStatus

MIN_GUTTER = 52  # the hours' labels: at least this wide, wider for a 12-hour clock's
HEADER = 26  # the days' names
#: A visit is moved in steps of this many minutes, by keys or by dragging.
STEP_MINUTES = 5
ROLE = QPalette.ColorRole

#: A visit's key across reloads: its appointment and which visit of the series it is.
VisitKey = tuple[int, datetime]


def visit_key(visit: Visit) -> VisitKey:
    return visit.appointment_id, visit.original_start or visit.start


@dataclass(slots=True)
class _Block:
    placed: Placed
    column: int
    rect: QRectF


class TimeGrid(QWidget):
    """One column a day from the first hour to the last, each visit a block; the arrows move
    between blocks and days, Return opens a visit, Alt+Shift+arrows move it, as dragging does."""

    opened = Signal(object)  # the Visit to edit
    move_wanted = Signal(object, object)  # the Visit, its new start
    day_step = Signal(int)  # the arrows went past the first or last day shown
    current_changed = Signal(object)  # the Visit selected, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Schedule"))
        self.setMouseTracking(False)
        self.days: list[date] = []
        self.columns: list[list[Placed]] = []
        self.today: date | None = None
        self.max_lanes = 6
        self.hour_height = 52
        self.first_hour, self.last_hour = 7, 20
        self._blocks: list[_Block] = []
        self._gutter_width: int | None = None  # measured on first use, again when the font changes
        self._by_key: dict[VisitKey, _Block] = {}
        self._hidden: dict[tuple[int, int], int] = {}  # (column, hour): visits not drawn
        #: The trips before the stops, each a strip from the end of the stop before as long as
        #: the trip takes, merged where they meet (plain, then too tight); and in a day view
        #: the words in the gaps with room for them: (gap, too tight, minutes).
        self._trips: list[tuple[QRectF, bool]] = []
        self._trip_words: list[tuple[QRectF, bool, int]] = []
        self.current: tuple[int, int] | None = None  # (column, place in the day's route)
        self._press: tuple[QPointF, _Block] | None = None
        self._drag: tuple[int, datetime] | None = None  # (column, start) where it would go

    # -- what is shown ---------------------------------------------------------------------------

    def set_days(
        self, days: list[date], columns: list[list[Placed]], today: date, keep: VisitKey | None
    ) -> None:
        """Show `columns` (each day's visits, placed, in route order); select `keep` if there."""
        self.days, self.columns, self.today = days, columns, today
        self.max_lanes = 6 if len(days) == 1 else 3
        self.hour_height = 52 if len(days) == 1 else 44
        starts = [p.visit.start.hour for column in columns for p in column]
        ends = [end_hour(p.visit) for column in columns for p in column]
        self.first_hour = min([7, *starts])
        self.last_hour = max([19, *ends])
        self.setFixedHeight(HEADER + (self.last_hour - self.first_hour) * self.hour_height + 1)
        self.current = None
        if keep is not None:
            self.current = self._place_of(keep)
        if self.current is None:
            self.current = next(((n, 0) for n, column in enumerate(columns) if column), None)
        self._lay_out()
        self.update()
        self.current_changed.emit(self.visit())

    def visit(self) -> Visit | None:
        """The selected visit."""
        if self.current is None:
            return None
        column, place = self.current
        return self.columns[column][place].visit

    def select(self, key: VisitKey) -> bool:
        found = self._place_of(key)
        if found is not None:
            self._set_current(found)
        return found is not None

    def _place_of(self, key: VisitKey) -> tuple[int, int] | None:
        for n, column in enumerate(self.columns):
            for m, placed in enumerate(column):
                if visit_key(placed.visit) == key:
                    return n, m
        return None

    def block_rect(self, key: VisitKey) -> QRectF | None:
        """Where a visit's block is drawn (None when its group is too crowded to show it)."""
        block = self._by_key.get(key)
        return None if block is None else QRectF(block.rect)

    # -- geometry --------------------------------------------------------------------------------

    def _gutter(self) -> int:
        """The hours' column: as wide as its widest label in this font ("10:00 p. m.")."""
        if self._gutter_width is None:
            metrics = self.fontMetrics()
            widest = max(metrics.horizontalAdvance(_hour_text(hour)) for hour in range(25))
            self._gutter_width = max(MIN_GUTTER, widest + 12)
        return self._gutter_width

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._gutter_width = None
        super().changeEvent(event)

    def _column_width(self) -> float:
        return max(40.0, (self.width() - self._gutter()) / max(1, len(self.days)))

    def y_of(self, moment: datetime, day: date) -> float:
        minutes = (moment - datetime.combine(day, time(self.first_hour))).total_seconds() / 60
        return HEADER + minutes * self.hour_height / 60

    def moment_at(self, y: float, column: int) -> datetime:
        """The time at height `y` of a day's column, to the step."""
        minutes = (y - HEADER) * 60 / self.hour_height + self.first_hour * 60
        snapped = round(minutes / STEP_MINUTES) * STEP_MINUTES
        snapped = min(max(snapped, 0), 24 * 60 - STEP_MINUTES)
        return datetime.combine(self.days[column], time()) + timedelta(minutes=snapped)

    def column_at(self, x: float) -> int:
        return min(
            max(int((x - self._gutter()) // self._column_width()), 0), max(0, len(self.days) - 1)
        )

    def _lay_out(self) -> None:
        self._blocks, self._by_key, self._hidden = [], {}, {}
        self._trips, self._trip_words = [], []
        width = self._column_width()
        scale = self.hour_height / 60
        for n, (day, column) in enumerate(zip(self.days, self.columns, strict=True)):
            left = self._gutter() + n * width + 10  # room on the left for the trips
            inner = width - 12
            base = datetime.combine(day, time(self.first_hour))
            trips: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
            words_end = 0.0
            for placed in column:
                visit = placed.visit
                top = HEADER + (visit.start - base).total_seconds() / 60 * scale
                if placed.travel_before is not None and placed.gap_before is not None:
                    came = top - placed.gap_before * scale
                    trips[placed.tight].append((came, came + max(placed.travel_before * scale, 2)))
                    if len(self.days) == 1 and top - came >= 14 and came >= words_end:
                        gap = QRectF(left, came, inner, top - came)
                        self._trip_words.append((gap, placed.tight, placed.travel_before))
                        words_end = top
                if placed.lane >= self.max_lanes:
                    slot = (n, visit.start.hour)
                    self._hidden[slot] = self._hidden.get(slot, 0) + 1
                    continue
                lanes = min(placed.lanes, self.max_lanes)
                lane_width = inner / lanes
                minutes = max((visit.end - visit.start).total_seconds() / 60, 10)
                rect = QRectF(
                    left + placed.lane * lane_width, top, lane_width - 2, minutes * scale - 1
                )
                block = _Block(placed, n, rect)
                self._blocks.append(block)
                self._by_key[visit_key(visit)] = block
            for tight in (False, True):
                for top, bottom in merged_spans(trips[tight]):
                    self._trips.append((QRectF(left - 7, top, 5, bottom - top), tight))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():  # the height follows the hours
            self._lay_out()

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        area = QRectF(event.rect())
        painter.fillRect(area, palette.color(ROLE.Base))
        width = self._column_width()
        self._paint_hours(painter, palette, area, width)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        self._paint_trips(painter, palette, area, metrics)
        chosen = self.visit()
        chosen_key = visit_key(chosen) if chosen is not None else None
        for block in self._blocks:
            if block.rect.intersects(area):
                selected = visit_key(block.placed.visit) == chosen_key
                self._paint_block(painter, palette, metrics, block.placed, block.rect, selected)
        if chosen is not None and chosen_key not in self._by_key and self.current is not None:
            # A visit in too crowded a group is drawn over it while selected.
            column = self.current[0]
            left = self._gutter() + column * width + 8
            top = self.y_of(chosen.start, self.days[column])
            bottom = self.y_of(chosen.end, self.days[column])
            rect = QRectF(left, top, width - 12, max(bottom - top, metrics.height() + 4))
            placed = self.columns[column][self.current[1]]
            self._paint_block(painter, palette, metrics, placed, rect, True)
        for (column, hour), count in self._hidden.items():
            y = self.y_of(datetime.combine(self.days[column], time(hour)), self.days[column])
            text = self.tr("+%s more") % f"{count:,}"
            box = QRectF(0, 0, metrics.horizontalAdvance(text) + 6, metrics.height())
            box.moveBottomRight(
                QPointF(self._gutter() + (column + 1) * width - 3, y + self.hour_height - 2)
            )
            if box.intersects(area):
                painter.fillRect(box, palette.color(ROLE.ToolTipBase))
                painter.setPen(palette.color(ROLE.ToolTipText))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        if self._drag is not None and self._press is not None:
            column, start = self._drag
            visit = self._press[1].placed.visit
            day = self.days[column]
            top = self.y_of(start, day)
            rect = QRectF(
                self._gutter() + column * width + 8,
                top,
                width - 12,
                self.y_of(start + (visit.end - visit.start), day) - top,
            )
            painter.setPen(QPen(palette.color(ROLE.Highlight), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            painter.drawText(rect.adjusted(4, 2, -2, 0), clock_text(start))
        painter.end()

    def _paint_hours(
        self, painter: QPainter, palette: QPalette, area: QRectF, width: float
    ) -> None:
        for n, day in enumerate(self.days):
            column = QRectF(self._gutter() + n * width, 0, width, self.height())
            if day == self.today and column.intersects(area):
                painter.fillRect(column, palette.color(ROLE.AlternateBase))
        painter.setPen(palette.color(ROLE.Mid))
        for hour in range(self.first_hour, self.last_hour + 1):
            y = HEADER + (hour - self.first_hour) * self.hour_height
            if y + self.hour_height < area.top() or y - 10 > area.bottom():
                continue
            painter.setPen(palette.color(ROLE.Mid))
            painter.drawLine(QPointF(self._gutter(), y), QPointF(self.width(), y))
            painter.setPen(palette.color(ROLE.WindowText))
            painter.drawText(
                QRectF(0, y, self._gutter() - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                _hour_text(hour),
            )
        header = QRectF(0, 0, self.width(), HEADER)
        if header.intersects(area):
            painter.fillRect(header, palette.color(ROLE.Window))
            painter.setPen(palette.color(ROLE.WindowText))
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            for n, day in enumerate(self.days):
                cell = QRectF(self._gutter() + n * width, 0, width, HEADER)
                painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), weekday_day(day))
            painter.setFont(self.font())
        painter.setPen(palette.color(ROLE.Mid))
        for n in range(len(self.days) + 1):
            x = self._gutter() + n * width
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))

    def _paint_trips(
        self, painter: QPainter, palette: QPalette, area: QRectF, metrics: QFontMetrics
    ) -> None:
        plain = QBrush(palette.color(ROLE.Mid))
        tight = QBrush(palette.color(ROLE.Link), Qt.BrushStyle.Dense4Pattern)
        for strip, is_tight in self._trips:
            if strip.intersects(area):
                painter.fillRect(strip, tight if is_tight else plain)
                if is_tight:
                    painter.setPen(palette.color(ROLE.Link))
                    painter.drawRect(strip)
        # In the gap between two stops, when there is room: how long the trip takes.
        for gap, is_tight, minutes in self._trip_words:
            if minutes and gap.intersects(area) and gap.height() >= metrics.height():
                painter.setPen(palette.color(ROLE.Link if is_tight else ROLE.PlaceholderText))
                text = self.tr("%s min travel") % minutes
                if is_tight:
                    text = self.tr("⚠ %s min travel: too tight") % minutes
                painter.drawText(
                    gap, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
                )

    def _paint_block(
        self,
        painter: QPainter,
        palette: QPalette,
        metrics: QFontMetrics,
        placed: Placed,
        rect: QRectF,
        selected: bool,
    ) -> None:
        visit = placed.visit
        cancelled = visit.status is AppointmentStatus.CANCELLED
        fill = ROLE.Highlight if selected else (ROLE.Base if cancelled else ROLE.Button)
        text = (
            ROLE.HighlightedText
            if selected
            else (ROLE.PlaceholderText if cancelled else ROLE.ButtonText)
        )
        painter.setBrush(palette.color(fill))
        style = Qt.PenStyle.DashLine if cancelled else Qt.PenStyle.SolidLine
        painter.setPen(QPen(palette.color(ROLE.Dark), 1, style))
        painter.drawRect(rect)
        if placed.overlapped:
            # The overlap mark: a bar down the block's edge and a sign in its corner.
            painter.fillRect(
                QRectF(rect.left(), rect.top(), 3, rect.height()), palette.color(ROLE.Link)
            )
        if rect.height() < metrics.height() * 0.8 or rect.width() < 24:
            return
        painter.setPen(palette.color(text))
        inner = rect.adjusted(5, 1, -3, -1)
        first = f"{clock_text(visit.start)} {visit.patient}"
        if visit.status is AppointmentStatus.DONE:
            first = "✓ " + first
        painter.drawText(
            inner,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            metrics.elidedText(first, Qt.TextElideMode.ElideRight, int(inner.width()) - 12),
        )
        if placed.overlapped:
            painter.setPen(palette.color(ROLE.HighlightedText if selected else ROLE.Link))
            painter.drawText(
                inner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), "⚠"
            )
            painter.setPen(palette.color(text))
        if inner.height() >= metrics.height() * 2:
            second = visit.kind.label if not cancelled else self.tr("Cancelled")
            painter.drawText(
                inner.adjusted(0, metrics.height(), 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                metrics.elidedText(second, Qt.TextElideMode.ElideRight, int(inner.width())),
            )

    # -- keys ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
        visit = self.visit()
        if mods == alt_shift and visit is not None:
            moves = {
                Qt.Key.Key_Up: timedelta(minutes=-STEP_MINUTES),
                Qt.Key.Key_Down: timedelta(minutes=STEP_MINUTES),
                Qt.Key.Key_Left: timedelta(days=-1),
                Qt.Key.Key_Right: timedelta(days=1),
            }
            if key in moves:
                self.move_wanted.emit(visit, visit.start + moves[key])
                return
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and visit is not None:
                self.opened.emit(visit)
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End):
                self._step_in_day(key)
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self._step_day(-1 if key == Qt.Key.Key_Left else 1)
                return
        super().keyPressEvent(event)

    def _step_in_day(self, key: Qt.Key) -> None:
        if self.current is None:
            return
        column, place = self.current
        last = len(self.columns[column]) - 1
        target = {
            Qt.Key.Key_Up: max(place - 1, 0),
            Qt.Key.Key_Down: min(place + 1, last),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }[key]
        self._set_current((column, target))

    def _step_day(self, step: int) -> None:
        column, place = self.current if self.current is not None else (0, 0)
        target = column + step
        while 0 <= target < len(self.columns) and not self.columns[target]:
            target += step  # a day without visits has nothing to select
        if not 0 <= target < len(self.columns):
            self.day_step.emit(step)
            return
        self._set_current((target, min(place, len(self.columns[target]) - 1)))

    def _set_current(self, current: tuple[int, int]) -> None:
        if current != self.current:
            self.current = current
            self.update()
            self.current_changed.emit(self.visit())

    # -- the mouse -------------------------------------------------------------------------------

    def _block_at(self, point: QPointF) -> _Block | None:
        for block in reversed(self._blocks):
            if block.rect.contains(point):
                return block
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        block = self._block_at(event.position())
        if block is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), block)
            self._set_current((block.column, block.placed.position))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        start, block = self._press
        moved = event.position() - start
        if self._drag is None and moved.manhattanLength() < QApplication.startDragDistance():
            return
        column = self.column_at(event.position().x())
        top = block.rect.top() + moved.y()
        when = self.moment_at(top, column)
        self._drag = (column, when)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drag = self._press, self._drag
        self._press, self._drag = None, None
        self.update()
        if press is not None and drag is not None:
            visit = press[1].placed.visit
            if drag[1] != visit.start:
                self.move_wanted.emit(visit, drag[1])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self._block_at(event.position())
        if block is not None:
            self.opened.emit(block.placed.visit)


def _hour_text(hour: int) -> str:
    """An hour's line in the gutter: "07:00" ("7:00 AM"); midnight at the day's end "24:00"."""
    if hour >= 24 and not calendar_style().twelve_hour:
        return "24:00"
    return clock_text(time(hour % 24))
