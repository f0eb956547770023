"""The one record form: a dialog built from field specs that edits any kind of record."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, tzinfo
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carebook.core.domain import ValidationError, Vocabulary, label_of, parse_date
from carebook.core.validation import LONG_TEXT, SHORT_TEXT
from carebook.store.caseload import Store
from carebook.ui.forms.recurrence_editor import RecurrenceEditor
from carebook.ui.widgets.patient_picker import PatientPicker

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")

#: The kinds of editor a field can have.
KINDS = frozenset(
    {
        "text",
        "long_text",
        "date",
        "time",
        "datetime",
        "minutes",
        "choice",
        "flag",
        "repeat",
        "number",
        "patient",
        "contact",
        "secret",
    }
)

_CONTEXT = "RecordForm"
_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def _tr(text: str) -> str:
    """Translate in the form's context, for the field helpers that are not QObjects."""
    return QCoreApplication.translate(_CONTEXT, text)


@dataclasses.dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a record as the form shows it: which attribute, how it is edited, its words."""

    name: str
    label: str
    kind: str = "text"
    choices: type[Vocabulary] | None = None
    allow_empty: bool = False  # a "choice" that may be left unset (None)
    empty_label: str = ""  # what the unset choice says; "(not set)" when empty
    required: bool = False
    placeholder: str = ""
    hint: str = ""
    max_length: int = 0  # characters; 0 means the usual cap for the kind
    lines: int = 0  # lines a long_text shows at once; 0 means the usual five
    anchor: tuple[str, ...] = ()  # a "repeat" field's start: a datetime field, or date and time

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown field kind {self.kind!r} for {self.name!r}")
        if (self.kind == "choice") != (self.choices is not None):
            raise ValueError(f"{self.name!r}: choices go with, and only with, a 'choice' field")
        if not self.max_length:
            # The same caps the validators use, so the form never holds what cannot be saved.
            cap = LONG_TEXT if self.kind == "long_text" else SHORT_TEXT
            object.__setattr__(self, "max_length", cap)


# -- parsing and capping (pure) ------------------------------------------------------------------


def parse_local_date(text: str, order: str) -> date | None:
    """A date typed the local way with a four-digit year ("24/11/2026" where order is "dmy").

    None when the text is not such a date; ISO dates are read by parse_date instead.
    """
    parts = re.findall(r"\d+", text)
    if len(parts) != 3 or re.sub(r"[\d\s./-]", "", text):
        return None
    values = dict(zip(order, (int(part) for part in parts), strict=True))
    year_text = parts[order.index("y")]
    if len(year_text) != 4:
        return None  # "24/11/26" could be 1926 or 2026: ask for the whole year
    try:
        return date(values["y"], values["m"], values["d"])
    except ValueError:
        return None


def _locale_order() -> str:
    """ "dmy", "mdy" or "ymd", from the order of the locale's short date format."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower()
    found = sorted((pattern.find(letter), letter) for letter in "dmy" if letter in pattern)
    order = "".join(letter for _position, letter in found)
    return order if sorted(order) == ["d", "m", "y"] else "ymd"


def parse_time(text: str, what: str = "Time") -> time:
    """A wall-clock time written HH:MM, or a ValidationError saying how to write it."""
    text = text.strip()
    match = _TIME.fullmatch(text)
    if not match:
        raise ValidationError(_tr("%s must be written HH:MM, e.g. 09:30 (got %r)") % (what, text))
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise ValidationError(_tr("%s %s is not a time of day: use 00:00 to 23:59") % (what, text))
    return time(hour, minute)


def parse_number(text: str, what: str = "Number") -> float | None:
    """A decimal number (comma or point), None when empty."""
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise ValidationError(
            _tr("%s must be a number, e.g. 51.5 (got %r)") % (what, text)
        ) from None
    if not math.isfinite(value):
        raise ValidationError(_tr("%s must be a number, e.g. 51.5 (got %r)") % (what, text))
    return value


