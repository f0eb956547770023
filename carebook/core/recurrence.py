"""Recurring appointments: RFC 5545 RRULE expansion in local wall-clock time, with exceptions."""

from __future__ import annotations

import heapq
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule

from carebook.core.calendar_words import day_text, weekday_short
from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.repeat_limits import LAST_MOMENT, MOST_IN_A_SERIES
from carebook.core.repeat_rules import ends, read_dates, rule_until
from carebook.core.repeat_rules import laid_out_rule as laid_out_rule
from carebook.core.repeat_rules import parse_rule as parse_rule
from carebook.core.repeat_rules import rule_parts as rule_parts
from carebook.core.vocabularies import AppointmentStatus
from carebook.core.words import QT_TRANSLATE_NOOP, translate

#: RFC 5545's day codes, as the days of a week starting on Monday (date.weekday()).
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: The ordinal days of a month (BYDAY=2TU), their {day} a weekday's short name.
_ORDINALS = {
    1: QT_TRANSLATE_NOOP("Recurrence", "the first {day}"),
    2: QT_TRANSLATE_NOOP("Recurrence", "the second {day}"),
    3: QT_TRANSLATE_NOOP("Recurrence", "the third {day}"),
    4: QT_TRANSLATE_NOOP("Recurrence", "the fourth {day}"),
    5: QT_TRANSLATE_NOOP("Recurrence", "the fifth {day}"),
    -1: QT_TRANSLATE_NOOP("Recurrence", "the last {day}"),
    -2: QT_TRANSLATE_NOOP("Recurrence", "the second-to-last {day}"),
}
_EVERY = {
    "DAILY": (
        QT_TRANSLATE_NOOP("Recurrence", "Daily"),
        QT_TRANSLATE_NOOP("Recurrence", "Every {n} days"),
    ),
    "WEEKLY": (
        QT_TRANSLATE_NOOP("Recurrence", "Weekly"),
        QT_TRANSLATE_NOOP("Recurrence", "Every {n} weeks"),
    ),
    "MONTHLY": (
        QT_TRANSLATE_NOOP("Recurrence", "Monthly"),
        QT_TRANSLATE_NOOP("Recurrence", "Every {n} months"),
    ),
    "YEARLY": (
        QT_TRANSLATE_NOOP("Recurrence", "Yearly"),
        QT_TRANSLATE_NOOP("Recurrence", "Every {n} years"),
    ),
}


@dataclass(slots=True, frozen=True)
class Occurrence:
    """One dated occurrence of an appointment, after exceptions are applied."""

    original_start: datetime
    start: datetime
    end: datetime
    status: AppointmentStatus
    changed: bool


def _nominal(appointment: Appointment, first: datetime) -> Iterator[datetime]:
    """The series' wall-clock times as its rule gives them, within carebook's limits."""
    parts = rule_parts(appointment.rrule)
    rule = laid_out_rule(appointment.rrule, first)
    until = rule_until(parts)
    if until is not None and until < first:
        return iter(())  # it ends before it begins (dateutil would look on for a date)
    found = read_dates(rule.xafter(first, inc=True), appointment.rrule)
    return islice(found, MOST_IN_A_SERIES) if ends(parts) else found


def _series_zone(appointment: Appointment) -> tzinfo | None:
    """The zone the appointment's wall-clock times are kept in: its start's, else its `tz`."""
    if appointment.start.tzinfo is not None:
        return appointment.start.tzinfo
    return _zone(appointment.tz)


@lru_cache(maxsize=64)
def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None  # an unknown name: wall-clock times are kept exactly as the rule gives them


@lru_cache(maxsize=8192)
def _offset_changes_on(zone: tzinfo, day: date) -> bool:
    # Only a day whose UTC offset changes can skip a time; asked once per day, not per visit.
    # The next midnight is read after any change (fold=1), in case a gap runs past midnight.
    midnight = datetime.combine(day, time(), zone)
    return midnight.utcoffset() != (midnight + timedelta(days=1)).replace(fold=1).utcoffset()


