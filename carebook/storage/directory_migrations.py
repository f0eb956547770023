"""The caseload file's migration steps for the directory of shared contacts and the referrals
made to them.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage.schema import CONTACT_ROLES, STAMPS, date_column, migrations, one_of

#: The contact roles from m011 on: a nurse practitioner prescribes, and a community resource
#: (a day centre, meals at home, a food bank) is what a patient is referred to.
DIRECTORY_ROLES = (*CONTACT_ROLES[:-1], "nurse_practitioner", "community_resource", "other")
REFERRAL_STATUSES = ("sent", "accepted", "declined", "done")


@migrations(transactional=False)
def m011_directory_and_referrals(db: Database) -> None:
    """Contacts keep what they offer, their opening hours and who may use them, and take two
    more roles (nurse practitioner, community resource); a patient's referrals to a contact,
    with their follow-up task.

    SQLite cannot change a CHECK constraint, so the contact and care-team tables are rebuilt
    as SQLite's documented way has it: with foreign keys off (outside a transaction, the only
    place that pragma acts), the new table filled from the old in one transaction, its
    indexes and the quick switcher's triggers made again, the foreign keys checked before the
    transaction commits."""
    conn: sqlite3.Connection = db.conn
    if _has_table(conn, "referral"):
        return  # done already: the step's record was lost after its transaction committed
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            _rebuild(conn, "contact", _contact_table)
            _rebuild(conn, "care_team_member", _care_team_table)
            _referral_table(db)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"rebuilding the directory broke links: {broken[:3]}")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name])
    return found.fetchone() is not None


def _contact_table(name: str) -> str:
    return f"""CREATE TABLE {name} (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        {one_of("role", *DIRECTORY_ROLES)},
        organization TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        fax TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',{STAMPS},
        services TEXT NOT NULL DEFAULT '',
        hours TEXT NOT NULL DEFAULT '',
        eligibility TEXT NOT NULL DEFAULT ''
    ) STRICT"""


def _care_team_table(name: str) -> str:
    return f"""CREATE TABLE {name} (
        patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        {one_of("role", *DIRECTORY_ROLES)},
        is_emergency INTEGER NOT NULL DEFAULT 0 CHECK (is_emergency IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (patient_id, contact_id, role)
    ) STRICT, WITHOUT ROWID"""


def _rebuild(conn: sqlite3.Connection, table: str, create: Any) -> None:
    """`table` made again by `create(name)`, with its rows, indexes and triggers."""
    kept = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
            " AND sql IS NOT NULL ORDER BY type, name",
            [table],
        )
    ]
    old = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    conn.execute(create(f"{table}_new"))
    listed = ", ".join(old)
    conn.execute(f"INSERT INTO {table}_new ({listed}) SELECT {listed} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
    for sql in kept:
        conn.execute(sql)


def _referral_table(db: Database) -> None:
    execute: Any = db.execute
    execute(f"""CREATE TABLE referral (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
        contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        {date_column("sent_on", required=True)},
        {one_of("status", *REFERRAL_STATUSES)},
        {date_column("follow_up_on")},
        task_id INTEGER REFERENCES task (id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        {STAMPS}
    ) STRICT""")
    execute("CREATE INDEX referral_by_patient ON referral (patient_id, sent_on)")
    execute("CREATE INDEX referral_by_contact ON referral (contact_id)")
    execute("CREATE INDEX referral_by_task ON referral (task_id) WHERE task_id IS NOT NULL")
