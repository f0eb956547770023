"""Where each visit of a day sits on the schedule: side by side with those it overlaps (in
lanes), and the trip before it, worked out in one pass however busy the day."""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from carebook.core.schedule import TravelTimes, counts, plan_day
from carebook.core.views import Visit


@dataclass(slots=True)
class Placed:
    """A visit as the schedule draws it."""

    visit: Visit
    #: Its lane among the visits it overlaps (0 when it overlaps none), and how many lanes
    #: that group of overlapping visits needs.
    lane: int = 0
    lanes: int = 1
    #: Whether it overlaps another visit of the day (timed, neither cancelled).
    overlapped: bool = False
    #: The trip before it from the stop before, and the gap there (None when it is no stop
    #: or the first); `tight` when the gap is shorter than the trip.
    travel_before: int | None = None
    gap_before: int | None = None
    tight: bool = False
    #: Where it comes in the day's route (from 0).
    position: int = 0


@dataclass(frozen=True, slots=True)
class DayMark:
    """What a month's square says of a day: how many visits, and whether two overlap."""

    visits: int
    overlap: bool


def lay_out_day(visits: Sequence[Visit], travel: TravelTimes) -> list[Placed]:
    """The day's visits (in route order) placed in lanes, with the travel before each stop."""
    placed = [Placed(visit, position=n) for n, visit in enumerate(visits)]
    for item, stop in zip(placed, plan_day(visits, travel, overlaps=False), strict=True):
        item.travel_before, item.gap_before, item.tight = (
            stop.travel_before,
            stop.gap_before,
            stop.tight,
        )
    # Every timed visit takes a lane (a cancelled one is still drawn, dashed); only those
    # that count can overlap.
    timed = [p for p in placed if p.visit.end > p.visit.start]
    for group, lanes in _groups(timed, assign=True):
        for item in group:
            item.lanes = lanes
    for group, _lanes in _groups([p for p in timed if counts(p.visit)], assign=False):
        for item in group:
            item.overlapped = len(group) > 1
    return placed


def _groups(items: list[Placed], *, assign: bool) -> list[tuple[list[Placed], int]]:
    """The items in groups of visits each overlapping another, with the lanes each group
    needs (each item given its lane when `assign`), in one pass by start."""
    found: list[tuple[list[Placed], int]] = []
    group: list[Placed] = []
    busy: list[tuple[datetime, int]] = []  # (when it is free again, lane) of the lanes in use
    free: list[int] = []  # lanes of the group free again, lowest first
    lanes = 0
    group_end: datetime | None = None
    for item in sorted(items, key=lambda p: (p.visit.start, p.visit.end)):
        visit = item.visit
        if group_end is not None and visit.start >= group_end:
            found.append((group, max(lanes, 1)))
            group, busy, free, lanes, group_end = [], [], [], 0, None
        while busy and busy[0][0] <= visit.start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, lanes = lanes, lanes + 1
        if assign:
            item.lane = lane
        heapq.heappush(busy, (visit.end, lane))
        group.append(item)
        group_end = visit.end if group_end is None else max(group_end, visit.end)
    if group:
        found.append((group, max(lanes, 1)))
    return found


def merged_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Spans that meet or overlap, drawn once: a busy day's trips are thousands."""
    merged: list[tuple[float, float]] = []
    for top, bottom in sorted(spans):
        if merged and top <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def end_hour(visit: Visit) -> int:
    """The hour a visit's column must reach to show its end (24 past midnight)."""
    if visit.end.date() > visit.start.date():
        return 24
    return min(24, math.ceil(visit.end.hour + visit.end.minute / 60))
