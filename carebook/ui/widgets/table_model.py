"""The one table model behind every list: columns from a spec, rows fetched a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import Enum
from functools import cache
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from carebook.core.list_columns import Column
from carebook.core.views import ListQuery
from carebook.core.vocabularies import TaskPriority
from carebook.store.caseload import Store
from carebook.ui.widgets.emphasis import Emphasis

Index = QModelIndex | QPersistentModelIndex
#: A row of a table: a record, or a list's named view (carebook.core.list_rows); each column
#: reads the attribute its key names.
Row = Any

#: Role that returns a cell's typed value (a date, a status) rather than its display text.
RawRole = Qt.ItemDataRole.UserRole + 1


#: The sign beside a priority that cannot wait; with the palette's accent colour, so that it
#: reads in a dark palette too and bold stays for what is overdue.
PRIORITY_SIGNS = {TaskPriority.URGENT: "▲", TaskPriority.ASAP: "▲▲"}


def shown_text(column: Column, value: Any) -> str:
    """A cell's text: the column's words for the value, and a priority's sign before it."""
    text = column.show(value)
    sign = PRIORITY_SIGNS.get(value) if isinstance(value, TaskPriority) else None
    return f"{sign} {text}" if sign else text


def with_alert_word(text: str, emphasis: Emphasis | None, word: str) -> str:
    """A cell's text with the word that says why its row is bold ("Overdue, 24 Nov 2026")."""
    if emphasis is not Emphasis.ALERT:
        return text
    return f"{word}, {text}" if text else word


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = colour.redF(), colour.greenF(), colour.blueF()
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _over(colour: QColor, ground: QColor) -> QColor:
    """A see-through colour as it shows on `ground` (a palette's greyed text often is)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + ground.redF() * (1 - alpha),
        colour.greenF() * alpha + ground.greenF() * (1 - alpha),
        colour.blueF() * alpha + ground.blueF() * (1 - alpha),
    )


def readable(palette: QPalette, role: QPalette.ColorRole) -> QColor:
    """The palette's `role`, moved toward its text colour until it reads (4.5:1) on both the
    base and the alternate rows' base: a light style's accent is often too pale for words on
    white, and its greyed text is black made half see-through."""
    base = palette.color(QPalette.ColorRole.Base)
    grounds = (base, palette.color(QPalette.ColorRole.AlternateBase))
    colour = _over(palette.color(role), base)
    text = palette.color(QPalette.ColorRole.Text)
    for step in range(11):
        share = step / 10
        mixed = QColor.fromRgbF(
            colour.redF() * (1 - share) + text.redF() * share,
            colour.greenF() * (1 - share) + text.greenF() * share,
            colour.blueF() * (1 - share) + text.blueF() * share,
        )
        if all(contrast(mixed, ground) >= 4.5 for ground in grounds):
            return mixed
    return text


def readable_accent(palette: QPalette) -> QColor:
    """The accent that marks what is urgent, readable on every row."""
    return readable(palette, QPalette.ColorRole.Accent)


def readable_muted(palette: QPalette) -> QColor:
    """The greyed colour of what is history, still readable on every row."""
    return readable(palette, QPalette.ColorRole.PlaceholderText)


@cache
def accent_brush(_palette_key: int) -> QBrush:
    """The readable accent of the application's palette, worked out once for each palette
    (the key its cache key: a new palette, as in the dark appearance, has its own)."""
    return QBrush(readable_accent(QGuiApplication.palette()))


@cache
def muted_brush(_palette_key: int) -> QBrush:
    """The palette's colour for what is history (greyed), once for each palette."""
    return QBrush(readable_muted(QGuiApplication.palette()))


#: The roles a list's cell answers (see RecordTableModel.data).
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        RawRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
    )
)
_CHOOSABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_FONT, _FOREGROUND = int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
#: Cells whose text is kept (a few screens' worth), before starting afresh.
_KEPT_CELLS = 20_000


def _alignment(column: Column) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


@cache
def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class RowSource(Protocol):
    """Where a table's rows come from: how many there are, and a slice of them."""

    def count(self) -> int: ...

    def rows(self, offset: int, limit: int) -> list[Row]: ...

    def sort(self, key: str, descending: bool) -> None: ...


class ListingSource:
    """Rows of one of the store's list views, for a query the tab keeps up to date."""

    def __init__(self, store: Store, listing: str, query: ListQuery, *, checked: bool = True):
        self.store = store
        self.listing = listing
        self.query = query
        self.checked = checked  # medications: with what the medication checks say of each

    def count(self) -> int:
        return self.store.lists.list_count(self.listing, self.query)

    def rows(self, offset: int, limit: int) -> list[Row]:
        return self.store.lists.list_records(
            self.listing, self.query, offset, limit, checked=self.checked
        )

    def sort(self, key: str, descending: bool) -> None:
        self.query.sort, self.query.descending = key, descending

    def sorted_by(self) -> tuple[str, bool]:
        """The field the rows are ordered by now, and whether backwards."""
        key = self.query.sort or self.store.lists.default_sort(self.listing)
        return key, self.query.descending


class FixedSource:
    """Rows already in memory (a patient's conditions), in the order given."""

    def __init__(self, rows: Sequence[Row] = ()):
        self.data: list[Row] = list(rows)

    def count(self) -> int:
        return len(self.data)

    def rows(self, offset: int, limit: int) -> list[Row]:
        return self.data[offset : offset + limit]

    def sort(self, key: str, descending: bool) -> None:
        self.data.sort(key=lambda row: _sort_key(getattr(row, key)), reverse=descending)


