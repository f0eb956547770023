"""A damaged write-ahead log is found before SQLite drops what follows the damage: a copy is
kept aside, the user is told up to which change the caseload was recovered, and `check` says
so (before, `check` said "No problems found" and the next open lost the changes silently)."""

from __future__ import annotations

import shutil
import stat
import struct
from pathlib import Path

import pytest
from cli_runner import run

from carebook.core.records import Patient
from carebook.storage.integrity import check_file
from carebook.storage.write_ahead_log import damage_in
from carebook.store.caseload import Store

NAMES = ["Ada", "Bea", "Cleo", "Dora", "Edna"]


def _left_by_a_crash(tmp_path: Path) -> Path:
    """A caseload and its -wal as a crash leaves them: five patients, each added (and
    committed) after the last time the log was copied into the caseload."""
    path = tmp_path / "c.sqlite3"
    store = Store.open(path)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    for name in NAMES:
        store.patients.add_patient(Patient(given=name, family="Marsh"))
    crash = tmp_path / "at-the-crash"
    crash.mkdir()
    shutil.copyfile(path, crash / path.name)
    shutil.copyfile(f"{path}-wal", crash / f"{path.name}-wal")
    store.close()
    shutil.copyfile(crash / path.name, path)
    shutil.copyfile(crash / f"{path.name}-wal", f"{path}-wal")
    Path(f"{path}-shm").unlink(missing_ok=True)
    return path


def _commit_frames(wal: Path) -> list[int]:
    data = wal.read_bytes()
    page = struct.unpack(">I", data[8:12])[0]
    frames = (len(data) - 32) // (24 + page)
    return [
        index
        for index in range(frames)
        if struct.unpack(">I", data[32 + index * (24 + page) + 4 :][:4])[0]
    ]


def _damage_frame(wal: Path, index: int) -> None:
    data = bytearray(wal.read_bytes())
    page = struct.unpack(">I", data[8:12])[0]
    data[32 + index * (24 + page) + 24 + 200] ^= 0xFF  # one flipped byte in its page
    wal.write_bytes(bytes(data))


def _patients(path: Path) -> int:
    store = Store.open(path)
    try:
        return int(store.conn.execute("SELECT count(*) FROM patient").fetchone()[0])
    finally:
        store.close()


def test_a_sound_log_is_no_damage(tmp_path: Path) -> None:
    path = _left_by_a_crash(tmp_path)
    assert damage_in(Path(f"{path}-wal")) is None
    assert check_file(path).healthy
    assert _patients(path) == len(NAMES)


def test_a_damaged_frame_is_kept_aside_said_and_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _left_by_a_crash(tmp_path)
    wal = Path(f"{path}-wal")
    commits = _commit_frames(wal)
    assert len(commits) >= len(NAMES)
    _damage_frame(wal, commits[1] + 1)  # the first frame after the second commit
    damaged = wal.read_bytes()
    damage = damage_in(wal)
    assert damage is not None and damage.readable == 2 and damage.lost == len(commits) - 2

    before = path.read_bytes()
    status, out, _ = run(capsys, "--db", str(path), "check")
    assert status == 1
    assert f"damaged after change 2 of the {len(commits)} it holds" in out
    assert path.read_bytes() == before and wal.read_bytes() == damaged  # check changes nothing

    status, _, err = run(capsys, "--db", str(path), "agenda")
    assert status == 0
    assert "write-ahead log (-wal) is damaged after change 2" in err
    kept = list(tmp_path.glob("c.sqlite3.wal-damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    assert _patients(path) < len(NAMES)  # what SQLite could read; the rest is in the copy
    status, _, err = run(capsys, "--db", str(path), "agenda")
    assert "damaged" not in err  # said once: the log is sound again


def test_any_flipped_byte_is_read_without_error(tmp_path: Path) -> None:
    """Wherever a byte goes bad, reading the log says damage or none, never raises; damage
    found always leaves fewer changes readable than the log holds."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    path = _left_by_a_crash(tmp_path)
    wal = Path(f"{path}-wal")
    sound = wal.read_bytes()
    commits = len(_commit_frames(wal))

    @settings(
        max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(st.integers(0, len(sound) - 1), st.integers(1, 255))
    def flip(offset: int, mask: int) -> None:
        data = bytearray(sound)
        data[offset] ^= mask
        wal.write_bytes(bytes(data))
        damage = damage_in(wal)
        if damage is not None:
            # (the flipped byte may itself make a frame look like a commit)
            assert damage.readable < commits and damage.readable + damage.lost <= commits + 1

    flip()
