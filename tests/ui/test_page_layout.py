"""The page printer: rows kept whole, column heads repeated, headings kept with what they head."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from carebook.reports.document import (
    Cell,
    Column,
    Document,
    Heading,
    Paragraph,
    Section,
    Span,
    Table,
    WritingLines,
    line,
)
from carebook.ui.printing import pages as printing

COLUMNS = (Column("✓", 4, "tick"), Column("Who", 36), Column("What", 60))


def _pages(path: Path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def _rows(count: int) -> tuple[tuple[Cell, ...], ...]:
    return tuple(
        (
            Cell((line("☐"),)),
            Cell((line(f"Row {n} first"), line(f"Row {n} second"))),
            Cell((line(f"Row {n} what"),)),
        )
        for n in range(count)
    )


def _write(tmp_path: Path, *sections: Section, paper: str = "a4") -> list[str]:
    path = tmp_path / "report.pdf"
    pages = printing.write_pdf(Document("A test report", list(sections)), path, paper)
    text = _pages(path)
    assert len(text) == pages
    return text


def test_a_long_table_carries_its_column_heads_on_to_every_page(tmp_path: Path) -> None:
    pages = _write(
        tmp_path,
        Section("Tasks", [Heading("Tasks (150)"), Table(COLUMNS, _rows(150), "grid tasks")]),
    )
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert text.startswith(f"Tasks Page {number} of {len(pages)}")
        assert "✓ Who What" in text  # the column heads, on each page
    together = " ".join(pages)
    for n in range(150):
        # A row is never split between pages: its two lines are on the same one.
        page = next(text for text in pages if f"Row {n} first" in text)
        assert f"Row {n} second" in page and f"Row {n} what" in page
        assert together.count(f"Row {n} first") == 1


def test_a_heading_is_never_left_at_the_foot_of_a_page(tmp_path: Path) -> None:
    filler = [Paragraph(line(f"Line {n} of the filler")) for n in range(56)]
    pages = _write(
        tmp_path,
        Section(
            "Head", [*filler, Heading("Overdue tasks"), Table(COLUMNS, _rows(40), "grid tasks")]
        ),
    )
    heading_page = next(n for n, text in enumerate(pages) if "Overdue tasks" in text)
    assert "Row 0 first" in pages[heading_page]


def test_a_short_table_goes_over_whole_with_its_heading(tmp_path: Path) -> None:
    filler = [Paragraph(line(f"Line {n} of the filler")) for n in range(50)]
    pages = _write(
        tmp_path,
        Section(
            "Head", [*filler, Heading("Reviews due"), Table(COLUMNS, _rows(6), "grid reviews")]
        ),
    )
    page = next(text for text in pages if "Reviews due" in text)
    assert all(f"Row {n} what" in page for n in range(6))


@pytest.mark.parametrize(("filler", "notes"), [(40, True), (48, False)])
def test_the_notes_lines_shrink_to_the_room_left(tmp_path: Path, filler: int, notes: bool) -> None:
    """Ruled lines take the room a page has left, and are left out (with their heading) when
    too few would fit: they never take a page of their own."""
    blocks = [Paragraph(line(f"Line {n} of the sheet")) for n in range(filler)]
    pages = _write(
        tmp_path, Section("Sheet", [*blocks, Heading("Notes"), WritingLines(most=6, least=2)])
    )
    assert len(pages) == 1
    assert ("Notes" in pages[-1]) is notes  # with its lines, never alone at a page's foot


def test_each_section_starts_a_page_with_its_own_running_head(tmp_path: Path) -> None:
    pages = _write(
        tmp_path,
        Section("First head", [Paragraph(line("One"))]),
        Section("Second head", [Paragraph(line("Two"))]),
    )
    assert [text.split(" Page")[0] for text in pages] == ["First head", "Second head"]


def test_a_word_wider_than_its_column_is_printed_whole(tmp_path: Path) -> None:
    word = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft"
    table = Table(
        COLUMNS,
        (
            (
                Cell((line("☐"),)),
                Cell((line(Span(word, "name")),)),
                Cell((line("Hyphen-ated-name-that-is-long"),)),
            ),
        ),
        "grid",
    )
    text = "".join(_write(tmp_path, Section("Names", [table]))[0].split())
    assert word in text and "Hyphen-ated-name-that-is-long" in text


def test_a_printer_gets_the_same_pages_as_the_pdf(tmp_path: Path, qapp: object) -> None:
    document = Document(
        "Report", [Section("Tasks", [Heading("Tasks"), Table(COLUMNS, _rows(120), "grid")])]
    )
    pdf_pages = printing.write_pdf(document, tmp_path / "a.pdf", "a4")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*printing.MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    assert printing.paint(document, printer) == pdf_pages
    assert len(_pages(tmp_path / "printer.pdf")) == pdf_pages


def _rows_on(page: str, count: int) -> list[int]:
    return [n for n in range(count) if f"Row {n} what" in page]


@pytest.mark.parametrize("filler", range(30, 56, 2))
def test_no_page_holds_a_single_row_of_a_table(tmp_path: Path, filler: int) -> None:
    """Wherever the page breaks, each page of a table holds two of its rows or more: its last
    row is never alone on a new page, and its heading never heads a single row."""
    blocks = [Paragraph(line(f"Line {n} of the filler")) for n in range(filler)]
    pages = _write(
        tmp_path, Section("Head", [*blocks, Heading("Visits"), Table(COLUMNS, _rows(24), "grid")])
    )
    placed = [_rows_on(page, 24) for page in pages]
    assert sorted(n for rows in placed for n in rows) == list(range(24))
    assert all(len(rows) != 1 for rows in placed), placed


def test_words_wrap_only_at_spaces_and_a_sign_stays_with_its_word(tmp_path: Path) -> None:
    """An allergy wider than its column widens it rather than breaking ("CLARITHROMY / CIN"),
    and the warning sign before it is never left alone on a line."""
    narrow = (Column("Who", 70), Column("Allergies", 12))
    names = ("CLARITHROMYCIN", "TRIMETHOPRIM", "CHLORHEXIDINE GLUCONATE")
    table = Table(
        (*narrow, Column("Notes", 18)),
        tuple(
            (
                Cell((line(f"Patient {n}"),)),
                Cell((line(Span(f"\u26a0 {name}", "allergy")),), "allergy-cell"),
                Cell((line("Co-codamol and carbonate/colecalciferol"),)),
            )
            for n, name in enumerate(names)
        ),
        "grid",
    )
    path = tmp_path / "report.pdf"
    printing.write_pdf(Document("Allergies", [Section("Allergies", [table])]), path, "a4")
    lines = [
        " ".join(unicodedata.normalize("NFKC", text).split())
        for page in PdfReader(path).pages
        for text in page.extract_text().splitlines()
    ]
    words = {word for text in lines for word in text.split()}
    assert {"CLARITHROMYCIN", "TRIMETHOPRIM", "CHLORHEXIDINE", "GLUCONATE"} <= words
    assert "\u26a0" not in {text.strip() for text in lines}  # the sign is never a line alone
    assert all(text.strip() != "\u26a0" for text in lines)
