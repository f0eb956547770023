"""Sync in the running window, against a real hub: F9 brings the team's edits without stopping
the window, an unreachable hub is said quietly in the status bar, conflicts show on Today."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from carebook.core.calendar_words import day_text
from carebook.store.caseload import Store
from carebook.store.team_sync import TeamStatus
from carebook.sync.engine import SyncOutcome
from carebook.sync.team import join_team, make_team, team_key
from carebook.sync.team_key import read_key_file
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.sync.sync_status import age_text, status_text

from .caseloads import sync
from .postgres_cluster import PostgresCluster

#: Long enough for a sync of the sample caseload on a slow test machine.
SYNC_WAIT_MS = 60_000


@pytest.fixture(autouse=True)
def fresh_settings(qapp: QApplication) -> Iterator[None]:
    """Window layout from a settings store of this test's own, as the window tests have."""
    QCoreApplication.setOrganizationName("carebook")
    QCoreApplication.setApplicationName("carebook")
    QSettings().clear()
    yield
    QSettings().clear()


@dataclass
class Team:
    office: Store
    laptop: Store
    key_file: Path


def _bare(url: str) -> str:
    """The hub's address without its password (it comes from PGPASSWORD)."""
    parts = urlsplit(url)
    return url.replace(f":{parts.password}@", "@")


@pytest.fixture
def team(
    hub_url: str, sample_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Team]:
    """The sample caseload (the office) and a new one (the laptop) in one team, in step."""
    monkeypatch.setenv("PGPASSWORD", urlsplit(hub_url).password or "")
    key_file = tmp_path / "team.key"
    office = Store.open(sample_db)
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    try:
        make_team(office, _bare(hub_url), "Riverside", key_file)
        join_team(laptop, _bare(hub_url), read_key_file(key_file))
        for store in (office, laptop, office):
            sync(store, key_file)
        yield Team(office, laptop, key_file)
    finally:
        laptop.close()
        if office.is_open:
            office.close()


def _patient_id(store: Store, uid: str) -> int:
    return int(store.conn.execute("SELECT id FROM patient WHERE uid = ?", [uid]).fetchone()[0])


def _phone(store: Store, uid: str) -> str:
    patient = store.patients.patient(_patient_id(store, uid))
    assert patient is not None
    return patient.phone


def _set_phone(store: Store, uid: str, phone: str) -> None:
    patient = store.patients.patient(_patient_id(store, uid))
    assert patient is not None
    store.patients.update_patient(replace(patient, phone=phone))


def _open_window(qtbot: QtBot, team: Team) -> MainWindow:
    """The office's window, shown, with the team key given by hand (this computer keeps none),
    once its first sync (at start) has ended."""
    window = MainWindow(Caseload(team.office))
    qtbot.addWidget(window)
    window.sync_runner.key = team_key(team.office, team.key_file)
    with qtbot.waitSignal(window.sync_runner.finished, timeout=SYNC_WAIT_MS) as first:
        window.show()
        qtbot.waitExposed(window)
    assert isinstance(first.args[0], SyncOutcome)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def _press_f9(qtbot: QtBot, window: MainWindow) -> SyncOutcome:
    """F9 where the focus is; the outcome of the sync it started."""
    with qtbot.waitSignal(window.sync_runner.finished, timeout=SYNC_WAIT_MS) as ended:
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F9)
    outcome = ended.args[0]
    assert isinstance(outcome, SyncOutcome)
    return outcome


def _dialogs_shown() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_f9_brings_the_team_s_edit_and_an_unreachable_hub_is_said_quietly(
    qtbot: QtBot, team: Team, running: PostgresCluster
) -> None:
    window = _open_window(qtbot, team)
    caseload = window.caseload
    first, second = (
        str(uid)
        for (uid,) in team.office.conn.execute("SELECT uid FROM patient ORDER BY uid LIMIT 2")
    )
    # An edit made in the window (undoable), and one made on the laptop and sent from there.
    office_patient = team.office.patients.patient(_patient_id(team.office, second))
    assert office_patient is not None
    caseload.change(
        "Edit patient",
        "patient",
        lambda: team.office.patients.update_patient(replace(office_patient, phone="555-0101")),
        touches=[("patient", office_patient.id or 0)],
    )
    assert re.search(r" · (1 change|\d+ changes) waiting$", window.sync_status.text())
    _set_phone(team.laptop, first, "555-0199")
    sync(team.laptop, team.key_file)
    assert _phone(team.office, first) != "555-0199"

    # The event loop turns while the sync runs: a timer firing at every turn sees it running.
    seen_running: list[bool] = []
    turns = QTimer()
    turns.setInterval(0)
    turns.timeout.connect(lambda: seen_running.append(window.sync_runner.running))
    turns.start()
    outcome = _press_f9(qtbot, window)
    turns.stop()
    assert any(seen_running)

    assert outcome.trouble is None and outcome.received >= 1 and outcome.sent >= 1
    assert _phone(team.office, first) == "555-0199"
    assert caseload.undo_stack.count() == 1  # what was done here stays undoable
    assert window.sync_status.text() == "Synced just now"
    assert window.sync_status.isVisibleTo(window)
    sync(team.laptop, team.key_file)
    assert _phone(team.laptop, second) == "555-0101"  # the hub passed the window's edit on

    # The hub stops: said in the status bar, nothing asked, the window goes on working.
    running.stop()
    caseload.undo_stack.undo()
    outcome = _press_f9(qtbot, window)
    assert outcome.reachable is False and outcome.trouble
    text = window.sync_status.text()
    assert re.fullmatch(r"Can't reach the hub: .+ · (1 change|\d+ changes) waiting", text)
    assert "127.0.0.1" in text or "localhost" in text
    assert _dialogs_shown() == []
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
    )
    assert window.tabs.currentIndex() == 1
    assert _phone(team.office, second) == office_patient.phone  # the undo was written

    # Closing tries once more and closes even so, in bounded time.
    began = time.monotonic()
    window.close()
    assert not window.isVisible()
    assert time.monotonic() - began < 15
    assert _dialogs_shown() == []


