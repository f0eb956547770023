"""Light, dark or high contrast: carebook as the computer shows windows, or always one of them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory

#: The choices, as kept in QSettings (a display setting of this computer, never patient data).
SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high-contrast"
CHOICES = (SYSTEM, LIGHT, DARK, HIGH_CONTRAST)
_SETTING = "window/appearance"
#: The style and palette carebook started with, for going back to "as the system".
_started: tuple[str, QPalette] | None = None

Colour = QPalette.ColorRole
_DARK: dict[QPalette.ColorRole, str] = {
    Colour.Window: "#2b2d30",
    Colour.WindowText: "#e6e6e6",
    Colour.Base: "#1e1f22",
    Colour.AlternateBase: "#26282b",
    Colour.ToolTipBase: "#3a3c40",
    Colour.ToolTipText: "#e6e6e6",
    Colour.PlaceholderText: "#8c8f94",
    Colour.Text: "#e6e6e6",
    Colour.Button: "#36383c",
    Colour.ButtonText: "#e6e6e6",
    Colour.BrightText: "#ff6b6b",
    Colour.Light: "#4a4d52",
    Colour.Midlight: "#3c3f44",
    Colour.Mid: "#303236",
    Colour.Dark: "#1a1b1e",
    Colour.Shadow: "#101113",
    Colour.Highlight: "#2f6fb5",
    Colour.HighlightedText: "#ffffff",
    Colour.Link: "#78b4ff",
    Colour.LinkVisited: "#b69cff",
    Colour.Accent: "#6aa8ff",
}
#: Greyed text where something cannot be used now.
_DARK_DISABLED = "#7b7e83"


def dark_palette() -> QPalette:
    """A dark palette whose every role keeps text readable (checked by a test for contrast)."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (Colour.WindowText, Colour.Text, Colour.ButtonText, Colour.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED))
    palette.setColor(QPalette.ColorGroup.Disabled, Colour.Highlight, QColor("#3a3c40"))
    return palette


#: High contrast is black on white, not white on black: it reads best in daylight glare (a
#: laptop in a car or a bright kitchen) and white text on black blurs for the many older eyes
#: with astigmatism. Every text is at least 7:1 (WCAG AAA), greyed text 4.5:1; selection and
#: focus are a deep blue with white text, and the frames black, so both show at a glance.
_HIGH: dict[QPalette.ColorRole, str] = {
    Colour.Window: "#ffffff",
    Colour.WindowText: "#000000",
    Colour.Base: "#ffffff",
    Colour.AlternateBase: "#ebebeb",
    Colour.ToolTipBase: "#ffffff",
    Colour.ToolTipText: "#000000",
    Colour.PlaceholderText: "#4a4a4a",
    Colour.Text: "#000000",
    Colour.Button: "#f2f2f2",
    Colour.ButtonText: "#000000",
    Colour.BrightText: "#ffffff",
    Colour.Light: "#ffffff",
    Colour.Midlight: "#d9d9d9",
    Colour.Mid: "#5c5c5c",
    Colour.Dark: "#000000",
    Colour.Shadow: "#000000",
    Colour.Highlight: "#0037a6",
    Colour.HighlightedText: "#ffffff",
    Colour.Link: "#0033b3",
    Colour.LinkVisited: "#5b1a91",
    Colour.Accent: "#0037a6",
}
_HIGH_DISABLED = "#616161"


#: Fusion draws a text field's frame a shade darker than the window (#b6b6b6 on white, 2:1): in
#: high contrast each gets a black frame (21:1), and the one with the focus a thick blue one.
#: Lists to choose from and date fields keep Fusion's own look, which draws their arrows.
HIGH_CONTRAST_STYLE = """
QLineEdit[frame="true"], QPlainTextEdit, QTextEdit {
    border: 1px solid #000000; border-radius: 2px; padding: 2px;
}
QLineEdit[frame="true"]:focus, QPlainTextEdit:focus, QTextEdit:focus {
    border: 2px solid #0037a6; padding: 1px;
}
QLineEdit[frame="true"]:disabled { border-color: #616161; }
"""


def high_contrast_palette() -> QPalette:
    """Black on white with a deep blue selection; every text at least 7:1 (checked by a test)."""
    palette = QPalette()
    for role, colour in _HIGH.items():
        palette.setColor(role, QColor(colour))
    for role in (Colour.WindowText, Colour.Text, Colour.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_HIGH_DISABLED))
    # A selection in a window that is not active keeps its strength.
    for role in (Colour.Highlight, Colour.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Inactive, role, QColor(_HIGH[role]))
    palette.setColor(QPalette.ColorGroup.Disabled, Colour.Highlight, QColor("#5c5c5c"))
    palette.setColor(QPalette.ColorGroup.Disabled, Colour.HighlightedText, QColor("#ffffff"))
    return palette


def chosen() -> str:
    kept = QSettings().value(_SETTING, SYSTEM)
    return kept if kept in CHOICES else SYSTEM


def apply(choice: str) -> None:
    """Show every window in `choice` from now on, and remember it for the next start."""
    global _started
    app = QApplication.instance()
    if not isinstance(app, QApplication) or choice not in CHOICES:
        return
    if _started is None:
        _started = (app.style().name(), QPalette(app.palette()))
    hints = QGuiApplication.styleHints()
    # Telling the platform the scheme (dark title bars on Windows) needs Qt 6.8 or later.
    told = hasattr(hints, "setColorScheme")
    if choice == SYSTEM:
        if told:
            hints.unsetColorScheme()
        app.setStyle(_started[0])
        app.setPalette(_started[1])
    else:
        if told:
            hints.setColorScheme(Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light)
        # Fusion draws every control from the palette, so each scheme looks the same on
        # every system.
        app.setStyle("Fusion")
        fusion = QStyleFactory.create("Fusion")
        palettes = {DARK: dark_palette, HIGH_CONTRAST: high_contrast_palette}
        app.setPalette(palettes.get(choice, fusion.standardPalette)())
    app.setStyleSheet(HIGH_CONTRAST_STYLE if choice == HIGH_CONTRAST else "")
    QSettings().setValue(_SETTING, choice)


def apply_chosen() -> None:
    """At start: the appearance chosen last time (nothing to do for "as the system")."""
    if chosen() != SYSTEM:
        apply(chosen())


def appearance_menu(parent: QMenu) -> QMenu:
    """View → Appearance: As the system, Light, Dark, High contrast."""
    menu = parent.addMenu(QCoreApplication.translate("appearance", "A&ppearance"))
    group = QActionGroup(menu)
    names = {
        SYSTEM: QCoreApplication.translate("appearance", "As the &system"),
        LIGHT: QCoreApplication.translate("appearance", "&Light"),
        DARK: QCoreApplication.translate("appearance", "&Dark"),
        HIGH_CONTRAST: QCoreApplication.translate("appearance", "&High contrast"),
    }
    for choice, name in names.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(choice == chosen())
        action.triggered.connect(lambda _checked=False, c=choice: apply(c))
        group.addAction(action)
        menu.addAction(action)
    return menu
