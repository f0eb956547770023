"""One table of the Billing tab with its totals under it: Return opens the row, F2 edits it,
Delete removes it, as in every list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from carebook.core.list_columns import Column
from carebook.ui.widgets.emphasis import Emphasis
from carebook.ui.widgets.table_look import configure_table, size_columns
from carebook.ui.widgets.table_model import FixedSource, RecordTableModel

Action = Callable[[Any], None]


class BillingView(QWidget):
    """A table of rows (time entries, trips …) and a line of totals; what its keys do to the
    chosen row is given by the tab."""

    def __init__(
        self,
        name: str,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        *,
        emphasis: Callable[[Any], Emphasis] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(columns, FixedSource(), emphasis, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(name)
        configure_table(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._double_clicked)
        self.totals = QLabel(self)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.totals)
        self.on_open: Action | None = None
        self.on_edit: Action | None = None
        self.on_delete: Action | None = None
        self.empty_text = ""
        self._sized = False

    def set_columns(self, columns: Sequence[Column]) -> None:
        """New headings (the currency or the distance unit changed)."""
        self.model.beginResetModel()
        self.model.columns = list(columns)
        self.model.endResetModel()
        size_columns(self.table, list(columns))

    def set_rows(self, rows: Sequence[Any], totals: str) -> None:
        """Show `rows` (keeping the chosen row's place) and the totals line."""
        kept = self.table.currentIndex().row()
        self.model.set_rows(rows)
        if not self._sized:
            size_columns(self.table, self.model.columns)
            self._sized = True
        self.totals.setText(totals)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(self.empty_text)
        if rows:
            self.table.selectRow(min(max(kept, 0), len(rows) - 1))

    def chosen(self) -> Any:
        """The row chosen in the table, or None."""
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def choose_id(self, record_id: int) -> None:
        """Move the selection to the row of `record_id`, if it is shown."""
        for number in range(self.model.rowCount()):
            if self.model.record_id(number) == record_id:
                self.table.selectRow(number)
                return

    def _run(self, action: Action | None) -> None:
        row = self.chosen()
        if action is not None and row is not None:
            action(row)

    def _double_clicked(self, _index: QModelIndex) -> None:
        self._run(self.on_open)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            action = {
                Qt.Key.Key_Return: self.on_open,
                Qt.Key.Key_Enter: self.on_open,
                Qt.Key.Key_F2: self.on_edit or self.on_open,
                Qt.Key.Key_Delete: self.on_delete,
            }.get(Qt.Key(event.key()))
            if action is not None:
                self._run(action)
                return True
        return super().eventFilter(watched, event)
