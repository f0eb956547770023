"""A stack of pages as tall as the page shown, not as its tallest page."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """A QStackedWidget that asks for the room of its current page only: the month's grid
    must not keep the day's scrolling column (or the list) from shrinking on a small screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        # A page's own minimum (the month grid's rows) counts as much as its layout's.
        return page.minimumSizeHint().expandedTo(page.minimumSize())