def fit_edit(old: str, new: str, cap: int) -> tuple[str, int]:
    """Cut what an edit inserted so `new` keeps at most `cap` characters.

    Returns the text to keep and where the cursor goes (in characters). Only the inserted part is
    cut: what was there before the paste stays, even when it was already over the cap.
    """
    if len(new) <= cap or len(new) <= len(old):
        return new, -1
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    inserted = len(new) - prefix - suffix
    keep = max(0, cap - (len(new) - inserted))
    return new[: prefix + keep] + new[len(new) - suffix :], prefix + keep


def utf16_len(text: str) -> int:
    """Length as Qt counts it (UTF-16 code units): an emoji is two."""
    return len(text.encode("utf-16-le")) // 2


# -- what is shown beside a field ----------------------------------------------------------------


class FieldMessage(QWidget):
    """A line under a field: an error to fix (warning icon) or a note (information icon)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.is_error = False
        self.setVisible(False)

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def show_error(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxWarning, error=True)

    def show_note(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxInformation, error=False)

    def clear(self) -> None:
        self.is_error = False
        self.label.clear()
        self.setVisible(False)

    def _show(self, text: str, pixmap: QStyle.StandardPixmap, *, error: bool) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        self.icon.setPixmap(self.style().standardIcon(pixmap, None, self).pixmap(size, size))
        self.label.setText(text)
        self.is_error = error
        self.setVisible(True)


# -- one editor per kind of field ----------------------------------------------------------------


class _Field:
    """One spec's editor: shows a value, reads it back (ValidationError if it cannot), and clears
    its message when the user edits it."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        self.spec = spec
        self.message = message

    @property
    def widget(self) -> QWidget:
        """What goes into the form row."""
        return self.focus

    @property
    def focus(self) -> QWidget:
        """What takes the keyboard focus for this field."""
        raise NotImplementedError

    def tab_chain(self) -> list[QWidget]:
        return [self.focus]

    def trouble(self) -> QWidget:
        """Where the focus goes to fix the last problem found."""
        return self.focus

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def edited(self, *_args: object) -> None:
        if self.message.is_error:
            self.message.clear()
            for widget in self.tab_chain():
                widget.setAccessibleDescription(self.spec.hint and _tr(self.spec.hint))

    def describe(self, widget: QWidget, name: str | None = None) -> None:
        """Accessible name, tooltip and accessible description from the spec."""
        widget.setAccessibleName(name or _tr(self.spec.label))
        if self.spec.hint:
            widget.setToolTip(_tr(self.spec.hint))
            widget.setAccessibleDescription(_tr(self.spec.hint))

    def missing(self) -> ValidationError:
        return ValidationError(_tr("Enter the %s.") % _tr(self.spec.label).lower())


class _TextField(_Field):
    """One line of text, cut at the cap with a note saying so."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.edit = QLineEdit(parent)
        self.describe(self.edit)
        self.edit.setPlaceholderText(_tr(spec.placeholder) if spec.placeholder else "")
        # Qt counts UTF-16 units and the cap counts characters, so Qt's own limit is only a
        # backstop against a huge paste; the exact cut happens in _changed, which can say so.
        self.edit.setMaxLength(2 * spec.max_length)
        self._last = ""
        self._overflow = False
        self.edit.inputRejected.connect(self._rejected)
        self.edit.textChanged.connect(self._changed)

    @property
    def focus(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        # A stored value over the cap is shown whole; the validator then says what to shorten.
        self.edit.setMaxLength(max(2 * self.spec.max_length, utf16_len(text)))
        self._last = text
        self.edit.setText(text)

    def value(self) -> str:
        # A pasted phone number or name often brings a line break or spaces along at its end:
        # they go, where a line break inside the text is refused by the validator.
        text = self.edit.text().strip()
        if self.spec.required and not text:
            raise self.missing()
        return text

    def _rejected(self) -> None:
        self._overflow = True

    def _changed(self, text: str) -> None:
        self.edited()
        kept, cursor = fit_edit(self._last, text, self.spec.max_length)
        if kept != text:
            self.edit.blockSignals(True)
            self.edit.setText(kept)
            self.edit.setCursorPosition(utf16_len(kept[:cursor]))
            self.edit.blockSignals(False)
        # The note stays until the next edit, which either is cut again or clears it.
        if kept != text or self._overflow:
            self.message.show_note(capped_note(self.spec.max_length))
        else:
            self.message.clear()
        self._overflow = False
        self._last = kept


class _SecretField(_TextField):
    """A passphrase: typed unseen, never stripped, never shown in a message."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)

    def value(self) -> str:
        text = self.edit.text()  # every character is the passphrase's, spaces around it too
        if self.spec.required and not text.strip():
            raise self.missing()
        return text


