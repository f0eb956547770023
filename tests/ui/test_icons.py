"""carebook's icons: every one is there, under its licence, and drawn in the palette's colours."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carebook.core.resource_files import resource
from carebook.ui.widgets.icons import NAMES, icon

FOLDER = resource("icons")


def _inked(image: QImage) -> set[str]:
    """The colours of the pixels an icon drew fully (its anti-aliased edges left out)."""
    seen = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                seen.add(pixel.name())
    return seen


@pytest.fixture
def palette(qtbot: QtBot) -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    chosen = QPalette(before)
    yield chosen
    app.setPalette(before)


def test_every_icon_named_has_its_drawing_and_every_drawing_is_named() -> None:
    drawings = {
        item.name.removesuffix(".svg") for item in FOLDER.iterdir() if item.name.endswith(".svg")
    }
    assert drawings == set(NAMES)
    for name in NAMES:
        root = ElementTree.fromstring(FOLDER.joinpath(f"{name}.svg").read_text(encoding="utf-8"))
        assert root.get("viewBox") == "0 0 24 24", name
        assert root.get("stroke") == "currentColor", name


def test_the_icons_say_their_licence() -> None:
    licence = FOLDER.joinpath("LICENSE").read_text(encoding="utf-8")
    assert "CC0 1.0" in licence and "drawn for carebook" in licence


@pytest.mark.parametrize("dark", [False, True])
def test_an_icon_is_drawn_in_the_palettes_text_colour_and_greyed_when_disabled(
    palette: QPalette, dark: bool
) -> None:
    text, grey = ("#e8eaed", "#7f8287") if dark else ("#1f1f1f", "#a0a0a0")
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(grey))
    QApplication.setPalette(palette)

    drawn = icon("print").pixmap(QSize(48, 48)).toImage()
    assert _inked(drawn) == {text}
    greyed = icon("print").pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage()
    assert _inked(greyed) == {grey}


def test_an_icon_is_sharp_at_any_size_asked() -> None:
    for side in (16, 24, 36, 48):
        image = icon("find").pixmap(QSize(side, side)).toImage()
        assert (image.width(), image.height()) == (side, side)
        assert _inked(image), side  # something drawn at every size


def test_an_unknown_icon_is_refused_not_shown_blank() -> None:
    with pytest.raises(KeyError, match="no icon 'flower'"):
        icon("flower")
