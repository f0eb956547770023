"""The report stylesheet read as rules, so a printed page looks as the HTML does in a browser.

Only what the stylesheet uses is understood: simple selectors (`td`, `.grid`, `.grid .tick`,
`h2`), font size, weight and style, colour, alignment, `white-space: nowrap`, padding, the
top and bottom margins, borders and background colour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from carebook.reports import stylesheet

#: Qt and browsers alike count a CSS pixel as 1/96 inch and a point as 1/72.
POINTS_PER_PX = 72 / 96

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_RULE = re.compile(r"([^{}@]+)\{([^{}]*)\}")
_AT_RULE = re.compile(r"@[a-z-]+[^{]*\{[^{}]*\}")


@dataclass(frozen=True, slots=True)
class Border:
    """One side's border: its width in points (0: none) and colour."""

    width: float = 0.0
    color: str = "#000000"


@dataclass(frozen=True, slots=True)
class Look:
    """How one element is drawn. Lengths are in points."""

    families: tuple[str, ...] = ("sans-serif",)
    size: float = 10.0
    bold: bool = False
    italic: bool = False
    color: str = "#000000"
    align: str = "left"
    nowrap: bool = False
    padding: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # top right bottom left
    margin_top: float = 0.0
    margin_bottom: float = 0.0
    border_top: Border = field(default_factory=Border)
    border_right: Border = field(default_factory=Border)
    border_bottom: Border = field(default_factory=Border)
    border_left: Border = field(default_factory=Border)
    background: str | None = None


@dataclass(frozen=True, slots=True)
class _Selector:
    parts: tuple[tuple[str, frozenset[str]], ...]  # (tag or "", classes), outermost first
    specificity: tuple[int, int]
    order: int


class ReportStyle:
    """The stylesheet's rules, asked for the look of an element in its context."""

    def __init__(self, css: str) -> None:
        self._rules: list[tuple[_Selector, dict[str, str]]] = []
        text = _AT_RULE.sub("", _COMMENT.sub("", css))
        for selectors, body in _RULE.findall(text):
            declarations = _declarations(body)
            for selector in selectors.split(","):
                parsed = _selector(selector, len(self._rules))
                if parsed is not None:
                    self._rules.append((parsed, declarations))

    def look(self, *context: str) -> Look:
        """The look of the last element of `context`, each written `tag.class.class`.

        `look("table.grid", "td.tick")` is a tick cell of a grid; "body" is always outermost.
        """
        return self.look_at(("body", *context))

    @cache  # noqa: B019 - one stylesheet per process; the contexts are a handful
    def look_at(self, context: tuple[str, ...]) -> Look:
        """The look of the last element of the whole chain `context`, from the body down."""
        chain = [_element(item) for item in context]
        look = Look()
        for depth in range(len(chain)):
            # Inherited properties pass down; box properties start afresh on each element.
            inherited = look
            look = replace(
                Look(),
                families=inherited.families,
                size=inherited.size,
                bold=inherited.bold,
                italic=inherited.italic,
                color=inherited.color,
                align=inherited.align,
                nowrap=inherited.nowrap,
            )
            matching = [
                (selector, declarations)
                for selector, declarations in self._rules
                if _matches(selector, chain[: depth + 1])
            ]
            matching.sort(key=lambda rule: (rule[0].specificity, rule[0].order))
            for _, declarations in matching:
                for name, value in declarations.items():
                    look = _apply(look, name, value, inherited)
        return look


@cache
def report_style() -> ReportStyle:
    """carebook's report stylesheet, read once."""
    return ReportStyle(stylesheet())


def _declarations(body: str) -> dict[str, str]:
    found = {}
    for declaration in body.split(";"):
        name, _, value = declaration.partition(":")
        if value.strip():
            found[name.strip().lower()] = value.strip()
    return found


def _element(text: str) -> tuple[str, frozenset[str]]:
    tag, *classes = text.strip().split(".")
    return tag.lower(), frozenset(classes)


