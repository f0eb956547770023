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
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from carebook.core.words import translate
from carebook.storage import encryption
from carebook.storage.connection import connect
from carebook.storage.file_errors import ERRORS, CaseloadFileError, is_damage
from carebook.storage.inspection import inspect
from carebook.storage.paths import data_folder, private_data_folder
from carebook.storage.schema import APPLICATION_ID, migrations
from carebook.storage.side_files import remove_with_side_files, sync_folder

_STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(r"caseload-(\d{4}-\d{2}-\d{2}T\d{6})(?:-(\d+))?\.sqlite3")


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


class HasConnection(Protocol):
    """An open caseload (a Store): its connection, and the passphrase it was opened with."""

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
    folder = folder_of(caseload)
    private_data_folder()
    for level in (folder.parent, folder):
        level.mkdir(mode=0o700, exist_ok=True)
        os.chmod(level, 0o700)  # mkdir's mode is narrowed by the umask, and the folder may be old
    return folder


def backups_folder_if_any(caseload: Path) -> Path | None:
    """The backups folder of `caseload` if it exists (never made here)."""
    folder = folder_of(caseload)
    return folder if folder.is_dir() else None


def folder_of(caseload: Path) -> Path:
    resolved = Path(caseload).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return data_folder() / "backups" / f"{resolved.stem}-{digest}"


def list_backups(caseload: Path) -> list[BackupInfo]:
    """The rotating backups of `caseload`, newest first (their time is read from their names)."""
    folder = folder_of(caseload)
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
    return sorted(found, key=backup_order, reverse=True)


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


def backup_order(info: BackupInfo) -> tuple[datetime, int]:
    """Oldest to newest: by time, then by the -2, -3 … of backups taken in the same second."""
    match = _NAME.fullmatch(info.path.name)
    return info.when, int(match[2]) if match and match[2] else 1


def local_time(moment: datetime) -> datetime:
    """`moment` as naive local time (naive values are taken to be local already)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def rotation_name(caseload: Path, when: datetime) -> Path:
    """The name for a new backup of `caseload` in its rotation, its folder made if need be."""
    try:
        return _free_name(backups_folder(caseload), when)
    except OSError as error:
        raise BackupError(
            folder_of(caseload),
            translate("Backups", "cannot hold backups: {problem}").format(
                problem=error.strerror or error
            ),
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
        raise BackupError(
            path, translate("Backups", "a backup cannot be taken in the middle of a change")
        )
    folder = path.parent
    try:
        expected = _shape(conn)
        # mkstemp creates the file 0600, before a byte of the caseload is in it.
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
        os.close(descriptor)
    except ERRORS as error:
        raise BackupError(
            path,
            translate("Backups", "the caseload could not be read for a backup ({error})").format(
                error=error
            ),
            damaged=is_damage(error),
        ) from None
    except OSError as error:
        raise BackupError(
            path,
            translate("Backups", "cannot be written: {problem}").format(
                problem=error.strerror or error
            ),
        ) from None
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
                translate("Backups", "the backup did not verify and was deleted: {problem}").format(
                    problem=error.problem
                ),
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
            path,
            translate("Backups", "the backup could not be written ({error})").format(error=error),
            damaged=is_damage(error),
        ) from None
    except OSError as error:
        remove_with_side_files(temporary)
        raise BackupError(
            path,
            translate("Backups", "cannot be written: {problem}").format(
                problem=error.strerror or error
            ),
        ) from None
    except BaseException:
        remove_with_side_files(temporary)
        raise
    return BackupInfo(path, local_time(when or datetime.now()), path.stat().st_size)


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
                raise BackupError(
                    path,
                    translate("Backups", "is damaged ({detail})").format(detail=detail),
                    damaged=True,
                )
            shape = _shape(conn)
            if shape.application_id != APPLICATION_ID:
                raise BackupError(
                    path,
                    translate("Backups", "is not a carebook caseload (it is not marked as one)"),
                )
            if like is not None and shape != like:
                raise BackupError(
                    path,
                    translate(
                        "Backups",
                        "has schema version {version}, not {expected} like the caseload it copies",
                    ).format(version=shape.user_version, expected=like.user_version),
                )
            broken = _broken_links(conn)
            if broken and (source is None or _broken_links(source) != broken):
                raise BackupError(
                    path,
                    (
                        translate("Backups", "has 1 record linked to records that do not exist")
                        if broken == 1
                        else translate(
                            "Backups", "has {n} records linked to records that do not exist"
                        ).format(n=broken)
                    ),
                    damaged=True,
                )
        finally:
            conn.close()
    except ERRORS as error:
        raise BackupError(
            path,
            translate("Backups", "cannot be read ({error})").format(error=error),
            damaged=is_damage(error),
        ) from None
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


# -- restoring ---------------------------------------------------------------------------------
