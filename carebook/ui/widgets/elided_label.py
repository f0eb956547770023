"""A one-line label that gives way to its neighbours by cutting its text in the middle."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """Shows as much of its text as fits, "…" in the middle (a long file path keeps its start
    and its name); the whole text is its tooltip and what a screen reader says."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        # Room for a few letters either side of the "…": the rest of the bar comes first.
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 12)), hint.height()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, room.width()
        )
        painter.drawText(room, int(self.alignment()), shown)
