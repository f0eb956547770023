"""The caseload file's migration steps for team sync: a global id on every shared record, the
clock of versions, and the outbox; then the search index brought up to date after them.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage import finding, sync_capture
from carebook.storage.schema import migrations
from carebook.storage.sync_tables import shared_table_names


@migrations()
def m016_team_sync(db: Database) -> None:
    """Every shared record gets its global id (a UUIDv7, kept for good: through backups, FHIR
    and spreadsheets); the caseload gets its device id and hybrid logical clock, the versions
    of its records and fields, the outbox its changes wait in while it is in a team, the
    history of values a later change replaced, the conflicts to settle, and its team."""
    execute: Any = db.execute
    execute(f"CREATE VIEW sync_now AS SELECT {sync_capture.NOW_MS_SQL} AS ms")
    execute(f"CREATE VIEW sync_stamp AS {sync_capture.VERSION_SQL}")
    for table in shared_table_names():
        execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        execute(f"UPDATE {table} SET uid = {sync_capture.NEW_UID}")
        execute(f"CREATE UNIQUE INDEX {table}_by_uid ON {table} (uid)")
    execute("""CREATE TABLE sync_clock (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        device TEXT NOT NULL CHECK (length(device) = 16),
        wall INTEGER NOT NULL DEFAULT 0,
        counter INTEGER NOT NULL DEFAULT 0,
        capturing INTEGER NOT NULL DEFAULT 0 CHECK (capturing IN (0, 1)),
        applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
    ) STRICT""")
    execute("INSERT INTO sync_clock (only, device) VALUES (1, ?)", [secrets.token_hex(8)])
    execute("""CREATE TABLE sync_version (
        uid TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        version TEXT NOT NULL,
        born TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        alias_of TEXT
    ) STRICT, WITHOUT ROWID""")
    execute("""CREATE TABLE sync_field (
        uid TEXT NOT NULL,
        field TEXT NOT NULL,
        version TEXT NOT NULL,
        PRIMARY KEY (uid, field)
    ) STRICT, WITHOUT ROWID""")
    # The fields an update changed, listed while its trigger runs (empty otherwise).
    execute("CREATE TABLE sync_scratch (f TEXT NOT NULL, x ANY) STRICT")
    execute("""CREATE TABLE sync_outbox (
        seq INTEGER PRIMARY KEY,
        uid TEXT NOT NULL,
        kind TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('put', 'delete')),
        version TEXT NOT NULL,
        base TEXT,
        fields TEXT NOT NULL,
        bases TEXT
    ) STRICT""")
    execute("""CREATE TABLE sync_history (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL,
        kind TEXT NOT NULL,
        field TEXT,
        value TEXT,
        version TEXT NOT NULL,
        why TEXT NOT NULL CHECK (why IN ('later_won', 'deleted')),
        kept_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    ) STRICT""")
    execute("CREATE INDEX sync_history_by_record ON sync_history (uid)")
    execute("""CREATE TABLE sync_conflict (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL,
        kind TEXT NOT NULL,
        field TEXT,
        what TEXT NOT NULL CHECK (what IN ('both_changed', 'deleted_there', 'deleted_here')),
        mine TEXT,
        mine_version TEXT NOT NULL,
        theirs TEXT,
        theirs_version TEXT NOT NULL,
        found_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        resolved_at TEXT,
        kept TEXT CHECK (kept IS NULL OR kept IN ('mine', 'theirs'))
    ) STRICT""")
    execute("CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at, uid)")
    execute("""CREATE TABLE sync_team (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        team_id TEXT NOT NULL,
        team_name TEXT NOT NULL DEFAULT '',
        hub TEXT NOT NULL,
        key_fingerprint TEXT NOT NULL,
        kept_key TEXT,
        kept_password TEXT,
        pulled_to INTEGER NOT NULL DEFAULT 0,
        pushed_to INTEGER NOT NULL DEFAULT 0,
        synced_at TEXT,
        trouble TEXT,
        every_minutes INTEGER NOT NULL DEFAULT 10 CHECK (every_minutes BETWEEN 0 AND 1440)
    ) STRICT""")
    sync_capture.install(db.conn)


@migrations()
def m017_search_caught_up(db: Database) -> None:
    """The search index brought up to date once: giving each patient its global id (m016)
    touched every row the index watches, which the first search would otherwise rewrite."""
    finding.catch_up(db.conn)
