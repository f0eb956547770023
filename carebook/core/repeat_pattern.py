"""How a visit or task repeats, as a coordinator chooses it, and its RFC 5545 RRULE text."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import islice
from typing import Literal, get_args

from carebook.core.calendar_words import day_text
from carebook.core.errors import ValidationError
from carebook.core.recurrence import describe as describe_rule
from carebook.core.recurrence import parse_rule, rule_parts
from carebook.core.words import translate

Frequency = Literal["none", "daily", "weekly", "monthly_by_date", "monthly_by_weekday", "yearly"]
End = Literal["never", "until", "count"]

FREQUENCIES: tuple[Frequency, ...] = get_args(Frequency)
ENDS: tuple[End, ...] = get_args(End)
#: RFC 5545 day codes, Monday first: a weekday number (Monday=0) indexes this.
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
LAST = -1
#: "The first … fourth, or last Tuesday": a fifth one is always also the last.
WEEKS_OF_MONTH = (1, 2, 3, 4, LAST)
MAX_INTERVAL = 99
MAX_COUNT = 1000

_RRULE_FREQ: dict[str, str] = {
    "daily": "DAILY",
    "weekly": "WEEKLY",
    "monthly_by_date": "MONTHLY",
    "monthly_by_weekday": "MONTHLY",
    "yearly": "YEARLY",
}
_KNOWN_PARTS = frozenset(
    {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT", "UNTIL", "WKST"}
)
_BYDAY_ITEM = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_UNTIL = re.compile(r"(\d{8})(?:T(\d{6}))?Z?")


@dataclass(frozen=True, slots=True, kw_only=True)
class RepeatPattern:
    """One repeat choice. Fields the frequency does not use are ignored by `to_rrule`, and left
    at their defaults by `from_rrule` (see `canonical`).

    `weekdays` and `weekday` count Monday as 0; `week_of_month` is 1-4, or -1 for the last.
    `until` is the last day an occurrence may fall on.
    """

    frequency: Frequency = "none"
    interval: int = 1
    weekdays: frozenset[int] = frozenset()
    month_day: int | None = None
    week_of_month: int | None = None
    weekday: int | None = None
    end: End = "never"
    until: date | None = None
    count: int | None = None


def canonical(pattern: RepeatPattern) -> RepeatPattern:
    """The pattern with every field its frequency and end do not use reset to the default."""
    frequency = pattern.frequency
    if frequency == "none":
        return RepeatPattern()
    by_weekday = frequency == "monthly_by_weekday"
    return RepeatPattern(
        frequency=frequency,
        interval=pattern.interval,
        weekdays=pattern.weekdays if frequency == "weekly" else frozenset(),
        month_day=pattern.month_day if frequency == "monthly_by_date" else None,
        week_of_month=pattern.week_of_month if by_weekday else None,
        weekday=pattern.weekday if by_weekday else None,
        end=pattern.end,
        until=pattern.until if pattern.end == "until" else None,
        count=pattern.count if pattern.end == "count" else None,
    )


def month_positions(start: date) -> tuple[int, ...]:
    """Where `start` falls among its month's days of that weekday: 2026-11-24 is the fourth and
    also the last Tuesday, so (4, -1); 2026-11-10 is (2,); a fifth one is only (-1,)."""
    nth = (start.day - 1) // 7 + 1
    is_last = start.day + 7 > calendar.monthrange(start.year, start.month)[1]
    if nth > 4:
        return (LAST,)
    return (nth, LAST) if is_last else (nth,)


def default_for(start: datetime, frequency: Frequency) -> RepeatPattern:
    """The usual choice for `frequency` from this start: weekly on its weekday, monthly on its
    day of the month or on its place among that month's weekdays ("the fourth Tuesday")."""
    if frequency == "weekly":
        return RepeatPattern(frequency=frequency, weekdays=frozenset({start.weekday()}))
    if frequency == "monthly_by_date":
        return RepeatPattern(frequency=frequency, month_day=start.day)
    if frequency == "monthly_by_weekday":
        return RepeatPattern(
            frequency=frequency, week_of_month=month_positions(start)[0], weekday=start.weekday()
        )
    if frequency in ("daily", "yearly"):
        return RepeatPattern(frequency=frequency)
    return RepeatPattern()


# --- Checking ------------------------------------------------------------------------------------