def capped_note(cap: int) -> str:
    return _tr("Cut to %s characters: only that many are kept here.") % f"{cap:,}"


class _LongTextField(_Field):
    """Free text over several lines; Return makes a new line, Tab moves on."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.edit = QPlainTextEdit(parent)
        self.describe(self.edit)
        self.edit.setPlaceholderText(_tr(spec.placeholder) if spec.placeholder else "")
        self.edit.setTabChangesFocus(True)  # a form is walked with Tab
        # A few lines show at once (it scrolls beyond), so the rest of the form stays in view.
        lines = spec.lines or 5
        margins = 2 * (self.edit.frameWidth() + round(self.edit.document().documentMargin()))
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + margins)
        self._last = ""
        self.edit.textChanged.connect(self._changed)

    @property
    def focus(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        self._last = "" if value is None else str(value)
        self.edit.setPlainText(self._last)

    def text(self) -> str:
        # Raw text keeps no-break spaces (toPlainText turns them into spaces); blocks are lines.
        return self.edit.document().toRawText().replace("\u2029", "\n")

    def value(self) -> str:
        text = self.text()
        if self.spec.required and not text.strip():
            raise self.missing()
        return text

    def _changed(self) -> None:
        self.edited()
        text = self.text()
        kept, cursor = fit_edit(self._last, text, self.spec.max_length)
        if kept != text:
            # Remove only the excess of what was inserted, so undo and the cursor stay natural.
            removed = len(text) - len(kept)
            selection = QTextCursor(self.edit.document())
            selection.setPosition(utf16_len(text[:cursor]))
            selection.setPosition(
                utf16_len(text[: cursor + removed]), QTextCursor.MoveMode.KeepAnchor
            )
            self.edit.blockSignals(True)
            selection.removeSelectedText()
            self.edit.setTextCursor(selection)
            self.edit.blockSignals(False)
            self.message.show_note(capped_note(self.spec.max_length))
        else:
            self.message.clear()
        self._last = kept


class _DateField(_Field):
    """An ISO date typed in, or picked from a calendar (the button, or Alt+Down in the field)."""

    def __init__(
        self, spec: FieldSpec, message: FieldMessage, parent: QWidget, name: str | None = None
    ) -> None:
        super().__init__(spec, message, parent)
        self.edit = QLineEdit(parent)
        self.describe(self.edit, name)
        self.edit.setPlaceholderText(_tr("YYYY-MM-DD"))
        self.edit.setMaxLength(40)
        self.edit.textEdited.connect(self.edited)
        self.button = QToolButton(parent)
        self.button.setAccessibleName(_tr("Choose %s from a calendar") % _tr(spec.label).lower())
        self.button.setToolTip(_tr("Choose from a calendar (Alt+Down)"))
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            self.button.setText("…")
        else:
            self.button.setIcon(icon)
        # Off the Tab path: the field takes typed dates, and Alt+Down opens the calendar.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self._keys = _CalendarKeys(self)
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
        try:
            return parse_date(text, _tr(self.spec.label))
        except ValidationError as error:
            order = _locale_order()
            local = parse_local_date(text, order)
            if local is not None:
                return local
            if "YYYY-MM-DD" not in str(error):
                raise  # the right shape, but no such day (2026-02-30)
            example = {"dmy": "31/03/2026", "mdy": "03/31/2026"}.get(order, "2026/03/31")
            raise ValidationError(
                _tr("%s must be written YYYY-MM-DD (2026-03-31) or like %s (got %r)")
                % (_tr(self.spec.label), example, text)
            ) from None

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


class _CalendarKeys(QObject):
    """Alt+Down or F4 in a date field opens its calendar, as in a combo box."""

    def __init__(self, field: _DateField) -> None:
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


class _TimeField(_Field):
    def __init__(
        self, spec: FieldSpec, message: FieldMessage, parent: QWidget, name: str | None = None
    ) -> None:
        super().__init__(spec, message, parent)
        self.edit = QLineEdit(parent)
        self.describe(self.edit, name)
        self.edit.setPlaceholderText(_tr("HH:MM"))
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
        return parse_time(text, _tr(self.spec.label))


class _DateTimeField(_Field):
    """A date and a time side by side; both or neither."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        label = _tr(spec.label)
        part = dataclasses.replace(spec, required=False)
        self.day = _DateField(part, message, parent, _tr("%s, date") % label)
        self.clock = _TimeField(part, message, parent, _tr("%s, time") % label)
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
                raise ValidationError(_tr("Enter the date and time, e.g. 2026-03-31 09:30."))
            return None
        if day is None or clock is None:
            self._trouble = self.day.edit if day is None else self.clock.edit
            raise ValidationError(_tr("Enter both a date and a time, e.g. 2026-03-31 09:30."))
        return datetime.combine(day, clock, tzinfo=self.zone)


