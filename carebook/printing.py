"""HTML reports to PDF with Qt: paged, each page with a running head, its number and a footer."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextOption,
    QTextTable,
)

from carebook.reports import CONFIDENTIALITY_NOTICE, RUNNING_HEAD, paper_for_territory

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
#: Dots per inch of the PDF's coordinate system; text and rules are vectors either way.
RESOLUTION = 300
#: Paper margins in millimetres (left, top, right, bottom): inside what office printers reach.
MARGINS_MM = (14.0, 12.0, 14.0, 12.0)
BODY_POINTS = 10.0
FURNITURE_POINTS = 10.0
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Helvetica"]
#: Qt reads CSS lengths in pixels of 1/96 inch and scales them to the device.
CSS_DPI = 96.0
#: A table shorter than this fraction of a page is kept on one page with its heading.
SHORT_TABLE = 3
#: Keeping rows together takes a few layout passes (each fix moves what follows it); a cap.
MAX_PASSES = 20


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
    """"letter" where the user's locale prints on US Letter (US, Canada, …), else "a4"."""
    return paper_for_territory(QLocale.territoryToCode(QLocale().territory()))


def write_pdf(html: str, path: Path, paper: str, *,
              footer: str = CONFIDENTIALITY_NOTICE) -> int:
    """Render `html` to a PDF at `path` on `paper` ("a4" or "letter"); the number of pages.

    The PDF is written to a temporary file beside `path` and renamed over it only once complete,
    so a failed export never leaves half a PDF (or spoils an earlier one). It is readable by its
    owner only: it holds health information.
    """
    if paper not in PAGE_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAGE_SIZES)}, not {paper!r}")
    ensure_app()
    if not path.parent.is_dir():
        raise FileNotFoundError(f"the folder {path.parent} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                         dir=path.parent)
    os.close(handle)
    try:
        pages = _render(html, Path(temporary), paper, footer)
        _sync(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages


def _sync(path: Path) -> None:
    # Qt has closed the file; make its bytes durable before the rename makes it the export.
    if path.stat().st_size == 0:
        raise OSError(f"could not write {path.name}: nothing was written")
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


@dataclass(slots=True, frozen=True)
class _Frame:
    """Where things go on a page, in device pixels from the top-left of the margins."""

    width: float
    header: float  # height of the band above the body: running head, page number, rule
    body: float
    footer: float  # height of the band under the body, for the footer text


def _render(html: str, target: Path, paper: str, footer: str) -> int:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    writer.setPageMargins(QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter)
    writer.setCreator("carebook")
    furniture = _font(FURNITURE_POINTS)
    frame = _frame(writer, furniture, footer)
    document = _document(html, writer, QSizeF(frame.width, frame.body))
    _keep_rows_together(document, frame.body)
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    writer.setTitle(title)
    heads = _running_heads(document, frame.body)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write {target.name}")
    try:
        pages = document.pageCount()
        for index in range(pages):
            if index:
                writer.newPage()
            # Head, body, foot: the order text is read back in (a screen reader, a search).
            head = next((text for first, text in reversed(heads) if first <= index), title)
            _paint_head(painter, furniture, frame, head, f"Page {index + 1} of {pages}")
            _paint_body(painter, document, frame, index)
            _paint_foot(painter, furniture, frame, footer)
    finally:
        painter.end()
    return pages


def _font(points: float) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    return font


def _frame(writer: QPdfWriter, furniture: QFont, footer: str) -> _Frame:
    metrics = QFontMetricsF(furniture, writer)
    width = float(writer.width())
    gap = metrics.height() * 0.9
    footer_text = metrics.boundingRect(QRectF(0, 0, width, 10_000),
                                       int(Qt.TextFlag.TextWordWrap), footer).height()
    header = metrics.height() + gap
    bottom = footer_text + gap
    # A whole number of pixels: Qt rounds the page height it lays out with, and a page found
    # from a position must be the page Qt put it on.
    body = float(int(writer.height() - header - bottom))
    return _Frame(width=width, header=header, body=body, footer=writer.height() - header - body)


def _document(html: str, writer: QPdfWriter, page: QSizeF) -> QTextDocument:
    """The HTML laid out in pages of `page`, measured in the PDF's own units."""
    document = QTextDocument()
    # Laying out on the PDF device makes point sizes exact at its resolution.
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_font(BODY_POINTS))
    document.setDocumentMargin(0)
    option = document.defaultTextOption()
    # Long names and addresses wrap, even inside a word if they must, and are never cut off.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    _restore_margins_after_tables(document)
    document.setPageSize(page)
    return document


def _restore_margins_after_tables(document: QTextDocument) -> None:
    """Give each block that follows a table the top margin Qt would otherwise drop.

    Qt ignores the top margin of a block straight after a table (a heading would touch the
    table above it, and could not be pushed down to the next page), but honours it after an
    empty block, which it hides there; so one is put in.
    """
    cursors = []
    frames = document.rootFrame().begin()
    after_table = False
    while not frames.atEnd():
        block = frames.currentBlock()
        if after_table and block.isValid() and block.text():
            cursors.append(QTextCursor(block))
        after_table = isinstance(frames.currentFrame(), QTextTable)
        frames += 1
    edit = QTextCursor(document)
    edit.beginEditBlock()  # one edit: Qt lays the document out once, not once per table
    for cursor in cursors:  # cursors follow the edits made before them
        cursor.insertBlock()
    edit.endEditBlock()


def _keep_rows_together(document: QTextDocument, page_height: float) -> None:
    """Keep table rows whole, and headings with what they head, across page ends.

    Qt splits a row between two lines of text, so a visit or a task can be half on one page and
    half on the next; and after a table that ends near the foot of a page it may even print a
    heading across the page end. A split row gets an empty, borderless row before it that ends
    its page; a heading left at the foot of a page, or cut by its end, is pushed to the next
    page's top. A fix moves everything after it until the next forced page break, so each pass
    makes at most one fix per stretch between forced breaks, all planned on one fresh layout.
    """
    for _ in range(MAX_PASSES):
        # Lay out everything afresh each time: after a change of page size or an edit inside
        # a table Qt re-lays out only part of the document, leaving later positions (and its
        # index of where each page's painting starts) stale.
        document.markContentsDirty(0, document.characterCount())
        fixes = _plan_fixes(document, page_height)
        if not fixes:
            return
        # From the end backwards, so that no fix moves the position of one still to make; as
        # one edit, so that Qt lays the document out again once, not after every fix.
        edit = QTextCursor(document)
        edit.beginEditBlock()
        for fix in sorted(fixes, key=lambda fix: fix.position, reverse=True):
            fix.apply(document)
        edit.endEditBlock()


@dataclass(slots=True, frozen=True)
class _Fix:
    """End the page before `row` of `table`, or push the block at `position` down by `push`
    document pixels."""

    position: int
    push: float = 0.0
    table: QTextTable | None = None
    row: int = 0

    def apply(self, document: QTextDocument) -> None:
        if self.table is not None:
            _insert_page_end(self.table, self.row)
            return
        block = document.findBlock(self.position)
        device = document.documentLayout().paintDevice()
        scale = device.logicalDpiY() / CSS_DPI if device is not None else 1.0
        block_format = block.blockFormat()
        before = max(block_format.topMargin(), block.previous().blockFormat().bottomMargin())
        block_format.setTopMargin(before + self.push / scale)
        QTextCursor(block).setBlockFormat(block_format)


def _plan_fixes(document: QTextDocument, page_height: float) -> list[_Fix]:
    """The first fix needed in each stretch between forced page breaks, if any."""
    fixes: list[_Fix] = []
    fixed_in_stretch = False
    frames = document.rootFrame().begin()
    while not frames.atEnd():
        block, table = frames.currentBlock(), frames.currentFrame()
        if block.isValid() and _breaks_before(block):
            fixed_in_stretch = False  # a new stretch, which earlier fixes cannot move
        elif not fixed_in_stretch:
            fix = (_table_fix(document, table, page_height) if isinstance(table, QTextTable)
                   else _block_fix(document, block, page_height) if block.isValid() else None)
            if fix is not None:
                fixes.append(fix)
                fixed_in_stretch = True
        frames += 1
    return fixes


def _top(document: QTextDocument, block: QTextBlock) -> float:
    """Where the block's first line starts, in document pixels.

    (Its bounding rectangle starts where the block was placed, which is above the line when
    Qt has moved the line on to the next page.)
    """
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return top + layout.lineAt(0).y() if layout.lineCount() else top


def _to_next_page(document: QTextDocument, block: QTextBlock, page_height: float) -> _Fix:
    """A push that starts the block at the top of the page after the one it starts on."""
    top = _top(document, block)
    return _Fix(block.position(), push=(top // page_height + 1) * page_height - top + 1)


def _block_fix(document: QTextDocument, block: QTextBlock, page_height: float) -> _Fix | None:
    """A fix for a block with a line across the end of a page, if it has one."""
    if not block.text():
        return None  # the empty block Qt hides after a table
    bounds = document.documentLayout().blockBoundingRect(block)
    top = bounds.top()
    if top // page_height == (bounds.bottom() - 1) // page_height:
        return None  # within one page
    layout = block.layout()
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        start = top + line.y()
        if int(start // page_height) != int((start + line.height() - 1) // page_height):
            return _to_next_page(document, block, page_height)
    return None


def _table_fix(document: QTextDocument, table: QTextTable, page_height: float) -> _Fix | None:
    """A fix for the table's first split row, or for its heading left behind, if needed."""
    layout = document.documentLayout()
    first_body = min(table.format().headerRowCount(), table.rows() - 1)
    heading = document.findBlock(table.firstPosition() - 1)
    table_top = _row_extent(layout, table, 0)[0]
    table_bottom = _row_extent(layout, table, table.rows() - 1)[1]
    page = table_top // page_height
    if (table_bottom - 1) // page_height == page and (
            not heading.isValid() or _top(document, heading) // page_height == page):
        return None  # all on one page, with its heading: the common case, found quickly
    for row in range(first_body, table.rows()):
        top, bottom = _row_extent(layout, table, row)
        if row == first_body and table_bottom - top < page_height / SHORT_TABLE:
            bottom = table_bottom  # a short table goes over whole, not a row or two behind
        split = int((bottom - 1) // page_height) > int(top // page_height)
        if row == first_body:
            if not heading.isValid() or not heading.text() or _breaks_before(heading):
                continue
            heading_top = _top(document, heading)
            left_behind = split or top // page_height > heading_top // page_height
            if left_behind and heading_top % page_height >= 1:
                return _to_next_page(document, heading, page_height)
        elif split and bottom - top < page_height / 2:  # a taller row could never fit anyway
            return _Fix(table.firstPosition(), table=table, row=row)
    return None


def _row_extent(layout: QAbstractTextDocumentLayout, table: QTextTable,
                row: int) -> tuple[float, float]:
    """The top of the row's first lines and the bottom of its last ones, in document pixels."""
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _breaks_before(block: QTextBlock) -> bool:
    return bool(block.blockFormat().pageBreakPolicy()
                & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _insert_page_end(table: QTextTable, row: int) -> None:
    """Put an invisible row before `row` that ends the page, so `row` starts the next one.

    (A page break inside the row's own cells would make Qt skip a whole page.)
    """
    table.insertRows(row, 1)
    table.mergeCells(row, 0, 1, table.columns())
    cell = table.cellAt(row, 0)
    cell_format = cell.format().toTableCellFormat()
    cell_format.setPadding(0)
    for set_width, set_style in (
            (cell_format.setTopBorder, cell_format.setTopBorderStyle),
            (cell_format.setBottomBorder, cell_format.setBottomBorderStyle),
            (cell_format.setLeftBorder, cell_format.setLeftBorderStyle),
            (cell_format.setRightBorder, cell_format.setRightBorderStyle)):
        set_width(0)
        set_style(QTextFrameFormat.BorderStyle.BorderStyle_None)
    cell_format.clearBackground()
    cell.setFormat(cell_format)
    cursor = cell.firstCursorPosition()
    block_format = cursor.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)
    block_format.setTopMargin(0)
    block_format.setBottomMargin(0)
    # A hairline, so the empty line fits in whatever room the page has left. (Not a tiny font:
    # the character format at a cell's start is the cell's own format, and replacing it
    # wrecks the table.)
    block_format.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(block_format)


def _running_heads(document: QTextDocument, page_height: float) -> list[tuple[int, str]]:
    """(first page, text) of each running-head anchor in the document, in page order."""
    heads = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            for name in fragments.fragment().charFormat().anchorNames():
                if name.startswith(RUNNING_HEAD):
                    page = int(_top(document, block) // page_height)
                    heads.append((page, name.removeprefix(RUNNING_HEAD)))
            fragments += 1
        block = block.next()
    return heads


def _paint_body(painter: QPainter, document: QTextDocument, frame: _Frame, index: int) -> None:
    """Draw the slice of the laid-out document that falls on page `index`."""
    view = QRectF(0, index * frame.body, frame.width, frame.body)
    painter.save()
    painter.translate(0, frame.header - view.top())
    painter.setClipRect(view)
    context = QAbstractTextDocumentLayout.PaintContext()
    # Qt draws whatever touches the clip; a block that merely touches this page's top or foot
    # belongs to the page next to it, and drawn here (even clipped away) its text would be read
    # twice by a search or a screen reader.
    context.clip = view.adjusted(0, 0.5, 0, -0.5)
    palette = context.palette
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)  # never a theme's colour
    context.palette = palette
    document.documentLayout().draw(painter, context)
    painter.restore()


def _paint_head(painter: QPainter, font: QFont, frame: _Frame, head: str, number: str) -> None:
    """The running head and the page number, above a rule."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black, RESOLUTION / 144))  # a half-point rule
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.height()
    room = frame.width - metrics.horizontalAdvance(number) - metrics.horizontalAdvance("    ")
    elided = metrics.elidedText(head, Qt.TextElideMode.ElideRight, room)
    painter.drawText(QRectF(0, 0, room, line), int(Qt.AlignmentFlag.AlignLeft), elided)
    painter.drawText(QRectF(0, 0, frame.width, line), int(Qt.AlignmentFlag.AlignRight), number)
    painter.drawLine(0, int(line * 1.25), int(frame.width), int(line * 1.25))
    painter.restore()


def _paint_foot(painter: QPainter, font: QFont, frame: _Frame, footer: str) -> None:
    """The footer under the body.

    It has no rule of its own: Qt already closes a table that runs on to the next page with a
    rule at the foot of the body, and two would look like one smudged line.
    """
    painter.save()
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    line = QFontMetricsF(font, painter.device()).height()
    painter.drawText(QRectF(0, frame.header + frame.body + line * 0.6, frame.width,
                            frame.footer), int(Qt.TextFlag.TextWordWrap), footer)
    painter.restore()
