"""A connection to a file in the caseload's format: SQLite or SQLCipher, pragmas, lenient text."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import cast

from carebook.core.words import QT_TRANSLATE_NOOP
from carebook.storage import encryption


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


#: What the command line and the window say when they have read damaged text (translated
#: where shown, in context "Connection").
DAMAGED_TEXT = QT_TRANSLATE_NOOP(
    "Connection",
    "some text in the caseload is damaged (not readable as written) and is shown "
    "with � where it is; run `carebook check` to see which records, and retype "
    "those values",
)


def set_pragmas(conn: sqlite3.Connection) -> None:
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