def on_the_clock(moment: datetime, zone: tzinfo | None) -> datetime:
    """The naive wall-clock `moment` as a time that happens in `zone` (RFC 5545 section 3.3.5).

    A time the clocks skip (01:30 in London on the spring-forward day) moves forward by the gap
    (to 02:30). A time the clocks pass twice (01:30 on the fall-back day) is kept as it is and
    means its first pass (fold=0), which is how every naive time in the caseload is read.
    """
    if zone is None or not _offset_changes_on(zone, moment.date()):
        return moment
    before = moment.replace(tzinfo=zone, fold=0).utcoffset()
    after = moment.replace(tzinfo=zone, fold=1).utcoffset()
    # In a gap fold=0 reads the time with the offset before the change, fold=1 with the one after.
    if before is not None and after is not None and after > before:
        return moment + (after - before)
    return moment


def _on_the_clock_in_order(nominal: Iterable[datetime], zone: tzinfo | None) -> Iterator[datetime]:
    """Each of the rule's sorted wall-clock times, moved out of clock gaps, still sorted and once.

    Only a rule with several times a day (BYHOUR) can have a moved time overtake the next one,
    or land on it; the key of a laid-out visit must stay unique.
    """
    waiting: list[datetime] = []
    last: datetime | None = None
    for moment in nominal:
        real = on_the_clock(moment, zone)
        if real == moment and not waiting:
            last = moment
            yield moment
            continue
        heapq.heappush(waiting, real)
        # Times only ever move forward, so none still to come can be before this one.
        while waiting and waiting[0] <= moment:
            ready = heapq.heappop(waiting)
            if ready != last:
                last = ready
                yield ready
    for ready in sorted(waiting):
        if ready != last:
            last = ready
            yield ready


def starts(appointment: Appointment, until: datetime) -> Iterator[datetime]:
    """Each original start of the appointment up to and including `until` (naive local time).

    Wall-clock times are expanded naively on purpose: a 09:00 visit stays at 09:00 on both sides
    of a daylight-saving change, which is what a coordinator booked. Only a time the clocks skip
    that day moves, forward by the gap (see `on_the_clock`). A series gives at most
    repeat_limits' visits a day, and one that ends at most its visits in a series.
    """
    zone = _series_zone(appointment)
    first = appointment.start.replace(tzinfo=None)
    until = min(until, LAST_MOMENT)  # nothing is kept after carebook's last day
    if not appointment.rrule:
        moment = on_the_clock(first, zone)
        if moment <= until:
            yield moment
        return
    for start in _on_the_clock_in_order(_nominal(appointment, first), zone):
        if start > until:
            return
        yield start


def starts_between(appointment: Appointment, first: datetime, last: datetime) -> Iterator[datetime]:
    """The original starts from `first` to `last` (both included), as `starts` gives them.

    A series without end is read from a period or two before `first` rather than from its own
    start, so a day a century ahead costs no more to read than tomorrow.
    """
    begin = appointment.start.replace(tzinfo=None)
    parts = rule_parts(appointment.rrule) if appointment.rrule else {}
    if not appointment.rrule or ends(parts):
        found: Iterable[datetime] = starts(appointment, last)
    else:
        # A time moved out of a clock-change gap is later than the rule's own, by hours at most.
        near = max(first - timedelta(days=2), begin)
        rule = _nearer(laid_out_rule(appointment.rrule, begin), parts, begin, near)
        found = _on_the_clock_in_order(
            read_dates(rule.xafter(near, inc=True), appointment.rrule), _series_zone(appointment)
        )
    for start in found:
        if start > last:
            return
        if start >= first:
            yield start


