"""Scale benchmarks on a 10,000-patient caseload, each beside a floor measured in the same run.

Run on demand: pytest tests/benchmarks --benchmarks -s
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

RUNS = 5
PROBE = Path(__file__).with_name("window_probe.py")


def _probe(*args: str) -> tuple[float, dict[str, object], float]:
    """Run the window probe once: (seconds from launch to answering, its report, peak MiB)."""
    # The probe's QSettings and data folder are the run's own (tests/conftest.py), as on a
    # first start.
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    launched = time.time()
    process = subprocess.Popen(
        [sys.executable, str(PROBE), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert process.stdout is not None and process.stderr is not None
    out, err = process.stdout.read(), process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)  # wait4: the child's own peak memory
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    process.stderr.close()
    assert process.returncode == 0, err.decode(errors="replace")
    report = json.loads(out.decode().strip().splitlines()[-1])
    peak = report.get("peak_mib") or usage.ru_maxrss / 1024  # the probe's own, where it can tell
    return float(report["shown_at"]) - launched, report, float(peak)


def test_window_start_search_and_memory(big_caseload: Path) -> None:
    floors, starts, memories, floor_memories, keystrokes = [], [], [], [], []
    cold: dict[str, list[float]] = {}
    warm: dict[str, list[float]] = {}
    compiled = set()
    for _ in range(RUNS):
        floor, _, floor_memory = _probe("bare")
        start, report, memory = _probe("carebook", str(big_caseload), "smit")
        _, warmed, _ = _probe("carebook", str(big_caseload), "smit", "--warm")
        floors.append(floor)
        starts.append(start)
        memories.append(memory)
        floor_memories.append(floor_memory)
        compiled.add(bool(report["bytecode_compiled"]))
        keystrokes += warmed["keystrokes"]  # type: ignore[operator]
        for switches, said in ((cold, report), (warm, warmed)):
            for tab, seconds in said["tab_switches"].items():  # type: ignore[attr-defined]
                switches.setdefault(tab, []).append(seconds)
    start, floor = statistics.median(starts), statistics.median(floors)
    memory, floor_memory = statistics.median(memories), statistics.median(floor_memories)
    key_median, key_max = statistics.median(keystrokes), max(keystrokes)
    search_floor = _raw_search_floor(big_caseload, "smit")
    print(f"\nbytecode compiled before the runs: {'yes' if compiled == {True} else 'no'}")
    print(
        f"window shown and answering: median {start * 1000:.0f} ms "
        f"(bare Qt window {floor * 1000:.0f} ms, ratio {start / floor:.2f}; goal 1.5)"
    )
    print(
        f"peak memory: median {memory:.0f} MiB "
        f"(bare Qt window {floor_memory:.0f} MiB, ratio {memory / floor_memory:.2f}; goal 1.5)"
    )
    print(
        f"patients search, per keystroke: median {key_median * 1000:.1f} ms, "
        f"max {key_max * 1000:.1f} ms (raw sqlite3 query {search_floor * 1000:.1f} ms, "
        f"ratio {key_median / search_floor:.1f}; limit 20 ms)"
    )
    for tab in cold:
        print(
            f"first switch to {tab}: made on the switch {statistics.median(cold[tab]) * 1000:.0f}"
            f" ms, made while the window idled {statistics.median(warm[tab]) * 1000:.0f} ms"
        )
    # Judged against the floors measured in this run, not in absolute milliseconds: a slower
    # machine slows the floor as much.
    # The goals (1.5) are not reached yet; these hold what was gained (5.8 and 2.2 before,
    # measured side by side with compiled bytecode; this machine's runs vary by a third).
    assert start / floor < 4
    assert memory / floor_memory < 2.2
    assert statistics.median(warm["Tasks"]) < 0.05


def _raw_search_floor(path: Path, text: str) -> float:
    """The same rows straight from sqlite3: count and the first page, per keystroke prefix."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    timings = []
    for _ in range(RUNS):
        for length in range(1, len(text) + 1):
            pattern = f"%{text[:length]}%"
            began = time.perf_counter()
            where = (
                "status IN ('active', 'on_hold') AND (family LIKE ?1 OR given LIKE ?1"
                " OR preferred_name LIKE ?1 OR phone LIKE ?1 OR phone_alt LIKE ?1"
                " OR external_id LIKE ?1 OR postal_code LIKE ?1)"
            )
            conn.execute(f"SELECT count(*) FROM patient WHERE {where}", [pattern]).fetchone()
            conn.execute(
                f"SELECT id, family, given, birth_date, phone FROM patient WHERE {where}"
                " ORDER BY family COLLATE NOCASE, given COLLATE NOCASE LIMIT 200",
                [pattern],
            ).fetchall()
            timings.append(time.perf_counter() - began)
    conn.close()
    return statistics.median(timings)
