"""The trend chart: drawn from the stored readings, saying a reading's value and date under the
pointer (or the arrow keys), told to a screen reader in words, printed as a picture; drawn by
carebook itself, with no charting library (nor numpy) loaded."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from carebook.reports.trend_svg import LINE_COLOURS
from carebook.reports.trends import TrendSeries, instrument_series, measure_series
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
    at = chart.reading_position(index).toPoint()
    qtbot.wait(20)  # a pointer moves at a human pace: one move is not merged into the last
    qtbot.mouseMove(chart.canvas, at)


def _shown(qtbot: QtBot, series: TrendSeries, width: int = 640, height: int = 320) -> TrendChart:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.show_series(series)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _near(image: QImage, x: float, y: float, colour: QColor, within: int = 40) -> bool:
    """Whether the picture is `colour` (give or take) at the pixel (x, y) or one beside it."""
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            seen = image.pixelColor(round(x) + dx, round(y) + dy)
            if all(
                abs(a - b) <= within
                for a, b in zip(seen.getRgb()[:3], colour.getRgb()[:3], strict=True)
            ):
                return True
    return False


def test_hovering_a_reading_says_its_value_and_date(qtbot: QtBot, store: Store) -> None:
    patient_id, _ = measured_patient(store)
    chart = _shown(qtbot, measure_series(store, patient_id, "weight"))
    _pointer_on(chart, qtbot, 2)
    qtbot.waitUntil(lambda: chart.hover_text == "79.0 kg — 15 Sep 2026 09:30")
    _pointer_on(chart, qtbot, 0)
    qtbot.waitUntil(lambda: chart.hover_text == "82.0 kg — 01 Sep 2026 09:30")
    # The reading under the pointer is ringed in the palette's highlight.
    ring = chart.reading_position(0)
    image = chart.canvas.grab().toImage()
    highlight = chart.palette().color(chart.palette().ColorRole.Highlight)
    assert _near(image, ring.x() + 7, ring.y(), highlight, 60)


def test_the_arrow_keys_step_from_reading_to_reading(qtbot: QtBot, store: Store) -> None:
    patient_id, _ = measured_patient(store)
    chart = _shown(qtbot, measure_series(store, patient_id, "weight"))
    chart.canvas.setFocus()
    qtbot.keyClick(chart.canvas, Qt.Key.Key_End)
    assert chart.hover_text == "78.2 kg — 22 Sep 2026 09:30"
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Left)
    assert chart.hover_text == "79.0 kg — 15 Sep 2026 09:30"
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Home)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Left)  # no reading before the first
    assert chart.hover_text == "82.0 kg — 01 Sep 2026 09:30"
    assert chart.canvas.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_screen_reader_hears_the_series_in_words(qtbot: QtBot, store: Store) -> None:
    patient_id, _ = measured_patient(store)
    chart = _shown(qtbot, instrument_series(store, patient_id, "phq-9"))
    assert chart.canvas.accessibleName() == chart.accessibleName() == chart.series.title  # type: ignore[union-attr]
    words = chart.canvas.accessibleDescription()
    assert words.startswith("3 readings from 02 Jun 2026 to 30 Nov 2026; latest 9")
    assert "lowest 9" in words and "highest 17" in words and "on 02 Jun 2026." in words
    assert "Goal ≤ 10" in words and "arrow keys" in words


def test_a_blood_pressure_draws_two_lines(qtbot: QtBot, store: Store) -> None:
    patient_id, _ = measured_patient(store)
    chart = _shown(qtbot, measure_series(store, patient_id, "bp"))
    image = chart.canvas.grab().toImage()
    for index in range(3):
        systolic = chart.reading_position(index)
        diastolic = chart.reading_position(index, second=True)
        assert _near(image, systolic.x(), systolic.y(), QColor(LINE_COLOURS[0]))
        assert _near(image, diastolic.x(), diastolic.y(), QColor(LINE_COLOURS[1]))
        assert systolic.y() < diastolic.y()  # higher values higher up


def test_bands_are_shaded_behind_points_and_the_target_is_dashed(
    qtbot: QtBot, store: Store
) -> None:
    patient_id, _ = measured_patient(store)
    series = instrument_series(store, patient_id, "phq-9")
    chart = _shown(qtbot, series, 700, 360)
    image = chart.canvas.grab().toImage()
    frame = chart.canvas.frame()
    assert frame is not None
    scales = frame.scales
    middle = (scales.left + scales.right) / 2
    severe, none = (
        image.pixelColor(round(middle), round(scales.y(25))),
        image.pixelColor(round(middle), round(scales.y(2))),
    )
    assert severe.red() > severe.green() + 10, "the severe band is shaded red"
    assert none.green() > max(none.red(), none.blue()) + 10, "the none band is shaded green"
    ink = chart.palette().color(chart.palette().ColorRole.Text)
    for index in range(3):
        at = chart.reading_position(index)
        assert _near(image, at.x(), at.y(), ink)
    # The goal's line (PHQ-9 at or below 10): ink in stretches, the band showing between them.
    row = round(scales.y(10))
    inked = [
        abs(image.pixelColor(x, row).lightness() - ink.lightness()) < 60
        for x in range(round(scales.left) + 2, round(scales.right))
    ]
    assert 0.3 < sum(inked) / len(inked) < 0.9
    assert frame.dates and frame.values, "dates along the foot, values up the side"


def test_a_resized_chart_is_laid_out_again(qtbot: QtBot, store: Store) -> None:
    patient_id, _ = measured_patient(store)
    chart = _shown(qtbot, measure_series(store, patient_id, "weight"), 400, 240)
    narrow = chart.reading_position(3)
    chart.resize(900, 480)
    qtbot.waitUntil(lambda: chart.canvas.width() > 800)
    wide = chart.reading_position(3)
    assert wide.x() > narrow.x() * 1.5
    _pointer_on(chart, qtbot, 3)
    qtbot.waitUntil(lambda: chart.hover_text.startswith("78.2 kg"))


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


def test_no_charting_library_is_loaded() -> None:
    """Not at start, nor with the chart: carebook draws it itself (and numpy, which sqlite-utils
    would load if it could, stays out too)."""
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
