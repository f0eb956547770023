"""The team's computers as a table: name, member, last seen, and which one this is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from carebook.core.words import translate
from carebook.ui.sync.rows_model import RowsModel, moment_text

if TYPE_CHECKING:
    from carebook.storage.hub_feed import DeviceRow

#: Role giving a row's device id (what "Remove device" acts on).
DeviceIdRole = Qt.ItemDataRole.UserRole + 1


class DeviceModel(RowsModel["DeviceRow"]):
    """The devices the hub lists, read-only."""

    def __init__(self, this_device: str, parent: QObject | None = None) -> None:
        headers = [
            translate("Sync", "Computer"),
            translate("Sync", "Member"),
            translate("Sync", "Last seen"),
            translate("Sync", "Note"),
        ]
        super().__init__(headers, parent)
        self.this_device = this_device

    def cell(self, row: DeviceRow, column: int, role: int) -> object:
        if role == DeviceIdRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
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

    def removable(self, row: int) -> bool:
        """Whether the device in `row` may be removed from here: another, still in the team."""
        device = self.row_at(row)
        return device is not None and device.id != self.this_device and device.removed_at is None
