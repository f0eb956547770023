"""A trend series as an SVG drawing, for a report's page: drawn from the numbers, with no Qt.

The HTML page is built without Qt (the command line writes it without loading Qt), so its
charts are drawings of their own rather than pictures from the window's charting library; a
browser shows a reading's value and date when the pointer rests on its point. A printed page
draws the same drawing (`carebook.ui.charts.trend_chart.render_chart`), so the PDF and the
HTML of a report show the same charts.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from html import escape

from carebook.core.calendar_words import day_text, month_short
from carebook.core.words import translate
from carebook.reports.patient_blocks import short_day_month
from carebook.reports.trends import TrendSeries

WIDTH = 720.0
LEFT, RIGHT, TOP, BOTTOM = 44.0, 10.0, 8.0, 22.0
#: How each severity of a band is shaded (as the window's chart does).
SEVERITY_COLOURS = {
    "none": "#2ea043",
    "mild": "#e6be1e",
    "moderate": "#f08214",
    "severe": "#d73228",
    "high": "#d73228",
}
#: Points per stretch of a line.
STRETCH = 50
LINE_COLOURS = ("#1e5ac8", "#963caa")


def _e(text: str) -> str:
    return escape(text, quote=True)


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def value_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round values between `low` and `high` (1, 2 or 5 times a power of ten apart)."""
    span = max(high - low, 1e-9)
    raw = span / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(power * m for m in (1, 2, 5, 10) if power * m >= raw)
    first = math.ceil(low / step) * step
    return [first + step * n for n in range(int((high - first) / step) + 1)]


def date_ticks(first: datetime, last: datetime) -> list[tuple[datetime, str]]:
    """The first days of months (or of years, over a long span) between two moments; over a
    few weeks, every day or every week."""
    days = (last - first).days
    if days <= 62:
        every_days = 1 if days <= 10 else 7 if days <= 62 else 14
        start = datetime(first.year, first.month, first.day) + timedelta(days=1)
        count = (last - start).days // every_days + 1
        marks = [start + timedelta(days=every_days * n) for n in range(count)]
        return [(at, short_day_month(at.date())) for at in marks if at <= last]
    months = (last.year - first.year) * 12 + last.month - first.month
    every = next(step for step in (1, 2, 3, 6, 12, 24, 60) if months / step <= 8)
    return month_ticks(first, last, every)


def month_ticks(first: datetime, last: datetime, every: int) -> list[tuple[datetime, str]]:
    """The first day of every `every`th month after `first` up to `last`, named by its month
    ("Mar"), or by its year in January and whenever the ticks are a year or more apart."""
    ticks: list[tuple[datetime, str]] = []
    year, month = first.year, first.month
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        at = datetime(year, month, 1)
        if at > last:
            return ticks
        if (year * 12 + month - 1) % every == 0:
            text = str(year) if month == 1 or every >= 12 else month_short(month)
            ticks.append((at, text))


