"""Importing 100,000 patient rows from CSV, beside a floor measured in the same run: plain
executemany of the same rows into an empty copy of the patient table (its indexes included), in
one transaction, with the caseload's own durability settings. And the same import driven through
the window's wizard, with a timer ticking every 50 ms: the largest pause between its ticks.

Run on demand: python -m pytest tests/benchmarks --benchmarks -s -k import
"""

from __future__ import annotations

import csv
import itertools
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from carebook.interop.spreadsheet.columns import ImportKind, propose_mapping
from carebook.interop.spreadsheet.plan import plan_import
from carebook.interop.spreadsheet.reading import open_spreadsheet
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.import_wizard.import_wizard import ImportWizard

pytestmark = pytest.mark.benchmark

ROWS = 100_000
LIMIT_SECONDS = 10
#: The longest the window's event loop may go without turning during the import, in ms.
GAP_LIMIT_MS = 250
TICK_MS = 50
_GIVEN = ["Margaret", "John", "Élise", "Dorothy", "Wei", "Aisha", "Harold", "Siobhán", "Olu"]
_FAMILY = ["O'Neill", "Smith", "Nguyễn", "Okafor", "Brennan", "Müller", "Patel", "Kowalski"]


def _write_rows(path: Path, rows: int = ROWS) -> None:
    """A spreadsheet of patients as a coordinator's agency might export it: day/month/year
    dates (the order shown by the first rows), ZIP codes and MRNs with leading zeros."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "MRN",
                "First name",
                "Surname",
                "Date of birth",
                "Gender",
                "Phone",
                "Address",
                "City",
                "Postcode",
                "Email",
            ]
        )
        for n in range(rows):
            writer.writerow(
                [
                    f"{n:08d}",
                    f"{_GIVEN[n % len(_GIVEN)]}{n % 997}",
                    f"{_FAMILY[n % len(_FAMILY)]}-{n % 1999}",
                    f"{13 + n % 16:02d}/{1 + n % 12:02d}/{1920 + n % 80}",
                    "FM"[n % 2],
                    f"0117 496 {n % 10_000:04d}",
                    f"{1 + n % 300} High Street",
                    "Bristol",
                    f"BS{n % 40} {n % 9}DJ",
                    f"person{n}@example.org",
                ]
            )


def test_import_100000_patients(tmp_path: Path) -> None:
    source_path = tmp_path / "patients.csv"
    _write_rows(source_path)
    caseload = tmp_path / "caseload.sqlite3"
    store = Store.open(caseload, clock=lambda: datetime(2026, 3, 2, 9))
    try:
        began = time.perf_counter()
        source = open_spreadsheet(source_path)
        mapping = propose_mapping(source.header, ImportKind.PATIENTS)
        plan = plan_import(
            source, ImportKind.PATIENTS, mapping, store.imports.patient_keys(), today=store.today()
        )
        planned = time.perf_counter()
        result = store.imports.apply_import(plan.batch())
        elapsed = time.perf_counter() - began
    finally:
        store.close()
    assert plan.problems == [] and result.added == ROWS
    writing = elapsed - (planned - began)

    floor = _floor(caseload, tmp_path / "floor.sqlite3")
    print(
        f"\nimport of {ROWS:,} patient rows from CSV: {elapsed:.2f} s (checking "
        f"{planned - began:.2f} s, writing {writing:.2f} s; limit {LIMIT_SECONDS} s); floor, "
        f"executemany of the same rows in one transaction into a copy of the patient table: "
        f"{floor:.2f} s; ratio {elapsed / floor:.1f} (writing alone {writing / floor:.1f})"
    )
    assert elapsed < LIMIT_SECONDS


def _floor(caseload: Path, target: Path) -> float:
    """Seconds for plain sqlite3 to insert the rows the import wrote (read back as they are
    stored) into an empty copy of the patient table with the same indexes: one executemany in
    one transaction, WAL and synchronous FULL as the caseload keeps them."""
    source = sqlite3.connect(caseload)
    try:
        schema = [
            sql
            for (sql,) in source.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'patient' AND sql IS NOT NULL"
                " AND type IN ('table', 'index') ORDER BY type = 'index'"
            )
        ]  # the table, then its indexes (its triggers reach other tables: not the floor's)
        cursor = source.execute("SELECT * FROM patient ORDER BY id")
        names = [column[0] for column in cursor.description]
        rows = cursor.fetchall()
    finally:
        source.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    for sql in schema:
        conn.execute(sql)
    insert = f"INSERT INTO patient ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    began = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(insert, rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - began
    assert conn.execute("SELECT count(*) FROM patient").fetchone()[0] == ROWS
    conn.close()
    return seconds


class Ticks:
    """A timer on the window's thread, noting when each of its ticks came."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.times: list[int] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(self.clock.elapsed()))
        self.timer.start()

    def now(self) -> int:
        return int(self.clock.elapsed())

    def largest_gap(self, start: int, end: int) -> int:
        """The longest wait, in ms, between ticks (or the bounds) from `start` to `end`."""
        moments = [start, *(t for t in self.times if start < t < end), end]
        return max(b - a for a, b in itertools.pairwise(moments))


def drive_import(
    qtbot: QtBot, caseload: Caseload, path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, int, float]]:
    """Import `path` through the wizard as a user would (Choose…, Next, Next, Import), with a
    timer ticking: each step's name, the largest pause of the event loop in it (ms), and its
    seconds."""
    wizard = ImportWizard(caseload)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: ([str(path)], ""))
    ticks = Ticks()

    def step(name: str, button: QWizard.WizardButton, done: object) -> tuple[str, int, float]:
        start = ticks.now()
        qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(done, timeout=120_000)  # type: ignore[arg-type]
        end = ticks.now()
        return name, ticks.largest_gap(start, end), (end - start) / 1000

    start = ticks.now()
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    end = ticks.now()
    yield "reading the file", ticks.largest_gap(start, end), (end - start) / 1000
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    yield step("columns", QWizard.WizardButton.NextButton, lambda: wizard.currentId() == 1)
    yield step(
        "checking and preview",
        QWizard.WizardButton.NextButton,
        lambda: finish.isVisible() and finish.isEnabled(),
    )
    yield step("writing", QWizard.WizardButton.FinishButton, lambda: not wizard.isVisible())
    ticks.timer.stop()
    QCoreApplication.processEvents()


def test_the_window_keeps_turning_while_100000_rows_are_imported(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source_path = tmp_path / "patients.csv"
    _write_rows(source_path)
    store = Store.open(tmp_path / "caseload.sqlite3")
    try:
        steps = list(drive_import(qtbot, Caseload(store), source_path, monkeypatch))
        count = store.conn.execute("SELECT count(*) FROM patient").fetchone()[0]
    finally:
        store.close()
    print(
        f"\n{ROWS:,} patient rows imported through the wizard, a timer ticking every {TICK_MS} ms:"
    )
    for name, gap, seconds in steps:
        print(f"  {name}: {seconds:.2f} s, longest pause of the event loop {gap} ms")
    print(f"  (limit {GAP_LIMIT_MS} ms; the floor is the timer's own {TICK_MS} ms)")
    assert count == ROWS
    # The writing is held to the limit; the other steps are printed for the next work (building
    # the preview of 100,000 rows still pauses the window for about a second).
    assert dict((name, gap) for name, gap, _seconds in steps)["writing"] < GAP_LIMIT_MS
