"""The demo caseload's diary is one a coordinator could drive: no overlaps, time to travel."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from carebook.core import recurrence
from carebook.core.agenda import AgendaSpan
from carebook.core.schedule import plan_day
from carebook.core.validation import validate_appointment
from carebook.core.views import Visit
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus
from carebook.sample.demo import build_caseload, fill
from carebook.store.caseload import Store

SUNDAY = date(2026, 12, 6)
MONDAY = date(2026, 12, 7)


def _diary(folder: Path, today: date, seed: int) -> tuple[dict[date, list[Visit]], Store]:
    """The demo filled in as on `today`: every visit the Agenda would show, by day, from the
    first visit laid out to the last, and the store (to close)."""
    # Hypothesis may try one example twice, and a second demo is refused: a new folder each.
    path = Path(tempfile.mkdtemp(dir=folder)) / "caseload.sqlite3"
    store = Store.open(path, clock=lambda: datetime.combine(today, time(7, 30)))
    fill(store, seed=seed)
    bundle = build_caseload(40, seed, today)
    first = min(a.start for a in bundle.appointments).date()
    last = max(recurrence.last_start(a) or a.start for a in bundle.appointments).date()
    by_day: dict[date, list[Visit]] = defaultdict(list)
    for visit in store.visits.visits_in(AgendaSpan(first, last + timedelta(days=7), today)):
        by_day[visit.start.date()].append(visit)
    return by_day, store


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    today=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    seed=st.sampled_from((1, 7)),
)
@example(today=SUNDAY, seed=1)
@example(today=MONDAY, seed=1)
@example(today=MONDAY, seed=7)
def test_no_visit_overlaps_another_or_leaves_too_little_time_to_travel(
    tmp_path: Path, today: date, seed: int
) -> None:
    by_day, store = _diary(tmp_path, today, seed)
    try:
        travel = store.travel.travel_times()
        assert travel.usual == 15  # the Preferences' default trip
        laid_out = sum(len(visits) for visits in by_day.values())
        assert laid_out == store.counts().occurrences
        for day, visits in sorted(by_day.items()):
            for stop in plan_day(visits, travel):
                at = f"{stop.visit.start:%H:%M} {stop.visit.patient} on {day}"
                assert not stop.overlaps, f"{at} overlaps {stop.overlaps}"
                assert not stop.tight, f"{at}: {stop.gap_before} min after the visit before"
        # The month view's marks, read from the index, agree: no day shows an overlap.
        marks = store.visits.day_marks(min(by_day), max(by_day))
        assert not [day for day, mark in marks.items() if mark.overlap]
    finally:
        store.close()


@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(today=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)))
@example(today=SUNDAY)
@example(today=MONDAY)
def test_the_coming_fortnight_is_a_busy_working_week(tmp_path: Path, today: date) -> None:
    by_day, store = _diary(tmp_path, today, 1)
    store.close()
    for day in (today + timedelta(days=n) for n in range(14)):
        booked = [v for v in by_day.get(day, []) if v.status is not AppointmentStatus.CANCELLED]
        if day.weekday() >= 5:
            assert len(booked) <= 1, f"the weekend of {day} is not hers"
            continue
        assert 3 <= len(booked) <= 7, f"{len(booked)} appointments on {day}"
        home = [v for v in booked if v.kind is AppointmentKind.HOME_VISIT]
        assert home, f"no home visit on {day}"
        # Her working day: the first visit at 08:30 at the earliest, the last over by 17:00.
        assert all(time(8, 30) <= v.start.time() and v.end.time() <= time(17) for v in home)


def test_every_appointment_of_the_diary_would_pass_its_form() -> None:
    # A series moved to other days, or a clinic to another date, is still one the form saves.
    for appointment in build_caseload(40, 1, MONDAY).appointments:
        validate_appointment(appointment)


def test_a_team_caseload_keeps_its_volume(tmp_path: Path) -> None:
    # Above one coordinator's caseload no diary is kept: every series keeps the pattern it was
    # drawn with, so the 10,000-patient benchmark lays out its 450,000 to 560,000 visits.
    store = Store.open(tmp_path / "team.sqlite3", clock=lambda: datetime(2026, 12, 7, 7, 30))
    try:
        fill(store, patients=200, seed=2)
        assert 45 * 200 <= store.counts().occurrences <= 56 * 200
    finally:
        store.close()