def svg(series: TrendSeries, lines: float, *, aspect: float | None = None) -> str:
    """`series` as an SVG `lines` lines of text tall (at 16 px a line) and the page's width,
    or as wide as `aspect` times its height."""
    height = WIDTH / aspect if aspect else max(lines * 16.0, 120.0)
    inner_w, inner_h = WIDTH - LEFT - RIGHT, height - TOP - BOTTOM
    low, high = series.value_range()
    times = [p.at.timestamp() for p in series.points]
    first_t, last_t = (min(times), max(times)) if times else (0.0, 1.0)
    spare = max((last_t - first_t) * 0.04, 86_400 * 7)
    first_t, last_t = first_t - spare, last_t + spare

    def x(seconds: float) -> float:
        return LEFT + (seconds - first_t) / (last_t - first_t) * inner_w

    def y(value: float) -> float:
        value = min(max(value, low), high)
        return TOP + (high - value) / (high - low) * inner_h

    out = [
        f'<svg class="trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:.0f}'
        f' {height:.0f}" width="100%" role="img" aria-label="{_e(series.title)}"'
        ' font-family="sans-serif" font-size="11">'
    ]
    shaded = [
        (b.low - (0.5 if float(b.low).is_integer() else 0), b.high, b.severity, b.label)
        for b in series.bands
    ]
    shaded = [
        (lo, hi + (0.5 if float(hi).is_integer() else 0), sev, label)
        for lo, hi, sev, label in shaded
    ]
    if series.normal is not None:
        shaded.append((*series.normal, "none", translate("Trends", "normal range")))
    for lo, hi, severity, label in shaded:
        colour = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["moderate"])
        top, bottom = y(hi), y(lo)
        out.append(
            f'<rect x="{LEFT}" y="{top:.1f}" width="{inner_w:.1f}" height="{bottom - top:.1f}"'
            f' fill="{colour}" fill-opacity="0.18"><title>{_e(label)}</title></rect>'
        )
    for tick in value_ticks(low, high):
        out.append(
            f'<text x="{LEFT - 4}" y="{y(tick) + 4:.1f}" text-anchor="end">{_number(tick)}</text>'
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"'
            ' stroke="#000" stroke-opacity="0.12"/>'
        )
    base = TOP + inner_h
    out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{base}" y2="{base}" stroke="#000"/>')
    out.append(f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{base}" stroke="#000"/>')
    for at, text in date_ticks(datetime.fromtimestamp(first_t), datetime.fromtimestamp(last_t)):
        left = x(at.timestamp())
        out.append(
            f'<line x1="{left:.1f}" x2="{left:.1f}" y1="{base}" y2="{base + 4}" stroke="#000"/>'
            f'<text x="{left:.1f}" y="{base + 16}" text-anchor="middle">{text}</text>'
        )
    if series.target is not None:
        level = y(series.target)
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{level:.1f}" y2="{level:.1f}"'
            ' stroke="#000" stroke-width="1.5" stroke-dasharray="6 4"/>'
            f'<text x="{LEFT + 6}" y="{level - 4:.1f}">{_e(series.target_label)}</text>'
        )
    values = [[p.value for p in series.points]]
    if series.two_lines:
        values.append([math.nan if p.second is None else p.second for p in series.points])
    many = len(times) > 400  # years of readings: a fine line, small points
    radius, stroke = (1.2, 0.6) if many else (3.0, 1.5)
    for number, line in enumerate(values):
        colour = LINE_COLOURS[number] if series.two_lines else "#000"
        drawn = [f"{x(t):.1f},{y(v):.1f}" for t, v in zip(times, line, strict=True) if v == v]
        # In stretches: one long line crossing itself thousands of times is slow to draw.
        for start in range(0, max(len(drawn) - 1, 1), STRETCH):
            stretch = " ".join(drawn[start : start + STRETCH + 1])
            out.append(
                f'<polyline points="{stretch}" fill="none" stroke="{colour}"'
                f' stroke-width="{stroke}"/>'
            )
        for point, t, v in zip(series.points, times, line, strict=True):
            if v == v:  # not a missing diastolic
                when = day_text(point.at.date())
                out.append(
                    f'<circle cx="{x(t):.1f}" cy="{y(v):.1f}" r="{radius}" fill="{colour}">'
                    f"<title>{_e(point.label)} — {when}</title></circle>"
                )
    if series.two_lines:
        # On paper, as in the window: a goal line or a reading behind the legend never runs
        # through its words.
        out.append(
            f'<rect x="{WIDTH - RIGHT - 76}" y="{TOP + 1}" width="76" height="30" fill="#fff"'
            ' fill-opacity="0.9"/>'
        )
        names = (translate("Trends", "systolic"), translate("Trends", "diastolic"))
        for number, name in enumerate(names):
            out.append(
                f'<text x="{WIDTH - RIGHT - 4}" y="{TOP + 12 + number * 14}" text-anchor="end"'
                f' fill="{LINE_COLOURS[number]}">● {_e(name)}</text>'
            )
    out.append("</svg>")
    return "".join(out)
