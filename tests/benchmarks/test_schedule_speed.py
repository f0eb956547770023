"""The schedule on the 10,000-patient caseload: the busiest week's view and a month's calendar
painted, each beside the same view without visits painted in the same run (the floor).

Run on demand: pytest tests/benchmarks --benchmarks -s
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.appointment_editor import AppointmentEditor
from carebook.ui.schedule.schedule_view import ScheduleView
from carebook.ui.schedule.view_keys import MONTH, WEEK

pytestmark = pytest.mark.benchmark

RUNS = 10
SIZE = (1366, 700)


@pytest.fixture
def store(big_caseload: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(big_caseload, path)
    opened = Store.open(path)
    yield opened
    opened.close()


def _busiest_monday(store: Store) -> tuple[date, int]:
    """The Monday of the week with the most visits in the next two months, and its count."""
    today = store.today()
    marks = store.visits.day_marks(today, today + timedelta(days=62))
    weeks: dict[date, int] = {}
    for day, mark in marks.items():
        monday = day - timedelta(days=day.weekday())
        weeks[monday] = weeks.get(monday, 0) + mark.visits
    monday = max(weeks, key=lambda m: weeks[m])
    return monday, weeks[monday]


def _median_ms(action: Callable[[], object]) -> tuple[float, float]:
    timings = []
    for _run in range(RUNS):
        began = time.perf_counter()
        action()
        timings.append(time.perf_counter() - began)
    return statistics.median(timings) * 1000, max(timings) * 1000


def test_the_busiest_week_paints_in_under_100_ms(store: Store, qapp: QApplication) -> None:
    caseload = Caseload(store)
    view = ScheduleView(caseload, AppointmentEditor(caseload))
    view.resize(*SIZE)
    view.show()
    monday, visits = _busiest_monday(store)
    read, _ = _median_ms(lambda: view.show_span(WEEK, monday))
    QApplication.processEvents()
    grid = view.grid
    # The whole week, every hour, as one picture (more than the screen shows at once).
    median, worst = _median_ms(grid.grab)
    shown = len(grid._blocks)
    # The floor: the same week's grid (days, hours, lines) with no visit on it.
    grid.set_days(grid.days, [[] for _day in grid.days], store.today(), None)
    grid.setFixedHeight(grid.height())
    floor, _ = _median_ms(grid.grab)
    print(
        f"\nweek view of the busiest week ({monday:%d %b}: {visits:,} visits, {shown:,} blocks"
        f" drawn, the rest counted as '+N more'; {grid.width()}×{grid.height()} px): paint"
        f" median {median:.1f} ms, max {worst:.1f} ms (the same grid without visits"
        f" {floor:.1f} ms, ratio {median / floor:.1f}; limit 100 ms); reading and laying out"
        f" the week {read:.0f} ms"
    )
    view.close()
    assert median < 100


def test_a_month_paints_in_under_50_ms(store: Store, qapp: QApplication) -> None:
    caseload = Caseload(store)
    view = ScheduleView(caseload, AppointmentEditor(caseload))
    view.resize(*SIZE)
    view.show()
    monday, _visits = _busiest_monday(store)
    read, _ = _median_ms(lambda: view.show_span(MONTH, monday))
    QApplication.processEvents()
    month = view.month
    median, worst = _median_ms(month.grab)
    total, days = sum(mark.visits for mark in month.marks.values()), len(month.marks)
    # The floor: the same month's calendar with no visit counted on it.
    month.set_month(month.chosen, {}, store.today())
    floor, _ = _median_ms(month.grab)
    print(
        f"month view ({monday:%B %Y}: {total:,} visits on {days} days;"
        f" {month.width()}×{month.height()} px): paint median {median:.1f} ms, max {worst:.1f}"
        f" ms (the same calendar without visits {floor:.1f} ms, ratio {median / floor:.1f}; limit"
        f" 50 ms); counting the month {read:.0f} ms"
    )
    view.close()
    assert median < 50
