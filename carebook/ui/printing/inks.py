"""Measuring on the device: inks (a style's font and colour), word widths, lines broken to fit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice

from carebook.reports.document import Line
from carebook.reports.report_style import Border, Look, report_style

#: Spaces, and words (a hyphenated name may break after its hyphen).
_TOKENS = re.compile(r"\s+|[^\s-]+-*|-+")
#: A border's width in device pixels and its colour.
Edge = tuple[float, QColor]


@dataclass(slots=True, eq=False)
class Ink:
    """A font and colour on the device, with the widths of the words already measured."""

    font: QFont
    color: QColor
    ascent: float
    height: float
    space: float
    metrics: QFontMetricsF
    widths: dict[str, float] = field(default_factory=dict)

    def width(self, word: str) -> float:
        known = self.widths.get(word)
        if known is None:
            known = self.widths[word] = self.metrics.horizontalAdvance(word)
        return known


class Inks:
    """The inks of the report's styles on one device, made once each."""

    def __init__(self, device: QPagedPaintDevice, page_style: str = "") -> None:
        self.device = device
        #: The body element every context starts from: "body", or "body.large" for large print.
        self.root: tuple[str, ...] = ("body." + page_style if page_style else "body",)
        self.scale = device.logicalDpiY() / 72.0  # device pixels per point
        self.style = report_style()
        self._inks: dict[tuple[tuple[str, ...], float | None], Ink] = {}
        self._looks: dict[tuple[str, ...], Look] = {}
        self._frames: dict[tuple[str, ...], BoxFrame] = {}
        self._spans: dict[tuple[tuple[str, ...], str], Ink] = {}
        self.wrapped: dict[tuple[Line, tuple[str, ...], float, bool], list[TextLine]] = {}

    def look(self, context: tuple[str, ...]) -> Look:
        look = self._looks.get(context)
        if look is None:
            look = self._looks[context] = self.style.look_at(context)
        return look

    def span(self, base: tuple[str, ...], style: str) -> Ink:
        """The ink of a span of `style` inside `base`."""
        key = (base, style)
        ink = self._spans.get(key)
        if ink is None:
            ink = self._spans[key] = self.get(_span_context(base, style))
        return ink

    def get(self, context: tuple[str, ...], points: float | None = None) -> Ink:
        key = (context, points)
        ink = self._inks.get(key)
        if ink is None:
            look = self.look(context)
            font = QFont()
            font.setFamilies(list(look.families))
            font.setPointSizeF(points or look.size)
            font.setBold(look.bold)
            font.setItalic(look.italic)
            metrics = QFontMetricsF(font, self.device)
            ink = self._inks[key] = Ink(
                font,
                QColor(look.color),
                metrics.ascent(),
                metrics.lineSpacing(),
                metrics.horizontalAdvance(" "),
                metrics,
            )
        return ink

    def px(self, points: float) -> float:
        return points * self.scale

    def frame(self, context: tuple[str, ...]) -> BoxFrame:
        """Padding, borders, shading and alignment of a box in `context`, on this device."""
        frame = self._frames.get(context)
        if frame is None:
            look = self.look(context)
            frame = self._frames[context] = BoxFrame(
                tuple(self.px(value) for value in look.padding),  # type: ignore[arg-type]
                tuple(
                    edge(border, self)
                    for border in (
                        look.border_top,
                        look.border_right,
                        look.border_bottom,
                        look.border_left,
                    )
                ),
                QColor(look.background) if look.background else None,
                look.align,
                look.nowrap,
            )
        return frame


@dataclass(slots=True, frozen=True)
class BoxFrame:
    padding: tuple[float, float, float, float]  # top right bottom left, device pixels
    borders: tuple[Edge | None, ...]  # top right bottom left
    background: QColor | None
    align: str
    nowrap: bool


@dataclass(slots=True)
class TextLine:
    """One printed line: runs of text in their inks, placed from its left edge."""

    height: float
    ascent: float
    width: float
    runs: list[tuple[float, Ink, str]]


def _span_context(base: tuple[str, ...], style: str) -> tuple[str, ...]:
    if not style:
        return base
    classes = style.split()
    context = base
    named = [name for name in classes if name != "b"]
    if named:
        context = (*context, "span." + ".".join(named))
    if "b" in classes:
        context = (*context, "b")
    return context


