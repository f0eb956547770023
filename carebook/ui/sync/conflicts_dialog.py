"""Settling the conflicts a sync found: both sides side by side, keep mine or keep theirs."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.core.changes import Changes
from carebook.core.errors import SaveError, ValidationError
from carebook.core.kinds import BY_TABLE
from carebook.core.words import translate
from carebook.storage.sync_conflicts import Conflict, ConflictError
from carebook.ui.commands import Caseload
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.sync.conflict_model import ConflictModel, ConflictRow, value_text


class ConflictsDialog(QDialog):
    """The open conflicts; settling one is an undoable change through the door."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.setWindowTitle(translate("Sync", "Conflicts"))
        self.model = ConflictModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Sync", "Open conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.empty = QLabel(translate("Sync", "No conflicts: every computer agrees."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.mine_label = QLabel(translate("Sync", "This computer"), self)
        self.theirs_label = QLabel(self)
        self.mine = self._side(translate("Sync", "The value on this computer"))
        self.theirs = self._side(translate("Sync", "The value on the other computer"))
        sides = QGridLayout()
        sides.addWidget(self.mine_label, 0, 0)
        sides.addWidget(self.theirs_label, 0, 1)
        sides.addWidget(self.mine, 1, 0)
        sides.addWidget(self.theirs, 1, 1)

        self.message = FieldMessage(self)
        self.keep_mine = QPushButton(translate("Sync", "Keep &mine"), self)
        self.keep_theirs = QPushButton(translate("Sync", "Keep &theirs"), self)
        self.close_button = QPushButton(translate("Sync", "&Close"), self)
        for button in (self.keep_mine, self.keep_theirs):
            button.setAutoDefault(False)  # Return in the list must not settle by accident
        self.close_button.setDefault(True)
        self.keep_mine.clicked.connect(lambda: self._settle("mine"))
        self.keep_theirs.clicked.connect(lambda: self._settle("theirs"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.list_stack, 3)
        layout.addLayout(sides, 2)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        caseload.changed.connect(self._changed)
        self.refresh()
        self.table.setFocus()
        self.resize(900, 560)

    def _side(self, name: str) -> QPlainTextEdit:
        side = QPlainTextEdit(self)
        side.setReadOnly(True)  # read-only, yet selectable and copyable
        side.setTabChangesFocus(True)
        side.setAccessibleName(name)
        return side

    def refresh(self) -> None:
        """Read the open conflicts again, keeping the selected place in the list."""
        team_sync = self.caseload.store.team_sync
        at = max(0, self.table.currentIndex().row())
        rows = [
            ConflictRow(found, team_sync.describe(found), team_sync.field_label(found))
            for found in team_sync.conflicts()
        ]
        self.model.set_rows(rows)
        self.list_stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.selectRow(min(at, len(rows) - 1))
        self._show(self.selected())

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict_at(rows[0].row()) if rows else None

    def _selected(self, _now: QItemSelection, _before: QItemSelection) -> None:
        self.message.clear()
        self._show(self.selected())

    def _show(self, conflict: Conflict | None) -> None:
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.mine.clear()
            self.theirs.clear()
            self.theirs_label.setText(translate("Sync", "The other computer"))
            return
        self.theirs_label.setText(
            translate("Sync", "The other computer (device {device})").format(
                device=conflict.their_device
            )
        )
        self.mine.setPlainText(value_text(conflict.mine, deleted=conflict.what == "deleted_here"))
        self.theirs.setPlainText(
            value_text(conflict.theirs, deleted=conflict.what == "deleted_there")
        )

    def _settle(self, keep: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        team_sync = self.caseload.store.team_sync
        root = team_sync.root_of(conflict)
        kind = BY_TABLE[conflict.kind].name if conflict.kind in BY_TABLE else "preferences"
        text = (
            translate("Sync", "Keep this computer's {field} of the {record}")
            if keep == "mine"
            else translate("Sync", "Keep the other computer's {field} of the {record}")
        ).format(field=team_sync.field_label(conflict), record=team_sync.describe(conflict))
        try:
            self.caseload.change(
                text,
                kind,
                lambda: team_sync.settle(conflict.id, keep),
                touches=[root] if root else [],
            )
        except (ConflictError, ValidationError, SaveError, LookupError) as error:
            self.message.show_error(str(error).strip("'\""))
            return
        # The door's announcement has read the list again (_changed); the list keeps the keys.
        self.table.setFocus()

    def _changed(self, _changes: Changes) -> None:
        # A settling, an undo or a sync may bring conflicts or take them away; a hidden
        # dialog reads them when it shows again.
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
