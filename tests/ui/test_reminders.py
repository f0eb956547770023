"""Reminders with a clock the test drives: which notices come, when, in what words, once."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from carebook.core.records import Appointment, Patient, Task
from carebook.core.today import Notice
from carebook.core.views import CaseloadBundle
from carebook.core.vocabularies import TaskPriority
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.reminders.reminders import LOOK_EVERY_MS, Reminders

MONDAY = date(2026, 12, 7)


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 7, 9, 30))


@pytest.fixture
def caseload(tmp_path: Path, clock: Clock) -> Iterator[Caseload]:
    """Ada's visit at 10:00 (about her wound), Grace's at 13:00, a task due at 11:15."""
    store = Store.open(tmp_path / "caseload.sqlite3", clock=clock)
    store.load(
        CaseloadBundle(
            patients=[
                Patient(id=1, given="Ada", family="Lovelace"),
                Patient(id=2, given="Grace", family="Hopper"),
            ],
            appointments=[
                Appointment(
                    id=1, patient_id=1, start=datetime(2026, 12, 7, 10), purpose="Wound dressing"
                ),
                Appointment(id=2, patient_id=2, start=datetime(2026, 12, 7, 13)),
            ],
            tasks=[
                Task(
                    id=1,
                    patient_id=1,
                    title="Ask the GP about the warfarin dose",
                    due_date=MONDAY,
                    due_time=time(11, 15),
                    priority=TaskPriority.URGENT,
                ),
                Task(id=2, patient_id=2, title="Overdue call", due_date=date(2026, 12, 1)),
            ],
        )
    )
    opened = Caseload(store)
    opened.set_preferences(replace(store.preferences.preferences(), reminder_minutes=15))
    yield opened
    store.close()


@pytest.fixture
def reminders(qtbot: QtBot, caseload: Caseload, clock: Clock) -> Iterator[Reminders]:
    # A backup taken a minute ago: these tests are about visits and tasks.
    made = Reminders(caseload, lambda: clock.now - timedelta(minutes=1))
    yield made
    made.close()


def _texts(reminders: Reminders) -> list[tuple[str, str]]:
    return [(f"{when:%H:%M}", notice.text) for when, notice in reminders.shown]


def test_a_notice_comes_the_set_minutes_before_each_visit_and_task_and_only_once(
    reminders: Reminders, clock: Clock
) -> None:
    assert reminders.timer.isActive() and reminders.timer.interval() == LOOK_EVERY_MS
    for minute in ("09:30", "09:44", "09:45", "09:46", "10:00", "11:00", "11:10", "12:45"):
        clock.now = datetime.combine(MONDAY, time.fromisoformat(minute))
        reminders.look()
    assert _texts(reminders) == [
        ("09:45", "Visit at 10:00 · A. L."),
        ("11:00", "Task due at 11:15 · A. L."),
        ("12:45", "Visit at 13:00 · G. H."),
    ]


def test_the_qtimer_looks_at_the_clock_by_itself(
    qtbot: QtBot, reminders: Reminders, clock: Clock
) -> None:
    clock.now = datetime(2026, 12, 7, 9, 50)
    reminders.timer.setInterval(10)
    with qtbot.waitSignal(reminders.notice_given, timeout=2000) as given:
        pass
    notice = given.args[0] if given.args else None
    assert isinstance(notice, Notice) and notice.text == "Visit at 10:00 · A. L."


def test_a_notice_names_the_patient_only_when_allowed_and_never_what_it_is_about(
    reminders: Reminders, caseload: Caseload, clock: Clock
) -> None:
    caseload.set_preferences(replace(caseload.store.preferences.preferences(), notice_names=True))
    for minute in ("09:50", "11:05"):
        clock.now = datetime.combine(MONDAY, time.fromisoformat(minute))
        reminders.look()
    assert _texts(reminders) == [
        ("09:50", "Visit at 10:00 · Ada Lovelace"),
        ("11:05", "Task due at 11:15 · Ada Lovelace"),
    ]
    for _when, notice in reminders.shown:
        assert "Wound" not in notice.text and "warfarin" not in notice.text


def test_no_notice_when_the_minutes_are_zero(
    reminders: Reminders, caseload: Caseload, clock: Clock
) -> None:
    caseload.set_preferences(replace(caseload.store.preferences.preferences(), reminder_minutes=0))
    clock.now = datetime(2026, 12, 7, 9, 55)
    reminders.look()
    assert reminders.shown == []


def test_an_old_backup_gets_one_notice(qtbot: QtBot, caseload: Caseload, clock: Clock) -> None:
    last = [datetime(2026, 12, 5, 18, 0)]
    made = Reminders(caseload, lambda: last[0])
    try:
        caseload.set_preferences(
            replace(caseload.store.preferences.preferences(), reminder_minutes=0)
        )
        made.look()
        made.look()
        assert [notice.title for _when, notice in made.shown] == ["carebook backup"]
        assert "more than a day old" in made.shown[0][1].text
        last[0] = clock.now  # backed up: nothing more to say
        clock.now += timedelta(hours=20)
        made.look()
        assert len(made.shown) == 1
    finally:
        made.close()


def test_the_tray_shows_today_s_counts_and_its_menu_acts(
    qtbot: QtBot, caseload: Caseload, clock: Clock
) -> None:
    made = Reminders(caseload, lambda: clock.now, tray=True)
    try:
        assert made.tray is not None
        assert made.tray.toolTip() == "carebook — 1 urgent, 1 overdue, 2 visits left today"
        items = [action.text() for action in made.menu.actions() if not action.isSeparator()]
        assert items == [
            "1 urgent, 1 overdue, 2 visits left today",
            "&Open carebook",
            "&Back up now",
            "&Quit",
        ]
        clock.now = datetime(2026, 12, 7, 10, 30)  # Ada's visit has begun
        made.look()
        assert made.tray.toolTip().endswith("1 visit left today")
        with qtbot.waitSignal(made.quit_wanted, timeout=1000):
            made.menu.actions()[-1].trigger()
    finally:
        made.close()


def test_closing_with_a_tray_hides_the_window_and_quit_quits(
    qtbot: QtBot, caseload: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = MainWindow(caseload)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.reminders.tray is not None
    quit_seen: list[bool] = []
    window.quitting.connect(lambda: quit_seen.append(True))
    window.close()
    assert not window.isVisible() and quit_seen == []
    assert QSettings().value("reminders/told_of_tray", False, bool)
    window.reminders.open_wanted.emit()  # the tray's Open carebook
    assert window.isVisible()
    window.reminders.quit_wanted.emit()  # the tray's Quit
    assert quit_seen == [True] and not window.isVisible()


def test_without_a_tray_closing_quits_and_notices_go_to_the_status_bar(
    qtbot: QtBot, caseload: Caseload, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    window = MainWindow(caseload)
    qtbot.addWidget(window)
    window.show()
    window.backups.back_up(quietly=True)
    clock.now = datetime(2026, 12, 7, 9, 50)
    window.reminders.look()
    assert window.statusBar().currentMessage() == "Visit at 10:00 · A. L."
    with qtbot.waitSignal(window.quitting, timeout=1000):
        window.close()


def test_notice_text_is_never_logged_nor_kept_in_settings(
    reminders: Reminders, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    clock.now = datetime(2026, 12, 7, 9, 50)
    reminders.look()
    assert reminders.shown
    settings = QSettings()
    kept = " ".join(str(settings.value(key)) for key in settings.allKeys())
    for _when, notice in reminders.shown:
        assert notice.text not in caplog.text and notice.text not in kept
        assert "A. L." not in kept and "Lovelace" not in kept
