"""The team's hub: its address as a coordinator types it, and a checked connection to it."""

from __future__ import annotations

import ipaddress
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from carebook.core.words import translate

if TYPE_CHECKING:
    import psycopg
    from psycopg.rows import TupleRow

    #: An open connection to the hub, rows as tuples.
    HubConnection = psycopg.Connection[TupleRow]

#: The sslmodes a hub address may name: libpq's others either skip the certificate check or
#: fall back to plain text, so anyone on the way could read or pose as the hub.
_CHECKED = "verify-full"
_PLAIN = "disable"


class HubError(Exception):
    """The hub could not be used; the message says what happened, in plain words."""


class HubUnreachable(HubError):
    """The hub did not answer (network down, server stopped, timeout): try again later."""


class HubRefused(HubError):
    """The hub answered no (address, password, rights, certificate, removed, too new): the
    coordinator or the team's admin has something to fix."""


class HubNeedsPassword(HubRefused):
    """The hub asked for a password, or refused the one given: the window may ask for it."""


@dataclass(frozen=True)
class HubAddress:
    """Where the hub is: what libpq needs (never the password) and what a person is shown."""

    conninfo: str
    host: str
    database: str
    user: str
    password: str | None
    shown: str


def _is_on_this_computer(host: str) -> bool:
    if host.startswith("/") or host == "localhost":
        return True  # a Unix socket folder, or the loopback name: the traffic never leaves
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _shown(url: str) -> str:
    """The URL as typed, less any password (in the user part or the query)."""
    scheme, _, rest = url.partition("://")
    location, slash, path = rest.partition("/")
    user_part, at, hosts = location.rpartition("@")
    if at:
        location = f"{user_part.partition(':')[0]}@{hosts}"
    path, question, query = path.partition("?")
    if question:
        kept = [
            pair
            for pair in query.split("&")
            if unquote(pair.partition("=")[0]).strip().lower() != "password"
        ]
        query = "&".join(kept)
        question = "?" if query else ""
    return f"{scheme}://{location}{slash}{path}{question}{query}"


def hub_address(url: str) -> HubAddress:
    """Read a postgresql:// URL, holding it to the TLS rules; HubRefused says what to change."""
    text = url.strip()
    if not text.lower().startswith(("postgresql://", "postgres://")):
        raise HubRefused(
            translate(
                "Sync",
                "The hub address must start with postgresql:// (for example "
                "postgresql://alice@hub.example.org/team).",
            )
        )
    # Imported only here: psycopg is heavy and the window starts without it.
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    shown = _shown(text)
    try:
        params = {key: str(value) for key, value in conninfo_to_dict(text).items()}
    except psycopg.ProgrammingError:
        raise HubRefused(
            translate(
                "Sync", "The hub address {url} cannot be read; check it for typing slips."
            ).format(url=shown)
        ) from None
    password = params.pop("password", None)
    hosts = [part for part in params.get("host", "").split(",") if part]
    hosts += [part for part in params.get("hostaddr", "").split(",") if part]
    if not hosts:
        raise HubRefused(
            translate(
                "Sync", "The hub address {url} names no computer; add the hub's host name."
            ).format(url=shown)
        )
    database = params.get("dbname", "")
    if not database:
        raise HubRefused(
            translate(
                "Sync",
                "The hub address {url} names no database; add it after the host, as in "
                "postgresql://hub.example.org/team.",
            ).format(url=shown)
        )
    host = params.get("host") or params.get("hostaddr", "")
    mode = params.setdefault("sslmode", _CHECKED)
    if mode == _PLAIN:
        remote = [part for part in hosts if not _is_on_this_computer(part)]
        if remote:
            raise HubRefused(
                translate(
                    "Sync",
                    "The hub address turns encryption off (sslmode=disable), which is allowed "
                    "only for a hub on this computer, and {host} is another computer. Use "
                    "sslmode=verify-full so the team's traffic is encrypted and the hub's "
                    "certificate is checked.",
                ).format(host=remote[0])
            )
    elif mode != _CHECKED:
        raise HubRefused(
            translate(
                "Sync",
                "The hub address asks for sslmode={mode}. Use sslmode=verify-full (or leave "
                "sslmode out): other modes do not check the hub's certificate and name, so "
                "another computer could pose as the hub.",
            ).format(mode=mode)
        )
    user = params.get("user", "")
    return HubAddress(
        conninfo=make_conninfo("", **params),
        host=host,
        database=database,
        user=user,
        password=password,
        shown=shown,
    )


