"""A trend drawn with QPainter: shaded ranges, points and their line, the goal's target, axes."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from carebook.reports.trend_svg import LINE_COLOURS, SEVERITY_COLOURS
from carebook.reports.trends import TrendSeries
from carebook.ui.charts.scales import Layout, Scales

#: The normal range is shaded as a band where all is well (the bands as printed: SEVERITY_COLOURS).
NORMAL = SEVERITY_COLOURS["none"]
#: Readings beyond which a chart draws its line without a point on each reading.
CROWDED = 1000
#: Readings beyond which the line is thin and the points small.
MANY = 400
#: A blood pressure's two lines as printed (LINE_COLOURS); lighter on a dark background, where
#: the printed blue and purple would hardly show.
LINES_ON_DARK = ("#6ea5ff", "#d78ce6")
#: The ring around the reading under the pointer, in pixels across.
RING = 14.0


@dataclass(frozen=True, slots=True)
class Look:
    """What the chart is drawn with: text and line colours, the font, line widths, shading."""

    ink: QColor
    paper: QColor
    highlight: QColor
    font: QFont
    line_width: float
    point_size: float
    shade: int  # the alpha of a band's shading, 0–255


def screen_look(palette: QPalette, font: QFont) -> Look:
    """The window's palette and font (so a dark palette needs nothing more)."""
    return Look(
        palette.color(QPalette.ColorRole.Text),
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.Highlight),
        font,
        2.0,
        7.0,
        45,
    )


def line_colours(series: TrendSeries, look: Look) -> list[QColor]:
    """The colour of each line: the ink for one, blue and purple for a blood pressure's two."""
    if not series.two_lines:
        return [look.ink]
    dark = look.paper.lightness() < 128
    return [QColor(colour) for colour in (LINES_ON_DARK if dark else LINE_COLOURS)]


def _shaded(series: TrendSeries) -> list[tuple[float, float, str]]:
    """The instrument's bands (whole numbers: each reaches half a point beyond its ends so they
    meet) and the normal range."""
    shaded = []
    for band in series.bands:
        whole = float(band.low).is_integer() and float(band.high).is_integer()
        half = 0.5 if whole else 0.0
        colour = SEVERITY_COLOURS.get(band.severity, SEVERITY_COLOURS["moderate"])
        shaded.append((band.low - half, band.high + half, colour))
    if series.normal is not None:
        shaded.append((*series.normal, NORMAL))
    return shaded


def _faint(colour: QColor, alpha: int) -> QColor:
    faint = QColor(colour)
    faint.setAlpha(alpha)
    return faint


def _plot_area(scales: Scales) -> QRectF:
    return QRectF(
        QPointF(scales.left, scales.top), QPointF(scales.right, scales.bottom)
    ).normalized()


def _background(painter: QPainter, series: TrendSeries, frame: Layout, look: Look) -> None:
    scales = frame.scales
    for low, high, colour in _shaded(series):
        top, bottom = scales.y(high), scales.y(low)
        painter.fillRect(
            QRectF(scales.left, top, scales.right - scales.left, bottom - top),
            _faint(QColor(colour), look.shade),
        )
    painter.setPen(QPen(_faint(look.ink, 38), 1))
    for value, _ in frame.values:
        row = round(scales.y(value)) + 0.5  # on a pixel row: a sharp hair line
        painter.drawLine(QPointF(scales.left, row), QPointF(scales.right, row))


