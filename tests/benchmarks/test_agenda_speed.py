"""The Agenda on the 10,000-patient caseload: the day on screen, the whole day, switching days.

Each figure is printed beside a floor measured in the same run. Run on demand:
pytest tests/benchmarks --benchmarks -s
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from carebook.core.agenda import AgendaSpan, build_day
from carebook.store.caseload import Store
from carebook.ui.agenda.agenda_columns import PAGE
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from tests.benchmarks.busy_days import busy_weekdays

pytestmark = pytest.mark.benchmark

RUNS = 10


@pytest.fixture
def store(big_caseload: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(big_caseload, path)
    opened = Store.open(path)
    yield opened
    opened.close()


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)


def _median_ms(timings: list[float]) -> float:
    return statistics.median(timings) * 1000


def _screen(store: Store, day: date) -> None:
    """What the Agenda reads to draw a day: the counts and the first page of each table."""
    span = AgendaSpan.day(day)
    store.lists.agenda_counts(span)
    store.visits.visits_in(span, 0, PAGE)
    store.tasks.tasks_in(span, 0, PAGE)
    store.lists.reviews_in(span, 0, PAGE)


def _statements(store: Store, action: Callable[[], object]) -> list[str]:
    """The SQL `action` runs, with its values in place, to run again without carebook."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        store.conn.set_trace_callback(None)
    return [sql for sql in seen if sql.lstrip().upper().startswith(("SELECT", "WITH"))]


def test_the_day_on_screen_is_read_in_under_30_ms(store: Store) -> None:
    raw = _raw(store.path)
    timings, floors = [], []
    days = busy_weekdays(store, RUNS)  # the busiest weekdays ahead, never simply today
    for day in days:
        began = time.perf_counter()
        _screen(store, day)
        timings.append(time.perf_counter() - began)
        # The floor: the same statements straight through sqlite3, every row fetched.
        statements = _statements(store, lambda d=day: _screen(store, d))
        began = time.perf_counter()
        for sql in statements:
            raw.execute(sql).fetchall()
        floors.append(time.perf_counter() - began)
    raw.close()
    median, floor = _median_ms(timings), _median_ms(floors)
    counts = store.lists.agenda_counts(AgendaSpan.day(days[0]))
    print(
        f"\nagenda day on screen ({counts.visits:,} visits, {counts.tasks:,} tasks, "
        f"{counts.reviews:,} reviews; counts + first page of each): median {median:.1f} ms, "
        f"max {max(timings) * 1000:.1f} ms (raw sqlite3 of the same statements "
        f"{floor:.1f} ms, ratio {median / floor:.2f}; limit 30 ms)"
    )
    assert median < 30


