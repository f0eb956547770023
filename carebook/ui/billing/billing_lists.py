"""The activities time is kept for (with their rates) and the places trips start and end at:
each a small window to add, rename, set the rate of, or retire one."""

from __future__ import annotations

import dataclasses
from contextlib import suppress

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.core.billing_records import Activity, Place
from carebook.core.changes import Changes
from carebook.core.list_columns import Column
from carebook.core.money import format_cents
from carebook.core.words import translate
from carebook.ui.commands import Caseload
from carebook.ui.forms.billing_invoice_forms import activity_form, activity_of, place_form
from carebook.ui.forms.opening import run_form
from carebook.ui.forms.record_editor import attempt
from carebook.ui.widgets.emphasis import Emphasis
from carebook.ui.widgets.table_look import configure_table, size_columns
from carebook.ui.widgets.table_model import FixedSource, RecordTableModel


def _money(cents: object) -> str:
    return format_cents(int(cents)) if isinstance(cents, int) else ""


def _yes(value: object) -> str:
    return translate("BillingLists", "Yes") if value else translate("BillingLists", "No")


def _offered(retired: object) -> str:
    return translate("BillingLists", "Retired") if retired else translate("BillingLists", "Yes")


def activity_columns() -> tuple[Column, ...]:
    return (
        Column("name", translate("BillingLists", "Activity"), grow=1),
        Column(
            "hourly_rate_cents", translate("BillingLists", "Hourly rate"), _money, align_right=True
        ),
        Column("flat_cents", translate("BillingLists", "Fixed fee"), _money, align_right=True),
        Column("billable", translate("BillingLists", "Billable"), _yes),
        Column("retired", translate("BillingLists", "Offered"), _offered),
    )


def place_columns() -> tuple[Column, ...]:
    return (
        Column("name", translate("BillingLists", "Place"), grow=1),
        Column("address", translate("BillingLists", "Address"), grow=2),
    )


class NamesWindow(QDialog):
    """A list with Add, Edit and (for activities) Retire; Return edits the chosen one."""

    def __init__(
        self, caseload: Caseload, title: str, columns: tuple[Column, ...], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.setWindowTitle(title)
        self.model = RecordTableModel(columns, FixedSource(), self._emphasis, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(title)
        configure_table(self.table)
        self.table.setModel(self.model)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        add = self.buttons.addButton(self.tr("&Add…"), QDialogButtonBox.ButtonRole.ActionRole)
        add.clicked.connect(self.add)
        edit = self.buttons.addButton(self.tr("&Edit…"), QDialogButtonBox.ButtonRole.ActionRole)
        edit.clicked.connect(self.edit)
        for button in (add, edit):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        caseload.changed.connect(self._changed)
        self.load()
        size_columns(self.table, list(columns))
        self.resize(620, 420)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _emphasis(self, row: object) -> Emphasis:
        return Emphasis.MUTED if getattr(row, "retired", False) else Emphasis.NONE

    def _changed(self, changes: Changes) -> None:
        self.load()

    def chosen(self) -> object | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def load(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
        ):
            self.edit()
            return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        with suppress(RuntimeError, TypeError):  # already let go
            self.caseload.changed.disconnect(self._changed)
        super().done(result)


class ActivitiesWindow(NamesWindow):
    """The activities: add one, rename it, set its rate, retire it (kept on its entries)."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(caseload, self.tr("Activities"), activity_columns(), parent)
        self.note.setText(
            self.tr(
                "An activity's own rate comes before the client's and the practice's. A retired "
                "activity is no longer offered; the time kept for it keeps its name."
            )
        )

    def load(self) -> None:
        self.model.set_rows(self.caseload.store.time.activities(with_retired=True))

    def add(self) -> None:
        blank = Activity(name="")
        answer = run_form(activity_form(blank, self))
        if answer is not None:
            made = activity_of(answer, blank)
            attempt(self, lambda: self.caseload.add(made, self.tr("Add activity")))

    def edit(self) -> None:
        activity = self.chosen()
        if not isinstance(activity, Activity):
            return
        answer = run_form(activity_form(activity, self))
        if answer is None:
            return
        edited = activity_of(answer, activity)
        if edited != activity:
            attempt(self, lambda: self.caseload.save(edited, self.tr("Edit activity")))


class PlacesWindow(NamesWindow):
    """The places trips start and end at (clients' homes come with the clients)."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(caseload, self.tr("Places"), place_columns(), parent)
        self.note.setText(
            self.tr("Trips offer these places and each client's home as they are typed.")
        )

    def load(self) -> None:
        self.model.set_rows(self.caseload.store.trips.places())

    def add(self) -> None:
        answer = run_form(place_form(Place(name=""), self))
        if answer is not None:
            attempt(self, lambda: self.caseload.add(answer, self.tr("Add place")))

    def edit(self) -> None:
        place = self.chosen()
        if not isinstance(place, Place):
            return
        answer = run_form(place_form(dataclasses.replace(place), self))
        if answer is not None and answer != place:
            attempt(self, lambda: self.caseload.save(answer, self.tr("Edit place")))


def show_window(window: QDialog) -> None:
    try:
        window.exec()
    finally:
        window.deleteLater()