def _sort_key(value: Any) -> tuple[bool, Any]:
    """Blanks last; a status sorts by its stored code."""
    return (value is None, value.value if isinstance(value, Enum) else value)


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a RowSource that keeps only a few pages of rows in memory."""

    #: A list this short is read whole, so that its columns are measured on every row (a
    #: column repeating one value on all of them is hidden).
    WHOLE = 200
    #: Rows read at a time from a longer list: two screens or so, since every search
    #: keystroke reads (and the columns measure) the first page anew.
    PAGE_ROWS = 50
    KEPT_PAGES = 48

    def __init__(
        self,
        columns: Sequence[Column],
        source: RowSource,
        emphasis: Callable[[Any], Emphasis] | None = None,
        parent: Any = None,
        *,
        alert_word: tuple[str, str] | None = None,
    ) -> None:
        """`alert_word` (a column's key, a word) puts the word before that column's text on a
        row that stands out as needing attention, so that bold is never the only sign."""
        super().__init__(parent)
        self.columns = list(columns)
        self.source = source
        self.emphasis = emphasis
        self.alert_word = alert_word
        self._count: int | None = None
        self._page: int | None = None  # rows read at a time, where set rather than chosen
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def PAGE(self) -> int:
        """Rows read at a time: the whole of a short list, else PAGE_ROWS."""
        if self._page is not None:
            return self._page
        return self.WHOLE if self.rowCount() <= self.WHOLE else self.PAGE_ROWS

    @PAGE.setter
    def PAGE(self, rows: int) -> None:
        self._page = rows

    @property
    def columns(self) -> list[Column]:
        return self._columns

    @columns.setter
    def columns(self, columns: list[Column]) -> None:
        self._columns = columns
        self._alignments = [_alignment(column) for column in columns]
        self._texts: dict[tuple[int, int], str] = {}  # each cell's text, as shown
        self._emphases: dict[int, Emphasis] = {}  # how each row stands out

    # -- reading ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        if self._count is None:
            self._count = self.source.count()
        return self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row(self, number: int) -> Row | None:
        """The stored values of row `number`, fetching its page if needed."""
        if not 0 <= number < self.rowCount():
            return None
        size = self.PAGE
        page_number = number // size
        page = self._pages.get(page_number)
        if page is None:
            page = self.source.rows(page_number * size, size)
            self._pages[page_number] = page
            if len(self._pages) > self.KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = number - page_number * size
        return page[offset] if offset < len(page) else None

    def value(self, number: int, key: str) -> Any:
        row = self.row(number)
        return None if row is None else getattr(row, key)

    def record_id(self, number: int) -> int | None:
        identifier = self.value(number, "id")
        return None if identifier is None else int(identifier)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked some ten times for each cell on every paint: the roles not answered go first,
        # and a row is read only for a role that needs it.
        if role not in _ANSWERED or not index.isValid():
            return None
        number, columns = index.column(), self._columns
        if number >= len(columns):
            return None
        if role == _ALIGNMENT:
            return self._alignments[number]
        column, row_number = columns[number], index.row()
        if role in (_DISPLAY, _TOOLTIP):
            # Kept once worked out: a paint asks again for each cell's text and looks.
            cell = (row_number, number)
            text = self._texts.get(cell)
            if text is None:
                if len(self._texts) > _KEPT_CELLS:
                    self._texts.clear()
                text = shown_text(column, self.value(row_number, column.key))
                if self.alert_word and column.key == self.alert_word[0]:
                    text = with_alert_word(text, self._emphasis(row_number), self.alert_word[1])
                self._texts[cell] = text
            return text
        if role == _DECORATION:
            if not column.badge:
                return None
            value = self.value(row_number, column.key)
            return _warning_icon() if value and value not in column.calm else None
        if role in (_FONT, _FOREGROUND):
            emphasis = self._emphasis(row_number)
            if emphasis is None:
                return None
            if role == _FONT:
                return self._bold if emphasis is Emphasis.ALERT else None
            key = QGuiApplication.palette().cacheKey()
            if emphasis is Emphasis.MUTED:
                return muted_brush(key)
            value = self.value(row_number, column.key)
            urgent = isinstance(value, TaskPriority) and value in PRIORITY_SIGNS
            return accent_brush(key) if urgent else None
        value = self.value(row_number, column.key)
        if role == RawRole:
            return value
        # What a screen reader says of the cell.
        if isinstance(value, TaskPriority):
            return QGuiApplication.translate("RecordTableModel", "%s priority") % value.label
        return column.show(value)

    def _emphasis(self, number: int) -> Emphasis | None:
        """How row `number` stands out (worked out once), or None where there is no such row."""
        emphasis = self._emphases.get(number)
        if emphasis is None:
            row = self.row(number)
            if row is None:
                return None
            if len(self._emphases) > _KEPT_CELLS:
                self._emphases.clear()
            emphasis = self._emphases[number] = (
                self.emphasis(row) if self.emphasis else Emphasis.NONE
            )
        return emphasis

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CHOOSABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    # -- changing what is shown ------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        key, descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if isinstance(self.source, ListingSource) and self.source.sorted_by() == (key, descending):
            return  # already so (a list shown the first time): its rows need not be read again
        self.beginResetModel()
        self.source.sort(key, descending)
        self._forget()
        self.endResetModel()

    def _forget(self) -> None:
        """Let go of every row read, and what was worked out from them."""
        self._pages.clear()
        self._texts.clear()
        self._emphases.clear()

    def reload(self) -> None:
        """Read the rows again (the query or the caseload changed)."""
        self.beginResetModel()
        self._count = None
        self._forget()
        self.endResetModel()

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the rows of a FixedSource."""
        if not isinstance(self.source, FixedSource):
            raise TypeError("set_rows needs a FixedSource")
        self.beginResetModel()
        self.source.data = list(rows)
        self._count = None
        self._forget()
        self.endResetModel()
