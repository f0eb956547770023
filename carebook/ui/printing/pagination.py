"""Rows placed on pages, in order, each page filled before the next is begun.

A table's column heads come again on each page it runs on to, a heading stays with what it
heads, a short table goes on to the next page whole, no page holds a single row of a table,
and ruled lines fit the room left (or are left out: they never take a page of their own).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from carebook.ui.printing.rows import Row

#: A table no taller than this fraction of a page goes on to the next page whole, with its
#: heading, rather than leaving a row or two behind.
SHORT_TABLE = 1 / 3


@dataclass(slots=True)
class Page:
    """One page: its running head, and its rows with the height each is placed at."""

    head: str
    placed: list[tuple[float, Row]] = field(default_factory=list)


def paginate(rows: list[Row], body: float) -> list[Page]:
    """Place the rows on pages of height `body`, in order."""
    return _Pages(rows, body).pages


class _Pages:
    """Rows placed on pages one after another, each page filled before the next is begun."""

    def __init__(self, rows: list[Row], body: float) -> None:
        self.body = body
        self.pages: list[Page] = []
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
            if _heads_lines(row, pending) and self.y + needed > body and self.page.placed:
                pending.pop()  # no room here for the ruled lines: left out, with their heading
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
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self, head: str | None = None) -> None:
        """Begin a page; its running head is the section's, or the page before's."""
        self.pages.append(Page(self.page.head if head is None else head))
        self.y, self.margin = 0.0, 0.0

    def gap(self, row: Row) -> float:
        return max(self.margin, row.margin_top) if self.page.placed else 0.0

    def put(self, row: Row) -> None:
        self.y += self.gap(row)
        self.page.placed.append((self.y, row))
        self.y += row.height
        self.margin = row.margin_bottom

    def fill(self, row: Row, least: int, most: int) -> None:
        """Ruled lines: as many as the room left allows, up to `most`; none if fewer than
        `least` would fit (with the heading over them): they never take a page of their own."""
        count = min(most, int((self.body - self.y - self.gap(row)) // row.height))
        if count < max(least, 1):
            while self.page.placed and self.page.placed[-1][1].keep_with_next:
                self.unput()  # the heading of the lines, with them
            return
        for _ in range(count):
            self.put(row)

    def unput(self) -> None:
        """Take the last row placed off the page."""
        self.page.placed.pop()
        if self.page.placed:
            y, last = self.page.placed[-1]
            self.y, self.margin = y + last.height, last.margin_bottom
        else:
            self.y, self.margin = 0.0, 0.0


def _kept_height(pending: list[Row]) -> float:
    """The height of the next rows a heading or column heads must share a page with."""
    total = 0.0
    for row in reversed(pending):
        copies = row.fill[0] if row.fill is not None else 1
        total += row.margin_top + row.height * copies
        if not row.keep_with_next:
            break
    return total


def _heads_lines(row: Row, pending: list[Row]) -> bool:
    """Whether `row` is the heading of ruled lines (the next row to place)."""
    return row.keep_with_next and bool(pending) and pending[-1].fill is not None
