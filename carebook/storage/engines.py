"""The database engines carebook runs on, by version: SQLite and SQLCipher (for Help → About)."""

from __future__ import annotations

import sqlite3

import sqlcipher3


def engine_versions() -> dict[str, str]:
    """SQLite's version as Python links it, and SQLCipher's ("" where it cannot be told)."""
    cipher = ""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        cipher = str(row[0]) if row else ""
    except sqlcipher3.Error:
        pass  # a build that cannot say: "" as above
    finally:
        conn.close()
    return {"SQLite": sqlite3.sqlite_version, "SQLCipher": cipher}
