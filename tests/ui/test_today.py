"""Today, the first tab: the day's visits or the next day's, urgent first, each line opening."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from keyboard_driver import Answers, press
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carebook.core.records import Appointment, Contact, Medication, Patient, Referral, Task
from carebook.core.views import CaseloadBundle
from carebook.core.vocabularies import AppointmentStatus, ContactRole, TaskPriority
from carebook.storage import backups
from carebook.store import today as reads
from carebook.store.caseload import Store
from carebook.ui.changes import visits as visit_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.today.today_model import Line, TodayLine
from carebook.ui.widgets.screen_fit import FRAME
from carebook.ui.widgets.table_model import readable_accent, readable_muted

SUNDAY = datetime(2026, 12, 6, 9, 0)
MONDAY = date(2026, 12, 7)


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(SUNDAY)


@pytest.fixture
def caseload(tmp_path: Path, clock: Clock) -> Iterator[Caseload]:
    """Two patients: Ada's visits are on Monday (none on Sunday), Grace has three tasks."""
    store = Store.open(tmp_path / "caseload.sqlite3", clock=clock)
    bundle = CaseloadBundle(
        patients=[
            Patient(id=1, given="Ada", family="Lovelace"),
            Patient(id=2, given="Grace", family="Hopper"),
        ],
        appointments=[
            Appointment(id=1, patient_id=1, start=datetime(2026, 12, 7, 14, 0), purpose="Dressing"),
            Appointment(id=2, patient_id=1, start=datetime(2026, 12, 7, 9, 0), duration_min=30),
        ],
        medications=[
            Medication(id=1, patient_id=1, name="Codeine phosphate", dose="30 mg"),
            Medication(id=2, patient_id=1, name="Buprenorphine", dose="5 micrograms"),
        ],
        tasks=[
            Task(id=1, patient_id=2, title="Routine, long overdue", due_date=date(2026, 11, 20)),
            Task(
                id=2,
                patient_id=2,
                title="Urgent, due today",
                due_date=SUNDAY.date(),
                due_time=time(11, 15),
                priority=TaskPriority.URGENT,
            ),
            Task(
                id=3,
                patient_id=2,
                title="Asap, overdue",
                due_date=date(2026, 12, 3),
                priority=TaskPriority.ASAP,
            ),
            Task(id=4, patient_id=2, title="Next week", due_date=date(2026, 12, 14)),
        ],
    )
    store.load(bundle)
    yield Caseload(store)
    store.close()


def _lines(window: MainWindow, kind: Line) -> list[TodayLine]:
    return [line for line in window.today.model.lines if line.kind is kind]


def _row(window: MainWindow, text: str) -> int:
    return next(n for n, line in enumerate(window.today.model.lines) if text in line.text)


def test_today_is_the_first_tab_and_names_the_next_day_with_visits(window: MainWindow) -> None:
    assert window.tabs.currentWidget() is window.today
    headings = [line.text for line in _lines(window, Line.HEADING)]
    assert headings[0] == "No visits today. Next visits: Monday 7 December"
    visits = [line.text for line in _lines(window, Line.VISIT)]
    assert [text[:11] for text in visits] == ["09:00–09:30", "14:00–15:00"]
    assert all("Ada Lovelace · Home visit" in text for text in visits)
    assert window.today.heading.text() == "Today · Sunday 6 December 2026"


def test_a_day_with_visits_shows_them_and_marks_those_done(
    window: MainWindow, caseload: Caseload, clock: Clock
) -> None:
    clock.now = datetime(2026, 12, 7, 8, 0)  # Monday morning
    window.today.refresh()
    assert _lines(window, Line.HEADING)[0].text == "Today's visits (2)"
    assert reads.counts(caseload.store, clock.now).visits_left == 2  # the tray's count
    first = caseload.store.visits.visits_on(MONDAY)[0]
    visit_changes.set_visit_status(
        caseload, "Mark visit done", first.appointment_id, first.start, AppointmentStatus.DONE
    )
    done = _lines(window, Line.VISIT)[0]
    assert done.text.startswith("09:00–09:30") and done.text.endswith("✓ Done")
    model = window.today.model
    # The palette's greyed text, darkened where needed to read on every row (4.5:1).
    muted = readable_muted(QGuiApplication.palette())
    shown = model.data(model.index(_row(window, "✓ Done")), Qt.ItemDataRole.ForegroundRole)
    assert shown.color() == muted
    assert reads.counts(caseload.store, clock.now).visits_left == 1


