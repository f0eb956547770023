"""A report's blocks laid out as rows of boxes, whose heights are known before anything is drawn.

Everything on a page is a row of one or more boxes: table cells, a paragraph, a rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QImage

from carebook.reports.document import (
    AlertBox,
    Block,
    Cell,
    Chart,
    Column,
    Document,
    Heading,
    Line,
    Paragraph,
    Picture,
    Rule,
    Section,
    Span,
    Table,
    WritingLines,
)
from carebook.ui.charts.trend_chart import render_chart
from carebook.ui.printing.columns import cell_tag, column_widths
from carebook.ui.printing.inks import Edge, Inks, TextLine, edge, wrap


@dataclass(slots=True)
class Box:
    """A cell, a paragraph or a rule: a rectangle with padding, borders, shading and text."""

    x: float
    width: float
    padding: tuple[float, float, float, float]  # top right bottom left, device pixels
    lines: list[TextLine]
    align: str = "left"
    background: QColor | None = None
    borders: tuple[Edge | None, ...] = (None, None, None, None)  # top right bottom left
    #: A picture drawn at the box's top left, and its size in device pixels.
    image: QImage | None = None
    image_size: tuple[float, float] = (0.0, 0.0)

    @property
    def content_height(self) -> float:
        return sum(line.height for line in self.lines) + self.image_size[1]

    @property
    def height(self) -> float:
        top, _, bottom, _ = self.padding
        return self.border(0) + top + self.content_height + bottom + self.border(2)

    def border(self, side: int) -> float:
        """The width of the border on `side` (0 top, 1 right, 2 bottom, 3 left)."""
        border = self.borders[side]
        return border[0] if border is not None else 0.0


@dataclass(slots=True)
class Row:
    """What the paginator places: a row of boxes, and how it may be moved between pages."""

    boxes: list[Box]
    margin_top: float = 0.0
    margin_bottom: float = 0.0
    keep_with_next: bool = False  # a heading, a table's column heads, a table's first row
    # and the one before its last (so that no page holds a single row of a table)
    header: Row | None = None  # printed again first when this row starts a page
    section: Section | None = None  # starts a page, whose running head is the section's
    fill: tuple[int, int] | None = None  # ruled lines: (least, most) copies of this row
    group: int = 0  # rows of a short table and its heading share a group kept on one page
    height: float = 0.0

    def __post_init__(self) -> None:
        self.height = max((box.height for box in self.boxes), default=0.0)

    def split(self, room: float) -> tuple[Row, Row] | None:
        """This row cut between text lines so its first part fits `room`; None if none does."""
        firsts, rests = [], []
        for box in self.boxes:
            top, _, bottom, _ = box.padding
            fixed = box.border(0) + top + bottom + box.border(2)
            kept, used = [], fixed
            for line in box.lines:
                if used + line.height > room:
                    break
                kept.append(line)
                used += line.height
            firsts.append(
                Box(box.x, box.width, box.padding, kept, box.align, box.background, box.borders)
            )
            rests.append(
                Box(
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
            Row(firsts, self.margin_top, 0.0, header=self.header),
            Row(rests, 0.0, self.margin_bottom, header=self.header),
        )


def document_rows(document: Document, inks: Inks, width: float) -> list[Row]:
    """The document as rows `width` wide, in order; a section's first row starts a page."""
    rows: list[Row] = []
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
                if isinstance(block, Chart) and len(rows) > first:
                    rows[-1].keep_with_next = True  # what heads a chart goes over with it
                rows += _block(block, inks, width)
        if len(rows) == first:
            rows.append(Row([]))
        rows[first].section = section
    return rows


def _block(block: Block, inks: Inks, width: float) -> list[Row]:
    if isinstance(block, Heading):
        return _heading(block, inks, width)
    if isinstance(block, Paragraph):
        tag = "p." + ".".join(block.style.split()) if block.style else "p"
        return [_text_row((tag,), block.text, inks, width)]
    if isinstance(block, Rule):
        look = inks.look((*inks.root, "hr"))
        rule = Box(
            0, width, (0, 0, 0, 0), [], borders=(edge(look.border_top, inks), None, None, None)
        )
        return [Row([rule], inks.px(look.margin_top), inks.px(look.margin_bottom))]
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
    if isinstance(block, Picture):
        return _picture(block, inks, width)
    if isinstance(block, Chart):
        return _chart(block, inks, width)
    raise TypeError(f"not a report block: {block!r}")


