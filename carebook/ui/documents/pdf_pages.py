"""A PDF's pages drawn from its bytes in memory by PDFium (pypdfium2), never from a file."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage

_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}


class PdfPages:
    """An open PDF: how many pages, and each page as a picture at a scale (1.0 is 72 dpi)."""

    def __init__(self, content: bytes) -> None:
        # PDFium is loaded when the first PDF is opened, never at the window's start.
        import pypdfium2  # type: ignore[import-untyped]

        self._pdfium: Any = pypdfium2
        self._document: Any = pypdfium2.PdfDocument(content)

    def count(self) -> int:
        return len(self._document)

    def page(self, number: int, scale: float) -> QImage:
        """Page `number` (from 0) drawn at `scale`; a copy Qt owns."""
        page = self._document[number]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                _FORMATS.get(bitmap.mode, QImage.Format.Format_RGB888),
            ).copy()
            bitmap.close()
            return image
        finally:
            page.close()

    def close(self) -> None:
        self._document.close()
