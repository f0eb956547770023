"""Backups: written whole while the caseload is in use, verified, rotated, private, restored."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
import sys
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core.records import Patient
from carebook.storage import backups
from carebook.storage.backup_rotation import (
    KEEP_DAYS,
    KEEP_MONTHS,
    KEEP_WEEKS,
    make_backup,
    rotate,
    rotation_keep,
)
from carebook.storage.backups import (
    BackupError,
    BackupInfo,
    CaseloadBusyError,
    backups_folder,
    latest_good_backup,
    list_backups,
    verify,
)
from carebook.storage.caseload_file import open_caseload
from carebook.storage.file_errors import CaseloadFileError
from carebook.storage.migrations import APPLICATION_ID, KNOWN, migrations
from carebook.storage.restoring import restore
from carebook.storage.side_files import set_aside
from carebook.store.caseload import Store

NOW = datetime(2026, 11, 25, 22, 15, 30)
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _clock() -> datetime:
    return NOW


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every carebook table's rows, in a stable order, read without changing the file."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }
    finally:
        conn.close()


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def _corrupt(path: Path, seed: int = 1) -> None:
    """Overwrite the head of a page half-way through the file: its header and cell pointers,
    which every check reads (the middle of a page may be its unused gap)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    page = len(data) // page_size // 2
    start = page * page_size
    data[start : start + 200] = random.Random(seed).randbytes(200)
    path.write_bytes(bytes(data))


# -- writing a backup ---------------------------------------------------------------------------


def test_a_backup_taken_while_the_store_is_open_and_writing_is_complete_and_verifies(
    sample_db: Path,
) -> None:
    store = Store.open(sample_db, clock=_clock)
    writer = sqlite3.connect(sample_db, isolation_level=None, check_same_thread=False)
    writer.execute("PRAGMA busy_timeout = 5000")
    stop, started = threading.Event(), threading.Event()

    def keep_writing() -> None:
        number = 0
        while not stop.is_set():
            writer.execute("INSERT INTO meta (key, value) VALUES (?, 'x')", [f"w{number:06d}"])
            number += 1
            if number == 20:
                started.set()

    try:
        # Committed but still in the -wal, not yet in the file itself.
        store.patients.add_patient(Patient(given="Still", family="In the WAL"))
        assert sample_db.with_name(sample_db.name + "-wal").stat().st_size > 0
        thread = threading.Thread(target=keep_writing)
        thread.start()
        try:
            assert started.wait(10)
            info = make_backup(store, sample_db, now=NOW)
        finally:
            stop.set()
            thread.join()
        expected = dump(sample_db)
    finally:
        writer.close()
        store.close()
    verify(info.path)
    copy = dump(info.path)
    # Every table but the one written meanwhile is exactly as in the caseload ...
    assert {t: rows for t, rows in copy.items() if t != "meta"} == {
        t: rows for t, rows in expected.items() if t != "meta"
    }
    assert ("Still", "In the WAL") in {(row[1], row[2]) for row in copy["patient"]}
    # ... and that one holds one consistent moment of it: the writes up to some point, no gap.
    written = sorted(row[0] for row in copy["meta"] if row[0].startswith("w"))
    assert len(written) >= 20
    assert written == [f"w{number:06d}" for number in range(len(written))]
    assert info.path.parent == backups_folder(sample_db)
    assert info.path.name == "caseload-2026-11-25T221530.sqlite3"
    assert info.when == NOW and info.size == info.path.stat().st_size
    # One self-contained file: nothing beside it, and a rollback journal rather than WAL.
    assert _listing(info.path.parent) == [info.path.name]
    assert info.path.read_bytes()[18:20] == b"\x01\x01"


