"""Tools → Activity log: what was done in the caseload and when, never what a record says."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from carebook.core import display
from carebook.core.kinds import BY_NAME
from carebook.core.list_columns import Column
from carebook.core.words import QT_TRANSLATE_NOOP
from carebook.ui.commands import Caseload
from carebook.ui.lists.list_tab import ListTab
from carebook.ui.lists.tab_spec import TabSpec

ACTIVITY = TabSpec(
    title=QT_TRANSLATE_NOOP("TabSpec", "Activity"),
    listing="activity",
    no_match=QT_TRANSLATE_NOOP("TabSpec", "No entry matches “{search}”"),
    plural=QT_TRANSLATE_NOOP("TabSpec", "entries"),
    counts=(
        QT_TRANSLATE_NOOP("TabSpec", "1 entry"),
        QT_TRANSLATE_NOOP("TabSpec", "{count} entries"),
    ),
    columns=(
        Column(
            "at",
            QT_TRANSLATE_NOOP("ActivityLog", "When"),
            display.day_and_time,
            width=20,
            context="ActivityLog",
        ),
        Column(
            "action",
            QT_TRANSLATE_NOOP("ActivityLog", "Action"),
            display.code,
            width=10,
            context="ActivityLog",
        ),
        Column(
            "record_kind",
            QT_TRANSLATE_NOOP("ActivityLog", "Record"),
            display.code,
            width=18,
            context="ActivityLog",
        ),
        Column(
            "record_id",
            QT_TRANSLATE_NOOP("ActivityLog", "Number"),
            width=8,
            align_right=True,
            context="ActivityLog",
        ),
        Column(
            "summary",
            QT_TRANSLATE_NOOP("ActivityLog", "Detail"),
            width=24,
            stretch=True,
            context="ActivityLog",
        ),
    ),
    filters=(
        ("all", QT_TRANSLATE_NOOP("TabSpec", "Everything")),
        ("create", QT_TRANSLATE_NOOP("TabSpec", "Added")),
        ("change", QT_TRANSLATE_NOOP("TabSpec", "Changed")),
        ("delete", QT_TRANSLATE_NOOP("TabSpec", "Deleted")),
        ("restore", QT_TRANSLATE_NOOP("TabSpec", "Undone or redone")),
        ("print", QT_TRANSLATE_NOOP("TabSpec", "Printed")),
        ("export", QT_TRANSLATE_NOOP("TabSpec", "Exported")),
        ("import", QT_TRANSLATE_NOOP("TabSpec", "Imported")),
    ),
    search_hint=QT_TRANSLATE_NOOP("TabSpec", "Search the record kind, action or number  (Ctrl+F)"),
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
