"""Tools → Activity log: what was done in the caseload and when, never what a record says."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from carebook.core import display
from carebook.core.kinds import BY_NAME
from carebook.core.list_columns import Column
from carebook.ui.commands import Caseload
from carebook.ui.lists.list_tab import ListTab
from carebook.ui.lists.tab_spec import TabSpec

ACTIVITY = TabSpec(
    title="Activity",
    listing="activity",
    singular="entry",
    plural="entries",
    columns=(
        Column("at", "When", display.day_and_time, width=20),
        Column("action", "Action", display.code, width=10),
        Column("record_kind", "Record", display.code, width=18),
        Column("record_id", "Number", width=8, align_right=True),
        Column("summary", "Detail", width=24, stretch=True),
    ),
    filters=(
        ("all", "Everything"),
        ("create", "Added"),
        ("change", "Changed"),
        ("delete", "Deleted"),
        ("restore", "Undone or redone"),
        ("print", "Printed"),
        ("export", "Exported"),
        ("import", "Imported"),
    ),
    search_hint="Search the record kind, action or number  (Ctrl+F)",
    kinds=frozenset(BY_NAME),  # every change adds to the log
    date_range=True,
    newest_first=True,
)


class ActivityLog(QDialog):
    """The activity log, newest first, filtered by action, dates or a search."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity log"))
        self.list = ListTab(ACTIVITY, caseload, self)
        explanation = self.tr(
            "Every record added, changed, deleted, printed or exported, with its time. What "
            "the records say is never kept here."
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(explanation, self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)
        self.list.load()
