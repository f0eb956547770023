"""The team key's recovery phrase as a QR code on screen, for a phone or another computer to read.

The code holds the phrase exactly as it is written (11 groups of capitals and digits): QR's
alphanumeric mode, version 4 at the medium error correction, 33 modules a side. It is drawn in
memory, never written to a file, and cleared with the phrase.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from carebook.core.words import translate

#: Screen pixels per module: a code about 170 pixels wide, which phone cameras read at arm's
#: length from a laptop's screen.
MODULE_PIXELS = 4
#: The quiet zone around the code the standard asks for, in modules.
QUIET_MODULES = 4


def code_image(text: str, module: int = MODULE_PIXELS) -> QImage:
    """The QR code of `text`, black on white with its quiet zone, `module` pixels a module."""
    # Imported only here: the encoder is needed only when a key is shown.
    import segno

    code = segno.make(text, error="m")
    rows = [list(row) for row in code.matrix_iter(border=QUIET_MODULES)]
    side = len(rows) * module
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for y, row in enumerate(rows):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(x * module, y * module, module, module, QColor("black"))
    finally:
        painter.end()
    return image


class KeyCode(QLabel):
    """A QR code of the phrase shown (empty until `show_code`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Sync", "The recovery phrase as a QR code"))
        self.setToolTip(
            translate("Sync", "A phone or another computer's camera reads the phrase from it")
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.text_shown = ""

    def show_code(self, text: str) -> None:
        self.text_shown = text
        image = code_image(text)
        self.setPixmap(QPixmap.fromImage(image))
        self.setFixedSize(QSize(image.width(), image.height()))

    def forget(self) -> None:
        self.text_shown = ""
        self.clear()
