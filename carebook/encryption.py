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

from carebook.domain import ValidationError

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
    # SQLCipher files are whole pages (of at least 512 bytes).
    return bool(header) and header != SQLITE_MAGIC and size >= 512 and size % 512 == 0


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Refuse a passphrase too short to protect health information, or mistyped."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(f"Choose a passphrase of at least {MIN_LENGTH} characters (a few "
                              "words are easier to remember than symbols).", "passphrase")
    if passphrase != passphrase.strip() or any(
            unicodedata.category(character).startswith("C") for character in passphrase):
        raise ValidationError("A passphrase cannot begin or end with a space or hold a control "
                              "character.", "passphrase")
    if repeated is not None and repeated != passphrase:
        raise ValidationError("The two passphrases are not the same; type them again.",
                              "repeated")


def key_statement(passphrase: str, schema: str = "main") -> str:
    """`PRAGMA key` for the passphrase (SQLite takes no parameters in a PRAGMA: quoted here)."""
    quoted = passphrase.replace("'", "''")
    return f"PRAGMA {schema}.key = '{quoted}'"


#: SQLite's sorts and temporary tables (an index being made, a large ORDER BY) stay in memory:
#: spilled to a temporary file they would hold patient data, unencrypted even for SQLCipher.
TEMPORARY_IN_MEMORY = "PRAGMA temp_store = MEMORY"


def open_protected(path: Path | str, passphrase: str, **options: Any) -> Any:
    """A SQLCipher connection to the protected file, its passphrase checked by a first read."""
    conn = sqlcipher3.connect(str(path), **options)
    try:
        conn.execute(TEMPORARY_IN_MEMORY)
        # A wrong passphrase is an everyday mistake, not an error to print on the terminal.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_statement(passphrase))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise WrongPassphrase(f"{path}: the passphrase is not right (or the file is not a "
                              "carebook caseload)") from None
    return conn


def protect(path: Path, passphrase: str) -> None:
    """Encrypt the plain caseload file at `path` with `passphrase`, in place."""
    check_new_passphrase(passphrase)
    _convert(path, lambda: sqlcipher3.connect(str(path)), passphrase)


def unprotect(path: Path, passphrase: str) -> None:
    """Decrypt the protected caseload file at `path` (its passphrase given), in place."""
    _convert(path, lambda: open_protected(path, passphrase), None)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Encrypt the protected file at `path` with `new` instead of `old`, in place."""
    check_new_passphrase(new)
    _convert(path, lambda: open_protected(path, old), new)


def _convert(path: Path, open_source: Callable[[], Any], passphrase: str | None) -> None:
    """Write the database at `path` anew, encrypted with `passphrase` (or plain when None),
    check it holds the same rows, and rename it over `path`."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.converting")
    _remove_with_side_files(temporary)
    source = open_source()
    try:
        # Everything still in the write-ahead log into the file first: the file alone is
        # then the whole database, and no -wal of the old file can be applied to the new one.
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        header = [source.execute(f"PRAGMA {name}").fetchone()[0]
                  for name in ("user_version", "application_id")]
        expected = _row_counts(source)
        source.execute("ATTACH DATABASE ? AS converted KEY ?",
                       [str(temporary), passphrase if passphrase is not None else ""])
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute(f"PRAGMA converted.user_version = {int(header[0])}")
        source.execute(f"PRAGMA converted.application_id = {int(header[1])}")
        source.execute("DETACH DATABASE converted")
    except BaseException:
        source.close()
        _remove_with_side_files(temporary)
        raise
    source.close()
    try:
        _verify(temporary, passphrase, expected)
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        _remove_with_side_files(temporary)
        raise
    for suffix in ("-wal", "-shm"):  # emptied by the checkpoint; they belong to the old file
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _verify(path: Path, passphrase: str | None, expected: dict[str, int]) -> None:
    conn: Any = (open_protected(path, passphrase) if passphrase is not None
                 else sqlite3.connect(str(path)))
    try:
        conn.execute(TEMPORARY_IN_MEMORY)
        verdict = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        found = _row_counts(conn)
    finally:
        conn.close()
    if verdict != "ok" or found != expected:
        raise sqlite3.DatabaseError("the converted caseload did not check out; the original is "
                                    "left as it was")


def _row_counts(conn: Any) -> dict[str, int]:
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables}


def _remove_with_side_files(path: Path) -> None:
    # caseload_file imports this module, so its helper is looked up when needed.
    from carebook.caseload_file import remove_with_side_files

    remove_with_side_files(path)
