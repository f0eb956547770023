"""Backups of a caseload: written with SQLite's backup API, verified, rotated, and restored safely.

A backup is written through SQLite's backup API from an open connection (never a copy of the
file, which could catch a live database half-written), into a temporary file beside its target;
it is then reopened and verified, made durable, and only then renamed to its final name. So a
backup file under its real name is always whole and sound.

The rotation keeps the backups of one caseload in a folder of their own in the data folder
(`backups_folder`), named by their local time: `caseload-2026-11-25T221530.sqlite3`. Every
file and folder made here is readable by its owner only (0600 and 0700): a backup holds the
same protected health information as the caseload.

No Qt here: the window and the command line both call these functions.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol, cast

from carebook.core.errors import ValidationError
from carebook.storage import encryption
from carebook.storage.connection import connect
from carebook.storage.file_errors import ERRORS, OPERATIONAL_ERRORS, CaseloadFileError, is_damage
from carebook.storage.inspection import inspect
from carebook.storage.migrations import APPLICATION_ID, migrations
from carebook.storage.paths import data_folder, private_data_folder
from carebook.storage.side_files import SIDE_FILES, remove_with_side_files, sync_folder

#: How many of the most recent days, ISO weeks and months keep their newest backup.
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12

_STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(r"caseload-(\d{4}-\d{2}-\d{2}T\d{6})(?:-(\d+))?\.sqlite3")
#: A temporary file left by a backup that was cut short is removed after this long.
_STALE_PARTIAL_SECONDS = 3600


class BackupError(Exception):
    """A backup that could not be written, did not verify, or a file that cannot be restored.

    str() is one line naming the file and the problem; `damaged` is True when the file's contents
    are broken (rather than, say, someone else's file).
    """

    def __init__(self, path: Path, problem: str, *, damaged: bool = False) -> None:
        problem = " ".join(problem.split())
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.damaged = damaged


class CaseloadBusyError(BackupError):
    """The caseload is open in a carebook window (or another program), so it cannot be replaced."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: where it is, when it was taken (local time, naive), its size in bytes."""

    path: Path
    when: datetime
    size: int


class _HasConnection(Protocol):
    @property
    def conn(self) -> sqlite3.Connection: ...

    @property
    def passphrase(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class _Shape:
    """What must be the same in a backup as in the caseload it copies."""

    application_id: int
    user_version: int
    migrations: tuple[str, ...]


# -- where backups live ------------------------------------------------------------------------


def backups_folder(caseload: Path) -> Path:
    """The folder that holds the rotating backups of `caseload`, created (0700) on demand.

    It is in the data folder, one per caseload file: the file's stem and a short hash of its
    resolved path, so that two caseloads (even two called caseload.sqlite3) never share backups.
    """
    folder = _folder_of(caseload)
    private_data_folder()
    for level in (folder.parent, folder):
        level.mkdir(mode=0o700, exist_ok=True)
        os.chmod(level, 0o700)  # mkdir's mode is narrowed by the umask, and the folder may be old
    return folder


def backups_folder_if_any(caseload: Path) -> Path | None:
    """The backups folder of `caseload` if it exists (never made here)."""
    folder = _folder_of(caseload)
    return folder if folder.is_dir() else None


def _folder_of(caseload: Path) -> Path:
    resolved = Path(caseload).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return data_folder() / "backups" / f"{resolved.stem}-{digest}"


def list_backups(caseload: Path) -> list[BackupInfo]:
    """The rotating backups of `caseload`, newest first (their time is read from their names)."""
    folder = _folder_of(caseload)
    if not folder.is_dir():
        return []
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []  # a folder that cannot be read holds no backup one could restore
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        with suppress(ValueError, OSError):
            found.append(
                BackupInfo(
                    Path(entry.path),
                    datetime.strptime(match[1], _STAMP),
                    entry.stat(follow_symlinks=False).st_size,
                )
            )
    return sorted(found, key=_order, reverse=True)


def latest_good_backup(caseload: Path, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup of `caseload` that still verifies now (None if there is none); a
    protected caseload's backups are opened with its `passphrase`."""
    for info in list_backups(caseload):
        try:
            verify(info.path, passphrase)
        except BackupError:
            continue
        return info
    return None


def key_for(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to read `path` with: the one given if the file is protected, else None."""
    return passphrase if passphrase is not None and encryption.looks_protected(path) else None


def _order(info: BackupInfo) -> tuple[datetime, int]:
    """Oldest to newest: by time, then by the -2, -3 … of backups taken in the same second."""
    match = _NAME.fullmatch(info.path.name)
    return info.when, int(match[2]) if match and match[2] else 1


def _local(moment: datetime) -> datetime:
    """`moment` as naive local time (naive values are taken to be local already)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _rotation_name(caseload: Path, when: datetime) -> Path:
    """The name for a new backup of `caseload` in its rotation, its folder made if need be."""
    try:
        return _free_name(backups_folder(caseload), when)
    except OSError as error:
        raise BackupError(
            _folder_of(caseload), f"cannot hold backups: {error.strerror or error}"
        ) from None


def _free_name(folder: Path, when: datetime) -> Path:
    """A new name for a backup taken at `when`, after every one already taken in that second."""
    stamp = f"{when:{_STAMP}}"
    taken = [
        int(match[2] or 1)
        for match in map(_NAME.fullmatch, os.listdir(folder))
        if match is not None and match[1] == stamp
    ]
    number = max(taken, default=0) + 1
    return folder / (
        f"caseload-{stamp}.sqlite3" if number == 1 else f"caseload-{stamp}-{number}.sqlite3"
    )


# -- writing and verifying ---------------------------------------------------------------------


def make_backup(
    source: sqlite3.Connection | _HasConnection,
    caseload: Path,
    *,
    now: datetime,
    target: Path | None = None,
    passphrase: str | None = None,
) -> BackupInfo:
    """Back up the open caseload `source` (a Store, or its connection); the backup written.

    Written to `target`, or (by default) into the rotation in `backups_folder(caseload)`, named
    by `now` in local time, after which the rotation is thinned out (`rotate`). The caseload may
    stay open and in use: the backup API copies one consistent snapshot of it, committed
    changes still in the -wal included. It must not be in the middle of a transaction.

    The backup is reopened and verified before it takes its name: SQLite's quick_check, the
    carebook application id, the same schema version and migrations as `source`, and no broken
    links between records (none that `source` does not have itself). A backup that fails is
    deleted and a BackupError says why; so is one that cannot be written (a full disk).

    A protected caseload's backup is protected with the same passphrase (a Store knows it; with
    a bare connection, give `passphrase`).
    """
    if isinstance(source, sqlite3.Connection) or not hasattr(source, "passphrase"):
        conn = cast(sqlite3.Connection, getattr(source, "conn", source))
    else:
        conn, passphrase = source.conn, source.passphrase
    caseload = Path(caseload).expanduser()
    when = _local(now).replace(microsecond=0)  # as the file name has it
    if target is None:
        path = _rotation_name(caseload, when)
    else:
        path = Path(target).expanduser()
        if path.is_dir():
            raise BackupError(path, "is a folder; give a file name to write the backup to")
        if path.exists() and caseload.exists() and path.samefile(caseload):
            raise BackupError(path, "is the caseload itself; write the backup somewhere else")
        if any(Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES):
            raise BackupError(
                path,
                "is a database that is open or was not closed properly; "
                "write the backup somewhere else",
            )
    info = write_verified(conn, path, when=when, passphrase=passphrase)
    if target is None:
        rotate(caseload, now, keeping=info.path)
    return info


def write_verified(
    conn: sqlite3.Connection,
    path: Path,
    *,
    when: datetime | None = None,
    before_rename: Callable[[], None] | None = None,
    passphrase: str | None = None,
) -> BackupInfo:
    """Copy the database open on `conn` to `path` (replacing it) through the backup API.

    The copy is written to a temporary file (0600) beside `path`, switched to a rollback journal
    so that it is one self-contained file, verified against `conn`, synced to the disk, and then
    renamed over `path` in one step; `before_rename` runs just before that rename. On any
    failure the temporary file is removed and `path` is left as it was. A protected caseload
    (read with SQLCipher) is copied protected with its `passphrase`: the backup API copies only
    between files of the same protection.
    """
    if conn.in_transaction:
        raise BackupError(path, "a backup cannot be taken in the middle of a change")
    folder = path.parent
    try:
        expected = _shape(conn)
        # mkstemp creates the file 0600, before a byte of the caseload is in it.
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
        os.close(descriptor)
    except ERRORS as error:
        raise BackupError(
            path, f"the caseload could not be read for a backup ({error})", damaged=is_damage(error)
        ) from None
    except OSError as error:
        raise BackupError(path, f"cannot be written: {error.strerror or error}") from None
    temporary = Path(name)
    try:
        destination = connect(temporary, passphrase)
        try:
            conn.backup(destination)
            # A backup is one file: nothing left in a -wal beside it to lose or to mismatch.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        try:
            _verify(temporary, like=expected, source=conn, passphrase=passphrase)
        except BackupError as error:
            raise BackupError(
                path,
                f"the backup did not verify and was deleted: {error.problem}",
                damaged=error.damaged,
            ) from None
        _sync_file(temporary)
        if before_rename is not None:
            before_rename()
        os.replace(temporary, path)
        sync_folder(folder)
    except ERRORS as error:
        remove_with_side_files(temporary)
        raise BackupError(
            path, f"the backup could not be written ({error})", damaged=is_damage(error)
        ) from None
    except OSError as error:
        remove_with_side_files(temporary)
        raise BackupError(path, f"cannot be written: {error.strerror or error}") from None
    except BaseException:
        remove_with_side_files(temporary)
        raise
    return BackupInfo(path, _local(when or datetime.now()), path.stat().st_size)


def verify(path: Path, passphrase: str | None = None) -> None:
    """Raise BackupError unless `path` is a healthy carebook caseload (a backup one can restore).

    The caseload-file inspection (not another application's file, not from a newer carebook,
    header sound), SQLite's quick_check, the carebook application id, and no broken links
    between records. It only reads the file, and leaves nothing beside it. A protected backup is
    opened with `passphrase`.
    """
    _verify(Path(path).expanduser(), passphrase=passphrase)


def _verify(
    path: Path,
    *,
    like: _Shape | None = None,
    source: sqlite3.Connection | None = None,
    passphrase: str | None = None,
) -> _Shape:
    key = key_for(path, passphrase)
    try:
        inspect(path, key)
    except CaseloadFileError as error:
        raise BackupError(path, error.problem, damaged=error.damaged) from None
    try:
        conn = connect(path, key, read_only=True)
        try:
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                detail = str(verdict).replace("*** in database main ***", "").strip()
                raise BackupError(path, f"is damaged ({detail})", damaged=True)
            shape = _shape(conn)
            if shape.application_id != APPLICATION_ID:
                raise BackupError(path, "is not a carebook caseload (it is not marked as one)")
            if like is not None and shape != like:
                raise BackupError(
                    path,
                    f"has schema version {shape.user_version}, not "
                    f"{like.user_version} like the caseload it copies",
                )
            broken = _broken_links(conn)
            if broken and (source is None or _broken_links(source) != broken):
                raise BackupError(
                    path,
                    f"has {broken} record{'s' if broken != 1 else ''} "
                    "linked to records that do not exist",
                    damaged=True,
                )
        finally:
            conn.close()
    except ERRORS as error:
        raise BackupError(path, f"cannot be read ({error})", damaged=is_damage(error)) from None
    return shape


def _shape(conn: sqlite3.Connection) -> _Shape:
    applied: tuple[str, ...] = ()
    if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone():
        applied = tuple(
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY name",
                [migrations.name],
            )
        )
    return _Shape(
        conn.execute("PRAGMA application_id").fetchone()[0],
        conn.execute("PRAGMA user_version").fetchone()[0],
        applied,
    )


def _broken_links(conn: sqlite3.Connection) -> int:
    return sum(1 for _ in conn.execute("PRAGMA foreign_key_check"))


def _sync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR)  # Windows flushes only a file open for writing
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# -- rotation ----------------------------------------------------------------------------------


def rotation_keep(backups: Sequence[BackupInfo], now: datetime) -> list[BackupInfo]:
    """The backups the rotation keeps, newest first; the others are to be deleted.

    Kept: the newest backup; the newest of each of the last KEEP_DAYS days, of each of the last
    KEEP_WEEKS ISO weeks and of each of the last KEEP_MONTHS months (counting the ones `now` is
    in); and any dated after `now` (taken while the clock was wrong: left alone until their
    time comes, rather than let them push out the backup just taken). At most
    1 + KEEP_DAYS + KEEP_WEEKS + KEEP_MONTHS of those dated up to `now`; running it again on
    what it kept keeps the same.
    """
    now = _local(now)
    today = now.date()
    days = {today - timedelta(days=back) for back in range(KEEP_DAYS)}
    weeks = {_week(today - timedelta(weeks=back)) for back in range(KEEP_WEEKS)}
    months = {_month_back(today, back) for back in range(KEEP_MONTHS)}
    newest_first = sorted(backups, key=_order, reverse=True)
    kept = [info for info in newest_first if info.when > now]
    past = [info for info in newest_first if info.when <= now]
    seen: set[object] = set()
    for position, info in enumerate(past):
        day = info.when.date()
        buckets = [
            ("day", day) if day in days else None,
            ("week", _week(day)) if _week(day) in weeks else None,
            ("month", (day.year, day.month)) if (day.year, day.month) in months else None,
        ]
        fresh = [bucket for bucket in buckets if bucket is not None and bucket not in seen]
        seen.update(fresh)
        if position == 0 or fresh:
            kept.append(info)
    return sorted(kept, key=_order, reverse=True)


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def _month_back(day: date, back: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 - back
    return index // 12, index % 12 + 1


def rotate(caseload: Path, now: datetime, *, keeping: Path | None = None) -> list[Path]:
    """Delete the backups of `caseload` the rotation no longer keeps (`rotation_keep`); them.

    `keeping` (the backup just taken) is never deleted, even when an earlier one has a later
    name (the hour the clocks go back comes twice). Also removes temporary files left by a
    backup that was cut short (a crash, a full disk).
    """
    backups = list_backups(caseload)
    kept = {info.path for info in rotation_keep(backups, now)} | {keeping}
    kept |= _held(backups, _local(now).date())
    removed = []
    for info in backups:
        if info.path not in kept:
            with suppress(FileNotFoundError):
                info.path.unlink()
            removed.append(info.path)
    folder = _folder_of(caseload)
    if folder.is_dir():
        for marker in folder.glob("caseload-*.sqlite3.held"):
            if not Path(str(marker)[: -len(".held")]).exists():
                marker.unlink(missing_ok=True)  # its backup is gone
        for partial in folder.glob(".caseload-*.partial*"):
            with suppress(OSError):
                if time.time() - partial.stat().st_mtime > _STALE_PARTIAL_SECONDS:
                    partial.unlink()
    return removed


def hold(backup: Path, until: date) -> None:
    """Keep `backup` out of the rotation to the end of `until` (a marker file beside it)."""
    marker = backup.with_name(backup.name + ".held")
    with suppress(OSError):
        descriptor = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as stream:
            stream.write(until.isoformat())


def _held(backups: Sequence[BackupInfo], today: date) -> set[Path]:
    """The backups held out of the rotation today; a hold that has run out is let go."""
    held = set()
    for info in backups:
        marker = info.path.with_name(info.path.name + ".held")
        try:
            until = date.fromisoformat(marker.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue
        if today <= until:
            held.add(info.path)
        else:
            marker.unlink(missing_ok=True)
    return held


# -- when the caseload's passphrase changes ------------------------------------------------------


def convert_backups(
    caseload: Path, convert: Callable[[Path, str | None], None], old: str | None
) -> int:
    """Convert every backup of `caseload` protected as the caseload was before (with `old`, or
    plain when None) as the caseload was converted; the number that could not be (they are
    left as they were). `convert(path, passphrase)` is the conversion the caseload had."""
    failed = 0
    for info in list_backups(caseload):
        key = key_for(info.path, old)
        if (key is None) != (old is None):
            continue  # not as the caseload was: not this conversion's to make
        try:
            convert(info.path, key)
        except (encryption.WrongPassphrase, ValidationError, OSError, *ERRORS):
            failed += 1
    return failed


# -- restoring ---------------------------------------------------------------------------------


def restore(
    backup: Path, caseload: Path, *, now: datetime, passphrase: str | None = None
) -> BackupInfo | None:
    """Replace the caseload at `caseload` with the backup `backup`; the safety backup made first.

    The caller must have closed its Store (every connection to the caseload) first, and should
    hold the caseload's lock file (see `_take_over`); a caseload still open anywhere raises
    CaseloadBusyError and is left as it was.

    `backup` must be a healthy carebook caseload (`verify`), or BackupError. What the caseload
    holds now is backed up into the rotation first; the return value is that backup, or None
    when there was no caseload file. A caseload that is damaged is not replaced: a
    CaseloadFileError with `damaged` set asks the caller to `set_aside` it first (so it is kept).
    Another application's file, or one from a newer carebook, is refused the same way.

    The restored copy is written beside the caseload through the backup API, verified, synced,
    and renamed over it in one step, so that the caseload's name always holds either the old
    caseload or the whole restored one. An older backup is brought up to date (with its own
    backup first) when carebook next opens it.

    `passphrase` opens a protected caseload and a protected backup. When the caseload was
    protected, so is what replaces it (a plain backup is protected after it is restored), so a
    restore never leaves health information readable.
    """
    backup = Path(backup).expanduser()
    caseload = Path(caseload).expanduser()
    if caseload.exists() and backup.exists() and backup.samefile(caseload):
        raise BackupError(backup, "is the caseload itself; choose a backup to restore")
    if not caseload.parent.is_dir():
        raise BackupError(caseload, f"the folder {caseload.parent} does not exist")
    _verify(backup, passphrase=passphrase)
    when = _local(now).replace(microsecond=0)
    current_key = key_for(caseload, passphrase)
    current = _take_over(caseload, current_key)
    try:
        safety = None
        if current is not None:
            safety = write_verified(
                current, _rotation_name(caseload, when), when=when, passphrase=current_key
            )

        def release() -> None:
            # Windows cannot rename over a file that is open; POSIX keeps the lock to the end.
            nonlocal current
            if os.name == "nt" and current is not None:
                current.close()
                current = None

        backup_key = key_for(backup, passphrase)
        source = connect(backup, backup_key, read_only=True)
        try:
            write_verified(
                source, caseload, when=when, before_rename=release, passphrase=backup_key
            )
        finally:
            source.close()
    finally:
        if current is not None:
            current.close()
    if current_key is not None and backup_key is None:
        encryption.protect(caseload, current_key)  # it stays protected, as it was
    # The backup restored from, and the one of what was there before, stay to the end of the
    # next day whatever the rotation says: the restore may be undone, or done again.
    until = when.date() + timedelta(days=1)
    for kept in (safety.path if safety else None, backup):
        if kept is not None and kept.resolve().parent == _folder_of(caseload):
            hold(kept, until)
    rotate(caseload, now, keeping=safety.path if safety else None)
    return safety


def _take_over(caseload: Path, passphrase: str | None = None) -> sqlite3.Connection | None:
    """Lock the current caseload for the restore, with nothing of it left outside the file.

    Why this is safe. The danger in putting a new file under the caseload's name is what SQLite
    keeps beside it: a -wal holds committed changes not yet merged into the file, and whoever
    next opens the name replays it into the *new* file, which would corrupt it; a -journal is
    rolled back into it the same way. So the old -wal must be merged into the old file, and no
    other connection may be using the old file (its writes would go to that -wal).

    Switching the caseload from WAL to a rollback journal does both: SQLite allows it only when
    no other connection has the file open (it fails "database is locked" otherwise, and we
    refuse: the window must be closed), and it merges the whole -wal into the file and deletes
    it, and the -shm with it. A crash's leftover -wal is merged the same way (it is the
    caseload's own, with committed changes). Then an exclusive lock, kept until this connection
    closes (after the rename; on Windows, which cannot rename over an open file, just before
    it), keeps every other connection from reading or writing it in between. Only then is a
    leftover -shm (an index of a -wal that is gone, rebuilt by the next opener) removed. The
    safety backup is read through this same connection, under that lock.

    What SQLite's locks cannot stop is a program that opens the file just before the rename
    and reads it just after: it would be working on the old, unlinked file, with a -wal named
    like the new one. The caseload's own lock file (one carebook per caseload: the window holds
    it, and so must whoever calls this) is what keeps carebook from doing that.

    When there is no caseload file, a -wal or -journal left under its name (by a file deleted
    or moved by hand) belongs to no file: it is renamed aside rather than deleted, since it may
    hold someone's last changes, and a lone -shm is removed.
    """
    wal, journal, shm = (Path(f"{caseload}{suffix}") for suffix in ("-wal", "-journal", "-shm"))
    if not caseload.exists():
        for orphan in (wal, journal):
            if orphan.exists():
                _rename_aside(orphan)
        shm.unlink(missing_ok=True)
        return None
    # CaseloadFileError: not ours, newer, or damaged (the caller sets it aside), or locked away.
    inspect(caseload, passphrase)
    conn = connect(caseload, passphrase)
    try:
        encryption.hold_alone(conn)
    except OPERATIONAL_ERRORS as error:
        conn.close()
        if "locked" in str(error) or "busy" in str(error):
            raise CaseloadBusyError(
                caseload, "is open in carebook or another program; close it and try again"
            ) from None
        raise BackupError(
            caseload, f"cannot be prepared for the restore ({error})", damaged=is_damage(error)
        ) from None
    if wal.exists() or journal.exists():
        conn.close()
        raise BackupError(
            caseload,
            "still has a -wal or -journal file beside it after it was closed; nothing was changed",
        )
    shm.unlink(missing_ok=True)
    return conn


def _rename_aside(path: Path) -> Path:
    number = 1
    while True:
        target = path.with_name(path.name + (".orphaned" if number == 1 else f".orphaned-{number}"))
        if not target.exists():
            os.rename(path, target)
            return target
        number += 1
