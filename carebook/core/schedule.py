"""A day's schedule: which visits overlap, the travel before each stop of the route, and the
times that follow the route when it is reordered."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from carebook.core.views import Visit
from carebook.core.visit_rules import ATTENDED_KINDS
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus

#: The trip the coordinator has not timed takes this long unless Preferences say otherwise.
USUAL_TRAVEL = 15


@functools.lru_cache(maxsize=4096)  # a busy week names the same places thousands of times
def place_key(text: str) -> str:
    """A place as the travel table keeps it: spaces single, case folded, so that
    '1 High St ' and '1 high  st' are one place."""
    return " ".join(text.split()).casefold()


def pair_key(here: str, there: str) -> tuple[str, str]:
    """The trip between two places, the lesser first: A to B and B to A are one trip."""
    first, second = place_key(here), place_key(there)
    return (first, second) if first <= second else (second, first)


def place_of(visit: Visit) -> str:
    """Where a visit happens: its own location, else the patient's address."""
    return visit.location or visit.address


@dataclass(frozen=True, slots=True)
class TravelTimes:
    """The trips the coordinator has timed, by pair of places, and the usual trip otherwise."""

    usual: int = USUAL_TRAVEL
    known: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def minutes(self, here: str, there: str) -> int:
        """How long the trip from `here` to `there` takes; none between visits at one place."""
        pair = pair_key(here, there)
        if pair[0] and pair[0] == pair[1]:
            return 0
        return self.known.get(pair, self.usual)


@dataclass(frozen=True, slots=True)
class Stop:
    """One visit of the day as the schedule sees it."""

    visit: Visit
    #: The appointment ids of the other visits of the day it overlaps.
    overlaps: tuple[int, ...] = ()
    #: Minutes the trip from the previous stop of the route takes; None for the first stop
    #: and for a visit that is no stop (cancelled, or one the coordinator does not attend).
    travel_before: int | None = None
    #: Minutes between the end of the previous stop and this start (negative when they overlap).
    gap_before: int | None = None

    @property
    def tight(self) -> bool:
        """True when the gap before it is shorter than the trip there."""
        return (
            self.travel_before is not None
            and self.gap_before is not None
            and self.gap_before < self.travel_before
        )


def counts(visit: Visit) -> bool:
    """A visit that can overlap another: timed, and not cancelled."""
    return visit.status is not AppointmentStatus.CANCELLED and visit.end > visit.start


def is_stop(visit: Visit) -> bool:
    """A stop of the coordinator's route: a visit she attends herself (a home visit or a
    call; a patient's own clinic or lab appointment is not one), and not cancelled."""
    return visit.status is not AppointmentStatus.CANCELLED and visit.kind in ATTENDED_KINDS


def overlapping(visits: Sequence[Visit]) -> list[set[int]]:
    """For each visit (by position), the positions of the visits it overlaps."""
    found: list[set[int]] = [set() for _ in visits]
    order = sorted((v.start, n) for n, v in enumerate(visits) if counts(v))
    running: list[int] = []  # the visits begun and not yet ended at the start looked at
    for start, n in order:
        running = [m for m in running if visits[m].end > start]
        for m in running:
            found[n].add(m)
            found[m].add(n)
        running.append(n)
    return found


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def plan_day(visits: Sequence[Visit], travel: TravelTimes, *, overlaps: bool = True) -> list[Stop]:
    """The day's visits in route order with their overlaps (unless not wanted: on a day of
    thousands they are many) and the travel before each stop.

    A call (telehealth) is made from wherever the coordinator is: no trip to it, and the trip
    after it is from the place before it."""
    crossing = overlapping(visits) if overlaps else [set[int]() for _ in visits]
    stops: list[Stop] = []
    previous: Visit | None = None
    here: str | None = None  # where the coordinator is, once she has been somewhere
    for n, visit in enumerate(visits):
        ids = tuple(sorted({visits[m].appointment_id for m in crossing[n]}))
        if not is_stop(visit):
            stops.append(Stop(visit, ids))
            continue
        call = visit.kind is AppointmentKind.TELEHEALTH
        if previous is None:
            stops.append(Stop(visit, ids))
        else:
            minutes = 0 if call or here is None else travel.minutes(here, place_of(visit))
            stops.append(Stop(visit, ids, minutes, _minutes(visit.start - previous.end)))
        previous = visit
        if not call:
            here = place_of(visit)
    return stops


def came_from(visits: Sequence[Visit], index: int) -> Visit | None:
    """The stop the coordinator travels to visit `index` from: the last stop before it at a
    place (a call needs no trip, so none for one)."""
    visit = visits[index]
    if not is_stop(visit) or visit.kind is AppointmentKind.TELEHEALTH:
        return None
    for before in reversed(visits[:index]):
        if is_stop(before) and before.kind is not AppointmentKind.TELEHEALTH:
            return before
    return None


@dataclass(frozen=True, slots=True)
class Shift:
    """A visit moved to follow the route: which one, and its new start."""

    visit: Visit
    start: datetime


def follow_route(stops: Sequence[Stop]) -> list[Shift]:
    """The visits whose times change when the day follows its route: the first stop starts
    when the day did (its earliest stop), each next one when the one before ends plus the trip
    to it; each keeps its length. Visits that are no stop (cancelled, or a patient's own
    appointment) stay where they are."""
    shifts: list[Shift] = []
    route = [stop for stop in stops if is_stop(stop.visit)]
    if not route:
        return shifts
    ready = min(stop.visit.start for stop in route)  # when the coordinator can start the next
    for stop in route:
        visit = stop.visit
        start = ready + timedelta(minutes=stop.travel_before or 0)
        if start != visit.start:
            shifts.append(Shift(visit, start))
        ready = start + (visit.end - visit.start)
    return shifts
