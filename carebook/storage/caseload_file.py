"""Opening a caseload file safely: refuse what is not ours, set the pragmas, back up, migrate.

The parts live in modules of their own, below this one: `file_errors` (what can go wrong),
`inspection` (refusing, by reading only), `connection` (SQLite or SQLCipher, pragmas),
`side_files` (the -wal, -shm and -journal), and `backups` (the copy made before a migration).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from carebook.core.words import translate
from carebook.storage import encryption, leftovers
from carebook.storage.backups import BackupError, write_verified
from carebook.storage.connection import connect, read_text_leniently, set_pragmas
from carebook.storage.database import CaseloadDatabase
from carebook.storage.file_errors import ERRORS, CaseloadFileError, is_damage
from carebook.storage.inspection import (
    inspect_existing,
    passphrase_to_open,
    refuse_broken_link,
    wrong_passphrase,
)
from carebook.storage.schema import APPLICATION_ID, SCHEMA_VERSION, migrations


def open_caseload(
    path: Path, passphrase: str | None = None, notices: list[str] | None = None
) -> CaseloadDatabase:
    """Open (or create) the caseload at `path`, migrated to this version's schema.

    Any file that is not a healthy carebook caseload of this or an older version is refused with a
    CaseloadFileError before anything is written, so that it stays byte-for-byte as it was. A
    protected caseload needs its `passphrase` (a plain one ignores it); a new caseload given a
    passphrase is created protected. A new caseload is made readable by its owner only, and an
    existing one (with its SQLite files) is tightened to that. What a crash left beside it is
    dealt with (see carebook.storage.leftovers), and what the user should know of it is added to
    `notices`.
    """
    path = Path(path).expanduser()
    refuse_broken_link(path)
    if path.is_dir():
        raise CaseloadFileError(path, translate("CaseloadFile", "is a folder, not a caseload file"))
    if path.exists():
        if not path.is_file():
            # A pipe or a device would block or be consumed by the read below.
            raise CaseloadFileError(
                path, translate("CaseloadFile", "is not a regular file, not a caseload file")
            )
        existing = True
        passphrase = passphrase_to_open(path, passphrase)
        inspect_existing(path, passphrase)
        leftovers.tighten(path)
    else:
        existing = False
        folder = path.parent
        if not folder.is_dir():
            raise CaseloadFileError(path, f"the folder {folder} does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise CaseloadFileError(path, f"cannot create a caseload in {folder} (no permission)")
    if existing and not os.access(path, os.R_OK | os.W_OK):
        raise CaseloadFileError(
            path,
            translate("CaseloadFile", "cannot be read and written (check the file's permissions)"),
        )
    said = leftovers.tidy(path)
    if notices is not None:
        notices.extend(said)
    if not existing:
        _create_private(path)
    try:
        conn = connect(path, passphrase)
    except encryption.WrongPassphrase:
        raise wrong_passphrase(path) from None
    except ERRORS as error:
        raise CaseloadFileError(path, _cannot_open(error), damaged=is_damage(error)) from None
    read_text_leniently(conn)
    try:
        set_pragmas(conn)
        if len(migrations.applied(conn)) < SCHEMA_VERSION:
            _migrate(conn, path, existing, passphrase)
    except ERRORS as error:
        conn.close()
        raise CaseloadFileError(path, _cannot_open(error), damaged=is_damage(error)) from None
    return CaseloadDatabase(conn)


def _migrate(conn: sqlite3.Connection, path: Path, existing: bool, passphrase: str | None) -> None:
    """Bring the caseload's layout up to date, after a verified backup of an older one."""
    # Loaded only here: the steps' modules are not needed to open an up-to-date caseload.
    from carebook.storage.migrations import KNOWN

    pending = migrations.pending(conn)
    if not pending:
        return
    fresh = not (existing and _has_tables(conn))
    if not fresh:
        backup_before_migration(conn, path, pending[0], passphrase)
    else:
        # Mark the file as ours first, so a crash mid-way leaves a file carebook recognises.
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        # A new file is made with a rollback journal, which holds next to nothing for pages
        # that were empty, where the write-ahead log would hold every page of the schema again
        # and again: a new caseload fits wherever the empty one does.
        conn.execute("PRAGMA journal_mode = DELETE")
    migrations.apply(conn)
    later = pending[pending.index(SYNC_STEP) + 1 :] if SYNC_STEP in pending else pending
    if later:
        # A step after the one that brought sync may have changed a shared table: its
        # triggers are made again from the tables as they now are, so a new column travels.
        from carebook.storage import sync_capture

        with conn:
            sync_capture.install(conn)
    if fresh:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {len(KNOWN)}")


#: The step that made the sync triggers (they are made again after any later step).
SYNC_STEP = "m016_team_sync"


def _create_private(path: Path) -> None:
    """Make the new caseload's file readable by its owner only before anything is in it.

    SQLite gives its -wal, -shm and -journal the permissions of the database file, so they are
    private too. An empty file is a new database to SQLite.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # made meanwhile by another carebook: opening it goes on as usual
    except OSError as error:
        raise CaseloadFileError(path, f"cannot be made: {error.strerror or error}") from None


def _cannot_open(error: Exception) -> str:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == sqlite3.SQLITE_FULL:
        return "cannot be made or brought up to date: the disk is full; free some space"
    return f"cannot be opened: {error}"


def _has_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return bool(row[0])


def backup_before_migration(
    conn: sqlite3.Connection, path: Path, step: str, passphrase: str | None = None
) -> Path:
    """Copy the caseload with SQLite's backup API before `step` changes its schema.

    The copy goes beside the caseload, verified like every backup (see backups.write_verified);
    one that does not verify is deleted and raises sqlite3.DatabaseError, which stops the
    migration. A protected caseload's copy is protected with the same passphrase.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{step}-{stamp}.bak")
    try:
        write_verified(conn, target, passphrase=passphrase)
    except BackupError as error:
        raise sqlite3.DatabaseError(
            f"the backup before {step} did not verify ({error.problem})"
        ) from None
    return target
