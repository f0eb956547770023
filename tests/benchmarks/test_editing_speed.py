"""Opening a patient record and saving forms on the 10,000-patient caseload, beside a raw floor.

Run on demand: pytest tests/benchmarks --benchmarks -s
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from carebook.core.views import ListQuery
from carebook.store.caseload import Scope, Store
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.patient.patient_record import PatientRecord

pytestmark = pytest.mark.benchmark

RUNS = 20


@pytest.fixture
def window(big_caseload: Path, tmp_path: Path, qapp: QApplication) -> Iterator[MainWindow]:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(big_caseload, path)
    store = Store.open(path)
    main = MainWindow(Caseload(store))
    main.show()
    QCoreApplication.processEvents()
    yield main
    main.close()
    store.close()


def _timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    QCoreApplication.processEvents()  # every view that listens has redrawn
    return time.perf_counter() - began


def _report(what: str, timings: list[float], floor: float, limit: float) -> None:
    median, worst = statistics.median(timings), max(timings)
    print(
        f"{what}: median {median * 1000:.1f} ms, max {worst * 1000:.1f} ms "
        f"(floor {floor * 1000:.2f} ms, ratio {median / floor:.0f}; limit {limit * 1000:.0f} ms)"
    )
    assert median < limit


def _raw_floor(path: Path) -> float:
    """One patient row read and written back changed in a transaction, straight through sqlite3
    (a changed value: SQLite writes a page even for an unchanged one, but the floor should do
    what a save does)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    timings = []
    for patient_id in range(1, RUNS + 1):
        began = time.perf_counter()
        conn.execute("BEGIN")
        phone = conn.execute("SELECT phone FROM patient WHERE id = ?", [patient_id]).fetchone()
        changed = phone[0][::-1] + "0"  # the number typed differently
        conn.execute("UPDATE patient SET phone = ? WHERE id = ?", [changed, patient_id])
        conn.execute("COMMIT")
        timings.append(time.perf_counter() - began)
    conn.close()
    return statistics.median(timings)


def test_opening_records_and_saving_forms(window: MainWindow) -> None:
    caseload = window.caseload
    store = caseload.store
    floor = _raw_floor(store.path)
    chosen = random.Random(3).sample(range(1, 10_001), RUNS)
    window.tabs.setCurrentWidget(window.list_tabs[0])  # the Patients list redraws on each save

    opened: list[float] = []
    for patient_id in chosen:
        began = time.perf_counter()
        record = PatientRecord(caseload, patient_id, window)
        record.show()
        QCoreApplication.processEvents()
        opened.append(time.perf_counter() - began)
        record.close()
    _report("open a patient record", opened, floor, 0.1)

    saved: list[float] = []
    for patient_id in chosen:
        patient = store.patients.patient(patient_id)
        assert patient is not None
        edited = replace(patient, phone=patient.phone + "0")
        saved.append(
            _timed(
                lambda e=edited, pid=patient_id: caseload.change(
                    "Edit patient",
                    "patient",
                    lambda: store.patients.update_patient(e),
                    touches=[("patient", pid)],
                )
            )
        )
    _report("save a patient form", saved, floor, 0.1)

    medications = []
    for patient_id in chosen:
        current = [
            m for m in store.medications.medications(patient_id) if m.status.value == "active"
        ]
        if not current:
            continue
        edited_med = replace(current[0], instructions="Take with food")
        medications.append(
            _timed(
                lambda m=edited_med: caseload.change(
                    "Edit medication",
                    "medication",
                    lambda: store.medications.update_medication(m),
                    touches=[("medication", m.id)],
                )
            )
        )
    _report("save a medication form", medications, floor, 0.1)

    visits = []
    rows = store.lists.list_rows(
        "appointments", ListQuery(filter="upcoming"), ["appointment_id", "original_start"], 0, 5000
    )
    for appointment_id, original in random.Random(5).sample(rows, RUNS):
        series = store.appointments.appointment(appointment_id)
        assert series is not None
        start = datetime.fromisoformat(original) + timedelta(minutes=30)
        moved = replace(series, start=start)
        visits.append(
            _timed(
                lambda a=moved, o=original: caseload.change(
                    "Edit appointment",
                    "appointment",
                    lambda: [
                        ("appointment", i)
                        for i in store.appointments.update_appointment(
                            a, Scope.THIS, datetime.fromisoformat(o)
                        )
                    ],
                    touches=[("appointment", a.id)],
                )
            )
        )
    _report("move one visit of a series", visits, floor, 0.1)

    undone = [_timed(caseload.undo_stack.undo) for _ in range(RUNS)]
    _report("undo", undone, floor, 0.1)
