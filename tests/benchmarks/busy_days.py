"""The days the day's benchmarks read: busy weekdays of the caseload, never simply "today".

Today may be a Sunday with no visits at all, which would time nothing; a coordinator's heavy
days are the measure.
"""

from __future__ import annotations

from datetime import date, timedelta

from carebook.core.agenda import AgendaSpan
from carebook.store.caseload import Store

#: How far ahead the busy days are looked for.
AHEAD_DAYS = 28


def busy_weekdays(store: Store, count: int) -> list[date]:
    """The `count` weekdays with the most visits in the next four weeks, busiest first."""
    start = store.today()
    weekdays = [
        day for day in (start + timedelta(days=n) for n in range(AHEAD_DAYS)) if day.weekday() < 5
    ]
    visits = {day: store.visits.visit_count(AgendaSpan.day(day)) for day in weekdays}
    chosen = sorted(weekdays, key=lambda day: (-visits[day], day))[:count]
    assert chosen and visits[chosen[0]] > 0, "the caseload has visits on a weekday ahead"
    return chosen


def busiest_weekday(store: Store) -> date:
    return busy_weekdays(store, 1)[0]
