"""Reports printed with Qt: laid out in pages, each with a running head, its number and a footer.

The layout is carebook's own rather than Qt's rich-text engine: a report is a column of rows
(paragraphs, table rows, ruled lines) whose heights are known before anything is drawn, so
a day of two thousand visits is paginated in one pass, a table row is never split between
pages, a table's headings come back at the top of each page it runs on to, a heading stays
with what it heads, and the notes space shrinks to the room a page has left.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from carebook.reports import paper_for_territory
from carebook.reports.document import (
    AlertBox,
    Block,
    Cell,
    Column,
    Document,
    Heading,
    Line,
    Paragraph,
    Rule,
    Section,
    Span,
    Table,
    WritingLines,
)
from carebook.reports.report_style import Border, Look, report_style

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
#: Dots per inch of the PDF's coordinate system; text and rules are vectors either way.
RESOLUTION = 300
#: Paper margins in millimetres (left, top, right, bottom): inside what office printers reach.
MARGINS_MM = (14.0, 12.0, 14.0, 12.0)
FURNITURE_POINTS = 10.0
#: A table no taller than this fraction of a page goes on to the next page whole, with its
#: heading, rather than leaving a row or two behind.
SHORT_TABLE = 1 / 3

#: Spaces, and words (a hyphenated name may break after its hyphen).
_TOKENS = re.compile(r"\s+|[^\s-]+-*|-+")
#: A border's width in device pixels and its colour.
_Edge = tuple[float, QColor]


def ensure_app() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one (the command line has no window)."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("printing needs a QGuiApplication, not a bare QCoreApplication")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "carebook"])


def default_paper() -> str:
    """ "letter" where the user's locale prints on US Letter (US, Canada, …), else "a4"."""
    return paper_for_territory(QLocale.territoryToCode(QLocale().territory()))


