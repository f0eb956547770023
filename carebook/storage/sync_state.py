"""The caseload's place in a team: which team and hub, how far it has read the hub's feed, when
it last synced, and the transactions that join, leave, send and merge."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from carebook.storage import sync_capture
from carebook.storage.sync_apply import Applied, Merging
from carebook.storage.sync_outbox import Change, forget_sent


@dataclass(frozen=True, slots=True)
class TeamState:
    """What this caseload knows of its team."""

    team_id: str
    team_name: str
    hub: str
    key_fingerprint: str
    pulled_to: int
    #: The hub's number of this device's last change it took: its own changes up to there
    #: need not come back (a caseload restored from an older backup has an older number).
    pushed_to: int
    synced_at: str | None
    trouble: str | None
    every_minutes: int
    #: The team key, kept in the caseload only where the computer has no keyring and the
    #: caseload is protected by a passphrase.
    kept_key: str | None
    kept_password: str | None


def device_id(conn: sqlite3.Connection) -> str:
    """This caseload's device id, the last part of every version it makes."""
    return str(conn.execute("SELECT device FROM sync_clock").fetchone()[0])


def fresh_device(conn: sqlite3.Connection) -> str:
    """A new device id for this caseload, as it makes or joins a team: a copy of the file
    joining from another computer must not pass for this one."""
    device = secrets.token_hex(8)
    with _transaction(conn):
        conn.execute("UPDATE sync_clock SET device = ?", [device])
    return device


def team_of(conn: sqlite3.Connection) -> TeamState | None:
    """The team this caseload is in, or None."""
    row = conn.execute(
        "SELECT team_id, team_name, hub, key_fingerprint, pulled_to, pushed_to, synced_at, trouble,"
        " every_minutes, kept_key, kept_password FROM sync_team"
    ).fetchone()
    return None if row is None else TeamState(*row)


def join(
    conn: sqlite3.Connection,
    team_id: str,
    team_name: str,
    hub: str,
    key_fingerprint: str,
    kept_key: str | None = None,
) -> int:
    """Make the caseload a member of a team, and put everything it holds in the outbox to be
    sent, in one transaction; the number of records waiting."""
    with _transaction(conn):
        conn.execute("DELETE FROM sync_team")
        conn.execute(
            "INSERT INTO sync_team (only, team_id, team_name, hub, key_fingerprint, kept_key)"
            " VALUES (1, ?, ?, ?, ?, ?)",
            [team_id, team_name, hub, key_fingerprint, kept_key],
        )
        noted = sync_capture.note_everything(conn)
        conn.execute("UPDATE sync_clock SET capturing = 1")
    return noted


def leave(conn: sqlite3.Connection) -> None:
    """The caseload leaves its team: it keeps every record and notes changes no more."""
    with _transaction(conn):
        conn.execute("DELETE FROM sync_team")
        conn.execute("DELETE FROM sync_outbox")
        conn.execute("UPDATE sync_clock SET capturing = 0")


def mark_sent(conn: sqlite3.Connection, up_to_seq: int, hub_seq: int) -> None:
    """The hub has the outbox up to `up_to_seq`, its last as the hub's `hub_seq`: forget it."""
    with _transaction(conn):
        forget_sent(conn, up_to_seq)
        conn.execute("UPDATE sync_team SET pushed_to = max(pushed_to, ?)", [hub_seq])


def merge_page(
    conn: sqlite3.Connection,
    changes: Iterable[Change],
    pulled_to: int,
    then: Callable[[Applied], None] = lambda _applied: None,
) -> Applied:
    """Merge a page of the hub's changes, do `then` with what it touched (lay out the visits
    of the series it changed), and move the feed's cursor past it, in one transaction: a
    crash leaves the page wholly merged, visits and all, or not at all."""
    with _transaction(conn):
        conn.execute("UPDATE sync_clock SET applying = 1")
        applied = Merging(conn).merge(changes)
        conn.execute("UPDATE sync_clock SET applying = 0")
        then(applied)
        conn.execute("UPDATE sync_team SET pulled_to = max(pulled_to, ?)", [pulled_to])
    return applied


def note_sync(conn: sqlite3.Connection, synced_at: str | None, trouble: str | None) -> None:
    """When the last sync finished, or why the last try could not (None: it went well)."""
    with _transaction(conn):
        if synced_at is not None:
            conn.execute("UPDATE sync_team SET synced_at = ?, trouble = NULL", [synced_at])
        else:
            conn.execute("UPDATE sync_team SET trouble = ?", [trouble])


def set_every_minutes(conn: sqlite3.Connection, minutes: int) -> None:
    """How often this computer syncs by itself, in the caller's transaction (the preferences
    saved with it); nothing for a caseload in no team."""
    conn.execute("UPDATE sync_team SET every_minutes = ?", [minutes])


def keep_in_caseload(conn: sqlite3.Connection, key: str | None, password: str | None) -> None:
    """Keep the team key and hub password in the (protected) caseload."""
    with _transaction(conn):
        conn.execute("UPDATE sync_team SET kept_key = ?, kept_password = ?", [key, password])


class _transaction:
    """BEGIN IMMEDIATE … COMMIT on a connection in autocommit mode (rolled back on error)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
