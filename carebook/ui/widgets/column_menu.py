"""The menu on a table's header: every column with a check mark, and Reset columns."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from carebook.core.words import translate
from carebook.ui.widgets.column_fit import fit_of


def column_menu(view: QTableView) -> QMenu | None:
    """The header's menu for `view`, or None when its columns are not fitted."""
    fit = fit_of(view)
    if fit is None:
        return None
    menu = QMenu(view)
    menu.setAccessibleName(translate("ColumnMenu", "Columns"))
    header = view.horizontalHeader()
    for number, column in enumerate(fit.columns):
        action = menu.addAction(column.title)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(number))
        if number in fit.same and column.key not in fit.chosen:
            action.setToolTip(translate("ColumnMenu", "Every row shows the same value"))
        action.toggled.connect(lambda on, key=column.key: fit.choose(key, on))
    menu.addSeparator()
    menu.addAction(translate("ColumnMenu", "Reset columns"), fit.reset)
    return menu


def show_column_menu(view: QTableView, point: QPoint) -> None:
    """The column menu at `point` on the header."""
    menu = column_menu(view)
    if menu is not None:
        menu.exec(view.horizontalHeader().mapToGlobal(point))
        menu.deleteLater()


class HeaderKeys(QObject):
    """Shift+F10 and the Menu key on a focused header open its column menu."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keyboard = QContextMenuEvent.Reason.Keyboard
        if isinstance(event, QContextMenuEvent) and event.reason() == keyboard:
            show_column_menu(self.view, QPoint(4, self.view.horizontalHeader().height()))
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            shift_f10 = (
                event.key() == Qt.Key.Key_F10
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            )
            if shift_f10 or event.key() == Qt.Key.Key_Menu:
                show_column_menu(self.view, QPoint(4, self.view.horizontalHeader().height()))
                return True
        return False


def install_column_menu(view: QTableView) -> None:
    """Right-click on the header, or Shift+F10 / the Menu key with the header focused."""
    header: QHeaderView = view.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda point: show_column_menu(view, point))
    header.installEventFilter(HeaderKeys(view))
