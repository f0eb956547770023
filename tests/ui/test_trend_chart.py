"""The trend chart: drawn from the stored readings, saying a reading's value and date under the
pointer, printed as a picture; the charting library loads with the first chart, not at start."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from carebook.reports.trends import instrument_series, measure_series
from carebook.store.caseload import Store
from carebook.ui.charts.trend_chart import TrendChart, render_chart
from tests.reports.test_trends import measured_patient


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: datetime(2026, 12, 7, 10, 0))
    yield opened
    opened.close()


def _pointer_on(chart: TrendChart, qtbot: QtBot, index: int) -> None:
    """Move the mouse over the reading `index`, as a coordinator would."""
    assert chart.series is not None and chart._plot is not None
    point = chart.series.points[index]
    view = chart._plot
    box = view.getPlotItem().getViewBox()
    scene_at = box.mapViewToScene(QPointF(point.at.timestamp(), point.value))
    qtbot.wait(20)  # a pointer moves at a human pace: one move is not merged into the last
    qtbot.mouseMove(view.viewport(), view.mapFromScene(scene_at))


def test_hovering_a_reading_says_its_value_and_date(qtbot: QtBot, store: Store) -> None:
    patient_id, _ = measured_patient(store)
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(640, 320)
    chart.show_series(measure_series(store, patient_id, "weight"))
    chart.show()
    qtbot.waitExposed(chart)
    _pointer_on(chart, qtbot, 2)
    qtbot.waitUntil(lambda: chart.hover_text == "79.0 kg — 15 Sep 2026 09:30")
    _pointer_on(chart, qtbot, 0)
    qtbot.waitUntil(lambda: chart.hover_text == "82.0 kg — 01 Sep 2026 09:30")


def test_a_blood_pressure_draws_two_lines(qtbot: QtBot, store: Store) -> None:
    patient_id, _ = measured_patient(store)
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.show_series(measure_series(store, patient_id, "bp"))
    assert chart._plot is not None
    curves = chart._plot.getPlotItem().listDataItems()
    drawn = [list(curve.getData()[1]) for curve in curves]
    drawn = [values for values in drawn if values]  # not the (empty) ring of the hover
    assert drawn == [[152, 144, 136], [94, 90, 84]]


def test_a_measure_without_readings_says_so(qtbot: QtBot, store: Store) -> None:
    patient_id, _ = measured_patient(store)
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.show_series(measure_series(store, patient_id, "glucose"))
    chart.show()
    assert chart.empty.isVisible() and chart.empty.text() == "No readings yet."


def test_a_printed_chart_shades_the_bands_and_dashes_the_target(qapp: object, store: Store) -> None:
    patient_id, _ = measured_patient(store)
    image = render_chart(instrument_series(store, patient_id, "phq-9"), 900, 300)
    assert (image.width(), image.height()) == (900, 300)
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, 900, 7) for y in range(0, 300, 5)}
    reddish = [c for c in colours if QColor(c).red() > QColor(c).green() + 20]
    greenish = [c for c in colours if QColor(c).green() > QColor(c).red() + 20]
    assert reddish and greenish, "the severe and the none band are shaded"
    # The target's dashed line: a row of the picture black in stretches, white between them.
    rows = [
        [QColor(image.pixel(x, y)).lightness() < 80 for x in range(200, 880)] for y in range(300)
    ]
    assert any(20 < sum(row) < 600 and row.count(True) != len(row) for row in rows)


def test_the_charting_library_is_not_loaded_at_start() -> None:
    """Nor numpy, which it needs and which sqlite-utils would load if it could."""
    script = (
        "import sys\n"
        "import carebook.ui.app, carebook.ui.main_window, carebook.ui.patient.patient_record\n"
        "import carebook.ui.charts.trend_chart, carebook.ui.printing.rows\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyqtgraph', 'numpy')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
