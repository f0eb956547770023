"""Words printed in headings and appointment lists: a titled thing, and a series of visits."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from carebook.core.calendar_words import clock_text, weekday_name
from carebook.core.recurrence import describe, rule_parts
from carebook.core.words import translate
from carebook.reports.patient_blocks import short_date, short_day_month

#: The rule's day codes, Monday first, as date.weekday() counts them.
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_A_MONDAY = date(2024, 1, 1)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def titled(label: str, title: str) -> str:
    """ "Care plan: Staying safe at home", but "Care plan" for a plan titled "Care plan" and
    "Winter care plan" for one titled so: a heading never says a word twice. `label` comes
    translated."""
    if not title.strip():
        return label
    named = _words(title)
    if set(named) <= set(_words(label)):
        return label
    if set(named) & set(_words(label)):
        return title[:1].upper() + title[1:]
    return translate("ReportWording", "{label}: {title}").format(label=label, title=title)


def review_of(kind: str, what: str) -> str:
    """ "Review medication: Warfarin", "Review care plan" (of a plan titled "Care plan");
    `kind` comes translated."""
    named = _words(what)
    if not named or set(named) <= set(_words(kind)):
        return translate("ReportWording", "Review {kind}").format(kind=kind)
    if set(named) & set(_words(kind)):
        return translate("ReportWording", "Review {what}").format(what=what)
    return translate("ReportWording", "Review {kind}: {what}").format(kind=kind, what=what)


def series(rule: str, start: datetime) -> str:
    """A repeating rule in a coordinator's words: "Every Monday and Thursday", "Every other
    Wednesday" (the day of `start` when the rule names none), "Every day", else as the
    recurrence says it ("Monthly on day 3")."""
    try:
        parts = rule_parts(rule)
    except (ValueError, KeyError):
        return describe(rule)
    interval = int(parts.get("INTERVAL", "1") or 1)
    days = [day for day in parts.get("BYDAY", "").split(",") if day]
    if parts.get("FREQ") == "WEEKLY" and not days:
        days = [_DAYS[start.weekday()]]
    plain = all(day in _DAYS for day in days)
    if parts.get("FREQ") == "WEEKLY" and days and plain and interval in (1, 2):
        names = _and([_day_name(day) for day in days])
        if interval == 1:
            return translate("ReportWording", "Every {days}").format(days=names)
        return translate("ReportWording", "Every other {days}").format(days=names)
    if parts.get("FREQ") == "DAILY" and interval in (1, 2) and not days:
        if interval == 1:
            return translate("ReportWording", "Every day")
        return translate("ReportWording", "Every other day")
    return describe(rule)


def next_visit(start: datetime, end: datetime, today: date) -> str:
    """ "at 10:00–10:30, next 7 Dec" (the year only when it is not this one)."""
    day = short_day_month(start.date()) if start.year == today.year else short_date(start.date())
    return translate("ReportWording", "at {start}–{end}, next {day}").format(
        start=clock_text(start), end=clock_text(end), day=day
    )


def _day_name(code: str) -> str:
    return weekday_name(_A_MONDAY + timedelta(days=_DAYS.index(code)))


def _and(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return translate("ReportWording", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )
