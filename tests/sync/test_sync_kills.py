"""A sync killed at any moment (SIGKILL) while it pushes or pulls, then run again: nothing is
lost and nothing doubled, on the hub or in either caseload."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from carebook.store.caseload import Store
from carebook.sync.team import join_team, make_team
from carebook.sync.team_key import read_key_file

from .caseloads import contents, sample_copy, settle

ROUNDS = 20


def _sync_command(db: Path, key: Path) -> list[str]:
    return [sys.executable, "-m", "carebook", "sync", "--db", str(db), "--key-file", str(key)]


def _killed_syncs(db: Path, key: Path, env: dict[str, str], seed: int) -> int:
    """Start a sync ROUNDS times, killing each after a random moment; how many were killed
    before they finished."""
    chance = random.Random(seed)
    killed = 0
    for _round in range(ROUNDS):
        process = subprocess.Popen(
            _sync_command(db, key), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(chance.uniform(0.3, 1.0))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
    return killed


def _feed_doubles(hub_url: str) -> int:
    with psycopg.connect(hub_url) as hub:
        row = hub.execute(
            "SELECT count(*) - count(DISTINCT (uid, version)) FROM carebook.change"
        ).fetchone()
    return int(row[0]) if row else 0


@pytest.mark.parametrize("moment", ["push", "pull"])
def test_a_sync_killed_at_random_moments_loses_and_doubles_nothing(
    hub_url: str,
    sample_caseload_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    moment: str,
) -> None:
    password = urlsplit(hub_url).password or ""
    monkeypatch.setenv("PGPASSWORD", password)
    env = {**os.environ, "PGPASSWORD": password}
    office_path, laptop_path = tmp_path / "office.sqlite3", tmp_path / "laptop.sqlite3"
    key = tmp_path / "team.key"
    office = sample_copy(sample_caseload_file, office_path)
    make_team(office, hub_url, "Cedar Lane", key)
    laptop = Store.open(laptop_path)
    join_team(laptop, hub_url, read_key_file(key))
    laptop.close()
    if moment == "pull":
        settle([office], key)  # the office's whole caseload on the hub, for the laptop to pull
    office.close()

    target = office_path if moment == "push" else laptop_path
    killed = _killed_syncs(target, key, env, seed=len(moment))
    assert killed > 0, "no sync was killed before it finished: the test proved nothing"

    office, laptop = Store.open(office_path), Store.open(laptop_path)
    settle([office, laptop], key)
    assert contents(laptop) == contents(office)
    assert _feed_doubles(hub_url) == 0
    for store in (office, laptop):
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.close()
