"""A table's columns fitted to what they show: short ones to their content, text shares the rest.

Widths come from the rows on screen and the first page (never every row), so a list of
10,000 patients fits as quickly as one of ten. A column that repeats one value on every row is
hidden while that holds (and said in the header's tooltip), unless the user has chosen it; the
user's choices, resized columns and order are kept per table in QSettings (layout only).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from carebook.core.list_columns import Column
from carebook.ui.widgets.emphasis import Emphasis
from carebook.ui.widgets.table_model import RecordTableModel, shown_text, with_alert_word

#: Rows measured besides those on screen: the first page of any list.
SAMPLE = 200
#: The narrowest a text column is squeezed to, in average characters, when room is short.
TEXT_FLOOR = 10


def shares(
    room: int, floors: Sequence[int], needs: Sequence[int], weights: Sequence[int]
) -> list[int]:
    """Widths for text columns that together fill `room`: each gets at least its floor, then the
    rest goes by weight to those still short of their need, and what is left over after every
    need is met goes by weight again. Never less than the floors, whatever the room."""
    widths = [float(floor) for floor in floors]
    left = float(room - sum(floors))
    wanting = [n for n in range(len(widths)) if widths[n] < needs[n] and weights[n] > 0]
    while left > 0.5 and wanting:
        total = sum(weights[n] for n in wanting)
        given = 0.0
        for n in wanting:
            add = min(needs[n] - widths[n], left * weights[n] / total)
            widths[n] += add
            given += add
        left -= given
        wanting = [n for n in wanting if widths[n] < needs[n] - 0.5]
    if left > 0.5:
        total = sum(weights) or 1
        for n in range(len(widths)):
            widths[n] += left * weights[n] / total
    rounded = [int(width) for width in widths]
    spare = max(0, room - sum(rounded)) if left > -0.5 else 0
    if rounded and spare:
        rounded[max(range(len(rounded)), key=lambda n: (weights[n], -n))] += spare
    return rounded


class ColumnFit(QObject):
    """Keeps one table's columns fitted: on a new page of rows, on a resize, on the user's say."""

    note_changed = Signal(str)

    def __init__(self, view: QTableView, columns: Sequence[Column]) -> None:
        super().__init__(view)
        self.view = view
        self.columns = list(columns)
        self.name = view.accessibleName() or view.objectName()
        self.needs = [0] * len(self.columns)  # each column's content width, in pixels
        self.typical = [0] * len(self.columns)  # the width most of its rows fit in
        self.heading = [0] * len(self.columns)  # each heading's width
        self.same: dict[int, str] = {}  # column → the one value every row shows
        self.chosen: dict[str, bool] = {}  # the user's say: shown (True) or hidden (False)
        self.sized: set[str] = set()  # columns the user has resized: they keep their width
        self.note = ""
        self._fitting = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        self._restore()
        model = view.model()
        model.modelReset.connect(self.refit)
        model.layoutChanged.connect(self.refit)
        view.viewport().installEventFilter(self)
        self._scrolled = QTimer(self)
        self._scrolled.setSingleShot(True)
        self._scrolled.setInterval(120)  # once the scrolling stops
        self._scrolled.timeout.connect(self.widen_for_rows_on_screen)
        view.verticalScrollBar().valueChanged.connect(self._scrolled.start)
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_moved: self.save())
        self.refit()

    # -- measuring -------------------------------------------------------------------------------

    def on_screen(self) -> range:
        """The rows in view."""
        count = self.view.model().rowCount()
        first = max(0, self.view.rowAt(0))
        height = max(1, self.view.verticalHeader().defaultSectionSize())
        return range(first, min(count, first + self.view.viewport().height() // height + 2))

    def sample_rows(self) -> list[int]:
        """The rows measured: the first page and those on screen (no page read only for this)."""
        model = self.view.model()
        page = model.PAGE if isinstance(model, RecordTableModel) else SAMPLE
        return sorted(set(range(min(model.rowCount(), SAMPLE, page))) | set(self.on_screen()))

    def widen_for_rows_on_screen(self) -> None:
        """After a scroll: a short column wider where the rows now in view need it, never
        narrower (the columns do not jump about as the list moves)."""
        kept = list(self.needs), list(self.typical), dict(self.same)
        self.measure(list(self.on_screen()))
        needs = [max(old, new) for old, new in zip(kept[0], self.needs, strict=True)]
        self.needs, self.typical, self.same = needs, kept[1], kept[2]
        if needs != kept[0]:
            self.lay_out()

    def measure(self, rows: list[int] | None = None) -> None:
        """Each column's content width and the value every row repeats, from the sample."""
        view, model = self.view, self.view.model()
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        icon = view.iconSize().width()
        if icon <= 0:
            icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        plain = view.fontMetrics()
        bold_font = QFont(view.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header = view.horizontalHeader()
        heading = header.fontMetrics()
        head_margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        rows = self.sample_rows() if rows is None else rows
        every_row_seen = 1 < len(rows) == model.rowCount()
        texts, bolds, badges = self._read(rows)
        self.same = {}
        for number, column in enumerate(self.columns):
            widths = sorted(
                (bold if is_bold else plain).horizontalAdvance(text)
                + (icon + 2 * margin if badged else 0)
                for text, is_bold, badged in zip(texts[number], bolds, badges[number], strict=True)
            )
            self.needs[number] = widths[-1] + 2 * margin + 4 if widths else 0
            # Most rows whole before the longest few: the width four rows in five fit in.
            self.typical[number] = widths[len(widths) * 4 // 5] + 2 * margin + 4 if widths else 0
            self.heading[number] = (
                heading.horizontalAdvance(column.title) + 2 * head_margin + mark + 8
            )
            if column.hide_if_same and every_row_seen and len(set(texts[number])) == 1:
                self.same[number] = texts[number][0]

    def _read(self, rows: list[int]) -> tuple[list[list[str]], list[bool], list[list[bool]]]:
        """Each column's text on `rows`, which rows are bold, and which cells carry a badge."""
        model = self.view.model()
        count = len(self.columns)
        texts: list[list[str]] = [[] for _ in range(count)]
        badges: list[list[bool]] = [[] for _ in range(count)]
        bolds: list[bool] = []
        if isinstance(model, RecordTableModel):
            # Straight from the rows: a thousand cells read through the model's data() cost
            # ten times as much, and this runs on every search keystroke.
            for number in rows:
                row = model.row(number)
                emphasis = model.emphasis(row) if model.emphasis and row is not None else None
                bolds.append(emphasis is Emphasis.ALERT)
                for n, column in enumerate(self.columns):
                    value = None if row is None else getattr(row, column.key)
                    text = shown_text(column, value)
                    if model.alert_word and column.key == model.alert_word[0]:
                        text = with_alert_word(text, emphasis, model.alert_word[1])
                    texts[n].append(text)
                    badges[n].append(column.badge and bool(value) and value not in column.calm)
            return texts, bolds, badges
        decoration = Qt.ItemDataRole.DecorationRole
        for number in rows:
            font = model.index(number, 0).data(Qt.ItemDataRole.FontRole)
            bolds.append(isinstance(font, QFont) and font.bold())
            for n in range(count):
                index = model.index(number, n)
                texts[n].append(str(index.data() or ""))
                badges[n].append(index.data(decoration) is not None)
        return texts, bolds, badges

    # -- fitting ---------------------------------------------------------------------------------

    def refit(self) -> None:
        """Measure the rows afresh, hide or show the columns, and share out the width."""
        self.measure()
        self._fitting = True
        try:
            header = self.view.horizontalHeader()
            for number in range(len(self.columns)):
                header.setSectionHidden(number, not self.shown(number))
        finally:
            self._fitting = False
        notes = [
            self.tr("%s “%s”") % (self.columns[n].title, value)
            if value
            else self.tr("%s empty") % self.columns[n].title
            for n, value in sorted(self.same.items())
            if self.columns[n].key not in self.chosen
        ]
        note = "; ".join(notes)
        said = (
            self.tr("Hidden while every row says the same (right-click to show): %s") % note
            if note
            else ""
        )
        header.setToolTip(said)
        header.setAccessibleDescription(said)  # heard as well as seen
        if note != self.note:
            self.note = note
            self.note_changed.emit(note)
        self.lay_out()

    def shown(self, number: int) -> bool:
        """What the user chose, else shown unless it repeats one value on every row."""
        choice = self.chosen.get(self.columns[number].key)
        return choice if choice is not None else number not in self.same

    def widths(self, room: int) -> dict[int, int]:
        """The width of each column shown, for a viewport `room` pixels wide."""
        header = self.view.horizontalHeader()
        char = self.view.fontMetrics().averageCharWidth()
        shown = [n for n in range(len(self.columns)) if not header.isSectionHidden(n)]
        result: dict[int, int] = {}
        text = []
        for number in shown:
            column = self.columns[number]
            if column.key in self.sized:
                result[number] = header.sectionSize(number)
            elif column.share:
                text.append(number)
            else:  # a short column: all of its content and its heading, never cut
                result[number] = max(self.needs[number], self.heading[number])
        if text:
            needs = [max(self.needs[n], self.heading[n]) for n in text]
            floors = [min(need, TEXT_FLOOR * char) for need in needs]
            typical = [
                min(need, max(floor, self.typical[n], self.heading[n]))
                for n, need, floor in zip(text, needs, floors, strict=True)
            ]
            room_left = room - sum(result.values())
            weights = [self.columns[n].share for n in text]
            # First most rows of every text column whole, then the longest rows by weight.
            if room_left >= sum(typical):
                widths = shares(room_left, typical, needs, weights)
            else:
                widths = shares(room_left, floors, typical, weights)
            for number, width in zip(text, widths, strict=True):
                result[number] = width
        return result

    def lay_out(self) -> None:
        """Share the viewport's width out again (a resize: the content is as it was)."""
        if self.view.model() is None:
            return
        self._fitting = True
        try:
            for number, width in self.widths(self.view.viewport().width()).items():
                self.view.setColumnWidth(number, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.lay_out()
        return False

    # -- the user's say --------------------------------------------------------------------------

    def choose(self, key: str, shown: bool) -> None:
        """The user shows or hides a column: that wins over hiding a repeated value."""
        self.chosen[key] = shown
        self.refit()
        self.save()

    def reset(self) -> None:
        """Back to the default: every column in its place, fitted, none chosen."""
        self.chosen.clear()
        self.sized.clear()
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for number in range(len(self.columns)):
                header.moveSection(header.visualIndex(number), number)
        finally:
            self._fitting = False
        if self.name:
            QSettings().remove(self._key(""))
        self.refit()

    def _resized(self, number: int, _old: int, new: int) -> None:
        if self._fitting or new == 0 or not 0 <= number < len(self.columns):
            return
        self.sized.add(self.columns[number].key)
        self.save()

    # -- kept between starts ---------------------------------------------------------------------

    def _key(self, part: str) -> str:
        return f"tables/{self.name}/{part}" if part else f"tables/{self.name}"

    def save(self) -> None:
        """The layout only (which columns, how wide, in what order), never what the rows say."""
        if not self.name:
            return
        settings = QSettings()
        settings.setValue(self._key("header"), self.view.horizontalHeader().saveState())
        settings.setValue(
            self._key("chosen"), ",".join(f"{key}={int(on)}" for key, on in self.chosen.items())
        )
        settings.setValue(self._key("sized"), ",".join(sorted(self.sized)))

    def _restore(self) -> None:
        if not self.name:
            return
        settings = QSettings()
        keys = {column.key for column in self.columns}
        for part in str(settings.value(self._key("chosen"), "") or "").split(","):
            key, _, on = part.partition("=")
            if key in keys:
                self.chosen[key] = on == "1"
        sized = str(settings.value(self._key("sized"), "") or "").split(",")
        self.sized = {key for key in sized if key in keys}
        state = settings.value(self._key("header"))
        if isinstance(state, QByteArray | bytes) and state:
            header = self.view.horizontalHeader()
            self._fitting = True
            try:
                if not header.restoreState(QByteArray(state)):
                    self.sized.clear()
                header.setStretchLastSection(False)
                for number in range(len(self.columns)):
                    header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
            finally:
                self._fitting = False


def fit_of(view: QTableView) -> ColumnFit | None:
    """The fit kept for `view`, if its columns have been sized."""
    return view.findChild(ColumnFit)
