"""A window's first size, cut to the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

#: The title bar and borders a window manager adds around a window.
FRAME = 40


def fitted(width: int, height: int, window: QWidget) -> QSize:
    """The window's first size: `width` × `height`, cut to the screen's free area (at 1366×768
    a panel and the window's frame leave less than 768 pixels)."""
    free = window.screen().availableGeometry()
    return QSize(min(width, free.width()), min(height, max(free.height() - FRAME, 0)))
