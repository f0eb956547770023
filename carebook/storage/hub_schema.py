"""The hub's tables in its PostgreSQL `carebook` schema, and the steps that bring them up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carebook.core.words import translate
from carebook.storage.hub_connection import HubRefused, hub_errors

if TYPE_CHECKING:
    from carebook.storage.hub_connection import HubConnection

#: The hub layout this carebook writes and reads; a hub recording a higher one is refused.
HUB_SCHEMA_VERSION = 1

#: Every push holds this advisory lock until it commits, so changes commit in seq order and a
#: reader of "seq > cursor" never passes a row that a slower push commits later.
PUSH_LOCK = 0x6361_7265_626F_6F6B  # "carebook" in ASCII
#: Two coordinators setting up one hub at once take turns.
PREPARE_LOCK = PUSH_LOCK + 1

#: The group role the team's admin grants to each member (GRANT carebook_member TO alice).
MEMBER_ROLE = "carebook_member"

_META = (
    "CREATE SCHEMA IF NOT EXISTS carebook",
    "CREATE TABLE IF NOT EXISTS carebook.hub_meta (key text PRIMARY KEY, value text NOT NULL)",
)

#: Step n brings a hub from version n - 1 to n. Landed steps are never edited; a change of
#: layout is a new step at the end.
STEPS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE carebook.team (
            id uuid PRIMARY KEY,
            name text NOT NULL,
            key_check bytea NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            created_by text NOT NULL DEFAULT current_user
        )""",
        # One team per hub database: every row has the same key.
        "CREATE UNIQUE INDEX team_only_one ON carebook.team ((true))",
        """CREATE TABLE carebook.member (
            role_name text PRIMARY KEY,
            display_name text NOT NULL DEFAULT '',
            added_at timestamptz DEFAULT now()
        )""",
        """CREATE TABLE carebook.device (
            id text PRIMARY KEY,
            member text NOT NULL DEFAULT current_user,
            name text NOT NULL,
            joined_at timestamptz NOT NULL DEFAULT now(),
            removed_at timestamptz,
            last_seen timestamptz,
            pulled_to bigint NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE carebook.batch (
            id uuid PRIMARY KEY,
            device_id text NOT NULL REFERENCES carebook.device,
            first_seq bigint,
            last_seq bigint,
            count int NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now()
        )""",
        # The batch row is written after its changes, once their seqs are known (members may
        # not update batches), so its reference is checked at commit.
        """CREATE TABLE carebook.change (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            device_id text NOT NULL REFERENCES carebook.device,
            batch_id uuid NOT NULL REFERENCES carebook.batch DEFERRABLE INITIALLY DEFERRED,
            uid uuid NOT NULL,
            kind text NOT NULL,
            version text NOT NULL,
            base text,
            size integer NOT NULL,
            sealed bytea NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now()
        )""",
        """CREATE FUNCTION carebook.refuse_feed_edit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the change feed is append-only: % is refused', TG_OP;
        END $$""",
        """CREATE TRIGGER change_append_only BEFORE UPDATE OR DELETE ON carebook.change
            FOR EACH ROW EXECUTE FUNCTION carebook.refuse_feed_edit()""",
        """CREATE TRIGGER change_never_emptied BEFORE TRUNCATE ON carebook.change
            FOR EACH STATEMENT EXECUTE FUNCTION carebook.refuse_feed_edit()""",
        # Whoever writes to the feed, carebook or not, waits for the push lock: seq order is
        # commit order however a row arrives.
        f"""CREATE FUNCTION carebook.take_push_lock() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock({PUSH_LOCK});
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER change_in_seq_order BEFORE INSERT ON carebook.change
            FOR EACH STATEMENT EXECUTE FUNCTION carebook.take_push_lock()""",
        # Members may update their device rows (last seen, pulled to); a removed laptop's
        # password must not bring it back.
        """CREATE FUNCTION carebook.keep_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.removed_at IS NOT NULL AND NEW.removed_at IS NULL THEN
                RAISE EXCEPTION 'a device removed from the team stays removed';
            END IF;
            RETURN NEW;
        END $$""",
        """CREATE TRIGGER device_stays_removed BEFORE UPDATE ON carebook.device
            FOR EACH ROW EXECUTE FUNCTION carebook.keep_removed()""",
    ),
)

