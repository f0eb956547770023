"""The medication checks at agency size: `medcheck --all` on 10,000 patients, and the
Medications list's first page with its warnings beside the same page without them.

Run on demand: pytest tests/benchmarks --benchmarks -s
"""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from carebook.core.views import ListQuery
from carebook.store.caseload import Store

pytestmark = pytest.mark.benchmark

RUNS = 5


def _floor(path: Path) -> float:
    """Reading every current medication and active allergy with sqlite3 alone."""
    began = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("SELECT * FROM medication WHERE status IN ('active', 'on_hold')").fetchall()
    conn.execute("SELECT * FROM allergy WHERE status = 'active'").fetchall()
    conn.close()
    return time.perf_counter() - began


def test_medcheck_all_on_ten_thousand_patients(big_caseload: Path, tmp_path: Path) -> None:
    store = Store.open(big_caseload)
    taken = store.conn.execute(
        "SELECT count(*) FROM medication WHERE status IN ('active', 'on_hold')"
    ).fetchone()[0]
    store.close()
    command, floors = [], []
    for _ in range(RUNS):
        floors.append(_floor(big_caseload))
        began = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "carebook",
                "medcheck",
                "--all",
                "--db",
                str(big_caseload),
                "--format",
                "json",
                "-o",
                str(tmp_path / "warnings.json"),
            ],
            capture_output=True,
        )
        command.append(time.perf_counter() - began)
        assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    median, floor = statistics.median(command), statistics.median(floors)
    print(
        f"\nmedcheck --all, {taken:,} current medications: median {median:.2f} s "
        f"(reading them with sqlite3 alone {floor * 1000:.0f} ms, ratio {median / floor:.1f}; "
        "limit 2 s)"
    )
    assert median < 2


def test_the_medications_list_paints_with_its_warnings_nearly_as_fast(
    qapp: object, big_caseload: Path
) -> None:
    """The Medications list's first paint (count, first page, a table drawn), with the
    checks' warnings beside the same list without them."""
    from PySide6.QtWidgets import QTableView

    from carebook.core.list_columns import LIST_COLUMNS
    from carebook.ui.widgets.table_model import ListingSource, RecordTableModel

    store = Store.open(big_caseload)
    columns = LIST_COLUMNS["medications"]

    def paint(checked: bool) -> float:
        began = time.perf_counter()
        model = RecordTableModel(
            columns,
            ListingSource(store, "medications", ListQuery(filter="current"), checked=checked),
        )
        view = QTableView()
        view.resize(1600, 900)
        view.setModel(model)
        view.grab()
        elapsed = time.perf_counter() - began
        view.deleteLater()
        return elapsed

    try:
        paint(True)  # the medicine knowledge, read once per run
        without = statistics.median(paint(False) for _ in range(RUNS))
        with_them = statistics.median(paint(True) for _ in range(RUNS))
    finally:
        store.close()
    print(
        f"\nMedications list, first paint: {with_them * 1000:.0f} ms with warnings, "
        f"{without * 1000:.0f} ms without (ratio {with_them / without:.2f}; limit 1.2)"
    )
    assert with_them / without <= 1.2
