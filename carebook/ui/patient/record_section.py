"""One section of a patient's record: a table of their records and the buttons that act on them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.core.list_columns import Column
from carebook.ui.widgets.emphasis import Emphasis
from carebook.ui.widgets.table_look import configure_table, size_columns
from carebook.ui.widgets.table_model import FixedSource, RecordTableModel

#: A row of a section: the record itself, or a small named view of it; its `id` is the record's.
Row = Any


@dataclass(frozen=True, slots=True)
class SectionButton:
    """A button under the table; `needs_row` ones act on the selected record."""

    label: str
    run: Callable[[int | None, Any], None]
    needs_row: bool = True
    accessible: str = ""


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """What one section shows and offers."""

    title: str
    columns: tuple[Column, ...]
    load: Callable[[bool], Sequence[Row]]  # (show_all) -> rows
    buttons: tuple[SectionButton, ...] = ()
    empty_text: str = ""
    show_all_label: str = ""  # e.g. "Show stopped medications"; empty: no such switch
    emphasis: Callable[[Any], Emphasis] | None = None
    open_row: Callable[[int, Any], None] | None = None  # Return / double-click
    delete_row: Callable[[int, Any], None] | None = None  # Delete key


class RecordSection(QWidget):
    """A section of the patient record, read from the store whenever the caseload changes."""

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.model = RecordTableModel(spec.columns, FixedSource(), spec.emphasis, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(spec.title)
        configure_table(self.table)
        self.table.setModel(self.model)
        size_columns(self.table, spec.columns)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.empty = QLabel(spec.empty_text, self)
        self.empty.setWordWrap(True)
        self.show_all: QCheckBox | None = None
        bar = QHBoxLayout()
        self.buttons: list[tuple[SectionButton, QPushButton]] = []
        for button_spec in spec.buttons:
            button = QPushButton(button_spec.label, self)
            if button_spec.accessible:
                button.setAccessibleName(button_spec.accessible)
            button.clicked.connect(lambda _checked=False, b=button_spec: self._run(b))
            bar.addWidget(button)
            self.buttons.append((button_spec, button))
        bar.addStretch(1)
        if spec.show_all_label:
            self.show_all = QCheckBox(spec.show_all_label, self)
            self.show_all.toggled.connect(lambda _on: self.refresh())
            bar.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self) -> None:
        """Read the section's rows again, keeping the selection's place."""
        row = self.table.currentIndex().row()
        rows = list(self.spec.load(bool(self.show_all and self.show_all.isChecked())))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows and bool(self.spec.empty_text))
        if rows and row >= 0:
            self.table.selectRow(min(row, len(rows) - 1))
        self._enable()

    def selected(self) -> tuple[int, Row] | None:
        """The selected record's id and its row."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row(index.row())
        if row is None:
            return None
        return int(row.id), row

    def _run(self, button: SectionButton) -> None:
        chosen = self.selected()
        if button.needs_row and chosen is None:
            return
        button.run(*(chosen if chosen else (None, None)))

    def _open(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.spec.open_row is not None:
            self.spec.open_row(*chosen)

    def _enable(self) -> None:
        has_row = self.selected() is not None
        for spec, button in self.buttons:
            button.setEnabled(has_row or not spec.needs_row)

    def _adder(self) -> SectionButton | None:
        """The button that adds a record to the section (the first that needs no row)."""
        return next((spec for spec, _ in self.buttons if not spec.needs_row), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and (event.type() == QEvent.Type.ShortcutOverride)
        ):
            # These keys are the list's while it has the focus: F2 edits the selected row (the
            # record's own F2 edits the patient), Delete deletes it, Ctrl+N adds one.
            has_row = self.selected() is not None
            if (event.matches(QKeySequence.StandardKey.New) and self._adder() is not None) or (
                has_row
                and (
                    (event.key() == Qt.Key.Key_F2 and self.spec.open_row)
                    or (event.key() == Qt.Key.Key_Delete and self.spec.delete_row)
                )
            ):
                event.accept()
                return True
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and (event.type() == QEvent.Type.KeyPress)
        ):
            adder = self._adder()
            if event.matches(QKeySequence.StandardKey.New) and adder is not None:
                self._run(adder)
                return True
            chosen = self.selected()
            if (
                chosen is not None
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
                and self.spec.open_row
            ):
                self.spec.open_row(*chosen)
                return True
            if chosen is not None and event.key() == Qt.Key.Key_Delete and self.spec.delete_row:
                self.spec.delete_row(*chosen)
                return True
        return super().eventFilter(watched, event)