#: What a member needs: read everything, join with a device, push, and note its own pulls.
_MEMBER_GRANTS = (
    f"GRANT USAGE ON SCHEMA carebook TO {MEMBER_ROLE}",
    f"GRANT SELECT ON ALL TABLES IN SCHEMA carebook TO {MEMBER_ROLE}",
    f"GRANT INSERT ON carebook.member, carebook.device, carebook.batch, carebook.change "
    f"TO {MEMBER_ROLE}",
    f"GRANT UPDATE ON carebook.device TO {MEMBER_ROLE}",
)

assert len(STEPS) == HUB_SCHEMA_VERSION, "one step per hub schema version"


def _too_new() -> HubRefused:
    return HubRefused(
        translate(
            "Sync", "This hub was set up by a newer carebook; update carebook on this computer."
        )
    )


def _no_hub() -> HubRefused:
    return HubRefused(
        translate("Sync", "This database holds no carebook hub; run carebook team init first.")
    )


def _recorded_version(conn: HubConnection) -> int | None:
    """The hub's schema_version, or None when the database holds no hub."""
    found = conn.execute("SELECT to_regclass('carebook.hub_meta') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return None
    row = conn.execute(
        "SELECT value FROM carebook.hub_meta WHERE key = 'schema_version'"
    ).fetchone()
    if row is None:
        return 0
    try:
        return int(str(row[0]))
    except ValueError:
        raise HubRefused(
            translate(
                "Sync",
                "This hub's schema version reads {value}, which carebook cannot understand; "
                "ask your team's admin to check the hub.",
            ).format(value=str(row[0])[:40])
        ) from None


def prepare_hub(conn: HubConnection) -> None:
    """Create the hub's tables, or bring them up to date, all in one transaction (idempotent).

    A hub set up by a newer carebook is refused (HubRefused) and left untouched.
    """
    with hub_errors(conn), conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PREPARE_LOCK,))
        version = _recorded_version(conn) or 0
        if version > HUB_SCHEMA_VERSION:
            raise _too_new()
        if version < HUB_SCHEMA_VERSION:
            for statement in _META:
                conn.execute(statement)
            for step in STEPS[version:]:
                for statement in step:
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO carebook.hub_meta (key, value) VALUES ('schema_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(HUB_SCHEMA_VERSION),),
            )
        _prepare_member_role(conn)


def _prepare_member_role(conn: HubConnection) -> None:
    """Make the member group role when this login may, and grant it what a member needs when
    this login owns the hub; otherwise leave roles to the admin, quietly."""
    row = conn.execute(
        "SELECT r.rolsuper OR r.rolcreaterole, r.rolsuper OR n.nspowner = r.oid, "
        "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s) "
        "FROM pg_roles r, pg_namespace n "
        "WHERE r.rolname = current_user AND n.nspname = 'carebook'",
        (MEMBER_ROLE,),
    ).fetchone()
    if row is None:
        return
    may_create, owns_hub, exists = (bool(value) for value in row)
    if not exists and may_create:
        # Roles belong to the whole server: another hub database may be making it right now.
        # Imported only here: psycopg is heavy and the window starts without it.
        from psycopg import errors

        try:
            with conn.transaction():
                conn.execute(f"CREATE ROLE {MEMBER_ROLE} NOLOGIN")
        except (errors.DuplicateObject, errors.UniqueViolation):
            pass  # made meanwhile: just as good
        exists = True
    if exists and owns_hub:
        for statement in _MEMBER_GRANTS:
            conn.execute(statement)


def check_hub(conn: HubConnection) -> None:
    """Refuse (HubRefused) a database with no carebook hub, or one newer or older than this
    carebook; reads only."""
    with hub_errors(conn), conn.transaction():
        conn.execute("SET TRANSACTION READ ONLY")
        version = _recorded_version(conn)
    if version is None or version == 0:
        raise _no_hub()
    if version > HUB_SCHEMA_VERSION:
        raise _too_new()
    if version < HUB_SCHEMA_VERSION:
        raise HubRefused(
            translate(
                "Sync",
                "This hub was set up by an older carebook; run carebook team init to bring it "
                "up to date.",
            )
        )