def validate(pattern: RepeatPattern, start: datetime) -> None:
    """Raise ValidationError, naming the field to fix, when the pattern cannot be saved: the
    rule it writes must also keep within carebook's limits (a daily visit until 2199 is more
    visits than a series keeps)."""
    _check(pattern)
    if pattern.frequency == "none":
        return
    if pattern.end == "until" and pattern.until is not None and pattern.until < start.date():
        raise ValidationError(
            translate(
                "RepeatPattern",
                "The repeats end on {until}, before the first date ({start}); choose a "
                "later end date.",
            ).format(until=day_text(pattern.until), start=day_text(start)),
            "until",
        )
    try:
        parse_rule(to_rrule(pattern), start)
    except ValidationError as error:
        raise ValidationError(
            str(error), "until" if pattern.end == "until" else "frequency"
        ) from None


def _check(pattern: RepeatPattern) -> None:
    """Everything `validate` checks that does not depend on the start."""
    if pattern.frequency not in FREQUENCIES:
        raise ValidationError(
            translate("RepeatPattern", "Unknown repeat frequency {frequency!r}.").format(
                frequency=pattern.frequency
            ),
            "frequency",
        )
    if pattern.frequency == "none":
        return
    if not 1 <= pattern.interval <= MAX_INTERVAL:
        raise ValidationError(
            translate(
                "RepeatPattern",
                "Repeat every 1 to {max_interval} days, weeks, months or years (got {interval}).",
            ).format(max_interval=MAX_INTERVAL, interval=pattern.interval),
            "interval",
        )
    _check_days(pattern)
    _check_end(pattern)


def _check_days(pattern: RepeatPattern) -> None:
    if pattern.frequency == "weekly":
        if not pattern.weekdays:
            raise ValidationError(
                translate("RepeatPattern", "Choose at least one day of the week to repeat on."),
                "weekdays",
            )
        if not pattern.weekdays <= frozenset(range(7)):
            raise ValidationError(
                translate(
                    "RepeatPattern", "Days of the week are numbered 0 (Monday) to 6 (Sunday)."
                ),
                "weekdays",
            )
    elif pattern.frequency == "monthly_by_date":
        # 29-31 are allowed: months without that day are skipped, as RFC 5545 says.
        if pattern.month_day is None or not 1 <= pattern.month_day <= 31:
            raise ValidationError(
                translate("RepeatPattern", "Choose a day of the month from 1 to 31."), "month_day"
            )
    elif pattern.frequency == "monthly_by_weekday":
        if pattern.week_of_month not in WEEKS_OF_MONTH:
            raise ValidationError(
                translate(
                    "RepeatPattern",
                    "Choose the first, second, third, fourth or last week of the month.",
                ),
                "week_of_month",
            )
        if pattern.weekday is None or not 0 <= pattern.weekday <= 6:
            raise ValidationError(
                translate("RepeatPattern", "Choose the day of the week to repeat on."), "weekday"
            )


def _check_end(pattern: RepeatPattern) -> None:
    if pattern.end not in ENDS:
        raise ValidationError(
            translate("RepeatPattern", "Unknown way for the repeats to end: {end!r}.").format(
                end=pattern.end
            ),
            "end",
        )
    if pattern.end == "until" and pattern.until is None:
        raise ValidationError(
            translate("RepeatPattern", "Enter the date the repeats end, e.g. 2027-01-31."), "until"
        )
    if pattern.end == "count" and (pattern.count is None or not 1 <= pattern.count <= MAX_COUNT):
        raise ValidationError(
            translate("RepeatPattern", "The number of times must be from 1 to {max_count}.").format(
                max_count=MAX_COUNT
            ),
            "count",
        )


# --- Writing -------------------------------------------------------------------------------------


def to_rrule(pattern: RepeatPattern) -> str:
    """The RRULE text ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10"), "" for no repeats.

    Raises ValidationError for a pattern `validate` would refuse whatever the start.
    """
    _check(pattern)
    if pattern.frequency == "none":
        return ""
    parts = [f"FREQ={_RRULE_FREQ[pattern.frequency]}"]
    if pattern.interval != 1:
        parts.append(f"INTERVAL={pattern.interval}")
    parts.extend(_by_parts(pattern))
    if pattern.end == "until" and pattern.until is not None:
        # The end of that local day, so an occurrence at any time of the day is kept.
        parts.append(f"UNTIL={pattern.until:%Y%m%d}T235959")
    elif pattern.end == "count":
        parts.append(f"COUNT={pattern.count}")
    return ";".join(parts)


