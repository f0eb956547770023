"""Measuring on the device: inks (a style's font and colour), word widths, lines broken to fit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice

from carebook.reports.document import Line, glued
from carebook.reports.report_style import Border, Look, report_style

#: Spaces a line may break at (not a no-break space), and words: a hyphenated or slashed name
#: may break after its hyphen or slash when three letters stand on each side
#: ("Maximiliana-|Konstantina", "carbonate/|colecalciferol", but "check-in", "co-codamol").
_TOKENS = re.compile(
    r"[^\S\u00a0]+|(?:\S|\u00a0)+?(?:(?<=\w\w\w[-/])(?=[^\W_]{3})|(?=[^\S\u00a0])|$)"
)
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
        self.widest: dict[tuple[Line, tuple[str, ...], bool], float] = {}

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

    def shrunk(self, base: tuple[str, ...], style: str, factor: float) -> Ink:
        """The ink of a span of `style` inside `base`, its type `factor` times its size."""
        context = _span_context(base, style)
        return self.get(context, self.look(context).size * factor)

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


def widest_word(text: Line, base: tuple[str, ...], inks: Inks, nowrap: bool = False) -> float:
    """The width of the widest part of `text` that is never broken between lines: a word (with
    a sign standing before it), or the whole line if it does not wrap."""
    key = (text, base, nowrap)
    known = inks.widest.get(key)
    if known is None:
        known = 0.0
        for span in text:
            ink = inks.span(base, span.style)
            if nowrap:
                known += ink.width(span.text)
                continue
            for token in _TOKENS.findall(glued(span.text)):
                if not token.isspace():
                    known = max(known, ink.width(token))
        inks.widest[key] = known
    return known


def line_width(text: Line, base: tuple[str, ...], inks: Inks) -> float:
    """The width of `text` printed on one line."""
    return sum(inks.span(base, span.style).width(span.text) for span in text)


def wrap(
    text: Line, base: tuple[str, ...], inks: Inks, width: float, nowrap: bool = False
) -> list[TextLine]:
    """Break a line of spans into printed lines no wider than `width`, at spaces (or after a
    hyphen or slash), never inside a word: a word wider than the line alone is printed smaller
    to fit, whole, rather than broken or cut off (a medicine's or an allergy's name must be
    read as it is written)."""
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
        for token in _TOKENS.findall(glued(span.text)):
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
            if runs:  # a word wider than a line: on a line of its own, in smaller type
                finish()
            smaller = inks.shrunk(base, span.style, width / token_width * 0.999)
            put(smaller, token, smaller.width(token))
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


def edge(border: Border, inks: Inks) -> Edge | None:
    return (inks.px(border.width), QColor(border.color)) if border.width else None
