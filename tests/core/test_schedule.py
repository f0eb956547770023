"""The day's schedule: overlaps, the travel before each stop, and times that follow the route."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from carebook.core.schedule import (
    TravelTimes,
    follow_route,
    is_stop,
    overlapping,
    pair_key,
    plan_day,
)
from carebook.core.schedule_layout import lay_out_day
from carebook.core.views import Visit
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus

MORNING = datetime(2026, 12, 7, 8, 0)
PLACES = ["1 High St", "2 Low Rd", "3 Mill Lane", ""]


def _visit(
    n: int,
    start: int,
    length: int,
    place: str = "",
    cancelled: bool = False,
    kind: AppointmentKind = AppointmentKind.HOME_VISIT,
) -> Visit:
    return Visit(
        appointment_id=n + 1,
        start=MORNING + timedelta(minutes=start),
        end=MORNING + timedelta(minutes=start + length),
        patient_id=n + 1,
        patient=f"Patient {n}",
        address=place,
        phone="",
        purpose="",
        kind=kind,
        status=AppointmentStatus.CANCELLED if cancelled else AppointmentStatus.BOOKED,
    )


KINDS = [AppointmentKind.HOME_VISIT, AppointmentKind.TELEHEALTH, AppointmentKind.LAB]

visits = st.lists(
    st.tuples(
        st.integers(0, 600),
        st.integers(0, 120),
        st.sampled_from(PLACES),
        st.booleans(),
        st.sampled_from(KINDS),
    ),
    max_size=12,
).map(lambda rows: [_visit(n, *row) for n, row in enumerate(rows)])

trips = st.dictionaries(
    st.tuples(st.sampled_from(PLACES[:3]), st.sampled_from(PLACES[:3])).map(
        lambda pair: pair_key(*pair)
    ),
    st.integers(0, 240),
)


@given(visits)
def test_two_visits_overlap_exactly_when_their_times_cross(day: list[Visit]) -> None:
    found = overlapping(day)
    for n, a in enumerate(day):
        for m, b in enumerate(day):
            if n == m:
                continue
            both_count = all(
                v.status is not AppointmentStatus.CANCELLED and v.end > v.start for v in (a, b)
            )
            crossing = a.start < b.end and b.start < a.end
            assert (m in found[n]) == (both_count and crossing)
            assert (m in found[n]) == (n in found[m])  # overlapping goes both ways


@given(visits, trips, st.integers(0, 240))
def test_each_stop_after_the_first_has_the_trip_from_the_place_before(
    day: list[Visit], known: dict[tuple[str, str], int], usual: int
) -> None:
    travel = TravelTimes(usual, known)
    stops = plan_day(day, travel)
    assert [s.visit for s in stops] == day
    route = [s for s in stops if is_stop(s.visit)]
    # A cancelled visit and a patient's own appointment are no stop: no travel to them.
    assert all(s.travel_before is None and not s.tight for s in stops if s not in route)
    if route:
        assert route[0].travel_before is None and route[0].gap_before is None
    here = route[0].visit.address if route and not _call(route[0].visit) else None
    for before, stop in itertools.pairwise(route):
        there = stop.visit.address
        if _call(stop.visit) or here is None:
            expected = 0  # a call is made from where she is
        elif here and pair_key(here, there)[0] == pair_key(here, there)[1]:
            expected = 0  # two visits at one place
        else:
            expected = known.get(pair_key(here, there), usual)
        assert stop.travel_before == expected
        gap = int((stop.visit.start - before.visit.end).total_seconds() // 60)
        assert stop.gap_before == gap
        assert stop.tight == (gap < expected)
        if not _call(stop.visit):
            here = there


def _call(visit: Visit) -> bool:
    return visit.kind is AppointmentKind.TELEHEALTH


@given(visits, trips, st.integers(0, 240))
def test_a_day_that_follows_its_route_has_no_tight_gap_and_keeps_each_length(
    day: list[Visit], known: dict[tuple[str, str], int], usual: int
) -> None:
    travel = TravelTimes(usual, known)
    stops = plan_day(day, travel)
    shifted = {id(s.visit): s.start for s in follow_route(stops)}
    moved = [_moved(v, shifted.get(id(v), v.start)) for v in day]
    again = plan_day(moved, travel)
    assert not any(s.tight for s in again)
    assert follow_route(again) == []  # following the route twice changes nothing more
    route = [v for v in moved if is_stop(v)]
    # Only the coordinator's own stops move.
    assert [v for v in moved if not is_stop(v)] == [v for v in day if not is_stop(v)]
    if route:
        first = min(v.start for v in day if is_stop(v))
        assert route[0].start == first  # the day starts when it did
    assert [v.end - v.start for v in moved] == [v.end - v.start for v in day]
    # Stops in route order now start in time order (no 09:00 listed before 08:30).
    assert [v.start for v in route] == sorted(v.start for v in route)


def _moved(visit: Visit, start: datetime) -> Visit:
    return Visit(
        appointment_id=visit.appointment_id,
        start=start,
        end=start + (visit.end - visit.start),
        patient_id=visit.patient_id,
        patient=visit.patient,
        address=visit.address,
        phone=visit.phone,
        purpose=visit.purpose,
        kind=visit.kind,
        status=visit.status,
    )


def test_a_trip_is_the_same_either_way_and_whatever_the_spacing_or_case() -> None:
    assert pair_key("2 Low Rd", " 1 High  St") == pair_key("1 high st", "2 low rd")
    travel = TravelTimes(15, {pair_key("1 High St", "2 Low Rd"): 40})
    assert travel.minutes("2 LOW RD", "1 High St") == 40
    assert travel.minutes("1 High St", "3 Mill Lane") == 15
    assert travel.minutes("1 High St", "1 high st") == 0  # two visits at one place


def test_the_four_overlapping_home_visits_each_name_the_other_three() -> None:
    day = [_visit(n, 315 + 15 * n, 60, PLACES[n % 3]) for n in range(4)]  # 13:15 onwards
    stops = plan_day(day, TravelTimes())
    assert [s.overlaps for s in stops] == [(2, 3, 4), (1, 3, 4), (1, 2, 4), (1, 2, 3)]
    assert [s.tight for s in stops] == [False, True, True, True]


@given(visits)
def test_overlapping_visits_sit_side_by_side_and_are_marked_as_the_json_says(
    day: list[Visit],
) -> None:
    placed = lay_out_day(day, TravelTimes())
    stops = plan_day(day, TravelTimes())
    assert [p.visit for p in placed] == day
    for item, stop in zip(placed, stops, strict=True):
        assert item.overlapped == bool(stop.overlaps)
        assert 0 <= item.lane < item.lanes
        assert (item.travel_before, item.tight) == (stop.travel_before, stop.tight)
    crossing = overlapping(day)
    for n, m in itertools.combinations(range(len(day)), 2):
        if m in crossing[n]:  # two visits at the same time never share a lane
            assert placed[n].lane != placed[m].lane
            assert placed[n].lanes == placed[m].lanes
