"""A measure's or an instrument's trend as a chart in the window, and as a picture for print.

The charting library (pyqtgraph) loads when the first chart is shown, not when this module is
imported: the window imports this freely and still starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carebook.reports.trend_svg import svg
from carebook.reports.trends import TrendSeries

if TYPE_CHECKING:
    import pyqtgraph as pg


def render_chart(series: TrendSeries, width_px: int, height_px: int) -> QImage:
    """`series` drawn black on white, `width_px` × `height_px`, for a printed report.

    Paper gets the report's own drawing (`reports.trend_svg`, the HTML page's too), not the
    window's charting library: it needs no QApplication (the command line prints with a bare
    QGuiApplication) and does not load pyqtgraph to print a page.
    """
    from PySide6.QtSvg import QSvgRenderer  # only printing draws a chart on a picture

    drawing = svg(series, 0, aspect=width_px / max(height_px, 1))
    renderer = QSvgRenderer(QByteArray(drawing.encode("utf-8")))
    image = QImage(max(width_px, 1), max(height_px, 1), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width_px, height_px))
    painter.end()
    return image


class TrendChart(QWidget):
    """One series: points for each reading and a line through them, the normal range or the
    instrument's bands shaded, the goal's target dashed; hovering shows a reading's value and
    date under the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: TrendSeries | None = None
        self._plot: pg.PlotWidget | None = None
        self._marker: pg.ScatterPlotItem | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No readings yet."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.empty, 1)
        self.hover = QLabel(self)
        self.hover.setAccessibleName(self.tr("Reading under the pointer"))
        self.hover.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.hover)
        self.setMinimumHeight(160)

    @property
    def hover_text(self) -> str:
        """What the chart says of the reading under the pointer ("" when none)."""
        return self.hover.text()

    def show_series(self, series: TrendSeries) -> None:
        """Draw `series`, replacing what was shown."""
        self.series = series
        self.hover.clear()
        self.setAccessibleName(series.title)
        if not series.points:
            self.empty.show()
            if self._plot is not None:
                self._plot.hide()
            return
        from carebook.ui.charts import plot  # the charting library, loaded on first use

        if self._plot is None:
            self._plot = plot.new_plot_widget()
            self._plot.setBackground(self.palette().color(self.palette().ColorRole.Base))
            self._plot.scene().sigMouseMoved.connect(self._moved)
            self._layout.insertWidget(0, self._plot, 1)
        self.empty.hide()
        self._plot.show()
        item = self._plot.getPlotItem()
        plot.draw(item, series, plot.screen_look(self.palette(), self.font()))
        self._marker = plot.marker(self.palette())
        item.addItem(self._marker)

    def show_reading(self, index: int) -> None:
        """Mark the reading `index` and say its value and date under the chart."""
        if self.series is None or self._marker is None:
            return
        point = self.series.points[index]
        when = point.at.strftime("%d %b %Y %H:%M").removesuffix(" 00:00")
        self.hover.setText(f"{point.label} — {when}")
        self._marker.setData([point.at.timestamp()], [point.value])

    def _moved(self, position: QPointF) -> None:
        if self.series is None or self._plot is None:
            return
        from carebook.ui.charts import plot  # already loaded: the chart is drawn

        item = self._plot.getPlotItem()
        if not item.getViewBox().sceneBoundingRect().contains(position):
            return
        index = plot.nearest(self.series, plot.point_at(item, position))
        if index is not None:
            self.show_reading(index)
