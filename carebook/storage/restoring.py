"""Restoring a backup over a caseload: the caseload taken over alone, kept first, replaced whole."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from carebook.core.words import translate
from carebook.storage import encryption
from carebook.storage.backup_rotation import hold, rotate
from carebook.storage.backups import (
    BackupError,
    BackupInfo,
    CaseloadBusyError,
    folder_of,
    key_for,
    local_time,
    rotation_name,
    verify,
    write_verified,
)
from carebook.storage.connection import connect
from carebook.storage.file_errors import OPERATIONAL_ERRORS, is_damage
from carebook.storage.inspection import inspect


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
        raise BackupError(
            backup, translate("Restoring", "is the caseload itself; choose a backup to restore")
        )
    if not caseload.parent.is_dir():
        raise BackupError(caseload, f"the folder {caseload.parent} does not exist")
    verify(backup, passphrase)
    when = local_time(now).replace(microsecond=0)
    current_key = key_for(caseload, passphrase)
    current = _take_over(caseload, current_key)
    try:
        safety = None
        if current is not None:
            safety = write_verified(
                current, rotation_name(caseload, when), when=when, passphrase=current_key
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
        if kept is not None and kept.resolve().parent == folder_of(caseload):
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
                caseload,
                translate(
                    "Restoring", "is open in carebook or another program; close it and try again"
                ),
            ) from None
        raise BackupError(
            caseload,
            translate("Restoring", "cannot be prepared for the restore ({error})").format(
                error=error
            ),
            damaged=is_damage(error),
        ) from None
    if wal.exists() or journal.exists():
        conn.close()
        raise BackupError(
            caseload,
            translate(
                "Restoring",
                "still has a -wal or -journal file beside it after "
                "it was closed; nothing was changed",
            ),
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