def test_a_visit_that_overlaps_another_is_marked_in_the_warning_tone(
    window: MainWindow, caseload: Caseload
) -> None:
    caseload.store.appointments.add_appointment(
        Appointment(
            patient_id=2, start=datetime(2026, 12, 7, 9, 15), duration_min=30, purpose="Review"
        )
    )
    window.today.refresh()
    texts = [line.text for line in _lines(window, Line.VISIT)]
    assert texts[0].endswith("⚠ Overlaps 09:15 Grace Hopper")
    assert texts[1].endswith("⚠ Overlaps 09:00 Ada Lovelace")
    assert "Overlaps" not in texts[2]
    model = window.today.model
    row = _row(window, "Overlaps 09:15")
    tip = model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("\n⚠ Overlaps 09:15 Grace Hopper"), "the tip says it on its own line"
    assert model.line(row) is not None and model.line(row).tone.name == "WARNING"


def test_a_referral_whose_follow_up_is_due_is_on_today_and_opens_its_task(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    meals = caseload.store.contacts.add_contact(
        Contact(name="Meals on Wheels", role=ContactRole.COMMUNITY_RESOURCE)
    )
    caseload.store.referrals.refer(
        Referral(
            patient_id=1,
            contact_id=meals.id,
            reason="Meals at home five days a week",
            sent_on=date(2026, 11, 30),
            follow_up_on=SUNDAY.date(),
        )
    )
    window.today.refresh()
    line = next(
        line for line in _lines(window, Line.TASK) if "meals at home five days a week" in line.text
    )
    assert line.text.startswith("Follow up referral to Meals on Wheels")
    assert "Ada Lovelace" in line.text
    seen: list[str] = []

    def look(form: RecordForm) -> None:
        seen.append(form.windowTitle())
        press(qtbot, Qt.Key.Key_Escape, inside=form)

    row = _row(window, "meals at home five days a week")
    window.today.list.setCurrentIndex(window.today.model.index(row))
    answers.expect(RecordForm, look)
    press(qtbot, Qt.Key.Key_Return, inside=window.today.list)
    answers.settle(qtbot)
    assert seen == ["Edit task"]


def test_urgent_comes_before_routine_then_by_due_in_the_palette_s_colours(
    window: MainWindow,
) -> None:
    tasks = [line.text for line in _lines(window, Line.TASK)]
    assert tasks == [
        "ASAP · Asap, overdue (Grace Hopper) · overdue since 3 Dec",
        "Urgent · Urgent, due today (Grace Hopper) · due 11:15",
        "Routine, long overdue (Grace Hopper) · overdue since 20 Nov",
    ]
    model = window.today.model
    urgent = model.index(_row(window, "Urgent, due today"))
    accent = readable_accent(QGuiApplication.palette())
    assert model.data(urgent, Qt.ItemDataRole.ForegroundRole).color() == accent
    assert model.data(urgent, Qt.ItemDataRole.FontRole).bold()
    routine = model.index(_row(window, "Routine, long overdue"))
    # Overdue but routine: plain, its words say since when; only the urgent stand out.
    assert model.data(routine, Qt.ItemDataRole.FontRole) is None
    assert "Needs doing (3: 2 urgent, 2 overdue)" in [
        line.text for line in _lines(window, Line.HEADING)
    ]


def test_a_dark_palette_gives_urgent_its_dark_accent(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.AlternateBase, QColor(38, 38, 38))
    dark.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    dark.setColor(QPalette.ColorRole.Accent, QColor(120, 170, 255))
    app.setPalette(dark)
    try:
        model = window.today.model
        urgent = model.index(_row(window, "Urgent, due today"))
        brush = model.data(urgent, Qt.ItemDataRole.ForegroundRole)
        assert brush.color() == QColor(120, 170, 255)
    finally:
        app.setPalette(light)


def test_return_on_a_task_opens_its_editor(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    seen: list[str] = []

    def look(form: RecordForm) -> None:
        seen.append(form.windowTitle())
        press(qtbot, Qt.Key.Key_Escape, inside=form)

    window.today.list.setCurrentIndex(window.today.model.index(_row(window, "Asap, overdue")))
    answers.expect(RecordForm, look)
    press(qtbot, Qt.Key.Key_Return, inside=window.today.list)
    answers.settle(qtbot)
    assert seen


def test_return_on_a_visit_opens_the_patient_s_record(qtbot: QtBot, window: MainWindow) -> None:
    window.today.list.setCurrentIndex(window.today.model.index(_row(window, "09:00–09:30")))
    press(qtbot, Qt.Key.Key_Return, inside=window.today.list)
    qtbot.waitUntil(lambda: 1 in patient_record._OPEN)


def test_a_medication_warning_opens_the_record_at_medications(
    qtbot: QtBot, window: MainWindow
) -> None:
    warnings = _lines(window, Line.WARNING)
    assert len(warnings) == 1 and warnings[0].text.startswith(
        "⚠ Ada Lovelace: 3 medication warnings — Buprenorphine and Codeine phosphate"
    )
    window.today.list.setCurrentIndex(window.today.model.index(_row(window, "⚠ Ada Lovelace")))
    press(qtbot, Qt.Key.Key_Return, inside=window.today.list)
    qtbot.waitUntil(lambda: 1 in patient_record._OPEN)
    record = patient_record._OPEN[1]
    assert record.tabs.tabText(record.tabs.currentIndex()).replace("&", "") == "Medications"


def test_the_backup_line_backs_up_now(qtbot: QtBot, window: MainWindow, caseload: Caseload) -> None:
    qtbot.waitUntil(lambda: bool(_lines(window, Line.BACKUP)[0].text))
    assert _lines(window, Line.BACKUP)[0].text.startswith("⚠ Not backed up yet")
    window.today.list.setCurrentIndex(window.today.model.index(_row(window, "Not backed up")))
    press(qtbot, Qt.Key.Key_Return, inside=window.today.list)
    qtbot.waitUntil(lambda: bool(backups.list_backups(caseload.store.path)))
    assert _lines(window, Line.BACKUP)[0].text == "Backed up just now"


def test_today_reads_again_only_for_what_it_shows(window: MainWindow, caseload: Caseload) -> None:
    shown = window.today.view
    caseload.set_preferences(replace(caseload.store.preferences.preferences(), lock_minutes=7))
    assert window.today.view is shown  # preferences are not on Today
    caseload.add(Task(patient_id=1, title="Ring the GP", due_date=SUNDAY.date()), "Add task")
    assert window.today.view is not shown
    assert any("Ring the GP (Ada Lovelace)" in line.text for line in _lines(window, Line.TASK))


def test_the_status_bar_counts_today(window: MainWindow) -> None:
    assert window.count_label.text() == "No visits today, 2 urgent, 2 overdue, 0 reviews due"


def test_the_today_model_passes_the_model_tester(qtmodeltester: object, window: MainWindow) -> None:
    qtmodeltester.check(window.today.model)  # type: ignore[attr-defined]


def test_the_first_window_fits_the_screen_it_opens_on(window: MainWindow) -> None:
    """No remembered size: the default is cut to the screen's free area, its frame included
    (at 1366×768 the status bar was below the screen's edge)."""
    free = window.screen().availableGeometry()
    assert window.width() <= free.width()
    assert window.height() + FRAME <= free.height()


def test_left_open_overnight_today_becomes_the_new_day(window: MainWindow, clock: Clock) -> None:
    assert window.today.day_watch.isActive()
    clock.now = datetime(2026, 12, 7, 0, 1)
    window.today.day_watch.timeout.emit()
    assert window.today.heading.text() == "Today · Monday 7 December 2026"
    assert _lines(window, Line.HEADING)[0].text == "Today's visits (2)"
