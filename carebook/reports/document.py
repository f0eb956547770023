"""A printed report as plain data: pages of headings, text and ruled tables (no Qt, no HTML).

A report is built once from domain objects and then drawn twice over: as a self-contained HTML
page (`html_page`) and, page by page, on a PDF or a printer (`carebook.ui.printing.pages`).
Both read their looks from the one report stylesheet, by the class names given here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from carebook.reports import confidentiality_notice

if TYPE_CHECKING:
    from carebook.reports.trends import TrendSeries


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text in one style: a class of the stylesheet ("name", "allergy"), or plain."""

    text: str
    style: str = ""


#: A sign standing alone before a word ("⚠ PENICILLIN", "☐ Call"), to be printed with it.
_LONE_SIGN = re.compile(r"(?<!\S)([\u2190-\u2bff\U0001f300-\U0001faff])([^\S\u00a0]+)(?=\w)")


#: A number and its unit ("30 mg", "500 g", "2 tablets", "5 micrograms"): printed together.
_NUMBER_AND_UNIT = re.compile(
    r"(?<=\d) (?=(?:mg|g|mcg|µg|micrograms?|ml|mL|l|L|mmol|units?|IU|kg|%|tablets?|capsules?"
    r"|puffs?|drops?|patch(?:es)?|sachets?|sprays?|doses?|applications?)\b)"
)


def glued(text: str) -> str:
    """`text` with a sign standing before a word, and a number before its unit, joined to it by
    a no-break space, so that no line ever ends on the sign alone or splits "30 / mg"."""
    if " " not in text:
        return text
    # Each space after the sign becomes a no-break one (two were once made one): only the kind
    # of space ever changes, never the words or their length.
    signed = _LONE_SIGN.sub(lambda m: m[1] + "\u00a0" * len(m[2]), text)
    return _NUMBER_AND_UNIT.sub("\u00a0", signed)


#: One line of text as it is written (it may wrap when printed): a run of spans.
Line = tuple[Span, ...]


def line(*parts: str | Span) -> Line:
    """A line from plain strings and spans, leaving out empty ones."""
    spans = []
    for part in parts:  # a day sheet calls this tens of thousands of times: no generators
        if isinstance(part, str):
            if part:
                spans.append(Span(part))
        elif part.text:
            spans.append(part)
    return tuple(spans)


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def filled(sentence: str, **values: str | Span) -> Line:
    """A line from a translated `sentence` with its "{name}" placeholders filled, each value a
    plain string or a span of its own ("Prepared by {name}" with the name in bold)."""
    parts: list[str | Span] = []
    last = 0
    for found in _PLACEHOLDER.finditer(sentence):
        parts += [sentence[last : found.start()], values[found.group(1)]]
        last = found.end()
    parts.append(sentence[last:])
    return line(*parts)


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: lines one under another, with a class of its own ("tick", "time")."""

    lines: tuple[Line, ...] = ()
    style: str = ""


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table: its heading, its share of the width in percent, and its class."""

    title: str
    width: int
    style: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells under column headings ("grid"), or label and value pairs ("facts").

    A grid's headings are printed again at the top of each page it runs on to, and its rows are
    never split between pages unless one is taller than a page.
    """

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    style: str = "grid"

    @property
    def headed(self) -> bool:
        return "grid" in self.style.split()


@dataclass(frozen=True, slots=True)
class Heading:
    """A page title (level 1), a section heading (2) or a part of one (3), kept with what
    follows it."""

    text: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of one line of spans, with a class ("kicker", "subtitle", "none")."""

    text: Line
    style: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    """The heavy rule under a page's title."""


@dataclass(frozen=True, slots=True)
class AlertBox:
    """A boxed, shaded warning that must not be missed: a patient's allergies."""

    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class WritingLines:
    """Ruled lines to write on: as many as the page has room for, from `least` up to `most`."""

    most: int
    least: int = 3


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture kept in the caseload (the practice's logo), `lines` lines of text tall and
    at most two fifths of the page wide."""

    content: bytes
    media_type: str
    alt: str = ""
    lines: float = 4.0


@dataclass(frozen=True, slots=True)
class Chart:
    """A measure or an instrument over time, drawn the page's width and `lines` lines of text
    tall: by the window's charting library on paper, as a drawing of its own in HTML."""

    series: TrendSeries
    lines: float = 14.0


Block = Heading | Paragraph | Rule | Table | AlertBox | WritingLines | Picture | Chart


@dataclass(slots=True)
class Section:
    """A stretch of a report that starts on a new page, with the head its pages carry."""

    running_head: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """A whole report: its title, its sections, and the notice printed on every page."""

    title: str
    sections: list[Section] = field(default_factory=list)
    footer: str = field(default_factory=confidentiality_notice)
    style: str = ""  # a class of the whole page: "large" prints a sheet to read at arm's length
