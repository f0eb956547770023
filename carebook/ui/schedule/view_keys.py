"""The Agenda's four views by name, with their keys and the one the coordinator last chose."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from carebook.core.words import translate

LIST, DAY, WEEK, MONTH = "list", "day", "week", "month"
#: The views in the switch's order.
VIEWS = (LIST, DAY, WEEK, MONTH)
#: Each view's key, from any tab of the window.
VIEW_KEYS = {LIST: "Ctrl+Shift+L", DAY: "Ctrl+Shift+D", WEEK: "Ctrl+Shift+W", MONTH: "Ctrl+Shift+M"}
_SETTING = "agenda/view"


def view_names() -> dict[str, str]:
    """Each view's name as the switch and the View menu show it."""

    return {
        LIST: translate("ViewSwitch", "List"),
        DAY: translate("ViewSwitch", "Day"),
        WEEK: translate("ViewSwitch", "Week"),
        MONTH: translate("ViewSwitch", "Month"),
    }


def view_titles() -> dict[str, str]:
    """Each view's action as the View menu and the Agenda name it: "Day view"."""
    return {
        LIST: translate("ViewSwitch", "List view"),
        DAY: translate("ViewSwitch", "Day view"),
        WEEK: translate("ViewSwitch", "Week view"),
        MONTH: translate("ViewSwitch", "Month view"),
    }


def kept_view() -> str:
    """The view chosen last time (remembered as layout only, never what was shown)."""
    kept = QSettings().value(_SETTING, LIST)
    return kept if isinstance(kept, str) and kept in VIEWS else LIST


def keep_view(view: str) -> None:
    QSettings().setValue(_SETTING, view)