def _nearer(rule: rrule, parts: dict[str, str], begin: datetime, near: datetime) -> rrule:
    """The open-ended `rule` anchored a period or two before `near` instead of at `begin`.

    Its dates from `near` on are the same: the anchor moves by whole steps of the rule (INTERVAL
    days, weeks, months or years), and what the rule took from its start (the weekday, the day
    of the month, the month, the time) is kept.
    """
    step = int(parts.get("INTERVAL", "1") or 1)
    freq = parts["FREQ"]
    if freq in ("DAILY", "WEEKLY"):
        days = step * (1 if freq == "DAILY" else 7)
        steps = (near.date() - begin.date()).days // days - 1
        return rule.replace(dtstart=begin + timedelta(days=steps * days)) if steps > 0 else rule
    months = step * (12 if freq == "YEARLY" else 1)
    steps = ((near.year - begin.year) * 12 + near.month - begin.month) // months - 1
    if steps <= 0:
        return rule
    index = begin.year * 12 + begin.month - 1 + steps * months
    anchor = begin.replace(year=index // 12, month=index % 12 + 1, day=1)
    kept: dict[str, Any] = {}
    if not any(
        name in parts for name in ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYEASTER")
    ):
        # dateutil takes these from the start only when the rule names no day of its own.
        kept["bymonthday"] = begin.day
        if freq == "YEARLY" and "BYMONTH" not in parts:
            kept["bymonth"] = begin.month
    return rule.replace(dtstart=anchor, **kept)


def occurrences(
    appointment: Appointment,
    changes: Iterable[OccurrenceChange],
    until: datetime,
) -> list[Occurrence]:
    """The appointment's occurrences up to `until`, with skipped ones left out and moves applied.

    Lengths are wall-clock minutes; an end (or a moved start) the clocks skip moves forward by
    the gap, like a start.
    """
    made = _Occurrences(appointment, changes)
    return [
        occurrence
        for original in starts(appointment, until)
        if (occurrence := made.of(original)) is not None
    ]


def occurrences_between(
    appointment: Appointment,
    changes: Iterable[OccurrenceChange],
    first: datetime,
    last: datetime,
    after: datetime | None = None,
) -> Iterator[Occurrence]:
    """The occurrences starting from `first` to `last` (both included), of the visits whose
    original start is after `after` (every visit when None), in no particular order.

    A visit moved into the span from outside it is there; one moved out of it is not.
    """
    made = _Occurrences(appointment, changes)
    for original, change in sorted(made.by_start.items()):
        if first <= original <= last or (after is not None and original <= after):
            continue
        if change.start is None or change.skipped:
            continue
        occurrence = made.of(original)
        if (
            occurrence is not None
            and first <= occurrence.start <= last
            and next(starts_between(appointment, original, original), None) == original
        ):
            yield occurrence
    for original in starts_between(
        appointment, first if after is None else max(first, after), last
    ):
        if after is not None and original <= after:
            continue
        occurrence = made.of(original)
        if occurrence is not None and first <= occurrence.start <= last:
            yield occurrence


class _Occurrences:
    """A series' visits made from their original starts, with its changes applied."""

    def __init__(self, appointment: Appointment, changes: Iterable[OccurrenceChange]) -> None:
        self.appointment = appointment
        self.zone = _series_zone(appointment)
        self.by_start = {change.original_start.replace(tzinfo=None): change for change in changes}
        self.length = timedelta(minutes=appointment.duration_min)

    def of(self, original: datetime) -> Occurrence | None:
        """The visit at `original` as it now stands; None when it was taken out."""
        appointment, zone = self.appointment, self.zone
        change = self.by_start.get(original)
        if change is None:
            return Occurrence(
                original,
                original,
                on_the_clock(original + self.length, zone),
                appointment.status,
                False,
            )
        if change.skipped:
            return None
        start = (
            on_the_clock(change.start.replace(tzinfo=None), zone) if change.start else (original)
        )
        minutes = (
            change.duration_min if change.duration_min is not None else (appointment.duration_min)
        )
        return Occurrence(
            original,
            start,
            on_the_clock(start + timedelta(minutes=minutes), zone),
            change.status or appointment.status,
            True,
        )


def last_start(appointment: Appointment) -> datetime | None:
    """The series' final original start that carebook keeps (none after its last day), or
    None when it repeats without end."""
    zone = _series_zone(appointment)
    first = appointment.start.replace(tzinfo=None)
    if not appointment.rrule:
        return on_the_clock(first, zone)
    laid_out_rule(appointment.rrule, first)  # a rule that does not read raises, ended or not
    if not ends(rule_parts(appointment.rrule)):
        return None
    found: datetime | None = None
    for moment in _on_the_clock_in_order(_nominal(appointment, first), zone):
        if moment > LAST_MOMENT:
            break  # a series kept past carebook's last day ends, as laid out, on that day
        found = moment
    return found


def describe(rule_text: str, english: bool = False) -> str:
    """The rule in a coordinator's words: "Every 2 weeks on Tue, Thu", "Monthly on the last Fri";
    with `english`, in English whatever the language (for FHIR's text)."""
    if not rule_text:
        return ""
    say = _as_written if english else translate
    try:
        return _describe(rule_parts(rule_text), say, english)
    except (ValueError, KeyError):
        return say("Recurrence", _REPEATS)


_Say = Callable[[str, str], str]
_REPEATS = QT_TRANSLATE_NOOP("Recurrence", "Repeats")
_NTH_FROM_LAST = QT_TRANSLATE_NOOP("Recurrence", "the {n}th from last {day}")
_NTH = QT_TRANSLATE_NOOP("Recurrence", "the {n}th {day}")
_ON_DAYS = QT_TRANSLATE_NOOP("Recurrence", "{repeats} on {days}")
_ON_DAY = QT_TRANSLATE_NOOP("Recurrence", "{repeats} on day {day}")
_TIMES = QT_TRANSLATE_NOOP("Recurrence", "{repeats}, {count} times")
_UNTIL = QT_TRANSLATE_NOOP("Recurrence", "{repeats}, until {day}")
#: English day and month names, for the English description.
_ENGLISH_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def _as_written(context: str, text: str) -> str:
    return text


def _day_name(code: str, english: bool) -> str:
    if code not in _DAY_CODES:
        return code
    if english:
        return _ENGLISH_DAYS[_DAY_CODES.index(code)]
    return weekday_short(date(2024, 1, 1) + timedelta(days=_DAY_CODES.index(code)))  # a Monday


def _nth_day(prefix: int, name: str, say: _Say) -> str:
    if prefix in _ORDINALS:
        return say("Recurrence", _ORDINALS[prefix]).format(day=name)
    if prefix < 0:
        return say("Recurrence", _NTH_FROM_LAST).format(n=-prefix, day=name)
    return say("Recurrence", _NTH).format(n=prefix, day=name)


def _describe(parts: dict[str, str], say: _Say, english: bool) -> str:
    """The rule's words through `say` (translate, or English as written)."""
    freq = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1") or 1)
    if freq not in _EVERY:
        return say("Recurrence", _REPEATS)
    once, every = _EVERY[freq]
    words = say("Recurrence", every).format(n=interval) if interval > 1 else say("Recurrence", once)
    byday = [d for d in parts.get("BYDAY", "").split(",") if d]
    if byday:
        names = []
        for day in byday:
            code, prefix = day[-2:], day[:-2]
            name = _day_name(code, english)
            names.append(_nth_day(int(prefix), name, say) if prefix else name)
        words = say("Recurrence", _ON_DAYS).format(repeats=words, days=", ".join(names))
    elif parts.get("BYMONTHDAY"):
        words = say("Recurrence", _ON_DAY).format(repeats=words, day=parts["BYMONTHDAY"])
    if parts.get("COUNT"):
        words = say("Recurrence", _TIMES).format(repeats=words, count=parts["COUNT"])
    elif parts.get("UNTIL"):
        until = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
        if english:
            day = f"{until.day:02d} {_ENGLISH_MONTHS[until.month - 1]} {until.year}"
        else:
            day = day_text(until)
        words = say("Recurrence", _UNTIL).format(repeats=words, day=day)
    return words


def local_zone_name() -> str:
    """The IANA name of this computer's time zone ("Europe/London"), or "UTC" when unknown."""
    name = os.environ.get("TZ", "").lstrip(":")
    if ("/" in name) or name == "UTC":
        return name
    localtime = Path("/etc/localtime")
    try:
        target = str(localtime.resolve())
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    if marker in target:
        zone = target.split(marker, 1)[1]
        return "UTC" if zone in ("Etc/UTC", "Etc/UCT", "UCT", "Zulu") else zone
    return "UTC"
