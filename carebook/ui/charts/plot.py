"""A trend series drawn with pyqtgraph: shaded ranges, points and their line, the goal's target.

This module imports pyqtgraph (and numpy) at its top: it is itself imported only on first use,
by `trend_chart`, so neither loads when the window starts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from carebook.reports.trends import TrendSeries

#: How each severity of a band is shaded: green where all is well, to red where it is not.
SEVERITY_COLOURS = {
    "none": (46, 160, 67),
    "mild": (230, 190, 30),
    "moderate": (240, 130, 20),
    "severe": (215, 50, 40),
    "high": (215, 50, 40),
}
NORMAL = (46, 160, 67)
#: Readings beyond which a chart draws its line without a point on each reading.
CROWDED = 1000
SYSTOLIC = (30, 90, 200)
DIASTOLIC = (150, 60, 170)


@dataclass(frozen=True, slots=True)
class Look:
    """What the chart is drawn with: text and line colours, the font, line widths, shading."""

    ink: QColor
    paper: QColor
    font: QFont
    line_width: float
    point_size: float
    shade: int  # the alpha of a band's shading, 0–255


def screen_look(palette: QPalette, font: QFont) -> Look:
    """The window's palette and font (so a dark palette needs nothing more)."""
    return Look(
        palette.color(QPalette.ColorRole.Text),
        palette.color(QPalette.ColorRole.Base),
        font,
        2.0,
        7.0,
        45,
    )


def _seconds(series: TrendSeries) -> np.ndarray:
    return np.fromiter((p.at.timestamp() for p in series.points), float, len(series.points))


def _x_range(seconds: np.ndarray) -> tuple[float, float]:
    if not len(seconds):
        return 0.0, 1.0
    first, last = float(seconds[0]), float(seconds[-1])
    spare = max((last - first) * 0.04, 86_400 * 7)
    return first - spare, last + spare


def _region(
    low: float, high: float, colour: tuple[int, int, int], look: Look
) -> pg.LinearRegionItem:
    region = pg.LinearRegionItem(
        (low, high),
        orientation="horizontal",
        movable=False,
        brush=pg.mkBrush(*colour, look.shade),
        pen=pg.mkPen(None),
    )
    region.setZValue(-20)
    return region


def _bands(series: TrendSeries, look: Look) -> list[pg.LinearRegionItem]:
    """The instrument's bands (whole numbers: each reaches half a point beyond its ends so they
    meet) or the normal range."""
    regions = []
    for band in series.bands:
        whole = float(band.low).is_integer() and float(band.high).is_integer()
        half = 0.5 if whole else 0.0
        colour = SEVERITY_COLOURS.get(band.severity, SEVERITY_COLOURS["moderate"])
        regions.append(_region(band.low - half, band.high + half, colour, look))
    if series.normal is not None:
        regions.append(_region(*series.normal, NORMAL, look))
    return regions


def draw(plot: pg.PlotItem, series: TrendSeries, look: Look) -> None:
    """Draw `series` on `plot` (emptied first), its axes in `look`."""
    plot.clear()
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen(pg.mkPen(look.ink))
        axis.setTextPen(pg.mkPen(look.ink))
        axis.setTickFont(look.font)
    size = QFontMetricsF(look.font)
    plot.getAxis("bottom").setHeight(size.height() * 2)
    plot.getAxis("left").setWidth(size.horizontalAdvance("00000") + size.height() * 0.6)
    plot.showGrid(x=False, y=True, alpha=0.15)
    seconds = _seconds(series)
    # The ranges first, fixed: no item added later makes the view measure them all again.
    plot.disableAutoRange()
    plot.setXRange(*_x_range(seconds), padding=0)
    plot.setYRange(*series.value_range(), padding=0)
    for region in _bands(series, look):
        plot.addItem(region)
    first = np.fromiter((p.value for p in series.points), float, len(series.points))
    lines = [
        (
            first,
            SYSTOLIC if series.two_lines else (look.ink.red(), look.ink.green(), look.ink.blue()),
        )
    ]
    if series.two_lines:
        second = np.fromiter(
            (np.nan if p.second is None else p.second for p in series.points),
            float,
            len(series.points),
        )
        lines.append((second, DIASTOLIC))
    names: tuple[str | None, ...] = (None,)
    if series.two_lines:
        pixels = look.font.pixelSize()
        text = f"{pixels}px" if pixels > 0 else f"{look.font.pointSizeF():g}pt"
        legend = plot.addLegend(offset=(-10, 10), labelTextColor=look.ink, labelTextSize=text)
        legend.setBrush(pg.mkBrush(look.paper))
        names = ("systolic", "diastolic")
    many = len(seconds) > 400  # hundreds of points: a thin line, small points
    # Over a thousand readings lie closer than a point is wide: the line alone shows them (and
    # drawing them as points would double the time the chart takes to open).
    symbol = None if len(seconds) > CROWDED else "o"
    for (values, colour), name in zip(lines, names, strict=False):
        plot.plot(
            seconds,
            values,
            pen=pg.mkPen(colour, width=look.line_width / (2 if many else 1)),
            symbol=symbol,
            symbolSize=look.point_size / (2 if many else 1),
            symbolBrush=pg.mkBrush(*colour),
            symbolPen=pg.mkPen(look.paper, width=1),
            connect="finite",
            name=name,
            skipFiniteCheck=not series.two_lines,
        )
    if series.target is not None:
        target = pg.InfiniteLine(
            series.target,
            angle=0,
            movable=False,
            pen=pg.mkPen(look.ink, width=look.line_width, style=Qt.PenStyle.DashLine),
            label=series.target_label,
            labelOpts={"position": 0.02, "anchors": [(0, 1), (0, 1)], "color": look.ink},
        )
        target.label.textItem.setFont(look.font)
        plot.addItem(target)


def new_plot_widget() -> pg.PlotWidget:
    """A plot with dates along the bottom, that neither pans nor zooms nor offers a menu."""
    widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()}, enableMenu=False)
    widget.setMouseEnabled(x=False, y=False)
    widget.hideButtons()
    return widget


def nearest(series: TrendSeries, seconds: float) -> int | None:
    """The index of the point nearest in time to `seconds`, or None when there are none."""
    if not series.points:
        return None
    times = _seconds(series)
    index = int(np.searchsorted(times, seconds))
    if index >= len(times) or (index and seconds - times[index - 1] < times[index] - seconds):
        index -= 1
    return max(index, 0)


def point_at(plot: pg.PlotItem, scene_position: QPointF) -> float:
    """The time (seconds) under a position in the scene."""
    return float(plot.getViewBox().mapSceneToView(scene_position).x())


def marker(palette: QPalette) -> pg.ScatterPlotItem:
    """The ring around the reading under the pointer."""
    ring = pg.ScatterPlotItem(
        size=14,
        brush=pg.mkBrush(None),
        pen=pg.mkPen(palette.color(QPalette.ColorRole.Highlight), width=2),
    )
    ring.setZValue(20)
    return ring
