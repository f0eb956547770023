"""The repeat editor's choices and their words: keys, labels, interval units, a summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from carebook.core.calendar_words import month_name, style, weekday_day
from carebook.core.recurrence import describe as describe_rule
from carebook.core.repeat_pattern import LAST, Frequency, RepeatPattern, month_positions
from carebook.core.words import translate

#: The key of a rule the controls cannot show; it is kept as written.
CUSTOM = "custom"
#: The key of the monthly choices on a weekday, before ":" and the place in the month.
BY_WEEKDAY = "monthly_by_weekday"
#: How many dates the summary lists.
SHOWN_DATES = 3

_FREQUENCY_OF: dict[str, Frequency] = {
    "none": "none",
    "daily": "daily",
    "weekly": "weekly",
    "monthly_by_date": "monthly_by_date",
    BY_WEEKDAY: "monthly_by_weekday",
    "yearly": "yearly",
}


def key_of(pattern: RepeatPattern) -> str:
    """The key of the choice that shows `pattern`."""
    if pattern.frequency == BY_WEEKDAY:
        return f"{BY_WEEKDAY}:{pattern.week_of_month}"
    return pattern.frequency


def split_key(key: str) -> tuple[Frequency, int | None]:
    """ "monthly_by_weekday:-1" -> ("monthly_by_weekday", -1); "weekly" -> ("weekly", None)."""
    name, _, place = key.partition(":")
    frequency: Frequency = _FREQUENCY_OF[name]
    return frequency, int(place) if place else None


def weekday_names() -> tuple[str, ...]:
    """Monday to Sunday, in words."""
    return (
        translate("RecurrenceEditor", "Monday"),
        translate("RecurrenceEditor", "Tuesday"),
        translate("RecurrenceEditor", "Wednesday"),
        translate("RecurrenceEditor", "Thursday"),
        translate("RecurrenceEditor", "Friday"),
        translate("RecurrenceEditor", "Saturday"),
        translate("RecurrenceEditor", "Sunday"),
    )


def _place_name(place: int) -> str:
    names = {
        1: translate("RecurrenceEditor", "first"),
        2: translate("RecurrenceEditor", "second"),
        3: translate("RecurrenceEditor", "third"),
        4: translate("RecurrenceEditor", "fourth"),
        LAST: translate("RecurrenceEditor", "last"),
    }
    return names[place]


def repeat_choices(start: datetime, custom: bool) -> list[tuple[str, str]]:
    """(key, label) of each choice for a series from `start`; with the custom rule's last when
    one is kept."""
    weekday = weekday_names()[start.weekday()]
    choices = [
        ("none", translate("RecurrenceEditor", "Does not repeat")),
        ("daily", translate("RecurrenceEditor", "Daily")),
        ("weekly", translate("RecurrenceEditor", "Weekly")),
        ("monthly_by_date", translate("RecurrenceEditor", "Monthly on day %d") % start.day),
    ]
    for place in month_positions(start):
        label = translate("RecurrenceEditor", "Monthly on the {place} {weekday}").format(
            place=_place_name(place), weekday=weekday
        )
        choices.append((f"{BY_WEEKDAY}:{place}", label))
    choices.append(("yearly", translate("RecurrenceEditor", "Yearly on %s") % _day_of_year(start)))
    if custom:
        choices.append((CUSTOM, translate("RecurrenceEditor", "Custom rule")))
    return choices


def interval_unit(key: str, interval: int) -> str:
    """What the "Every" number counts for the choice `key`: "week" or "weeks", and so on."""
    frequency, _ = split_key(key) if key != CUSTOM else ("none", None)
    one, many = {
        "daily": (translate("RecurrenceEditor", "day"), translate("RecurrenceEditor", "days")),
        "weekly": (translate("RecurrenceEditor", "week"), translate("RecurrenceEditor", "weeks")),
        "monthly_by_date": (
            translate("RecurrenceEditor", "month"),
            translate("RecurrenceEditor", "months"),
        ),
        "monthly_by_weekday": (
            translate("RecurrenceEditor", "month"),
            translate("RecurrenceEditor", "months"),
        ),
        "yearly": (translate("RecurrenceEditor", "year"), translate("RecurrenceEditor", "years")),
    }.get(frequency, ("", ""))
    return one if interval == 1 else many


def _day_of_year(start: date) -> str:
    """ "05 March", or "March 05" where the month comes first."""
    if style().month_first:
        return f"{month_name(start.month)} {start.day:02d}"
    return f"{start.day:02d} {month_name(start.month)}"


def rule_summary(rule: str, starts: Sequence[datetime]) -> str:
    """ "Every 2 weeks on Tue, Thu, 10 times", then the first of `starts` (the series' first
    SHOWN_DATES + 1, to tell whether there are more)."""
    if not starts:
        return translate("RecurrenceEditor", "{words}. No dates: it ends before it starts.").format(
            words=describe_rule(rule)
        )
    dates = ", ".join(weekday_day(start.date(), year=True) for start in starts[:SHOWN_DATES])
    more = ", …" if len(starts) > SHOWN_DATES else ""
    return translate("RecurrenceEditor", "{words}\nFirst dates: {dates}").format(
        words=describe_rule(rule), dates=dates + more
    )
