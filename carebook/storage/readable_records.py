"""Checking that every record reads as carebook reads it: text that is UTF-8, dates, codes.

SQLite's own checks pass a file whose pages are sound but whose values are not: a damaged byte
inside a name (no longer UTF-8, which stops every export that meets it), a flipped digit in a
date ("2026-1r-07"), a status no vocabulary has. carebook reads each of those as an error, so
`carebook check` reads every value of every row the way the app does and names each record
that does not read, by its id only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from carebook.core.dates import out_of_range
from carebook.core.kinds import TABLES
from carebook.core.words import translate
from carebook.storage.records import from_row

_RECORD_CLASSES = {table: cls for cls, table in TABLES.items()}
#: A finding names at most this many records.
_LISTED = 8


def unreadable_records(conn: sqlite3.Connection) -> list[tuple[str, str, list[str]]]:
    """(table, what is wrong, the records it is wrong in) for every table with such records.

    What is wrong is "text" (a value that is not UTF-8) or "value" (a date, time or code that
    does not read, or a date outside the dates carebook keeps). Records are named by their id,
    or by their key columns.
    """
    found: list[tuple[str, str, list[str]]] = []
    previous = conn.text_factory
    conn.text_factory = _Text  # each value decoded here, so a bad one is found, not raised
    try:
        for table in _tables(conn):
            bad_text: list[str] = []
            bad_value: list[str] = []
            for name, row in _rows(conn, table):
                decoded = _decoded(row)
                if decoded is None:
                    bad_text.append(name)
                    continue
                cls = _RECORD_CLASSES.get(table)
                if cls is None:
                    continue
                try:
                    record: object = from_row(cls, decoded)
                except (ValueError, TypeError, KeyError):
                    bad_value.append(name)
                    continue
                if _out_of_range(record):
                    bad_value.append(name)
            if bad_text:
                found.append((table, "text", bad_text))
            if bad_value:
                found.append((table, "value", bad_value))
    finally:
        conn.text_factory = previous
    return found


def _out_of_range(record: object) -> bool:
    """Whether a date of the record lies outside the dates carebook keeps (a year 9999)."""
    for field in fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date) and out_of_range(value):
            return True
    return False


class _Text(bytes):
    """A TEXT value as SQLite holds it, not yet decoded (a BLOB stays plain bytes)."""


def listed(names: list[str]) -> str:
    """The first few record names, and how many more."""
    shown = ", ".join(names[:_LISTED])
    more = len(names) - _LISTED
    if more <= 0:
        return shown
    return translate("CheckFindings", "{shown} and {more} more").format(shown=shown, more=more)


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        _text(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]


def _rows(conn: sqlite3.Connection, table: str) -> Iterator[tuple[str, list[tuple[str, Any]]]]:
    """Each row of `table` with its name ("12", or "patient 3, contact 9" for a key of links)."""
    info = list(conn.execute(f'PRAGMA table_info("{table}")'))
    names = [_text(column[1]) for column in info]
    keys = [
        _text(column[1]) for column in sorted(info, key=lambda column: column[5]) if column[5]
    ] or (["id"] if "id" in names else [])
    cursor = conn.execute(f'SELECT * FROM "{table}"')
    for values in cursor:
        row = list(zip(names, values, strict=True))
        by_name = dict(row)
        if keys == ["id"] or (len(keys) == 1 and keys[0] in by_name):
            label = str(_plain_key(by_name[keys[0]]))
        elif keys:
            label = ", ".join(
                f"{key.removesuffix('_id')} {_plain_key(by_name[key])}" for key in keys
            )
        else:
            label = "a row without an id"
        yield label, row


def _plain_key(value: Any) -> Any:
    # A key column holds a number; a damaged text key is named by nothing of what it says.
    return value if isinstance(value, int) else "(unreadable)"


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _decoded(row: list[tuple[str, Any]]) -> dict[str, Any] | None:
    """The row as carebook reads it, or None when a text value is not UTF-8."""
    decoded = {}
    for name, value in row:
        if isinstance(value, _Text):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                return None
        decoded[name] = value
    return decoded
