"""Reports printed with Qt: laid out in pages, each with a running head, its number and a footer.

The layout is carebook's own rather than Qt's rich-text engine: a report is a column of rows
(paragraphs, table rows, ruled lines) whose heights are known before anything is drawn, so
a day of two thousand visits is paginated in one pass, a table row is never split between
pages, a table's headings come back at the top of each page it runs on to, a heading stays
with what it heads, and the notes space shrinks to the room a page has left.

`paint` does it in four steps, a module each: `inks` measures text on the device, `rows` lays
the report's blocks out as rows of boxes, `pagination` places the rows on pages, and
`painting` draws each page.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from carebook.core.words import translate
from carebook.reports import paper_for_territory
from carebook.reports.document import Document
from carebook.storage.output_files import put_in_place, temporary_beside
from carebook.storage.pdf_check import pdf_problem
from carebook.ui.printing.inks import Inks
from carebook.ui.printing.pagination import paginate
from carebook.ui.printing.painting import page_frame, paint_body, paint_foot, paint_head
from carebook.ui.printing.rows import document_rows

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
#: Dots per inch of the PDF's coordinate system; text and rules are vectors either way.
RESOLUTION = 300
#: Paper margins in millimetres (left, top, right, bottom): inside what office printers reach.
MARGINS_MM = (14.0, 12.0, 14.0, 12.0)
FURNITURE_POINTS = 10.0


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
    ink = Inks(device, document.style)
    furniture = ink.get(ink.root, FURNITURE_POINTS)
    frame = page_frame(device, furniture, document.footer)
    pages = paginate(document_rows(document, ink, frame.width), frame.body)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("PrintedPage", "could not start printing"))
    try:
        for index, page in enumerate(pages):
            if index:
                device.newPage()
            paint_head(
                painter,
                furniture,
                frame,
                page.head,
                translate("PrintedPage", "Page {page} of {pages}").format(
                    page=index + 1, pages=len(pages)
                ),
            )
            paint_body(painter, ink, frame, page)
            paint_foot(painter, furniture, frame, document.footer)
    finally:
        painter.end()
    return len(pages)
