"""The Agenda's panes (visits or schedule, tasks, reviews): room by their rows, sizes kept.

Each pane is given the height its rows need while there is room; when there is not, each keeps
a few rows and the rest is shared by weight, so a pane of 17 reviews never shows only two. Once
the user drags a divider, her sizes are kept (in QSettings: the layout only) and restored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QStackedWidget, QTableView, QWidget

from carebook.ui.widgets.column_fit import shares

#: Where the user's sizes are kept.
SETTINGS_KEY = "agenda/panes"
#: The share of the height (in per cent) the day's, week's or month's schedule keeps.
SCHEDULE_SHARE = 55
#: The rows each table keeps in view however little room there is.
FEWEST_ROWS = 3


def scrolled(splitter: QSplitter) -> QScrollArea:
    """The panes in a scroll area that shows no bar while they fit: on a screen too short for
    every pane's few rows (1366×768 at 150 % scale), the Agenda scrolls instead of the window
    manager squeezing the panes over one another."""
    area = QScrollArea(splitter.parentWidget())
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(splitter)
    return area


class AgendaPanes(QObject):
    """Sizes a vertical splitter's panes by the rows of the table in each."""

    def __init__(
        self,
        splitter: QSplitter,
        panes: Sequence[tuple[QWidget, QTableView | None, int]],
    ) -> None:
        """`panes`: each pane, the table in it (hidden or None: a view that takes all it is
        given, the schedule) and its weight in the room that is short."""
        super().__init__(splitter)
        self.splitter = splitter
        self.panes = list(panes)
        self.user_sized = False
        self._fitting = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        for number, (_pane, _table, weight) in enumerate(self.panes):
            splitter.setStretchFactor(number, weight)
        splitter.setChildrenCollapsible(False)
        for pane, table, _weight in self.panes:
            if isinstance(pane, QStackedWidget):  # the list or the schedule
                pane.currentChanged.connect(self._pending.start)
            if table is not None:
                table.model().modelReset.connect(self._pending.start)
                row = table.verticalHeader().defaultSectionSize()
                table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + 2 * row)
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)
        self._restored: QByteArray | None = None
        state = QSettings().value(SETTINGS_KEY)
        if isinstance(state, QByteArray | bytes) and state:
            self.user_sized = splitter.restoreState(QByteArray(state))
            self._restored = QByteArray(state) if self.user_sized else None

    def wanted(self, pane: QWidget, table: QTableView | None) -> tuple[int, int]:
        """The least height a pane keeps and the height that shows all of its rows."""
        if table is None or not table.isVisibleTo(pane):  # the schedule: all there is
            least = max(pane.minimumSizeHint().height(), 200)
            return least, 10**6
        page = table.parentWidget() or pane  # the label and buttons around the table
        around = max(0, page.sizeHint().height() - table.sizeHint().height())
        frame = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        if table.horizontalScrollBar().isVisible():
            frame += table.horizontalScrollBar().sizeHint().height()
        row = table.verticalHeader().defaultSectionSize()
        rows = table.model().rowCount()
        least = around + frame + row * min(max(rows, 1), FEWEST_ROWS)
        return least, around + frame + row * max(rows, 1)

    def refit(self) -> None:
        """Size the panes again once the events in hand are done (a view switched)."""
        self._pending.start()

    def fit(self) -> None:
        """Give each pane the room its rows need, as far as the splitter's height allows."""
        shown = [(pane, table, weight) for pane, table, weight in self.panes if not pane.isHidden()]
        wanted = [self.wanted(pane, table) for pane, table, _weight in shown]
        handles = self.splitter.handleWidth() * max(len(shown) - 1, 0)
        room = sum(self.splitter.sizes()) or self.splitter.height() - handles
        if sum(least for least, _need in wanted) > room:
            # Too little room for a few rows each: panes laid over each other would hide the
            # tables' headings, so each keeps only what its own layout cannot do without.
            wanted = [
                (pane.minimumSizeHint().height(), need)
                for (pane, _table, _weight), (_least, need) in zip(shown, wanted, strict=True)
            ]
        self._fitting = True
        try:
            for (pane, _table, _weight), (least, _need) in zip(shown, wanted, strict=True):
                pane.setMinimumHeight(least)  # a few rows, not the schedule's own minimum
            if self.user_sized:
                if self._restored is not None:  # her sizes, now that the minimums allow them
                    self.splitter.restoreState(self._restored)
                    self._restored = None
                return
            if room > 0:
                floors = [floor for floor, _need in wanted]
                for number, (pane, table, _weight) in enumerate(shown):
                    if table is None or not table.isVisibleTo(pane):
                        # The schedule is what she came for: given half the height at least
                        # while the others keep their few rows (she may drag it smaller).
                        share = min(
                            room * SCHEDULE_SHARE // 100, room - sum(floors) + floors[number]
                        )
                        floors[number] = max(floors[number], share)
                needs = [need for _floor, need in wanted]
                weights = [weight for _pane, _table, weight in shown]
                self.splitter.setSizes(shares(room, floors, needs, weights))
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._pending.start()
        return False

    def _moved(self, _position: int, _index: int) -> None:
        if self._fitting:
            return
        self.user_sized = True
        QSettings().setValue(SETTINGS_KEY, self.splitter.saveState())

    def reset(self) -> None:
        """Back to sizes by rows, forgetting the user's."""
        self.user_sized = False
        QSettings().remove(SETTINGS_KEY)
        self.fit()