def _picture(picture: Picture, inks: Inks, width: float) -> list[Row]:
    """A picture scaled to its height in lines (no wider than two fifths of the page); none
    when its file cannot be read as a picture (a PDF kept as a logo prints nothing)."""
    image = QImage.fromData(picture.content)
    if image.isNull() or not image.height():
        return []
    tall = inks.get(inks.root).height * picture.lines
    wide = tall * image.width() / image.height()
    if wide > width * 0.4:
        wide, tall = width * 0.4, width * 0.4 * image.height() / image.width()
    box = Box(0, width, (0, 0, 0, 0), [], image=image, image_size=(wide, tall))
    gap = inks.get(inks.root).height / 2
    return [Row([box], 0.0, gap)]


#: The widest a chart is drawn, in pixels (about 190 dpi across a page): sharp enough on
#: paper, and a few charts keep a PDF small.
CHART_PIXELS = 1400


def _chart(chart: Chart, inks: Inks, width: float) -> list[Row]:
    """A chart the body's width and its lines tall."""
    line = inks.get(inks.root).height
    tall = line * chart.lines
    scale = min(1.0, CHART_PIXELS / width)  # a printer's 300 dpi would make a heavy picture
    image = render_chart(chart.series, max(int(width * scale), 1), max(int(tall * scale), 1))
    box = Box(0, width, (0, 0, 0, 0), [], image=image, image_size=(width, tall))
    return [Row([box], line / 4, line / 2)]


def _heading(heading: Heading, inks: Inks, width: float, group: int = 0) -> list[Row]:
    tag = f"h{min(max(heading.level, 1), 3)}"
    row = _text_row((tag,), _plain(heading.text), inks, width)
    row.keep_with_next, row.group = True, group
    return [row]


def _plain(text: str) -> Line:
    return (Span(text),)


def _text_row(context: tuple[str, ...], text: Line, inks: Inks, width: float) -> Row:
    full = (*inks.root, *context)
    look = inks.look(full)
    box = _box(inks, 0, width, [text], full)
    return Row([box], inks.px(look.margin_top), inks.px(look.margin_bottom))


def _box(
    inks: Inks,
    x: float,
    width: float,
    lines: list[Line] | tuple[Line, ...],
    context: tuple[str, ...],
) -> Box:
    frame = inks.frame(context)
    _, right, _, left = frame.padding
    inner = max(width - left - right, 1.0)
    printed = [part for text in lines for part in wrap(text, context, inks, inner, frame.nowrap)]
    return Box(x, width, frame.padding, printed, frame.align, frame.background, frame.borders)


def _table(table: Table, inks: Inks, width: float, group: int = 0) -> list[Row]:
    element = "table." + ".".join(table.style.split())
    table_look = inks.look((*inks.root, element))
    edges, x = [], 0.0
    for span in column_widths(table, inks, element, width):
        edges.append((x, span))
        x += span
    rows: list[Row] = []
    header: Row | None = None
    if table.headed:
        boxes = []
        for column, (left, span) in zip(table.columns, edges, strict=True):
            context = (*inks.root, element, "tr", cell_tag("th", column.style, ""))
            boxes.append(_box(inks, left, span, [_plain(column.title)], context))
        header = Row(boxes, keep_with_next=True, group=group)
        rows.append(header)
    for cells in table.rows:
        boxes = []
        for column, (left, span), cell in zip(table.columns, edges, cells, strict=True):
            context = (*inks.root, element, "tr", cell_tag("td", column.style, cell.style))
            boxes.append(_box(inks, left, span, cell.lines or ((),), context))
        rows.append(Row(boxes, header=header, group=group))
    _keep_two_together(rows[1:] if header is not None else rows)
    if rows:
        rows[0].margin_top = inks.px(table_look.margin_top)
        rows[-1].margin_bottom = inks.px(table_look.margin_bottom)
    return rows


def _keep_two_together(body: list[Row]) -> None:
    """No row of a table alone on a page: the first row goes with the second (so the heading
    and column heads never head a single row), and the last two rows go over together."""
    if len(body) >= 2:
        body[0].keep_with_next = True
        body[-2].keep_with_next = True
