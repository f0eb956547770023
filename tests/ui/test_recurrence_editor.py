"""The repeat editor, driven as a coordinator would: keys and clicks in, RRULE text out.

Keys and clicks go through QTest itself, whose calls are typed.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from carebook.core.errors import ValidationError
from carebook.core.repeat_pattern import to_rrule
from carebook.ui.forms.recurrence_editor import RecurrenceEditor

TUESDAY = datetime(2026, 11, 24, 9, 30)  # the fourth and last Tuesday of November 2026


@pytest.fixture
def editor(qtbot: QtBot) -> RecurrenceEditor:
    widget = RecurrenceEditor(start=TUESDAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _choose(editor: RecurrenceEditor, label: str) -> None:
    index = editor.repeats.findText(label)
    assert index >= 0, label
    editor.repeats.setCurrentIndex(index)


def _labels(editor: RecurrenceEditor) -> list[str]:
    return [editor.repeats.itemText(index) for index in range(editor.repeats.count())]


def _type_over(widget: QWidget, text: str) -> None:
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def test_weekly_on_tuesday_and_thursday_every_other_week_ten_times(
    qtbot: QtBot, editor: RecurrenceEditor
) -> None:
    assert editor.rule() == ""
    QTest.keyClicks(editor.repeats, "W")  # type-ahead picks "Weekly"
    assert editor.repeats.currentText() == "Weekly"
    tuesday, thursday = editor.weekday_boxes[1], editor.weekday_boxes[3]
    assert tuesday.isChecked() and tuesday.isVisible()  # the start's weekday, ticked already
    QTest.mouseClick(thursday, Qt.MouseButton.LeftButton)
    assert thursday.isChecked()
    _type_over(editor.interval, "2")
    assert editor.interval_unit.text() == "weeks"
    QTest.mouseClick(editor.ends_after, Qt.MouseButton.LeftButton)
    assert editor.count.isEnabled()
    _type_over(editor.count, "10")

    assert editor.rule() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10"
    assert editor.error() is None
    assert editor.summary.text() == (
        "Every 2 weeks on Tue, Thu, 10 times\n"
        "First dates: Tue 24 Nov 2026, Thu 26 Nov 2026, Tue 08 Dec 2026, …"
    )


def test_the_keyboard_reaches_every_control_in_order(
    qtbot: QtBot, editor: RecurrenceEditor
) -> None:
    _choose(editor, "Weekly")
    expected = [editor.interval, *editor.weekday_boxes, editor.ends_never]
    editor.repeats.setFocus()
    for widget in expected:
        QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        assert editor.focusWidget() is widget
    QTest.keyClick(editor.weekday_boxes[6], Qt.Key.Key_Space)  # Sunday, by the space bar
    assert editor.weekday_boxes[6].isChecked()
    assert editor.rule() == "FREQ=WEEKLY;BYDAY=TU,SU"


def test_controls_have_names_a_screen_reader_can_say(editor: RecurrenceEditor) -> None:
    assert [box.accessibleName() for box in editor.weekday_boxes] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    for widget in (
        editor.repeats,
        editor.interval,
        editor.until,
        editor.calendar_button,
        editor.count,
        editor.summary,
    ):
        assert widget.accessibleName()


def test_only_the_controls_that_matter_are_shown(editor: RecurrenceEditor) -> None:
    assert not editor.interval.isVisible()
    assert not editor.ends_never.isVisible()
    assert editor.summary.text() == "Does not repeat"
    _choose(editor, "Daily")
    assert editor.interval.isVisible() and editor.ends_never.isVisible()
    assert not editor.weekday_boxes[0].isVisible()
    assert editor.interval_unit.text() == "day"
    assert not editor.until.isEnabled() and not editor.count.isEnabled()
    _choose(editor, "Weekly")
    assert editor.weekday_boxes[0].isVisible()
    _choose(editor, "Monthly on day 24")
    assert not editor.weekday_boxes[0].isVisible()
    assert editor.interval_unit.text() == "month"


def test_monthly_choices_come_from_the_start(editor: RecurrenceEditor) -> None:
    assert _labels(editor) == [
        "Does not repeat",
        "Daily",
        "Weekly",
        "Monthly on day 24",
        "Monthly on the fourth Tuesday",
        "Monthly on the last Tuesday",
        "Yearly on 24 November",
    ]
    _choose(editor, "Monthly on the last Tuesday")
    assert editor.rule() == "FREQ=MONTHLY;BYDAY=-1TU"
    editor.set_start(datetime(2026, 11, 10, 9, 30))  # the second Tuesday, not the last
    assert "Monthly on the last Tuesday" not in _labels(editor)
    assert "Monthly on day 10" in _labels(editor)
    assert editor.repeats.currentText() == "Monthly on the second Tuesday"
    assert editor.rule() == "FREQ=MONTHLY;BYDAY=2TU"


def test_a_weekly_rule_on_the_start_day_follows_the_start(editor: RecurrenceEditor) -> None:
    _choose(editor, "Weekly")
    editor.set_start(datetime(2026, 11, 25, 9, 30))
    assert editor.rule() == "FREQ=WEEKLY;BYDAY=WE"
    editor.weekday_boxes[4].setChecked(True)
    editor.set_start(datetime(2026, 11, 26, 9, 30))
    assert editor.rule() == "FREQ=WEEKLY;BYDAY=WE,FR"  # days chosen on purpose stay


@pytest.mark.parametrize(
    "text",
    [
        "",
        "FREQ=DAILY",
        "FREQ=DAILY;INTERVAL=3;COUNT=7",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10",
        "FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20270131T235959",
        "FREQ=MONTHLY;BYMONTHDAY=24",
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=4TU",
        "FREQ=MONTHLY;BYDAY=-1TU;COUNT=6",
        "FREQ=YEARLY;UNTIL=20300101T235959",
    ],
)
def test_set_rule_shows_the_rule_and_gives_it_back(editor: RecurrenceEditor, text: str) -> None:
    editor.set_rule(text)
    assert not editor.is_custom()
    assert editor.rule() == text
    assert to_rrule(editor.pattern()) == text  # the controls themselves hold the rule
    assert editor.error() is None


def test_set_rule_sets_each_control(editor: RecurrenceEditor) -> None:
    editor.set_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;UNTIL=20270131T235959")
    assert editor.repeats.currentText() == "Weekly"
    assert editor.interval.value() == 2
    assert [box.isChecked() for box in editor.weekday_boxes] == [
        True,
        False,
        False,
        False,
        True,
        False,
        False,
    ]
    assert editor.ends_on_date.isChecked()
    assert editor.until.text() == "2027-01-31"
    editor.set_rule("FREQ=DAILY")
    assert editor.ends_never.isChecked() and editor.until.text() == ""


def test_a_hand_written_rule_is_kept_until_it_is_changed(editor: RecurrenceEditor) -> None:
    editor.set_rule("RRULE:FREQ=MONTHLY")
    assert editor.repeats.currentText() == "Monthly on day 24"
    assert editor.rule() == "RRULE:FREQ=MONTHLY"
    editor.interval.setValue(2)
    assert editor.rule() == "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=24"


def test_a_custom_rule_is_shown_read_only_and_kept_word_for_word(editor: RecurrenceEditor) -> None:
    text = "RRULE:FREQ=MONTHLY;BYDAY=2TU,4TU"
    editor.set_rule(text)
    assert editor.is_custom()
    assert editor.repeats.currentText() == "Custom rule"
    assert editor.custom_label.isVisible()
    assert editor.custom_label.text() == (
        f"Custom rule: Monthly on the second Tue, the fourth Tue ({text})"
    )
    assert not editor.interval.isVisible() and not editor.ends_never.isVisible()
    assert editor.rule() == text
    assert editor.error() is None
    assert editor.summary.text().startswith(
        "Monthly on the second Tue, the fourth Tue\nFirst dates: Tue 24 Nov 2026, Tue 08 Dec 2026"
    )
    with pytest.raises(ValidationError):
        editor.pattern()
    _choose(editor, "Daily")
    assert editor.rule() == "FREQ=DAILY" and not editor.custom_label.isVisible()
    _choose(editor, "Custom rule")
    assert editor.rule() == text


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=MONTHLY;BYMONTHDAY=5",  # representable, but not a choice this start offers
        "FREQ=DAILY;INTERVAL=150",
        "FREQ=WEEKLY;BYHOUR=9,15",
    ],
)
def test_rules_the_controls_cannot_show_are_custom(editor: RecurrenceEditor, text: str) -> None:
    editor.set_rule(text)
    assert editor.is_custom() and editor.rule() == text


def test_a_broken_stored_rule_is_kept_and_reported(editor: RecurrenceEditor) -> None:
    editor.set_rule("FREQ=FORTNIGHTLY")
    assert editor.rule() == "FREQ=FORTNIGHTLY"
    error = editor.error()
    assert error is not None and error.field == "rrule"
    assert editor.error_label.isVisible()


def test_problems_name_their_field(editor: RecurrenceEditor) -> None:
    _choose(editor, "Weekly")
    editor.weekday_boxes[1].setChecked(False)
    error = editor.error()
    assert error is not None and error.field == "weekdays"
    assert editor.error_label.isVisible() and editor.error_label.text() == str(error)
    with pytest.raises(ValidationError):
        editor.rule()
    editor.weekday_boxes[1].setChecked(True)
    assert editor.error() is None and not editor.error_label.isVisible()

    editor.ends_on_date.setChecked(True)
    error = editor.error()
    assert error is not None and error.field == "until"
    editor.until.setText("2027-02-30")
    error = editor.error()
    assert error is not None and error.field == "until" and "not a real" in str(error)
    editor.until.setText("2026-11-01")
    error = editor.error()
    assert error is not None and error.field == "until" and "before" in str(error)
    editor.until.setText("2027-01-31")
    assert editor.error() is None
    assert editor.rule() == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270131T235959"
    assert editor.summary.text().startswith("Weekly on Tue, until 31 Jan 2027\n")


def test_the_end_date_can_be_picked_from_a_calendar(qtbot: QtBot, editor: RecurrenceEditor) -> None:
    _choose(editor, "Daily")
    editor.ends_on_date.setChecked(True)
    seen: list[QDate] = []

    def pick() -> None:
        # Runs inside the menu's own event loop; always close it so the test cannot hang.
        try:
            seen.append(editor.calendar.selectedDate())
            view = editor.calendar.findChild(QTableView)
            assert view is not None
            QTest.keyClick(view, Qt.Key.Key_Down)  # a week later
            QTest.keyClick(view, Qt.Key.Key_Return)
        finally:
            editor.calendar_menu.hide()

    QTimer.singleShot(50, pick)
    QTest.mouseClick(editor.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.calendar_menu.isVisible())
    assert seen == [QDate(2026, 11, 24)]  # opens on the start when no end date is typed
    assert editor.until.text() == "2026-12-01"
    assert editor.rule() == "FREQ=DAILY;UNTIL=20261201T235959"


def test_changed_is_emitted_once_per_change(qtbot: QtBot, editor: RecurrenceEditor) -> None:
    emitted: list[None] = []
    editor.changed.connect(lambda: emitted.append(None))
    editor.set_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10")
    assert len(emitted) == 1
    with qtbot.waitSignal(editor.changed, timeout=1000):
        editor.interval.setValue(3)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        QTest.mouseClick(editor.ends_never, Qt.MouseButton.LeftButton)
    assert len(emitted) == 3
    assert editor.rule() == "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,TH"


def test_a_choice_past_the_limits_says_so_before_saving(editor: RecurrenceEditor) -> None:
    _choose(editor, "Daily")
    QTest.mouseClick(editor.ends_on_date, Qt.MouseButton.LeftButton)
    _type_over(editor.until, "2199-12-01")
    error = editor.error()
    assert error is not None and error.field == "until"
    assert "more than 5,000 visits" in editor.error_label.text()
    assert editor.error_label.isVisible()
    _type_over(editor.until, "2030-12-01")
    assert editor.error() is None
    # A rule saved before the limits is shown as it is, and what to fix is said.
    every_minute = "FREQ=DAILY;BYHOUR=" + ",".join(map(str, range(24))) + ";BYMINUTE=0,30"
    editor.set_rule(every_minute)
    assert editor.rule() == every_minute
    error = editor.error()
    assert error is not None and "48 visits a day" in str(error)
    assert editor.error_label.isVisible()


def test_the_calendar_offers_no_end_date_after_carebooks_last(
    qtbot: QtBot, editor: RecurrenceEditor
) -> None:
    _choose(editor, "Daily")
    editor.ends_on_date.setChecked(True)
    QTimer.singleShot(50, editor.calendar_menu.hide)
    QTest.mouseClick(editor.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.calendar_menu.isVisible())
    assert editor.calendar.maximumDate() == QDate(2199, 12, 31)