_ALLERGIES = (
    "(SELECT group_concat(substance, ', ') FROM allergy"
    " WHERE allergy.patient_id = p.id AND allergy.status = 'active')"
)
_WHOLE_DAY_FLOOR = (
    # The visits, in route order, with what the day sheet shows of each.
    f"SELECT o.appointment_id, o.original_start, o.start, o.ends, o.status, o.patient_id,"
    f" p.given, p.family, p.preferred_name, p.address_line, p.city, p.region, p.postal_code,"
    f" p.phone, a.purpose, a.kind, a.location, a.rrule, p.access_notes, {_ALLERGIES},"
    f" a.transport, a.transport_details, a.with_whom"
    f" FROM occurrence o JOIN appointment a ON a.id = o.appointment_id"
    f" JOIN patient p ON p.id = o.patient_id LEFT JOIN route_stop r ON r.day = :day"
    f" AND r.appointment_id = o.appointment_id AND r.original_start = o.original_start"
    f" WHERE o.start >= :day AND o.start < :after"
    f" ORDER BY r.position IS NULL, r.position, o.start, p.sort_key, o.id",
    # The tasks due and overdue, most urgent first.
    "SELECT t.id, t.title, t.patient_id, p.given, p.family, p.preferred_name, t.due_date,"
    " t.due_time, t.priority, t.status FROM task t LEFT JOIN patient p ON p.id = t.patient_id"
    " WHERE t.due_date = :day OR (t.status = 'open' AND t.due_date < :day)"
    " ORDER BY t.due_date = :day, t.due_date,"
    " CASE t.priority WHEN 'asap' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, t.due_time, t.id",
    # The reviews due, oldest first.
    "SELECT r.*, p.given, p.family, p.preferred_name FROM ("
    "SELECT 'medication', m.id, m.patient_id, m.name, m.next_review FROM medication m"
    " WHERE m.status <> 'stopped' AND m.next_review <= :day"
    " UNION ALL SELECT 'goal', g.id, c.patient_id, g.description, g.due_date"
    " FROM goal g JOIN care_plan c ON c.id = g.care_plan_id"
    " WHERE g.lifecycle IN ('proposed', 'active') AND g.due_date <= :day"
    " UNION ALL SELECT 'care_plan', c.id, c.patient_id, c.title, c.next_review FROM care_plan c"
    " WHERE c.status IN ('draft', 'active') AND c.next_review <= :day) r"
    " JOIN patient p ON p.id = r.patient_id AND p.status IN ('active', 'on_hold')"
    " ORDER BY 5, p.sort_key, 1, 2",
)


def test_the_whole_day_costs_little_more_than_reading_its_rows(store: Store) -> None:
    raw = _raw(store.path)
    timings, floors = [], []
    rows = 0
    days = busy_weekdays(store, RUNS)  # the busiest weekdays ahead, never simply today
    for day in days:
        params = {"day": day.isoformat(), "after": (day + timedelta(days=1)).isoformat()}
        began = time.perf_counter()
        agenda = build_day(store, day)
        timings.append(time.perf_counter() - began)
        began = time.perf_counter()
        found = [raw.execute(sql, params).fetchall() for sql in _WHOLE_DAY_FLOOR]
        floors.append(time.perf_counter() - began)
        assert [len(f) for f in found] == [
            len(agenda.visits),
            len(agenda.tasks),
            len(agenda.reviews),
        ]
        rows = rows or sum(len(f) for f in found)
    raw.close()
    median, floor = _median_ms(timings), _median_ms(floors)
    print(
        f"whole day for the day sheet and JSON ({rows:,} rows; build_day): median "
        f"{median:.1f} ms (raw sqlite3 reading the same rows {floor:.1f} ms, "
        f"ratio {median / floor:.2f}; limit: ratio 2)"
    )
    assert median / floor < 2


def test_switching_days_in_the_window_takes_under_100_ms(store: Store, qapp: QApplication) -> None:
    window = MainWindow(Caseload(store))
    window.tabs.setCurrentWidget(window.agenda)
    window.show()
    QCoreApplication.processEvents()
    agenda = window.agenda
    switches, redraws = [], []
    while len(switches) < RUNS:
        began = time.perf_counter()
        agenda.next_day()  # what Alt+Right does
        QCoreApplication.processEvents()
        elapsed = time.perf_counter() - began
        if agenda.day.weekday() >= 5:
            continue  # a weekend holds few visits: time only the switches to a working day
        switches.append(elapsed)
        assert agenda.visits._pages  # the rows on screen were read and drawn
        # The floor: drawing the same day again, its rows already read.
        began = time.perf_counter()
        agenda.repaint()
        QCoreApplication.processEvents()
        redraws.append(time.perf_counter() - began)
    window.close()
    median, floor = _median_ms(switches), _median_ms(redraws)
    print(
        f"switch to the next working day in the Agenda (Alt+Right, drawn): median "
        f"{median:.1f} ms, max {max(switches) * 1000:.1f} ms (redrawing the day already read "
        f"{floor:.1f} ms, ratio {median / floor:.1f}; limit 100 ms)"
    )
    assert median < 100