def wrap(
    text: Line, base: tuple[str, ...], inks: Inks, width: float, nowrap: bool = False
) -> list[TextLine]:
    """Break a line of spans into printed lines no wider than `width` (words whole if they fit,
    broken anywhere if a single word is wider than the line)."""
    # Tick boxes, priorities, "None recorded": a day sheet repeats a great many cells.
    key = (text, base, width, nowrap)
    known = inks.wrapped.get(key)
    if known is None:
        known = inks.wrapped[key] = _break_lines(text, base, inks, width, nowrap)
    return known


def _break_lines(
    text: Line, base: tuple[str, ...], inks: Inks, width: float, nowrap: bool
) -> list[TextLine]:
    lines: list[TextLine] = []
    runs: list[tuple[float, Ink, str]] = []
    x = 0.0
    pending = 0.0  # the width of spaces waiting for the next word on this line
    pending_text = ""
    # As in CSS, a line is never shorter than one of the cell's own font, even when empty.
    strut = inks.get(base)
    height, ascent = strut.height, strut.ascent

    fitted = _on_one_line(text, base, inks, width, strut)
    if fitted is not None:
        return [fitted]

    def finish() -> None:
        nonlocal runs, x, pending, pending_text, height, ascent
        if runs or not lines:
            lines.append(TextLine(height, ascent, x, runs))
        runs, x, pending, pending_text = [], 0.0, 0.0, ""
        height, ascent = strut.height, strut.ascent

    def put(ink: Ink, word: str, word_width: float) -> None:
        nonlocal x, pending, pending_text, height, ascent
        if runs and runs[-1][1] is ink:
            start, _, previous = runs[-1]
            runs[-1] = (start, ink, previous + pending_text + word)
        else:
            runs.append((x + pending, ink, word))
        x += pending + word_width
        pending, pending_text = 0.0, ""
        height, ascent = max(height, ink.height), max(ascent, ink.ascent)

    for span in text:
        ink = inks.span(base, span.style)
        for token in _TOKENS.findall(span.text):
            if token.isspace():
                if runs:  # spaces at the start of a printed line are dropped
                    pending += ink.space * len(token)
                    pending_text += " " * len(token)
                continue
            token_width = ink.width(token)
            if nowrap or not runs or x + pending + token_width <= width:
                if runs or token_width <= width or nowrap:
                    put(ink, token, token_width)
                    continue
            elif token_width <= width:
                finish()
                put(ink, token, token_width)
                continue
            for piece in _pieces(token, ink, x + pending, width):  # a word wider than a line
                if runs and x + pending + ink.width(piece) > width:
                    finish()
                put(ink, piece, ink.width(piece))
    finish()
    return lines


def _on_one_line(
    text: Line, base: tuple[str, ...], inks: Inks, width: float, strut: Ink
) -> TextLine | None:
    """The line printed whole, if it fits: most cells do, and need no breaking into words."""
    if text and text[0].text[:1].isspace():
        return None  # leading spaces are dropped from a printed line: the long way
    runs = []
    x, height, ascent = 0.0, strut.height, strut.ascent
    for span in text:
        ink = inks.span(base, span.style)
        runs.append((x, ink, span.text))
        known = ink.widths.get(span.text)
        x += known if known is not None else ink.width(span.text)
        if x > width:
            return None
        if ink.height > height:
            height = ink.height
        if ink.ascent > ascent:
            ascent = ink.ascent
    return TextLine(height, ascent, x, runs)


def _pieces(word: str, ink: Ink, used: float, width: float) -> Iterator[str]:
    """`word` cut where it must be to fit: the first piece in what is left of the line."""
    room = max(width - used, 0.0)
    while word:
        low, high = 1, len(word)  # the longest start of the word that fits (at least a letter)
        while low < high:
            middle = (low + high + 1) // 2
            if ink.metrics.horizontalAdvance(word[:middle]) <= room:
                low = middle
            else:
                high = middle - 1
        yield word[:low]
        word, room = word[low:], width


def edge(border: Border, inks: Inks) -> Edge | None:
    return (inks.px(border.width), QColor(border.color)) if border.width else None
