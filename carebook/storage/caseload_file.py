"""Opening a caseload file safely: refuse what is not ours, set the pragmas, back up, migrate."""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import cast

import sqlcipher3
from sqlite_utils import Database

from carebook.storage import encryption, leftovers
from carebook.storage.migrations import APPLICATION_ID, KNOWN, migrations

#: The errors of both libraries a caseload is read with: SQLite's, and SQLCipher's (which are
#: classes of its own, not SQLite's), for `except` clauses anywhere a caseload is used.
ERRORS = (sqlite3.Error, sqlcipher3.Error)
DATABASE_ERRORS = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
OPERATIONAL_ERRORS = (sqlite3.OperationalError, sqlcipher3.OperationalError)
INTEGRITY_ERRORS = (sqlite3.IntegrityError, sqlcipher3.IntegrityError)

_MAGIC = b"SQLite format 3\x00"
#: Files up to this size get a full quick_check before they are opened; larger ones get the cheap
#: structural checks here, and the whole check from `carebook check`.
QUICK_CHECK_LIMIT = 48 * 1024 * 1024


class CaseloadFileError(Exception):
    """A caseload file that cannot be opened; str() is one line naming the file and the problem.

    `damaged` is True when the file is carebook's (or a SQLite file) but its contents are broken,
    `not_a_database` when it holds no database at all (empty, or something written over it),
    rather than someone else's file or one from a newer carebook: the window then offers to set
    it aside (`set_aside`) and to restore the newest good backup. `needs_passphrase` says the file
    is protected and no passphrase was given; `wrong_passphrase` that the one given does not
    open it: both ask for the passphrase (again), the file untouched.
    """

    def __init__(
        self,
        path: Path,
        problem: str,
        *,
        damaged: bool = False,
        needs_passphrase: bool = False,
        wrong_passphrase: bool = False,
        not_a_database: bool = False,
    ) -> None:
        # SQLite's own messages can span lines ("*** in database main ***\nPage 5: …"); a dialog
        # title, a log line and the CLI all need one line.
        problem = " ".join(problem.split())
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.damaged = damaged
        self.needs_passphrase = needs_passphrase
        self.wrong_passphrase = wrong_passphrase
        #: The file is not a database at all (empty, or other bytes written over it): once the
        #: caseload, it can be set aside and restored like a damaged one.
        self.not_a_database = not_a_database