def _by_parts(pattern: RepeatPattern) -> list[str]:
    if pattern.frequency == "weekly":
        return ["BYDAY=" + ",".join(DAY_CODES[day] for day in sorted(pattern.weekdays))]
    if pattern.frequency == "monthly_by_date":
        return [f"BYMONTHDAY={pattern.month_day}"]
    if pattern.frequency == "monthly_by_weekday" and pattern.weekday is not None:
        return [f"BYDAY={pattern.week_of_month}{DAY_CODES[pattern.weekday]}"]
    return []


# --- Reading -------------------------------------------------------------------------------------


def from_rrule(text: str, start: datetime) -> RepeatPattern:
    """The pattern `text` describes from this start ("" is no repeats).

    Reads what `to_rrule` writes and the usual hand-written forms ("FREQ=MONTHLY" on the start's
    day, "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "BYDAY=FR;BYSETPOS=-1"). A rule no pattern can
    express, or that is not a valid rule at all, raises ValueError.
    """
    if not text.strip():
        return RepeatPattern()
    parse_rule(text, start)  # dateutil must accept it first (ValidationError is a ValueError)
    parts = rule_parts(text)
    unknown = sorted(set(parts) - _KNOWN_PARTS)
    if unknown:
        raise ValueError(
            translate(
                "RepeatPattern", "Repeat rules using {unknown} cannot be edited here."
            ).format(unknown=", ".join(unknown))
        )
    interval = int(parts.get("INTERVAL", "1"))
    _check_week_start(parts, interval)
    days = replace(_pattern_days(parts, start, interval), interval=interval)
    return _with_end(days, parts, start)


def _check_week_start(parts: dict[str, str], interval: int) -> None:
    # The week start only moves occurrences of a weekly rule skipping weeks; patterns count
    # weeks from Monday, the RFC 5545 default.
    if parts.get("WKST", "MO") != "MO" and parts["FREQ"] == "WEEKLY" and interval > 1:
        raise ValueError(
            translate(
                "RepeatPattern",
                "Weeks that start on a day other than Monday cannot be edited here.",
            )
        )


def _pattern_days(parts: dict[str, str], start: datetime, interval: int) -> RepeatPattern:
    """The pattern's frequency and day fields, from FREQ and the BY… parts."""
    freq = parts["FREQ"]
    if "BYSETPOS" in parts and freq != "MONTHLY":
        raise ValueError(
            translate("RepeatPattern", "BYSETPOS can only be edited here in a monthly rule.")
        )
    if freq == "DAILY":
        return _daily(parts, interval)
    if freq == "WEEKLY":
        if "BYMONTHDAY" in parts or "BYMONTH" in parts:
            raise ValueError(
                translate(
                    "RepeatPattern",
                    "A weekly rule limited to some months or dates cannot be edited here.",
                )
            )
        weekdays = _plain_days(parts) or frozenset({start.weekday()})
        return RepeatPattern(frequency="weekly", weekdays=weekdays)
    if freq == "MONTHLY":
        return _monthly(parts, start)
    return _yearly(parts, start)


def _daily(parts: dict[str, str], interval: int) -> RepeatPattern:
    if "BYMONTHDAY" in parts or "BYMONTH" in parts:
        raise ValueError(
            translate(
                "RepeatPattern",
                "A daily rule limited to some months or dates cannot be edited here.",
            )
        )
    weekdays = _plain_days(parts)
    if not weekdays:
        return RepeatPattern(frequency="daily")
    # Every day but only on some weekdays is the same as weekly on those days.
    if interval != 1:
        raise ValueError(
            translate(
                "RepeatPattern", "Every few days, but only on some weekdays, cannot be edited here."
            )
        )
    return RepeatPattern(frequency="weekly", weekdays=weekdays)


def _monthly(parts: dict[str, str], start: datetime) -> RepeatPattern:
    if "BYMONTH" in parts:
        raise ValueError(
            translate(
                "RepeatPattern", "A monthly rule limited to some months cannot be edited here."
            )
        )
    if "BYDAY" in parts:
        if "BYMONTHDAY" in parts:
            raise ValueError(
                translate(
                    "RepeatPattern", "A rule naming both weekdays and dates cannot be edited here."
                )
            )
        week, weekday = _one_nth_weekday(parts)
        return RepeatPattern(frequency="monthly_by_weekday", week_of_month=week, weekday=weekday)
    if "BYSETPOS" in parts:
        raise ValueError(
            translate("RepeatPattern", "BYSETPOS can only be edited here with a single weekday.")
        )
    month_day = _single_number(parts, "BYMONTHDAY", default=start.day)
    if not 1 <= month_day <= 31:
        raise ValueError(
            translate(
                "RepeatPattern", "Days counted from the end of the month cannot be edited here."
            )
        )
    return RepeatPattern(frequency="monthly_by_date", month_day=month_day)