def page_layout(paper: str) -> QPageLayout:
    """Portrait `paper` ("a4" or "letter") with carebook's margins."""
    if paper not in PAGE_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAGE_SIZES)}, not {paper!r}")
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(*MARGINS_MM),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(document: Document, path: Path, paper: str) -> int:
    """Print `document` to a PDF at `path` on `paper` ("a4" or "letter"); the number of pages.

    The PDF is written to a temporary file beside `path` and renamed over it only once complete,
    so a failed export never leaves half a PDF (or spoils an earlier one). It is readable by its
    owner only: it holds health information.
    """
    from carebook.storage.output_files import put_in_place, temporary_beside
    from carebook.storage.pdf_check import pdf_problem

    layout = page_layout(paper)
    ensure_app()
    with temporary_beside(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(layout)
        writer.setCreator("carebook")
        writer.setTitle(document.title)
        pages = paint(document, writer)
        del writer  # closes the file
        # Qt does not report a write the disk refused: the PDF is read back before it counts.
        put_in_place(temporary, path, lambda written: pdf_problem(written, pages))
    return pages


def paint(document: Document, device: QPagedPaintDevice) -> int:
    """Print `document` on `device` (a PDF writer or a printer), a page at a time; the pages.

    The device's own page layout (paper and margins) is used as it stands.
    """
    ink = _Inks(device, document.style)
    furniture = ink.get(ink.root, FURNITURE_POINTS)
    frame = _frame(device, furniture, document.footer)
    pages = _paginate(_rows(document, ink, frame.width), frame.body)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    try:
        for index, page in enumerate(pages):
            if index:
                device.newPage()
            _paint_head(painter, furniture, frame, page.head, f"Page {index + 1} of {len(pages)}")
            _paint_body(painter, ink, frame, page)
            _paint_foot(painter, furniture, frame, document.footer)
    finally:
        painter.end()
    return len(pages)


# -- fonts and text --------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class _Ink:
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


class _Inks:
    """The inks of the report's styles on one device, made once each."""

    def __init__(self, device: QPagedPaintDevice, page_style: str = "") -> None:
        self.device = device
        #: The body element every context starts from: "body", or "body.large" for large print.
        self.root: tuple[str, ...] = ("body." + page_style if page_style else "body",)
        self.scale = device.logicalDpiY() / 72.0  # device pixels per point
        self.style = report_style()
        self._inks: dict[tuple[tuple[str, ...], float | None], _Ink] = {}
        self._looks: dict[tuple[str, ...], Look] = {}
        self._frames: dict[tuple[str, ...], _BoxFrame] = {}
        self._spans: dict[tuple[tuple[str, ...], str], _Ink] = {}
        self.wrapped: dict[tuple[Line, tuple[str, ...], float, bool], list[_TextLine]] = {}

    def look(self, context: tuple[str, ...]) -> Look:
        look = self._looks.get(context)
        if look is None:
            look = self._looks[context] = self.style.look_at(context)
        return look

    def span(self, base: tuple[str, ...], style: str) -> _Ink:
        """The ink of a span of `style` inside `base`."""
        key = (base, style)
        ink = self._spans.get(key)
        if ink is None:
            ink = self._spans[key] = self.get(_span_context(base, style))
        return ink

    def get(self, context: tuple[str, ...], points: float | None = None) -> _Ink:
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
            ink = self._inks[key] = _Ink(
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

    def frame(self, context: tuple[str, ...]) -> _BoxFrame:
        """Padding, borders, shading and alignment of a box in `context`, on this device."""
        frame = self._frames.get(context)
        if frame is None:
            look = self.look(context)
            frame = self._frames[context] = _BoxFrame(
                tuple(self.px(value) for value in look.padding),  # type: ignore[arg-type]
                tuple(
                    _edge(border, self)
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
class _BoxFrame:
    padding: tuple[float, float, float, float]  # top right bottom left, device pixels
    borders: tuple[_Edge | None, ...]  # top right bottom left
    background: QColor | None
    align: str
    nowrap: bool


@dataclass(slots=True)
class _TextLine:
    """One printed line: runs of text in their inks, placed from its left edge."""

    height: float
    ascent: float
    width: float
    runs: list[tuple[float, _Ink, str]]


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


def _wrap(
    text: Line, base: tuple[str, ...], inks: _Inks, width: float, nowrap: bool = False
) -> list[_TextLine]:
    """Break a line of spans into printed lines no wider than `width` (words whole if they fit,
    broken anywhere if a single word is wider than the line)."""
    # Tick boxes, priorities, "None recorded": a day sheet repeats a great many cells.
    key = (text, base, width, nowrap)
    known = inks.wrapped.get(key)
    if known is None:
        known = inks.wrapped[key] = _break_lines(text, base, inks, width, nowrap)
    return known


def _break_lines(
    text: Line, base: tuple[str, ...], inks: _Inks, width: float, nowrap: bool
) -> list[_TextLine]:
    lines: list[_TextLine] = []
    runs: list[tuple[float, _Ink, str]] = []
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
            lines.append(_TextLine(height, ascent, x, runs))
        runs, x, pending, pending_text = [], 0.0, 0.0, ""
        height, ascent = strut.height, strut.ascent

    def put(ink: _Ink, word: str, word_width: float) -> None:
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
    text: Line, base: tuple[str, ...], inks: _Inks, width: float, strut: _Ink
) -> _TextLine | None:
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
    return _TextLine(height, ascent, x, runs)


def _pieces(word: str, ink: _Ink, used: float, width: float) -> Iterator[str]:
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


# -- rows: everything on a page is a row of one or more boxes ---------------------------------


@dataclass(slots=True)
class _Box:
    """A cell, a paragraph or a rule: a rectangle with padding, borders, shading and text."""

    x: float
    width: float
    padding: tuple[float, float, float, float]  # top right bottom left, device pixels
    lines: list[_TextLine]
    align: str = "left"
    background: QColor | None = None
    borders: tuple[_Edge | None, ...] = (None, None, None, None)  # top right bottom left

    @property
    def content_height(self) -> float:
        return sum(line.height for line in self.lines)

    @property
    def height(self) -> float:
        top, _, bottom, _ = self.padding
        return self._border(0) + top + self.content_height + bottom + self._border(2)

    def _border(self, side: int) -> float:
        border = self.borders[side]
        return border[0] if border is not None else 0.0


@dataclass(slots=True)
class _Row:
    """What the paginator places: a row of boxes, and how it may be moved between pages."""

    boxes: list[_Box]
    margin_top: float = 0.0
    margin_bottom: float = 0.0
    keep_with_next: bool = False  # a heading, a table's column heads
    header: _Row | None = None  # printed again first when this row starts a page
    section: Section | None = None  # starts a page, whose running head is the section's
    fill: tuple[int, int] | None = None  # ruled lines: (least, most) copies of this row
    group: int = 0  # rows of a short table and its heading share a group kept on one page
    height: float = 0.0

    def __post_init__(self) -> None:
        self.height = max((box.height for box in self.boxes), default=0.0)

    def split(self, room: float) -> tuple[_Row, _Row] | None:
        """This row cut between text lines so its first part fits `room`; None if none does."""
        firsts, rests = [], []
        for box in self.boxes:
            top, _, bottom, _ = box.padding
            fixed = box._border(0) + top + bottom + box._border(2)
            kept, used = [], fixed
            for line in box.lines:
                if used + line.height > room:
                    break
                kept.append(line)
                used += line.height
            firsts.append(
                _Box(box.x, box.width, box.padding, kept, box.align, box.background, box.borders)
            )
            rests.append(
                _Box(
                    box.x,
                    box.width,
                    box.padding,
                    box.lines[len(kept) :],
                    box.align,
                    box.background,
                    box.borders,
                )
            )
        if not any(box.lines for box in firsts):
            return None
        return (
            _Row(firsts, self.margin_top, 0.0, header=self.header),
            _Row(rests, 0.0, self.margin_bottom, header=self.header),
        )


def _rows(document: Document, inks: _Inks, width: float) -> list[_Row]:
    rows: list[_Row] = []
    group = 0
    for section in document.sections:
        first = len(rows)
        blocks = section.blocks
        for index, block in enumerate(blocks):
            if isinstance(block, Table) and index and isinstance(blocks[index - 1], Heading):
                continue  # laid out with its heading
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(block, Heading) and isinstance(following, Table):
                group += 1
                rows += _heading(block, inks, width, group)
                rows += _table(following, inks, width, group)
            else:
                rows += _block(block, inks, width)
        if len(rows) == first:
            rows.append(_Row([]))
        rows[first].section = section
    return rows


def _block(block: Block, inks: _Inks, width: float) -> list[_Row]:
    if isinstance(block, Heading):
        return _heading(block, inks, width)
    if isinstance(block, Paragraph):
        tag = "p." + ".".join(block.style.split()) if block.style else "p"
        return [_text_row((tag,), block.text, inks, width)]
    if isinstance(block, Rule):
        look = inks.look((*inks.root, "hr"))
        rule = _Box(
            0, width, (0, 0, 0, 0), [], borders=(_edge(look.border_top, inks), None, None, None)
        )
        return [_Row([rule], inks.px(look.margin_top), inks.px(look.margin_bottom))]
    if isinstance(block, Table):
        return _table(block, inks, width)
    if isinstance(block, AlertBox):
        return _table(
            Table((Column("", 100),), ((Cell(block.lines),),), "allergy-box"), inks, width
        )
    if isinstance(block, WritingLines):
        ruled = _table(Table((Column("", 100),), ((Cell(((),)),),), "ruled"), inks, width)[0]
        ruled.fill = (block.least, block.most)
        return [ruled]
    raise TypeError(f"not a report block: {block!r}")


def _heading(heading: Heading, inks: _Inks, width: float, group: int = 0) -> list[_Row]:
    tag = f"h{min(max(heading.level, 1), 3)}"
    row = _text_row((tag,), _plain(heading.text), inks, width)
    row.keep_with_next, row.group = True, group
    return [row]


def _plain(text: str) -> Line:
    return (Span(text),)


def _text_row(context: tuple[str, ...], text: Line, inks: _Inks, width: float) -> _Row:
    full = (*inks.root, *context)
    look = inks.look(full)
    box = _box(inks, 0, width, [text], full)
    return _Row([box], inks.px(look.margin_top), inks.px(look.margin_bottom))


def _edge(border: Border, inks: _Inks) -> _Edge | None:
    return (inks.px(border.width), QColor(border.color)) if border.width else None


def _box(
    inks: _Inks,
    x: float,
    width: float,
    lines: list[Line] | tuple[Line, ...],
    context: tuple[str, ...],
) -> _Box:
    frame = inks.frame(context)
    _, right, _, left = frame.padding
    inner = max(width - left - right, 1.0)
    printed = [part for text in lines for part in _wrap(text, context, inks, inner, frame.nowrap)]
    return _Box(x, width, frame.padding, printed, frame.align, frame.background, frame.borders)


def _table(table: Table, inks: _Inks, width: float, group: int = 0) -> list[_Row]:
    element = "table." + ".".join(table.style.split())
    table_look = inks.look((*inks.root, element))
    edges, x = [], 0.0
    for column in table.columns:
        edges.append((x, width * column.width / 100))
        x += width * column.width / 100
    rows: list[_Row] = []
    header: _Row | None = None
    if table.headed:
        boxes = []
        for column, (left, span) in zip(table.columns, edges, strict=True):
            context = (*inks.root, element, "tr", _cell_tag("th", column.style, ""))
            boxes.append(_box(inks, left, span, [_plain(column.title)], context))
        header = _Row(boxes, keep_with_next=True, group=group)
        rows.append(header)
    for cells in table.rows:
        boxes = []
        for column, (left, span), cell in zip(table.columns, edges, cells, strict=True):
            context = (*inks.root, element, "tr", _cell_tag("td", column.style, cell.style))
            boxes.append(_box(inks, left, span, cell.lines or ((),), context))
        rows.append(_Row(boxes, header=header, group=group))
    if rows:
        rows[0].margin_top = inks.px(table_look.margin_top)
        rows[-1].margin_bottom = inks.px(table_look.margin_bottom)
    return rows


def _cell_tag(tag: str, *styles: str) -> str:
    classes = [name for style in styles for name in style.split()]
    return ".".join((tag, *classes))


# -- pages -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Page:
    head: str
    placed: list[tuple[float, _Row]] = field(default_factory=list)


def _paginate(rows: list[_Row], body: float) -> list[_Page]:
    """Place the rows on pages of height `body`, in order."""
    return _Pages(rows, body).pages


class _Pages:
    """Rows placed on pages one after another, each page filled before the next is begun."""

    def __init__(self, rows: list[_Row], body: float) -> None:
        self.body = body
        self.pages: list[_Page] = []
        self.y = 0.0
        self.margin = 0.0  # the bottom margin of the row above, collapsed with the next top one
        heights: dict[int, float] = {}
        for row in rows:
            if row.group:
                heights[row.group] = heights.get(row.group, 0.0) + row.height
        short = {group: height for group, height in heights.items() if height <= body * SHORT_TABLE}
        pending = list(reversed(rows))
        while pending:
            row = pending.pop()
            if row.section is not None or not self.pages:
                self.new_page(row.section.running_head if row.section is not None else "")
            needed = self.gap(row) + row.height
            if row.group in short:
                needed = self.gap(row) + short.pop(row.group)  # a short table goes over whole
            elif row.keep_with_next and pending:
                needed += _kept_height(pending)
            if row.fill is not None:
                self.fill(row, *row.fill)
                continue
            if self.y + needed > body and self.page.placed:
                self.new_page()
            if not self.page.placed and row.header is not None:
                self.put(row.header)  # a table carried on to a new page: its column heads again
            if self.y + self.gap(row) + row.height > body:  # taller than the room left: cut it
                parts = row.split(body - self.y - self.gap(row))
                if parts is not None:
                    self.put(parts[0])
                    pending.append(parts[1])
                    self.new_page()
                    continue
            self.put(row)

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    def new_page(self, head: str | None = None) -> None:
        """Begin a page; its running head is the section's, or the page before's."""
        self.pages.append(_Page(self.page.head if head is None else head))
        self.y, self.margin = 0.0, 0.0

    def gap(self, row: _Row) -> float:
        return max(self.margin, row.margin_top) if self.page.placed else 0.0

    def put(self, row: _Row) -> None:
        self.y += self.gap(row)
        self.page.placed.append((self.y, row))
        self.y += row.height
        self.margin = row.margin_bottom

    def fill(self, row: _Row, least: int, most: int) -> None:
        """Ruled lines: as many as the room left allows, up to `most`; on a new page only if
        fewer than `least` would fit here."""
        count = min(most, int((self.body - self.y - self.gap(row)) // row.height))
        if count < least and self.page.placed:
            self.new_page()
            count = min(most, int(self.body // row.height))
        for _ in range(max(count, 1)):
            self.put(row)


def _kept_height(pending: list[_Row]) -> float:
    """The height of the next rows a heading or column heads must share a page with."""
    total = 0.0
    for row in reversed(pending):
        copies = row.fill[0] if row.fill is not None else 1
        total += row.margin_top + row.height * copies
        if not row.keep_with_next:
            break
    return total


# -- painting --------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class _Frame:
    """Where things go on a page, in device pixels from the top-left of the margins."""

    width: float
    header: float  # height of the band above the body: running head, page number, rule
    body: float
    footer: float  # height of the band under the body, for the footer text


def _frame(device: QPagedPaintDevice, furniture: _Ink, footer: str) -> _Frame:
    metrics = furniture.metrics
    width = float(device.width())
    gap = metrics.height() * 0.9
    footer_text = metrics.boundingRect(
        QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), footer
    ).height()
    header = metrics.height() + gap
    body = float(int(device.height() - header - footer_text - gap))
    return _Frame(width=width, header=header, body=body, footer=device.height() - header - body)


def _paint_body(painter: QPainter, inks: _Inks, frame: _Frame, page: _Page) -> None:
    current: list[_Ink | None] = [None]
    for y, row in page.placed:
        top = frame.header + y
        for box in row.boxes:
            _paint_box(painter, box, top, row.height, current)
        _paint_borders(painter, row, top)
        current[0] = None  # the pen is a border's now


def _paint_box(
    painter: QPainter, box: _Box, top: float, height: float, current: list[_Ink | None]
) -> None:
    """A box's shading and text (its borders are drawn with the row's)."""
    if box.background is not None:
        painter.fillRect(QRectF(box.x, top, box.width, height), box.background)
    pad_top, pad_right, _, pad_left = box.padding
    y = top + box._border(0) + pad_top
    inner = box.width - pad_left - pad_right
    for line in box.lines:
        if box.align == "center":
            x = box.x + pad_left + (inner - line.width) / 2
        elif box.align == "right":
            x = box.x + pad_left + inner - line.width
        else:
            x = box.x + pad_left
        baseline = y + line.ascent
        for offset, ink, text in line.runs:
            if current[0] is not ink:  # a new font and pen only when the ink changes
                painter.setFont(ink.font)
                painter.setPen(ink.color)
                current[0] = ink
            painter.drawText(QPointF(x + offset, baseline), text)
        y += line.height


def _paint_borders(painter: QPainter, row: _Row, top: float) -> None:
    """The row's borders; a rule under a whole row of cells is drawn as one line."""
    bottom = top + row.height
    lines: list[tuple[_Edge, float, float, float, float]] = []
    for box in row.boxes:
        left, right = box.x, box.x + box.width
        upper_edge, right_edge, lower_edge, left_edge = box.borders
        if upper_edge is not None:
            lines.append(
                (upper_edge, left, top + upper_edge[0] / 2, right, top + upper_edge[0] / 2)
            )
        if lower_edge is not None:
            y = bottom - lower_edge[0] / 2
            if lines and lines[-1][0] is lower_edge and lines[-1][3] == left and lines[-1][2] == y:
                lines[-1] = (lower_edge, lines[-1][1], y, right, y)  # the same rule, carried on
            else:
                lines.append((lower_edge, left, y, right, y))
        if left_edge is not None:
            x = left + left_edge[0] / 2
            lines.append((left_edge, x, top, x, bottom))
        if right_edge is not None:
            x = right - right_edge[0] / 2
            lines.append((right_edge, x, top, x, bottom))
    for (width, color), x1, y1, x2, y2 in lines:
        painter.setPen(QPen(color, width))
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))


def _paint_head(painter: QPainter, ink: _Ink, frame: _Frame, head: str, number: str) -> None:
    """The running head and the page number, above a rule."""
    painter.save()
    painter.setFont(ink.font)
    metrics = ink.metrics
    painter.setPen(QPen(Qt.GlobalColor.black, metrics.height() / 24))  # a half-point rule
    line = metrics.height()
    room = frame.width - metrics.horizontalAdvance(number) - metrics.horizontalAdvance("    ")
    elided = metrics.elidedText(head, Qt.TextElideMode.ElideRight, room)
    painter.drawText(QRectF(0, 0, room, line), int(Qt.AlignmentFlag.AlignLeft), elided)
    painter.drawText(QRectF(0, 0, frame.width, line), int(Qt.AlignmentFlag.AlignRight), number)
    painter.drawLine(QPointF(0, line * 1.25), QPointF(frame.width, line * 1.25))
    painter.restore()


def _paint_foot(painter: QPainter, ink: _Ink, frame: _Frame, footer: str) -> None:
    """The confidentiality notice under the body, below a hairline rule."""
    painter.save()
    painter.setFont(ink.font)
    line = ink.metrics.height()
    top = frame.header + frame.body + line * 0.45
    painter.setPen(QPen(Qt.GlobalColor.black, line / 48))
    painter.drawLine(QPointF(0, top), QPointF(frame.width, top))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(
        QRectF(0, top + line * 0.2, frame.width, frame.footer),
        int(Qt.TextFlag.TextWordWrap),
        footer,
    )
    painter.restore()