class _MinutesField(_Field):
    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.spin = QSpinBox(parent)
        self.describe(self.spin)
        self.spin.setRange(1, 24 * 60)
        self.spin.setSuffix(_tr(" min"))
        self.spin.setSingleStep(5)
        self.spin.valueChanged.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.spin

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value) if value is not None else 60)

    def value(self) -> int:
        return self.spin.value()


class _ChoiceField(_Field):
    """The vocabulary's words; the code is what is saved."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        assert spec.choices is not None  # checked by FieldSpec
        self.choices = spec.choices
        self.combo = QComboBox(parent)
        self.describe(self.combo)
        if spec.allow_empty:
            self.combo.addItem(_tr(spec.empty_label or "(not set)"), None)
        for member in self.choices:
            self.combo.addItem(_tr(member.label), member.value)
        self.combo.currentIndexChanged.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.combo

    def set_value(self, value: Any) -> None:
        code = None if value is None else str(value)
        index = self.combo.findData(code)
        if index < 0 and code is not None:
            # A code this version does not know: show it rather than change it silently.
            self.combo.addItem(label_of(code), code)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def value(self) -> Vocabulary | str | None:
        code = self.combo.currentData()
        if code is None:
            return None
        try:
            return self.choices(code)
        except ValueError:
            return str(code)


class _FlagField(_Field):
    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.box = QCheckBox(_tr(spec.label), parent)
        self.describe(self.box)
        self.box.toggled.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.box

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def value(self) -> bool:
        return self.box.isChecked()


class _NumberField(_Field):
    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.edit = QLineEdit(parent)
        self.describe(self.edit)
        self.edit.setPlaceholderText(_tr(spec.placeholder) if spec.placeholder else "")
        self.edit.setMaxLength(40)
        self.edit.textEdited.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def value(self) -> float | None:
        number = parse_number(self.edit.text(), _tr(self.spec.label))
        if number is None and self.spec.required:
            raise self.missing()
        return number


class _PatientField(_Field):
    """A patient found by typing part of a name, phone or MRN."""

    def __init__(
        self, spec: FieldSpec, message: FieldMessage, parent: QWidget, store: Store | None
    ) -> None:
        super().__init__(spec, message, parent)
        if store is None:
            raise ValueError(f"{spec.name!r} picks a patient: the form needs store_for_patients")
        self.store = store
        self.picker = PatientPicker(store, parent)
        self.describe(self.picker)
        self.picker.setPlaceholderText(
            _tr(spec.placeholder) if spec.placeholder else _tr("Type a name, phone or MRN")
        )
        # The picker's own tooltip speaks of filtering a list; here it chooses one patient.
        self.picker.setToolTip(
            _tr(spec.hint) if spec.hint else _tr("Type part of a name, phone or MRN, then pick one")
        )
        self._chosen = ""
        self.picker.patient_changed.connect(self._chose)
        self.picker.textEdited.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.picker

    def set_value(self, value: Any) -> None:
        label = ""
        if value is not None:
            patient = self.store.patient(int(value))
            label = patient.display_name if patient else _tr("Patient #%s") % value
        self.picker.choose(value, label)
        self._chosen = label

    def _chose(self, _patient_id: object) -> None:
        self._chosen = self.picker.text()
        self.edited()

    def value(self) -> int | None:
        text = self.picker.text()
        if not text.strip():
            if self.spec.required:
                raise ValidationError(_tr("Choose a patient: type part of a name, then pick one."))
            return None
        if self.picker.patient_id is None or text != self._chosen:
            raise ValidationError(
                _tr("Pick the patient from the list: type part of a name, then choose one.")
            )
        return self.picker.patient_id


class _ContactField(_Field):
    def __init__(
        self,
        spec: FieldSpec,
        message: FieldMessage,
        parent: QWidget,
        contacts: Sequence[tuple[int, str]],
    ) -> None:
        super().__init__(spec, message, parent)
        self.combo = QComboBox(parent)
        self.describe(self.combo)
        self.combo.addItem(_tr(spec.empty_label or "(none)"), None)
        for contact_id, label in contacts:
            self.combo.addItem(label, contact_id)
        self.combo.currentIndexChanged.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.combo

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:
            # Linked to a contact missing from the list: keep the link rather than drop it.
            self.combo.addItem(_tr("Contact #%s") % value, value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def value(self) -> int | None:
        value = self.combo.currentData()
        if value is None and self.spec.required:
            raise ValidationError(_tr("Choose a contact."))
        return None if value is None else int(value)


class _RepeatField(_Field):
    """How a visit or task repeats, as an RRULE, with its start taken from the anchor fields."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.editor = RecurrenceEditor(parent)
        self.editor.setAccessibleName(_tr(spec.label))
        self.editor.changed.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.editor.repeats

    def tab_chain(self) -> list[QWidget]:
        return [self.editor]

    @property
    def widget(self) -> QWidget:
        return self.editor

    def set_value(self, value: Any) -> None:
        self.editor.set_rule(str(value or ""))

    def value(self) -> str:
        problem = self.editor.error()
        if problem is not None:
            raise ValidationError(str(problem))
        return self.editor.rule()


