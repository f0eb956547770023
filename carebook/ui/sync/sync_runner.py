"""The caseload's syncs with its team's hub, on a thread of their own: at start, every so often,
on demand (F9) and once more at closing, so the window never waits on the network."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from carebook.core.changes import Changes
from carebook.core.words import translate
from carebook.ui.commands import Caseload

if TYPE_CHECKING:
    from carebook.sync.engine import SyncOutcome
    from carebook.sync.team_key import TeamKey

#: How long after the window is shown the first sync starts: the window paints first.
START_DELAY_MS = 1500
#: How long closing waits for a last sync before the window closes regardless.
CLOSING_WAIT_MS = 10_000

_log = logging.getLogger(__name__)
#: Syncs still running when their window closed: kept referenced until they end, since a
#: thread object taken away while its thread runs takes the whole program down.
_LEFT_RUNNING: list[SyncWork] = []


class SyncWork(QThread):
    """One sync, run on its own thread over a Store it opens and closes there: the window's
    store is never used from another thread."""

    progressed = Signal(str)

    def __init__(
        self, path: Path, passphrase: str | None, key: TeamKey, password: str | None
    ) -> None:
        super().__init__()
        self.path = path
        self.passphrase = passphrase
        self.key = key
        self.password = password
        #: Set from the window's thread: the sync stops between two batches.
        self.stopping = False
        self.outcome: SyncOutcome | None = None

    def run(self) -> None:
        # Imported only here: the engine brings psycopg and nacl, which load with a sync only.
        from carebook.store.caseload import Store
        from carebook.sync.engine import SyncOutcome, sync_now

        try:
            store = Store.open(self.path, passphrase=self.passphrase)
        except Exception as error:
            # The file is busy, gone or damaged: the next sync tries again.
            _log.warning("A sync could not open the caseload (%s)", type(error).__name__)
            self.outcome = SyncOutcome(trouble=_stopped_by(error))
            return
        try:
            self.outcome = sync_now(
                store,
                self.key,
                self.password,
                stop=lambda: self.stopping,
                progress=self.progressed.emit,
            )
        except Exception as error:
            # sync_now never raises for the hub; the caseload file may (full disk, locked).
            # Only the kind of error is logged: its text could quote a record.
            _log.warning("A sync stopped on the caseload file (%s)", type(error).__name__)
            self.outcome = SyncOutcome(trouble=_stopped_by(error))
        finally:
            store.close()


def _stopped_by(error: Exception) -> str:
    """Why a sync stopped on this computer's side, in words the coordinator can act on."""
    # Imported only here: the file's own refusals, read only when a sync fails.
    from carebook.core.errors import SaveError, ValidationError
    from carebook.storage.file_errors import CaseloadFileError

    if isinstance(error, SaveError | ValidationError | CaseloadFileError):
        return str(error)
    return translate(
        "Sync", "The caseload file could not be read or written; carebook will try again."
    )


def _unfinished() -> SyncOutcome:
    """The outcome of a sync whose thread ended without one (it should not happen)."""
    # Imported only here, as in SyncWork.run.
    from carebook.sync.engine import SyncOutcome

    return SyncOutcome(trouble=translate("Sync", "The sync stopped; carebook will try again."))