def connect(
    address: HubAddress, password: str | None = None, *, timeout: float = 10.0
) -> HubConnection:
    """Open a connection to the hub (not in autocommit); HubUnreachable or HubRefused if not.

    The URL's password wins over `password`; with neither, libpq's own rules apply
    (PGPASSWORD, ~/.pgpass).
    """
    # Imported only here: psycopg is heavy and the window starts without it.
    import psycopg
    from psycopg.conninfo import make_conninfo

    seconds = max(2, math.ceil(timeout))
    options: dict[str, str | int] = {
        "connect_timeout": seconds,
        "application_name": "carebook",
        # A hub that vanishes mid-sync (laptop off the network) shows within about the
        # timeout instead of a read that waits for ever.
        "keepalives": 1,
        "keepalives_idle": seconds,
        "keepalives_interval": max(1, seconds // 3),
        "keepalives_count": 3,
        "tcp_user_timeout": seconds * 1000 * 3,
    }
    secret = address.password if address.password is not None else password
    if secret is not None:
        options["password"] = secret
    try:
        return psycopg.connect(make_conninfo(address.conninfo, **options), autocommit=False)
    except psycopg.OperationalError as error:
        raise _connection_error(error, address) from None


def _connection_error(error: Exception, address: HubAddress) -> HubError:
    """Plain words for why a connection failed (the message names the host, never a secret)."""
    sqlstate = getattr(error, "sqlstate", None) or ""
    said = str(error).lower()
    host = address.host
    if "does not support ssl" in said:
        return HubRefused(
            translate(
                "Sync",
                "The hub at {host} offers no encrypted connection; ask your team's admin to "
                "turn on TLS for it.",
            ).format(host=host)
        )
    if "root certificate file" in said:
        return HubRefused(
            translate(
                "Sync",
                "carebook has no certificate authority to check the hub at {host} with: add "
                "sslrootcert=system to the hub address, or the path of your team's CA file.",
            ).format(host=host)
        )
    if "certificate" in said or "does not match host name" in said or "tlsv1 alert" in said:
        return HubRefused(
            translate(
                "Sync",
                "The hub at {host} could not prove it is your team's hub: its certificate "
                "did not verify. Ask your team's admin which certificate authority to use.",
            ).format(host=host)
        )
    if sqlstate in {"28P01", "28000"} or "authentication failed" in said:
        return HubNeedsPassword(
            translate(
                "Sync",
                "The hub at {host} refused the user name {user} or its password; check them "
                "with your team's admin.",
            ).format(host=host, user=address.user or "?")
        )
    if "no password supplied" in said or "password is required" in said:
        return HubNeedsPassword(
            translate(
                "Sync", "The hub at {host} asks for a password; enter it in Team sync."
            ).format(host=host)
        )
    if sqlstate == "3D000" or ("database" in said and "does not exist" in said):
        return HubRefused(
            translate("Sync", "The hub at {host} has no database named {database}.").format(
                host=host, database=address.database
            )
        )
    if (
        sqlstate == "42501"
        or "does not exist" in said
        or "permission denied" in said
        or "not permitted to log in" in said
        or "no pg_hba.conf entry" in said
    ):
        return HubRefused(
            translate(
                "Sync",
                "The hub at {host} does not let {user} connect; ask your team's admin for access.",
            ).format(host=host, user=address.user or "?")
        )
    return HubUnreachable(
        translate(
            "Sync",
            "The hub at {host} did not answer; the network or the hub may be down. carebook "
            "will try again.",
        ).format(host=host)
    )


@contextmanager
def hub_errors(conn: HubConnection) -> Iterator[None]:
    """Turn what the hub says during work into HubUnreachable (gone) or HubRefused (no rights,
    no hub)."""
    # Imported only here: psycopg is heavy and the window starts without it.
    import psycopg
    from psycopg import errors

    try:
        yield
    except (errors.InsufficientPrivilege, errors.ReadOnlySqlTransaction):
        raise HubRefused(
            translate(
                "Sync",
                "The hub at {host} does not let {user} do this; ask your team's admin to grant "
                "{user} the carebook_member role.",
            ).format(host=_host_of(conn), user=_user_of(conn))
        ) from None
    except (errors.UndefinedTable, errors.InvalidSchemaName):
        raise HubRefused(
            translate(
                "Sync",
                "The database at {host} holds no carebook hub; run carebook team init first.",
            ).format(host=_host_of(conn))
        ) from None
    except (psycopg.OperationalError, psycopg.InterfaceError):
        # InterfaceError: a connection already closed (by an earlier failure), a hub gone away.
        raise HubUnreachable(
            translate(
                "Sync",
                "The hub at {host} stopped answering; carebook will try again.",
            ).format(host=_host_of(conn))
        ) from None


def _host_of(conn: HubConnection) -> str:
    try:
        return str(conn.info.host)
    except Exception:  # a closed connection forgets its host; the message still reads
        return "?"


def _user_of(conn: HubConnection) -> str:
    try:
        return str(conn.info.user)
    except Exception:  # as above
        return "?"
