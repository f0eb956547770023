"""A team's computers that go wrong: a clock a day out, a laptop restored from an old backup, a
device removed, a hub of a newer carebook, a hub that stops in the middle of a sync."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from carebook.storage.sync_state import device_id
from carebook.store.caseload import Store
from carebook.sync.engine import sync_now
from carebook.sync.team import join_team, leave_team, make_team, team_key
from carebook.sync.team_key import read_key_file

from .caseloads import contents, sample_copy, settle, sync

DAY_MS = 86_400_000


@pytest.fixture
def team(
    hub_url: str, sample_caseload_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Store, Store, Path]]:
    """The office (the sample) and a laptop, in one team, holding the same caseload."""
    monkeypatch.setenv("PGPASSWORD", urlsplit(hub_url).password or "")
    office = sample_copy(sample_caseload_file, tmp_path / "office.sqlite3")
    key = tmp_path / "team.key"
    make_team(office, hub_url, "Cedar Lane", key)
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    join_team(laptop, hub_url, read_key_file(key))
    settle([office, laptop], key)
    yield office, laptop, key
    for store in (office, laptop):
        if store.is_open:
            store.close()


def _patient(store: Store) -> str:
    return str(store.conn.execute("SELECT min(uid) FROM patient").fetchone()[0])


def _phone(store: Store, uid: str) -> str:
    return str(store.conn.execute("SELECT phone FROM patient WHERE uid = ?", [uid]).fetchone()[0])


@pytest.mark.parametrize("ahead_first", [True, False])
def test_a_clock_a_day_ahead_does_not_undo_a_later_change(
    team: tuple[Store, Store, Path], ahead_first: bool
) -> None:
    office, laptop, key = team
    # The office's clock runs a day ahead (the laptop's, as seen from it, a day behind).
    office.conn.execute("UPDATE sync_clock SET wall = wall + ?", [DAY_MS])
    uid = _patient(office)
    first, second = (office, laptop) if ahead_first else (laptop, office)
    first.conn.execute("UPDATE patient SET phone = '(217) 555-0001' WHERE uid = ?", [uid])
    settle([first, second], key)
    second.conn.execute("UPDATE patient SET phone = '(217) 555-0002' WHERE uid = ?", [uid])
    settle([second, first], key)
    assert _phone(office, uid) == _phone(laptop, uid) == "(217) 555-0002"


@pytest.mark.parametrize("edited_first", [False, True])
def test_a_laptop_restored_from_an_old_backup_rejoins_without_resurrecting_or_losing(
    team: tuple[Store, Store, Path], tmp_path: Path, edited_first: bool
) -> None:
    office, laptop, key = team
    old = tmp_path / "laptop-backup.sqlite3"
    laptop.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(laptop.path, old)
    # After the backup: the laptop deletes a task and changes a patient; the office deletes a
    # note; all of it reaches the hub.
    task = str(laptop.conn.execute("SELECT min(uid) FROM task").fetchone()[0])
    note = str(office.conn.execute("SELECT min(uid) FROM note").fetchone()[0])
    uid = _patient(laptop)
    laptop.conn.execute("DELETE FROM task WHERE uid = ?", [task])
    laptop.conn.execute("UPDATE patient SET phone = '(217) 555-0199' WHERE uid = ?", [uid])
    office.conn.execute("DELETE FROM note WHERE uid = ?", [note])
    settle([laptop, office], key)
    # The laptop's disk dies; it comes back from the old backup.
    path = laptop.path
    laptop.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(old, path)
    laptop = Store.open(path)
    if edited_first:
        # Worked on before its first sync: what it sends first must not hide what it lacks.
        laptop.conn.execute("UPDATE patient SET city = 'Decatur' WHERE uid = ?", [uid])
    settle([laptop, office], key)
    for store in (laptop, office):
        assert (
            store.conn.execute("SELECT count(*) FROM task WHERE uid = ?", [task]).fetchone()[0] == 0
        )
        assert (
            store.conn.execute("SELECT count(*) FROM note WHERE uid = ?", [note]).fetchone()[0] == 0
        )
        assert _phone(store, uid) == "(217) 555-0199"
    assert contents(laptop) == contents(office)
    laptop.close()


def test_a_device_removed_from_the_team_gets_nothing_more(
    team: tuple[Store, Store, Path],
) -> None:
    office, laptop, key = team
    leave_team(office, device_id(laptop.conn))
    uid = _patient(office)
    office.conn.execute("UPDATE patient SET phone = '(217) 555-0777' WHERE uid = ?", [uid])
    sync(office, key)
    outcome = sync_now(laptop, team_key(laptop, key), None)
    assert outcome.trouble is not None and outcome.reachable
    assert _phone(laptop, uid) != "(217) 555-0777"


def test_a_hub_of_a_newer_carebook_is_refused_and_nothing_is_written(
    team: tuple[Store, Store, Path], hub_url: str
) -> None:
    office, _laptop, key = team
    with psycopg.connect(hub_url) as hub:
        hub.execute("UPDATE carebook.hub_meta SET value = '99' WHERE key = 'schema_version'")
    uid = _patient(office)
    office.conn.execute("UPDATE patient SET phone = '(217) 555-0888' WHERE uid = ?", [uid])
    outcome = sync_now(office, team_key(office, key), None)
    assert outcome.trouble is not None and "newer" in outcome.trouble
    assert outcome.waiting == 1 and outcome.sent == 0


def test_a_hub_stopped_in_the_middle_of_a_sync_then_back(
    team: tuple[Store, Store, Path], running: object, tmp_path: Path
) -> None:
    office, laptop, key = team
    # Much to send: every medication, measurement and activity-log line changed.
    office.conn.execute("UPDATE medication SET instructions = instructions || ' (checked)'")
    office.conn.execute("UPDATE measurement SET note = note || '.'")
    office.conn.execute("UPDATE audit_log SET summary = summary || '.'")
    outcomes = []
    worker = threading.Thread(
        target=lambda: outcomes.append(sync_now(office, team_key(office, key), None))
    )
    worker.start()
    time.sleep(0.05)
    running.stop()  # type: ignore[attr-defined]
    worker.join(60)
    [stopped] = outcomes
    # Stopped short (offline, said quietly), unless it had finished before the hub went.
    assert stopped.trouble is None or not stopped.reachable
    running.start()  # type: ignore[attr-defined]
    settle([office, laptop], key)
    assert contents(laptop) == contents(office)
