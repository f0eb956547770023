"""Today on the 10,000-patient caseload: read and drawn, beside the same SQL run bare.

Run on demand: pytest tests/benchmarks/test_today_speed.py --benchmarks -s
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from carebook.store import today as reads
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow

pytestmark = pytest.mark.benchmark

RUNS = 10


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.now().replace(hour=7, minute=30, second=0, microsecond=0))


@pytest.fixture
def store(big_caseload: Path, tmp_path: Path, clock: Clock) -> Iterator[Store]:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(big_caseload, path)
    opened = Store.open(path, clock=clock)
    yield opened
    opened.close()


def _statements(store: Store) -> list[str]:
    """The SQL Today runs, with its values in place, to run again without carebook."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        reads.read_today(store)
    finally:
        store.conn.set_trace_callback(None)
    return [sql for sql in seen if sql.lstrip().upper().startswith(("SELECT", "WITH"))]


def test_today_loads_in_under_50_ms(store: Store, clock: Clock, qapp: QApplication) -> None:
    QSettings().remove("window/tab")  # opens on Today, whatever an earlier window was left on
    window = MainWindow(Caseload(store))
    window.show()
    QCoreApplication.processEvents()
    assert window.tabs.currentWidget() is window.today
    raw = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True, isolation_level=None)
    timings, floors = [], []
    days = 0
    while len(timings) < RUNS:
        clock.now += timedelta(days=1)
        if clock.now.weekday() >= 5:
            continue  # a weekend holds few visits: time the working days
        days += 1
        began = time.perf_counter()
        window.today.refresh()  # read and laid out
        window.today.repaint()  # and drawn
        QCoreApplication.processEvents()
        timings.append(time.perf_counter() - began)
        # The floor: the same statements straight through sqlite3, every row fetched.
        statements = _statements(store)
        began = time.perf_counter()
        for sql in statements:
            raw.execute(sql).fetchall()
        floors.append(time.perf_counter() - began)
    raw.close()
    view = window.today.view
    assert view is not None and view.visit_total > 0
    window.close()
    median = statistics.median(timings) * 1000
    floor = statistics.median(floors) * 1000
    print(
        f"\nToday tab loaded and drawn ({view.visit_total:,} visits, {view.task_total:,} tasks "
        f"to do, {view.review_total:,} reviews due, {len(view.warnings)} patients with "
        f"medication warnings; first {reads.LINES} of each): median {median:.1f} ms, max "
        f"{max(timings) * 1000:.1f} ms over {days} working days (raw sqlite3 of the same "
        f"statements {floor:.1f} ms, ratio {median / floor:.2f}; limit 50 ms)"
    )
    assert median < 50
