"""View → Appearance: as the system, light or dark; remembered; text readable on every part."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from carebook.ui import appearance
from carebook.ui.main_window import MainWindow

Role = QPalette.ColorRole


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_dark_palette_keeps_every_text_readable() -> None:
    palette = appearance.dark_palette()
    for text, ground in (
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
        (Role.Accent, Role.Base),
    ):
        ratio = contrast(palette.color(text), palette.color(ground))
        assert ratio >= 4.5, (text.name, ground.name, round(ratio, 2))
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.Text)
    assert 2.5 <= contrast(disabled, palette.color(Role.Base)) < 4.5  # greyed, still legible
    assert _luminance(palette.color(Role.Window)) < 0.05  # dark indeed


def test_dark_then_as_the_system_again_is_remembered_for_the_next_start(
    app: QApplication,
) -> None:
    before = app.palette().color(Role.Window).name()
    appearance.apply(appearance.DARK)
    assert app.palette().color(Role.Window).name() == "#2b2d30"
    assert app.style().name().casefold() == "fusion"
    assert QSettings().value("window/appearance") == "dark"
    assert appearance.chosen() == appearance.DARK

    appearance.apply(appearance.SYSTEM)
    assert app.palette().color(Role.Window).name() == before
    assert appearance.chosen() == appearance.SYSTEM


def test_the_view_menu_offers_the_four_and_ticks_the_one_in_use(
    app: QApplication, window: MainWindow
) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view, QMenu)
    menu = next(a.menu() for a in view.actions() if a.text() == "A&ppearance")
    assert isinstance(menu, QMenu)
    actions = menu.actions()
    assert [a.text() for a in actions] == ["As the &system", "&Light", "&Dark", "&High contrast"]
    assert [a.isChecked() for a in actions] == [True, False, False, False]
    actions[2].trigger()
    assert app.palette().color(Role.Window).name() == "#2b2d30"
    assert [a.isChecked() for a in actions] == [False, False, True, False]
    actions[1].trigger()
    assert _luminance(app.palette().color(Role.Window)) > 0.5
    assert appearance.chosen() == appearance.LIGHT
