"""Every change to a shared row noted in the outbox by triggers, in the transaction that makes it.

Triggers rather than Python: every write reaches the file through SQL (a form, an undo, an
import, the command line, a migration), and a trigger runs inside the very transaction that
writes, so a crash can neither lose a change nor note one that did not happen.

Each row of a shared table carries `uid`, its global id (a UUIDv7, made here when a row comes
without one). While the caseload belongs to a team (`sync_clock.capturing`), each insert,
update and delete ticks the hybrid logical clock and appends to `sync_outbox` the fields
changed with their new values, the record's version before and each changed field's version
before; `sync_version` keeps every record's version and `sync_field` the version of each field
changed since the record was made, which merging compares.
A change applied from the hub (`sync_clock.applying`) is not noted again.
"""

from __future__ import annotations

import sqlite3

from carebook.storage.sync_tables import AUDIT_RECORD, SharedTable, shared_tables

#: Milliseconds since 1970 as SQLite knows the time (the view sync_now, made by the migration,
#: so that each trigger's text names it in a few words).
NOW_MS_SQL = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
NOW_MS = "(SELECT ms FROM sync_now)"

#: A UUIDv7 (RFC 9562): 48 bits of milliseconds, the version 7, the variant, 74 random bits.
NEW_UID = (
    f"printf('%08x-%04x-7%03x-%04x-%012x', {NOW_MS} >> 16, {NOW_MS} & 65535,"
    " random() & 4095, 32768 | (random() & 16383), random() & 281474976710655)"
)

#: The clock's version: milliseconds, a counter within the millisecond, the device (the view
#: sync_stamp, made by the migration).
VERSION_SQL = "SELECT printf('%012x-%06x-%s', wall, counter, device) AS version FROM sync_clock"
VERSION = "(SELECT version FROM sync_stamp)"

#: A hybrid logical clock's tick for a change made here: never behind the wall clock, never
#: behind a version seen before (a laptop whose clock is slow still orders after what it saw).
TICK = (
    f"UPDATE sync_clock SET counter = CASE WHEN {NOW_MS} > wall THEN 0 ELSE counter + 1 END,"
    f" wall = max(wall, {NOW_MS});"
)

CAPTURING = "(SELECT capturing = 1 AND applying = 0 FROM sync_clock)"

#: Whether an update changed a travelling field (an update may write a row unchanged).
_ANY_CHANGED = "EXISTS (SELECT 1 FROM sync_scratch)"

TRIGGER_PREFIX = "sync_capture_"


def install(conn: sqlite3.Connection) -> None:
    """Make (again) the triggers of every shared table from the schema as it is now.

    Called by the migration that brought sync, and again after any later migration, so a
    column added to a table later travels too.
    """
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        [TRIGGER_PREFIX + "%"],
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for table in shared_tables(conn):
        for statement in triggers(table):
            conn.execute(statement)


def triggers(table: SharedTable) -> list[str]:
    """The three triggers of one shared table."""
    return [_on_insert(table), _on_update(table), _on_delete(table)]


# The outbox keeps fields as SQL literals made by quote(), name and value after each other,
# comma-separated ('dose','10 mg','route','by mouth'): quote() is one of the functions SQLite
# lets a trigger call while the connection distrusts the schema, which its JSON functions are
# not, and it writes text, numbers, NULL and bytes so that each reads back as it was.
def _pairs(pairs: list[tuple[str, str]]) -> str:
    return " || ',' || ".join(f"quote('{name}') || ',' || quote({value})" for name, value in pairs)


def _record_bases(uid: str) -> str:
    """Every field's version before, for a record sent whole: '*' (its birth, for a field never
    changed since) and each field changed since, as the outbox keeps them."""
    return (
        "(SELECT group_concat(x, ',') FROM (SELECT quote('*') || ',' || quote(v.born) AS x"
        " UNION ALL SELECT quote(field) || ',' || quote(version) FROM sync_field"
        f" WHERE uid = {uid}))"
    )