def open_caseload(
    path: Path, passphrase: str | None = None, notices: list[str] | None = None
) -> Database:
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
    _refuse_broken_link(path)
    if path.is_dir():
        raise CaseloadFileError(path, "is a folder, not a caseload file")
    if path.exists():
        if not path.is_file():
            # A pipe or a device would block or be consumed by the read below.
            raise CaseloadFileError(path, "is not a regular file, not a caseload file")
        existing = True
        passphrase = _passphrase_for(path, passphrase)
        _inspect_existing(path, passphrase)
        leftovers.tighten(path)
    else:
        existing = False
        folder = path.parent
        if not folder.is_dir():
            raise CaseloadFileError(path, f"the folder {folder} does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise CaseloadFileError(path, f"cannot create a caseload in {folder} (no permission)")
    if existing and not os.access(path, os.R_OK | os.W_OK):
        raise CaseloadFileError(path, "cannot be read and written (check the file's permissions)")
    said = leftovers.tidy(path)
    if notices is not None:
        notices.extend(said)
    if not existing:
        _create_private(path)
    try:
        conn = connect(path, passphrase)
    except encryption.WrongPassphrase:
        raise _wrong_passphrase(path) from None
    except ERRORS as error:
        raise CaseloadFileError(path, _cannot_open(error), damaged=is_damage(error)) from None
    read_text_leniently(conn)
    try:
        _set_pragmas(conn)
        db = Database(conn)
        pending = migrations.pending(db)
        if pending:
            if existing and _has_tables(conn):
                backup_before_migration(conn, path, pending[0].name, passphrase)
            else:
                # Mark the file as ours first, so a crash mid-way leaves a file carebook recognises.
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.apply(db)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {len(KNOWN)}")
    except ERRORS as error:
        conn.close()
        raise CaseloadFileError(path, _cannot_open(error), damaged=is_damage(error)) from None
    return db


def _refuse_broken_link(path: Path) -> None:
    """A symbolic link to a missing file, or in a loop, is not a place to make a caseload."""
    if path.is_symlink() and not path.exists():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # Python 3.11 says a loop this way
            why = "goes round in a loop of links"
        except OSError as error:
            why = (
                "goes round in a loop of links"
                if error.errno == errno.ELOOP
                else "leads to a file that does not exist"
            )
        else:
            return
        raise CaseloadFileError(
            path, f"is a symbolic link that {why}; give the caseload's real path"
        )


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


def _passphrase_for(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to open an existing file with: None for a plain file, whatever is given."""
    if not encryption.looks_protected(path):
        return None
    if passphrase is None:
        # Without the passphrase, a protected file cannot be told from one of random bytes.
        raise CaseloadFileError(
            path,
            "is not a SQLite database as it stands: it is protected "
            "by a passphrase (give it to open the caseload), or it is not a "
            "carebook caseload at all",
            needs_passphrase=True,
        )
    return passphrase


def _wrong_passphrase(path: Path) -> CaseloadFileError:
    return CaseloadFileError(
        path,
        "the passphrase is not right (or the file is not a carebook caseload); nothing was changed",
        wrong_passphrase=True,
    )


def connect(
    path: Path, passphrase: str | None = None, *, read_only: bool = False
) -> sqlite3.Connection:
    """A raw connection to a file in the caseload's own format (a backup, a copy, the caseload).

    Every connection to a caseload-format file goes through here, so that one place knows how a
    caseload is read: with SQLite, or (once a caseload has a passphrase) with SQLCipher and its
    key. A backup must be written with the same library and key as the caseload it copies.

    `read_only` is for a file no carebook is writing (a backup, a file to restore, a file being
    checked): when nothing is mid-write beside it (no -wal or -journal) it is read as immutable,
    so that reading it leaves no -wal and -shm files behind; otherwise SQLite reads the -wal too.
    """
    target, options = str(path), {"isolation_level": None, "check_same_thread": False}
    if read_only:
        path = Path(path)
        target = path.resolve().as_uri() + "?mode=ro"
        if not any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal")):
            target += "&immutable=1"
        options["uri"] = True
    if passphrase is not None:
        # SQLCipher's connection has the same interface as sqlite3's.
        return cast(sqlite3.Connection, encryption.open_protected(target, passphrase, **options))
    conn = sqlite3.connect(target, **options)  # type: ignore[arg-type]
    conn.execute(encryption.TEMPORARY_IN_MEMORY)
    return conn


def read_text_leniently(conn: sqlite3.Connection) -> None:
    """Read text that is not UTF-8 (a damaged byte) with U+FFFD in its place, and count it.

    SQLite's default would stop every list, export and report that meets such a value, with a
    message quoting the row. The damage stays visible (the replacement character shows where),
    `damaged_text_count` tells the command line and the window to say so, and `carebook check`
    names the records.
    """
    damaged = [0]

    def read(raw: bytes) -> str:
        try:
            return raw.decode()
        except UnicodeDecodeError:
            damaged[0] += 1
            return raw.decode("utf-8", "replace")

    read.damaged = damaged  # type: ignore[attr-defined]
    conn.text_factory = read


def damaged_text_count(conn: sqlite3.Connection) -> int:
    """How many damaged text values `conn` has read so far (see `read_text_leniently`)."""
    counter = getattr(conn.text_factory, "damaged", None)
    return counter[0] if counter else 0


#: What the command line and the window say when they have read damaged text.
DAMAGED_TEXT = (
    "some text in the caseload is damaged (not readable as written) and is shown "
    "with \ufffd where it is; run `carebook check` to see which records, and retype "
    "those values"
)


def _cannot_open(error: Exception) -> str:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == sqlite3.SQLITE_FULL:
        return "cannot be made or brought up to date: the disk is full; free some space"
    return f"cannot be opened: {error}"


def is_damage(error: Exception) -> bool:
    """True for SQLite's "malformed" and "not a database" errors (the file's contents are bad)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


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
        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return bool(row[0])


def inspect(path: Path, passphrase: str | None = None) -> None:
    """Refuse (CaseloadFileError) a file that is not a healthy carebook caseload, reading it only.

    What `open_caseload` checks before it writes anything, for a file that must not be opened
    for writing: a backup to verify, a file to restore from, a caseload to check.
    """
    path = Path(path).expanduser()
    _refuse_broken_link(path)
    if path.is_dir():
        raise CaseloadFileError(path, "is a folder, not a caseload file")
    if not path.exists():
        raise CaseloadFileError(path, "does not exist")
    if not path.is_file():
        raise CaseloadFileError(path, "is not a regular file, not a caseload file")
    _inspect_existing(path, _passphrase_for(path, passphrase))


def _inspect_existing(path: Path, passphrase: str | None = None) -> None:
    """Refuse a file that is not a healthy carebook caseload, reading it only."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise CaseloadFileError(path, f"cannot be read: {error.strerror}") from None
    if size == 0:
        raise CaseloadFileError(
            path, "is an empty file, not a carebook caseload", not_a_database=True
        )
    if passphrase is not None:  # the header is encrypted too: SQLCipher reads and checks it
        _inspect_contents(path, size, passphrase)
        return
    if not header.startswith(_MAGIC):
        raise CaseloadFileError(
            path, "is not a carebook caseload (it is not a SQLite database)", not_a_database=True
        )
    if len(header) < 100:
        raise CaseloadFileError(path, "is damaged: its header is cut short", damaged=True)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CaseloadFileError(path, "is damaged: its header is not valid", damaged=True)
    page_count = int.from_bytes(header[28:32], "big")
    count_is_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    if count_is_valid and page_count and size < page_count * page_size and not wal.exists():
        raise CaseloadFileError(
            path, "is damaged: the file is shorter than its contents", damaged=True
        )
    _refuse_foreign_or_newer(
        path,
        int.from_bytes(header[68:72], "big"),
        int.from_bytes(header[60:64], "big"),
        has_tables=None,
    )
    _inspect_contents(path, size)


def _refuse_foreign_or_newer(
    path: Path, application_id: int, user_version: int, has_tables: bool | None
) -> None:
    """Refuse another application's file, or one from a newer carebook."""
    if application_id not in (0, APPLICATION_ID):
        raise CaseloadFileError(path, "belongs to another application, not carebook")
    # carebook marks its files before it versions them, so an unmarked file with a version (or,
    # once its tables are known, with any tables) is another application's, not a newer carebook's.
    if application_id == 0 and (user_version or has_tables):
        raise CaseloadFileError(path, "is another application's database, not carebook's")
    if user_version > len(KNOWN):
        raise CaseloadFileError(
            path, "was written by a newer version of carebook; update carebook to open it"
        )


def _inspect_contents(path: Path, size: int, passphrase: str | None = None) -> None:
    try:
        # When nothing is mid-write the file alone is the whole database, and it is read as
        # immutable, which keeps SQLite from leaving -wal and -shm files beside a refused file.
        conn = connect(path, passphrase, read_only=True)
    except encryption.WrongPassphrase:
        raise _wrong_passphrase(path) from None
    except ERRORS as error:
        raise CaseloadFileError(path, f"cannot be read: {error}") from None
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        # Read again through SQLite: a -wal left by a crash can hold a newer first page.
        _refuse_foreign_or_newer(
            path,
            conn.execute("PRAGMA application_id").fetchone()[0],
            conn.execute("PRAGMA user_version").fetchone()[0],
            has_tables=bool(names),
        )
        if "_sqlite_migrations" in names:
            applied = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [migrations.name]
                )
            }
            if applied - set(KNOWN):
                raise CaseloadFileError(
                    path, "was written by a newer version of carebook; update carebook to open it"
                )
        if size <= QUICK_CHECK_LIMIT:
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                # The first line only says which schema ("*** in database main ***").
                detail = str(verdict).replace("*** in database main ***", "").strip()
                raise CaseloadFileError(path, f"is damaged ({detail})", damaged=True)
    except DATABASE_ERRORS as error:
        raise CaseloadFileError(
            path, f"is damaged or not a caseload ({error})", damaged=is_damage(error)
        ) from None
    finally:
        conn.close()


