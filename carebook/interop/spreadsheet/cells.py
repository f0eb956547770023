"""Turning one spreadsheet cell into a value of a record's field, or saying why it cannot be.

Here a cell as text, and the hard part, dates and times; yes/no, numbers and choices are read by
`choices_and_numbers`, clinical terms by `clinical_terms`.

Every parser takes a cell as `spreadsheet` gives it (text from a CSV, a typed value from a
workbook) and returns the value, None for an empty cell, or raises `CellProblem` with a message
for the person who typed it. Dates:

- year first (2026-03-31, 2026/3/31, 20260331, with or without a time) always reads the same;
- day and month first (03/04/1941, 3-4-1941, 3.4.1941) needs the file's `DateOrder`, which
  `date_shape` helps find: a first number above 12 shows day/month/year, a second one above 12
  month/day/year; both 12 or under (and different) could be either;
- a month in words (3 Apr 1941, April 3, 1941) reads the same in any order;
- a two-digit year (03/04/41) is refused: 1941 or 2041 is the reader's guess, not ours;
- a time may end with a UTC offset (2026-12-07T09:00:00Z, 09:00+14:00): `Moment.at` reads
  such a moment as the clocks of the caseload's zone show it, where a moment is wanted (an
  appointment's start, a task's due time); a field holding a day takes the day as written;
- a date outside the range carebook keeps (domain.EARLIEST_DATE to LATEST_DATE) is refused.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum
from typing import NamedTuple

from carebook.core.dates import out_of_range, range_message
from carebook.core.moments import wall_clock
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.interop.spreadsheet.sheet import Cell


class CellProblem(ValueError):
    """A cell that cannot be read as its field's value; the message says why."""


class DateOrder(StrEnum):
    """How a file writes the dates whose year comes last (or, for YMD, that all years come
    first)."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"

    @property
    def label(self) -> str:
        """ "day/month/year", in the chosen language."""
        return translate("SpreadsheetImport", _ORDER_LABELS[self.value])


_ORDER_LABELS = {
    "dmy": QT_TRANSLATE_NOOP("SpreadsheetImport", "day/month/year"),
    "mdy": QT_TRANSLATE_NOOP("SpreadsheetImport", "month/day/year"),
    "ymd": QT_TRANSLATE_NOOP("SpreadsheetImport", "year-month-day"),
}


class Shape(StrEnum):
    """What a date cell shows about the file's date order."""

    EMPTY = "empty"
    FIXED = "fixed"  # reads the same in any order (ISO, a month in words, a workbook date),
    # or is no date at all
    DMY = "dmy"  # day first: its first number is above 12
    MDY = "mdy"  # month first: its second number is above 12
    EITHER = "either"  # 03/04/1941: both readings are dates, and different ones
    UNREADABLE = "unreadable"  # day and month first, but neither reading is a date


_TIME = (
    r"(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?"
    r"\s*([Zz]|[+-]\d{2}:?\d{2})?)?"
)
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d+)" + _TIME)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\.?,?[ -](\d+)" + _TIME)
_MONTH_NAME_DAY = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d+)" + _TIME)
_CLOCK = re.compile(
    r"(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?"
    r"(?:\s*([Zz]|[+-]\d{2}:?\d{2}))?"
)


def text_of(cell: Cell) -> str:
    """The cell as text: trimmed; a number without a stray ".0" (so an MRN or ZIP code read as
    a number comes back as typed, less any leading zeros the sheet itself dropped); a date as
    YYYY-MM-DD; Excel's ="00123" (a CSV trick to keep zeros) as 00123; and a leading apostrophe
    that carebook's own CSV export put before text starting = + - @ taken off again."""
    if type(cell) is str:
        text = cell.strip()
        if text[:2] == '="' and len(text) >= 3 and text[-1] == '"':
            text = text[2:-1].replace('""', '"')
        if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@"):
            text = text[1:]
        return text
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else format(cell, ".15g")
    if isinstance(cell, datetime):
        return (
            cell.isoformat(sep=" ", timespec="minutes")
            if cell.time() != time()
            else cell.date().isoformat()
        )
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, time):
        return cell.isoformat(timespec="minutes")
    return str(cell)


def date_shape(cell: Cell) -> Shape:
    """What the cell tells of the file's date order (see Shape): only a real calendar date
    counts as evidence (31/02/1950 shows nothing but a mistake)."""
    if isinstance(cell, datetime | date):
        return Shape.FIXED
    text = text_of(cell)
    if not text:
        return Shape.EMPTY
    match = _NUMERIC.fullmatch(text)
    if not match:
        return Shape.FIXED
    first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
    if len(year) != 4:
        return Shape.UNREADABLE
    day_first = _real(first, second, DateOrder.DMY, year)
    month_first = _real(first, second, DateOrder.MDY, year)
    if day_first and month_first:
        return Shape.FIXED if first == second else Shape.EITHER
    if day_first:
        return Shape.DMY
    return Shape.MDY if month_first else Shape.UNREADABLE


