"""carebook's icons: line drawings from resources/icons, drawn in the palette's text colour."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from carebook.core.resource_files import resource

#: Every icon carebook draws, by name: a file <name>.svg under resources/icons.
NAMES = frozenset(
    {
        "about",
        "activity",
        "agenda",
        "backup",
        "calendar",
        "check",
        "directory",
        "export",
        "find",
        "import",
        "keyboard",
        "lock",
        "medicine",
        "new",
        "next",
        "patient",
        "pdf",
        "preferences",
        "previous",
        "print",
        "quit",
        "redo",
        "restore",
        "sample",
        "task",
        "timer",
        "today",
        "undo",
    }
)


@functools.cache
def drawing(name: str) -> str:
    """The SVG text of icon `name`, its strokes in "currentColor"."""
    if name not in NAMES:
        raise KeyError(f"carebook has no icon {name!r}")
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


class LineIcon(QIconEngine):
    """Draws one line icon at whatever size is asked (so 150 % scaling stays sharp), in the
    palette's text colour, greyed as the palette greys text when the action is disabled, and
    in the highlighted text colour when selected."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        palette = QGuiApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if mode == QIcon.Mode.Selected
            else QPalette.ColorRole.WindowText
        )
        colour = palette.color(group, role).name()
        renderer = self._renderers.get(colour)
        if renderer is None:
            svg = drawing(self.name).replace("currentColor", colour)
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            self._renderers[colour] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        self._renderer(mode).render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QPixmap(size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return image

    def clone(self) -> QIconEngine:
        return LineIcon(self.name)

    def key(self) -> str:
        return "carebook-line"

    def isNull(self) -> bool:
        return False


def icon(name: str) -> QIcon:
    """Icon `name` (one of NAMES) for an action, a tab or a button."""
    drawing(name)  # an unknown name fails here, not silently as an empty icon
    return QIcon(LineIcon(name))
