"""The one record form: a dialog built from field specs that edits any kind of record."""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carebook.core.errors import ValidationError
from carebook.core.words import translate
from carebook.store.caseload import Store
from carebook.ui.forms.date_fields import DateField, DateTimeField
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.field_widgets import make_field
from carebook.ui.forms.form_field import FormField
from carebook.ui.forms.handover import Handover, hand_over
from carebook.ui.forms.repeat_field import RepeatField, anchor_start, start_from
from carebook.ui.widgets.accessible import name_from_label

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


class RecordForm(QDialog, Generic[R]):
    """Edits a copy of one record; `record()` is the new record once saved, else None."""

    def __init__(
        self,
        title: str,
        specs: Sequence[FieldSpec],
        record: R,
        *,
        validate: Callable[[R], None],
        warn: Callable[[R], str | None] | None = None,
        contacts: Sequence[tuple[int, str]] = (),
        store_for_patients: Store | None = None,
        pickers: Mapping[str, Sequence[tuple[int, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`contacts` are offered by every "contact" field; `pickers` gives a field its own
        list instead, by field name (a care plan's goals, a patient's conditions)."""
        super().__init__(parent)
        if not specs:
            raise ValueError("a form needs at least one field")
        names = {item.name for item in dataclasses.fields(record)}
        for spec in specs:
            if spec.name not in names:
                raise ValueError(f"{type(record).__name__} has no field {spec.name!r}")
        self.setWindowTitle(title)
        self._original = record  # never changed: the saved record is a new one
        self._validate = validate
        self._warn = warn
        self._saved: R | None = None
        # The same form again, on another record: shown when the save of this one is refused.
        self._again = functools.partial(
            type(self),
            title,
            specs,
            validate=validate,
            warn=warn,
            contacts=contacts,
            store_for_patients=store_for_patients,
            pickers=pickers,
            parent=parent,
        )

        page = QWidget(self)
        self.top_message = FieldMessage(page)
        self._fields: dict[str, FormField] = {}
        rows = QFormLayout()
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            offered = (pickers or {}).get(spec.name, contacts)
            field = make_field(spec, page, offered, store_for_patients)
            if isinstance(field, RepeatField):
                field.editor.set_start(anchor_start(record, spec.anchor))
            field.show(record)
            self._fields[spec.name] = field
            self._add_row(rows, field, page)
        for field in self._fields.values():
            if isinstance(field, RepeatField):
                self._follow_anchor(field)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.top_message)
        page_layout.addLayout(rows)
        page_layout.addStretch(1)

        # Long forms (a patient has twenty fields) scroll on a small laptop screen.
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(page)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Return; Ctrl+Return in a notes field)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.buttons)

        # Return in a multi-line field makes a new line, so Ctrl+Return saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self._set_tab_order()
        self._size_to(page)
        self.first_editor().setFocus(Qt.FocusReason.OtherFocusReason)
        # What the fields say before anything is typed, to know on Escape whether to ask.
        self._as_opened = self._said()

    # -- building --------------------------------------------------------------------------------

    def _add_row(self, rows: QFormLayout, field: FormField, page: QWidget) -> None:
        cell = QWidget(page)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field.widget)
        column.addWidget(field.message)
        # A check box carries its own words; every other field has a label naming it.
        label = QLabel(
            "" if field.spec.kind == "flag" else translate("RecordForm", field.spec.label), page
        )
        name_from_label(label, field.focus)
        rows.addRow(label, cell)

    def _follow_anchor(self, field: RepeatField) -> None:
        """Keep the repeat editor's start on the start the user is typing."""
        anchors = [self._fields[name] for name in field.spec.anchor if name in self._fields]

        def moved(*_args: object) -> None:
            values: list[Any] = []
            for anchor in anchors:
                try:
                    values.append(anchor.value())
                except ValidationError:
                    return  # half-typed: keep the last good start
            start = start_from(values)
            if start is not None:
                field.editor.set_start(start)

        for anchor in anchors:
            for widget in anchor.tab_chain():
                if isinstance(widget, QLineEdit):
                    widget.textChanged.connect(moved)

    def _set_tab_order(self) -> None:
        chain = [widget for field in self._fields.values() for widget in field.tab_chain()]
        chain += [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _size_to(self, page: QWidget) -> None:
        wanted = page.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() else None
        tallest = int(screen.height() * 0.9) if screen else 700
        self.resize(max(520, wanted.width() + 40), min(wanted.height() + self._around(), tallest))
        self._page = page
        # A timer the form owns, so a form closed before it fires is never touched after.
        self._growing = QTimer(self)
        self._growing.setSingleShot(True)
        self._growing.setInterval(0)
        self._growing.timeout.connect(self._grow)
        # A field that grows (Weekly shows the days, an error appears under a field) makes
        # the form grow with it, up to the screen, instead of hiding fields behind a scrollbar.
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "_page", None) and event.type() == QEvent.Type.LayoutRequest:
            self._growing.start()
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        # A line shown above the fields (a medication's warnings) needs room too.
        if event.type() == QEvent.Type.LayoutRequest and hasattr(self, "_growing"):
            self._growing.start()
        return super().event(event)

    def _around(self) -> int:
        """The height of all but the fields: the margins, the buttons, and what a caller put
        above the fields (the patient's name on a medication)."""
        layout = self._layout
        margins = layout.contentsMargins()
        others = [item for n in range(layout.count()) if (item := layout.itemAt(n)) is not None]
        return (
            margins.top()
            + margins.bottom()
            + sum(
                int(item.sizeHint().height())
                for item in others
                if item.widget() is not self._scroll
            )
            + layout.spacing() * max(len(others) - 1, 0)
            + 2 * self._scroll.frameWidth()
            + 8  # the page's own slack, so its last field is not flush with the buttons
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._growing.start()  # a caller may have added a line above the fields since

    def _grow(self) -> None:
        """Make room for the fields' content, never taller than the screen allows."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return
        wanted = self._page.sizeHint()
        height = min(
            max(self.height(), wanted.height() + self._around()), int(screen.height() * 0.9)
        )
        width = min(max(self.width(), wanted.width() + 40), screen.width())
        if (width, height) == (self.width(), self.height()):
            return
        self.resize(width, height)
        # Keep the grown form on the screen: move it up if its foot went below the bottom.
        frame = self.frameGeometry()
        if frame.bottom() > screen.bottom():
            self.move(self.x(), max(screen.top(), self.y() - (frame.bottom() - screen.bottom())))

    # -- what tests and callers read -------------------------------------------------------------

    def editor(self, name: str) -> QWidget:
        """The widget that takes the focus for field `name`."""
        return self._fields[name].focus

    def editors(self, name: str) -> list[QWidget]:
        """Every widget of field `name` in tab order (a date and time has two)."""
        return self._fields[name].tab_chain()

    def first_editor(self) -> QWidget:
        return next(iter(self._fields.values())).focus

    def message(self, name: str) -> FieldMessage:
        """The line under field `name` (an error, or a note such as "cut to N characters")."""
        return self._fields[name].message

    def calendar_button(self, name: str) -> QToolButton:
        field = self._fields[name]
        day = field.day if isinstance(field, DateTimeField) else field
        if not isinstance(day, DateField):
            raise KeyError(f"{name!r} is not a date field")
        return day.button

    def calendar(self, name: str) -> QCalendarWidget | None:
        """The calendar popup of date field `name`, once it has been opened."""
        field = self._fields[name]
        day = field.day if isinstance(field, DateTimeField) else field
        return day.calendar if isinstance(day, DateField) else None

    def record(self) -> R | None:
        """The record as saved, or None while not saved (or cancelled)."""
        return self._saved

    def run(self) -> R | None:
        """Show the form modally; the new record, or None when cancelled.

        The record is also handed to `take_handed_over`, so that if the change that saves it
        right away is refused (a full disk), the form can come back with it (`Handover`).
        """
        self.exec()
        if self._saved is not None:
            hand_over(Handover(self._saved, self._again))
        return self._saved

    def show_refusal(self, text: str) -> None:
        """Say above the fields why the last save did not happen (the store refused it)."""
        self.top_message.show_error(text)
        self.first_editor().setAccessibleDescription(text)  # read out with the focus
        self._scroll.ensureWidgetVisible(self.top_message)

    @classmethod
    def edit(
        cls,
        title: str,
        specs: Sequence[FieldSpec],
        record: R,
        *,
        validate: Callable[[R], None],
        warn: Callable[[R], str | None] | None = None,
        contacts: Sequence[tuple[int, str]] = (),
        store_for_patients: Store | None = None,
        parent: QWidget | None = None,
    ) -> R | None:
        """Open a form on `record` and wait: the edited copy, or None when cancelled."""
        form: RecordForm[R] = cls(
            title,
            specs,
            record,
            validate=validate,
            warn=warn,
            contacts=contacts,
            store_for_patients=store_for_patients,
            parent=parent,
        )
        try:
            return form.run()
        finally:
            form.deleteLater()

    # -- leaving ---------------------------------------------------------------------------------

    def _said(self) -> list[object]:
        """What each field holds now; a field that cannot be read yet holds its error."""
        values: list[object] = []
        for field in self._fields.values():
            try:
                values.append(field.value())
            except ValidationError as error:
                values.append(error)
        return values

    def is_changed(self) -> bool:
        """Whether anything was typed or chosen since the form opened."""
        now = self._said()
        return any(
            (str(before) != str(after)) if isinstance(before, ValidationError) else before != after
            for before, after in zip(self._as_opened, now, strict=True)
        )

    def reject(self) -> None:
        """Escape or Cancel: leave at once when nothing changed, else ask first."""
        if self.is_changed() and not self._discard_asked():
            return
        super().reject()

    def _discard_asked(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard changes?"),
            self.tr("%s: what you typed is not saved yet. Discard it?") % self.windowTitle(),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    # -- saving ----------------------------------------------------------------------------------

    def accept(self) -> None:
        """Save only when every field reads, the validator agrees, and any warning is accepted."""
        record = self._build()
        if record is None or not self._confirm(record):
            return
        self._saved = record
        super().accept()

    def _build(self) -> R | None:
        self._clear_errors()
        values: dict[str, Any] = {}
        problems: list[tuple[str, str]] = []
        for name, field in self._fields.items():
            try:
                field.fill(values)
            except ValidationError as error:
                problems.append((name, str(error)))
        if problems:
            for name, text in reversed(problems):  # the focus ends on the first problem
                self.show_problem(name, text)
            return None
        record = dataclasses.replace(self._original, **values)
        try:
            self._validate(record)
        except ValidationError as error:
            self.show_problem(error.field, str(error))
            return None
        return record

    def _confirm(self, record: R) -> bool:
        doubt = self._warn(record) if self._warn else None
        if not doubt:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Save anyway?"),
            doubt + "\n\n" + self.tr("Save anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_problem(self, name: str, text: str) -> None:
        """Say why field `name` cannot be saved, under it, and put the focus there to fix it."""
        field = self._fields.get(name)
        if field is None:
            # The validator named a field this form does not show: say it above the fields.
            self.top_message.show_error(text)
            self._scroll.ensureWidgetVisible(self.top_message)
            return
        field.message.show_error(text)
        target = field.trouble()
        target.setAccessibleDescription(text)  # read out by screen readers on focus
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll.ensureWidgetVisible(field.widget)

    def _clear_errors(self) -> None:
        self.top_message.clear()
        for field in self._fields.values():
            field.edited()