#: The files SQLite keeps beside a database while it is open or mid-write, which belong to it.
SIDE_FILES = ("-wal", "-journal", "-shm")


def remove_with_side_files(path: Path) -> None:
    """Delete a caseload-format file carebook made and gave up on, with its side files."""
    for suffix in ("", *SIDE_FILES):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def set_aside(path: Path) -> Path:
    """Rename a damaged caseload to `<name>.damaged`, untouched, with its side files; its new path.

    The -wal (changes not yet merged into the file), -journal and -shm move with it and keep their
    pairing (`<name>.damaged-wal`), so that nothing in them is lost, and nothing is left under the
    old name for a new or restored caseload to be paired with: SQLite would replay an old -wal
    into whatever file next takes that name. If `<name>.damaged` is taken, `.damaged-2`, … is
    used. Every connection to the file must be closed first.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise FileNotFoundError(f"{path} is not a file that can be set aside")
    number = 1
    while True:
        target = path.with_name(path.name + (".damaged" if number == 1 else f".damaged-{number}"))
        if not any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
            break
        number += 1
    # The -wal and -journal go first: if the computer stops part-way, none of them is left under
    # the old name, paired with the next file to take it. The -shm (only an index of the -wal,
    # rebuilt from it) goes last.
    for suffix in ("-wal", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.rename(side, f"{target}{suffix}")
    os.rename(path, target)
    shm = Path(f"{path}-shm")
    if shm.exists():
        os.rename(shm, f"{target}-shm")
    sync_folder(path.parent)
    return target


def sync_folder(folder: Path) -> None:
    """Make the renames and new files in `folder` durable (POSIX; Windows has no such call)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def backup_before_migration(
    conn: sqlite3.Connection, path: Path, step: str, passphrase: str | None = None
) -> Path:
    """Copy the caseload with SQLite's backup API before `step` changes its schema.

    The copy goes beside the caseload, verified like every backup (see backups.write_verified);
    one that does not verify is deleted and raises sqlite3.DatabaseError, which stops the
    migration. A protected caseload's copy is protected with the same passphrase.
    """
    from carebook.storage.backups import (  # backups builds on this module
        BackupError,
        write_verified,
    )

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{step}-{stamp}.bak")
    try:
        write_verified(conn, target, passphrase=passphrase)
    except BackupError as error:
        raise sqlite3.DatabaseError(
            f"the backup before {step} did not verify ({error.problem})"
        ) from None
    return target
