"""The one list tab: search, filter, patient picker and sortable table, set up by a TabSpec."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.core.changes import Changes
from carebook.core.dates import EARLIEST_DATE, LATEST_DATE
from carebook.core.views import ListQuery
from carebook.storage.listings import SEARCH_LENGTH
from carebook.store.today import has_patients
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_editor import RecordEditor
from carebook.ui.lists.tab_spec import TabSpec, tab_text
from carebook.ui.today.empty_state import EmptyState
from carebook.ui.widgets.accessible import DateEdit
from carebook.ui.widgets.patient_picker import PatientPicker
from carebook.ui.widgets.table_look import configure_table, size_columns
from carebook.ui.widgets.table_model import ListingSource, RecordTableModel


class ListTab(QWidget):
    """A list of one kind of record from the caseload, read lazily from the store."""

    count_changed = Signal(str)

    def __init__(self, spec: TabSpec, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.caseload = caseload
        self.query = ListQuery(
            filter=spec.filters[0][0] if spec.filters else "", descending=spec.newest_first
        )
        self.model = RecordTableModel(
            spec.columns,
            ListingSource(caseload.store, spec.listing, self.query),
            spec.emphasis,
            self,
            # The word is marked for translation in tab_specs.
            alert_word=spec.alert_word and (spec.alert_word[0], tab_text(spec.alert_word[1])),
        )
        self._loaded = False
        self._stale = False
        self.count_text = ""

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tab_text(spec.search_hint))
        self.search.setClearButtonEnabled(True)
        # Qt counts UTF-16 units: at most this many characters, what the list's search takes.
        self.search.setMaxLength(SEARCH_LENGTH)
        self.search.setAccessibleName(self.tr("Search %s") % tab_text(spec.plural))
        if spec.search_help:
            self.search.setToolTip(tab_text(spec.search_help))
        self.search.installEventFilter(self)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show"))
        for key, label in spec.filters:
            self.filter.addItem(tab_text(label), key)
        self.filter.setVisible(len(spec.filters) > 1)
        self.picker: PatientPicker | None = None
        self.count_label = QLabel(self)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter)
        self.between: QCheckBox | None = None
        if spec.date_range:
            self._add_date_range(bar)
        if spec.patient_filter:
            self.picker = PatientPicker(caseload.store, self)
            self.picker.patient_changed.connect(self._patient_chosen)
            bar.addWidget(self.picker, 2)
        bar.addStretch(0)
        bar.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setAccessibleName(tab_text(spec.title))
        configure_table(self.table)
        self.editor: RecordEditor | None = spec.editor(caseload) if spec.editor else None
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # In place of a blank table: what to do in an empty caseload, or after a vain search.
        self.empty = EmptyState(self)
        self.empty.clear_search.connect(self.clear_search)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(spec.search_delay_ms)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        caseload.changed.connect(self._caseload_changed)

    # -- loading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.load()
        elif self._stale:
            self.reload()

    def read_ahead(self) -> None:
        """While the window idles, before the first show: the count and the first page read
        (kept by the model), so the first switch to the list only draws it."""
        if not self._loaded:
            self._forget_if_stale()
            self.model.row(0)

    def _forget_if_stale(self) -> None:
        """Let go of rows read ahead that the caseload has changed since."""
        if self._stale:
            self.model.reload()
            self._stale = False

    def load(self) -> None:
        """Attach the model on first show, so an unseen tab costs nothing at start."""
        self._forget_if_stale()
        self._loaded = True
        self.table.setModel(self.model)
        size_columns(self.table, self.spec.columns)
        keys = [c.key for c in self.spec.columns]
        default = self.caseload.store.lists.default_sort(self.spec.listing)
        header = self.table.horizontalHeader()
        if default in keys:
            header.setSortIndicator(
                keys.index(default),
                Qt.SortOrder.DescendingOrder
                if self.spec.newest_first
                else Qt.SortOrder.AscendingOrder,
            )
        self.table.setSortingEnabled(True)  # sorts by the indicator, which reads the first page
        self._update_count()

    def reload(self) -> None:
        self._stale = False
        if not self._loaded:
            return
        row = self.table.currentIndex().row()
        self.model.reload()
        self._update_count()
        if row >= 0 and self.model.rowCount():
            # The same place in the list, so an edited record stays under the cursor.
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def _caseload_changed(self, changes: Changes) -> None:
        if changes.touches(*self.spec.kinds):
            self._stale = True
            if self.isVisible():
                self.reload()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        one, many = self.spec.counts
        self.count_text = tab_text(one) if count == 1 else tab_text(many).format(count=f"{count:,}")
        self.count_label.setText(self.count_text)
        self.count_changed.emit(self.count_text)
        self._show_empty(count)

    def _show_empty(self, count: int) -> None:
        """The table, or what to do instead when it would be blank."""
        search = self.query.search.strip()
        store = self.caseload.store
        if count:
            self.stack.setCurrentWidget(self.table)
        elif search:
            self.empty.show_no_match(tab_text(self.spec.no_match).format(search=search))
            self.stack.setCurrentWidget(self.empty)
        elif not has_patients(store):
            self.empty.show_no_patients(sample=store.is_empty())
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)

    def clear_search(self) -> None:
        """Clear search: the whole list again, the search box ready for another try."""
        self.search.clear()
        self._apply_search()
        self.focus_search()

    # -- what to show ----------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self.query.search = self.search.text()
        self.reload()

    def _filter_chosen(self, _index: int) -> None:
        self.query.filter = str(self.filter.currentData() or "")
        self.reload()

    def _add_date_range(self, bar: QHBoxLayout) -> None:
        today = self.caseload.store.today()
        self.between = QCheckBox(self.tr("Between"), self)
        self.between.setToolTip(self.tr("Only show dates in this range"))
        # The coming month; for a log (newest first), the month up to today.
        first, last = (
            (today - timedelta(days=30), today)
            if self.spec.newest_first
            else (today, today + timedelta(days=30))
        )
        self.date_from = DateEdit(QDate(first.year, first.month, first.day), self)
        self.date_to = DateEdit(QDate(last.year, last.month, last.day), self)
        for edit, name in (
            (self.date_from, self.tr("From date")),
            (self.date_to, self.tr("To date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setDateRange(
                QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day),
                QDate(LATEST_DATE.year, LATEST_DATE.month, LATEST_DATE.day),
            )
            edit.setEnabled(False)
            edit.dateChanged.connect(self._dates_chosen)
        self.between.toggled.connect(self._dates_chosen)
        bar.addWidget(self.between)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.date_to)

    def _dates_chosen(self, *_args: object) -> None:
        on = bool(self.between and self.between.isChecked())
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.query.date_from = _day(self.date_from.date()) if on else None
        self.query.date_to = _day(self.date_to.date()) if on else None
        self.reload()

    def _patient_chosen(self, patient_id: int | None) -> None:
        self.query.patient_id = patient_id
        self.reload()

    def show_patient(self, patient_id: int | None, label: str = "") -> None:
        """Narrow the list to one patient (None: everyone)."""
        if self.picker is not None:
            self.picker.choose(patient_id, label)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- acting on records -----------------------------------------------------------------------

    def selected(self) -> tuple[int, Any] | None:
        """The current record: its id and its row (the list's named view), or None."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row(index.row())
        record_id = self.model.record_id(index.row())
        if row is None or record_id is None:
            return None
        return record_id, row

    def new_record(self) -> None:
        if self.editor is not None:
            self.editor.new(self, self.picker.patient_id if self.picker else None)

    def open_selected(self) -> None:
        chosen = self.selected()
        if self.editor is not None and chosen is not None:
            self.editor.open(self, *chosen)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if self.editor is not None and chosen is not None:
            self.editor.edit(self, *chosen)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if self.editor is not None and chosen is not None:
            self.editor.delete(self, *chosen)

    def open_patient(self) -> None:
        """The selected row's patient record (from a medication, visit or task)."""
        chosen = self.selected()
        # A patient's own row names no patient_id: the row is the patient.
        patient_id = getattr(chosen[1], "patient_id", None) if chosen else None
        if patient_id:
            self.caseload.record_wanted.emit(int(patient_id), self)

    def _double_clicked(self, index: QModelIndex) -> None:
        # A double-click on a patient's name opens their record; anywhere else, the row.
        keys = [column.key for column in self.spec.columns]
        if (
            0 <= index.column() < len(keys)
            and keys[index.column()] == "patient"
            and self.spec.listing != "patients"
        ):
            self.open_patient()
        else:
            self.open_selected()

    def _context_menu(self, point: QPoint) -> None:
        if self.editor is None:
            return
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        # What each item does runs once the menu has closed, not from inside its event loop:
        # an item may ask a question and then change what the list (and the menu's row) shows.
        runs: dict[QAction, Callable[[], object]] = {}

        def add(
            label: str, run: Callable[[], object], shortcut: QKeySequence | None = None
        ) -> QAction:
            action = menu.addAction(label)
            if shortcut is not None:
                action.setShortcut(shortcut)
            runs[action] = run
            return action

        chosen = self.selected() if index.isValid() else None
        if chosen is not None:
            add(self.tr("Open"), self.open_selected, QKeySequence(Qt.Key.Key_Return))
            add(self.tr("Edit…"), self.edit_selected, QKeySequence(Qt.Key.Key_F2))
            patient_id = getattr(chosen[1], "patient_id", None)
            if patient_id and self.spec.listing != "patients":
                add(self.tr("Open patient record"), self.open_patient, QKeySequence("Ctrl+Return"))
            extra = self.editor.actions(self, *chosen)
            if extra:
                menu.addSeparator()
                for item in extra:
                    add(item.label, item.run).setEnabled(item.enabled)
            menu.addSeparator()
            add(
                self.tr("Delete…"),
                self.delete_selected,
                QKeySequence(QKeySequence.StandardKey.Delete),
            )
            menu.addSeparator()
        add(
            self.editor.new_text,
            self.new_record,
            QKeySequence(QKeySequence.StandardKey.New),
        )
        picked = menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()
        run = runs.get(picked) if picked is not None else None
        if run is not None:
            run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.open_patient()
            return True
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self.editor is not None
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            handler = {
                Qt.Key.Key_Return: self.open_selected,
                Qt.Key.Key_Enter: self.open_selected,
                Qt.Key.Key_F2: self.edit_selected,
                Qt.Key.Key_Delete: self.delete_selected,
            }.get(Qt.Key(event.key()))
            if handler is not None:
                handler()
                return True
        # Down from the search box goes to the results, as in a browser's find bar.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
