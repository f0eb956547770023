"""Words printed in headings and appointment lists: a titled thing, and a series of visits."""

from __future__ import annotations

import re
from datetime import date, datetime

from carebook.core.recurrence import describe, rule_parts

_DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def titled(label: str, title: str) -> str:
    """ "Care plan: Staying safe at home", but "Care plan" for a plan titled "Care plan" and
    "Winter care plan" for one titled so: a heading never says a word twice."""
    if not title.strip():
        return label
    named = _words(title)
    if set(named) <= set(_words(label)):
        return label
    if set(named) & set(_words(label)):
        return title[:1].upper() + title[1:]
    return f"{label}: {title}"


def review_of(kind: str, what: str) -> str:
    """ "Review medication: Warfarin", "Review care plan" (of a plan titled "Care plan")."""
    named = _words(what)
    if not named or set(named) <= set(_words(kind)):
        return f"Review {kind}"
    if set(named) & set(_words(kind)):
        return f"Review {what}"
    return f"Review {kind}: {what}"


def series(rule: str, start: datetime) -> str:
    """A repeating rule in a coordinator's words: "Every Monday and Thursday", "Every other
    Wednesday" (the day of `start` when the rule names none), "Every day", else as the
    recurrence says it ("Monthly on day 3")."""
    try:
        parts = rule_parts(rule)
    except (ValueError, KeyError):
        return describe(rule)
    interval = int(parts.get("INTERVAL", "1") or 1)
    every = {1: "Every", 2: "Every other"}.get(interval)
    days = [day for day in parts.get("BYDAY", "").split(",") if day]
    if parts.get("FREQ") == "WEEKLY" and not days:
        days = [list(_DAYS)[start.weekday()]]
    plain = all(day in _DAYS for day in days)
    if parts.get("FREQ") == "WEEKLY" and days and plain and every is not None:
        return f"{every} {_and([_DAYS[day] for day in days])}"
    if parts.get("FREQ") == "DAILY" and every is not None and not days:
        return f"{every} day"
    return describe(rule)


def next_visit(start: datetime, end: datetime, today: date) -> str:
    """ "at 10:00–10:30, next 7 Dec" (the year only when it is not this one)."""
    day = f"{start.day} {_MONTHS[start.month - 1]}"
    if start.year != today.year:
        day += f" {start.year}"
    return f"at {start:%H:%M}–{end:%H:%M}, next {day}"


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