def _selector(text: str, order: int) -> _Selector | None:
    words = text.split()
    if not words or any(not re.fullmatch(r"[a-z0-9]*(\.[a-z0-9-]+)*", w) for w in words):
        return None  # a selector the reports do not use (pseudo-classes, ids, …)
    parts = tuple(_element(word) for word in words)
    classes = sum(len(part[1]) for part in parts)
    tags = sum(1 for part in parts if part[0])
    return _Selector(parts, (classes, tags), order)


def _part_matches(part: tuple[str, frozenset[str]], element: tuple[str, frozenset[str]]) -> bool:
    tag, classes = part
    return (not tag or tag == element[0]) and classes <= element[1]


def _matches(selector: _Selector, chain: list[tuple[str, frozenset[str]]]) -> bool:
    """Whether the selector picks the last element of the chain (descendant combinators)."""
    *ancestors, last = selector.parts
    if not _part_matches(last, chain[-1]):
        return False
    position = len(chain) - 2
    for part in reversed(ancestors):
        while position >= 0 and not _part_matches(part, chain[position]):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def _length(value: str, font_size: float) -> float:
    """A CSS length in points (px, pt, em; a bare 0)."""
    match = re.fullmatch(r"(-?(?:[0-9]+\.?[0-9]*|\.[0-9]+))(px|pt|em)?", value.strip())
    if match is None:
        return 0.0
    number, unit = float(match.group(1)), match.group(2)
    if unit == "pt":
        return number
    if unit == "em":
        return number * font_size
    return number * POINTS_PER_PX


def _border(value: str, size: float) -> Border:
    if value.strip() in ("none", "0"):
        return Border()
    width, color = 0.0, "#000000"
    for word in value.split():
        if word.startswith("#"):
            color = word
        elif word[0].isdigit():
            width = _length(word, size)
    return Border(width, color)


def _apply(look: Look, name: str, value: str, parent: Look) -> Look:
    value = value.strip()
    size = look.size
    if name == "font-size":
        points = _length(value, parent.size)
        return replace(look, size=points) if points > 0 else look  # no text of no size
    if name == "font-weight":
        return replace(look, bold=value == "bold" or (value.isdigit() and int(value) >= 600))
    if name == "font-style":
        return replace(look, italic=value == "italic")
    if name == "font-family":
        families = tuple(part.strip().strip("\"'") for part in value.split(","))
        return replace(look, families=families)
    if name == "color":
        return replace(look, color=value)
    if name == "text-align":
        return replace(look, align=value)
    if name == "white-space":
        return replace(look, nowrap=value == "nowrap")
    if name == "background-color":
        return replace(look, background=value)
    if name == "padding":
        values = [_length(part, size) for part in value.split()]
        top, right, bottom, left = (
            (values * 4)[:4]
            if len(values) == 1
            else (values[0], values[1], values[0], values[1])
            if len(values) == 2
            else (values[0], values[1], values[2], values[1])
            if len(values) == 3
            else tuple(values[:4])
        )
        return replace(look, padding=(top, right, bottom, left))
    if name.startswith("padding-"):
        sides = ("top", "right", "bottom", "left")
        side = name.removeprefix("padding-")
        if side in sides:
            padding = list(look.padding)
            padding[sides.index(side)] = _length(value, size)
            return replace(look, padding=(padding[0], padding[1], padding[2], padding[3]))
    if name == "margin-top":
        return replace(look, margin_top=_length(value, size))
    if name == "margin-bottom":
        return replace(look, margin_bottom=_length(value, size))
    if name == "border":
        border = _border(value, size)
        return replace(
            look, border_top=border, border_right=border, border_bottom=border, border_left=border
        )
    if name == "border-top":
        return replace(look, border_top=_border(value, size))
    if name == "border-right":
        return replace(look, border_right=_border(value, size))
    if name == "border-bottom":
        return replace(look, border_bottom=_border(value, size))
    if name == "border-left":
        return replace(look, border_left=_border(value, size))
    return look
