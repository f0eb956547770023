"""The repeat editor's choices and their words: keys, labels, interval units, a summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from carebook.core.recurrence import describe as describe_rule
from carebook.core.repeat_pattern import LAST, Frequency, RepeatPattern, month_positions

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


def _tr(text: str) -> str:
    """Translated in the repeat editor's context, where these words are shown."""
    return QCoreApplication.translate("RecurrenceEditor", text)


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
        _tr("Monday"),
        _tr("Tuesday"),
        _tr("Wednesday"),
        _tr("Thursday"),
        _tr("Friday"),
        _tr("Saturday"),
        _tr("Sunday"),
    )


def _place_name(place: int) -> str:
    names = {
        1: _tr("first"),
        2: _tr("second"),
        3: _tr("third"),
        4: _tr("fourth"),
        LAST: _tr("last"),
    }
    return names[place]


def repeat_choices(start: datetime, custom: bool) -> list[tuple[str, str]]:
    """(key, label) of each choice for a series from `start`; with the custom rule's last when
    one is kept."""
    weekday = weekday_names()[start.weekday()]
    choices = [
        ("none", _tr("Does not repeat")),
        ("daily", _tr("Daily")),
        ("weekly", _tr("Weekly")),
        ("monthly_by_date", _tr("Monthly on day %d") % start.day),
    ]
    for place in month_positions(start):
        label = _tr("Monthly on the {place} {weekday}").format(
            place=_place_name(place), weekday=weekday
        )
        choices.append((f"{BY_WEEKDAY}:{place}", label))
    choices.append(("yearly", _tr("Yearly on %s") % f"{start:%d %B}"))
    if custom:
        choices.append((CUSTOM, _tr("Custom rule")))
    return choices


def interval_unit(key: str, interval: int) -> str:
    """What the "Every" number counts for the choice `key`: "week" or "weeks", and so on."""
    frequency, _ = split_key(key) if key != CUSTOM else ("none", None)
    one, many = {
        "daily": (_tr("day"), _tr("days")),
        "weekly": (_tr("week"), _tr("weeks")),
        "monthly_by_date": (_tr("month"), _tr("months")),
        "monthly_by_weekday": (_tr("month"), _tr("months")),
        "yearly": (_tr("year"), _tr("years")),
    }.get(frequency, ("", ""))
    return one if interval == 1 else many


def rule_summary(rule: str, starts: Sequence[datetime]) -> str:
    """ "Every 2 weeks on Tue, Thu, 10 times", then the first of `starts` (the series' first
    SHOWN_DATES + 1, to tell whether there are more)."""
    if not starts:
        return _tr("{words}. No dates: it ends before it starts.").format(words=describe_rule(rule))
    dates = ", ".join(f"{start:%a %d %b %Y}" for start in starts[:SHOWN_DATES])
    more = ", …" if len(starts) > SHOWN_DATES else ""
    return _tr("{words}\nFirst dates: {dates}").format(
        words=describe_rule(rule), dates=dates + more
    )
