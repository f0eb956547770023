"""Dates and times as people read them: month and day names in their language, the order
of day and month, the 12- or 24-hour clock and the first day of the week of their locale.

The window and the command line set the style from the locale at start (`ui/language.py`);
until then, and in tests, dates read "24 Nov 2026", times "09:30" and weeks start on Monday.
Stored values and machine output (JSON, FHIR, iCalendar) never pass through here; a list
exported as CSV shows its dates as the list does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from carebook.core import words
from carebook.core.words import QT_TRANSLATE_NOOP, translate

_MONTHS = (
    QT_TRANSLATE_NOOP("Calendar", "Jan"),
    QT_TRANSLATE_NOOP("Calendar", "Feb"),
    QT_TRANSLATE_NOOP("Calendar", "Mar"),
    QT_TRANSLATE_NOOP("Calendar", "Apr"),
    QT_TRANSLATE_NOOP("Calendar", "May"),
    QT_TRANSLATE_NOOP("Calendar", "Jun"),
    QT_TRANSLATE_NOOP("Calendar", "Jul"),
    QT_TRANSLATE_NOOP("Calendar", "Aug"),
    QT_TRANSLATE_NOOP("Calendar", "Sep"),
    QT_TRANSLATE_NOOP("Calendar", "Oct"),
    QT_TRANSLATE_NOOP("Calendar", "Nov"),
    QT_TRANSLATE_NOOP("Calendar", "Dec"),
)
_MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Calendar", "January"),
    QT_TRANSLATE_NOOP("Calendar", "February"),
    QT_TRANSLATE_NOOP("Calendar", "March"),
    QT_TRANSLATE_NOOP("Calendar", "April"),
    QT_TRANSLATE_NOOP("Calendar", "May "),  # the space tells it from the short "May"
    QT_TRANSLATE_NOOP("Calendar", "June"),
    QT_TRANSLATE_NOOP("Calendar", "July"),
    QT_TRANSLATE_NOOP("Calendar", "August"),
    QT_TRANSLATE_NOOP("Calendar", "September"),
    QT_TRANSLATE_NOOP("Calendar", "October"),
    QT_TRANSLATE_NOOP("Calendar", "November"),
    QT_TRANSLATE_NOOP("Calendar", "December"),
)
_DAYS = (
    QT_TRANSLATE_NOOP("Calendar", "Mon"),
    QT_TRANSLATE_NOOP("Calendar", "Tue"),
    QT_TRANSLATE_NOOP("Calendar", "Wed"),
    QT_TRANSLATE_NOOP("Calendar", "Thu"),
    QT_TRANSLATE_NOOP("Calendar", "Fri"),
    QT_TRANSLATE_NOOP("Calendar", "Sat"),
    QT_TRANSLATE_NOOP("Calendar", "Sun"),
)
_DAY_NAMES = (
    QT_TRANSLATE_NOOP("Calendar", "Monday"),
    QT_TRANSLATE_NOOP("Calendar", "Tuesday"),
    QT_TRANSLATE_NOOP("Calendar", "Wednesday"),
    QT_TRANSLATE_NOOP("Calendar", "Thursday"),
    QT_TRANSLATE_NOOP("Calendar", "Friday"),
    QT_TRANSLATE_NOOP("Calendar", "Saturday"),
    QT_TRANSLATE_NOOP("Calendar", "Sunday"),
)


@dataclass(frozen=True, slots=True)
class Style:
    """How the locale writes a day and a time, and which day its weeks start on."""

    month_first: bool = False  # "Nov 24, 2026" (United States) rather than "24 Nov 2026"
    twelve_hour: bool = False  # "9:30 AM" rather than "09:30"
    first_weekday: int = 0  # 0 Monday … 6 Sunday, as date.weekday() counts


_style = Style()


def set_style(style: Style) -> None:
    """Use `style` from now on (set once at start from the locale)."""
    global _style
    _style = style


def style() -> Style:
    return _style


def month_short(month: int) -> str:
    """ "Nov" for 11, in the chosen language."""
    return translate("Calendar", _MONTHS[month - 1])


def month_name(month: int) -> str:
    """ "November" for 11, in the chosen language."""
    return translate("Calendar", _MONTH_NAMES[month - 1]).strip()


def weekday_short(day: date) -> str:
    """ "Tue" for a Tuesday."""
    return translate("Calendar", _DAYS[day.weekday()])


def weekday_name(day: date) -> str:
    """ "Tuesday" for a Tuesday."""
    return translate("Calendar", _DAY_NAMES[day.weekday()])


def weekday_names_short() -> list[str]:
    """The days' short names in the order the locale's week runs."""
    first = _style.first_weekday
    return [translate("Calendar", _DAYS[(first + n) % 7]) for n in range(7)]


def day_number(day: date) -> str:
    """The day of the month as a date shows it: "07" in carebook's English ("07 Dec 2026",
    columns that line up), "7" where the month comes first ("Dec 7") and in other languages
    ("7 dic", "lunes 7 de diciembre"), as people write it there."""
    if _style.month_first or words.language() != "en":
        return str(day.day)
    return f"{day.day:02d}"


def day_month(day: date) -> str:
    """ "24 Nov", or "Nov 24" where the month comes first."""
    if _style.month_first:
        return f"{month_short(day.month)} {day_number(day)}"
    return f"{day_number(day)} {month_short(day.month)}"


def day_text(day: date) -> str:
    """ "24 Nov 2026", or "Nov 24, 2026" where the month comes first."""
    if _style.month_first:
        return f"{day_month(day)}, {day.year}"
    return f"{day_month(day)} {day.year}"


def weekday_day(day: date, year: bool = False) -> str:
    """ "Tue 24 Nov" (with the year, "Tue 24 Nov 2026"); "Tue, Nov 24" where the month comes
    first."""
    text = day_text(day) if year else day_month(day)
    return f"{weekday_short(day)}, {text}" if _style.month_first else f"{weekday_short(day)} {text}"


def clock_text(moment: time | datetime) -> str:
    """ "09:30", or "9:30 AM" on a 12-hour clock."""
    if not _style.twelve_hour:
        return f"{moment.hour:02d}:{moment.minute:02d}"
    half = translate("Calendar", "AM") if moment.hour < 12 else translate("Calendar", "PM")
    return f"{(moment.hour - 1) % 12 + 1}:{moment.minute:02d} {half}"


def day_and_clock(moment: datetime, year: bool = True) -> str:
    """ "Tue 24 Nov 2026 09:30" (without the year, "Tue 24 Nov 09:30")."""
    return f"{weekday_day(moment.date(), year)} {clock_text(moment)}"


def week_start(day: date) -> date:
    """The first day of `day`'s week, on the locale's first weekday."""
    return day - timedelta(days=(day.weekday() - _style.first_weekday) % 7)
