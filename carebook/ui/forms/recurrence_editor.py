"""Choose how a visit or task repeats: how often, on which days, until when, with a live summary."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from carebook.core.dates import LATEST_DATE, parse_date
from carebook.core.errors import ValidationError
from carebook.core.recurrence import describe as describe_rule
from carebook.core.recurrence import parse_rule
from carebook.core.repeat_pattern import (
    ENDS,
    MAX_COUNT,
    MAX_INTERVAL,
    End,
    RepeatPattern,
    canonical,
    first_starts,
    from_rrule,
    month_positions,
    to_rrule,
    validate,
)
from carebook.ui.forms.repeat_choices import (
    BY_WEEKDAY,
    CUSTOM,
    SHOWN_DATES,
    interval_unit,
    key_of,
    repeat_choices,
    rule_summary,
    split_key,
    weekday_names,
)
from carebook.ui.widgets.accessible import name_from_label

#: How many times a series that ends after a number of times repeats, until changed.
DEFAULT_COUNT = 10


class RecurrenceEditor(QWidget):
    """Repeat choices for one visit or task, anchored at its start.

    `rule()` gives the RRULE text to store ("" for no repeats). A rule the controls cannot show is
    kept word for word as a read-only custom rule until the coordinator picks something else.
    """

    #: Emitted once whenever the rule, the summary or the error may have changed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, start: datetime | None = None) -> None:
        super().__init__(parent)
        self._start = start or datetime.combine(date.today(), time(9, 0))
        self._custom_text: str | None = None
        # The text set_rule was given: handed back as is while the choice still means the same,
        # so opening and saving a record never rewrites its rule.
        self._loaded_text = ""
        self._quiet = False
        self._build()
        self._reset_controls()
        self._fill_repeats("none")
        self._connect()
        self._refresh()

    # --- Public API ------------------------------------------------------------------------------

    def start(self) -> datetime:
        """The first date the rule is anchored at."""
        return self._start

    def set_start(self, start: datetime) -> None:
        """Anchor the rule at a new first date; the monthly choices and a weekly rule on the old
        start's weekday follow it."""
        if start == self._start:
            return
        with self._quietly():
            old, self._start = self._start, start
            if self._checked_weekdays() == frozenset({old.weekday()}):
                self._check_weekdays(frozenset({start.weekday()}))
            self._fill_repeats(self._key())
        self._edited()

    def set_rule(self, text: str) -> None:
        """Show the stored rule `text` ("" for none); one the controls cannot show stays as a
        read-only custom rule, and `rule()` gives it back unchanged."""
        with self._quietly():
            self._loaded_text = text
            self._custom_text = None
            self._reset_controls()
            pattern = self._showable(text)
            if pattern is None:
                self._custom_text = text
                self._fill_repeats(CUSTOM)
            else:
                self._fill_repeats(key_of(pattern))
                self._show_pattern(pattern)
        self._edited()

    def rule(self) -> str:
        """The RRULE text to store, "" for no repeats.

        Raises ValidationError while the choice is incomplete (no weekday, no end date): check
        `error()` first.
        """
        if self._key() == CUSTOM and self._custom_text is not None:
            return self._custom_text
        pattern = self.pattern()
        if self._loaded_text and self._means(self._loaded_text, pattern):
            return self._loaded_text
        return to_rrule(pattern)

    def is_custom(self) -> bool:
        """Whether a custom rule, which the controls cannot show, is chosen."""
        return self._key() == CUSTOM

    def pattern(self) -> RepeatPattern:
        """The choice as a pattern; raises ValidationError when a custom rule is chosen."""
        key = self._key()
        if key == CUSTOM:
            raise ValidationError(self.tr("A custom repeat rule has no pattern."), "rrule")
        frequency, week_of_month = split_key(key)
        until, _ = self._typed_until()
        return canonical(
            RepeatPattern(
                frequency=frequency,
                interval=self.interval.value(),
                weekdays=self._checked_weekdays(),
                month_day=self._start.day,
                week_of_month=week_of_month,
                weekday=self._start.weekday(),
                end=self._end(),
                until=until,
                count=self.count.value(),
            )
        )

    def error(self) -> ValidationError | None:
        """What stops the choice being saved, naming the field; None when it can be saved."""
        if self._key() == CUSTOM:
            try:
                parse_rule(self.rule(), self._start)
            except ValidationError as problem:
                return ValidationError(str(problem), "rrule")
            return None
        pattern = self.pattern()
        _, typing_error = self._typed_until()
        if typing_error is not None and pattern.frequency != "none" and pattern.end == "until":
            return typing_error
        try:
            validate(pattern, self._start)
        except ValidationError as problem:
            return problem
        return None

    # --- Building --------------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.repeats = QComboBox(self)
        self.repeats.setAccessibleName(self.tr("Repeats"))
        form.addRow(self._buddy(self.tr("&Repeats:"), self.repeats), self.repeats)
        self._interval_row = self._build_interval()
        form.addRow(self._buddy(self.tr("E&very:"), self.interval), self._interval_row)
        self._weekday_row = self._build_weekdays()
        form.addRow(self.tr("On:"), self._weekday_row)
        self.custom_label = QLabel(self)
        self.custom_label.setWordWrap(True)
        self.custom_label.setTextFormat(Qt.TextFormat.PlainText)
        self.custom_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.custom_label)
        self._ends_row = self._build_ends()
        form.addRow(self.tr("Ends:"), self._ends_row)
        self.summary = self._text_label(self.tr("Repeat summary"))
        form.addRow(self.summary)
        self.error_label = self._text_label(self.tr("Repeat problem"))
        form.addRow(self.error_label)
        self._form = form

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        name_from_label(label, widget)
        return label

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label

    def _build_interval(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.interval = QSpinBox(row)
        self.interval.setRange(1, MAX_INTERVAL)
        self.interval.setAccessibleName(self.tr("Repeat every"))
        self.interval_unit = QLabel(row)
        layout.addWidget(self.interval)
        layout.addWidget(self.interval_unit)
        layout.addStretch(1)
        return row

    def _build_weekdays(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        short = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        self.weekday_boxes: list[QCheckBox] = []
        for label, name in zip(short, weekday_names(), strict=True):
            box = QCheckBox(label, row)
            box.setAccessibleName(name)
            box.setToolTip(self.tr("Repeat on %s") % name)
            layout.addWidget(box)
            self.weekday_boxes.append(box)
        layout.addStretch(1)
        return row

    def _build_ends(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        # Made in reading order, which is also the Tab order.
        self.ends_never = QRadioButton(self.tr("&Never"), box)
        self.ends_on_date = QRadioButton(self.tr("On &date"), box)
        self.until = QLineEdit(box)
        self.until.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.until.setMaxLength(10)
        self.until.setAccessibleName(self.tr("End date"))
        self.calendar_button = self._build_calendar_button(box)
        self.ends_after = QRadioButton(self.tr("&After"), box)
        self.count = QSpinBox(box)
        self.count.setRange(1, MAX_COUNT)
        self.count.setAccessibleName(self.tr("Number of times"))
        self.count_unit = QLabel(box)
        self._ends = QButtonGroup(self)
        for number, button in enumerate((self.ends_never, self.ends_on_date, self.ends_after)):
            self._ends.addButton(button, number)
        grid.addWidget(self.ends_never, 0, 0)
        grid.addWidget(self.ends_on_date, 1, 0)
        grid.addWidget(self.until, 1, 1)
        grid.addWidget(self.calendar_button, 1, 2)
        grid.addWidget(self.ends_after, 2, 0)
        grid.addWidget(self.count, 2, 1)
        grid.addWidget(self.count_unit, 2, 2)
        grid.setColumnStretch(3, 1)
        return box

    def _build_calendar_button(self, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setText(self.tr("Pick…"))
        button.setAccessibleName(self.tr("Pick the end date from a calendar"))
        button.setToolTip(self.tr("Pick the end date from a calendar"))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("End date calendar"))
        self.calendar_menu = QMenu(button)
        action = QWidgetAction(self.calendar_menu)
        action.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(action)
        button.setMenu(self.calendar_menu)
        return button

    def _connect(self) -> None:
        self.repeats.currentIndexChanged.connect(self._repeats_chosen)
        self.interval.valueChanged.connect(self._edited)
        for box in self.weekday_boxes:
            box.toggled.connect(self._edited)
        self._ends.idToggled.connect(self._end_toggled)
        self.until.textChanged.connect(self._edited)
        self.count.valueChanged.connect(self._edited)
        self.calendar_menu.aboutToShow.connect(self._open_calendar)
        self.calendar.clicked.connect(self._date_picked)
        self.calendar.activated.connect(self._date_picked)

    def _end_toggled(self, _button: int, checked: bool) -> None:
        if checked:  # the button unchecked on the way needs no refresh of its own
            self._edited()

    # --- The Repeats choices ---------------------------------------------------------------------

    def _fill_repeats(self, chosen: str) -> None:
        """Rebuild the choices for the current start and choose `chosen`, or its nearest."""
        self.repeats.clear()
        for key, label in repeat_choices(self._start, self._custom_text is not None):
            self.repeats.addItem(label, key)
        index = self.repeats.findData(chosen)
        if index < 0 and chosen.startswith(BY_WEEKDAY):
            # That place in the month does not fit the new start: take the place it has.
            index = self.repeats.findData(f"{BY_WEEKDAY}:{month_positions(self._start)[0]}")
        self.repeats.setCurrentIndex(max(index, 0))

    def _key(self) -> str:
        key = self.repeats.currentData()
        return key if isinstance(key, str) else "none"

    def _repeats_chosen(self) -> None:
        if self._quiet:
            return
        if self._key() == "weekly" and not self._checked_weekdays():
            # Weekly with no day is never what was meant: start from the start's weekday.
            with self._quietly():
                self._check_weekdays(frozenset({self._start.weekday()}))
        self._edited()

    # --- Reading and setting the controls --------------------------------------------------------

    def _showable(self, text: str) -> RepeatPattern | None:
        """The pattern of `text` when the controls can show it, else None (a custom rule)."""
        try:
            pattern = from_rrule(text, self._start)
        except ValueError:
            return None
        keys = {key for key, _ in repeat_choices(self._start, self._custom_text is not None)}
        fits = (
            pattern.interval <= MAX_INTERVAL
            and (pattern.count is None or pattern.count <= MAX_COUNT)
            and (pattern.month_day in (None, self._start.day))
            and (pattern.weekday in (None, self._start.weekday()))
        )
        return pattern if fits and key_of(pattern) in keys else None

    def _reset_controls(self) -> None:
        self.interval.setValue(1)
        self._check_weekdays(frozenset({self._start.weekday()}))
        self.ends_never.setChecked(True)
        self.until.clear()
        self.count.setValue(DEFAULT_COUNT)

    def _show_pattern(self, pattern: RepeatPattern) -> None:
        self.interval.setValue(pattern.interval)
        if pattern.frequency == "weekly":
            self._check_weekdays(pattern.weekdays)
        self._ends.button(ENDS.index(pattern.end)).setChecked(True)
        if pattern.until is not None:
            self.until.setText(pattern.until.isoformat())
        if pattern.count is not None:
            self.count.setValue(pattern.count)

    def _checked_weekdays(self) -> frozenset[int]:
        return frozenset(day for day, box in enumerate(self.weekday_boxes) if box.isChecked())

    def _check_weekdays(self, days: frozenset[int]) -> None:
        for day, box in enumerate(self.weekday_boxes):
            box.setChecked(day in days)

    def _end(self) -> End:
        return ENDS[max(self._ends.checkedId(), 0)]

    def _typed_until(self) -> tuple[date | None, ValidationError | None]:
        """The end date typed, or the reason it cannot be read."""
        text = self.until.text().strip()
        if not text:
            return None, None
        try:
            return parse_date(text, self.tr("The end date")), None
        except ValidationError as problem:
            return None, ValidationError(str(problem), "until")

    def _means(self, text: str, pattern: RepeatPattern) -> bool:
        try:
            return from_rrule(text, self._start) == pattern
        except ValueError:
            return False

    # --- Calendar --------------------------------------------------------------------------------

    def _open_calendar(self) -> None:
        shown, _ = self._typed_until()
        day = shown or self._start.date()
        self.calendar.setMinimumDate(QDate(self._start.year, self._start.month, self._start.day))
        self.calendar.setMaximumDate(QDate(LATEST_DATE.year, LATEST_DATE.month, LATEST_DATE.day))
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        # Once the menu is up, so arrow keys move through the days at once.
        QTimer.singleShot(0, self.calendar.setFocus)

    def _date_picked(self, picked: QDate) -> None:
        self.calendar_menu.hide()
        self.ends_on_date.setChecked(True)
        self.until.setText(picked.toString(Qt.DateFormat.ISODate))
        self.until.setFocus()

    # --- Refreshing ------------------------------------------------------------------------------

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Change controls without a refresh and `changed` per control; callers refresh once."""
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was

    def _edited(self) -> None:
        if self._quiet:
            return
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        key = self._key()
        repeating = key not in ("none", CUSTOM)
        self._form.setRowVisible(self._interval_row, repeating)
        self._form.setRowVisible(self._weekday_row, key == "weekly")
        self._form.setRowVisible(self.custom_label, key == CUSTOM)
        self._form.setRowVisible(self._ends_row, repeating)
        self.interval_unit.setText(interval_unit(key, self.interval.value()))
        self.count_unit.setText(self.tr("time") if self.count.value() == 1 else self.tr("times"))
        self.until.setEnabled(self._end() == "until")
        self.calendar_button.setEnabled(self._end() == "until")
        self.count.setEnabled(self._end() == "count")
        custom = self._custom_text if key == CUSTOM else None
        self.custom_label.setText(
            ""
            if custom is None
            else self.tr("Custom rule: {words} ({rule})").format(
                words=describe_rule(custom), rule=custom
            )
        )
        self.summary.setText(self._summary())
        problem = self.error()
        self.error_label.setText(str(problem) if problem else "")
        self._form.setRowVisible(self.error_label, problem is not None)

    def _summary(self) -> str:
        """ "Every 2 weeks on Tue, Thu, 10 times", then the first dates of the series."""
        if self._key() == "none":
            return self.tr("Does not repeat")
        try:
            rule = self.rule()
            starts = first_starts(rule, self._start, SHOWN_DATES + 1)
        except ValidationError:
            return ""
        return rule_summary(rule, starts)