class SyncRunner(QObject):
    """Runs one sync at a time in the background and tells the window how it went."""

    started = Signal()
    #: What the running sync has done so far ("Sent 2000 changes").
    progressed = Signal(str)
    #: The SyncOutcome of a sync that ended (or could not start: no team key).
    finished = Signal(object)

    def __init__(self, caseload: Caseload, window: QWidget) -> None:
        super().__init__(window)
        self.caseload = caseload
        self._asking = window
        #: The team key given by hand this run, kept in memory only.
        self.key: TeamKey | None = None
        #: The hub password typed this run (no keyring, no protected caseload), in memory only.
        self.password: str | None = None
        self._asked = False
        #: How the last sync of this run went (None before the first).
        self.last: SyncOutcome | None = None
        self._work: SyncWork | None = None
        self._again = False
        self._closing = False
        self._every = 0
        self.every_timer = QTimer(self)
        self.every_timer.timeout.connect(self.sync_by_itself)
        caseload.changed.connect(self._caseload_changed)
        self.follow_team()

    @property
    def running(self) -> bool:
        return self._work is not None

    def in_team(self) -> bool:
        store = self.caseload.store
        return store.is_open and store.team_sync.status().team is not None

    def _caseload_changed(self, _changes: Changes) -> None:
        self.follow_team()

    def follow_team(self) -> None:
        """Sync every so many minutes as the team's setting says (0: never by itself)."""
        store = self.caseload.store
        team = store.team_sync.status().team if store.is_open else None
        minutes = team.every_minutes if team is not None and not self._closing else 0
        if minutes == self._every:
            return  # left running: a change elsewhere must not put the next sync off
        self._every = minutes
        if minutes > 0:
            self.every_timer.start(minutes * 60_000)
        else:
            self.every_timer.stop()

    def sync_at_start(self) -> None:
        """Called once the window is shown: a sync soon after, without asking for anything."""
        QTimer.singleShot(START_DELAY_MS, self, self.sync_by_itself)

    def sync_by_itself(self) -> None:
        """A sync nobody asked for just now (at start, every so often): it asks for nothing."""
        self.sync(asking=False)

    def sync(self, asking: bool = True) -> None:
        """Start a sync now, or once more after the one running; `asking` (a sync the
        coordinator asked for) lets it ask for the team key when this computer does not keep it.
        """
        if self._closing or not self.in_team():
            return
        if self._work is not None:
            self._again = True
            return
        key = self._team_key(asking)
        if key is None:
            self._tell_key_missing()
            return
        self._asked = asking
        self._start(key)

    def _start(self, key: TeamKey) -> None:
        # Imported only here: keyring loads with a sync, never at start.
        from carebook.sync.team import hub_password

        store = self.caseload.store
        work = SyncWork(store.path, store.passphrase, key, self.password or hub_password(store))
        work.progressed.connect(self.progressed)
        work.finished.connect(self._ended)
        self._work = work
        work.start()
        self.started.emit()

    def use_key(self, key: TeamKey, password: str | None = None) -> None:
        """The team key (and hub password) just made or given in Team sync…: this run's syncs
        use them, never asking for them again."""
        self.key = key
        if password:
            self.password = password

    def _team_key(self, asking: bool) -> TeamKey | None:
        """The team key: kept on this computer, given earlier this run, or asked for now."""
        # Imported only here: the team's modules load with a sync, never at start.
        from carebook.sync.team import team_key
        from carebook.sync.team_key import TeamKeyError

        store = self.caseload.store
        try:
            return team_key(store)
        except TeamKeyError:
            pass
        if self.key is None and asking:
            # Imported only here: the prompt is shown on a computer that keeps no team key.
            from carebook.ui.sync.key_prompt import ask_team_key

            self.key = ask_team_key(self._asking)
        team = store.team_sync.status().team
        if (
            self.key is not None
            and team is not None
            and self.key.fingerprint != team.key_fingerprint
        ):
            # Changes sealed with another key would reach the team as noise: never sent.
            self.key = None
            self.caseload.status_message.emit(
                translate("Sync", "That is not this team's key; nothing was sent.")
            )
        return self.key

    def _tell_key_missing(self) -> None:
        # Imported only here, as in _start.
        from carebook.sync.engine import SyncOutcome

        outcome = SyncOutcome(
            trouble=translate("Sync", "the team key is needed (press F9)"),
            waiting=self.caseload.store.team_sync.status().waiting,
        )
        self.last = outcome
        self.finished.emit(outcome)

    def _ended(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return  # already seen to at closing
        work.wait()  # the thread is ending: its last signal was sent just before
        outcome = work.outcome or _unfinished()
        self.last = outcome
        if outcome.received > 0 and not self._closing and self.caseload.store.is_open:
            # The views read again what the team changed; what this computer did stays undoable.
            self.caseload.announce(Changes.of_everything())
        self.follow_team()
        self.finished.emit(outcome)
        if outcome.password_wanted and self._asked and not self._closing:
            # A computer that keeps no password asks for it each run, when a sync is asked for.
            self._asked = False
            if self._ask_password():
                self.sync(asking=True)
                return
        if self._again and not self._closing:
            self._again = False
            self.sync(asking=False)

    def _ask_password(self) -> bool:
        """Ask for the hub password (kept in memory for this run); whether one was given."""
        team = self.caseload.store.team_sync.status().team
        hub = team.hub if team is not None else ""
        text, given = QInputDialog.getText(
            self._asking,
            translate("Sync", "Hub password"),
            translate("Sync", "The password for the hub at {hub}:").format(hub=hub),
            QLineEdit.EchoMode.Password,
        )
        if not given or not text:
            return False
        self.password = text
        return True

    def at_closing(self, wait_ms: int = CLOSING_WAIT_MS) -> None:
        """One last sync before the window closes, waited for at most `wait_ms`."""
        if self._closing:
            return
        if self._work is None and self.in_team():
            key = self._team_key(asking=False)
            if key is not None:
                self._start(key)
        self._closing = True
        self.follow_team()
        work = self._work
        if work is None:
            return
        if work.wait(wait_ms):
            self._ended()
            return
        # Too slow (a hub that stopped answering mid-way): told to stop, and left to end on
        # its own; what it did not send waits for the next time.
        work.stopping = True
        work.finished.disconnect(self._ended)
        self._work = None
        _LEFT_RUNNING.append(work)
        _log.info("The last sync was still running when the window closed")
