"""The window's toolbar: the day's most used actions, each with its icon, short name and keys."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

from carebook.core.words import translate
from carebook.ui.widgets.accessible import without_mnemonic
from carebook.ui.widgets.icons import icon

#: A toolbar slot: an action's icon name, or None for a separator.
Slot = str | None
#: The toolbar, left to right: what a coordinator reaches for all day.
ORDER: tuple[Slot, ...] = (
    *("new", "find", None),
    *("previous", "today", "next", None),
    *("print", "pdf", None, "import", None, "timer", None),
    *("undo", "redo", None, "backup", "lock"),
)
#: Shown by their icon alone: the arrows and undo say what they do.
ICON_ONLY = frozenset({"previous", "next", "undo", "redo"})


def dress(action: QAction, icon_name: str, short: str = "") -> QAction:
    """Give `action` its icon (shown in its menu too), a short name for the toolbar, and a
    tooltip that says its keys, so the toolbar teaches them."""
    action.setIcon(icon(icon_name))
    if short:
        action.setIconText(short)
    name = without_mnemonic(action.text()).rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{name} ({keys})" if keys else name)
    return action


def build_toolbar(
    window: QMainWindow,
    actions: Mapping[str, QAction],
    order: Sequence[Slot] = ORDER,
    icon_only: frozenset[str] = ICON_ONLY,
) -> QToolBar:
    """The window's toolbar with `actions` (by icon name) in `order`, those in `icon_only`
    without their name (arrows, undo: their icon says it); whether it is shown is kept with
    the window's layout (QMainWindow.saveState)."""
    bar = QToolBar(translate("MainWindow", "Toolbar"), window)
    bar.setObjectName("main toolbar")  # saveState finds it by this name
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for slot in order:
        if slot is None:
            bar.addSeparator()
            continue
        action = actions[slot]
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if slot in icon_only and isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
