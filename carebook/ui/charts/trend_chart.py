"""A measure's or an instrument's trend as a chart in the window, and as a picture for print.

The window's chart is drawn by carebook itself with QPainter (`drawing`), from the same series
the printed and HTML reports draw (`reports.trend_svg`): no charting library to load.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carebook.core.calendar_words import clock_text, day_text
from carebook.reports.trend_svg import svg
from carebook.reports.trends import TrendSeries
from carebook.ui.charts import drawing
from carebook.ui.charts.scales import Layout, layout, nearest, seconds_of


def render_chart(series: TrendSeries, width_px: int, height_px: int) -> QImage:
    """`series` drawn black on white, `width_px` × `height_px`, for a printed report.

    Paper gets the report's own drawing (`reports.trend_svg`, the HTML page's too): it needs no
    QApplication (the command line prints with a bare QGuiApplication), and the PDF and the
    HTML of a report show the same charts.
    """
    from PySide6.QtSvg import QSvgRenderer  # only printing draws a chart on a picture

    drawing_text = svg(series, 0, aspect=width_px / max(height_px, 1))
    renderer = QSvgRenderer(QByteArray(drawing_text.encode("utf-8")))
    image = QImage(max(width_px, 1), max(height_px, 1), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width_px, height_px))
    painter.end()
    return image


def _day(series: TrendSeries, index: int) -> str:
    return day_text(series.points[index].at.date())


class TrendCanvas(QWidget):
    """The drawn chart: it says which reading is under the pointer, and steps from reading to
    reading with the arrow keys (Home and End for the first and the latest)."""

    #: The index of the reading the pointer or a key came to.
    reached = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: TrendSeries | None = None
        self.times: list[float] = []
        self.marked: int | None = None
        self._frame: tuple[tuple[int, int, str], Layout] | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(220, 120)

    def show_series(self, series: TrendSeries) -> None:
        """Draw `series` from the next paint on, nothing marked."""
        self.series = series
        self.times = seconds_of(series)
        self.marked = None
        self._frame = None
        self.update()

    def frame(self) -> Layout | None:
        """Where the plotted area and the ticks lie at the chart's present size and font."""
        if self.series is None:
            return None
        key = (self.width(), self.height(), self.font().key())
        if self._frame is None or self._frame[0] != key:
            self._frame = (key, layout(self.series, self.times, *key[:2], self.font()))
        return self._frame[1]

    def position(self, index: int, second: bool = False) -> QPointF:
        """Where the reading `index` is drawn (its diastolic when `second`), in pixels."""
        frame = self.frame()
        assert self.series is not None and frame is not None
        point = self.series.points[index]
        value = point.second if second and point.second is not None else point.value
        return QPointF(frame.scales.x(self.times[index]), frame.scales.y(value))

    def mark(self, index: int | None) -> None:
        """Ring the reading `index` (none when None)."""
        self.marked = index
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        look = drawing.screen_look(self.palette(), self.font())
        frame = self.frame()
        if self.series is None or frame is None:
            painter.fillRect(self.rect(), look.paper)
            return
        drawing.draw(painter, self.series, frame, self.times, look, (self.width(), self.height()))
        if self.marked is not None and self.marked < len(self.times):
            drawing.ring(painter, self.position(self.marked), look)
        if self.hasFocus():  # where the arrow keys go, as a focused control shows it
            painter.setPen(QPen(look.highlight, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        frame = self.frame()
        at = event.position()
        if frame is not None and frame.scales.contains(at.x(), at.y()):
            index = nearest(self.times, frame.scales.seconds_at(at.x()))
            if index is not None and index != self.marked:
                self.reached.emit(index)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.times:
            super().keyPressEvent(event)
            return
        last = len(self.times) - 1
        now = self.marked
        steps = {
            Qt.Key.Key_Left: last if now is None else max(now - 1, 0),
            Qt.Key.Key_Right: 0 if now is None else min(now + 1, last),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        index = steps.get(Qt.Key(event.key()))
        if index is None:
            super().keyPressEvent(event)
            return
        self.reached.emit(index)

    def changeEvent(self, event: QEvent) -> None:
        # A new font (or a dark palette) lays the chart out again at its next paint.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._frame = None
            self.update()
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class TrendChart(QWidget):
    """One series: points for each reading and a line through them, the normal range or the
    instrument's bands shaded, the goal's target dashed; the pointer on a reading (or the arrow
    keys) shows its value and date under the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: TrendSeries | None = None
        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(0, 0, 0, 0)
        self.canvas = TrendCanvas(self)
        self.canvas.reached.connect(self.show_reading)
        self.canvas.hide()
        layout_.addWidget(self.canvas, 1)
        self.empty = QLabel(self.tr("No readings yet."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout_.addWidget(self.empty, 1)
        self.hover = QLabel(self)
        self.hover.setAccessibleName(self.tr("Reading under the pointer"))
        self.hover.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout_.addWidget(self.hover)
        self.setMinimumHeight(160)

    @property
    def hover_text(self) -> str:
        """What the chart says of the reading under the pointer ("" when none)."""
        return self.hover.text()

    def show_series(self, series: TrendSeries) -> None:
        """Draw `series`, replacing what was shown."""
        self.series = series
        self.hover.clear()
        self.canvas.show_series(series)
        description = self.summary(series)
        for widget in (self, self.canvas):
            widget.setAccessibleName(series.title)
            widget.setAccessibleDescription(description)
        self.empty.setVisible(not series.points)
        self.canvas.setVisible(bool(series.points))

    def summary(self, series: TrendSeries) -> str:
        """The series in words, for a screen reader: how many readings over what time, the
        latest, the lowest and highest, the goal."""
        points = series.points
        if not points:
            return self.tr("No readings yet.")
        latest = len(points) - 1
        if latest == 0:
            words = self.tr("One reading, on %1: %2.")
            shown = [_day(series, 0), points[0].label]
        else:
            lowest = min(range(len(points)), key=lambda i: points[i].value)
            highest = max(range(len(points)), key=lambda i: points[i].value)
            words = self.tr(
                "%n readings from %1 to %2; latest %3 on %4; lowest %5 on %6, highest %7 on %8.",
                "",
                len(points),
            )
            shown = [
                _day(series, 0),
                _day(series, latest),
                points[latest].label,
                _day(series, latest),
                points[lowest].label,
                _day(series, lowest),
                points[highest].label,
                _day(series, highest),
            ]
        # In one pass: a reading's words may hold a "%" of their own.
        words = re.sub(r"%(\d)", lambda found: shown[int(found[1]) - 1], words)
        if series.target_label:
            words += f" {series.target_label}."
        return words + " " + self.tr("The arrow keys step from reading to reading.")

    def show_reading(self, index: int) -> None:
        """Mark the reading `index` and say its value and date under the chart."""
        if self.series is None or not 0 <= index < len(self.series.points):
            return
        point = self.series.points[index]
        at = point.at
        when = day_text(at.date()) + (
            f" {clock_text(at)}" if (at.hour, at.minute) != (0, 0) else ""
        )
        self.hover.setText(f"{point.label} — {when}")
        self.canvas.mark(index)

    def reading_position(self, index: int, second: bool = False) -> QPointF:
        """Where the reading `index` (its diastolic when `second`) is drawn, in the canvas's
        pixels."""
        return self.canvas.position(index, second)