def _lines(
    painter: QPainter, series: TrendSeries, scales: Scales, times: list[float], look: Look
) -> None:
    """Each line through its readings (broken where a diastolic is missing), then its points."""
    many = len(times) > MANY
    width = look.line_width / (2 if many else 1)
    radius = look.point_size / (4 if many else 2)
    columns = [scales.x(seconds) for seconds in times]
    firsts = [point.value for point in series.points]
    lines: list[list[float | None]] = [list(firsts)]
    if series.two_lines:
        lines.append([point.second for point in series.points])
    for values, colour in zip(lines, line_colours(series, look), strict=True):
        drawn = [
            QPointF(x, scales.y(value)) if value is not None and math.isfinite(value) else None
            for x, value in zip(columns, values, strict=True)
        ]
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        stretch: list[QPointF] = []
        for point in [*drawn, None]:
            if point is not None:
                stretch.append(point)
            elif stretch:
                painter.drawPolyline(QPolygonF(stretch))
                stretch = []
        # Over a thousand readings lie closer than a point is wide: the line alone shows them.
        if len(times) > CROWDED:
            continue
        painter.setPen(QPen(look.paper, 1))
        painter.setBrush(colour)
        for point in drawn:
            if point is not None:
                painter.drawEllipse(point, radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _target_line(painter: QPainter, series: TrendSeries, scales: Scales, look: Look) -> None:
    """The goal's target, dashed across (under the readings' lines)."""
    if series.target is None:
        return
    level = scales.y(series.target)
    painter.setPen(QPen(look.ink, look.line_width, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(scales.left, level), QPointF(scales.right, level))


def _target_words(painter: QPainter, series: TrendSeries, scales: Scales, look: Look) -> None:
    """The goal's words above its line (below when there is no room), over the readings."""
    if series.target is None or not series.target_label:
        return
    level = scales.y(series.target)
    if not scales.top - 1 <= level <= scales.bottom + 1:
        return
    metrics = QFontMetricsF(look.font)
    text = metrics.elidedText(
        series.target_label, Qt.TextElideMode.ElideRight, scales.right - scales.left - 12
    )
    box = QRectF(0, 0, metrics.horizontalAdvance(text) + 6, metrics.height())
    above = level - 3 - box.height() >= scales.top
    box.moveTo(scales.left + 4, level - 3 - box.height() if above else level + 3)
    # The paper behind the words keeps them legible over a band or a line.
    painter.fillRect(box, _faint(look.paper, 200))
    painter.setPen(look.ink)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _axes(painter: QPainter, frame: Layout, look: Look, width: float) -> None:
    """The left and foot axes with their ticks: values right-aligned, dates centred under their
    tick, leaving out one that would touch the one before or leave the chart."""
    scales = frame.scales
    metrics = QFontMetricsF(look.font)
    painter.setPen(QPen(look.ink, 1))
    foot, side = round(scales.bottom) + 0.5, round(scales.left) - 0.5
    painter.drawLine(QPointF(side, scales.top), QPointF(side, foot))
    painter.drawLine(QPointF(side, foot), QPointF(scales.right, foot))
    tick = metrics.height() * 0.3
    for value, text in frame.values:
        row = scales.y(value)
        painter.drawLine(QPointF(side - tick, row), QPointF(side, row))
        box = QRectF(0, row - metrics.height() / 2, side - tick - 2, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    last_end = -math.inf
    gap = metrics.horizontalAdvance(" ")
    for seconds, text in frame.dates:
        column = scales.x(seconds)
        painter.drawLine(QPointF(column, foot), QPointF(column, foot + tick))
        wide = metrics.horizontalAdvance(text)
        start = column - wide / 2
        if start < last_end + gap or start < 0 or start + wide > width:
            continue
        box = QRectF(start, foot + tick, wide, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        last_end = start + wide


def _legend(painter: QPainter, series: TrendSeries, scales: Scales, look: Look) -> None:
    """Which line is which, in the plotted area's top right corner."""
    if not series.two_lines:
        return
    metrics = QFontMetricsF(look.font)
    names = [
        QCoreApplication.translate("TrendChart", "systolic"),
        QCoreApplication.translate("TrendChart", "diastolic"),
    ]
    line = metrics.height()
    swatch = line * 1.4
    wide = swatch + line * 0.4 + max(metrics.horizontalAdvance(name) for name in names)
    box = QRectF(0, 0, wide + line * 0.8, line * len(names) + line * 0.4)
    box.moveTopRight(QPointF(scales.right - line * 0.4, scales.top + line * 0.4))
    painter.setPen(QPen(_faint(look.ink, 60), 1))
    painter.setBrush(_faint(look.paper, 225))
    painter.drawRoundedRect(box, 3, 3)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for number, (name, colour) in enumerate(zip(names, line_colours(series, look), strict=True)):
        row = box.top() + line * 0.2 + line * number
        middle = row + line / 2
        left = box.left() + line * 0.4
        painter.setPen(QPen(colour, look.line_width))
        painter.drawLine(QPointF(left, middle), QPointF(left + swatch, middle))
        painter.setPen(QPen(look.paper, 1))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(left + swatch / 2, middle), 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(look.ink)
        text_box = QRectF(left + swatch + line * 0.4, row, box.right() - left - swatch, line)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)


def ring(painter: QPainter, at: QPointF, look: Look) -> None:
    """The ring around the reading under the pointer (or chosen with the keys)."""
    painter.setPen(QPen(look.highlight, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(at, RING / 2, RING / 2)


def draw(
    painter: QPainter,
    series: TrendSeries,
    frame: Layout,
    times: list[float],
    look: Look,
    size: tuple[float, float],
) -> None:
    """Draw `series` on a `size` (width, height) chart laid out as `frame`, in `look`."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(look.font)
    painter.fillRect(QRectF(0, 0, *size), look.paper)
    area = _plot_area(frame.scales)
    painter.save()
    painter.setClipRect(area)
    _background(painter, series, frame, look)
    _target_line(painter, series, frame.scales, look)
    # A point on the area's edge shows whole.
    painter.setClipRect(
        area.adjusted(-look.point_size, -look.point_size, look.point_size, look.point_size)
    )
    _lines(painter, series, frame.scales, times, look)
    painter.restore()
    _target_words(painter, series, frame.scales, look)
    _axes(painter, frame, look, size[0])
    _legend(painter, series, frame.scales, look)
