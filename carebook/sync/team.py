"""Making a team on a hub, joining one, seeing its devices and leaving it; where this computer
keeps the team key and the hub password."""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from carebook.core.words import translate
from carebook.storage import sync_state
from carebook.storage.hub_connection import HubAddress, HubRefused, connect, hub_address
from carebook.sync import secrets
from carebook.sync.team_key import (
    TeamKey,
    TeamKeyError,
    key_check,
    key_from_phrase,
    matches,
    new_team_key,
    phrase_of,
    write_key_file,
)

if TYPE_CHECKING:
    from carebook.storage.hub_feed import DeviceRow
    from carebook.store.caseload import Store


@dataclass(frozen=True, slots=True)
class Joined:
    """A team made or joined: its name, the key's phrase (shown once when made), how many of
    this caseload's records wait to be sent, and a sentence saying where the key is kept."""

    team_name: str
    phrase: str
    waiting: int
    kept_said: str


def make_team(store: Store, url: str, name: str = "", key_file: Path | None = None) -> Joined:
    """Set up the hub's tables and a new team on it, with a new team key, and make this
    caseload its first member (everything it holds waits to be sent)."""
    # Imported only here: the hub's modules load with a team command, never at start.
    from carebook.storage import hub_feed
    from carebook.storage.hub_schema import prepare_hub

    if sync_state.team_of(store.conn) is not None:
        raise HubRefused(translate("Sync", "This caseload is in a team already; leave it first."))
    address = hub_address(url)
    key = new_team_key()
    team_id = str(uuid.uuid4())
    team_name = name or address.database
    if key_file is not None:
        # Written first: a team on the hub whose key nobody holds could never be opened.
        write_key_file(key_file, key, address.shown)
    made = False
    try:
        hub = connect(address, _password(store, address))
        try:
            prepare_hub(hub)
            hub_feed.create_team(hub, team_id, team_name, key_check(key))
            made = True
            hub_feed.register_device(hub, sync_state.fresh_device(store.conn), _device_name())
        finally:
            hub.close()
    except BaseException:
        if key_file is not None and not made:
            key_file.unlink(missing_ok=True)  # no team was made with it
        raise
    return _join_here(store, address, team_id, team_name, key)


def join_team(store: Store, url: str, key: TeamKey) -> Joined:
    """Join the team on the hub with its key: refused, with nothing written, when the key is
    not the team's; the records this caseload already holds wait to be sent."""
    # Imported only here, as in make_team.
    from carebook.storage import hub_feed
    from carebook.storage.hub_schema import check_hub

    if sync_state.team_of(store.conn) is not None:
        raise HubRefused(translate("Sync", "This caseload is in a team already; leave it first."))
    address = hub_address(url)
    hub = connect(address, _password(store, address))
    try:
        check_hub(hub)
        team = hub_feed.team_of(hub)
        if team is None:
            raise HubRefused(
                translate(
                    "Sync", "The hub at {host} has no team yet: make one with team init."
                ).format(host=address.host)
            )
        team_id, team_name, check = team
        if not matches(key, check):
            raise TeamKeyError(
                translate(
                    "Sync",
                    "This team key is not the key of the team on {host}: check the recovery "
                    "phrase or key file. Nothing was changed.",
                ).format(host=address.host),
                "key_file",
            )
        hub_feed.register_device(hub, sync_state.fresh_device(store.conn), _device_name())
    finally:
        hub.close()
    return _join_here(store, address, team_id, team_name, key)


def _join_here(
    store: Store, address: HubAddress, team_id: str, team_name: str, key: TeamKey
) -> Joined:
    phrase = phrase_of(key)
    kept_key, where = None, translate("Sync", "The team key is kept in this computer's keyring.")
    if not secrets.keep(secrets.team_key_name(team_id), phrase):
        if store.passphrase is not None:
            kept_key = phrase
            where = translate("Sync", "The team key is kept in the protected caseload.")
        else:
            where = translate(
                "Sync",
                "This computer has no keyring and the caseload has no passphrase, so the team "
                "key is not kept: give the key file each time you sync.",
            )
    waiting = sync_state.join(
        store.conn, team_id, team_name, address.shown, key.fingerprint, kept_key
    )
    if address.password is not None:
        keep_password(store, address, address.password)
    return Joined(team_name, phrase, waiting, where)


def keep_password(store: Store, address: HubAddress, password: str) -> None:
    """Keep the hub password in the keyring, else in a protected caseload, else nowhere."""
    if secrets.keep(secrets.hub_password_name(address.shown, address.user), password):
        return
    if store.passphrase is not None:
        team = sync_state.team_of(store.conn)
        sync_state.keep_in_caseload(store.conn, team.kept_key if team else None, password)


def _password(store: Store, address: HubAddress) -> str | None:
    """The hub password this computer keeps (None: the URL's, PGPASSWORD or ~/.pgpass)."""
    if address.password is not None:
        return None
    kept = secrets.read(secrets.hub_password_name(address.shown, address.user))
    if kept is not None:
        return kept
    team = sync_state.team_of(store.conn)
    return team.kept_password if team else None


def hub_password(store: Store) -> str | None:
    """The password for this caseload's hub, where this computer keeps one."""
    team = sync_state.team_of(store.conn)
    return None if team is None else _password(store, hub_address(team.hub))


def team_key(store: Store, key_file: Path | None = None) -> TeamKey:
    """The team key: from `key_file` when given, else where this computer keeps it."""
    # Imported only here: a key file is read only when one is given.
    from carebook.sync.team_key import read_key_file

    if key_file is not None:
        return read_key_file(key_file)
    team = sync_state.team_of(store.conn)
    if team is None:
        raise TeamKeyError(translate("Sync", "This caseload is not in a team."), "key_file")
    phrase = secrets.read(secrets.team_key_name(team.team_id)) or team.kept_key
    if phrase is None:
        raise TeamKeyError(
            translate(
                "Sync",
                "This computer does not keep the team key: give the key file (--key-file).",
            ),
            "key_file",
        )
    return key_from_phrase(phrase)


def devices(store: Store) -> list[DeviceRow]:
    """The team's devices as the hub lists them."""
    # Imported only here, as in make_team.
    from carebook.storage import hub_feed

    team = _team(store)
    address = hub_address(team.hub)
    hub = connect(address, _password(store, address))
    try:
        return hub_feed.devices(hub)
    finally:
        hub.close()


def leave_team(store: Store, device: str | None = None) -> None:
    """Take a device out of the team (this one when `device` is None): the hub gives it
    nothing more; this caseload keeps every record and stops noting changes."""
    # Imported only here, as in make_team.
    from carebook.storage import hub_feed

    team = _team(store)
    mine = sync_state.device_id(store.conn)
    address = hub_address(team.hub)
    hub = connect(address, _password(store, address))
    try:
        hub_feed.remove_device(hub, device or mine)
    finally:
        hub.close()
    if device is None or device == mine:
        secrets.forget(secrets.team_key_name(team.team_id))
        sync_state.leave(store.conn)


def _team(store: Store) -> sync_state.TeamState:
    team = sync_state.team_of(store.conn)
    if team is None:
        raise HubRefused(translate("Sync", "This caseload is not in a team."))
    return team


def _device_name() -> str:
    """What the team sees this computer as: its host name."""
    return socket.gethostname() or translate("Sync", "a computer")
