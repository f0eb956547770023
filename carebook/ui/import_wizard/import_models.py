"""The import preview's tables: rows to import, problem rows, likely duplicates."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from carebook.core import display
from carebook.core.calendar_words import clock_text, day_text
from carebook.core.records import Allergy, Appointment, Condition, Medication, Patient, Task
from carebook.core.vocabularies import Vocabulary
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.interop.spreadsheet.columns import ColumnMapping, ImportKind, spec_of
from carebook.interop.spreadsheet.plan import DuplicateChoice, PlannedRow, RowProblem

#: Rows handed to a view at a time: a file of 100,000 rows costs nothing until scrolled.
BATCH = 1000

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

CHOICE_LABELS = {
    DuplicateChoice.SKIP: QT_TRANSLATE_NOOP("import_wizard", "Skip"),
    DuplicateChoice.MERGE: QT_TRANSLATE_NOOP("import_wizard", "Merge"),
    DuplicateChoice.ADD: QT_TRANSLATE_NOOP("import_wizard", "Add anyway"),
}
#: Fields a linked record's preview does not show as they are (the link, the parts of a start).
_NOT_SHOWN = frozenset(
    {
        "patient_external_id",
        "patient_name",
        "patient_given",
        "patient_family",
        "patient_birth_date",
        "date",
        "time",
        "end_time",
        "duration_min",
        "date_of_death",
    }
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def shown(value: Any) -> str:
    """A record's value as the preview shows it."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return translate("import_wizard", "Yes") if value else ""
    if isinstance(value, datetime):
        return display.day_and_time(value.isoformat())
    if isinstance(value, date):
        return display.day(value.isoformat())
    if isinstance(value, time):
        return clock_text(value)
    if isinstance(value, Vocabulary):  # its label, in its own vocabulary's words
        return display.code_of(type(value))(value.value)
    if isinstance(value, Enum):
        return display.code(str(value.value))
    if isinstance(value, float):
        return format(value, ".10g")
    return str(value)


def patient_label(patient: Patient, *, born: bool = True) -> str:
    """ "Family, Given (born 13 May 1941)", as the engine names a patient in the caseload."""
    name = ", ".join(
        part for part in (patient.family, patient.given or patient.preferred_name) if part
    )
    if born and patient.birth_date is not None:
        name = translate("import_wizard", "{name} (born {day})").format(
            name=name, day=patient.birth_date.isoformat()
        )
    return name


class LazyTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list, handed to its view a batch at a time."""

    def __init__(
        self, items: Sequence[T], headers: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.items = items
        self.headers = list(headers)
        self.loaded = min(BATCH, len(items))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.loaded < len(self.items)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(BATCH, len(self.items) - self.loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self.loaded, self.loaded + more - 1)
        self.loaded += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def item(self, index: Index) -> T | None:
        if (
            not index.isValid()
            or index.parent().isValid()
            or not (0 <= index.row() < self.loaded and 0 <= index.column() < len(self.headers))
        ):
            return None
        return self.items[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(_RIGHT.value)
        return None

    def text(self, item: T, column: int) -> str:
        raise NotImplementedError


class ProblemsModel(LazyTableModel[RowProblem]):
    """Every fault found, row by row: the row number, its column, and why."""

    def __init__(self, problems: Sequence[RowProblem], parent: QWidget | None = None) -> None:
        super().__init__(
            problems,
            [
                translate("import_wizard", "Row"),
                translate("import_wizard", "Column"),
                translate("import_wizard", "Why it cannot be imported"),
            ],
            parent,
        )

    def text(self, item: RowProblem, column: int) -> str:
        if column == 0:
            return f"{item.row:,}"
        if column == 1:
            return item.column or translate("import_wizard", "(the whole row)")
        return item.message


Column = tuple[str, Callable[[PlannedRow], Any]]


def _name(planned: PlannedRow) -> str:
    record = planned.record
    return patient_label(record, born=False) if isinstance(record, Patient) else ""


def preview_columns(kind: ImportKind, mapping: ColumnMapping) -> list[Column]:
    """What the "to import" table shows of each record: the row, who, then the fields chosen."""
    columns: list[Column] = [
        (translate("import_wizard", "Row"), lambda planned: f"{planned.row:,}")
    ]
    if kind is ImportKind.PATIENTS:
        columns.append((translate("import_wizard", "Name"), _name))
        columns.append(
            (
                translate("import_wizard", "Date of birth"),
                lambda planned: shown(getattr(planned.record, "birth_date", None)),
            )
        )
        taken = {"given", "family", "preferred_name", "birth_date"}
    else:
        columns.append((translate("import_wizard", "Patient"), lambda planned: planned.patient))
        taken = set()
    if kind is ImportKind.APPOINTMENTS:
        columns.append(
            (
                translate("import_wizard", "Starts"),
                lambda planned: shown(getattr(planned.record, "start", None)),
            )
        )
        columns.append(
            (
                translate("import_wizard", "Minutes"),
                lambda planned: shown(getattr(planned.record, "duration_min", None)),
            )
        )
    if kind is ImportKind.ALLERGIES:
        taken.add("end_date")  # not kept: the status it gives is shown instead
    for _column, name in sorted(mapping.items()):
        if name in taken or name in _NOT_SHOWN:
            continue
        taken.add(name)
        columns.append((spec_of(kind, name).label, _field_getter(name)))
    if kind in (ImportKind.ALLERGIES, ImportKind.CONDITIONS) and "status" not in taken:
        # An end date changes the status: an allergy shown active or not matters.
        columns.append((translate("import_wizard", "Status"), _field_getter("status")))
    return columns


def _field_getter(name: str) -> Callable[[PlannedRow], str]:
    def get(planned: PlannedRow) -> str:
        return shown(getattr(planned.record, name, None))

    return get


class AcceptedModel(LazyTableModel[PlannedRow]):
    """The records the rows that can be imported become, as carebook will keep them."""

    def __init__(
        self, rows: Sequence[PlannedRow], columns: Sequence[Column], parent: QWidget | None = None
    ) -> None:
        super().__init__(rows, [title for title, _ in columns], parent)
        self.getters = [getter for _, getter in columns]

    def text(self, item: PlannedRow, column: int) -> str:
        return str(self.getters[column](item))


class DuplicatesModel(LazyTableModel[PlannedRow]):
    """The rows that look like a record already there, each with what to do about it."""

    choices_changed = Signal()
    CHOICE = 4

    def __init__(self, rows: Sequence[PlannedRow], parent: QWidget | None = None) -> None:
        super().__init__(
            rows,
            [
                translate("import_wizard", "Row"),
                translate("import_wizard", "In the file"),
                translate("import_wizard", "Looks like"),
                translate("import_wizard", "Why"),
                translate("import_wizard", "What to do"),
            ],
            parent,
        )
        self.choices: dict[int, DuplicateChoice] = {
            planned.row: DuplicateChoice.SKIP for planned in rows
        }

    def text(self, item: PlannedRow, column: int) -> str:
        duplicate = item.duplicate
        assert duplicate is not None
        if column == 0:
            return f"{item.row:,}"
        if column == 1:
            if isinstance(item.record, Patient):
                return patient_label(item.record)
            return f"{_record_words(item.record)} — {item.patient}"
        if column == 2:
            if duplicate.patient_id is not None:
                return (
                    duplicate.existing
                    or translate("import_wizard", "patient %d") % duplicate.patient_id
                )
            if duplicate.of_row is None:
                return translate("import_wizard", "one already in the caseload")
            return (
                translate("import_wizard", "repeats row %s of this file") % f"{duplicate.of_row:,}"
            )
        if column == 3:
            reason = duplicate.reason  # in the chosen language already
            return reason[:1].upper() + reason[1:]
        return translate("import_wizard", CHOICE_LABELS[self.choices[item.row]])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.column() == self.CHOICE:
            item = self.item(index)
            return None if item is None else self.choices[item.row].value
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CHOICE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index)
        if item is None or role != Qt.ItemDataRole.EditRole or index.column() != self.CHOICE:
            return False
        try:
            choice = DuplicateChoice(value)
        except ValueError:
            return False
        if self.choices[item.row] is not choice:
            self.choices[item.row] = choice
            self.dataChanged.emit(
                index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole]
            )
            self.choices_changed.emit()
        return True

    def set_all(self, choice: DuplicateChoice) -> None:
        """The same choice for every duplicate (the "Skip all" and "Merge all" buttons)."""
        for row in self.choices:
            self.choices[row] = choice
        if self.loaded:
            self.dataChanged.emit(
                self.index(0, self.CHOICE),
                self.index(self.loaded - 1, self.CHOICE),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole],
            )
        self.choices_changed.emit()

    def skipped_repeats(self) -> int:
        """How many rows repeating an earlier row of the file are to be skipped."""
        return sum(
            1
            for planned in self.items
            if planned.duplicate is not None
            and planned.duplicate.of_row is not None
            and self.choices[planned.row] is DuplicateChoice.SKIP
        )

    def counts(self) -> Mapping[DuplicateChoice, int]:
        counted = dict.fromkeys(DuplicateChoice, 0)
        for choice in self.choices.values():
            counted[choice] += 1
        return counted


class ChoiceDelegate(QStyledItemDelegate):
    """The "Do" column edited with a list: Skip, Merge (patients only), Add anyway."""

    def __init__(self, parent: QObject | None = None, *, merge: bool = True) -> None:
        super().__init__(parent)
        self.merge = merge

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for choice, label in CHOICE_LABELS.items():
            if choice is not DuplicateChoice.MERGE or self.merge:
                combo.addItem(translate("import_wizard", label), choice.value)
        combo.setAccessibleName(translate("import_wizard", "What to do with this row"))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _record_words(record: object) -> str:
    """A linked record in a few words: what it is, and its date."""
    if isinstance(record, Medication):
        return _dated(record.name, record.start_date)
    if isinstance(record, Appointment):
        return f"{day_text(record.start.date())} {clock_text(record.start)}"
    if isinstance(record, Task):
        return _dated(record.title, record.due_date)
    if isinstance(record, Allergy):
        return record.substance
    if isinstance(record, Condition):
        return _dated(record.description, record.onset_date)
    return ""


def _dated(words: str, day: date | None) -> str:
    return f"{words}, {day_text(day)}" if day is not None else words


def preview_table(model: QAbstractItemModel, parent: QWidget, name: str) -> QTableView:
    """A read-only list of the preview (rows to import, problems, duplicates)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    limit = view.fontMetrics().horizontalAdvance("m") * 24
    for column in range(model.columnCount() - 1):
        header.resizeSection(column, min(header.sectionSize(column), limit))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view
