"""How every table in the window looks and is sized: whole rows, no grid, widths by content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from carebook.core.list_columns import Column
from carebook.core.words import translate
from carebook.ui.widgets.column_fit import ColumnFit, fit_of
from carebook.ui.widgets.column_menu import install_column_menu


def configure_table(view: QTableView) -> None:
    """The look and behaviour every table shares: whole rows, fixed row height, no grid."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    columns = view.horizontalHeader()
    columns.setStretchLastSection(False)  # the spare width goes to the text, not the last column
    columns.setHighlightSections(False)
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    install_column_menu(view)


def size_columns(view: QTableView, columns: tuple[Column, ...] | list[Column]) -> None:
    """Columns sized by their content (a sample of rows), the spare width to the text columns,
    and kept so while rows change and the window is resized; the user's choices restored."""
    if view.model() is None:
        # Nothing to measure yet: widths from the spec, in characters.
        char = view.fontMetrics().averageCharWidth()
        for number, column in enumerate(columns):
            view.setColumnWidth(number, round(column.width * char * 1.1) + 18)
        return
    fit = fit_of(view)
    if fit is None:
        ColumnFit(view, columns)
        # Reached with Tab, so Shift+F10 or the Menu key there opens the column menu.
        header = view.horizontalHeader()
        header.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        header.setAccessibleName(translate("TableLook", "Columns (Shift+F10 to choose)"))
    else:
        fit.columns = list(columns)
        fit.refit()
