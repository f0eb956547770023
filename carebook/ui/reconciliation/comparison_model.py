"""The side-by-side comparison as a table: each line's change, the medicine now and on the
discharge list, and a box to accept it (only lines that change something can be ticked)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from carebook.core.reconciliation import ComparisonLine, discharge_text
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.medications import dose_text

Index = QModelIndex | QPersistentModelIndex

#: The columns, in order: the accept box first, where the keyboard starts.
HEADINGS = (
    QT_TRANSLATE_NOOP("ComparisonModel", "Apply"),
    "#",
    QT_TRANSLATE_NOOP("ComparisonModel", "Change"),
    QT_TRANSLATE_NOOP("ComparisonModel", "Medicine"),
    QT_TRANSLATE_NOOP("ComparisonModel", "Now"),
    QT_TRANSLATE_NOOP("ComparisonModel", "On the discharge list"),
)


class ComparisonModel(QAbstractTableModel):
    """The comparison's lines; `accepted` holds the numbers of the lines ticked."""

    def __init__(self, lines: Sequence[ComparisonLine], parent: Any = None) -> None:
        super().__init__(parent)
        self.lines = list(lines)
        self.accepted: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADINGS)
        ):
            return translate("ComparisonModel", HEADINGS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.lines[index.row()].change.writes:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            if not line.change.writes:
                return None
            ticked = line.number in self.accepted
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if role == Qt.ItemDataRole.FontRole and column == 2 and line.change.writes:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            if not line.change.writes:
                return "no change"
            return "applied" if line.number in self.accepted else "not applied"
        return None

    def _text(self, line: ComparisonLine, column: int) -> str:
        if column == 0:
            return "" if line.change.writes else "—"
        if column == 1:
            return str(line.number)
        if column == 2:
            changed = f" ({', '.join(line.differences)})" if line.differences else ""
            return line.change.label + changed
        if column == 3:
            return line.name
        if column == 4:
            return dose_text(line.current) if line.current is not None else ""
        return discharge_text(line.discharge)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        line = self.lines[index.row()]
        if not line.change.writes:
            return False
        ticked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_accepted(line.number, ticked)
        return True

    def set_accepted(self, number: int, ticked: bool) -> None:
        if ticked:
            self.accepted.add(number)
        else:
            self.accepted.discard(number)
        row = next(i for i, line in enumerate(self.lines) if line.number == number)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def set_all(self, ticked: bool) -> None:
        """Accept every line that changes something, or none."""
        writing = {line.number for line in self.lines if line.change.writes}
        self.accepted = writing if ticked else set()
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, 0))
