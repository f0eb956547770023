"""Team sync at agency size, against a real PostgreSQL hub on this machine: the first sync of a
10,000-patient caseload to an empty hub and onto a second, empty computer, and a typical day's
500 changes, each beside a floor measured in the same run (the same number of rows of the same
size copied into a bare table with COPY, and read back).

Run on demand: python -m pytest tests/benchmarks --benchmarks -s -k sync_speed
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from carebook.store.caseload import Store
from carebook.sync.engine import sync_now
from carebook.sync.team import join_team, make_team, team_key
from carebook.sync.team_key import read_key_file
from tests.sync.postgres_cluster import PostgresCluster, server_programs

pytestmark = pytest.mark.benchmark

DAY_CHANGES = 500
DAY_LIMIT_SECONDS = 1.0


@pytest.fixture(scope="module")
def cluster() -> Iterator[PostgresCluster]:
    programs = server_programs()
    if programs is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed")
    made = PostgresCluster(programs)
    made.create()
    yield made
    made.destroy()


def _floor(url: str, rows: int, size: int) -> tuple[float, float]:
    """Seconds to COPY `rows` rows of `size` random bytes into a bare table, and to read them."""
    payload = secrets.token_bytes(size)
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE floor (seq bigserial PRIMARY KEY, uid uuid, body bytea)")
        conn.commit()
        started = time.perf_counter()
        with conn.cursor() as cursor, cursor.copy("COPY floor (uid, body) FROM STDIN") as copy:
            for _ in range(rows):
                copy.write_row((os.urandom(16).hex(), payload))
        conn.commit()
        wrote = time.perf_counter() - started
        started = time.perf_counter()
        with conn.cursor(name="reading") as cursor:
            cursor.execute("SELECT seq, uid, body FROM floor ORDER BY seq")
            for _row in cursor:
                pass
        read = time.perf_counter() - started
    return wrote, read


def test_first_sync_of_ten_thousand_patients_and_a_typical_day(
    cluster: PostgresCluster, big_caseload: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = cluster.make_database("agency")
    monkeypatch.setenv("PGPASSWORD", url.split(":")[2].split("@")[0])
    office_path = tmp_path / "office.sqlite3"
    office_path.write_bytes(big_caseload.read_bytes())
    office = Store.open(office_path)
    key_file = tmp_path / "team.key"

    started = time.perf_counter()
    made = make_team(office, url, "Agency", key_file)
    joined_seconds = time.perf_counter() - started
    key = team_key(office, key_file)
    started = time.perf_counter()
    pushed = sync_now(office, key, None)
    push_seconds = time.perf_counter() - started
    assert pushed.trouble is None and pushed.sent == made.waiting

    laptop = Store.open(tmp_path / "laptop.sqlite3")
    join_team(laptop, url, read_key_file(key_file))
    started = time.perf_counter()
    pulled = sync_now(laptop, key, None)
    pull_seconds = time.perf_counter() - started
    assert pulled.trouble is None and pulled.received >= made.waiting

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*), avg(size)::int FROM carebook.change").fetchone()
    assert row is not None
    count, size = int(row[0]), int(row[1])
    floor_write, floor_read = _floor(url, count, size)

    # A typical day: 500 changes on the office's computer, sent, then received by the laptop.
    office.conn.execute(
        "UPDATE medication SET instructions = instructions || ' ' WHERE id IN"
        f" (SELECT id FROM medication ORDER BY id LIMIT {DAY_CHANGES})"
    )
    started = time.perf_counter()
    day_sent = sync_now(office, key, None)
    day_push = time.perf_counter() - started
    started = time.perf_counter()
    day_received = sync_now(laptop, key, None)
    day_pull = time.perf_counter() - started
    assert day_sent.sent == DAY_CHANGES and day_received.received >= DAY_CHANGES

    print(
        f"\nfirst sync of {made.waiting} records ({count} changes, {size} bytes sealed each):"
        f"\n  noting them all when the team was made: {joined_seconds:.1f} s"
        f"\n  push {push_seconds:.1f} s ({count / push_seconds:,.0f} changes/s);"
        f" floor COPY {floor_write:.1f} s; ratio {push_seconds / floor_write:.1f}"
        f"\n  pull and merge onto an empty computer {pull_seconds:.1f} s"
        f" ({count / pull_seconds:,.0f} changes/s); floor read {floor_read:.1f} s;"
        f" ratio {pull_seconds / floor_read:.1f}"
        f"\na day's {DAY_CHANGES} changes: sent in {day_push * 1000:.0f} ms,"
        f" received in {day_pull * 1000:.0f} ms (limit {DAY_LIMIT_SECONDS * 1000:.0f} ms each)"
    )
    assert day_push < DAY_LIMIT_SECONDS and day_pull < DAY_LIMIT_SECONDS
    office.close()
    laptop.close()
