"""Taking a backup into a caseload's rotation, and which the rotation keeps (recent days,
weeks and months, and any held)."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Sequence
from contextlib import suppress
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import cast

from carebook.core.words import translate
from carebook.storage.backups import (
    BackupError,
    BackupInfo,
    HasConnection,
    backup_order,
    folder_of,
    list_backups,
    local_time,
    rotation_name,
    write_verified,
)
from carebook.storage.side_files import SIDE_FILES

#: How many of the most recent days, ISO weeks and months keep their newest backup.
KEEP_DAYS = 7


KEEP_WEEKS = 4


KEEP_MONTHS = 12


#: A temporary file left by a backup that was cut short is removed after this long.
_STALE_PARTIAL_SECONDS = 3600


def make_backup(
    source: sqlite3.Connection | HasConnection,
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
    when = local_time(now).replace(microsecond=0)  # as the file name has it
    if target is None:
        path = rotation_name(caseload, when)
    else:
        path = Path(target).expanduser()
        if path.is_dir():
            raise BackupError(
                path,
                translate("BackupRotation", "is a folder; give a file name to write the backup to"),
            )
        if path.exists() and caseload.exists() and path.samefile(caseload):
            raise BackupError(
                path,
                translate(
                    "BackupRotation", "is the caseload itself; write the backup somewhere else"
                ),
            )
        if any(Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES):
            raise BackupError(
                path,
                translate(
                    "BackupRotation",
                    "is a database that is open or was not closed properly; "
                    "write the backup somewhere else",
                ),
            )
    info = write_verified(conn, path, when=when, passphrase=passphrase)
    if target is None:
        rotate(caseload, now, keeping=info.path)
    return info


def rotation_keep(backups: Sequence[BackupInfo], now: datetime) -> list[BackupInfo]:
    """The backups the rotation keeps, newest first; the others are to be deleted.

    Kept: the newest backup; the newest of each of the last KEEP_DAYS days, of each of the last
    KEEP_WEEKS ISO weeks and of each of the last KEEP_MONTHS months (counting the ones `now` is
    in); and any dated after `now` (taken while the clock was wrong: left alone until their
    time comes, rather than let them push out the backup just taken). At most
    1 + KEEP_DAYS + KEEP_WEEKS + KEEP_MONTHS of those dated up to `now`; running it again on
    what it kept keeps the same.
    """
    now = local_time(now)
    today = now.date()
    days = {today - timedelta(days=back) for back in range(KEEP_DAYS)}
    weeks = {_week(today - timedelta(weeks=back)) for back in range(KEEP_WEEKS)}
    months = {_month_back(today, back) for back in range(KEEP_MONTHS)}
    newest_first = sorted(backups, key=backup_order, reverse=True)
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
    return sorted(kept, key=backup_order, reverse=True)


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
    kept |= _held(backups, local_time(now).date())
    removed = []
    for info in backups:
        if info.path not in kept:
            with suppress(FileNotFoundError):
                info.path.unlink()
            removed.append(info.path)
    folder = folder_of(caseload)
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
