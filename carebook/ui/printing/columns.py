"""A table's column widths on the page: its declared shares, widened so that no word is broken.

As a browser lays a table out, a column is never narrower than its widest word; the room it
needs is taken where it costs the fewest printed lines.
"""

from __future__ import annotations

from carebook.reports.document import Line, Span, Table
from carebook.ui.printing.inks import Inks, line_width, widest_word, wrap

#: Tables of more rows than this are balanced on their first rows only.
SAMPLED_ROWS = 40
#: The room moved between two columns at a time while balancing, as a fraction of the width.
STEP = 0.01


def cell_tag(tag: str, *styles: str) -> str:
    """ "td.tick.done": a cell's element with its column's and its own classes."""
    classes = [name for style in styles for name in style.split()]
    return ".".join((tag, *classes))


def column_widths(table: Table, inks: Inks, element: str, width: float) -> list[float]:
    """Each column's width: its share of `width`, moved a little at a time from column to
    column while that makes the table shorter.

    A column whose widest word does not fit is first widened to it, taking the room where it
    costs no line (a column whose every line fits with room to spare), else from the others.
    """
    shares = [width * column.width / 100 for column in table.columns]
    cells = _cells(table, inks, element)
    needs, longest = [0.0] * len(shares), [0.0] * len(shares)
    for index, column_cells in enumerate(cells):
        for lines, context in column_cells:
            frame = inks.frame(context)
            _, right, _, left = frame.padding
            for text in lines:
                needs[index] = max(
                    needs[index], widest_word(text, context, inks, frame.nowrap) + left + right
                )
                longest[index] = max(longest[index], line_width(text, context, inks) + left + right)
    short = sum(max(need - share, 0.0) for need, share in zip(needs, shares, strict=True))
    if short <= 0.0:
        if any(low > share for low, share in zip(longest, shares, strict=True)):  # a line wraps
            return _balanced(shares, needs, cells, inks, width * STEP)
        return shares
    if sum(needs) >= width:  # words too wide for the page: each column as its widest word
        return [width * need / sum(needs) for need in needs]
    widths = [max(need, share) for need, share in zip(needs, shares, strict=True)]
    spare = [
        max(given - max(low, need), 0.0)
        for given, low, need in zip(widths, longest, needs, strict=True)
    ]
    taken = min(short, sum(spare))
    if taken > 0.0:  # first the room no line needs
        widths = [
            given - part * taken / sum(spare) for given, part in zip(widths, spare, strict=True)
        ]
        short -= taken
    if short > 0.0:  # then from the others, in proportion to their room
        room = [max(given - need, 0.0) for given, need in zip(widths, needs, strict=True)]
        widths = [
            given - part * short / sum(room) for given, part in zip(widths, room, strict=True)
        ]
        widths = _balanced(widths, needs, cells, inks, width * STEP)
    return widths


_Cells = list[list[tuple[tuple[Line, ...], tuple[str, ...]]]]


def _cells(table: Table, inks: Inks, element: str) -> _Cells:
    """Each column's cells (the heading's first): their lines and the context they print in."""
    columns: _Cells = []
    for index, column in enumerate(table.columns):
        head = (*inks.root, element, "tr", cell_tag("th", column.style))
        title: tuple[Line, ...] = ((Span(column.title),),)
        cells = [(title, head)] if table.headed else []
        for row in table.rows:
            context = (*inks.root, element, "tr", cell_tag("td", column.style, row[index].style))
            cells.append((row[index].lines or ((),), context))
        columns.append(cells)
    return columns


def _balanced(
    widths: list[float], needs: list[float], cells: _Cells, inks: Inks, step: float
) -> list[float]:
    """The widths with room moved, a step at a time, from one column to another while that
    makes the table shorter (its rows as tall as their tallest cell)."""
    rows = min(len(cells[0]), SAMPLED_ROWS) if cells else 0
    widths = list(widths)

    def heights(index: int, given: float) -> list[float]:
        found = []
        for lines, context in cells[index][:rows]:
            frame = inks.frame(context)
            top, right, bottom, left = frame.padding
            inner = max(given - left - right, 1.0)
            printed = [
                part for text in lines for part in wrap(text, context, inks, inner, frame.nowrap)
            ]
            found.append(top + bottom + sum(part.height for part in printed))
        return found

    columns = [heights(index, given) for index, given in enumerate(widths)]
    total = sum(max(row) for row in zip(*columns, strict=True))
    for _ in range(40):
        best: tuple[float, float, int, int, list[float], list[float]] | None = None
        for moved in (step, step * 2, step * 4, step * 8):  # a line is often a few steps away
            for giver, given in enumerate(widths):
                if given - moved < needs[giver]:
                    continue
                less = heights(giver, given - moved)
                for taker in range(len(widths)):
                    if taker == giver:
                        continue
                    more = heights(taker, widths[taker] + moved)
                    trial = list(columns)
                    trial[giver], trial[taker] = less, more
                    height = sum(max(row) for row in zip(*trial, strict=True))
                    if height < total and (best is None or height < best[0]):
                        best = (height, moved, giver, taker, less, more)
        if best is None:
            break
        total, moved, giver, taker, less, more = best
        widths[giver] -= moved
        widths[taker] += moved
        columns[giver], columns[taker] = less, more
    return widths
