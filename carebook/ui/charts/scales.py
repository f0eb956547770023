"""Where a trend's readings fall on a chart: the plotted area, its time and value scales, ticks."""

from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtGui import QFont, QFontMetricsF

from carebook.core.calendar_words import month_short
from carebook.core.calendar_words import style as calendar_style
from carebook.reports.trend_svg import month_ticks, value_ticks
from carebook.reports.trends import TrendSeries

#: The least time shown either side of the readings (a single reading still has a span).
WEEK = 86_400.0 * 7
#: Steps between date ticks: days over a few weeks, months (or years) over longer spans.
_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


def seconds_of(series: TrendSeries) -> list[float]:
    """Each reading's moment, in seconds, oldest first (as the series holds them)."""
    return [point.at.timestamp() for point in series.points]


def time_span(times: list[float]) -> tuple[float, float]:
    """The moments at the chart's left and right edges: the readings with 4 % (at least a week)
    to spare either side, as the printed chart has."""
    if not times:
        return 0.0, 1.0
    spare = max((times[-1] - times[0]) * 0.04, WEEK)
    return times[0] - spare, times[-1] + spare


def nearest(times: list[float], seconds: float) -> int | None:
    """The index of the reading nearest in time to `seconds`, or None when there are none."""
    if not times:
        return None
    index = bisect.bisect_left(times, seconds)
    if index >= len(times) or (index and seconds - times[index - 1] < times[index] - seconds):
        index -= 1
    return max(index, 0)


@dataclass(frozen=True, slots=True)
class Scales:
    """The plotted area in pixels and the time and value at its edges."""

    left: float
    top: float
    right: float
    bottom: float
    first: float  # seconds at the left edge
    last: float  # seconds at the right edge
    low: float  # the value at the bottom edge
    high: float  # the value at the top edge

    def x(self, seconds: float) -> float:
        """The pixel column of a moment."""
        return self.left + (seconds - self.first) / (self.last - self.first) * (
            self.right - self.left
        )

    def y(self, value: float) -> float:
        """The pixel row of a value."""
        return self.bottom - (value - self.low) / (self.high - self.low) * (self.bottom - self.top)

    def seconds_at(self, x: float) -> float:
        """The moment under a pixel column."""
        return self.first + (x - self.left) / (self.right - self.left) * (self.last - self.first)

    def contains(self, x: float, y: float) -> bool:
        """Whether a pixel lies in the plotted area."""
        return self.left <= x <= self.right and self.top <= y <= self.bottom


@dataclass(frozen=True, slots=True)
class Layout:
    """A chart's scales with the value ticks up its left side and the date ticks along its foot,
    each as (where, text)."""

    scales: Scales
    values: list[tuple[float, str]]
    dates: list[tuple[float, str]]


def _number(value: float, step: float) -> str:
    places = max(0, -math.floor(math.log10(step))) if step > 0 else 0
    text = f"{value:.{places}f}"
    return "0" if text.strip("-0.") == "" else text


def value_marks(low: float, high: float, most: int) -> list[tuple[float, str]]:
    """Round values between `low` and `high`, at most about `most` of them, with their text."""
    ticks = value_ticks(low, high, max(most, 2))
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    return [(tick, _number(tick, step)) for tick in ticks]


def date_marks(first: float, last: float, days: int, months: int) -> list[tuple[float, str]]:
    """Dates between two moments (seconds) for the foot of a chart, every `days` days ("5 Sep";
    weeks from the locale's first weekday) or, when `days` is 0, on the first day of every
    `months` months ("Mar", the year in January; the year alone from a year apart)."""
    start, end = datetime.fromtimestamp(first), datetime.fromtimestamp(last)
    marks = []
    if days:
        at = datetime(start.year, start.month, start.day) + timedelta(days=1)
        if days >= 7:
            at += timedelta(days=(calendar_style().first_weekday - at.weekday()) % 7)
        while at <= end:
            marks.append((at.timestamp(), _day_label(at)))
            at += timedelta(days=days)
        return marks
    # A month by its short name in the chosen language; a year stays its number.
    return [
        (at.timestamp(), text if text.isdigit() else month_short(at.month))
        for at, text in month_ticks(start, end, months)
    ]


def _day_label(at: datetime) -> str:
    """ "5 Sep" ("Sep 5" where the month comes first), the month in the chosen language."""
    if calendar_style().month_first:
        return f"{month_short(at.month)} {at.day}"
    return f"{at.day} {month_short(at.month)}"


def _fitting_dates(scales: Scales, metrics: QFontMetricsF) -> list[tuple[float, str]]:
    """The most dates whose words fit side by side under the chart, a space at least apart."""
    gap = metrics.horizontalAdvance("  ")
    span_days = (scales.last - scales.first) / 86_400
    steps = [(d, 0) for d in _DAY_STEPS if span_days <= 62] + [(0, m) for m in _MONTH_STEPS]
    marks: list[tuple[float, str]] = []
    for days, months in steps:
        marks = date_marks(scales.first, scales.last, days, months)
        ends = [
            (scales.x(at) - wide / 2, scales.x(at) + wide / 2)
            for at, text in marks
            for wide in [metrics.horizontalAdvance(text)]
        ]
        if all(after[0] - before[1] >= gap for before, after in itertools.pairwise(ends)):
            return marks
    return marks


def layout(
    series: TrendSeries, times: list[float], width: float, height: float, font: QFont
) -> Layout:
    """Where the plotted area lies in a `width` × `height` chart drawn in `font`: room on the
    left for the values' text and at the foot for the dates', ticks as many as fit."""
    metrics = QFontMetricsF(font)
    line = metrics.height()
    low, high = series.value_range()
    top = line * 0.6
    bottom = height - line * 1.7
    values = value_marks(low, high, int((bottom - top) / (line * 2)))
    widest = max((metrics.horizontalAdvance(text) for _, text in values), default=0.0)
    left = widest + line * 0.8
    right = width - line * 0.9
    first, last = time_span(times)
    scales = Scales(left, top, max(right, left + 1), max(bottom, top + 1), first, last, low, high)
    return Layout(scales, values, _fitting_dates(scales, metrics))
