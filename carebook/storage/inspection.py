"""Refusing, by reading only, a file that is not a healthy carebook caseload (this or older)."""

from __future__ import annotations

import errno
from pathlib import Path

from carebook.core.words import translate
from carebook.storage import encryption
from carebook.storage.connection import connect
from carebook.storage.file_errors import (
    DATABASE_ERRORS,
    ERRORS,
    CaseloadFileError,
    is_damage,
)
from carebook.storage.schema import APPLICATION_ID, SCHEMA_VERSION, migrations

_MAGIC = b"SQLite format 3\x00"


#: Files up to this size get a full quick_check before they are opened; larger ones get the cheap
#: structural checks here, and the whole check from `carebook check`.
QUICK_CHECK_LIMIT = 48 * 1024 * 1024


def refuse_broken_link(path: Path) -> None:
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
            path,
            translate(
                "Inspection", "is a symbolic link that {why}; give the caseload's real path"
            ).format(why=why),
        )


def passphrase_to_open(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to open an existing file with: None for a plain file, whatever is given."""
    if not encryption.looks_protected(path):
        return None
    if passphrase is None:
        # Without the passphrase, a protected file cannot be told from one of random bytes.
        raise CaseloadFileError(
            path,
            translate(
                "Inspection",
                "is not a SQLite database as it stands: it is protected "
                "by a passphrase (give it to open the caseload), or it is not a "
                "carebook caseload at all",
            ),
            needs_passphrase=True,
        )
    return passphrase


def wrong_passphrase(path: Path) -> CaseloadFileError:
    return CaseloadFileError(
        path,
        translate(
            "Inspection",
            "the passphrase is not right (or the file is not a "
            "carebook caseload); nothing was changed",
        ),
        wrong_passphrase=True,
    )


def inspect(path: Path, passphrase: str | None = None) -> None:
    """Refuse (CaseloadFileError) a file that is not a healthy carebook caseload, reading it only.

    What `open_caseload` checks before it writes anything, for a file that must not be opened
    for writing: a backup to verify, a file to restore from, a caseload to check.
    """
    path = Path(path).expanduser()
    refuse_broken_link(path)
    if path.is_dir():
        raise CaseloadFileError(path, translate("Inspection", "is a folder, not a caseload file"))
    if not path.exists():
        raise CaseloadFileError(path, translate("Inspection", "does not exist"))
    if not path.is_file():
        raise CaseloadFileError(
            path, translate("Inspection", "is not a regular file, not a caseload file")
        )
    inspect_existing(path, passphrase_to_open(path, passphrase))


def inspect_existing(path: Path, passphrase: str | None = None) -> None:
    """Refuse a file that is not a healthy carebook caseload, reading it only."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise CaseloadFileError(path, f"cannot be read: {error.strerror}") from None
    if size == 0:
        raise CaseloadFileError(
            path,
            translate("Inspection", "is an empty file, not a carebook caseload"),
            not_a_database=True,
        )
    if passphrase is not None:  # the header is encrypted too: SQLCipher reads and checks it
        _inspect_contents(path, size, passphrase)
        return
    if not header.startswith(_MAGIC):
        raise CaseloadFileError(
            path,
            translate("Inspection", "is not a carebook caseload (it is not a SQLite database)"),
            not_a_database=True,
        )
    if len(header) < 100:
        raise CaseloadFileError(
            path, translate("Inspection", "is damaged: its header is cut short"), damaged=True
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CaseloadFileError(
            path, translate("Inspection", "is damaged: its header is not valid"), damaged=True
        )
    page_count = int.from_bytes(header[28:32], "big")
    count_is_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    if count_is_valid and page_count and size < page_count * page_size and not wal.exists():
        raise CaseloadFileError(
            path,
            translate("Inspection", "is damaged: the file is shorter than its contents"),
            damaged=True,
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
        raise CaseloadFileError(
            path, translate("Inspection", "belongs to another application, not carebook")
        )
    # carebook marks its files before it versions them, so an unmarked file with a version (or,
    # once its tables are known, with any tables) is another application's, not a newer carebook's.
    if application_id == 0 and (user_version or has_tables):
        raise CaseloadFileError(
            path, translate("Inspection", "is another application's database, not carebook's")
        )
    if user_version > SCHEMA_VERSION:
        raise CaseloadFileError(
            path,
            translate(
                "Inspection",
                "was written by a newer version of carebook; update carebook to open it",
            ),
        )


def _inspect_contents(path: Path, size: int, passphrase: str | None = None) -> None:
    try:
        # When nothing is mid-write the file alone is the whole database, and it is read as
        # immutable, which keeps SQLite from leaving -wal and -shm files beside a refused file.
        conn = connect(path, passphrase, read_only=True)
    except encryption.WrongPassphrase:
        raise wrong_passphrase(path) from None
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
            # Steps are only ever added, each once: more than this carebook knows is newer.
            if len(applied) > SCHEMA_VERSION:
                raise CaseloadFileError(
                    path,
                    translate(
                        "Inspection",
                        "was written by a newer version of carebook; update carebook to open it",
                    ),
                )
        if size <= QUICK_CHECK_LIMIT:
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                # The first line only says which schema ("*** in database main ***").
                detail = str(verdict).replace("*** in database main ***", "").strip()
                raise CaseloadFileError(path, f"is damaged ({detail})", damaged=True)
    except DATABASE_ERRORS as error:
        raise CaseloadFileError(
            path,
            translate("Inspection", "is damaged or not a caseload ({error})").format(error=error),
            damaged=is_damage(error),
        ) from None
    finally:
        conn.close()
