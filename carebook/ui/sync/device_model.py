"""The team's computers as a table: name, member, last seen, and which one this is."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from carebook.core.calendar_words import day_and_clock
from carebook.core.words import translate

if TYPE_CHECKING:
    from carebook.storage.hub_feed import DeviceRow

Index = QModelIndex | QPersistentModelIndex
#: Role giving a row's device id (what "Remove device" acts on).
DeviceIdRole = Qt.ItemDataRole.UserRole + 1


def moment_text(moment: datetime | None) -> str:
    """A moment as the window shows it, in this computer's zone ("Tue 24 Nov 2026 09:30")."""
    if moment is None:
        return translate("Sync", "never")
    return day_and_clock(moment.astimezone() if moment.tzinfo else moment)


class DeviceModel(QAbstractTableModel):
    """The devices the hub lists, read-only."""

    def __init__(self, this_device: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.this_device = this_device
        self.rows: list[DeviceRow] = []
        self.headers = [
            translate("Sync", "Computer"),
            translate("Sync", "Member"),
            translate("Sync", "Last seen"),
            translate("Sync", "Note"),
        ]

    def set_rows(self, rows: list[DeviceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == DeviceIdRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return row.name
        if column == 1:
            return row.member
        if column == 2:
            return moment_text(row.last_seen)
        return self.note(row)

    def note(self, row: DeviceRow) -> str:
        if row.removed_at is not None:
            return translate("Sync", "removed")
        if row.id == self.this_device:
            return translate("Sync", "this computer")
        return ""

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

    def removable(self, row: int) -> bool:
        """Whether the device in `row` may be removed from here: another, still in the team."""
        if not 0 <= row < len(self.rows):
            return False
        device = self.rows[row]
        return device.id != self.this_device and device.removed_at is None
