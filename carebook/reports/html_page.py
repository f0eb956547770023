"""A report as one self-contained HTML page: the stylesheet inline, nothing fetched."""

from __future__ import annotations

import base64
from html import escape

from carebook.core.words import language
from carebook.reports import PAPERS, stylesheet
from carebook.reports.document import (
    AlertBox,
    Block,
    Cell,
    Chart,
    Document,
    Heading,
    Line,
    Paragraph,
    Picture,
    Rule,
    Section,
    Table,
    WritingLines,
    glued,
)
from carebook.reports.trend_svg import svg


def render(document: Document, paper: str = "a4", *, page_furniture: bool = False) -> str:
    """The document as HTML for `paper` ("a4" or "letter").

    `page_furniture` is for a renderer that prints the notice on every page itself: the notice
    is then left out of the page so it is not printed twice.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    parts: list[str] = []
    for number, section in enumerate(document.sections):
        parts += _section(section, new_page=number > 0)
        if not page_furniture:
            parts.append(f'<p class="confidential">{_e(document.footer)}</p>')
    size = "A4" if paper == "a4" else "letter"
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(language())}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(document.title)}</title>\n"
        f"<style>\n{stylesheet()}\n@page {{ size: {size} portrait; }}\n</style>\n"
        f"</head>\n<body{_classes(document.style)}>\n" + "\n".join(parts) + "\n</body>\n</html>\n"
    )


def _e(text: str) -> str:
    return escape(text, quote=True)


def _section(section: Section, *, new_page: bool) -> list[str]:
    blocks = list(section.blocks)
    parts: list[str] = []
    if new_page:
        first = blocks[0] if blocks else None
        if isinstance(first, Paragraph):  # the page break rides on the kicker line
            parts.append(_paragraph(first, extra="new-page"))
            blocks = blocks[1:]
        else:
            parts.append('<div class="new-page"></div>')
    return parts + [_block(block) for block in blocks]


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        tag = f"h{min(max(block.level, 1), 3)}"
        return f"<{tag}>{_e(block.text)}</{tag}>"
    if isinstance(block, Paragraph):
        return _paragraph(block)
    if isinstance(block, Rule):
        return "<hr>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, AlertBox):
        body = "<br>".join(_line(line) for line in block.lines)
        return f'<table class="allergy-box" width="100%"><tr><td>{body}</td></tr></table>'
    if isinstance(block, WritingLines):
        rows = "".join("<tr><td>&nbsp;</td></tr>" for _ in range(block.most))
        return f'<table class="ruled" width="100%">{rows}</table>'
    if isinstance(block, Picture):
        data = base64.b64encode(block.content).decode("ascii")
        return (
            f'<p class="picture"><img src="data:{_e(block.media_type)};base64,{data}"'
            f' alt="{_e(block.alt)}" style="max-height: {block.lines * 1.2:.1f}em;'
            ' max-width: 40%;"></p>'
        )
    if isinstance(block, Chart):
        return f'<p class="chart">{svg(block.series, block.lines)}</p>'
    raise TypeError(f"not a report block: {block!r}")


def _paragraph(paragraph: Paragraph, extra: str = "") -> str:
    classes = " ".join(part for part in (paragraph.style, extra) if part)
    attribute = f' class="{classes}"' if classes else ""
    return f"<p{attribute}>{_line(paragraph.text)}</p>"


def _line(line: Line) -> str:
    out = []
    for span in line:
        classes = span.style.split()
        text = _e(glued(span.text))
        if "b" in classes:
            text = f"<b>{text}</b>"
            classes.remove("b")
        out.append(f'<span class="{" ".join(classes)}">{text}</span>' if classes else text)
    return "".join(out)


def _classes(*names: str) -> str:
    joined = " ".join(name for name in names if name)
    return f' class="{joined}"' if joined else ""


def _table(table: Table) -> str:
    parts = [f'<table class="{table.style}" width="100%">']
    widths = [f' width="{column.width}%"' for column in table.columns]
    if table.headed:
        heads = "".join(
            f"<th{width}{_classes(column.style)}>{_e(column.title)}</th>"
            for column, width in zip(table.columns, widths, strict=True)
        )
        parts.append(f"<thead><tr>{heads}</tr></thead><tbody>")
    for number, row in enumerate(table.rows):
        cells = []
        for column, width, cell in zip(table.columns, widths, row, strict=True):
            # Widths on the first row only: they hold for the column, and keep the page small.
            sized = width if number == 0 and not table.headed else ""
            cells.append(f"<td{sized}{_classes(column.style, cell.style)}>{_cell(cell)}</td>")
        parts.append(f"<tr>{''.join(cells)}</tr>")
    if table.headed:
        parts.append("</tbody>")
    parts.append("</table>")
    return "".join(parts)


def _cell(cell: Cell) -> str:
    return "<br>".join(_line(line) for line in cell.lines)
