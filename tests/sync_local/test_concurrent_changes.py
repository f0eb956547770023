"""Every pair of changes two computers make to one record before they sync, on every kind:
both outcomes stay visible (merged, in the record's history, or as a conflict to settle)."""

from __future__ import annotations

import sqlite3

import pytest

from carebook.storage.sync_conflicts import open_conflicts, settle
from carebook.storage.sync_tables import clinical_fields, shared_tables
from carebook.store.caseload import Store

from .exchange import alias_free_tables, rows
from .exchange import settle as exchange

STAMPS = {"created_at", "updated_at"}


def _editable(conn: sqlite3.Connection, table: str, uid: str) -> list[str]:
    """Text fields of the row that take a changed value (its checks allowing)."""
    shared = {t.name: t for t in shared_tables(conn)}[table]
    found = []
    for field in shared.fields:
        if field.parent is not None or field.name in STAMPS or field.name in shared.keys:
            continue
        value = conn.execute(f"SELECT {field.name} FROM {table} WHERE uid = ?", [uid]).fetchone()[0]
        if not isinstance(value, str) or not value:
            continue
        conn.execute("SAVEPOINT probe")
        try:
            conn.execute(
                f"UPDATE {table} SET {field.name} = {field.name} || '~' WHERE uid = ?", [uid]
            )
            found.append(field.name)
        except sqlite3.DatabaseError:
            pass
        conn.execute("ROLLBACK TO probe")
        conn.execute("RELEASE probe")
    return found


def _deletable(conn: sqlite3.Connection, table: str, uid: str) -> bool:
    conn.execute("SAVEPOINT probe")
    try:
        conn.execute(f"DELETE FROM {table} WHERE uid = ?", [uid])
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.execute("ROLLBACK TO probe")
        conn.execute("RELEASE probe")


def _first(conn: sqlite3.Connection, table: str) -> str:
    row = conn.execute(f"SELECT min(uid) FROM {table}").fetchone()
    if row[0] is None:
        pytest.skip(f"the sample has no {table}")
    return str(row[0])


def _deletable_row(conn: sqlite3.Connection, table: str, *, editable: bool) -> str:
    """A record the file lets go (not an issued invoice's, not a billed hour's), editable too
    when asked."""
    for (uid,) in conn.execute(f"SELECT uid FROM {table} ORDER BY uid LIMIT 60").fetchall():
        if _deletable(conn, table, uid) and (not editable or _editable(conn, table, uid)):
            return str(uid)
    pytest.skip(f"no {table} record of the sample can be deleted")


def _set(store: Store, table: str, uid: str, field: str, value: str) -> None:
    store.conn.execute(f"UPDATE {table} SET {field} = ? WHERE uid = ?", [value, uid])


def _value(store: Store, table: str, uid: str, field: str) -> object:
    row = store.conn.execute(f"SELECT {field} FROM {table} WHERE uid = ?", [uid]).fetchone()
    return None if row is None else row[0]


def _is_clinical(table: str, field: str) -> bool:
    listed = clinical_fields().get(table, ())
    return "*" in listed or field in listed


TABLES = alias_free_tables()


@pytest.mark.parametrize("table", TABLES)
def test_the_same_field_changed_on_both(stores: tuple[Store, Store], table: str) -> None:
    a, b = stores
    uid = _first(a.conn, table)
    fields = _editable(a.conn, table, uid)
    if not fields:
        pytest.skip(f"no text field of {table} takes a change")
    field = fields[0]
    old = _value(a, table, uid, field)
    _set(a, table, uid, field, f"{old} (office)")
    _set(b, table, uid, field, f"{old} (laptop)")
    exchange(a, b)
    assert _value(a, table, uid, field) == _value(b, table, uid, field)
    kept = {_value(a, table, uid, field)}
    if _is_clinical(table, field):
        for store, mine, theirs in ((a, "office", "laptop"), (b, "laptop", "office")):
            [found] = [c for c in open_conflicts(store.conn) if c.uid == uid]
            assert (found.field, found.mine, found.theirs) == (
                field,
                f"{old} ({mine})",
                f"{old} ({theirs})",
            )
    else:
        assert open_conflicts(a.conn) == open_conflicts(b.conn) == []
        for store in (a, b):
            lost = store.conn.execute(
                "SELECT value FROM sync_history WHERE uid = ? AND field = ?", [uid, field]
            ).fetchall()
            seen = {text for (text,) in lost} | {repr(v) for v in kept}
            assert any("(office)" in text for text in seen)
            assert any("(laptop)" in text for text in seen)


@pytest.mark.parametrize("table", TABLES)
def test_different_fields_changed_on_each_both_win(stores: tuple[Store, Store], table: str) -> None:
    a, b = stores
    uid = _first(a.conn, table)
    fields = _editable(a.conn, table, uid)
    if len(fields) < 2:
        pytest.skip(f"{table} has fewer than two text fields that take a change")
    first, second = fields[:2]
    _set(a, table, uid, first, f"{_value(a, table, uid, first)}~office")
    _set(b, table, uid, second, f"{_value(b, table, uid, second)}~laptop")
    exchange(a, b)
    assert rows(a.conn, table)[uid] == rows(b.conn, table)[uid]
    assert str(_value(a, table, uid, first)).endswith("~office")
    assert str(_value(a, table, uid, second)).endswith("~laptop")
    assert open_conflicts(a.conn) == open_conflicts(b.conn) == []


@pytest.mark.parametrize("table", TABLES)
def test_an_edit_against_a_delete_is_a_conflict_on_both(
    stores: tuple[Store, Store], table: str
) -> None:
    a, b = stores
    uid = _deletable_row(a.conn, table, editable=True)
    field = _editable(a.conn, table, uid)[0]
    edited = f"{_value(a, table, uid, field)}~office"
    _set(a, table, uid, field, edited)
    b.conn.execute(f"DELETE FROM {table} WHERE uid = ?", [uid])
    exchange(a, b)
    assert _value(a, table, uid, field) == edited
    assert [c.what for c in open_conflicts(a.conn) if c.uid == uid] == ["deleted_there"]
    [deleted_here] = [c for c in open_conflicts(b.conn) if c.uid == uid]
    assert deleted_here.what == "deleted_here"
    assert deleted_here.theirs[field] == edited
    # Settled on the laptop, keeping the office's edit: the record is back on both.
    with b.db.atomic():
        settle(b.conn, deleted_here.id, "theirs")
    exchange(a, b)
    assert _value(b, table, uid, field) == edited
    assert rows(a.conn, table)[uid] == rows(b.conn, table)[uid]


@pytest.mark.parametrize("table", TABLES)
def test_deleted_on_both_is_gone_on_both(stores: tuple[Store, Store], table: str) -> None:
    a, b = stores
    uid = _deletable_row(a.conn, table, editable=False)
    for store in (a, b):
        store.conn.execute(f"DELETE FROM {table} WHERE uid = ?", [uid])
    exchange(a, b)
    assert uid not in rows(a.conn, table) and uid not in rows(b.conn, table)
    assert open_conflicts(a.conn) == open_conflicts(b.conn) == []