def test_a_backup_has_the_caseloads_mark_and_version(sample_db: Path) -> None:
    store = Store.open(sample_db, clock=_clock)
    try:
        info = make_backup(store.conn, sample_db, now=NOW)
    finally:
        store.close()
    conn = sqlite3.connect(info.path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(KNOWN)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


@POSIX
def test_backups_are_private_to_their_owner(sample_db: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        store = Store.open(sample_db, clock=_clock)
        try:
            info = make_backup(store, sample_db, now=NOW)
            target = make_backup(store, sample_db, now=NOW, target=tmp_path / "copy.sqlite3")
        finally:
            store.close()
    finally:
        os.umask(old)
    for path in (info.path, target.path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (info.path.parent, info.path.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_backup_to_a_named_file_leaves_the_rotation_alone(
    sample_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    target.parent.mkdir()
    target.write_bytes(b"an older copy, replaced whole")
    store = Store.open(sample_db, clock=_clock)
    try:
        info = make_backup(store, sample_db, now=NOW, target=target)
        with pytest.raises(BackupError, match="the caseload itself"):
            make_backup(store, sample_db, now=NOW, target=sample_db)
    finally:
        store.close()
    assert info.path == target and info.when == NOW
    verify(target)
    assert dump(target) == dump(sample_db)
    assert _listing(target.parent) == ["copy.sqlite3"]
    assert list_backups(sample_db) == []


def test_two_caseloads_never_share_a_backups_folder(tmp_path: Path) -> None:
    first = tmp_path / "a" / "caseload.sqlite3"
    second = tmp_path / "b" / "caseload.sqlite3"
    assert backups_folder(first) != backups_folder(second)
    assert backups_folder(first).name.startswith("caseload-")
    assert backups_folder(first) == backups_folder(tmp_path / "a" / ".." / "a" / first.name)


def test_backups_in_the_same_second_get_their_own_names_and_order(sample_db: Path) -> None:
    store = Store.open(sample_db, clock=_clock)
    try:
        made = [make_backup(store, sample_db, now=NOW) for _ in range(3)]
    finally:
        store.close()
    assert [info.path.name for info in made] == [
        "caseload-2026-11-25T221530.sqlite3",
        "caseload-2026-11-25T221530-2.sqlite3",
        "caseload-2026-11-25T221530-3.sqlite3",
    ]
    # The rotation keeps one a day; the newest is the last one taken.
    assert [info.path for info in list_backups(sample_db)] == [made[2].path]


def test_a_backup_cannot_be_taken_in_the_middle_of_a_change(sample_db: Path) -> None:
    store = Store.open(sample_db, clock=_clock)
    try:
        store.conn.execute("BEGIN")
        with pytest.raises(BackupError, match="middle of a change"):
            make_backup(store, sample_db, now=NOW)
        store.conn.execute("ROLLBACK")
    finally:
        store.close()
    assert list_backups(sample_db) == []


def test_a_backup_that_does_not_verify_is_deleted(
    sample_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, **_: object) -> None:
        raise BackupError(path, "is damaged (a test says so)", damaged=True)

    monkeypatch.setattr(backups, "_verify", refuse)
    store = Store.open(sample_db, clock=_clock)
    try:
        with pytest.raises(BackupError) as caught:
            make_backup(store, sample_db, now=NOW)
    finally:
        store.close()
    message = str(caught.value)
    assert "did not verify and was deleted" in message and "\n" not in message
    assert caught.value.damaged
    assert _listing(backups_folder(sample_db)) == []


def test_a_caseload_with_a_broken_link_is_still_backed_up_faithfully(sample_db: Path) -> None:
    conn = sqlite3.connect(sample_db)
    conn.execute(
        "INSERT INTO condition (patient_id, description, status) VALUES (99999, 'orphan', 'active')"
    )
    conn.commit()
    conn.close()
    store = Store.open(sample_db, clock=_clock)
    try:
        info = make_backup(store, sample_db, now=NOW)
    finally:
        store.close()
    assert dump(info.path) == dump(sample_db)
    # ... but it is not a backup to restore from without saying so.
    with pytest.raises(BackupError, match="linked to records that do not exist"):
        verify(info.path)


# -- rotation -----------------------------------------------------------------------------------


def test_a_year_of_daily_backups_rotates_to_the_expected_set(sample_db: Path) -> None:
    folder = backups_folder(sample_db)
    day = date(2026, 1, 1)
    while day <= date(2026, 12, 31):
        now = datetime.combine(day, datetime.min.time()).replace(hour=22, minute=15)
        (folder / f"caseload-{now:%Y-%m-%dT%H%M%S}.sqlite3").write_bytes(b"")
        rotate(sample_db, now)
        day += timedelta(days=1)
    kept = {info.when.date() for info in list_backups(sample_db)}
    last_week = {date(2026, 12, 25) + timedelta(days=n) for n in range(7)}
    # ISO weeks 50, 51 and 52 end on these Sundays (week 53 is this one, in last_week).
    weeks = {date(2026, 12, 13), date(2026, 12, 20), date(2026, 12, 27)}
    month_ends = {date(2026, month + 1, 1) - timedelta(days=1) for month in range(1, 12)}
    assert kept == last_week | weeks | month_ends
    assert len(kept) == 7 + 2 + 11

    # A real backup the next day goes in through the same rotation.
    store = Store.open(sample_db, clock=_clock)
    try:
        info = make_backup(store, sample_db, now=datetime(2027, 1, 1, 9, 0))
    finally:
        store.close()
    after = {b.when.date() for b in list_backups(sample_db)}
    assert info.when.date() in after and date(2026, 1, 31) not in after
    assert date(2026, 12, 25) not in after and date(2026, 12, 26) in after


def test_backups_dated_after_now_are_left_alone(sample_db: Path) -> None:
    folder = backups_folder(sample_db)
    for stamp in ("2031-01-01T000000", "2026-11-25T090000", "2026-11-25T100000"):
        (folder / f"caseload-{stamp}.sqlite3").write_bytes(b"")
    removed = rotate(sample_db, NOW)
    assert [path.name for path in removed] == ["caseload-2026-11-25T090000.sqlite3"]


def test_the_backup_just_taken_is_kept_when_the_clocks_go_back(sample_db: Path) -> None:
    store = Store.open(sample_db, clock=_clock)
    try:
        first_pass = make_backup(store, sample_db, now=datetime(2026, 11, 1, 1, 45))
        # An hour later by the clock on the wall it is 01:15 again.
        second_pass = make_backup(store, sample_db, now=datetime(2026, 11, 1, 1, 15))
    finally:
        store.close()
    assert second_pass.path.exists()
    assert {b.path for b in list_backups(sample_db)} == {first_pass.path, second_pass.path}


_MOMENTS = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31))


@settings(max_examples=200, deadline=None)
@given(whens=st.lists(_MOMENTS, max_size=80), now=_MOMENTS)
def test_the_rotation_rule_holds_whatever_the_dates(whens: list[datetime], now: datetime) -> None:
    infos = [
        BackupInfo(Path(f"backup-{number}"), when.replace(microsecond=0), 0)
        for number, when in enumerate(whens)
    ]
    kept = rotation_keep(infos, now)
    assert {id(info) for info in kept} <= {id(info) for info in infos}
    past = [info for info in infos if info.when <= now]
    future = [info for info in infos if info.when > now]
    kept_past = [info for info in kept if info.when <= now]
    # Never more than one a bucket plus the newest; whatever is dated later is left alone.
    assert len(kept_past) <= KEEP_DAYS + KEEP_WEEKS + KEEP_MONTHS + 1
    assert all(any(info is k for k in kept) for info in future)
    if past:
        newest = max(info.when for info in past)
        assert any(info.when == newest for info in kept_past)
    # Each of the last days that has a backup keeps its newest.
    for info in past:
        if (now.date() - info.when.date()).days < KEEP_DAYS:
            same_day = [i.when for i in past if i.when.date() == info.when.date()]
            assert max(same_day) in {k.when for k in kept_past}
    # Running it again keeps the same: the rotation never eats into what it kept.
    assert rotation_keep(kept, now) == kept


# -- finding a backup to restore ----------------------------------------------------------------


def test_the_latest_good_backup_skips_a_damaged_one(sample_db: Path) -> None:
    store = Store.open(sample_db, clock=_clock)
    try:
        older = make_backup(store, sample_db, now=NOW - timedelta(days=1))
        newer = make_backup(store, sample_db, now=NOW)
    finally:
        store.close()
    assert latest_good_backup(sample_db) == newer
    _corrupt(newer.path)
    assert [info.path for info in list_backups(sample_db)] == [newer.path, older.path]
    assert latest_good_backup(sample_db) == older
    assert latest_good_backup(sample_db.with_name("never-backed-up.sqlite3")) is None


# -- restoring ----------------------------------------------------------------------------------


def _backup_of(path: Path, now: datetime = NOW) -> BackupInfo:
    store = Store.open(path, clock=_clock)
    try:
        return make_backup(store, path, now=now)
    finally:
        store.close()


def test_restore_brings_back_exactly_the_backed_up_rows_and_keeps_a_safety_backup(
    sample_db: Path,
) -> None:
    backed_up = dump(sample_db)
    info = _backup_of(sample_db, NOW - timedelta(days=2))
    store = Store.open(sample_db, clock=_clock)
    try:
        store.patients.delete_patient(1)
        store.patients.add_patient(Patient(given="Added", family="Later"))
    finally:
        store.close()
    changed = dump(sample_db)
    assert changed != backed_up

    safety = restore(info.path, sample_db, now=NOW)

    assert dump(sample_db) == backed_up
    assert safety is not None and safety.when == NOW
    assert dump(safety.path) == changed
    assert [b.path for b in list_backups(sample_db)] == [safety.path, info.path]
    assert _listing(sample_db.parent) == [sample_db.name]  # no -wal, -shm or half-written file
    if sys.platform != "win32":
        assert stat.S_IMODE(sample_db.stat().st_mode) == 0o600
    store = Store.open(sample_db, clock=_clock)  # and it opens as a caseload again
    try:
        assert store.patients.patient(1) is not None
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def test_restore_keeps_what_a_crash_left_in_the_wal_in_the_safety_backup(
    sample_db: Path, tmp_path: Path
) -> None:
    info = _backup_of(sample_db)
    # The caseload as a crash leaves it: a committed patient only in its -wal.
    conn = sqlite3.connect(sample_db, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO patient (given, family, status) VALUES ('Only', 'In WAL', 'active')")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    caseload = crashed / sample_db.name
    shutil.copyfile(sample_db, caseload)
    shutil.copyfile(
        sample_db.with_name(sample_db.name + "-wal"), caseload.with_name(caseload.name + "-wal")
    )
    conn.close()

    safety = restore(info.path, caseload, now=NOW + timedelta(hours=1))

    assert safety is not None
    assert ("Only", "In WAL") in {(row[1], row[2]) for row in dump(safety.path)["patient"]}
    assert _listing(crashed) == [caseload.name]  # the old -wal was merged, then is gone
    assert dump(caseload) == dump(info.path)


def test_restore_is_refused_while_the_caseload_is_open(sample_db: Path) -> None:
    info = _backup_of(sample_db)
    store = Store.open(sample_db, clock=_clock)
    try:
        store.patients.add_patient(Patient(given="Open", family="Window"))
        before = dump(sample_db)
        with pytest.raises(CaseloadBusyError, match="close it and try again"):
            restore(info.path, sample_db, now=NOW)
        assert store.counts().patients == len(before["patient"])
    finally:
        store.close()
    assert dump(sample_db) == before
    assert [b.path for b in list_backups(sample_db)] == [info.path]


def test_a_corrupted_backup_is_refused_and_the_caseload_is_untouched(sample_db: Path) -> None:
    info = _backup_of(sample_db)
    _corrupt(info.path)
    with pytest.raises(BackupError) as caught:
        verify(info.path)
    assert caught.value.damaged
    contents = sample_db.read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        restore(info.path, sample_db, now=NOW)
    assert sample_db.read_bytes() == contents
    assert _listing(sample_db.parent) == [sample_db.name]
    assert list_backups(sample_db) == [info]


def _sqlite_file(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("kind", ["text", "other-application", "newer-version", "empty-sqlite"])
def test_restore_refuses_a_file_that_is_not_a_healthy_caseload(
    sample_db: Path, tmp_path: Path, kind: str
) -> None:
    source = tmp_path / "offered" / "file.sqlite3"
    source.parent.mkdir()
    if kind == "text":
        source.write_text("Mrs Lee: call pharmacy.\n" * 50, encoding="utf-8")
    elif kind == "other-application":
        _sqlite_file(source, "CREATE TABLE bookmark (url TEXT)")
    elif kind == "newer-version":
        shutil.copyfile(sample_db, source)
        _sqlite_file(source, f"PRAGMA user_version = {len(KNOWN) + 1}")
    else:
        _sqlite_file(source, "PRAGMA user_version = 0")
    contents = sample_db.read_bytes()
    with pytest.raises(BackupError) as caught:
        restore(source, sample_db, now=NOW)
    assert "\n" not in str(caught.value) and str(source) in str(caught.value)
    assert sample_db.read_bytes() == contents
    assert _listing(sample_db.parent) == sorted([sample_db.name, "offered"])
    assert list_backups(sample_db) == []


def test_restore_refuses_to_replace_a_damaged_caseload_until_it_is_set_aside(
    sample_db: Path, tmp_path: Path
) -> None:
    info = _backup_of(sample_db)
    _corrupt(sample_db, seed=5)
    damaged = sample_db.read_bytes()
    with pytest.raises(CaseloadFileError) as caught:
        restore(info.path, sample_db, now=NOW)
    assert caught.value.damaged and caught.value.path == sample_db
    assert sample_db.read_bytes() == damaged

    aside = set_aside(sample_db)
    assert restore(info.path, sample_db, now=NOW) is None  # nothing left to back up
    assert aside.read_bytes() == damaged
    assert dump(sample_db) == dump(info.path)


def test_restore_moves_an_orphaned_wal_aside_rather_than_pair_it_with_the_new_file(
    sample_db: Path, tmp_path: Path
) -> None:
    info = _backup_of(sample_db)
    folder = tmp_path / "fresh"
    folder.mkdir()
    caseload = folder / "caseload.sqlite3"
    orphan = b"a -wal whose database was deleted by hand" * 100
    Path(f"{caseload}-wal").write_bytes(orphan)
    Path(f"{caseload}-shm").write_bytes(b"\0" * 32768)
    assert restore(info.path, caseload, now=NOW) is None
    assert _listing(folder) == ["caseload.sqlite3", "caseload.sqlite3-wal.orphaned"]
    assert Path(f"{caseload}-wal.orphaned").read_bytes() == orphan
    assert dump(caseload) == dump(info.path)


def test_an_older_backup_is_restored_and_brought_up_to_date_when_opened(
    sample_db: Path, tmp_path: Path
) -> None:
    # A caseload made by a carebook one layout step behind this one.
    older = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(older, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(conn, stop_before=KNOWN[-1])
    conn.execute(f"PRAGMA user_version = {len(KNOWN) - 1}")
    conn.execute("INSERT INTO patient (given, family, status) VALUES ('From', 'Before', 'active')")
    conn.close()
    safety = restore(older, sample_db, now=NOW)
    assert safety is not None
    assert dump(sample_db) == dump(older)
    db = open_caseload(sample_db)
    try:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == len(KNOWN)
        assert db.conn.execute("SELECT family FROM patient").fetchall() == [("Before",)]
    finally:
        db.conn.close()


# -- set aside ----------------------------------------------------------------------------------


def test_set_aside_moves_the_file_with_its_wal_and_shm_and_keeps_them_paired(
    sample_db: Path, tmp_path: Path
) -> None:
    conn = sqlite3.connect(sample_db, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO patient (given, family, status) VALUES ('Kept', 'Aside', 'active')")
    folder = tmp_path / "crashed"
    folder.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{sample_db}{suffix}", folder / f"caseload.sqlite3{suffix}")
    conn.close()
    caseload = folder / "caseload.sqlite3"
    contents = {suffix: Path(f"{caseload}{suffix}").read_bytes() for suffix in ("", "-wal")}

    aside = set_aside(caseload)

    assert aside == folder / "caseload.sqlite3.damaged"
    assert _listing(folder) == [
        "caseload.sqlite3.damaged",
        "caseload.sqlite3.damaged-shm",
        "caseload.sqlite3.damaged-wal",
    ]
    assert {suffix: Path(f"{aside}{suffix}").read_bytes() for suffix in ("", "-wal")} == contents
    # Still paired: SQLite reads the set-aside file together with its -wal.
    assert ("Kept", "Aside") in {(row[1], row[2]) for row in dump(aside)["patient"]}

    shutil.copyfile(sample_db, caseload)
    assert set_aside(caseload) == folder / "caseload.sqlite3.damaged-2"
    with pytest.raises(FileNotFoundError):
        set_aside(caseload)


def test_the_backup_restored_from_and_the_one_before_stay_to_the_end_of_the_next_day(
    sample_db: Path,
) -> None:
    """The rotation keeps one backup a day: restoring today's only backup used to delete it
    (the "before restore" copy being today's newest), and the next backup deleted that too."""
    morning = NOW.replace(hour=9)
    restored_from = _backup_of(sample_db, morning)
    safety = restore(restored_from.path, sample_db, now=morning.replace(hour=11))
    assert safety is not None
    assert [b.path for b in list_backups(sample_db)] == [safety.path, restored_from.path]
    later = _backup_of(sample_db, morning.replace(hour=12))
    assert [b.path for b in list_backups(sample_db)] == [
        later.path,
        safety.path,
        restored_from.path,
    ]
    next_day = _backup_of(sample_db, morning + timedelta(days=1))
    assert {safety.path, restored_from.path} <= {b.path for b in list_backups(sample_db)}
    _backup_of(sample_db, morning + timedelta(days=2))
    kept = {b.path for b in list_backups(sample_db)}
    assert safety.path not in kept and restored_from.path not in kept  # the day's newest stays
    assert later.path in kept and next_day.path in kept
    assert not list(restored_from.path.parent.glob("*.held"))
