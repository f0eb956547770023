"""One sync with the team's hub: send what waits in the outbox, sealed with the team key, then
read the hub's feed after this caseload's cursor and merge it, page by page."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from carebook.core.words import translate
from carebook.storage import sync_state
from carebook.storage.hub_connection import HubError, HubRefused, connect, hub_address
from carebook.storage.sync_apply import Applied
from carebook.storage.sync_outbox import Change, count_waiting, quoted, read_pairs, waiting
from carebook.sync.team_key import TeamKey, WrongTeamKey, open_sealed, seal

if TYPE_CHECKING:
    from carebook.storage.hub_feed import FeedChange, SealedChange
    from carebook.store.caseload import Store

_log = logging.getLogger(__name__)

#: Changes sent in one batch (one hub transaction), and read in one page (one local one).
BATCH = 2000
PAGE = 2000
#: Series laid out again in one transaction after a page is merged.
LAYOUT_CHUNK = 500
#: A fixed namespace for batch ids: the same changes sent again carry the same batch id, so
#: the hub takes them once however often a crash makes this computer send them.
BATCHES = uuid.UUID("6f1d2b8e-5c4a-4e8f-9a57-0d3c2e1b7a90")


@dataclass(slots=True)
class SyncOutcome:
    """What a sync did, or why it could not."""

    sent: int = 0
    received: int = 0
    conflicts: int = 0
    waiting: int = 0
    #: Why the sync stopped short (None when it finished); `reachable` False when the hub could
    #: not be reached at all (offline: said quietly), True when the hub refused.
    trouble: str | None = None
    reachable: bool = True
    #: The hub wants a password this computer does not keep (or refused the one it had).
    password_wanted: bool = False


def context(uid: str, kind: str, version: str) -> bytes:
    """What a sealed change is bound to: the hub cannot move it to another record or version."""
    return f"{uid}|{kind}|{version}".encode()


def sealed(key: TeamKey, change: Change) -> SealedChange:
    """A change as the hub keeps it: its ids and versions in the open, its content sealed."""
    # Imported only here: the hub's modules load with a sync, never with the window.
    from carebook.storage.hub_feed import SealedChange

    plain = {
        "op": change.op,
        "fields": quoted(change.fields),
        "bases": None if change.bases is None else quoted(change.bases),
    }
    body = json.dumps(plain, separators=(",", ":")).encode()
    return SealedChange(
        uid=change.uid,
        kind=change.kind,
        version=change.version,
        base=change.base,
        sealed=seal(key, body, context=context(change.uid, change.kind, change.version)),
    )


def opened(key: TeamKey, row: FeedChange) -> Change:
    """A change read from the hub, opened with the team key (WrongTeamKey if it will not)."""
    body = open_sealed(key, row.sealed, context=context(row.uid, row.kind, row.version))
    plain: dict[str, Any] = json.loads(body)
    return Change(
        uid=row.uid,
        kind=row.kind,
        op=str(plain["op"]),
        version=row.version,
        base=row.base,
        fields=read_pairs(plain["fields"]) or {},
        bases=read_pairs(plain["bases"]),
    )


def sync_now(
    store: Store,
    key: TeamKey,
    password: str | None,
    *,
    stop: Callable[[], bool] = lambda: False,
    progress: Callable[[str], None] = lambda _said: None,
) -> SyncOutcome:
    """Push and pull until nothing waits (or `stop` says so); never raises for the hub."""
    # Imported only here: psycopg loads with a sync, never with the window's start.
    from carebook.storage import hub_feed
    from carebook.storage.hub_schema import check_hub

    conn = store.conn
    outcome = SyncOutcome()
    team = sync_state.team_of(conn)
    if team is None:
        outcome.trouble = translate("Sync", "This caseload is not in a team.")
        return outcome
    device = sync_state.device_id(conn)
    try:
        hub = connect(hub_address(team.hub), password)
    except HubError as error:
        return _stopped(store, outcome, error)
    try:
        check_hub(hub)
        # This caseload's own changes on the hub up to here are in the file already (those it
        # sends now are skipped by their numbers); any after it, one restored from an older
        # backup lacks, and merges back.
        known_to = team.pushed_to
        sent_now: list[tuple[int, int]] = []
        while not stop():
            changes, last = waiting(conn, BATCH)
            if not last:
                break
            named = "|".join(f"{c.uid}@{c.version}" for c in changes)
            batch = uuid.uuid5(BATCHES, f"{device}|{last}|{named}")
            hub_seq = hub_feed.push(hub, device, str(batch), [sealed(key, c) for c in changes])
            sync_state.mark_sent(conn, last, hub_seq)
            # A batch's changes are numbered one after another on the hub (pushes take turns).
            sent_now.append((hub_seq - len(changes) + 1, hub_seq))
            outcome.sent += len(changes)
            progress(translate("Sync", "Sent {count} changes").format(count=outcome.sent))
        cursor = team.pulled_to
        while not stop():
            rows = hub_feed.pull(hub, device, cursor, PAGE)
            if not rows:
                break
            theirs = [
                opened(key, r)
                for r in rows
                if not (r.device == device and _known(r.seq, known_to, sent_now))
            ]
            applied = sync_state.merge_page(
                conn, theirs, rows[-1].seq, lambda done: _lay_out_visits(store, done)
            )
            cursor = rows[-1].seq
            outcome.received += len(theirs)
            outcome.conflicts += applied.conflicts
            progress(translate("Sync", "Received {count} changes").format(count=outcome.received))
    except HubError as error:
        return _stopped(store, outcome, error)
    except WrongTeamKey as error:
        return _stopped(store, outcome, HubRefused(str(error)))
    except (ValueError, KeyError, TypeError) as error:
        # A change that does not read (damaged on the way, or from a newer carebook): said,
        # never a traceback; nothing of its page was merged.
        _log.warning("A change from the hub could not be read (%s)", type(error).__name__)
        return _stopped(
            store,
            outcome,
            HubRefused(
                translate(
                    "Sync",
                    "A change from the hub could not be read; nothing of it was merged. Update "
                    "carebook, or ask your team's admin.",
                )
            ),
        )
    finally:
        hub.close()
    outcome.waiting = count_waiting(conn)
    sync_state.note_sync(conn, datetime.now().astimezone().isoformat(timespec="seconds"), None)
    return outcome


def _known(seq: int, known_to: int, sent_now: list[tuple[int, int]]) -> bool:
    """Whether a change of this caseload's own, numbered `seq` on the hub, is in the file."""
    return seq <= known_to or any(first <= seq <= last for first, last in sent_now)