def _on_insert(table: SharedTable) -> str:
    name = table.name
    match = table.key_match("r", "NEW")
    fields = table.field_values("r")
    noted = f"{CAPTURING} AND {table.filter_on('r')}"
    return f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_insert AFTER INSERT ON {name}
        BEGIN
            UPDATE {name} SET uid = {NEW_UID}
                WHERE {table.key_match(name, "NEW")} AND NEW.uid IS NULL;
            {TICK.replace(";", f" WHERE {CAPTURING} AND {table.filter_on('NEW')};")}
            INSERT INTO sync_outbox (uid, kind, op, version, base, fields, bases)
                SELECT r.uid, '{name}', 'put', {VERSION}, v.version, {_pairs(fields)},
                    CASE WHEN v.uid IS NULL THEN NULL ELSE {_record_bases("r.uid")} END
                FROM {name} AS r LEFT JOIN sync_version AS v ON v.uid = r.uid
                WHERE {match} AND {noted};
            INSERT INTO sync_version (uid, kind, version, born)
                SELECT r.uid, '{name}', {VERSION}, {VERSION} FROM {name} AS r
                WHERE {match} AND {noted}
                ON CONFLICT (uid) DO UPDATE SET version = excluded.version, deleted = 0;
        END"""


def _on_update(table: SharedTable) -> str:
    name = table.name
    which = " UNION ALL ".join(
        f"SELECT '{field.name}', {field.value('NEW')} WHERE {table.changed(field)}"
        for field in table.fields
    )
    if table.named_tables:
        # The log line names another record: its global id travels when the line does.
        audit = dict(table.field_values("NEW"))
        which += (
            f" UNION ALL SELECT '{AUDIT_RECORD}', {audit[AUDIT_RECORD]}"
            " WHERE OLD.record_id IS NOT NEW.record_id OR OLD.record_kind IS NOT NEW.record_kind"
        )
    # The changed fields are listed once, in sync_scratch (emptied again at the end), and read
    # from there three times: the trigger's text stays small in every caseload file.
    return f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_update AFTER UPDATE ON {name}
        WHEN OLD.uid IS NOT NULL AND {CAPTURING} AND {table.filter_on("NEW")}
        BEGIN
            INSERT INTO sync_scratch (f, x) {which};
            {TICK.replace(";", f" WHERE {_ANY_CHANGED};")}
            INSERT INTO sync_outbox (uid, kind, op, version, base, fields, bases)
                SELECT NEW.uid, '{name}', 'put', {VERSION}, v.version,
                    (SELECT group_concat(quote(f) || ',' || quote(x), ',') FROM sync_scratch),
                    CASE WHEN v.uid IS NULL THEN NULL ELSE
                        (SELECT group_concat(quote(s.f) || ',' || quote(coalesce(
                            (SELECT version FROM sync_field WHERE uid = NEW.uid AND field = s.f),
                            v.born)), ',') FROM sync_scratch AS s) END
                FROM (SELECT 1) LEFT JOIN sync_version AS v ON v.uid = NEW.uid
                WHERE {_ANY_CHANGED};
            INSERT INTO sync_version (uid, kind, version, born)
                SELECT NEW.uid, '{name}', {VERSION}, {VERSION} WHERE {_ANY_CHANGED}
                ON CONFLICT (uid) DO UPDATE SET version = excluded.version, deleted = 0;
            INSERT INTO sync_field (uid, field, version)
                SELECT NEW.uid, f, {VERSION} FROM sync_scratch WHERE 1
                ON CONFLICT (uid, field) DO UPDATE SET version = excluded.version;
            DELETE FROM sync_scratch;
        END"""


def _on_delete(table: SharedTable) -> str:
    # While a change from the hub is merged, its cascades still mark the rows they delete
    # (so a later change to one is seen as a change to a deleted record), but send nothing.
    name = table.name
    sending = "(SELECT applying = 0 FROM sync_clock)"
    return f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_delete AFTER DELETE ON {name}
        WHEN OLD.uid IS NOT NULL AND (SELECT capturing = 1 FROM sync_clock)
            AND {table.filter_on("OLD")}
        BEGIN
            {TICK.replace(";", f" WHERE {sending};")}
            INSERT INTO sync_outbox (uid, kind, op, version, base, fields, bases)
                SELECT OLD.uid, '{name}', 'delete', {VERSION}, v.version,
                    {_pairs(table.field_values("OLD"))}, NULL
                FROM (SELECT 1) LEFT JOIN sync_version AS v ON v.uid = OLD.uid
                WHERE {sending};
            INSERT INTO sync_history (uid, kind, field, value, version, why)
                SELECT uid, kind, NULL, fields, version, 'deleted' FROM sync_outbox
                WHERE seq = last_insert_rowid() AND uid = OLD.uid AND op = 'delete';
            UPDATE sync_version SET deleted = 1,
                version = CASE WHEN {sending} THEN {VERSION} ELSE version END
                WHERE uid = OLD.uid;
        END"""


def note_everything(conn: sqlite3.Connection) -> int:
    """Put every shared record in the outbox as it is now, under one new version (a caseload
    joining a team, or making one, sends what it holds); the number of records noted."""
    conn.execute(TICK.replace(";", ""))
    noted = 0
    for table in shared_tables(conn):
        name = table.name
        fields = table.field_values("r")
        cursor = conn.execute(
            f"""INSERT INTO sync_outbox (uid, kind, op, version, base, fields, bases)
                SELECT r.uid, '{name}', 'put', {VERSION}, v.version, {_pairs(fields)},
                    CASE WHEN v.uid IS NULL THEN NULL ELSE {_record_bases("r.uid")} END
                FROM {name} AS r LEFT JOIN sync_version AS v ON v.uid = r.uid
                WHERE {table.filter_on("r")}"""
        )
        noted += cursor.rowcount
        conn.execute(
            f"""INSERT INTO sync_version (uid, kind, version, born)
                SELECT r.uid, '{name}', {VERSION}, {VERSION} FROM {name} AS r
                WHERE {table.filter_on("r")}
                ON CONFLICT (uid) DO NOTHING"""
        )
    return noted


def noted_pairs(table: SharedTable, names: list[str]) -> tuple[str, str]:
    """SQL for the named fields' values of the row `r`, and the record's versions before (its
    versions `v`), as the outbox keeps them."""
    wanted = [(name, value) for name, value in table.field_values("r") if name in names]
    return _pairs(wanted), _record_bases("r.uid")