class Moment(NamedTuple):
    """A date cell as read: its day and time of day as written, and the UTC offset written
    after the time (None when none was)."""

    day: date
    clock: time | None = None
    offset: tzinfo | None = None

    def at(self, zone: str, what: str | None = None) -> datetime:
        """The moment as the clocks in `zone` show it (a moment without an offset, as
        written; without a time, midnight). ValidationError when that day is outside the
        dates carebook keeps; `what` names it there (translated; "The date" if not given)."""
        return wall_clock(datetime.combine(self.day, self.clock or time(), self.offset), zone, what)


def parse_date(cell: Cell, order: DateOrder | None) -> date | None:
    """The cell's date (the date part of a date and time, as written), None when empty.

    A date with the day and month first needs `order`; None there means "not known", and such a
    date is read only when one reading alone makes a calendar date.
    """
    moment = parse_moment(cell, order)
    return None if moment is None else moment.day


def parse_moment(cell: Cell, order: DateOrder | None) -> Moment | None:
    """The cell's date and, if it has one, its time of day and UTC offset; None when empty.
    A day outside the dates carebook keeps is a CellProblem."""
    moment = _read_moment(cell, order)
    if moment is not None and out_of_range(moment.day):
        raise CellProblem(f"{range_message(None, moment.day)}.")
    return moment


def _read_moment(cell: Cell, order: DateOrder | None) -> Moment | None:
    if isinstance(cell, datetime):
        offset = cell.tzinfo if cell.utcoffset() is not None else None
        clock = cell.time() if cell.time() != time() or offset else None
        return Moment(cell.date(), clock, offset)
    if isinstance(cell, date):
        return Moment(cell)
    text = text_of(cell)
    if not text:
        return None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        raise CellProblem(
            translate(
                "SpreadsheetImport",
                "{text} is a number, not a date; format the column as dates or "
                "text in the spreadsheet.",
            ).format(text=repr(text))
        )
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return _parse_fixed(text)
    first, second, year_text = int(match.group(1)), int(match.group(3)), match.group(4)
    _full_year(text, year_text)
    clock, offset = _clock_of(text, match.groups()[4:9])
    if order is DateOrder.YMD:
        raise CellProblem(
            translate(
                "SpreadsheetImport",
                "{text} is not written year first, as the other dates are (year-month-day).",
            ).format(text=repr(text))
        )
    if order is None:
        readings = [r for r in (DateOrder.DMY, DateOrder.MDY) if _real(first, second, r, year_text)]
        if not readings:
            raise CellProblem(
                translate("SpreadsheetImport", "{text} is not a real calendar date.").format(
                    text=repr(text)
                )
            )
        if first == second or len(readings) == 1:
            order = readings[0]
        else:
            raise CellProblem(
                translate(
                    "SpreadsheetImport",
                    "{text} could be day/month/year or month/day/year; say which the file uses.",
                ).format(text=repr(text))
            )
    day, month = (first, second) if order is DateOrder.DMY else (second, first)
    return Moment(_calendar(text, int(year_text), month, day, order), clock, offset)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _real(first: int, second: int, order: DateOrder, year_text: str) -> bool:
    """Whether the two numbers, read in `order`, make a calendar date of the year."""
    day, month = (first, second) if order is DateOrder.DMY else (second, first)
    year = int(year_text)
    if not (1 <= month <= 12 and day >= 1 and year >= 1):
        return False
    if day <= _MONTH_DAYS[month - 1]:
        return True
    return month == 2 and day == 29 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _full_year(text: str, year: str) -> None:
    if len(year) == 2:
        raise CellProblem(
            translate(
                "SpreadsheetImport",
                "{text} has a two-digit year; write the year in full (e.g. 19{year}"
                " or 20{year}) so that it cannot be misread.",
            ).format(text=repr(text), year=year)
        )
    if len(year) != 4:
        raise CellProblem(
            translate(
                "SpreadsheetImport", "{text} is not a date: the year must have four digits."
            ).format(text=repr(text))
        )