_SIMPLE: dict[str, type[_Field]] = {
    "text": _TextField,
    "secret": _SecretField,
    "long_text": _LongTextField,
    "date": _DateField,
    "time": _TimeField,
    "datetime": _DateTimeField,
    "minutes": _MinutesField,
    "choice": _ChoiceField,
    "flag": _FlagField,
    "number": _NumberField,
    "repeat": _RepeatField,
}


def _combine(values: Sequence[Any]) -> datetime | None:
    """A start from a datetime, or from a date and an optional time."""
    if values and isinstance(values[0], datetime):
        return values[0].replace(tzinfo=None)
    if values and isinstance(values[0], date):
        moment = values[1] if len(values) > 1 and isinstance(values[1], time) else time(9, 0)
        return datetime.combine(values[0], moment)
    return None


def _anchor_start(record: Any, anchor: Sequence[str]) -> datetime:
    return _combine([getattr(record, name) for name in anchor]) or datetime.combine(
        date.today(), time(9, 0)
    )


# -- the dialog ----------------------------------------------------------------------------------


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
        self._fields: dict[str, _Field] = {}
        rows = QFormLayout()
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            offered = (pickers or {}).get(spec.name, contacts)
            field = self._make_field(spec, page, offered, store_for_patients)
            if isinstance(field, _RepeatField):
                field.editor.set_start(_anchor_start(record, spec.anchor))
            field.set_value(getattr(record, spec.name))
            self._fields[spec.name] = field
            self._add_row(rows, field, page)
        for field in self._fields.values():
            if isinstance(field, _RepeatField):
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
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.buttons)

        # Return in a multi-line field makes a new line, so Ctrl+Return saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self._set_tab_order()
        self._size_to(page)
        self.first_editor().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building --------------------------------------------------------------------------------

    @staticmethod
    def _make_field(
        spec: FieldSpec, page: QWidget, contacts: Sequence[tuple[int, str]], store: Store | None
    ) -> _Field:
        message = FieldMessage(page)
        if spec.kind == "patient":
            return _PatientField(spec, message, page, store)
        if spec.kind == "contact":
            return _ContactField(spec, message, page, contacts)
        return _SIMPLE[spec.kind](spec, message, page)

    def _add_row(self, rows: QFormLayout, field: _Field, page: QWidget) -> None:
        cell = QWidget(page)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field.widget)
        column.addWidget(field.message)
        # A check box carries its own words; every other field has a label naming it.
        label = QLabel("" if field.spec.kind == "flag" else self.tr(field.spec.label), page)
        label.setBuddy(field.focus)
        rows.addRow(label, cell)

    def _follow_anchor(self, field: _RepeatField) -> None:
        """Keep the repeat editor's start on the start the user is typing."""
        anchors = [self._fields[name] for name in field.spec.anchor if name in self._fields]

        def moved(*_args: object) -> None:
            values: list[Any] = []
            for anchor in anchors:
                try:
                    values.append(anchor.value())
                except ValidationError:
                    return  # half-typed: keep the last good start
            start = _combine(values)
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
        tallest = int(screen.height() * 0.85) if screen else 700
        extra = self.buttons.sizeHint().height() + 40
        self.resize(max(520, wanted.width() + 40), min(wanted.height() + extra, tallest))

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
        day = field.day if isinstance(field, _DateTimeField) else field
        if not isinstance(day, _DateField):
            raise KeyError(f"{name!r} is not a date field")
        return day.button

    def calendar(self, name: str) -> QCalendarWidget | None:
        """The calendar popup of date field `name`, once it has been opened."""
        field = self._fields[name]
        day = field.day if isinstance(field, _DateTimeField) else field
        return day.calendar if isinstance(day, _DateField) else None

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
            _hand_over(Handover(self._saved, self._again))
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
                values[name] = field.value()
            except ValidationError as error:
                problems.append((name, str(error)))
        if problems:
            for name, text in reversed(problems):  # the focus ends on the first problem
                self._show_problem(name, text)
            return None
        record = dataclasses.replace(self._original, **values)
        try:
            self._validate(record)
        except ValidationError as error:
            self._show_problem(error.field, str(error))
            return None
        return record

    def _confirm(self, record: R) -> bool:
        doubt = self._warn(record) if self._warn else None
        if not doubt:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Save anyway?"),
            f"{doubt}\n\n{self.tr('Save anyway?')}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_problem(self, name: str, text: str) -> None:
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


