"""Opening a caseload file safely: refuse what is not ours, set the pragmas, back up, migrate."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from carebook.migrations import APPLICATION_ID, KNOWN, migrations

_MAGIC = b"SQLite format 3\x00"
#: Files up to this size get a full quick_check before they are opened; larger ones get the cheap
#: structural checks here, and the whole check from `carebook check`.
QUICK_CHECK_LIMIT = 48 * 1024 * 1024


class CaseloadFileError(Exception):
    """A caseload file that cannot be opened; str() is one line naming the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        # SQLite's own messages can span lines ("*** in database main ***\nPage 5: …"); a dialog
        # title, a log line and the CLI all need one line.
        problem = " ".join(problem.split())
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def open_caseload(path: Path) -> Database:
    """Open (or create) the caseload at `path`, migrated to this version's schema.

    Any file that is not a healthy carebook caseload of this or an older version is refused with a
    CaseloadFileError before anything is written, so that it stays byte-for-byte as it was.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise CaseloadFileError(path, "is a folder, not a caseload file")
    if path.exists():
        if not path.is_file():
            # A pipe or a device would block or be consumed by the read below.
            raise CaseloadFileError(path, "is not a regular file, not a caseload file")
        existing = True
        _inspect_existing(path)
    else:
        existing = False
        folder = path.parent
        if not folder.is_dir():
            raise CaseloadFileError(path, f"the folder {folder} does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise CaseloadFileError(path, f"cannot create a caseload in {folder} (no permission)")
    if existing and not os.access(path, os.R_OK | os.W_OK):
        raise CaseloadFileError(path, "cannot be read and written (check the file's permissions)")
    try:
        conn = connect(path)
    except sqlite3.Error as error:
        raise CaseloadFileError(path, f"cannot be opened: {error}") from None
    try:
        _set_pragmas(conn)
        db = Database(conn)
        pending = migrations.pending(db)
        if pending:
            if existing and _has_tables(conn):
                backup_before_migration(conn, path, pending[0].name)
            else:
                # Mark the file as ours first, so a crash mid-way leaves a file carebook recognises.
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.apply(db)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {len(KNOWN)}")
    except sqlite3.Error as error:
        conn.close()
        raise CaseloadFileError(path, f"cannot be opened: {error}") from None
    return db


def connect(path: Path, passphrase: str | None = None, *,
            read_only: bool = False) -> sqlite3.Connection:
    """A raw connection to a file in the caseload's own format (a backup, a copy, the caseload).

    Every connection to a caseload-format file goes through here, so that one place knows how a
    caseload is read: with SQLite, or (once a caseload has a passphrase) with SQLCipher and its
    key. A backup must be written with the same library and key as the caseload it copies.
    """
    if passphrase is not None:
        raise NotImplementedError("passphrase-protected caseloads are not supported yet")
    if read_only:
        return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True,
                               isolation_level=None)
    return sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)


def _set_pragmas(conn: sqlite3.Connection) -> None:
    # WAL + FULL: a committed change survives a power cut; see DESIGN.md "Data safety settings".
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlite3.OperationalError(f"could not switch to WAL journal mode (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")
    # Give the disk back after a big write (an import, the sample) instead of keeping a huge WAL.
    conn.execute("PRAGMA journal_size_limit = 67108864")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")


def _has_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()
    return bool(row[0])


def _inspect_existing(path: Path) -> None:
    """Refuse a file that is not a healthy carebook caseload, reading it only."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise CaseloadFileError(path, f"cannot be read: {error.strerror}") from None
    if size == 0:
        raise CaseloadFileError(path, "is an empty file, not a carebook caseload")
    if not header.startswith(_MAGIC):
        raise CaseloadFileError(path, "is not a carebook caseload (it is not a SQLite database)")
    if len(header) < 100:
        raise CaseloadFileError(path, "is damaged: its header is cut short")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CaseloadFileError(path, "is damaged: its header is not valid")
    page_count = int.from_bytes(header[28:32], "big")
    count_is_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    if count_is_valid and page_count and size < page_count * page_size and not wal.exists():
        raise CaseloadFileError(path, "is damaged: the file is shorter than its contents")
    _refuse_foreign_or_newer(path, int.from_bytes(header[68:72], "big"),
                             int.from_bytes(header[60:64], "big"), has_tables=None)
    _inspect_contents(path, size)


def _refuse_foreign_or_newer(path: Path, application_id: int, user_version: int,
                             has_tables: bool | None) -> None:
    """Refuse another application's file, or one from a newer carebook."""
    if application_id not in (0, APPLICATION_ID):
        raise CaseloadFileError(path, "belongs to another application, not carebook")
    # carebook marks its files before it versions them, so an unmarked file with a version (or,
    # once its tables are known, with any tables) is another application's, not a newer carebook's.
    if application_id == 0 and (user_version or has_tables):
        raise CaseloadFileError(path, "is another application's database, not carebook's")
    if user_version > len(KNOWN):
        raise CaseloadFileError(
            path, "was written by a newer version of carebook; update carebook to open it")


def _inspect_contents(path: Path, size: int) -> None:
    uri = path.resolve().as_uri() + "?mode=ro"
    journals = [path.with_name(path.name + suffix) for suffix in ("-wal", "-journal")]
    if not any(journal.exists() for journal in journals):
        # Nothing is mid-write, so the file alone is the whole database: reading it as immutable
        # keeps SQLite from leaving -wal and -shm files beside a file that is then refused.
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise CaseloadFileError(path, f"cannot be read: {error}") from None
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        # Read again through SQLite: a -wal left by a crash can hold a newer first page.
        _refuse_foreign_or_newer(
            path, conn.execute("PRAGMA application_id").fetchone()[0],
            conn.execute("PRAGMA user_version").fetchone()[0], has_tables=bool(names))
        if "_sqlite_migrations" in names:
            applied = {row[0] for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                [migrations.name])}
            if applied - set(KNOWN):
                raise CaseloadFileError(
                    path, "was written by a newer version of carebook; update carebook to open it")
        if size <= QUICK_CHECK_LIMIT:
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                # The first line only says which schema ("*** in database main ***").
                detail = str(verdict).replace("*** in database main ***", "").strip()
                raise CaseloadFileError(path, f"is damaged ({detail})")
    except sqlite3.DatabaseError as error:
        raise CaseloadFileError(path, f"is damaged or not a caseload ({error})") from None
    finally:
        conn.close()


def backup_before_migration(conn: sqlite3.Connection, path: Path, step: str) -> Path:
    """Copy the caseload with SQLite's backup API before `step` changes its schema."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{step}-{stamp}.bak")
    destination = sqlite3.connect(str(target))
    try:
        conn.backup(destination)
        verdict = destination.execute("PRAGMA quick_check(1)").fetchone()[0]
    finally:
        destination.close()
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"the backup before {step} did not verify ({verdict})")
    return target
