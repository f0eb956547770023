"""Help → Keyboard shortcuts: every menu item's keys, read from the window's own menus (so the
sheet never drifts from them), and the keys every list and form answers to."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
)

from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.ui.widgets.accessible import without_mnemonic

#: The keys of the lists, the Agenda and the forms, which no menu carries (what each does is
#: translated where the sheet shows it).
IN_LISTS_AND_FORMS = (
    (
        "Return",
        QT_TRANSLATE_NOOP(
            "ShortcutSheet", "open the selected record (in a list); save (in a form)"
        ),
    ),
    ("F2", QT_TRANSLATE_NOOP("ShortcutSheet", "edit the selected record")),
    ("Delete", QT_TRANSLATE_NOOP("ShortcutSheet", "delete the selected record (asked first)")),
    (
        "Ctrl+N",
        QT_TRANSLATE_NOOP(
            "ShortcutSheet", "a new record of the list or section that has the keyboard"
        ),
    ),
    ("Ctrl+D", QT_TRANSLATE_NOOP("ShortcutSheet", "mark the selected visit or task done (Agenda)")),
    (
        "Ctrl+Up / Ctrl+Down",
        QT_TRANSLATE_NOOP(
            "ShortcutSheet", "move the selected visit earlier or later in the day's route"
        ),
    ),
    (
        "Alt+Left / Alt+Right",
        QT_TRANSLATE_NOOP("ShortcutSheet", "the previous or next day (Agenda)"),
    ),
    (
        "Space",
        QT_TRANSLATE_NOOP("ShortcutSheet", "tick or untick a line (reconciling a discharge list)"),
    ),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("ShortcutSheet", "save a form from a notes field")),
    ("Escape", QT_TRANSLATE_NOOP("ShortcutSheet", "close a form without saving")),
)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, item, keys) of every menu item that has keys, in menu order."""
    rows: list[tuple[str, str, str]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        title = menu.title().replace("&", "")
        for action in menu.actions():
            keys = [
                sequence.toString(QKeySequence.SequenceFormat.NativeText)
                for sequence in action.shortcuts()
                if not sequence.isEmpty()
            ]
            text, _tab, shown = action.text().partition("\t")
            if shown and not keys:  # keys of the focused list, shown after a tab (Visit menu)
                keys = [shown]
            if keys and not action.isSeparator():
                name = without_mnemonic(text)
                rows.append((title, name, ", ".join(dict.fromkeys(keys))))
    return rows


class ShortcutSheet(QDialog):
    """The keyboard shortcuts, as one page to read or print."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        page = [f"<h2>{escape(self.tr('Keyboard shortcuts'))}</h2>", "<table cellpadding='3'>"]
        shown = ""
        for title, name, keys in shortcut_rows(window):
            if title != shown:
                page.append(f"<tr><th colspan='2' align='left'><br>{escape(title)}</th></tr>")
                shown = title
            page.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(name)}</td></tr>")
        in_lists = escape(self.tr("In lists and forms"))
        page.append(f"<tr><th colspan='2' align='left'><br>{in_lists}</th></tr>")
        for keys, what in IN_LISTS_AND_FORMS:
            what = translate("ShortcutSheet", what)
            page.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>")
        page.append("</table>")
        self.text = QTextBrowser(self)
        self.text.setHtml("".join(page))
        self.text.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(620, 600)