def _one_nth_weekday(parts: dict[str, str]) -> tuple[int, int]:
    """(week of month, weekday) from "BYDAY=4TU" or "BYDAY=TU;BYSETPOS=4"."""
    items = _byday_items(parts["BYDAY"])
    if len(items) != 1:
        raise ValueError(
            translate("RepeatPattern", "A monthly rule on several weekdays cannot be edited here.")
        )
    nth, weekday = items[0]
    if "BYSETPOS" in parts:
        if nth is not None:
            raise ValueError(
                translate(
                    "RepeatPattern", "BYSETPOS with a numbered weekday cannot be edited here."
                )
            )
        nth = _single_number(parts, "BYSETPOS", default=0)
    if nth not in WEEKS_OF_MONTH:
        raise ValueError(
            translate(
                "RepeatPattern",
                "Only the first to fourth, or the last, weekday of a month can be edited here.",
            )
        )
    return nth, weekday


def _yearly(parts: dict[str, str], start: datetime) -> RepeatPattern:
    # A yearly pattern repeats on the start's date; a rule naming only that date says the same.
    month = _single_number(parts, "BYMONTH", default=start.month)
    month_day = _single_number(parts, "BYMONTHDAY", default=start.day)
    only_day_named = "BYMONTHDAY" in parts and "BYMONTH" not in parts  # every month, in fact
    if "BYDAY" in parts or only_day_named or (month, month_day) != (start.month, start.day):
        raise ValueError(
            translate("RepeatPattern", "Only a yearly rule on the start's date can be edited here.")
        )
    return RepeatPattern(frequency="yearly")


def _byday_items(value: str) -> list[tuple[int | None, int]]:
    items: list[tuple[int | None, int]] = []
    for item in value.split(","):
        match = _BYDAY_ITEM.fullmatch(item.strip())
        if match is None:
            raise ValueError(
                translate("RepeatPattern", "{item!r} is not a day of the week.").format(item=item)
            )
        nth = int(match[1]) if match[1] else None
        items.append((nth, DAY_CODES.index(match[2])))
    return items


def _plain_days(parts: dict[str, str]) -> frozenset[int]:
    """BYDAY as weekday numbers; numbered days ("2TU") have no meaning in a daily or weekly rule."""
    items = _byday_items(parts["BYDAY"]) if parts.get("BYDAY") else []
    if any(nth is not None for nth, _ in items):
        raise ValueError(
            translate("RepeatPattern", "Numbered weekdays only belong in a monthly rule.")
        )
    return frozenset(weekday for _, weekday in items)


def _single_number(parts: dict[str, str], name: str, default: int) -> int:
    value = parts.get(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(
            translate("RepeatPattern", "{name} must be one number to be edited here.").format(
                name=name
            )
        ) from None


def _with_end(pattern: RepeatPattern, parts: dict[str, str], start: datetime) -> RepeatPattern:
    if "COUNT" in parts:
        return replace(pattern, end="count", count=int(parts["COUNT"]))
    if "UNTIL" in parts:
        return replace(pattern, end="until", until=_last_day(parts["UNTIL"], start))
    return pattern


def _last_day(value: str, start: datetime) -> date:
    """The last day an occurrence can fall on: UNTIL's day, or the day before when UNTIL comes
    earlier in the day than the start's time (a bare date means midnight, to dateutil)."""
    match = _UNTIL.fullmatch(value)
    if match is None:
        raise ValueError(
            translate("RepeatPattern", "UNTIL={value} is not a date.").format(value=value)
        )
    until = datetime.strptime(match[1] + (match[2] or "000000"), "%Y%m%d%H%M%S")
    if until.time() < start.time().replace(microsecond=0):
        return until.date() - timedelta(days=1)
    return until.date()


# --- Words and dates -----------------------------------------------------------------------------


def describe(pattern: RepeatPattern) -> str:
    """The pattern in a coordinator's words: "Every 2 weeks on Tue, Thu, 10 times"."""
    if pattern.frequency == "none":
        return translate("RepeatPattern", "Does not repeat")
    return describe_rule(to_rrule(pattern))


def first_starts(rule: str, start: datetime, how_many: int) -> list[datetime]:
    """The first `how_many` starts of the series (naive local time), fewer when it ends sooner.

    Raises ValidationError when the rule is not valid.
    """
    if not rule:
        return [start.replace(tzinfo=None)]
    return list(islice(parse_rule(rule, start), how_many))
