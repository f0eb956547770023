"""`carebook team`, `carebook sync` and `carebook conflicts`: a caseload shared with a team
through a PostgreSQL hub, from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carebook.cli.common import open_store
from carebook.cli.refusal import EXIT_FAILED, CommandError
from carebook.core.calendar_words import day_and_clock
from carebook.core.words import translate

if TYPE_CHECKING:
    from carebook.store.caseload import Store

#: A sync that could not reach the hub (offline): not a failure of carebook's, but said so.
EXIT_OFFLINE = 4


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `team`, `sync` and `conflicts` to the sub-commands."""
    team = commands.add_parser(
        "team",
        help=translate("CliSync", "make or join a team that shares this caseload through a hub"),
        description=translate(
            "CliSync",
            "A team's computers share one caseload through a PostgreSQL hub. Each keeps its own "
            "caseload and works offline; sync sends and receives the changes, sealed with the "
            "team key so the hub never sees a name, a date of birth or a medication.",
        ),
    )
    db_option(team)
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help=translate("CliSync", "set up the hub and a new team, with its key")
    )
    db_option(init)
    init.add_argument("--hub", required=True, metavar="URL", help=_hub_help())
    init.add_argument(
        "--key-file",
        metavar="FILE",
        type=Path,
        help=translate(
            "CliSync",
            "write the team key's recovery phrase to this new file (else it is printed once)",
        ),
    )
    init.add_argument("--name", default="", help=translate("CliSync", "the team's name"))
    join = actions.add_parser(
        "join", help=translate("CliSync", "join a team; this caseload may already hold records")
    )
    db_option(join)
    join.add_argument("--hub", required=True, metavar="URL", help=_hub_help())
    join.add_argument(
        "--key-file",
        required=True,
        metavar="FILE",
        help=translate(
            "CliSync", "the team's key file, or - to type the recovery phrase on standard input"
        ),
    )
    shown = actions.add_parser(
        "key",
        help=translate("CliSync", "show the team key, for another computer to join with"),
        description=translate(
            "CliSync",
            "The team key this computer keeps, as its recovery phrase, a QR code or a key "
            "file. Anyone holding it can read everything the team shares.",
        ),
    )
    db_option(shown)
    shown.add_argument(
        "--qr", action="store_true", help=translate("CliSync", "also draw it as a QR code")
    )
    shown.add_argument(
        "--save",
        type=Path,
        metavar="FILE",
        help=translate("CliSync", "write it to this new key file instead of showing it"),
    )
    shown.add_argument("--key-file", type=Path, metavar="FILE", help=_key_help())
    devices = actions.add_parser("devices", help=translate("CliSync", "list the team's computers"))
    db_option(devices)
    leave = actions.add_parser(
        "leave", help=translate("CliSync", "take this computer out of the team")
    )
    db_option(leave)
    leave.add_argument(
        "--force",
        action="store_true",
        help=translate("CliSync", "leave even though changes made here have not been sent"),
    )
    sync = commands.add_parser(
        "sync",
        help=translate("CliSync", "send and receive the team's changes"),
        description=translate(
            "CliSync",
            "Send this caseload's changes to the team's hub and merge the others', until "
            "nothing waits. Exit status 0 when done, 4 when the hub cannot be reached.",
        ),
    )
    db_option(sync)
    sync.add_argument(
        "what",
        nargs="?",
        choices=["status"],
        help=translate("CliSync", "status: only say how it stands"),
    )
    sync.add_argument("--once", action="store_true", help=translate("CliSync", "one round only"))
    sync.add_argument("--key-file", type=Path, metavar="FILE", help=_key_help())
    sync.add_argument("--format", choices=["text", "json"], default="text")
    conflicts = commands.add_parser(
        "conflicts",
        help=translate("CliSync", "list or settle what two computers changed at once"),
    )
    db_option(conflicts)
    conflicts.add_argument("what", nargs="?", choices=["resolve"])
    conflicts.add_argument("id", nargs="?", type=int, metavar="ID")
    conflicts.add_argument("--keep", choices=["mine", "theirs"])
    conflicts.add_argument("--format", choices=["text", "json"], default="text")


def _hub_help() -> str:
    return translate(
        "CliSync",
        "the hub, as postgresql://USER@HOST/DATABASE (TLS with a verified certificate; "
        "sslmode=disable only on this computer)",
    )


def _key_help() -> str:
    return translate("CliSync", "the team's key file, where this computer does not keep the key")