def test_a_conflict_shows_on_today_in_the_status_bar_and_in_the_menu(
    qtbot: QtBot, team: Team
) -> None:
    # The same dose changed on both computers before either synced (a clinical field: never
    # settled by whichever came later).
    for store, dose in ((team.office, "2 tablets"), (team.laptop, "3 tablets")):
        store.conn.execute(
            "UPDATE medication SET dose = ? WHERE uid = (SELECT min(uid) FROM medication)", [dose]
        )
    sync(team.laptop, team.key_file)
    window = _open_window(qtbot, team)  # its first sync finds the conflict

    banner = window.today.conflicts_banner
    assert banner.isVisibleTo(window) and banner.text() == "1 sync conflict to settle"
    assert banner.focusPolicy() & Qt.FocusPolicy.TabFocus
    link = window.sync_status.conflicts_button
    assert link.isVisibleTo(window) and link.text() == "1 conflict to settle"
    assert window.conflicts_action.isEnabled() and window.sync_now_action.isEnabled()

    pytest.importorskip("carebook.ui.sync.conflicts_dialog")
    shown: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        shown.append(type(dialog).__name__)
        if dialog is not None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(200, close_it)
    banner.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(banner, Qt.Key.Key_Space)
    assert shown == ["ConflictsDialog"]


def test_a_caseload_in_no_team_shows_no_sync_and_f9_does_nothing(
    qtbot: QtBot, sample_db: Path
) -> None:
    store = Store.open(sample_db)
    try:
        window = MainWindow(Caseload(store))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.sync_status.isHidden()
        assert not window.today.conflicts_banner.isVisibleTo(window)
        assert not window.sync_now_action.isEnabled()
        assert not window.conflicts_action.isEnabled()
        assert window.team_sync_action.isEnabled()
        with qtbot.assertNotEmitted(window.sync_runner.started, wait=300):
            window.sync_runner.sync()
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F9)
        window.close()
    finally:
        store.close()


def test_f9_is_given_to_sync_now_alone(qtbot: QtBot, sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        window = MainWindow(Caseload(store))
        qtbot.addWidget(window)
        holders = [
            action
            for action in window.findChildren(type(window.sync_now_action))
            if any(key.toString() == "F9" for key in action.shortcuts())
        ]
        assert holders == [window.sync_now_action]
        window.close()
    finally:
        store.close()


# -- the status bar's words ----------------------------------------------------------------------

NOW = datetime(2026, 11, 24, 15, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("then", "said"),
    [
        (NOW - timedelta(seconds=20), "just now"),
        (NOW + timedelta(seconds=30), "just now"),
        (NOW - timedelta(minutes=2, seconds=10), "2 min ago"),
        (NOW - timedelta(hours=3, minutes=5), "3 h ago"),
        (NOW - timedelta(hours=15, minutes=1), "15 h ago"),
        (NOW - timedelta(hours=20), "yesterday"),
        (NOW - timedelta(days=1, hours=2), "yesterday"),
        (NOW - timedelta(days=5), day_text((NOW - timedelta(days=5)).date())),
    ],
)
def test_ages_are_said_plainly(then: datetime, said: str) -> None:
    assert age_text(then, NOW) == said


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)))
def test_every_age_is_said_in_one_of_the_plain_forms(age: timedelta) -> None:
    said = age_text(NOW - age, NOW)
    if age < timedelta(minutes=1):
        assert said == "just now"
    elif age < timedelta(hours=1):
        assert said == f"{int(age.total_seconds() // 60)} min ago"
    elif age < timedelta(hours=12) or (NOW - age).date() == NOW.date():
        assert said == f"{int(age.total_seconds() // 3600)} h ago"
    elif (NOW - age).date() == NOW.date() - timedelta(days=1):
        assert said == "yesterday"
    else:
        assert said == day_text((NOW - age).date())


