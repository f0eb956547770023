"""Passphrase protection of caseload files at rest with SQLCipher: protect, change, remove.

A protected caseload is a SQLCipher database: every page is encrypted with a key derived from
the passphrase, so a lost laptop's file (or a backup of it) reads as noise to anyone else,
Python's own sqlite3 included. Converting writes a new file beside the old one, checks it,
and only then renames it into place, so a failed conversion leaves the caseload as it was.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from carebook.core.errors import ValidationError
from carebook.core.words import translate
from carebook.storage.side_files import remove_with_side_files

#: Every SQLite database starts with these bytes; a SQLCipher one starts with random salt.
SQLITE_MAGIC = b"SQLite format 3\x00"
MIN_LENGTH = 8


class WrongPassphrase(Exception):
    """The passphrase does not open the file (or the file is no database at all)."""


def looks_protected(path: Path) -> bool:
    """Whether the file is not plain SQLite and could be a protected caseload.

    It cannot be told from an unrelated file of random bytes without the passphrase; opening
    with one tells them apart.
    """
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
        size = Path(path).stat().st_size
    except OSError:
        return False
    # SQLCipher files are whole pages (of at least 512 bytes) and begin with 16 random bytes
    # of salt, never all zero (an empty disk image or a file of zeros is not a caseload).
    return (
        len(header) == len(SQLITE_MAGIC)
        and header != SQLITE_MAGIC
        and any(header)
        and size >= 512
        and size % 512 == 0
    )


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Refuse a passphrase too short to protect health information, or mistyped."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(
            translate(
                "Encryption",
                "Choose a passphrase of at least {n} characters (a few "
                "words are easier to remember than symbols).",
            ).format(n=MIN_LENGTH),
            "passphrase",
        )
    if passphrase != passphrase.strip() or any(
        unicodedata.category(character).startswith("C") for character in passphrase
    ):
        raise ValidationError(
            translate(
                "Encryption",
                "A passphrase cannot begin or end with a space or hold a control character.",
            ),
            "passphrase",
        )
    if repeated is not None and repeated != passphrase:
        raise ValidationError(
            translate("Encryption", "The two passphrases are not the same; type them again."),
            "repeated",
        )


def normal(passphrase: str) -> str:
    """The passphrase in Unicode's composed form (NFC), as every new key is made from it.

    "é" can be typed as one character or as "e" and an accent, and two keyboards (or a Mac's
    and a PC's) do not agree; both spellings must open the caseload.
    """
    return unicodedata.normalize("NFC", passphrase)


def _forms(passphrase: str) -> list[str]:
    """The spellings to try on an existing file: the composed form, then as typed and the
    decomposed form, which a caseload protected before passphrases were normalised may use."""
    forms: list[str] = []
    for form in (normal(passphrase), passphrase, unicodedata.normalize("NFD", passphrase)):
        if form not in forms:
            forms.append(form)
    return forms


class KeyedConnection(sqlcipher3.Connection):
    """A SQLCipher connection that knows the spelling of the passphrase that opened it."""

    #: Not called `passphrase`: a Store has that, and backups tell the two apart by it.
    key_text: str = ""


def key_statement(passphrase: str, schema: str = "main") -> str:
    """`PRAGMA key` for the passphrase (SQLite takes no parameters in a PRAGMA: quoted here)."""
    quoted = passphrase.replace("'", "''")
    return f"PRAGMA {schema}.key = '{quoted}'"


#: SQLite's sorts and temporary tables (an index being made, a large ORDER BY) stay in memory:
#: spilled to a temporary file they would hold patient data, unencrypted even for SQLCipher.
TEMPORARY_IN_MEMORY = "PRAGMA temp_store = MEMORY"


def open_protected(path: Path | str, passphrase: str, **options: Any) -> Any:
    """A SQLCipher connection to the protected file, its passphrase checked by a first read.

    Each spelling of the passphrase (see `normal`) is tried in turn; the connection's
    `key_text` is the one that opened it, for the backups made from it.
    """
    for form in _forms(passphrase):
        conn: Any = sqlcipher3.connect(str(path), factory=KeyedConnection, **options)
        try:
            conn.execute(TEMPORARY_IN_MEMORY)
            # A wrong passphrase is an everyday mistake, not an error to print on the terminal.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(key_statement(form))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            conn.close()
            continue
        conn.key_text = form
        return conn
    raise WrongPassphrase(
        translate(
            "Encryption",
            "{path}: the passphrase is not right (or the file is not a carebook caseload)",
        ).format(path=path)
    )


def opened_with(conn: Any, passphrase: str | None) -> str | None:
    """The spelling of `passphrase` that opened `conn` (None for a plain caseload)."""
    if passphrase is None:
        return None
    return getattr(conn, "key_text", None) or normal(passphrase)


def protect(path: Path, passphrase: str) -> None:
    """Encrypt the plain caseload file at `path` with `passphrase`, in place."""
    check_new_passphrase(passphrase)
    _convert(path, lambda: sqlcipher3.connect(str(path)), normal(passphrase))


def unprotect(path: Path, passphrase: str) -> None:
    """Decrypt the protected caseload file at `path` (its passphrase given), in place."""
    _convert(path, lambda: open_protected(path, passphrase), None)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Encrypt the protected file at `path` with `new` instead of `old`, in place."""
    check_new_passphrase(new)
    _convert(path, lambda: open_protected(path, old), normal(new))


class CaseloadInUse(Exception):
    """Another connection (a window, an export still reading) has the file open."""


def _convert(path: Path, open_source: Callable[[], Any], passphrase: str | None) -> None:
    """Write the database at `path` anew, encrypted with `passphrase` (or plain when None),
    check it holds the same rows, and rename it over `path`.

    Nobody else may have the file open meanwhile: an export still reading it would go on
    reading the old file (in the clear, after an encryption) and a window would write to it.
    SQLite lets a file leave WAL mode only when no other connection has it open, and the
    conversion then holds it exclusively until the new file is in place; else CaseloadInUse.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.converting")
    remove_with_side_files(temporary)
    source = open_source()
    try:
        _take_alone(source, path)
        header = [
            source.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("user_version", "application_id")
        ]
        expected = _row_counts(source)
        # Made owner-only before SQLite writes a byte of the caseload into it (its -journal
        # takes the same permissions); it is removed at the next open if this is cut short.
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        source.execute(
            "ATTACH DATABASE ? AS converted KEY ?",
            [str(temporary), passphrase if passphrase is not None else ""],
        )
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute(f"PRAGMA converted.user_version = {int(header[0])}")
        source.execute(f"PRAGMA converted.application_id = {int(header[1])}")
        source.execute("DETACH DATABASE converted")
        _verify(temporary, passphrase, expected)
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        source.close()
        remove_with_side_files(temporary)
        raise
    source.close()
    for suffix in ("-wal", "-shm"):  # emptied when it left WAL mode; they were the old file's
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def hold_alone(conn: Any) -> None:
    """Merge the -wal into the file and hold the file exclusively until `conn` closes.

    SQLite lets a file leave WAL mode only when no other connection has it open; otherwise
    this raises OperationalError ("database is locked") and the file is as it was.
    """
    conn.execute("PRAGMA busy_timeout = 1000")
    mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if str(mode).lower() != "delete":
        raise sqlite3.OperationalError("database is locked")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("COMMIT")


def _take_alone(conn: Any, path: Path) -> None:
    """Hold the file alone (`hold_alone`), or CaseloadInUse."""
    try:
        hold_alone(conn)
    except (sqlite3.OperationalError, sqlcipher3.OperationalError) as error:
        if "locked" in str(error) or "busy" in str(error):
            raise CaseloadInUse(
                translate(
                    "Encryption",
                    "{path} is open in carebook or being read (an export or a "
                    "report still running); let it finish or close it, then try "
                    "again. Nothing was changed.",
                ).format(path=path)
            ) from None
        raise


def _verify(path: Path, passphrase: str | None, expected: dict[str, int]) -> None:
    conn: Any = (
        open_protected(path, passphrase) if passphrase is not None else sqlite3.connect(str(path))
    )
    try:
        conn.execute(TEMPORARY_IN_MEMORY)
        verdict = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        found = _row_counts(conn)
    finally:
        conn.close()
    if verdict != "ok" or found != expected:
        raise sqlite3.DatabaseError(
            "the converted caseload did not check out; the original is left as it was"
        )


def _row_counts(conn: Any) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
    }


# -- files that are not databases, sealed under the passphrase ----------------------------------

#: Marks a sealed file ("CBSL"): a SQLCipher database holding one file's bytes.
SEALED_ID = 0x4342534C


def seal(path: Path, passphrase: str) -> Path:
    """Put the file at `path` (a damaged caseload, a log copy: not a database one could convert)
    inside a new file protected by `passphrase`, `<name>.sealed`, then remove the original.

    Its bytes are kept exactly, so `unseal` gives back the very file (to be repaired or read).
    """
    path = Path(path)
    content = path.read_bytes()
    target = path.with_name(path.name + ".sealed")
    temporary = path.with_name(path.name + ".sealing")
    remove_with_side_files(temporary)
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        conn = sqlcipher3.connect(str(temporary), isolation_level=None)
        try:
            conn.execute(TEMPORARY_IN_MEMORY)
            conn.execute(key_statement(normal(passphrase)))
            conn.execute("CREATE TABLE sealed_file (name TEXT NOT NULL, content BLOB NOT NULL)")
            conn.execute("INSERT INTO sealed_file VALUES (?, ?)", [path.name, content])
            conn.execute(f"PRAGMA application_id = {SEALED_ID}")
        finally:
            conn.close()
        if _sealed_content(temporary, passphrase) != (path.name, content):
            raise sqlite3.DatabaseError(f"{path.name} could not be sealed whole")
        _sync(temporary)
        os.replace(temporary, target)
    except BaseException:
        remove_with_side_files(temporary)
        raise
    path.unlink()
    return target


def unseal(path: Path, passphrase: str) -> Path:
    """Give back the file sealed in `path` under its own name, and remove the sealed one."""
    path = Path(path)
    name, content = _sealed_content(path, passphrase)
    target = path.with_name(Path(name).name)  # never anywhere but beside it
    temporary = path.with_name(f"{target.name}.unsealing")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    path.unlink()
    return target


def _sealed_content(path: Path, passphrase: str) -> tuple[str, bytes]:
    conn = open_protected(path, passphrase)
    try:
        row = conn.execute("SELECT name, content FROM sealed_file").fetchone()
    finally:
        conn.close()
    if row is None:
        raise sqlite3.DatabaseError(f"{path.name} holds no sealed file")
    return str(row[0]), bytes(row[1])


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