def run(args: argparse.Namespace) -> int:
    # Imported only here: the hub's and the key's modules load for these commands alone.
    from carebook.storage.hub_connection import HubError
    from carebook.sync.team_key import TeamKeyError

    store = open_store(args, writing=args.command != "conflicts" or args.what == "resolve")
    try:
        if args.command == "team":
            return _team(store, args)
        if args.command == "sync":
            return _status(store, args) if args.what == "status" else _sync(store, args)
        return _conflicts(store, args)
    except TeamKeyError as error:
        raise CommandError(str(error)) from None
    except HubError as error:
        print(translate("Cli", "carebook: {problem}").format(problem=error), file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()


def _team(store: Store, args: argparse.Namespace) -> int:
    # Imported only here, as in run.
    from carebook.sync import team
    from carebook.sync.team_key import key_from_phrase, read_key_file

    if args.team_action == "init":
        made = team.make_team(store, args.hub, args.name, args.key_file)
        print(translate("CliSync", "Team {name} set up on the hub.").format(name=made.team_name))
        if args.key_file is None:
            print(
                translate("CliSync", "The team key's recovery phrase (shown once; write it down):")
            )
            print(made.phrase)
        else:
            print(
                translate("CliSync", "The team key is in {file}; keep it safe.").format(
                    file=args.key_file
                )
            )
        _joined_lines(made)
        return 0
    if args.team_action == "join":
        key = (
            key_from_phrase(sys.stdin.read())
            if args.key_file == "-"
            else read_key_file(Path(args.key_file))
        )
        made = team.join_team(store, args.hub, key)
        print(translate("CliSync", "Joined team {name}.").format(name=made.team_name))
        _joined_lines(made)
        return 0
    if args.team_action == "key":
        return _key(store, args)
    if args.team_action == "devices":
        mine = _device(store)
        for device in team.devices(store):
            state = (
                translate("CliSync", "removed")
                if device.removed_at is not None
                else translate("CliSync", "this computer")
                if device.id == mine
                else ""
            )
            seen = device.last_seen.strftime("%Y-%m-%d %H:%M") if device.last_seen else "—"
            print(f"{device.id}  {device.name:<24} {device.member:<16} {seen}  {state}".rstrip())
        return 0
    # Imported only here, as in run.
    from carebook.storage.sync_outbox import count_waiting

    waiting = count_waiting(store.conn)
    if waiting and not args.force:
        raise CommandError(
            translate(
                "CliSync",
                "1 change made here has not been sent; the team would never get it. "
                "Run carebook sync first, or leave with --force.",
            )
            if waiting == 1
            else translate(
                "CliSync",
                "{count} changes made here have not been sent; the team would never get them. "
                "Run carebook sync first, or leave with --force.",
            ).format(count=waiting)
        )
    team.leave_team(store)
    print(translate("CliSync", "This computer has left the team; its caseload keeps every record."))
    return 0


def _key(store: Store, args: argparse.Namespace) -> int:
    """The team key shown (or saved) for another computer: `carebook team key`."""
    # Imported only here, as in run.
    from carebook.sync.team import team_key
    from carebook.sync.team_key import phrase_of, write_key_file

    key = team_key(store, args.key_file)
    status = store.team_sync.status()
    if args.save is not None:
        write_key_file(args.save, key, status.team.hub if status.team else None)
        print(
            translate("CliSync", "The team key is in {file}; keep it safe.").format(file=args.save)
        )
        return 0
    phrase = phrase_of(key)
    print(phrase)
    if args.qr:
        # Imported only here: the encoder is needed only to draw a key.
        import segno

        # Light modules are drawn and dark ones left as the background, as terminal QR codes
        # are: read from a dark terminal, as most are.
        segno.make(phrase, error="m").terminal(out=sys.stdout, compact=True, border=2)
    return 0


def _joined_lines(made: Any) -> None:
    print(
        translate("CliSync", "{count} records wait to be sent; run carebook sync.").format(
            count=made.waiting
        )
    )
    print(made.kept_said)


def _device(store: Store) -> str:
    # Imported only here, as in run.
    from carebook.storage.sync_state import device_id

    return device_id(store.conn)


def _sync(store: Store, args: argparse.Namespace) -> int:
    # Imported only here, as in run.
    from carebook.sync.engine import sync_now
    from carebook.sync.team import hub_password, team_key

    key = team_key(store, args.key_file)
    password = hub_password(store)
    outcome = sync_now(store, key, password)
    total = outcome
    # Until nothing moves: a teammate may have sent more while this round merged.
    for _round in range(0 if args.once else 4):
        if outcome.trouble is not None or outcome.sent + outcome.received == 0:
            break
        outcome = sync_now(store, key, password)
        total = _added(total, outcome)
    outcome = total
    if args.format == "json":
        print(json.dumps(_outcome_json(outcome)))
    elif outcome.trouble is None:
        print(
            translate(
                "CliSync",
                "Synced: changes sent {sent}, received {received}; new conflicts {conflicts}.",
            ).format(sent=outcome.sent, received=outcome.received, conflicts=outcome.conflicts)
        )
    if outcome.trouble is not None:
        print(
            translate("Cli", "carebook: {problem}").format(problem=outcome.trouble), file=sys.stderr
        )
        return EXIT_OFFLINE if not outcome.reachable else EXIT_FAILED
    return 0


def _added(total: Any, outcome: Any) -> Any:
    """Two rounds' outcomes as one: their counts added, the last round's state."""
    outcome.sent += total.sent
    outcome.received += total.received
    outcome.conflicts += total.conflicts
    return outcome


def _outcome_json(outcome: Any) -> dict[str, Any]:
    return {
        "sent": outcome.sent,
        "received": outcome.received,
        "conflicts": outcome.conflicts,
        "waiting": outcome.waiting,
        "trouble": outcome.trouble,
    }


def _status(store: Store, args: argparse.Namespace) -> int:
    # Imported only here, as in run.
    from carebook.storage.sync_conflicts import count_open
    from carebook.storage.sync_outbox import count_waiting
    from carebook.storage.sync_state import team_of

    team = team_of(store.conn)
    state = {
        "team": None if team is None else team.team_name,
        "hub": None if team is None else team.hub,
        "device": _device(store),
        "synced_at": None if team is None else team.synced_at,
        "waiting": count_waiting(store.conn),
        "conflicts": count_open(store.conn),
        "trouble": None if team is None else team.trouble,
    }
    if args.format == "json":
        print(json.dumps(state))
        return 0
    if team is None:
        print(translate("CliSync", "This caseload is not in a team."))
        return 0
    print(translate("CliSync", "Team {team} on {hub}").format(team=team.team_name, hub=team.hub))
    print(
        translate("CliSync", "Last synced: {when}").format(
            when=day_and_clock(datetime.fromisoformat(team.synced_at))
            if team.synced_at
            else translate("CliSync", "never")
        )
    )
    print(
        translate("CliSync", "Changes waiting to be sent: {waiting}").format(
            waiting=state["waiting"]
        )
    )
    print(
        translate("CliSync", "Conflicts to settle: {conflicts}").format(
            conflicts=state["conflicts"]
        )
    )
    if team.trouble:
        print(translate("CliSync", "Last try: {trouble}").format(trouble=team.trouble))
    return 0


def _conflicts(store: Store, args: argparse.Namespace) -> int:
    # Imported only here, as in run.
    from carebook.storage.sync_conflicts import ConflictError, open_conflicts, settle

    if args.what == "resolve":
        if args.id is None or args.keep is None:
            raise CommandError(
                translate(
                    "CliSync", "Say which conflict and what to keep: resolve ID --keep mine|theirs"
                )
            )
        try:
            with store.db.atomic():
                settle(store.conn, args.id, args.keep)
        except ConflictError as error:
            raise CommandError(str(error)) from None
        print(translate("CliSync", "Settled; the choice is sent with the next sync."))
        return 0
    found = open_conflicts(store.conn)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "id": c.id,
                        "record": c.uid,
                        "kind": c.kind,
                        "field": c.field,
                        "what": c.what,
                        "mine": _shown(c.mine),
                        "theirs": _shown(c.theirs),
                        "their_device": c.their_device,
                        "found_at": c.found_at,
                    }
                    for c in found
                ]
            )
        )
        return 0
    if not found:
        print(translate("CliSync", "No conflicts: every computer agrees."))
    team = store.team_sync
    for c in found:
        print(f"{c.id}  {team.describe(c)} · {team.field_label(c)} · {_what(c.what)}")
        print(translate("CliSync", "    this computer:  {value}").format(value=_shown(c.mine)))
        print(translate("CliSync", "    other computer: {value}").format(value=_shown(c.theirs)))
    return 0


def _what(what: str) -> str:
    """What happened, in words."""
    if what == "both_changed":
        return translate("CliSync", "changed on both computers")
    if what == "deleted_there":
        return translate("CliSync", "deleted on another computer, changed here")
    return translate("CliSync", "deleted here, changed on another computer")


def _shown(value: Any) -> Any:
    if isinstance(value, bytes):
        return translate("CliSync", "({size} bytes)").format(size=len(value))
    if isinstance(value, dict):
        return {k: _shown(v) for k, v in value.items()}
    return value
