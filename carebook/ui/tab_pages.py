"""The window's tabs, each made the first time it is shown or asked for, or while the window idles.

A coordinator opens carebook to Today; the Agenda, the lists and Billing each cost their module's
loading and a first read of the caseload. Made at start, they would keep the window from showing
for most of a second; made on first use, each would make its first switch slow. So only the tab
shown first is made at start, and the others are made one at a time once the window has
settled, or at once when a key or a link asks for one sooner. A tab that can read its first
rows ahead (`read_ahead`) does so in a stretch of its own after it is made: the first read of a
large caseload's table is the slow one, and the first switch then only draws.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

#: How long the window settles before the tabs not yet shown are made, and the pause between
#: two of them (each is one short stretch of work on the window's thread).
SETTLE_MS = 400
BETWEEN_MS = 60


class TabPages(QObject):
    """The tabs of `tabs`, each standing as an empty page until its widget is made."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._makers: dict[str, Callable[[], QWidget]] = {}
        self._stand_ins: dict[str, QWidget] = {}
        self._made: dict[str, QWidget] = {}
        # Before any other slot: whoever hears of the switch next finds the made tab current.
        tabs.currentChanged.connect(self._current_changed)
        self._warming: list[str] = []
        self._reading: list[Callable[[], object]] = []
        self._ready: Callable[[], bool] = lambda: False

    def add(self, key: str, title: str, make: Callable[[], QWidget], tip: str = "") -> None:
        """A tab titled `title` whose widget `make` gives the first time it is needed."""
        stand_in = QWidget(self.tabs)
        stand_in.setObjectName(f"{key} (not yet shown)")
        index = self.tabs.addTab(stand_in, title)
        if tip:
            self.tabs.setTabToolTip(index, tip)
        self._makers[key] = make
        self._stand_ins[key] = stand_in

    def add_made(self, key: str, title: str, widget: QWidget) -> None:
        """A tab whose widget is made already (the one shown at start)."""
        self.tabs.addTab(widget, title)
        self._made[key] = widget

    def index_of(self, key: str) -> int:
        """Where the tab stands, made or not (finding it makes nothing)."""
        return self.tabs.indexOf(self._made.get(key) or self._stand_ins[key])

    def get(self, key: str) -> QWidget:
        """The tab's widget, made now if it is not yet."""
        made = self._made.get(key)
        if made is not None:
            return made
        stand_in = self._stand_ins.pop(key)
        widget = self._makers.pop(key)()
        index = self.tabs.indexOf(stand_in)
        was_current = self.tabs.currentIndex()
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        # The swap is not a switch: nobody hears of it, and the current tab stays current.
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(was_current)
        finally:
            self.tabs.blockSignals(blocked)
        stand_in.deleteLater()
        self._made[key] = widget
        return widget

    @property
    def warming(self) -> bool:
        """Whether tabs are still being made, or their rows read ahead, while the window idles."""
        return bool(self._warming or self._reading)

    def key_at(self, index: int) -> str | None:
        """Which tab stands at `index`."""
        widget = self.tabs.widget(index)
        for key, made in (*self._made.items(), *self._stand_ins.items()):
            if made is widget:
                return key
        return None

    def warm_up(self, order: list[str], ready: Callable[[], bool]) -> None:
        """Make the tabs of `order` not yet made, one at a time, once the window has settled,
        for as long as `ready` says the window is still there to show them."""
        self._ready = ready
        self._warming = [key for key in order if key not in self._made]
        if self._warming:
            QTimer.singleShot(SETTLE_MS, self, self._warm_next)

    def _warm_next(self) -> None:
        if not self._ready():
            self._warming.clear()
            self._reading.clear()
            return
        if self._reading:
            self._reading.pop(0)()
        else:
            while self._warming:
                key = self._warming.pop(0)
                if key not in self._made:
                    read_ahead = getattr(self.get(key), "read_ahead", None)
                    if callable(read_ahead):
                        self._reading.append(read_ahead)
                    break
        if self._warming or self._reading:
            QTimer.singleShot(BETWEEN_MS, self, self._warm_next)

    def _current_changed(self, index: int) -> None:
        key = self.key_at(index)
        if key is not None and key not in self._made:
            self.get(key)