# -- a save refused after the form closed --------------------------------------------------------


@dataclasses.dataclass(slots=True)
class Handover:
    """A record a form has just handed back to be saved, and how to bring that form back.

    Forms close before their record is saved (the caller saves it, as one undoable change). When
    that save is refused (a full disk, a read-only file), `try_again` shows the form again with
    everything typed and why, and on Save puts what is then in the form into this same record
    object, which the caller's pending save holds, so the caller can simply run it again.
    """

    record: Any
    reopen: Callable[[Any], RecordForm[Any]]

    @property
    def can_try_again(self) -> bool:
        """False for a record that cannot take edits in place (then the refusal is only said)."""
        params = getattr(self.record, "__dataclass_params__", None)
        return params is not None and not params.frozen

    def try_again(self, refusal: Exception) -> bool:
        """Show the form again with `refusal` said; True once the user saves it again."""
        form = self.reopen(self.record)
        try:
            if isinstance(refusal, ValidationError):
                form._show_problem(refusal.field, str(refusal))
            else:
                form.show_refusal(str(refusal))
            form.exec()
            edited = form.record()
        finally:
            form.deleteLater()
        if edited is None:
            return False
        for field in dataclasses.fields(self.record):
            setattr(self.record, field.name, getattr(edited, field.name))
        return True


_handed_over: Handover | None = None


def _hand_over(handover: Handover) -> None:
    global _handed_over
    _handed_over = handover

    def expire() -> None:
        global _handed_over
        if _handed_over is handover:
            _handed_over = None

    # Only the change run straight after the form closed (before any event is handled) saves
    # this record; anything later is another change, which must not bring this form back.
    QTimer.singleShot(0, expire)


def take_handed_over() -> Handover | None:
    """The record a form handed back just now, if any; taken, so it is only offered once."""
    global _handed_over
    handover, _handed_over = _handed_over, None
    return handover
