"""A process killed while it writes loses nothing it had saved and leaves the caseload whole.

A writer adds patients through the store and reports each id once `add_patient` has returned
(committed). It is killed with SIGKILL at a random moment (every other round, a moment after its
first save, so that half the kills surely land among saves), the caseload is opened again as the
window would open it, checked by SQLite, and every reported patient must be there, each with the
activity-log line written in the same transaction.

Start-up cost: a fresh Python with the store imported takes about 0.25 s, which for 100 rounds would
be most of the time. So one small helper process imports the store once and forks a new writer per
round (fork shares the loaded modules; no connection is open in the helper when it forks). Each
writer opens the caseload itself, as a freshly started carebook would.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from carebook.store.caseload import Store

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

ROUNDS = 100

#: Reads a line per round, forks a writer, says its pid; reports "ended" once it is reaped.
HELPER = textwrap.dedent("""
    import os, sys
    from carebook.core.records import Patient
    from carebook.store.caseload import Store

    path = sys.argv[1]
    # Loads what a writer loads (parts of the store are made on first use) in a scratch file,
    # so that each forked writer starts saving as soon as it has opened the caseload.
    warm = Store.open(path + ".warm")
    warm.patients.add_patient(Patient(given="Warm", family="Up"))
    warm.close()
    os.write(1, b"ready\\n")
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            store = Store.open(path)
            n = 0
            while True:
                n += 1
                saved = store.patients.add_patient(Patient(
                    given=f"Writer{os.getpid()}", family=f"N{n}",
                    notes="The key is under the blue pot. " * 40))
                os.write(1, f"id {saved.id}\\n".encode())
        os.write(1, f"writer {pid}\\n".encode())
        os.waitpid(pid, 0)
        os.write(1, f"ended {pid}\\n".encode())
""")


def _line(helper: subprocess.Popen[bytes]) -> str:
    assert helper.stdout is not None
    line = helper.stdout.readline().decode()
    assert line, "the helper stopped"
    return line.strip()


def test_killed_writers_lose_nothing_they_committed(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    Store.open(path).close()
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    began = time.monotonic()
    helper = subprocess.Popen(
        [sys.executable, "-c", HELPER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert helper.stdin is not None
    committed: list[int] = []
    killed_mid_write = 0
    try:
        assert _line(helper) == "ready"
        for round_number in range(ROUNDS):
            helper.stdin.write(b"go\n")
            helper.stdin.flush()
            reply = _line(helper)
            assert reply.startswith("writer "), reply
            writer = int(reply.split()[1])
            reported: list[int] = []
            if round_number % 2:
                # Any moment: while the caseload opens (~5 ms) or between saves (~1 ms).
                time.sleep(chance.uniform(0.0005, 0.04))
            else:
                # Surely while records are written, however slow a busy machine makes the
                # opening: once the first save is reported, a moment into the next ones.
                kind, value = _line(helper).split()
                assert kind == "id", value
                reported.append(int(value))
                time.sleep(chance.uniform(0.0, 0.004))
            os.kill(writer, signal.SIGKILL)
            while (reply := _line(helper)) != f"ended {writer}":
                kind, value = reply.split()
                assert kind == "id", reply
                reported.append(int(value))
            killed_mid_write += bool(reported)
            committed += reported
            _check(path, committed, f"round {round_number}, seed {seed}")
    finally:
        helper.stdin.close()
        helper.wait(10)
        assert helper.stdout is not None
        helper.stdout.close()
    elapsed = time.monotonic() - began
    print(
        f"\n{ROUNDS} writers killed in {elapsed:.1f} s; {len(committed)} commits checked; "
        f"{killed_mid_write} killed after saving at least one"
    )
    assert killed_mid_write >= ROUNDS // 2, "kills should land while records are written"
    assert elapsed < 25


def _check(path: Path, committed: list[int], where: str) -> None:
    """Open as carebook does (no refusal), then SQLite's full check, then every reported id."""
    store = Store.open(path)
    try:
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], where
        present = {row[0] for row in conn.execute("SELECT id FROM patient")}
        missing = sorted(set(committed) - present)
        assert not missing, f"{where}: committed patients lost: {missing[:10]}"
        # All or nothing: every patient there has the activity line written with it.
        unlogged = conn.execute(
            "SELECT count(*) FROM patient WHERE id NOT IN (SELECT record_id FROM audit_log"
            " WHERE action = 'create' AND record_kind = 'patient')"
        ).fetchone()[0]
        assert unlogged == 0, f"{where}: a patient saved without its activity line"
    finally:
        store.close()
    # The file also reads as a plain SQLite database, outside carebook.
    plain = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert plain.execute("PRAGMA quick_check").fetchone() == ("ok",), where
    finally:
        plain.close()
