"""The open conflicts as a table: which record, which field, what happened and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt

from carebook.core.words import translate
from carebook.storage.sync_conflicts import Conflict
from carebook.ui.sync.rows_model import RowsModel, moment_text


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """A conflict and how the caseload names it, read once when the list loads."""

    conflict: Conflict
    record: str
    field: str


def what_happened(what: str) -> str:
    """A conflict's cause in words."""
    if what == "deleted_there":
        return translate("Sync", "Deleted on another computer, changed here")
    if what == "deleted_here":
        return translate("Sync", "Deleted here, changed on another computer")
    return translate("Sync", "Changed on both computers")


def when_text(found_at: str) -> str:
    """When a conflict was found, as the window shows moments (the stored text if unreadable)."""
    try:
        return moment_text(datetime.fromisoformat(found_at))
    except ValueError:
        return found_at


def value_text(value: Any, deleted: bool = False) -> str:
    """A side's value in full: a record as one "field: value" line each, bytes by their size."""
    if value is None:
        return translate("Sync", "(deleted)") if deleted else translate("Sync", "(empty)")
    if isinstance(value, dict):
        return "\n".join(
            f"{name.replace('_', ' ')}: {value_text(inner)}" for name, inner in value.items()
        )
    if isinstance(value, bytes | bytearray | memoryview):
        return translate("Sync", "({count} bytes)").format(count=len(bytes(value)))
    if isinstance(value, bool):
        return translate("Sync", "yes") if value else translate("Sync", "no")
    return str(value)


class ConflictModel(RowsModel[ConflictRow]):
    """Open conflicts, oldest first, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        headers = [
            translate("Sync", "Record"),
            translate("Sync", "Field"),
            translate("Sync", "What happened"),
            translate("Sync", "When"),
        ]
        super().__init__(headers, parent)

    def cell(self, row: ConflictRow, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return row.record
        if column == 1:
            return row.field
        if column == 2:
            return what_happened(row.conflict.what)
        return when_text(row.conflict.found_at)

    def conflict_at(self, row: int) -> Conflict | None:
        found = self.row_at(row)
        return None if found is None else found.conflict
