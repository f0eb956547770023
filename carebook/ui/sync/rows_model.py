"""A read-only table the sync dialogs list (conflicts, the team's computers): the rows set
whole, a header for each column, and moments shown as the window shows them."""

from __future__ import annotations

from datetime import datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from carebook.core.calendar_words import day_and_clock
from carebook.core.words import translate

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


def moment_text(moment: datetime | None) -> str:
    """A moment as the window shows it, in this computer's zone ("Tue 24 Nov 2026 09:30")."""
    if moment is None:
        return translate("Sync", "never")
    return day_and_clock(moment.astimezone() if moment.tzinfo else moment)


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind under fixed headers; each cell is `cell`'s to say."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[R] = []

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        return None if row is None else self.cell(row, index.column(), role)

    def cell(self, row: R, column: int, role: int) -> object:
        """What a cell of `row` gives for `role` (None when nothing)."""
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None