def _parse_fixed(text: str) -> Moment:
    match = _YEAR_FIRST.fullmatch(text)
    if match:
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
        return Moment(_calendar(text, year, month, day), *_clock_of(text, match.groups()[4:9]))
    match = _COMPACT.fullmatch(text)
    if match and 1800 <= int(match.group(1)) <= 2200:
        year, month, day = (int(part) for part in match.groups())
        return Moment(_calendar(text, year, month, day))
    named = _DAY_MONTH_NAME.fullmatch(text)
    if named:
        day_text, month_text, year_text = named.group(1), named.group(2), named.group(3)
        groups = named.groups()[3:8]
    else:
        named = _MONTH_NAME_DAY.fullmatch(text)
        if named:
            month_text, day_text, year_text = named.group(1), named.group(2), named.group(3)
            groups = named.groups()[3:8]
    if named and month_text.casefold() in _MONTHS:
        _full_year(text, year_text)
        return Moment(
            _calendar(text, int(year_text), _MONTHS[month_text.casefold()], int(day_text)),
            *_clock_of(text, groups),
        )
    if re.fullmatch(r"\d{1,2}([-/.])\d{1,2}", text):
        raise CellProblem(
            translate(
                "SpreadsheetImport", "{text} has no year; write the date in full, e.g. 1941-04-03."
            ).format(text=repr(text))
        )
    raise CellProblem(
        translate(
            "SpreadsheetImport",
            "{text} is not a date carebook can read; write it as YYYY-MM-DD "
            "(e.g. 1941-04-03) or day/month/year in full (03/04/1941).",
        ).format(text=repr(text))
    )


def _calendar(text: str, year: int, month: int, day: int, order: DateOrder | None = None) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        if order is None:
            said = translate("SpreadsheetImport", "{text} is not a real calendar date.")
        else:
            said = translate(
                "SpreadsheetImport", "{text} is not a real calendar date (read as {order})."
            )
        raise CellProblem(said.format(text=repr(text), order=order and order.label)) from None


def _clock_of(text: str, groups: tuple[str | None, ...]) -> tuple[time | None, tzinfo | None]:
    """The time of day and UTC offset the time groups of a date pattern hold."""
    hour_text, minute_text, second_text, meridiem, offset_text = groups
    if hour_text is None:
        return None, None
    clock = _clock(text, int(hour_text), int(minute_text or 0), int(second_text or 0), meridiem)
    return clock, _offset(text, offset_text)


def _offset(text: str, written: str | None) -> tzinfo | None:
    """ "Z", "+14:00", "-0500" as a fixed offset from UTC; None when none is written."""
    if written is None:
        return None
    if written in ("Z", "z"):
        return UTC
    digits = written[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        raise CellProblem(
            translate("SpreadsheetImport", "{text} has no real UTC offset ({offset}).").format(
                text=repr(text), offset=written
            )
        )
    span = timedelta(hours=hours, minutes=minutes)
    return timezone(-span if written[0] == "-" else span)


def _clock(text: str, hour: int, minute: int, second: int, meridiem: str | None) -> time:
    if meridiem:
        if not 1 <= hour <= 12:
            raise CellProblem(_not_a_time(text))
        hour = hour % 12 + (12 if meridiem[0] in "Pp" else 0)
    try:
        return time(hour, minute, min(second, 59))
    except ValueError:
        raise CellProblem(_not_a_time(text)) from None


def _not_a_time(text: str) -> str:
    return translate("SpreadsheetImport", "{text} is not a time of day.").format(text=repr(text))


def parse_time(cell: Cell) -> time | None:
    """A time of day: 14:30, 2:30 pm, 9am, 14.30, 14:30:00; None when empty. A time written
    with a UTC offset (09:00Z, 09:00+14:00) comes with it, as its tzinfo, to be read with the
    day it belongs to (Moment.at)."""
    if isinstance(cell, datetime):
        return cell.timetz()
    if isinstance(cell, time):
        return cell
    if isinstance(cell, float) and 0 <= cell < 1:  # a workbook's time as a fraction of a day
        minutes = round(cell * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60)
    text = text_of(cell)
    if not text:
        return None
    match = _CLOCK.fullmatch(text)
    if match is None or (match.group(2) is None and match.group(4) is None):
        raise CellProblem(
            translate(
                "SpreadsheetImport", "{text} is not a time of day; write it like 14:30 or 2:30 pm."
            ).format(text=repr(text))
        )
    hour, minute, second, meridiem, offset = match.groups()
    clock = _clock(text, int(hour), int(minute or 0), int(second or 0), meridiem)
    return clock.replace(tzinfo=_offset(text, offset))


_DATED = re.compile(r"\d{4}[-/.]|[-/. ]\d{4}\b")


def parse_end(cell: Cell, order: DateOrder | None) -> time | Moment | None:
    """When a visit ends: a time of day (of the day it starts), or a date and time, as a
    calendar's export writes both ends ("2026-12-07T10:00:00Z"); None when empty."""
    try:
        return parse_time(cell)
    except CellProblem as problem:
        if not _DATED.search(text_of(cell)):
            raise
        moment = parse_moment(cell, order)  # a date that does not read says why
        if moment is None or moment.clock is None:
            raise problem from None
        return moment
