"""The coordinator's diary as the sample is built: no two appointments overlap, a trip between."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.schedule import USUAL_TRAVEL

#: Her working day, in minutes after midnight: the first visit starts at 08:30 and the last
#: ends by 17:00.
DAY_BEGINS = 8 * 60 + 30
DAY_ENDS = 17 * 60
#: Half an hour for lunch, kept free of appointments (she eats it in the car if she must).
LUNCH = (12 * 60 + 30, 13 * 60)
#: A full day: more than this and she could not do each visit justice.
MOST_A_DAY = 7
#: The visits of her series on one day, at most, so that a clinic or a call still fits in.
MOST_SERIES_A_DAY = 6
#: How far (in working days either way) a one-off looks for a day with room before giving up.
DAYS_TO_LOOK = 10

_WEEK = timedelta(weeks=1)


@dataclass(frozen=True, slots=True)
class Pattern:
    """When a weekly series comes: its weekdays (0 is Monday), every how many weeks, and the
    Monday of its first week (a fortnightly series' weeks count from it)."""

    days: tuple[int, ...]
    interval: int
    monday: date

    def dates(self, first: date, last: date) -> list[date]:
        """The pattern's dates from `first` to `last` inclusive (one date per visit)."""
        first = max(first, self.monday + timedelta(days=self.days[0]))
        found: list[date] = []
        week = max(0, (first - self.monday).days // 7)
        while True:
            week_monday = self.monday + timedelta(weeks=week)
            if week_monday > last:
                return found
            if week % self.interval == 0:
                for offset in self.days:
                    day = week_monday + timedelta(days=offset)
                    if first <= day <= last:
                        found.append(day)
            week += 1


@dataclass(slots=True)
class Diary:
    """What is booked on each day, as (start, end) minutes after midnight.

    Every appointment is kept apart from the next by the usual trip (USUAL_TRAVEL, the
    Preferences' default), so no visit of the sample is late for want of travel time; a clinic
    or a call is kept apart too, as the coordinator often drives the patient or rings from the
    car.
    """

    booked: dict[date, list[tuple[int, int]]] = field(default_factory=dict)
    travel: int = USUAL_TRAVEL
    #: Visits moved off their series' time, and one-off appointments, waiting for a slot until
    #: every series is booked: a series needs its time free for months, these on one day.
    moves: list[tuple[Appointment, OccurrenceChange]] = field(default_factory=list)
    one_offs: list[Appointment] = field(default_factory=list)

    def book(self, day: date, start: int, minutes: int) -> None:
        self.booked.setdefault(day, []).append((start, start + minutes))

    def release(self, day: date, start: int, minutes: int) -> None:
        """Free a booked slot (a visit moved away from it)."""
        slots = self.booked.get(day, [])
        if (start, start + minutes) in slots:
            slots.remove((start, start + minutes))

    def series_start(
        self, pattern: Pattern, last: date, preferred: int, minutes: int
    ) -> int | None:
        """The start nearest `preferred` (on the quarter hour) free on every date of the series
        until `last`, or None when no such time is left; nothing is booked."""
        dates = pattern.dates(pattern.monday, last)
        if not dates or any(len(self.booked.get(d, ())) >= MOST_SERIES_A_DAY for d in dates):
            return None
        busy = _merged(slot for d in dates for slot in self.booked.get(d, ()))
        # Only starts snug against a booking (or the day's ends) are offered, nearest the one
        # wanted: a series left floating mid-gap would waste the time either side of it for
        # every week it runs.
        snug = {
            DAY_BEGINS,
            DAY_ENDS - minutes,
            LUNCH[1],
            _on_step(LUNCH[0] - minutes, 15, up=False),
        }
        for begins, ends in busy:
            snug.add(_on_step(ends + self.travel, 15, up=True))
            snug.add(_on_step(begins - self.travel - minutes, 15, up=False))
        for start in sorted(snug, key=lambda start: (abs(start - preferred), start)):
            fits = DAY_BEGINS <= start <= DAY_ENDS - minutes
            if fits and self._clear(busy, start, minutes):
                return start
        return None

    def start_on(self, day: date, preferred: int, minutes: int) -> int | None:
        """The start nearest `preferred` (on ten minutes) free on `day`, or None when the day
        is full or a weekend (clinics and the coordinator work weekdays)."""
        slots = self.booked.get(day, [])
        if day.weekday() >= 5 or len(slots) >= MOST_A_DAY:
            return None
        for start in _nearest(preferred, minutes, 10):
            if self._clear(slots, start, minutes):
                return start
        return None

    def nearby_slot(
        self, day: date, preferred: int, minutes: int, today: date
    ) -> tuple[date, int] | None:
        """A free slot on `day` or else on the nearest working day with room, on the same side
        of `today` (a past appointment stays past, so its outcome still reads true)."""
        for other in _days_around(day, today):
            start = self.start_on(other, preferred, minutes)
            if start is not None:
                return other, start
        return None

    def _clear(self, slots: Iterable[tuple[int, int]], start: int, minutes: int) -> bool:
        end = start + minutes
        if start < LUNCH[1] and LUNCH[0] < end:
            return False
        return all(
            start >= other_end + self.travel or end + self.travel <= other_start
            for other_start, other_end in slots
        )


def _nearest(preferred: int, minutes: int, step: int) -> Iterator[int]:
    """The starts of the working day on `step` minutes, nearest `preferred` first (the earlier
    of two as near)."""
    latest = DAY_ENDS - minutes
    starts = range(DAY_BEGINS, latest + 1, step)
    yield from sorted(starts, key=lambda start: (abs(start - preferred), start))


def _on_step(minutes: int, step: int, *, up: bool) -> int:
    """`minutes` on the `step` (from 08:30), rounded up or down."""
    steps, left = divmod(minutes - DAY_BEGINS, step)
    return DAY_BEGINS + (steps + (up and left > 0)) * step


def _merged(slots: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Slots run together where they overlap, so a series checks a handful, not hundreds."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(slots):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _days_around(day: date, today: date) -> Sequence[date]:
    """`day`, then the working days nearest it, later first, on the same side of `today`."""
    past = day < today
    found = [day]
    for distance in range(1, 3 * DAYS_TO_LOOK):
        for other in (day + timedelta(days=distance), day - timedelta(days=distance)):
            if other.weekday() < 5 and (other < today) == past:
                found.append(other)
    return found[: 2 * DAYS_TO_LOOK + 1]


#: The weekday sets a series can have, by how many days a week it comes.
_DAY_SETS: dict[int, tuple[tuple[int, ...], ...]] = {
    1: ((0,), (1,), (2,), (3,), (4,)),
    2: ((0, 3), (1, 4), (0, 2), (1, 3), (2, 4)),
    3: ((0, 2, 4),),
}


def plan_series(
    diary: Diary, drawn: Pattern, last: date, preferred: int, minutes: int
) -> tuple[Pattern, int] | None:
    """Book a series of `minutes`-long visits until `last`: as drawn if a time is free on every
    date, else as a coordinator with a full week would offer it (other weekdays, then fewer a
    week, then fortnightly). The pattern and start booked, or None when nothing fits."""
    for pattern in _offers(drawn):
        start = diary.series_start(pattern, last, preferred, minutes)
        if start is not None:
            for day in pattern.dates(pattern.monday, last):
                diary.book(day, start, minutes)
            return pattern, start
    return None


def _offers(drawn: Pattern) -> Iterator[Pattern]:
    """The patterns to try in turn: the drawn one first, then the nearest to it."""
    size = len(drawn.days)
    sets = [drawn.days, *(s for s in _DAY_SETS[size] if s != drawn.days)]
    if size > 1:
        # Fewer days a week: her own days first.
        sets += [(d,) for d in drawn.days]
        sets += [s for s in _DAY_SETS[1] if s[0] not in drawn.days]
        if size == 3:
            sets[1:1] = list(_DAY_SETS[2])
    seen: set[tuple[tuple[int, ...], int, date]] = set()
    for interval in dict.fromkeys((drawn.interval, 2)):
        # A fortnightly series may start in its own week or the next: the other fortnight.
        mondays = (drawn.monday,) if interval == 1 else (drawn.monday, drawn.monday + _WEEK)
        for days in sets:
            for monday in mondays:
                if (days, interval, monday) not in seen:
                    seen.add((days, interval, monday))
                    yield Pattern(days, interval, monday)