def _status(team_trouble: str | None = None, waiting: int = 0) -> TeamStatus:
    # Imported here: the team's row as the store reads it, only for these words.
    from carebook.storage.sync_state import TeamState

    state = TeamState(
        team_id="t",
        team_name="Riverside",
        hub="hub.example.org/carebook",
        key_fingerprint="F",
        pulled_to=0,
        pushed_to=0,
        synced_at=(NOW - timedelta(minutes=2)).isoformat(),
        trouble=team_trouble,
        every_minutes=0,
        kept_key=None,
        kept_password=None,
    )
    return TeamStatus(state, waiting, 0)


def test_the_status_says_synced_syncing_waiting_and_why_not() -> None:
    assert status_text(_status(waiting=3), False, "", None, NOW) == (
        "Synced 2 min ago · 3 changes waiting"
    )
    assert status_text(_status(), True, "", None, NOW) == "Syncing…"
    assert status_text(_status(), True, "Sent 40 changes", None, NOW) == (
        "Syncing… Sent 40 changes"
    )
    offline = SyncOutcome(trouble="The hub did not answer.", reachable=False, waiting=12)
    assert status_text(_status("The hub did not answer.", 12), False, "", offline, NOW) == (
        "Can't reach the hub: The hub did not answer. · 12 changes waiting"
    )
    refused = SyncOutcome(trouble="The hub refused the password.")
    assert status_text(_status("x", 1), False, "", refused, NOW) == (
        "Sync stopped: The hub refused the password. · 1 change waiting"
    )
    assert status_text(TeamStatus(None, 0, 0), False, "", None, NOW) == ""


def test_a_computer_keeping_no_password_asks_for_it_when_a_sync_is_asked_for(
    qtbot: QtBot, team: Team, hub_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No keyring, a plain caseload, no PGPASSWORD: F9 asks for the hub password, once this
    run, and the sync then goes through; the password is kept nowhere but in memory."""
    window = _open_window(qtbot, team)
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        asked.append(dialog.windowTitle())
        qtbot.keyClicks(QApplication.focusWidget(), urlsplit(hub_url).password or "")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(window.sync_runner.finished, timeout=SYNC_WAIT_MS) as refused:
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F9)
    assert refused.args[0].password_wanted
    # The password given, the sync started again at once: it goes through.
    qtbot.waitUntil(lambda: not window.sync_runner.running, timeout=SYNC_WAIT_MS)
    assert asked == ["Hub password"]
    last = window.sync_runner.last
    assert last is not None and last.trouble is None
    assert window.sync_runner.password == urlsplit(hub_url).password
    assert QSettings().allKeys() == [] or all(
        "password" not in key.lower() for key in QSettings().allKeys()
    )


def _first_uid(store: Store) -> str:
    return str(store.conn.execute("SELECT min(uid) FROM patient").fetchone()[0])


def test_a_team_made_in_the_window_syncs_with_its_new_key_without_asking_for_it(
    qtbot: QtBot, sample_db: Path, hub_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No keyring and a plain caseload keep the key and password nowhere: the sync that follows
    making the team uses the key just made and the password just typed instead of asking for
    them over the phrase being shown."""
    # Imported here: the dialog is loaded only when File → Team sync… is chosen.
    from carebook.ui.sync.key_prompt import KeyPrompt
    from carebook.ui.sync.team_dialog import TeamSyncDialog

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    store = Store.open(sample_db)
    try:
        window = MainWindow(Caseload(store))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        dialog = TeamSyncDialog(window.caseload, window.sync_runner, window)
        dialog.show()
        qtbot.waitExposed(dialog)
        prompts: list[QWidget] = []

        def refuse_prompts() -> None:  # noted and sent away, so that a failure never hangs
            for shown in _dialogs_shown():
                if shown is not dialog and (
                    isinstance(shown, KeyPrompt) or shown.windowTitle() == "Hub password"
                ):
                    prompts.append(shown)
                    shown.reject()

        watch = QTimer(dialog)
        watch.timeout.connect(refuse_prompts)
        watch.start(20)
        dialog.address.setText(_bare(hub_url))
        dialog.password.setText(urlsplit(hub_url).password or "")
        dialog.team_name.setText("Riverside")
        with qtbot.waitSignal(window.sync_runner.finished, timeout=SYNC_WAIT_MS) as ended:
            qtbot.keyClick(dialog.team_name, Qt.Key.Key_Return)
        watch.stop()
        assert dialog.pages.currentWidget() is dialog.phrase_page
        assert prompts == []
        outcome = ended.args[0]
        assert isinstance(outcome, SyncOutcome) and outcome.trouble is None, outcome
        assert store.team_sync.status().waiting == 0
        dialog.phrase_page.written.setChecked(True)
        dialog.phrase_page.done_button.click()
        dialog.close()
        window.close()  # its closing sync, with the key it was given
    finally:
        if store.is_open:
            store.close()
