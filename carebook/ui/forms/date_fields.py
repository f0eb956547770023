"""Date and time fields of the record form: a date typed or picked, a time, or both."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from carebook.core.errors import ValidationError
from carebook.core.typed_input import parse_time, parse_typed_date
from carebook.core.words import translate
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.form_field import FormField


def locale_order() -> str:
    """ "dmy", "mdy" or "ymd", from the order of the locale's short date format."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower()
    found = sorted((pattern.find(letter), letter) for letter in "dmy" if letter in pattern)
    order = "".join(letter for _position, letter in found)
    return order if sorted(order) == ["d", "m", "y"] else "ymd"


class DateField(FormField):
    """An ISO date typed in, or picked from a calendar (the button, or Alt+Down in the field)."""

    def __init__(
        self, spec: FieldSpec, message: FieldMessage, parent: QWidget, name: str | None = None
    ) -> None:
        super().__init__(spec, message, parent)
        self.edit = QLineEdit(parent)
        self.describe(self.edit, name)
        self.edit.setPlaceholderText(translate("RecordForm", "YYYY-MM-DD"))
        self.edit.setMaxLength(40)
        self.edit.textEdited.connect(self.edited)
        self.button = QToolButton(parent)
        self.button.setAccessibleName(
            translate("RecordForm", "Choose %s from a calendar")
            % translate("RecordForm", spec.label).lower()
        )
        self.button.setToolTip(translate("RecordForm", "Choose from a calendar (Alt+Down)"))
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            self.button.setText("…")
        else:
            self.button.setIcon(icon)
        # Off the Tab path: the field takes typed dates, and Alt+Down opens the calendar.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self._keys = CalendarKeys(self)
        self.edit.installEventFilter(self._keys)
        self.calendar: QCalendarWidget | None = None
        self.row = QWidget(parent)
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    @property
    def widget(self) -> QWidget:
        return self.row

    @property
    def focus(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        self.edit.setText(value.isoformat() if isinstance(value, date) else "")

    def value(self) -> date | None:
        text = self.edit.text().strip()
        if not text:
            if self.spec.required:
                raise self.missing()
            return None
        return parse_typed_date(text, translate("RecordForm", self.spec.label), locale_order())

    def open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self.row)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setAccessibleName(self.button.accessibleName())
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        try:
            shown = self.value()
        except ValidationError:
            shown = None
        day = shown or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.button.mapToGlobal(QPoint(0, self.button.height())))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self.edit.setText(day.toString(Qt.DateFormat.ISODate))
        self.edited()
        if self.calendar is not None:
            self.calendar.close()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


class CalendarKeys(QObject):
    """Alt+Down or F4 in a date field opens its calendar, as in a combo box."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field.edit)
        self.field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() == Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.field.open_calendar()
                return True
        return super().eventFilter(watched, event)


class TimeField(FormField):
    """A time of day typed HH:MM."""

    def __init__(
        self, spec: FieldSpec, message: FieldMessage, parent: QWidget, name: str | None = None
    ) -> None:
        super().__init__(spec, message, parent)
        self.edit = QLineEdit(parent)
        self.describe(self.edit, name)
        self.edit.setPlaceholderText(translate("RecordForm", "HH:MM"))
        self.edit.setMaxLength(20)
        self.edit.textEdited.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        self.edit.setText(value.strftime("%H:%M") if isinstance(value, time | datetime) else "")

    def value(self) -> time | None:
        text = self.edit.text().strip()
        if not text:
            if self.spec.required:
                raise self.missing()
            return None
        return parse_time(text, translate("RecordForm", self.spec.label))


class DateTimeField(FormField):
    """A date and a time side by side; both or neither."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        label = translate("RecordForm", spec.label)
        part = dataclasses.replace(spec, required=False)
        self.day = DateField(part, message, parent, translate("RecordForm", "%s, date") % label)
        self.clock = TimeField(part, message, parent, translate("RecordForm", "%s, time") % label)
        self.clock.edit.setMaximumWidth(
            self.clock.edit.fontMetrics().horizontalAdvance("00:00") * 2 + 24
        )
        self.zone: tzinfo | None = None
        self._trouble: QWidget = self.day.edit
        self.row = QWidget(parent)
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day.row, 1)
        layout.addWidget(self.clock.edit)

    @property
    def widget(self) -> QWidget:
        return self.row

    @property
    def focus(self) -> QWidget:
        return self.day.edit

    def tab_chain(self) -> list[QWidget]:
        return [self.day.edit, self.clock.edit]

    def set_value(self, value: Any) -> None:
        # The zone is not edited here; an aware value keeps its own.
        self.zone = value.tzinfo if isinstance(value, datetime) else None
        self.day.set_value(value.date() if isinstance(value, datetime) else None)
        self.clock.set_value(value if isinstance(value, datetime) else None)

    def trouble(self) -> QWidget:
        return self._trouble

    def value(self) -> datetime | None:
        self._trouble = self.day.edit
        day = self.day.value()
        self._trouble = self.clock.edit
        clock = self.clock.value()
        if day is None and clock is None:
            self._trouble = self.day.edit
            if self.spec.required:
                raise ValidationError(
                    translate("RecordForm", "Enter the date and time, e.g. 2026-03-31 09:30.")
                )
            return None
        if day is None or clock is None:
            self._trouble = self.day.edit if day is None else self.clock.edit
            raise ValidationError(
                translate("RecordForm", "Enter both a date and a time, e.g. 2026-03-31 09:30.")
            )
        return datetime.combine(day, clock, tzinfo=self.zone)