def _stopped(store: Store, outcome: SyncOutcome, error: HubError) -> SyncOutcome:
    # Imported only here, as in sync_now.
    from carebook.storage.hub_connection import HubNeedsPassword, HubUnreachable

    outcome.trouble = str(error)
    outcome.reachable = not isinstance(error, HubUnreachable)
    outcome.password_wanted = isinstance(error, HubNeedsPassword)
    outcome.waiting = count_waiting(store.conn)
    sync_state.note_sync(store.conn, None, outcome.trouble)
    return outcome


def _lay_out_visits(store: Store, applied: Applied) -> None:
    """Lay out again the visits of every series a merged change touched (they are laid out
    on each computer from the series and its changes, never sent)."""
    ids = {
        row_id
        for table, row_id in applied.touched
        if table in ("appointment", "appointment_change")
    }
    ordered = sorted(ids)
    for start in range(0, len(ordered), LAYOUT_CHUNK):
        found = [store.appointments.appointment(i) for i in ordered[start : start + LAYOUT_CHUNK]]
        series = [appointment for appointment in found if appointment is not None]
        if not series:
            continue
        with store.db.atomic():  # a savepoint inside the page's transaction
            for appointment in series:
                store.visits.set_last_start(appointment)
            store.visits.lay_out(
                series,
                store.visits.changes_for([a.id for a in series if a.id is not None]),
                store.visits.horizon(),
            )
