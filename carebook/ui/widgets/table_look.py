"""How every table in the window looks and is sized: whole rows, no grid, widths from the spec."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from carebook.core.list_columns import Column


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
    columns.setStretchLastSection(True)
    columns.setHighlightSections(False)
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def size_columns(view: QTableView, columns: tuple[Column, ...] | list[Column]) -> None:
    """Column widths from the spec (in characters), never by measuring every row."""
    # Bold rows (overdue) are wider than the average character says.
    char = view.fontMetrics().horizontalAdvance("abcdefghij klmnopqrstuvwxyz 0123456789") / 38
    header = view.horizontalHeader()
    header.setStretchLastSection(not any(column.stretch for column in columns))
    for number, column in enumerate(columns):
        header.setSectionResizeMode(
            number,
            QHeaderView.ResizeMode.Stretch
            if column.stretch
            else QHeaderView.ResizeMode.Interactive,
        )
        view.setColumnWidth(number, round(column.width * char * 1.1) + 18)
